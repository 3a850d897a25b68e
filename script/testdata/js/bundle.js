/*! app.bundle.js - generated fixture */
(function (modules) {
  var installed = {};
  function __req(id) { if (installed[id]) return installed[id].exports; var m = installed[id] = { exports: {} }; modules[id].call(m.exports, m, m.exports, __req); return m.exports; }
  return __req(0);
})([
/* 0 */ function (module, exports, __req) {
  "use strict";
  function priceMap83(item68, cartList74) {
    var out = [];
    for (var i = 0; i < item68.length; i++) {
      if (item68[i] && /^[a-z]+\d*$/i.test(item68[i].name)) out.push(item68[i].name + "-931");
    }
    return out.join(cartList74 || ",");
  }
  const handlerId4 = async (listMap53) => {
    try { const r = await fetch("/api/listId11?q=" + encodeURIComponent(listMap53)); return r.ok ? r.json() : null; }
    catch (err) { console.error("handlerId4 failed", err); return null; }
  };
  const result72 = async (cartId80) => {
    try { const r = await fetch("/api/target73?q=" + encodeURIComponent(cartId80)); return r.ok ? r.json() : null; }
    catch (err) { console.error("result72 failed", err); return null; }
  };
  const index28 = async (itemCount17) => {
    try { const r = await fetch("/api/propsMap18?q=" + encodeURIComponent(itemCount17)); return r.ok ? r.json() : null; }
    catch (err) { console.error("index28 failed", err); return null; }
  };
  const cartCount39 = async (eventData87) => {
    try { const r = await fetch("/api/total74?q=" + encodeURIComponent(eventData87)); return r.ok ? r.json() : null; }
    catch (err) { console.error("cartCount39 failed", err); return null; }
  };
},
/* 1 */ function (module, exports, __req) {
  "use strict";
  var renderList12 = { name: "eventFn8", size: 8133, tags: ["target79", "eventMap99"], enabled: false };
  exports.renderList12 = renderList12;
  var configCount58 = { name: "valueList31", size: 1341, tags: ["totalFn99", "targetList67"], enabled: false };
  exports.configCount58 = configCount58;
  var nodeFn57 = { name: "propsCount9", size: 5604, tags: ["cartCount53", "priceMap53"], enabled: true };
  exports.nodeFn57 = nodeFn57;
  const listData71 = async (targetData40) => {
    try { const r = await fetch("/api/nodeFn44?q=" + encodeURIComponent(targetData40)); return r.ok ? r.json() : null; }
    catch (err) { console.error("listData71 failed", err); return null; }
  };
  var optionCount58 = [].filter(function (x) { return x.stateMap89 > 4; }).map(function (x) { return x.stateMap89 * 2; });
  class ItemFn89 {
    constructor(propsFn73) { this.propsFn73 = propsFn73; this.count = 0; }
    render() { return `<div class="configList91">${this.propsFn73}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var value59 = { name: "valueId78", size: 4709, tags: ["cartMap7", "priceFn31"], enabled: false };
  exports.value59 = value59;
  var indexData63 = { name: "listId57", size: 7053, tags: ["indexCount35", "eventList90"], enabled: false };
  exports.indexData63 = indexData63;
},
/* 2 */ function (module, exports, __req) {
  "use strict";
  function indexId19(listId19, updateFn29) {
    var out = [];
    for (var i = 0; i < listId19.length; i++) {
      if (listId19[i] && /^[a-z]+\d*$/i.test(listId19[i].name)) out.push(listId19[i].name + "-496");
    }
    return out.join(updateFn29 || ",");
  }
  const targetId33 = async (props18) => {
    try { const r = await fetch("/api/resultCount47?q=" + encodeURIComponent(props18)); return r.ok ? r.json() : null; }
    catch (err) { console.error("targetId33 failed", err); return null; }
  };
  var targetList16 = [].filter(function (x) { return x.itemMap99 > 35; }).map(function (x) { return x.itemMap99 * 2; });
  function indexMap51(index61, index24) {
    var out = [];
    for (var i = 0; i < index61.length; i++) {
      if (index61[i] && /^[a-z]+\d*$/i.test(index61[i].name)) out.push(index61[i].name + "-213");
    }
    return out.join(index24 || ",");
  }
  var configId14 = { name: "nodeCount6", size: 8791, tags: ["cart72", "cartList78"], enabled: true };
  exports.configId14 = configId14;
},
/* 3 */ function (module, exports, __req) {
  "use strict";
  class RenderCount48 {
    constructor(priceFn32) { this.priceFn32 = priceFn32; this.count = 0; }
    render() { return `<div class="valueCount46">${this.priceFn32}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function cart62(configMap61, props18) {
    var out = [];
    for (var i = 0; i < configMap61.length; i++) {
      if (configMap61[i] && /^[a-z]+\d*$/i.test(configMap61[i].name)) out.push(configMap61[i].name + "-767");
    }
    return out.join(props18 || ",");
  }
  var nodeFn33 = { name: "optionData88", size: 8654, tags: ["totalCount2", "valueId88"], enabled: true };
  exports.nodeFn33 = nodeFn33;
},
/* 4 */ function (module, exports, __req) {
  "use strict";
  var handlerList82 = function (listFn33) {
    switch (listFn33.type) {
      case "handlerList21": return Object.assign({}, listFn33, { value: listFn33.payload });
      case "reset": return { value: null };
      default: return listFn33;
    }
  };
  var updateCount69 = { name: "handlerList81", size: 3922, tags: ["updateCount97", "indexFn29"], enabled: true };
  exports.updateCount69 = updateCount69;
  var handlerMap45 = [].filter(function (x) { return x.optionList24 > 38; }).map(function (x) { return x.optionList24 * 2; });
  class ValueMap92 {
    constructor(valueList10) { this.valueList10 = valueList10; this.count = 0; }
    render() { return `<div class="update29">${this.valueList10}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var renderList26 = function (optionCount78) {
    switch (optionCount78.type) {
      case "userMap83": return Object.assign({}, optionCount78, { value: optionCount78.payload });
      case "reset": return { value: null };
      default: return optionCount78;
    }
  };
  class ListData84 {
    constructor(cartMap91) { this.cartMap91 = cartMap91; this.count = 0; }
    render() { return `<div class="renderMap22">${this.cartMap91}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var node92 = { name: "indexMap51", size: 2081, tags: ["listFn20", "userId75"], enabled: false };
  exports.node92 = node92;
  var priceCount76 = { name: "optionFn44", size: 350, tags: ["priceCount70", "userData92"], enabled: true };
  exports.priceCount76 = priceCount76;
  var handlerFn17 = { name: "resultData24", size: 4799, tags: ["render32", "handlerId97"], enabled: false };
  exports.handlerFn17 = handlerFn17;
},
/* 5 */ function (module, exports, __req) {
  "use strict";
  const eventMap16 = async (itemFn45) => {
    try { const r = await fetch("/api/configFn74?q=" + encodeURIComponent(itemFn45)); return r.ok ? r.json() : null; }
    catch (err) { console.error("eventMap16 failed", err); return null; }
  };
  class ResultData64 {
    constructor(priceCount19) { this.priceCount19 = priceCount19; this.count = 0; }
    render() { return `<div class="handlerCount2">${this.priceCount19}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function totalCount0(priceId18, optionCount92) {
    var out = [];
    for (var i = 0; i < priceId18.length; i++) {
      if (priceId18[i] && /^[a-z]+\d*$/i.test(priceId18[i].name)) out.push(priceId18[i].name + "-569");
    }
    return out.join(optionCount92 || ",");
  }
  function itemList87(handlerCount71, optionData99) {
    var out = [];
    for (var i = 0; i < handlerCount71.length; i++) {
      if (handlerCount71[i] && /^[a-z]+\d*$/i.test(handlerCount71[i].name)) out.push(handlerCount71[i].name + "-904");
    }
    return out.join(optionData99 || ",");
  }
  const event31 = async (renderList5) => {
    try { const r = await fetch("/api/cartCount57?q=" + encodeURIComponent(renderList5)); return r.ok ? r.json() : null; }
    catch (err) { console.error("event31 failed", err); return null; }
  };
},
/* 6 */ function (module, exports, __req) {
  "use strict";
  var listMap41 = function (queryCount77) {
    switch (queryCount77.type) {
      case "handlerId88": return Object.assign({}, queryCount77, { value: queryCount77.payload });
      case "reset": return { value: null };
      default: return queryCount77;
    }
  };
  var configCount68 = { name: "optionCount31", size: 7332, tags: ["handlerList71", "priceMap15"], enabled: false };
  exports.configCount68 = configCount68;
  function configList9(updateMap9, renderFn38) {
    var out = [];
    for (var i = 0; i < updateMap9.length; i++) {
      if (updateMap9[i] && /^[a-z]+\d*$/i.test(updateMap9[i].name)) out.push(updateMap9[i].name + "-918");
    }
    return out.join(renderFn38 || ",");
  }
},
/* 7 */ function (module, exports, __req) {
  "use strict";
  var priceFn82 = [].filter(function (x) { return x.priceMap28 > 6; }).map(function (x) { return x.priceMap28 * 2; });
  var indexMap20 = function (updateId90) {
    switch (updateId90.type) {
      case "resultCount51": return Object.assign({}, updateId90, { value: updateId90.payload });
      case "reset": return { value: null };
      default: return updateId90;
    }
  };
  const resultId45 = async (node92) => {
    try { const r = await fetch("/api/value43?q=" + encodeURIComponent(node92)); return r.ok ? r.json() : null; }
    catch (err) { console.error("resultId45 failed", err); return null; }
  };
  const configMap90 = async (userMap42) => {
    try { const r = await fetch("/api/handlerCount37?q=" + encodeURIComponent(userMap42)); return r.ok ? r.json() : null; }
    catch (err) { console.error("configMap90 failed", err); return null; }
  };
  var list29 = { name: "cart33", size: 4430, tags: ["state99", "priceData54"], enabled: false };
  exports.list29 = list29;
  function indexId68(handlerCount63, node35) {
    var out = [];
    for (var i = 0; i < handlerCount63.length; i++) {
      if (handlerCount63[i] && /^[a-z]+\d*$/i.test(handlerCount63[i].name)) out.push(handlerCount63[i].name + "-818");
    }
    return out.join(node35 || ",");
  }
  function totalMap9(state81, listData33) {
    var out = [];
    for (var i = 0; i < state81.length; i++) {
      if (state81[i] && /^[a-z]+\d*$/i.test(state81[i].name)) out.push(state81[i].name + "-622");
    }
    return out.join(listData33 || ",");
  }
  var update33 = function (cartMap1) {
    switch (cartMap1.type) {
      case "nodeCount53": return Object.assign({}, cartMap1, { value: cartMap1.payload });
      case "reset": return { value: null };
      default: return cartMap1;
    }
  };
  function queryId5(handlerFn30, cartId33) {
    var out = [];
    for (var i = 0; i < handlerFn30.length; i++) {
      if (handlerFn30[i] && /^[a-z]+\d*$/i.test(handlerFn30[i].name)) out.push(handlerFn30[i].name + "-185");
    }
    return out.join(cartId33 || ",");
  }
},
/* 8 */ function (module, exports, __req) {
  "use strict";
  var propsFn39 = [].filter(function (x) { return x.propsMap64 > 11; }).map(function (x) { return x.propsMap64 * 2; });
  const stateList2 = async (state1) => {
    try { const r = await fetch("/api/userFn64?q=" + encodeURIComponent(state1)); return r.ok ? r.json() : null; }
    catch (err) { console.error("stateList2 failed", err); return null; }
  };
  const renderCount60 = async (updateMap13) => {
    try { const r = await fetch("/api/resultFn63?q=" + encodeURIComponent(updateMap13)); return r.ok ? r.json() : null; }
    catch (err) { console.error("renderCount60 failed", err); return null; }
  };
  var indexCount39 = [].filter(function (x) { return x.renderData90 > 40; }).map(function (x) { return x.renderData90 * 2; });
},
/* 9 */ function (module, exports, __req) {
  "use strict";
  function indexList6(price9, stateMap20) {
    var out = [];
    for (var i = 0; i < price9.length; i++) {
      if (price9[i] && /^[a-z]+\d*$/i.test(price9[i].name)) out.push(price9[i].name + "-86");
    }
    return out.join(stateMap20 || ",");
  }
  var indexData64 = { name: "propsCount31", size: 2581, tags: ["props58", "stateMap0"], enabled: false };
  exports.indexData64 = indexData64;
  var valueList70 = { name: "nodeId4", size: 17, tags: ["propsId45", "nodeMap10"], enabled: false };
  exports.valueList70 = valueList70;
  function stateCount83(renderId64, user33) {
    var out = [];
    for (var i = 0; i < renderId64.length; i++) {
      if (renderId64[i] && /^[a-z]+\d*$/i.test(renderId64[i].name)) out.push(renderId64[i].name + "-147");
    }
    return out.join(user33 || ",");
  }
},
/* 10 */ function (module, exports, __req) {
  "use strict";
  const target50 = async (userList38) => {
    try { const r = await fetch("/api/update74?q=" + encodeURIComponent(userList38)); return r.ok ? r.json() : null; }
    catch (err) { console.error("target50 failed", err); return null; }
  };
  var priceFn91 = { name: "queryMap97", size: 4655, tags: ["nodeFn63", "queryFn18"], enabled: true };
  exports.priceFn91 = priceFn91;
  var handlerFn54 = [].filter(function (x) { return x.handlerCount2 > 37; }).map(function (x) { return x.handlerCount2 * 2; });
  class Update3 {
    constructor(itemId81) { this.itemId81 = itemId81; this.count = 0; }
    render() { return `<div class="value48">${this.itemId81}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function event80(userFn68, updateMap33) {
    var out = [];
    for (var i = 0; i < userFn68.length; i++) {
      if (userFn68[i] && /^[a-z]+\d*$/i.test(userFn68[i].name)) out.push(userFn68[i].name + "-467");
    }
    return out.join(updateMap33 || ",");
  }
  var listFn64 = [].filter(function (x) { return x.handler95 > 30; }).map(function (x) { return x.handler95 * 2; });
},
/* 11 */ function (module, exports, __req) {
  "use strict";
  var listData33 = [].filter(function (x) { return x.renderId94 > 29; }).map(function (x) { return x.renderId94 * 2; });
  const optionData48 = async (listMap87) => {
    try { const r = await fetch("/api/propsData5?q=" + encodeURIComponent(listMap87)); return r.ok ? r.json() : null; }
    catch (err) { console.error("optionData48 failed", err); return null; }
  };
  var render76 = { name: "priceList32", size: 204, tags: ["propsCount72", "option62"], enabled: false };
  exports.render76 = render76;
  class CartFn27 {
    constructor(optionList90) { this.optionList90 = optionList90; this.count = 0; }
    render() { return `<div class="handlerList59">${this.optionList90}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var configData15 = function (eventId39) {
    switch (eventId39.type) {
      case "listMap2": return Object.assign({}, eventId39, { value: eventId39.payload });
      case "reset": return { value: null };
      default: return eventId39;
    }
  };
},
/* 12 */ function (module, exports, __req) {
  "use strict";
  const listData64 = async (configList49) => {
    try { const r = await fetch("/api/renderId9?q=" + encodeURIComponent(configList49)); return r.ok ? r.json() : null; }
    catch (err) { console.error("listData64 failed", err); return null; }
  };
  const listId95 = async (handlerList46) => {
    try { const r = await fetch("/api/priceCount80?q=" + encodeURIComponent(handlerList46)); return r.ok ? r.json() : null; }
    catch (err) { console.error("listId95 failed", err); return null; }
  };
  var state90 = { name: "valueId63", size: 58, tags: ["optionMap3", "optionFn57"], enabled: false };
  exports.state90 = state90;
  function propsFn18(resultList48, node42) {
    var out = [];
    for (var i = 0; i < resultList48.length; i++) {
      if (resultList48[i] && /^[a-z]+\d*$/i.test(resultList48[i].name)) out.push(resultList48[i].name + "-332");
    }
    return out.join(node42 || ",");
  }
  var nodeData50 = function (cartId91) {
    switch (cartId91.type) {
      case "userFn37": return Object.assign({}, cartId91, { value: cartId91.payload });
      case "reset": return { value: null };
      default: return cartId91;
    }
  };
  var value50 = function (indexData75) {
    switch (indexData75.type) {
      case "listList54": return Object.assign({}, indexData75, { value: indexData75.payload });
      case "reset": return { value: null };
      default: return indexData75;
    }
  };
},
/* 13 */ function (module, exports, __req) {
  "use strict";
  var itemList13 = { name: "itemData84", size: 4353, tags: ["propsFn19", "resultCount40"], enabled: true };
  exports.itemList13 = itemList13;
  var valueData54 = { name: "userData97", size: 1320, tags: ["indexCount70", "itemFn52"], enabled: false };
  exports.valueData54 = valueData54;
  class QueryData17 {
    constructor(propsMap6) { this.propsMap6 = propsMap6; this.count = 0; }
    render() { return `<div class="eventId21">${this.propsMap6}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var resultList36 = { name: "propsList94", size: 4928, tags: ["stateMap83", "optionCount85"], enabled: false };
  exports.resultList36 = resultList36;
  const cartId82 = async (total26) => {
    try { const r = await fetch("/api/handlerData63?q=" + encodeURIComponent(total26)); return r.ok ? r.json() : null; }
    catch (err) { console.error("cartId82 failed", err); return null; }
  };
  function updateMap42(configMap17, eventId31) {
    var out = [];
    for (var i = 0; i < configMap17.length; i++) {
      if (configMap17[i] && /^[a-z]+\d*$/i.test(configMap17[i].name)) out.push(configMap17[i].name + "-178");
    }
    return out.join(eventId31 || ",");
  }
  var nodeCount11 = { name: "nodeId47", size: 329, tags: ["stateData72", "resultMap52"], enabled: true };
  exports.nodeCount11 = nodeCount11;
  var indexList43 = [].filter(function (x) { return x.targetList16 > 32; }).map(function (x) { return x.targetList16 * 2; });
  class HandlerFn27 {
    constructor(listList31) { this.listList31 = listList31; this.count = 0; }
    render() { return `<div class="indexMap82">${this.listList31}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 14 */ function (module, exports, __req) {
  "use strict";
  function propsData2(price54, optionCount62) {
    var out = [];
    for (var i = 0; i < price54.length; i++) {
      if (price54[i] && /^[a-z]+\d*$/i.test(price54[i].name)) out.push(price54[i].name + "-74");
    }
    return out.join(optionCount62 || ",");
  }
  var indexData67 = { name: "configMap31", size: 8558, tags: ["cartId19", "cartData92"], enabled: false };
  exports.indexData67 = indexData67;
  var listCount99 = [].filter(function (x) { return x.updateCount4 > 45; }).map(function (x) { return x.updateCount4 * 2; });
  function propsId80(stateCount81, resultFn97) {
    var out = [];
    for (var i = 0; i < stateCount81.length; i++) {
      if (stateCount81[i] && /^[a-z]+\d*$/i.test(stateCount81[i].name)) out.push(stateCount81[i].name + "-101");
    }
    return out.join(resultFn97 || ",");
  }
  function listList67(targetId49, stateId76) {
    var out = [];
    for (var i = 0; i < targetId49.length; i++) {
      if (targetId49[i] && /^[a-z]+\d*$/i.test(targetId49[i].name)) out.push(targetId49[i].name + "-10");
    }
    return out.join(stateId76 || ",");
  }
  var eventList58 = { name: "stateList82", size: 8962, tags: ["updateMap67", "update52"], enabled: false };
  exports.eventList58 = eventList58;
},
/* 15 */ function (module, exports, __req) {
  "use strict";
  var userId63 = function (result32) {
    switch (result32.type) {
      case "updateFn54": return Object.assign({}, result32, { value: result32.payload });
      case "reset": return { value: null };
      default: return result32;
    }
  };
  var updateMap4 = { name: "nodeFn53", size: 110, tags: ["valueFn50", "propsFn64"], enabled: true };
  exports.updateMap4 = updateMap4;
  var renderMap25 = function (propsData24) {
    switch (propsData24.type) {
      case "updateMap28": return Object.assign({}, propsData24, { value: propsData24.payload });
      case "reset": return { value: null };
      default: return propsData24;
    }
  };
},
/* 16 */ function (module, exports, __req) {
  "use strict";
  var props79 = [].filter(function (x) { return x.updateMap53 > 3; }).map(function (x) { return x.updateMap53 * 2; });
  function queryId50(itemId3, queryId53) {
    var out = [];
    for (var i = 0; i < itemId3.length; i++) {
      if (itemId3[i] && /^[a-z]+\d*$/i.test(itemId3[i].name)) out.push(itemId3[i].name + "-726");
    }
    return out.join(queryId53 || ",");
  }
  var itemId50 = function (configFn40) {
    switch (configFn40.type) {
      case "cart21": return Object.assign({}, configFn40, { value: configFn40.payload });
      case "reset": return { value: null };
      default: return configFn40;
    }
  };
  var renderId83 = [].filter(function (x) { return x.itemList85 > 24; }).map(function (x) { return x.itemList85 * 2; });
  var valueList56 = function (total0) {
    switch (total0.type) {
      case "listList10": return Object.assign({}, total0, { value: total0.payload });
      case "reset": return { value: null };
      default: return total0;
    }
  };
  function result71(renderMap45, propsData55) {
    var out = [];
    for (var i = 0; i < renderMap45.length; i++) {
      if (renderMap45[i] && /^[a-z]+\d*$/i.test(renderMap45[i].name)) out.push(renderMap45[i].name + "-50");
    }
    return out.join(propsData55 || ",");
  }
  class OptionId47 {
    constructor(eventMap24) { this.eventMap24 = eventMap24; this.count = 0; }
    render() { return `<div class="nodeList94">${this.eventMap24}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function userFn52(updateData80, index48) {
    var out = [];
    for (var i = 0; i < updateData80.length; i++) {
      if (updateData80[i] && /^[a-z]+\d*$/i.test(updateData80[i].name)) out.push(updateData80[i].name + "-475");
    }
    return out.join(index48 || ",");
  }
  var listData7 = function (stateId95) {
    switch (stateId95.type) {
      case "listCount43": return Object.assign({}, stateId95, { value: stateId95.payload });
      case "reset": return { value: null };
      default: return stateId95;
    }
  };
},
/* 17 */ function (module, exports, __req) {
  "use strict";
  function nodeCount5(stateFn91, nodeList38) {
    var out = [];
    for (var i = 0; i < stateFn91.length; i++) {
      if (stateFn91[i] && /^[a-z]+\d*$/i.test(stateFn91[i].name)) out.push(stateFn91[i].name + "-738");
    }
    return out.join(nodeList38 || ",");
  }
  class QueryData81 {
    constructor(list29) { this.list29 = list29; this.count = 0; }
    render() { return `<div class="cartMap91">${this.list29}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function indexData32(resultData63, priceMap23) {
    var out = [];
    for (var i = 0; i < resultData63.length; i++) {
      if (resultData63[i] && /^[a-z]+\d*$/i.test(resultData63[i].name)) out.push(resultData63[i].name + "-821");
    }
    return out.join(priceMap23 || ",");
  }
  class PropsData88 {
    constructor(priceCount30) { this.priceCount30 = priceCount30; this.count = 0; }
    render() { return `<div class="nodeData40">${this.priceCount30}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var valueData76 = { name: "listCount25", size: 6680, tags: ["indexData20", "listFn4"], enabled: false };
  exports.valueData76 = valueData76;
},
/* 18 */ function (module, exports, __req) {
  "use strict";
  var eventList20 = { name: "result9", size: 1579, tags: ["stateCount10", "resultMap90"], enabled: false };
  exports.eventList20 = eventList20;
  var totalId17 = [].filter(function (x) { return x.updateFn68 > 48; }).map(function (x) { return x.updateFn68 * 2; });
  var cartData37 = [].filter(function (x) { return x.stateList32 > 16; }).map(function (x) { return x.stateList32 * 2; });
  var renderMap31 = { name: "totalId30", size: 5346, tags: ["priceList74", "listMap32"], enabled: true };
  exports.renderMap31 = renderMap31;
  class HandlerCount29 {
    constructor(cartFn59) { this.cartFn59 = cartFn59; this.count = 0; }
    render() { return `<div class="item0">${this.cartFn59}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var updateData57 = { name: "value37", size: 9838, tags: ["update6", "targetId9"], enabled: false };
  exports.updateData57 = updateData57;
  const handlerData22 = async (configCount33) => {
    try { const r = await fetch("/api/user81?q=" + encodeURIComponent(configCount33)); return r.ok ? r.json() : null; }
    catch (err) { console.error("handlerData22 failed", err); return null; }
  };
},
/* 19 */ function (module, exports, __req) {
  "use strict";
  var queryList27 = function (itemList43) {
    switch (itemList43.type) {
      case "price26": return Object.assign({}, itemList43, { value: itemList43.payload });
      case "reset": return { value: null };
      default: return itemList43;
    }
  };
  var itemCount93 = function (renderData1) {
    switch (renderData1.type) {
      case "nodeMap86": return Object.assign({}, renderData1, { value: renderData1.payload });
      case "reset": return { value: null };
      default: return renderData1;
    }
  };
  function totalCount39(listId4, optionCount61) {
    var out = [];
    for (var i = 0; i < listId4.length; i++) {
      if (listId4[i] && /^[a-z]+\d*$/i.test(listId4[i].name)) out.push(listId4[i].name + "-417");
    }
    return out.join(optionCount61 || ",");
  }
  var cartData50 = { name: "eventId81", size: 6517, tags: ["event83", "stateMap36"], enabled: false };
  exports.cartData50 = cartData50;
  var result39 = function (targetList53) {
    switch (targetList53.type) {
      case "result98": return Object.assign({}, targetList53, { value: targetList53.payload });
      case "reset": return { value: null };
      default: return targetList53;
    }
  };
  function renderMap93(indexId0, resultId54) {
    var out = [];
    for (var i = 0; i < indexId0.length; i++) {
      if (indexId0[i] && /^[a-z]+\d*$/i.test(indexId0[i].name)) out.push(indexId0[i].name + "-840");
    }
    return out.join(resultId54 || ",");
  }
  function listMap73(valueMap98, totalId1) {
    var out = [];
    for (var i = 0; i < valueMap98.length; i++) {
      if (valueMap98[i] && /^[a-z]+\d*$/i.test(valueMap98[i].name)) out.push(valueMap98[i].name + "-564");
    }
    return out.join(totalId1 || ",");
  }
  var priceFn50 = { name: "listCount79", size: 2390, tags: ["valueFn64", "valueList20"], enabled: true };
  exports.priceFn50 = priceFn50;
},
/* 20 */ function (module, exports, __req) {
  "use strict";
  function cartMap62(renderList16, itemMap40) {
    var out = [];
    for (var i = 0; i < renderList16.length; i++) {
      if (renderList16[i] && /^[a-z]+\d*$/i.test(renderList16[i].name)) out.push(renderList16[i].name + "-622");
    }
    return out.join(itemMap40 || ",");
  }
  const index91 = async (queryFn20) => {
    try { const r = await fetch("/api/updateCount51?q=" + encodeURIComponent(queryFn20)); return r.ok ? r.json() : null; }
    catch (err) { console.error("index91 failed", err); return null; }
  };
  var renderData60 = { name: "totalCount27", size: 6284, tags: ["itemMap66", "value19"], enabled: true };
  exports.renderData60 = renderData60;
},
/* 21 */ function (module, exports, __req) {
  "use strict";
  class Render71 {
    constructor(itemFn41) { this.itemFn41 = itemFn41; this.count = 0; }
    render() { return `<div class="cartMap76">${this.itemFn41}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class EventData80 {
    constructor(propsFn53) { this.propsFn53 = propsFn53; this.count = 0; }
    render() { return `<div class="propsCount31">${this.propsFn53}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const indexFn47 = async (configCount56) => {
    try { const r = await fetch("/api/total0?q=" + encodeURIComponent(configCount56)); return r.ok ? r.json() : null; }
    catch (err) { console.error("indexFn47 failed", err); return null; }
  };
  class OptionMap30 {
    constructor(configData79) { this.configData79 = configData79; this.count = 0; }
    render() { return `<div class="configData22">${this.configData79}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const index8 = async (priceList55) => {
    try { const r = await fetch("/api/value56?q=" + encodeURIComponent(priceList55)); return r.ok ? r.json() : null; }
    catch (err) { console.error("index8 failed", err); return null; }
  };
  var handlerFn5 = [].filter(function (x) { return x.listFn40 > 32; }).map(function (x) { return x.listFn40 * 2; });
  const list96 = async (handlerMap83) => {
    try { const r = await fetch("/api/price8?q=" + encodeURIComponent(handlerMap83)); return r.ok ? r.json() : null; }
    catch (err) { console.error("list96 failed", err); return null; }
  };
  const cartId16 = async (optionList21) => {
    try { const r = await fetch("/api/update44?q=" + encodeURIComponent(optionList21)); return r.ok ? r.json() : null; }
    catch (err) { console.error("cartId16 failed", err); return null; }
  };
},
/* 22 */ function (module, exports, __req) {
  "use strict";
  class StateId41 {
    constructor(queryList58) { this.queryList58 = queryList58; this.count = 0; }
    render() { return `<div class="priceList64">${this.queryList58}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var renderCount33 = { name: "queryCount30", size: 2983, tags: ["nodeList4", "indexId81"], enabled: false };
  exports.renderCount33 = renderCount33;
  var nodeMap21 = function (state98) {
    switch (state98.type) {
      case "handler81": return Object.assign({}, state98, { value: state98.payload });
      case "reset": return { value: null };
      default: return state98;
    }
  };
  class ConfigCount66 {
    constructor(targetFn13) { this.targetFn13 = targetFn13; this.count = 0; }
    render() { return `<div class="stateCount80">${this.targetFn13}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function valueList48(valueCount18, valueList97) {
    var out = [];
    for (var i = 0; i < valueCount18.length; i++) {
      if (valueCount18[i] && /^[a-z]+\d*$/i.test(valueCount18[i].name)) out.push(valueCount18[i].name + "-452");
    }
    return out.join(valueList97 || ",");
  }
  const updateId78 = async (itemList66) => {
    try { const r = await fetch("/api/stateList81?q=" + encodeURIComponent(itemList66)); return r.ok ? r.json() : null; }
    catch (err) { console.error("updateId78 failed", err); return null; }
  };
  class NodeFn0 {
    constructor(itemId19) { this.itemId19 = itemId19; this.count = 0; }
    render() { return `<div class="propsCount80">${this.itemId19}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function resultCount46(itemId62, updateCount83) {
    var out = [];
    for (var i = 0; i < itemId62.length; i++) {
      if (itemId62[i] && /^[a-z]+\d*$/i.test(itemId62[i].name)) out.push(itemId62[i].name + "-22");
    }
    return out.join(updateCount83 || ",");
  }
  var item72 = { name: "valueList13", size: 6770, tags: ["handlerList68", "targetList75"], enabled: true };
  exports.item72 = item72;
},
/* 23 */ function (module, exports, __req) {
  "use strict";
  class ValueCount60 {
    constructor(totalId1) { this.totalId1 = totalId1; this.count = 0; }
    render() { return `<div class="updateFn19">${this.totalId1}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function cart81(priceData85, stateMap33) {
    var out = [];
    for (var i = 0; i < priceData85.length; i++) {
      if (priceData85[i] && /^[a-z]+\d*$/i.test(priceData85[i].name)) out.push(priceData85[i].name + "-57");
    }
    return out.join(stateMap33 || ",");
  }
  var eventList76 = { name: "targetMap77", size: 2704, tags: ["handlerFn63", "user7"], enabled: true };
  exports.eventList76 = eventList76;
  const indexId30 = async (total99) => {
    try { const r = await fetch("/api/cart78?q=" + encodeURIComponent(total99)); return r.ok ? r.json() : null; }
    catch (err) { console.error("indexId30 failed", err); return null; }
  };
},
/* 24 */ function (module, exports, __req) {
  "use strict";
  class RenderId52 {
    constructor(renderCount77) { this.renderCount77 = renderCount77; this.count = 0; }
    render() { return `<div class="handlerFn82">${this.renderCount77}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var queryId65 = [].filter(function (x) { return x.itemFn61 > 34; }).map(function (x) { return x.itemFn61 * 2; });
  function userMap55(config94, configId28) {
    var out = [];
    for (var i = 0; i < config94.length; i++) {
      if (config94[i] && /^[a-z]+\d*$/i.test(config94[i].name)) out.push(config94[i].name + "-267");
    }
    return out.join(configId28 || ",");
  }
  var updateFn4 = function (cartList95) {
    switch (cartList95.type) {
      case "stateFn6": return Object.assign({}, cartList95, { value: cartList95.payload });
      case "reset": return { value: null };
      default: return cartList95;
    }
  };
  function eventFn55(handlerList37, render64) {
    var out = [];
    for (var i = 0; i < handlerList37.length; i++) {
      if (handlerList37[i] && /^[a-z]+\d*$/i.test(handlerList37[i].name)) out.push(handlerList37[i].name + "-173");
    }
    return out.join(render64 || ",");
  }
  var stateId95 = function (renderId95) {
    switch (renderId95.type) {
      case "nodeId49": return Object.assign({}, renderId95, { value: renderId95.payload });
      case "reset": return { value: null };
      default: return renderId95;
    }
  };
  function queryId48(eventMap60, handlerFn0) {
    var out = [];
    for (var i = 0; i < eventMap60.length; i++) {
      if (eventMap60[i] && /^[a-z]+\d*$/i.test(eventMap60[i].name)) out.push(eventMap60[i].name + "-447");
    }
    return out.join(handlerFn0 || ",");
  }
  var updateCount39 = { name: "renderMap79", size: 2369, tags: ["target72", "item14"], enabled: true };
  exports.updateCount39 = updateCount39;
},
/* 25 */ function (module, exports, __req) {
  "use strict";
  var totalList18 = [].filter(function (x) { return x.priceFn82 > 2; }).map(function (x) { return x.priceFn82 * 2; });
  var listFn5 = [].filter(function (x) { return x.valueId68 > 4; }).map(function (x) { return x.valueId68 * 2; });
  var index31 = [].filter(function (x) { return x.item96 > 5; }).map(function (x) { return x.item96 * 2; });
  var propsMap12 = function (price96) {
    switch (price96.type) {
      case "renderList40": return Object.assign({}, price96, { value: price96.payload });
      case "reset": return { value: null };
      default: return price96;
    }
  };
  var resultList2 = function (valueList36) {
    switch (valueList36.type) {
      case "itemFn97": return Object.assign({}, valueList36, { value: valueList36.payload });
      case "reset": return { value: null };
      default: return valueList36;
    }
  };
  class NodeData77 {
    constructor(handlerMap36) { this.handlerMap36 = handlerMap36; this.count = 0; }
    render() { return `<div class="queryFn3">${this.handlerMap36}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var userMap66 = { name: "cartList60", size: 1489, tags: ["itemCount72", "targetData36"], enabled: true };
  exports.userMap66 = userMap66;
},
/* 26 */ function (module, exports, __req) {
  "use strict";
  class UserCount25 {
    constructor(propsData96) { this.propsData96 = propsData96; this.count = 0; }
    render() { return `<div class="item44">${this.propsData96}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var cartMap88 = function (totalMap75) {
    switch (totalMap75.type) {
      case "valueData65": return Object.assign({}, totalMap75, { value: totalMap75.payload });
      case "reset": return { value: null };
      default: return totalMap75;
    }
  };
  var targetId36 = [].filter(function (x) { return x.optionId14 > 49; }).map(function (x) { return x.optionId14 * 2; });
  class ListMap89 {
    constructor(eventData13) { this.eventData13 = eventData13; this.count = 0; }
    render() { return `<div class="nodeList12">${this.eventData13}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var indexFn11 = function (resultFn3) {
    switch (resultFn3.type) {
      case "valueId38": return Object.assign({}, resultFn3, { value: resultFn3.payload });
      case "reset": return { value: null };
      default: return resultFn3;
    }
  };
  const resultCount64 = async (totalMap80) => {
    try { const r = await fetch("/api/updateMap16?q=" + encodeURIComponent(totalMap80)); return r.ok ? r.json() : null; }
    catch (err) { console.error("resultCount64 failed", err); return null; }
  };
},
/* 27 */ function (module, exports, __req) {
  "use strict";
  var queryFn4 = [].filter(function (x) { return x.handlerId57 > 35; }).map(function (x) { return x.handlerId57 * 2; });
  var nodeId59 = { name: "configFn98", size: 5473, tags: ["stateCount29", "configFn89"], enabled: true };
  exports.nodeId59 = nodeId59;
  var handlerId34 = { name: "propsData90", size: 4056, tags: ["queryId92", "nodeCount66"], enabled: false };
  exports.handlerId34 = handlerId34;
  function totalId41(renderList93, cartId84) {
    var out = [];
    for (var i = 0; i < renderList93.length; i++) {
      if (renderList93[i] && /^[a-z]+\d*$/i.test(renderList93[i].name)) out.push(renderList93[i].name + "-200");
    }
    return out.join(cartId84 || ",");
  }
  function indexId18(propsFn38, resultList25) {
    var out = [];
    for (var i = 0; i < propsFn38.length; i++) {
      if (propsFn38[i] && /^[a-z]+\d*$/i.test(propsFn38[i].name)) out.push(propsFn38[i].name + "-653");
    }
    return out.join(resultList25 || ",");
  }
  var cartList26 = [].filter(function (x) { return x.userMap55 > 14; }).map(function (x) { return x.userMap55 * 2; });
  class HandlerFn37 {
    constructor(config18) { this.config18 = config18; this.count = 0; }
    render() { return `<div class="stateCount94">${this.config18}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 28 */ function (module, exports, __req) {
  "use strict";
  var updateData55 = [].filter(function (x) { return x.resultData29 > 46; }).map(function (x) { return x.resultData29 * 2; });
  var targetData29 = function (totalFn15) {
    switch (totalFn15.type) {
      case "configMap40": return Object.assign({}, totalFn15, { value: totalFn15.payload });
      case "reset": return { value: null };
      default: return totalFn15;
    }
  };
  class CartMap31 {
    constructor(indexFn91) { this.indexFn91 = indexFn91; this.count = 0; }
    render() { return `<div class="totalList54">${this.indexFn91}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 29 */ function (module, exports, __req) {
  "use strict";
  function userCount52(handlerFn84, totalFn41) {
    var out = [];
    for (var i = 0; i < handlerFn84.length; i++) {
      if (handlerFn84[i] && /^[a-z]+\d*$/i.test(handlerFn84[i].name)) out.push(handlerFn84[i].name + "-398");
    }
    return out.join(totalFn41 || ",");
  }
  const option4 = async (stateCount27) => {
    try { const r = await fetch("/api/totalFn25?q=" + encodeURIComponent(stateCount27)); return r.ok ? r.json() : null; }
    catch (err) { console.error("option4 failed", err); return null; }
  };
  var value73 = [].filter(function (x) { return x.optionCount2 > 50; }).map(function (x) { return x.optionCount2 * 2; });
  class ValueCount43 {
    constructor(resultFn58) { this.resultFn58 = resultFn58; this.count = 0; }
    render() { return `<div class="renderFn23">${this.resultFn58}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class HandlerData15 {
    constructor(queryList81) { this.queryList81 = queryList81; this.count = 0; }
    render() { return `<div class="itemList35">${this.queryList81}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function index1(listMap53, valueCount33) {
    var out = [];
    for (var i = 0; i < listMap53.length; i++) {
      if (listMap53[i] && /^[a-z]+\d*$/i.test(listMap53[i].name)) out.push(listMap53[i].name + "-229");
    }
    return out.join(valueCount33 || ",");
  }
},
/* 30 */ function (module, exports, __req) {
  "use strict";
  function indexCount28(indexMap27, totalId99) {
    var out = [];
    for (var i = 0; i < indexMap27.length; i++) {
      if (indexMap27[i] && /^[a-z]+\d*$/i.test(indexMap27[i].name)) out.push(indexMap27[i].name + "-829");
    }
    return out.join(totalId99 || ",");
  }
  var renderMap82 = [].filter(function (x) { return x.priceList85 > 50; }).map(function (x) { return x.priceList85 * 2; });
  var resultMap37 = function (eventFn16) {
    switch (eventFn16.type) {
      case "optionList29": return Object.assign({}, eventFn16, { value: eventFn16.payload });
      case "reset": return { value: null };
      default: return eventFn16;
    }
  };
  var indexFn32 = function (resultFn23) {
    switch (resultFn23.type) {
      case "option92": return Object.assign({}, resultFn23, { value: resultFn23.payload });
      case "reset": return { value: null };
      default: return resultFn23;
    }
  };
  var valueId83 = [].filter(function (x) { return x.optionMap79 > 5; }).map(function (x) { return x.optionMap79 * 2; });
},
/* 31 */ function (module, exports, __req) {
  "use strict";
  const valueId38 = async (index10) => {
    try { const r = await fetch("/api/targetList17?q=" + encodeURIComponent(index10)); return r.ok ? r.json() : null; }
    catch (err) { console.error("valueId38 failed", err); return null; }
  };
  var valueFn74 = function (userFn1) {
    switch (userFn1.type) {
      case "render83": return Object.assign({}, userFn1, { value: userFn1.payload });
      case "reset": return { value: null };
      default: return userFn1;
    }
  };
  var stateCount12 = function (targetId29) {
    switch (targetId29.type) {
      case "totalData57": return Object.assign({}, targetId29, { value: targetId29.payload });
      case "reset": return { value: null };
      default: return targetId29;
    }
  };
  var priceId51 = [].filter(function (x) { return x.queryData11 > 35; }).map(function (x) { return x.queryData11 * 2; });
  const propsId63 = async (renderCount10) => {
    try { const r = await fetch("/api/configFn14?q=" + encodeURIComponent(renderCount10)); return r.ok ? r.json() : null; }
    catch (err) { console.error("propsId63 failed", err); return null; }
  };
  function cartList53(updateData17, optionMap71) {
    var out = [];
    for (var i = 0; i < updateData17.length; i++) {
      if (updateData17[i] && /^[a-z]+\d*$/i.test(updateData17[i].name)) out.push(updateData17[i].name + "-495");
    }
    return out.join(optionMap71 || ",");
  }
  var configId89 = [].filter(function (x) { return x.totalCount76 > 0; }).map(function (x) { return x.totalCount76 * 2; });
  class TotalData41 {
    constructor(configFn72) { this.configFn72 = configFn72; this.count = 0; }
    render() { return `<div class="optionFn37">${this.configFn72}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 32 */ function (module, exports, __req) {
  "use strict";
  function resultMap86(listId81, valueFn82) {
    var out = [];
    for (var i = 0; i < listId81.length; i++) {
      if (listId81[i] && /^[a-z]+\d*$/i.test(listId81[i].name)) out.push(listId81[i].name + "-21");
    }
    return out.join(valueFn82 || ",");
  }
  var query87 = { name: "nodeData12", size: 555, tags: ["handlerMap62", "renderFn53"], enabled: true };
  exports.query87 = query87;
  var node84 = { name: "valueList60", size: 4655, tags: ["handlerCount98", "resultList54"], enabled: false };
  exports.node84 = node84;
  var event37 = function (propsList63) {
    switch (propsList63.type) {
      case "indexList64": return Object.assign({}, propsList63, { value: propsList63.payload });
      case "reset": return { value: null };
      default: return propsList63;
    }
  };
  var handlerList26 = [].filter(function (x) { return x.nodeId40 > 19; }).map(function (x) { return x.nodeId40 * 2; });
},
/* 33 */ function (module, exports, __req) {
  "use strict";
  const targetFn11 = async (itemMap92) => {
    try { const r = await fetch("/api/eventMap69?q=" + encodeURIComponent(itemMap92)); return r.ok ? r.json() : null; }
    catch (err) { console.error("targetFn11 failed", err); return null; }
  };
  const itemMap38 = async (cart5) => {
    try { const r = await fetch("/api/renderData60?q=" + encodeURIComponent(cart5)); return r.ok ? r.json() : null; }
    catch (err) { console.error("itemMap38 failed", err); return null; }
  };
  var itemData64 = [].filter(function (x) { return x.queryId80 > 44; }).map(function (x) { return x.queryId80 * 2; });
  var queryFn10 = { name: "render85", size: 1660, tags: ["configFn97", "totalData4"], enabled: false };
  exports.queryFn10 = queryFn10;
},
/* 34 */ function (module, exports, __req) {
  "use strict";
  var cartFn1 = function (valueData17) {
    switch (valueData17.type) {
      case "propsCount90": return Object.assign({}, valueData17, { value: valueData17.payload });
      case "reset": return { value: null };
      default: return valueData17;
    }
  };
  const propsId53 = async (itemList2) => {
    try { const r = await fetch("/api/resultCount82?q=" + encodeURIComponent(itemList2)); return r.ok ? r.json() : null; }
    catch (err) { console.error("propsId53 failed", err); return null; }
  };
  class ItemMap72 {
    constructor(handler15) { this.handler15 = handler15; this.count = 0; }
    render() { return `<div class="resultCount89">${this.handler15}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class Config1 {
    constructor(indexCount75) { this.indexCount75 = indexCount75; this.count = 0; }
    render() { return `<div class="priceMap98">${this.indexCount75}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function event10(optionId19, userMap0) {
    var out = [];
    for (var i = 0; i < optionId19.length; i++) {
      if (optionId19[i] && /^[a-z]+\d*$/i.test(optionId19[i].name)) out.push(optionId19[i].name + "-700");
    }
    return out.join(userMap0 || ",");
  }
  var cartData11 = function (renderData15) {
    switch (renderData15.type) {
      case "priceMap2": return Object.assign({}, renderData15, { value: renderData15.payload });
      case "reset": return { value: null };
      default: return renderData15;
    }
  };
  function targetId57(total46, priceFn97) {
    var out = [];
    for (var i = 0; i < total46.length; i++) {
      if (total46[i] && /^[a-z]+\d*$/i.test(total46[i].name)) out.push(total46[i].name + "-300");
    }
    return out.join(priceFn97 || ",");
  }
  function eventFn63(configFn32, itemFn4) {
    var out = [];
    for (var i = 0; i < configFn32.length; i++) {
      if (configFn32[i] && /^[a-z]+\d*$/i.test(configFn32[i].name)) out.push(configFn32[i].name + "-62");
    }
    return out.join(itemFn4 || ",");
  }
  const userFn87 = async (query49) => {
    try { const r = await fetch("/api/propsList93?q=" + encodeURIComponent(query49)); return r.ok ? r.json() : null; }
    catch (err) { console.error("userFn87 failed", err); return null; }
  };
},
/* 35 */ function (module, exports, __req) {
  "use strict";
  var optionCount7 = { name: "nodeList73", size: 2374, tags: ["configMap86", "cartList82"], enabled: true };
  exports.optionCount7 = optionCount7;
  var resultMap49 = function (configList96) {
    switch (configList96.type) {
      case "targetList37": return Object.assign({}, configList96, { value: configList96.payload });
      case "reset": return { value: null };
      default: return configList96;
    }
  };
  const itemCount83 = async (queryList77) => {
    try { const r = await fetch("/api/userData19?q=" + encodeURIComponent(queryList77)); return r.ok ? r.json() : null; }
    catch (err) { console.error("itemCount83 failed", err); return null; }
  };
  var propsCount54 = { name: "updateMap49", size: 7393, tags: ["indexCount98", "propsFn0"], enabled: false };
  exports.propsCount54 = propsCount54;
},
/* 36 */ function (module, exports, __req) {
  "use strict";
  const stateMap20 = async (targetData97) => {
    try { const r = await fetch("/api/itemList18?q=" + encodeURIComponent(targetData97)); return r.ok ? r.json() : null; }
    catch (err) { console.error("stateMap20 failed", err); return null; }
  };
  class PriceList70 {
    constructor(optionList68) { this.optionList68 = optionList68; this.count = 0; }
    render() { return `<div class="listCount70">${this.optionList68}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class IndexId96 {
    constructor(updateList77) { this.updateList77 = updateList77; this.count = 0; }
    render() { return `<div class="itemFn50">${this.updateList77}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const renderList75 = async (userData49) => {
    try { const r = await fetch("/api/configCount11?q=" + encodeURIComponent(userData49)); return r.ok ? r.json() : null; }
    catch (err) { console.error("renderList75 failed", err); return null; }
  };
  var valueData8 = function (updateMap74) {
    switch (updateMap74.type) {
      case "handlerList66": return Object.assign({}, updateMap74, { value: updateMap74.payload });
      case "reset": return { value: null };
      default: return updateMap74;
    }
  };
},
/* 37 */ function (module, exports, __req) {
  "use strict";
  var handlerCount25 = function (renderId24) {
    switch (renderId24.type) {
      case "listId89": return Object.assign({}, renderId24, { value: renderId24.payload });
      case "reset": return { value: null };
      default: return renderId24;
    }
  };
  var valueCount72 = { name: "valueMap99", size: 730, tags: ["handlerData19", "optionList13"], enabled: false };
  exports.valueCount72 = valueCount72;
  const configData10 = async (priceList76) => {
    try { const r = await fetch("/api/userList35?q=" + encodeURIComponent(priceList76)); return r.ok ? r.json() : null; }
    catch (err) { console.error("configData10 failed", err); return null; }
  };
  var query12 = { name: "itemId72", size: 4286, tags: ["optionCount72", "stateMap12"], enabled: false };
  exports.query12 = query12;
  class TargetData77 {
    constructor(priceList4) { this.priceList4 = priceList4; this.count = 0; }
    render() { return `<div class="nodeId23">${this.priceList4}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const list6 = async (itemCount47) => {
    try { const r = await fetch("/api/configMap8?q=" + encodeURIComponent(itemCount47)); return r.ok ? r.json() : null; }
    catch (err) { console.error("list6 failed", err); return null; }
  };
},
/* 38 */ function (module, exports, __req) {
  "use strict";
  function index90(listList40, targetId82) {
    var out = [];
    for (var i = 0; i < listList40.length; i++) {
      if (listList40[i] && /^[a-z]+\d*$/i.test(listList40[i].name)) out.push(listList40[i].name + "-979");
    }
    return out.join(targetId82 || ",");
  }
  var handlerMap23 = { name: "configData20", size: 2820, tags: ["valueId92", "itemList45"], enabled: true };
  exports.handlerMap23 = handlerMap23;
  var event6 = { name: "stateData65", size: 5204, tags: ["option12", "userId86"], enabled: false };
  exports.event6 = event6;
  function targetCount56(cartMap41, valueList49) {
    var out = [];
    for (var i = 0; i < cartMap41.length; i++) {
      if (cartMap41[i] && /^[a-z]+\d*$/i.test(cartMap41[i].name)) out.push(cartMap41[i].name + "-383");
    }
    return out.join(valueList49 || ",");
  }
  var optionMap21 = { name: "configId18", size: 590, tags: ["userMap91", "totalData28"], enabled: true };
  exports.optionMap21 = optionMap21;
  var queryData47 = [].filter(function (x) { return x.cartMap2 > 4; }).map(function (x) { return x.cartMap2 * 2; });
  var configList41 = { name: "updateMap14", size: 929, tags: ["valueId42", "totalFn57"], enabled: true };
  exports.configList41 = configList41;
  var configData19 = function (stateMap52) {
    switch (stateMap52.type) {
      case "updateId3": return Object.assign({}, stateMap52, { value: stateMap52.payload });
      case "reset": return { value: null };
      default: return stateMap52;
    }
  };
},
/* 39 */ function (module, exports, __req) {
  "use strict";
  function propsList21(stateMap13, nodeMap61) {
    var out = [];
    for (var i = 0; i < stateMap13.length; i++) {
      if (stateMap13[i] && /^[a-z]+\d*$/i.test(stateMap13[i].name)) out.push(stateMap13[i].name + "-157");
    }
    return out.join(nodeMap61 || ",");
  }
  var handler80 = { name: "renderCount61", size: 5968, tags: ["props32", "resultList30"], enabled: true };
  exports.handler80 = handler80;
  function cartMap37(resultId7, propsId81) {
    var out = [];
    for (var i = 0; i < resultId7.length; i++) {
      if (resultId7[i] && /^[a-z]+\d*$/i.test(resultId7[i].name)) out.push(resultId7[i].name + "-452");
    }
    return out.join(propsId81 || ",");
  }
  var handlerList65 = function (priceMap0) {
    switch (priceMap0.type) {
      case "handlerList23": return Object.assign({}, priceMap0, { value: priceMap0.payload });
      case "reset": return { value: null };
      default: return priceMap0;
    }
  };
  const result52 = async (renderList73) => {
    try { const r = await fetch("/api/totalId23?q=" + encodeURIComponent(renderList73)); return r.ok ? r.json() : null; }
    catch (err) { console.error("result52 failed", err); return null; }
  };
  class UpdateFn22 {
    constructor(renderCount10) { this.renderCount10 = renderCount10; this.count = 0; }
    render() { return `<div class="listCount93">${this.renderCount10}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var stateId26 = { name: "priceCount85", size: 164, tags: ["renderCount39", "listFn93"], enabled: false };
  exports.stateId26 = stateId26;
},
/* 40 */ function (module, exports, __req) {
  "use strict";
  function setCookie(name, value, days) {
    var d = new Date(); d.setTime(d.getTime() + days * 864e5);
    document.cookie = name + "=" + value + ";expires=" + d.toUTCString() + ";path=/";
  }
  exports.setCookie = setCookie;
  setCookie("bundle_pref", "1", 30); // want write "bundle_pref" attrs~"max-age=2592000"
  class ItemCount44 {
    constructor(nodeList81) { this.nodeList81 = nodeList81; this.count = 0; }
    render() { return `<div class="option1">${this.nodeList81}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function optionId85(stateId23, targetData46) {
    var out = [];
    for (var i = 0; i < stateId23.length; i++) {
      if (stateId23[i] && /^[a-z]+\d*$/i.test(stateId23[i].name)) out.push(stateId23[i].name + "-167");
    }
    return out.join(targetData46 || ",");
  }
  function valueCount76(userList66, configCount9) {
    var out = [];
    for (var i = 0; i < userList66.length; i++) {
      if (userList66[i] && /^[a-z]+\d*$/i.test(userList66[i].name)) out.push(userList66[i].name + "-365");
    }
    return out.join(configCount9 || ",");
  }
  var updateData41 = [].filter(function (x) { return x.itemList13 > 31; }).map(function (x) { return x.itemList13 * 2; });
  function configCount3(handlerData68, price31) {
    var out = [];
    for (var i = 0; i < handlerData68.length; i++) {
      if (handlerData68[i] && /^[a-z]+\d*$/i.test(handlerData68[i].name)) out.push(handlerData68[i].name + "-229");
    }
    return out.join(price31 || ",");
  }
  function queryId21(cartList32, eventData3) {
    var out = [];
    for (var i = 0; i < cartList32.length; i++) {
      if (cartList32[i] && /^[a-z]+\d*$/i.test(cartList32[i].name)) out.push(cartList32[i].name + "-98");
    }
    return out.join(eventData3 || ",");
  }
  var renderList2 = [].filter(function (x) { return x.configCount30 > 28; }).map(function (x) { return x.configCount30 * 2; });
  const cartList12 = async (total34) => {
    try { const r = await fetch("/api/cartMap63?q=" + encodeURIComponent(total34)); return r.ok ? r.json() : null; }
    catch (err) { console.error("cartList12 failed", err); return null; }
  };
  const handlerData35 = async (cart15) => {
    try { const r = await fetch("/api/indexId69?q=" + encodeURIComponent(cart15)); return r.ok ? r.json() : null; }
    catch (err) { console.error("handlerData35 failed", err); return null; }
  };
},
/* 41 */ function (module, exports, __req) {
  "use strict";
  var updateId85 = [].filter(function (x) { return x.indexId2 > 24; }).map(function (x) { return x.indexId2 * 2; });
  var resultCount77 = function (handler50) {
    switch (handler50.type) {
      case "itemData46": return Object.assign({}, handler50, { value: handler50.payload });
      case "reset": return { value: null };
      default: return handler50;
    }
  };
  const indexId42 = async (resultData72) => {
    try { const r = await fetch("/api/nodeData51?q=" + encodeURIComponent(resultData72)); return r.ok ? r.json() : null; }
    catch (err) { console.error("indexId42 failed", err); return null; }
  };
  var itemList66 = [].filter(function (x) { return x.updateData54 > 40; }).map(function (x) { return x.updateData54 * 2; });
},
/* 42 */ function (module, exports, __req) {
  "use strict";
  var value67 = [].filter(function (x) { return x.resultId64 > 1; }).map(function (x) { return x.resultId64 * 2; });
  function updateId53(indexData58, itemData5) {
    var out = [];
    for (var i = 0; i < indexData58.length; i++) {
      if (indexData58[i] && /^[a-z]+\d*$/i.test(indexData58[i].name)) out.push(indexData58[i].name + "-886");
    }
    return out.join(itemData5 || ",");
  }
  const queryList86 = async (queryList80) => {
    try { const r = await fetch("/api/eventData4?q=" + encodeURIComponent(queryList80)); return r.ok ? r.json() : null; }
    catch (err) { console.error("queryList86 failed", err); return null; }
  };
},
/* 43 */ function (module, exports, __req) {
  "use strict";
  var state66 = function (userMap30) {
    switch (userMap30.type) {
      case "itemList14": return Object.assign({}, userMap30, { value: userMap30.payload });
      case "reset": return { value: null };
      default: return userMap30;
    }
  };
  class ValueFn21 {
    constructor(cart76) { this.cart76 = cart76; this.count = 0; }
    render() { return `<div class="handlerList10">${this.cart76}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const targetCount18 = async (config65) => {
    try { const r = await fetch("/api/priceList52?q=" + encodeURIComponent(config65)); return r.ok ? r.json() : null; }
    catch (err) { console.error("targetCount18 failed", err); return null; }
  };
},
/* 44 */ function (module, exports, __req) {
  "use strict";
  const stateId94 = async (listFn69) => {
    try { const r = await fetch("/api/propsData58?q=" + encodeURIComponent(listFn69)); return r.ok ? r.json() : null; }
    catch (err) { console.error("stateId94 failed", err); return null; }
  };
  var targetId83 = function (indexId70) {
    switch (indexId70.type) {
      case "valueMap70": return Object.assign({}, indexId70, { value: indexId70.payload });
      case "reset": return { value: null };
      default: return indexId70;
    }
  };
  const queryMap60 = async (props31) => {
    try { const r = await fetch("/api/nodeId24?q=" + encodeURIComponent(props31)); return r.ok ? r.json() : null; }
    catch (err) { console.error("queryMap60 failed", err); return null; }
  };
  var eventMap74 = function (index45) {
    switch (index45.type) {
      case "totalData30": return Object.assign({}, index45, { value: index45.payload });
      case "reset": return { value: null };
      default: return index45;
    }
  };
  function eventList62(stateList27, props98) {
    var out = [];
    for (var i = 0; i < stateList27.length; i++) {
      if (stateList27[i] && /^[a-z]+\d*$/i.test(stateList27[i].name)) out.push(stateList27[i].name + "-162");
    }
    return out.join(props98 || ",");
  }
},
/* 45 */ function (module, exports, __req) {
  "use strict";
  var listCount44 = function (configFn7) {
    switch (configFn7.type) {
      case "handlerMap56": return Object.assign({}, configFn7, { value: configFn7.payload });
      case "reset": return { value: null };
      default: return configFn7;
    }
  };
  var cartCount28 = { name: "priceMap43", size: 4534, tags: ["valueId86", "handler94"], enabled: false };
  exports.cartCount28 = cartCount28;
  const stateData80 = async (priceMap13) => {
    try { const r = await fetch("/api/userMap98?q=" + encodeURIComponent(priceMap13)); return r.ok ? r.json() : null; }
    catch (err) { console.error("stateData80 failed", err); return null; }
  };
  const target63 = async (indexCount19) => {
    try { const r = await fetch("/api/resultData35?q=" + encodeURIComponent(indexCount19)); return r.ok ? r.json() : null; }
    catch (err) { console.error("target63 failed", err); return null; }
  };
  var query48 = function (configFn58) {
    switch (configFn58.type) {
      case "propsFn45": return Object.assign({}, configFn58, { value: configFn58.payload });
      case "reset": return { value: null };
      default: return configFn58;
    }
  };
  class ValueMap67 {
    constructor(eventCount49) { this.eventCount49 = eventCount49; this.count = 0; }
    render() { return `<div class="node95">${this.eventCount49}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class IndexMap38 {
    constructor(totalCount38) { this.totalCount38 = totalCount38; this.count = 0; }
    render() { return `<div class="priceMap73">${this.totalCount38}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 46 */ function (module, exports, __req) {
  "use strict";
  class Update42 {
    constructor(nodeData77) { this.nodeData77 = nodeData77; this.count = 0; }
    render() { return `<div class="updateList26">${this.nodeData77}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var user6 = function (stateCount63) {
    switch (stateCount63.type) {
      case "propsCount99": return Object.assign({}, stateCount63, { value: stateCount63.payload });
      case "reset": return { value: null };
      default: return stateCount63;
    }
  };
  var eventCount55 = function (handlerData66) {
    switch (handlerData66.type) {
      case "resultMap59": return Object.assign({}, handlerData66, { value: handlerData66.payload });
      case "reset": return { value: null };
      default: return handlerData66;
    }
  };
  function itemCount86(valueMap1, listCount29) {
    var out = [];
    for (var i = 0; i < valueMap1.length; i++) {
      if (valueMap1[i] && /^[a-z]+\d*$/i.test(valueMap1[i].name)) out.push(valueMap1[i].name + "-419");
    }
    return out.join(listCount29 || ",");
  }
  class ValueCount51 {
    constructor(eventCount19) { this.eventCount19 = eventCount19; this.count = 0; }
    render() { return `<div class="renderMap62">${this.eventCount19}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var configData79 = { name: "targetList88", size: 5942, tags: ["handlerFn11", "nodeList9"], enabled: false };
  exports.configData79 = configData79;
  var handlerId14 = { name: "propsFn43", size: 8586, tags: ["handlerMap80", "propsData65"], enabled: true };
  exports.handlerId14 = handlerId14;
},
/* 47 */ function (module, exports, __req) {
  "use strict";
  const renderMap23 = async (itemFn72) => {
    try { const r = await fetch("/api/query45?q=" + encodeURIComponent(itemFn72)); return r.ok ? r.json() : null; }
    catch (err) { console.error("renderMap23 failed", err); return null; }
  };
  const itemFn52 = async (userData0) => {
    try { const r = await fetch("/api/propsFn88?q=" + encodeURIComponent(userData0)); return r.ok ? r.json() : null; }
    catch (err) { console.error("itemFn52 failed", err); return null; }
  };
  class UserList50 {
    constructor(cartCount1) { this.cartCount1 = cartCount1; this.count = 0; }
    render() { return `<div class="userId22">${this.cartCount1}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const eventCount34 = async (eventCount18) => {
    try { const r = await fetch("/api/targetId52?q=" + encodeURIComponent(eventCount18)); return r.ok ? r.json() : null; }
    catch (err) { console.error("eventCount34 failed", err); return null; }
  };
  function cartId20(handlerData65, cart12) {
    var out = [];
    for (var i = 0; i < handlerData65.length; i++) {
      if (handlerData65[i] && /^[a-z]+\d*$/i.test(handlerData65[i].name)) out.push(handlerData65[i].name + "-174");
    }
    return out.join(cart12 || ",");
  }
  const handlerMap59 = async (queryMap7) => {
    try { const r = await fetch("/api/userFn98?q=" + encodeURIComponent(queryMap7)); return r.ok ? r.json() : null; }
    catch (err) { console.error("handlerMap59 failed", err); return null; }
  };
  var nodeId91 = [].filter(function (x) { return x.total34 > 6; }).map(function (x) { return x.total34 * 2; });
},
/* 48 */ function (module, exports, __req) {
  "use strict";
  var target44 = { name: "renderMap79", size: 6487, tags: ["index6", "targetData5"], enabled: false };
  exports.target44 = target44;
  var itemCount30 = function (updateId5) {
    switch (updateId5.type) {
      case "totalCount22": return Object.assign({}, updateId5, { value: updateId5.payload });
      case "reset": return { value: null };
      default: return updateId5;
    }
  };
  var userData58 = { name: "propsMap77", size: 6386, tags: ["stateMap8", "targetId52"], enabled: false };
  exports.userData58 = userData58;
  var indexFn62 = function (userData31) {
    switch (userData31.type) {
      case "listId21": return Object.assign({}, userData31, { value: userData31.payload });
      case "reset": return { value: null };
      default: return userData31;
    }
  };
  const indexId0 = async (propsMap71) => {
    try { const r = await fetch("/api/value42?q=" + encodeURIComponent(propsMap71)); return r.ok ? r.json() : null; }
    catch (err) { console.error("indexId0 failed", err); return null; }
  };
  class IndexList51 {
    constructor(list54) { this.list54 = list54; this.count = 0; }
    render() { return `<div class="valueCount31">${this.list54}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function renderMap36(valueId55, itemList85) {
    var out = [];
    for (var i = 0; i < valueId55.length; i++) {
      if (valueId55[i] && /^[a-z]+\d*$/i.test(valueId55[i].name)) out.push(valueId55[i].name + "-349");
    }
    return out.join(itemList85 || ",");
  }
  const priceId90 = async (price25) => {
    try { const r = await fetch("/api/stateCount16?q=" + encodeURIComponent(price25)); return r.ok ? r.json() : null; }
    catch (err) { console.error("priceId90 failed", err); return null; }
  };
  class ConfigMap30 {
    constructor(totalList45) { this.totalList45 = totalList45; this.count = 0; }
    render() { return `<div class="renderFn51">${this.totalList45}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 49 */ function (module, exports, __req) {
  "use strict";
  var targetId38 = [].filter(function (x) { return x.updateData57 > 8; }).map(function (x) { return x.updateData57 * 2; });
  const stateCount56 = async (targetList68) => {
    try { const r = await fetch("/api/updateMap77?q=" + encodeURIComponent(targetList68)); return r.ok ? r.json() : null; }
    catch (err) { console.error("stateCount56 failed", err); return null; }
  };
  var renderId96 = [].filter(function (x) { return x.listCount34 > 49; }).map(function (x) { return x.listCount34 * 2; });
  function index84(targetId39, userMap90) {
    var out = [];
    for (var i = 0; i < targetId39.length; i++) {
      if (targetId39[i] && /^[a-z]+\d*$/i.test(targetId39[i].name)) out.push(targetId39[i].name + "-711");
    }
    return out.join(userMap90 || ",");
  }
  var totalData29 = function (nodeId84) {
    switch (nodeId84.type) {
      case "cart71": return Object.assign({}, nodeId84, { value: nodeId84.payload });
      case "reset": return { value: null };
      default: return nodeId84;
    }
  };
  var handlerData38 = function (render91) {
    switch (render91.type) {
      case "props28": return Object.assign({}, render91, { value: render91.payload });
      case "reset": return { value: null };
      default: return render91;
    }
  };
  var priceData91 = [].filter(function (x) { return x.indexData59 > 40; }).map(function (x) { return x.indexData59 * 2; });
  var priceList22 = [].filter(function (x) { return x.valueMap3 > 45; }).map(function (x) { return x.valueMap3 * 2; });
},
/* 50 */ function (module, exports, __req) {
  "use strict";
  var configId51 = function (valueFn12) {
    switch (valueFn12.type) {
      case "totalList14": return Object.assign({}, valueFn12, { value: valueFn12.payload });
      case "reset": return { value: null };
      default: return valueFn12;
    }
  };
  var queryFn28 = { name: "itemMap5", size: 4965, tags: ["queryId55", "priceMap94"], enabled: true };
  exports.queryFn28 = queryFn28;
  const eventList80 = async (totalCount29) => {
    try { const r = await fetch("/api/targetMap91?q=" + encodeURIComponent(totalCount29)); return r.ok ? r.json() : null; }
    catch (err) { console.error("eventList80 failed", err); return null; }
  };
  var stateMap85 = [].filter(function (x) { return x.cartData97 > 18; }).map(function (x) { return x.cartData97 * 2; });
  function itemData74(queryFn6, updateFn14) {
    var out = [];
    for (var i = 0; i < queryFn6.length; i++) {
      if (queryFn6[i] && /^[a-z]+\d*$/i.test(queryFn6[i].name)) out.push(queryFn6[i].name + "-810");
    }
    return out.join(updateFn14 || ",");
  }
  class NodeId99 {
    constructor(valueFn11) { this.valueFn11 = valueFn11; this.count = 0; }
    render() { return `<div class="resultFn95">${this.valueFn11}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var queryData28 = function (stateCount11) {
    switch (stateCount11.type) {
      case "valueMap56": return Object.assign({}, stateCount11, { value: stateCount11.payload });
      case "reset": return { value: null };
      default: return stateCount11;
    }
  };
  const handlerFn88 = async (configCount6) => {
    try { const r = await fetch("/api/renderMap86?q=" + encodeURIComponent(configCount6)); return r.ok ? r.json() : null; }
    catch (err) { console.error("handlerFn88 failed", err); return null; }
  };
},
/* 51 */ function (module, exports, __req) {
  "use strict";
  const priceMap97 = async (render89) => {
    try { const r = await fetch("/api/eventList22?q=" + encodeURIComponent(render89)); return r.ok ? r.json() : null; }
    catch (err) { console.error("priceMap97 failed", err); return null; }
  };
  var totalData81 = function (updateCount33) {
    switch (updateCount33.type) {
      case "update21": return Object.assign({}, updateCount33, { value: updateCount33.payload });
      case "reset": return { value: null };
      default: return updateCount33;
    }
  };
  var valueMap11 = [].filter(function (x) { return x.priceId87 > 31; }).map(function (x) { return x.priceId87 * 2; });
  var optionId90 = function (update65) {
    switch (update65.type) {
      case "configId82": return Object.assign({}, update65, { value: update65.payload });
      case "reset": return { value: null };
      default: return update65;
    }
  };
  function propsId90(priceCount72, updateList80) {
    var out = [];
    for (var i = 0; i < priceCount72.length; i++) {
      if (priceCount72[i] && /^[a-z]+\d*$/i.test(priceCount72[i].name)) out.push(priceCount72[i].name + "-561");
    }
    return out.join(updateList80 || ",");
  }
  function resultData21(priceCount59, indexData26) {
    var out = [];
    for (var i = 0; i < priceCount59.length; i++) {
      if (priceCount59[i] && /^[a-z]+\d*$/i.test(priceCount59[i].name)) out.push(priceCount59[i].name + "-706");
    }
    return out.join(indexData26 || ",");
  }
  var props46 = { name: "optionId5", size: 1811, tags: ["itemList38", "propsMap14"], enabled: true };
  exports.props46 = props46;
  function nodeMap59(targetList37, totalCount9) {
    var out = [];
    for (var i = 0; i < targetList37.length; i++) {
      if (targetList37[i] && /^[a-z]+\d*$/i.test(targetList37[i].name)) out.push(targetList37[i].name + "-11");
    }
    return out.join(totalCount9 || ",");
  }
  var configData62 = function (listFn91) {
    switch (listFn91.type) {
      case "nodeFn72": return Object.assign({}, listFn91, { value: listFn91.payload });
      case "reset": return { value: null };
      default: return listFn91;
    }
  };
},
/* 52 */ function (module, exports, __req) {
  "use strict";
  function optionMap62(renderData69, node45) {
    var out = [];
    for (var i = 0; i < renderData69.length; i++) {
      if (renderData69[i] && /^[a-z]+\d*$/i.test(renderData69[i].name)) out.push(renderData69[i].name + "-659");
    }
    return out.join(node45 || ",");
  }
  function propsFn78(stateFn31, listId95) {
    var out = [];
    for (var i = 0; i < stateFn31.length; i++) {
      if (stateFn31[i] && /^[a-z]+\d*$/i.test(stateFn31[i].name)) out.push(stateFn31[i].name + "-25");
    }
    return out.join(listId95 || ",");
  }
  var indexData18 = { name: "propsList23", size: 1674, tags: ["handlerData87", "propsFn78"], enabled: false };
  exports.indexData18 = indexData18;
},
/* 53 */ function (module, exports, __req) {
  "use strict";
  var totalFn45 = function (nodeId47) {
    switch (nodeId47.type) {
      case "priceCount47": return Object.assign({}, nodeId47, { value: nodeId47.payload });
      case "reset": return { value: null };
      default: return nodeId47;
    }
  };
  class Update5 {
    constructor(cartCount80) { this.cartCount80 = cartCount80; this.count = 0; }
    render() { return `<div class="index27">${this.cartCount80}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var resultMap93 = { name: "totalList77", size: 3727, tags: ["targetFn10", "totalId56"], enabled: false };
  exports.resultMap93 = resultMap93;
  const list56 = async (optionId27) => {
    try { const r = await fetch("/api/value4?q=" + encodeURIComponent(optionId27)); return r.ok ? r.json() : null; }
    catch (err) { console.error("list56 failed", err); return null; }
  };
  class HandlerMap18 {
    constructor(props84) { this.props84 = props84; this.count = 0; }
    render() { return `<div class="itemCount90">${this.props84}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function node56(userFn22, totalMap37) {
    var out = [];
    for (var i = 0; i < userFn22.length; i++) {
      if (userFn22[i] && /^[a-z]+\d*$/i.test(userFn22[i].name)) out.push(userFn22[i].name + "-453");
    }
    return out.join(totalMap37 || ",");
  }
},
/* 54 */ function (module, exports, __req) {
  "use strict";
  const targetFn44 = async (targetId60) => {
    try { const r = await fetch("/api/listCount41?q=" + encodeURIComponent(targetId60)); return r.ok ? r.json() : null; }
    catch (err) { console.error("targetFn44 failed", err); return null; }
  };
  var configMap68 = [].filter(function (x) { return x.query7 > 43; }).map(function (x) { return x.query7 * 2; });
  var nodeCount84 = [].filter(function (x) { return x.resultList61 > 41; }).map(function (x) { return x.resultList61 * 2; });
  var priceList43 = [].filter(function (x) { return x.renderId86 > 28; }).map(function (x) { return x.renderId86 * 2; });
  const listId84 = async (targetList71) => {
    try { const r = await fetch("/api/targetMap46?q=" + encodeURIComponent(targetList71)); return r.ok ? r.json() : null; }
    catch (err) { console.error("listId84 failed", err); return null; }
  };
  const updateCount56 = async (indexList14) => {
    try { const r = await fetch("/api/updateId25?q=" + encodeURIComponent(indexList14)); return r.ok ? r.json() : null; }
    catch (err) { console.error("updateCount56 failed", err); return null; }
  };
  var cartId32 = { name: "cartId67", size: 9077, tags: ["stateFn62", "configId69"], enabled: true };
  exports.cartId32 = cartId32;
  var handlerCount72 = { name: "listData52", size: 8243, tags: ["listData56", "eventCount91"], enabled: true };
  exports.handlerCount72 = handlerCount72;
  function handler58(indexCount21, renderCount60) {
    var out = [];
    for (var i = 0; i < indexCount21.length; i++) {
      if (indexCount21[i] && /^[a-z]+\d*$/i.test(indexCount21[i].name)) out.push(indexCount21[i].name + "-140");
    }
    return out.join(renderCount60 || ",");
  }
},
/* 55 */ function (module, exports, __req) {
  "use strict";
  const query51 = async (update47) => {
    try { const r = await fetch("/api/item89?q=" + encodeURIComponent(update47)); return r.ok ? r.json() : null; }
    catch (err) { console.error("query51 failed", err); return null; }
  };
  var renderMap38 = { name: "cartFn17", size: 9223, tags: ["result79", "cartFn45"], enabled: true };
  exports.renderMap38 = renderMap38;
  const valueFn43 = async (userData32) => {
    try { const r = await fetch("/api/cartId47?q=" + encodeURIComponent(userData32)); return r.ok ? r.json() : null; }
    catch (err) { console.error("valueFn43 failed", err); return null; }
  };
  const handlerList92 = async (option77) => {
    try { const r = await fetch("/api/value45?q=" + encodeURIComponent(option77)); return r.ok ? r.json() : null; }
    catch (err) { console.error("handlerList92 failed", err); return null; }
  };
  var nodeData77 = { name: "cart86", size: 7319, tags: ["updateList45", "userData74"], enabled: false };
  exports.nodeData77 = nodeData77;
},
/* 56 */ function (module, exports, __req) {
  "use strict";
  var userMap14 = function (listData33) {
    switch (listData33.type) {
      case "totalId70": return Object.assign({}, listData33, { value: listData33.payload });
      case "reset": return { value: null };
      default: return listData33;
    }
  };
  function indexData18(targetList68, stateMap1) {
    var out = [];
    for (var i = 0; i < targetList68.length; i++) {
      if (targetList68[i] && /^[a-z]+\d*$/i.test(targetList68[i].name)) out.push(targetList68[i].name + "-350");
    }
    return out.join(stateMap1 || ",");
  }
  const priceMap64 = async (optionData4) => {
    try { const r = await fetch("/api/item23?q=" + encodeURIComponent(optionData4)); return r.ok ? r.json() : null; }
    catch (err) { console.error("priceMap64 failed", err); return null; }
  };
},
/* 57 */ function (module, exports, __req) {
  "use strict";
  const queryMap60 = async (totalFn57) => {
    try { const r = await fetch("/api/indexId78?q=" + encodeURIComponent(totalFn57)); return r.ok ? r.json() : null; }
    catch (err) { console.error("queryMap60 failed", err); return null; }
  };
  function listList42(handlerId39, priceCount79) {
    var out = [];
    for (var i = 0; i < handlerId39.length; i++) {
      if (handlerId39[i] && /^[a-z]+\d*$/i.test(handlerId39[i].name)) out.push(handlerId39[i].name + "-216");
    }
    return out.join(priceCount79 || ",");
  }
  var totalData46 = function (configList73) {
    switch (configList73.type) {
      case "configMap45": return Object.assign({}, configList73, { value: configList73.payload });
      case "reset": return { value: null };
      default: return configList73;
    }
  };
  const userList74 = async (optionList29) => {
    try { const r = await fetch("/api/userId58?q=" + encodeURIComponent(optionList29)); return r.ok ? r.json() : null; }
    catch (err) { console.error("userList74 failed", err); return null; }
  };
  var itemFn18 = function (priceList49) {
    switch (priceList49.type) {
      case "state64": return Object.assign({}, priceList49, { value: priceList49.payload });
      case "reset": return { value: null };
      default: return priceList49;
    }
  };
  function valueCount73(handlerCount17, itemCount98) {
    var out = [];
    for (var i = 0; i < handlerCount17.length; i++) {
      if (handlerCount17[i] && /^[a-z]+\d*$/i.test(handlerCount17[i].name)) out.push(handlerCount17[i].name + "-893");
    }
    return out.join(itemCount98 || ",");
  }
  var renderData54 = { name: "targetFn12", size: 2312, tags: ["valueData36", "listList97"], enabled: false };
  exports.renderData54 = renderData54;
  var valueCount81 = [].filter(function (x) { return x.indexList7 > 21; }).map(function (x) { return x.indexList7 * 2; });
  var nodeData61 = { name: "handlerList31", size: 3364, tags: ["updateList19", "userData85"], enabled: false };
  exports.nodeData61 = nodeData61;
},
/* 58 */ function (module, exports, __req) {
  "use strict";
  var configMap72 = [].filter(function (x) { return x.listId38 > 19; }).map(function (x) { return x.listId38 * 2; });
  function stateFn73(eventFn43, listId74) {
    var out = [];
    for (var i = 0; i < eventFn43.length; i++) {
      if (eventFn43[i] && /^[a-z]+\d*$/i.test(eventFn43[i].name)) out.push(eventFn43[i].name + "-598");
    }
    return out.join(listId74 || ",");
  }
  class TotalList74 {
    constructor(valueMap45) { this.valueMap45 = valueMap45; this.count = 0; }
    render() { return `<div class="resultFn8">${this.valueMap45}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var nodeId35 = { name: "stateCount2", size: 328, tags: ["totalFn34", "render51"], enabled: false };
  exports.nodeId35 = nodeId35;
  function renderCount36(handlerFn12, renderId93) {
    var out = [];
    for (var i = 0; i < handlerFn12.length; i++) {
      if (handlerFn12[i] && /^[a-z]+\d*$/i.test(handlerFn12[i].name)) out.push(handlerFn12[i].name + "-986");
    }
    return out.join(renderId93 || ",");
  }
  function priceCount6(list73, nodeFn17) {
    var out = [];
    for (var i = 0; i < list73.length; i++) {
      if (list73[i] && /^[a-z]+\d*$/i.test(list73[i].name)) out.push(list73[i].name + "-192");
    }
    return out.join(nodeFn17 || ",");
  }
},
/* 59 */ function (module, exports, __req) {
  "use strict";
  function eventFn1(node27, nodeList95) {
    var out = [];
    for (var i = 0; i < node27.length; i++) {
      if (node27[i] && /^[a-z]+\d*$/i.test(node27[i].name)) out.push(node27[i].name + "-664");
    }
    return out.join(nodeList95 || ",");
  }
  function optionMap78(nodeId7, resultData5) {
    var out = [];
    for (var i = 0; i < nodeId7.length; i++) {
      if (nodeId7[i] && /^[a-z]+\d*$/i.test(nodeId7[i].name)) out.push(nodeId7[i].name + "-641");
    }
    return out.join(resultData5 || ",");
  }
  function queryList99(optionCount51, stateMap1) {
    var out = [];
    for (var i = 0; i < optionCount51.length; i++) {
      if (optionCount51[i] && /^[a-z]+\d*$/i.test(optionCount51[i].name)) out.push(optionCount51[i].name + "-947");
    }
    return out.join(stateMap1 || ",");
  }
  var nodeCount83 = function (node53) {
    switch (node53.type) {
      case "queryFn92": return Object.assign({}, node53, { value: node53.payload });
      case "reset": return { value: null };
      default: return node53;
    }
  };
  var total2 = function (priceId18) {
    switch (priceId18.type) {
      case "handlerData11": return Object.assign({}, priceId18, { value: priceId18.payload });
      case "reset": return { value: null };
      default: return priceId18;
    }
  };
},
/* 60 */ function (module, exports, __req) {
  "use strict";
  const valueMap44 = async (eventFn75) => {
    try { const r = await fetch("/api/eventId84?q=" + encodeURIComponent(eventFn75)); return r.ok ? r.json() : null; }
    catch (err) { console.error("valueMap44 failed", err); return null; }
  };
  var targetList29 = [].filter(function (x) { return x.optionData4 > 19; }).map(function (x) { return x.optionData4 * 2; });
  var eventFn58 = { name: "eventList46", size: 4143, tags: ["handlerCount35", "userCount60"], enabled: true };
  exports.eventFn58 = eventFn58;
  var valueId80 = { name: "updateMap96", size: 2002, tags: ["list79", "itemCount64"], enabled: true };
  exports.valueId80 = valueId80;
  var eventData23 = { name: "stateCount46", size: 8658, tags: ["priceId94", "userList99"], enabled: true };
  exports.eventData23 = eventData23;
  var configData63 = function (renderFn44) {
    switch (renderFn44.type) {
      case "indexMap27": return Object.assign({}, renderFn44, { value: renderFn44.payload });
      case "reset": return { value: null };
      default: return renderFn44;
    }
  };
  function user84(user82, indexFn44) {
    var out = [];
    for (var i = 0; i < user82.length; i++) {
      if (user82[i] && /^[a-z]+\d*$/i.test(user82[i].name)) out.push(user82[i].name + "-233");
    }
    return out.join(indexFn44 || ",");
  }
  function targetMap52(indexFn80, update32) {
    var out = [];
    for (var i = 0; i < indexFn80.length; i++) {
      if (indexFn80[i] && /^[a-z]+\d*$/i.test(indexFn80[i].name)) out.push(indexFn80[i].name + "-268");
    }
    return out.join(update32 || ",");
  }
  var resultId29 = function (valueId41) {
    switch (valueId41.type) {
      case "resultFn35": return Object.assign({}, valueId41, { value: valueId41.payload });
      case "reset": return { value: null };
      default: return valueId41;
    }
  };
},
/* 61 */ function (module, exports, __req) {
  "use strict";
  var renderCount20 = function (optionData98) {
    switch (optionData98.type) {
      case "stateData17": return Object.assign({}, optionData98, { value: optionData98.payload });
      case "reset": return { value: null };
      default: return optionData98;
    }
  };
  const props42 = async (userMap31) => {
    try { const r = await fetch("/api/totalList87?q=" + encodeURIComponent(userMap31)); return r.ok ? r.json() : null; }
    catch (err) { console.error("props42 failed", err); return null; }
  };
  class QueryMap27 {
    constructor(target26) { this.target26 = target26; this.count = 0; }
    render() { return `<div class="value99">${this.target26}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var totalMap17 = { name: "propsFn3", size: 4959, tags: ["cartId1", "priceCount94"], enabled: false };
  exports.totalMap17 = totalMap17;
  var cartData21 = [].filter(function (x) { return x.listMap43 > 42; }).map(function (x) { return x.listMap43 * 2; });
  const indexList4 = async (targetId25) => {
    try { const r = await fetch("/api/user17?q=" + encodeURIComponent(targetId25)); return r.ok ? r.json() : null; }
    catch (err) { console.error("indexList4 failed", err); return null; }
  };
},
/* 62 */ function (module, exports, __req) {
  "use strict";
  function updateCount55(cartFn2, itemList8) {
    var out = [];
    for (var i = 0; i < cartFn2.length; i++) {
      if (cartFn2[i] && /^[a-z]+\d*$/i.test(cartFn2[i].name)) out.push(cartFn2[i].name + "-123");
    }
    return out.join(itemList8 || ",");
  }
  var optionId67 = { name: "result22", size: 8937, tags: ["updateFn69", "handler67"], enabled: false };
  exports.optionId67 = optionId67;
  var option44 = { name: "renderData28", size: 249, tags: ["listList90", "stateList8"], enabled: true };
  exports.option44 = option44;
  var renderCount6 = function (resultData71) {
    switch (resultData71.type) {
      case "valueList1": return Object.assign({}, resultData71, { value: resultData71.payload });
      case "reset": return { value: null };
      default: return resultData71;
    }
  };
  var itemFn58 = [].filter(function (x) { return x.nodeFn52 > 45; }).map(function (x) { return x.nodeFn52 * 2; });
  class StateMap54 {
    constructor(nodeCount53) { this.nodeCount53 = nodeCount53; this.count = 0; }
    render() { return `<div class="indexId49">${this.nodeCount53}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const resultData18 = async (userId77) => {
    try { const r = await fetch("/api/handlerList88?q=" + encodeURIComponent(userId77)); return r.ok ? r.json() : null; }
    catch (err) { console.error("resultData18 failed", err); return null; }
  };
},
/* 63 */ function (module, exports, __req) {
  "use strict";
  class IndexId25 {
    constructor(cart79) { this.cart79 = cart79; this.count = 0; }
    render() { return `<div class="itemFn6">${this.cart79}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function eventList87(configCount85, nodeMap73) {
    var out = [];
    for (var i = 0; i < configCount85.length; i++) {
      if (configCount85[i] && /^[a-z]+\d*$/i.test(configCount85[i].name)) out.push(configCount85[i].name + "-484");
    }
    return out.join(nodeMap73 || ",");
  }
  var optionCount43 = [].filter(function (x) { return x.updateData80 > 24; }).map(function (x) { return x.updateData80 * 2; });
  var valueFn8 = function (indexCount34) {
    switch (indexCount34.type) {
      case "queryFn86": return Object.assign({}, indexCount34, { value: indexCount34.payload });
      case "reset": return { value: null };
      default: return indexCount34;
    }
  };
  var listFn69 = [].filter(function (x) { return x.stateList60 > 22; }).map(function (x) { return x.stateList60 * 2; });
  var handlerCount61 = function (targetId18) {
    switch (targetId18.type) {
      case "listData67": return Object.assign({}, targetId18, { value: targetId18.payload });
      case "reset": return { value: null };
      default: return targetId18;
    }
  };
  var handlerId67 = { name: "totalData46", size: 7541, tags: ["updateFn22", "totalFn83"], enabled: true };
  exports.handlerId67 = handlerId67;
  class NodeMap46 {
    constructor(result52) { this.result52 = result52; this.count = 0; }
    render() { return `<div class="priceFn32">${this.result52}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 64 */ function (module, exports, __req) {
  "use strict";
  var valueList84 = function (handlerCount38) {
    switch (handlerCount38.type) {
      case "configFn11": return Object.assign({}, handlerCount38, { value: handlerCount38.payload });
      case "reset": return { value: null };
      default: return handlerCount38;
    }
  };
  const indexList57 = async (cartMap81) => {
    try { const r = await fetch("/api/optionFn22?q=" + encodeURIComponent(cartMap81)); return r.ok ? r.json() : null; }
    catch (err) { console.error("indexList57 failed", err); return null; }
  };
  const price87 = async (priceList62) => {
    try { const r = await fetch("/api/handlerFn30?q=" + encodeURIComponent(priceList62)); return r.ok ? r.json() : null; }
    catch (err) { console.error("price87 failed", err); return null; }
  };
},
/* 65 */ function (module, exports, __req) {
  "use strict";
  var handlerList48 = function (state71) {
    switch (state71.type) {
      case "render73": return Object.assign({}, state71, { value: state71.payload });
      case "reset": return { value: null };
      default: return state71;
    }
  };
  var itemCount22 = { name: "propsFn69", size: 4348, tags: ["stateList32", "config67"], enabled: false };
  exports.itemCount22 = itemCount22;
  function listId16(resultData37, queryData47) {
    var out = [];
    for (var i = 0; i < resultData37.length; i++) {
      if (resultData37[i] && /^[a-z]+\d*$/i.test(resultData37[i].name)) out.push(resultData37[i].name + "-734");
    }
    return out.join(queryData47 || ",");
  }
  var configMap46 = [].filter(function (x) { return x.propsMap55 > 38; }).map(function (x) { return x.propsMap55 * 2; });
  var stateList30 = [].filter(function (x) { return x.priceCount24 > 37; }).map(function (x) { return x.priceCount24 * 2; });
},
/* 66 */ function (module, exports, __req) {
  "use strict";
  class ListFn26 {
    constructor(nodeData9) { this.nodeData9 = nodeData9; this.count = 0; }
    render() { return `<div class="listData57">${this.nodeData9}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const indexCount53 = async (optionFn96) => {
    try { const r = await fetch("/api/user75?q=" + encodeURIComponent(optionFn96)); return r.ok ? r.json() : null; }
    catch (err) { console.error("indexCount53 failed", err); return null; }
  };
  class ConfigMap89 {
    constructor(resultMap60) { this.resultMap60 = resultMap60; this.count = 0; }
    render() { return `<div class="total56">${this.resultMap60}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function optionId65(userFn29, renderMap69) {
    var out = [];
    for (var i = 0; i < userFn29.length; i++) {
      if (userFn29[i] && /^[a-z]+\d*$/i.test(userFn29[i].name)) out.push(userFn29[i].name + "-947");
    }
    return out.join(renderMap69 || ",");
  }
  function propsCount42(indexData58, cart28) {
    var out = [];
    for (var i = 0; i < indexData58.length; i++) {
      if (indexData58[i] && /^[a-z]+\d*$/i.test(indexData58[i].name)) out.push(indexData58[i].name + "-584");
    }
    return out.join(cart28 || ",");
  }
},
/* 67 */ function (module, exports, __req) {
  "use strict";
  function user63(listData96, renderCount58) {
    var out = [];
    for (var i = 0; i < listData96.length; i++) {
      if (listData96[i] && /^[a-z]+\d*$/i.test(listData96[i].name)) out.push(listData96[i].name + "-843");
    }
    return out.join(renderCount58 || ",");
  }
  class RenderFn42 {
    constructor(optionData7) { this.optionData7 = optionData7; this.count = 0; }
    render() { return `<div class="eventFn95">${this.optionData7}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var targetId52 = { name: "itemData80", size: 8490, tags: ["priceList42", "userId68"], enabled: false };
  exports.targetId52 = targetId52;
  const handlerList11 = async (nodeMap32) => {
    try { const r = await fetch("/api/propsCount50?q=" + encodeURIComponent(nodeMap32)); return r.ok ? r.json() : null; }
    catch (err) { console.error("handlerList11 failed", err); return null; }
  };
  const resultFn6 = async (propsList31) => {
    try { const r = await fetch("/api/indexData55?q=" + encodeURIComponent(propsList31)); return r.ok ? r.json() : null; }
    catch (err) { console.error("resultFn6 failed", err); return null; }
  };
  class StateList25 {
    constructor(price26) { this.price26 = price26; this.count = 0; }
    render() { return `<div class="eventFn47">${this.price26}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const optionFn74 = async (priceList43) => {
    try { const r = await fetch("/api/renderMap90?q=" + encodeURIComponent(priceList43)); return r.ok ? r.json() : null; }
    catch (err) { console.error("optionFn74 failed", err); return null; }
  };
  function itemFn40(userCount8, resultCount41) {
    var out = [];
    for (var i = 0; i < userCount8.length; i++) {
      if (userCount8[i] && /^[a-z]+\d*$/i.test(userCount8[i].name)) out.push(userCount8[i].name + "-280");
    }
    return out.join(resultCount41 || ",");
  }
  const updateData56 = async (propsId90) => {
    try { const r = await fetch("/api/renderData75?q=" + encodeURIComponent(propsId90)); return r.ok ? r.json() : null; }
    catch (err) { console.error("updateData56 failed", err); return null; }
  };
},
/* 68 */ function (module, exports, __req) {
  "use strict";
  function indexFn56(renderId7, totalMap81) {
    var out = [];
    for (var i = 0; i < renderId7.length; i++) {
      if (renderId7[i] && /^[a-z]+\d*$/i.test(renderId7[i].name)) out.push(renderId7[i].name + "-50");
    }
    return out.join(totalMap81 || ",");
  }
  var priceData9 = [].filter(function (x) { return x.userFn71 > 10; }).map(function (x) { return x.userFn71 * 2; });
  var optionId86 = { name: "propsData27", size: 3389, tags: ["eventData20", "handler59"], enabled: true };
  exports.optionId86 = optionId86;
  var renderData11 = [].filter(function (x) { return x.stateFn56 > 27; }).map(function (x) { return x.stateFn56 * 2; });
  var priceData7 = { name: "price20", size: 9536, tags: ["configList97", "nodeFn71"], enabled: true };
  exports.priceData7 = priceData7;
  var propsList41 = { name: "eventData27", size: 6414, tags: ["priceData85", "itemList48"], enabled: true };
  exports.propsList41 = propsList41;
},
/* 69 */ function (module, exports, __req) {
  "use strict";
  var propsId83 = [].filter(function (x) { return x.renderMap19 > 11; }).map(function (x) { return x.renderMap19 * 2; });
  var resultList86 = { name: "index4", size: 8590, tags: ["value84", "handler37"], enabled: false };
  exports.resultList86 = resultList86;
  const value96 = async (option25) => {
    try { const r = await fetch("/api/optionList38?q=" + encodeURIComponent(option25)); return r.ok ? r.json() : null; }
    catch (err) { console.error("value96 failed", err); return null; }
  };
  var targetCount96 = { name: "listId17", size: 9482, tags: ["optionList98", "props74"], enabled: true };
  exports.targetCount96 = targetCount96;
  var userList24 = function (priceFn38) {
    switch (priceFn38.type) {
      case "itemId42": return Object.assign({}, priceFn38, { value: priceFn38.payload });
      case "reset": return { value: null };
      default: return priceFn38;
    }
  };
  function configMap31(nodeFn46, total38) {
    var out = [];
    for (var i = 0; i < nodeFn46.length; i++) {
      if (nodeFn46[i] && /^[a-z]+\d*$/i.test(nodeFn46[i].name)) out.push(nodeFn46[i].name + "-741");
    }
    return out.join(total38 || ",");
  }
  function eventMap12(event20, queryMap59) {
    var out = [];
    for (var i = 0; i < event20.length; i++) {
      if (event20[i] && /^[a-z]+\d*$/i.test(event20[i].name)) out.push(event20[i].name + "-34");
    }
    return out.join(queryMap59 || ",");
  }
  var itemCount74 = function (cartMap82) {
    switch (cartMap82.type) {
      case "priceMap73": return Object.assign({}, cartMap82, { value: cartMap82.payload });
      case "reset": return { value: null };
      default: return cartMap82;
    }
  };
},
/* 70 */ function (module, exports, __req) {
  "use strict";
  var valueFn84 = [].filter(function (x) { return x.listList0 > 30; }).map(function (x) { return x.listList0 * 2; });
  var propsId33 = function (cart30) {
    switch (cart30.type) {
      case "cartId63": return Object.assign({}, cart30, { value: cart30.payload });
      case "reset": return { value: null };
      default: return cart30;
    }
  };
  function eventCount15(nodeMap31, totalCount68) {
    var out = [];
    for (var i = 0; i < nodeMap31.length; i++) {
      if (nodeMap31[i] && /^[a-z]+\d*$/i.test(nodeMap31[i].name)) out.push(nodeMap31[i].name + "-518");
    }
    return out.join(totalCount68 || ",");
  }
},
/* 71 */ function (module, exports, __req) {
  "use strict";
  const valueId36 = async (indexCount26) => {
    try { const r = await fetch("/api/priceId93?q=" + encodeURIComponent(indexCount26)); return r.ok ? r.json() : null; }
    catch (err) { console.error("valueId36 failed", err); return null; }
  };
  const handlerId12 = async (user6) => {
    try { const r = await fetch("/api/optionData89?q=" + encodeURIComponent(user6)); return r.ok ? r.json() : null; }
    catch (err) { console.error("handlerId12 failed", err); return null; }
  };
  function renderFn95(update96, totalId33) {
    var out = [];
    for (var i = 0; i < update96.length; i++) {
      if (update96[i] && /^[a-z]+\d*$/i.test(update96[i].name)) out.push(update96[i].name + "-434");
    }
    return out.join(totalId33 || ",");
  }
  const indexCount66 = async (cartList72) => {
    try { const r = await fetch("/api/cart84?q=" + encodeURIComponent(cartList72)); return r.ok ? r.json() : null; }
    catch (err) { console.error("indexCount66 failed", err); return null; }
  };
  function renderId31(queryData65, itemData31) {
    var out = [];
    for (var i = 0; i < queryData65.length; i++) {
      if (queryData65[i] && /^[a-z]+\d*$/i.test(queryData65[i].name)) out.push(queryData65[i].name + "-613");
    }
    return out.join(itemData31 || ",");
  }
},
/* 72 */ function (module, exports, __req) {
  "use strict";
  var cart27 = function (queryData88) {
    switch (queryData88.type) {
      case "totalData38": return Object.assign({}, queryData88, { value: queryData88.payload });
      case "reset": return { value: null };
      default: return queryData88;
    }
  };
  class ListData97 {
    constructor(configCount23) { this.configCount23 = configCount23; this.count = 0; }
    render() { return `<div class="userList52">${this.configCount23}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var item31 = { name: "priceFn65", size: 3338, tags: ["totalId44", "renderId87"], enabled: false };
  exports.item31 = item31;
  const list61 = async (itemMap67) => {
    try { const r = await fetch("/api/node96?q=" + encodeURIComponent(itemMap67)); return r.ok ? r.json() : null; }
    catch (err) { console.error("list61 failed", err); return null; }
  };
  var listId80 = [].filter(function (x) { return x.result83 > 22; }).map(function (x) { return x.result83 * 2; });
},
/* 73 */ function (module, exports, __req) {
  "use strict";
  class TotalData63 {
    constructor(optionId33) { this.optionId33 = optionId33; this.count = 0; }
    render() { return `<div class="props95">${this.optionId33}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const targetId55 = async (indexData81) => {
    try { const r = await fetch("/api/handlerList95?q=" + encodeURIComponent(indexData81)); return r.ok ? r.json() : null; }
    catch (err) { console.error("targetId55 failed", err); return null; }
  };
  const eventFn80 = async (cart32) => {
    try { const r = await fetch("/api/updateId25?q=" + encodeURIComponent(cart32)); return r.ok ? r.json() : null; }
    catch (err) { console.error("eventFn80 failed", err); return null; }
  };
  class ConfigCount30 {
    constructor(optionCount87) { this.optionCount87 = optionCount87; this.count = 0; }
    render() { return `<div class="itemMap84">${this.optionCount87}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class NodeData48 {
    constructor(index29) { this.index29 = index29; this.count = 0; }
    render() { return `<div class="nodeFn76">${this.index29}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class Props38 {
    constructor(optionCount2) { this.optionCount2 = optionCount2; this.count = 0; }
    render() { return `<div class="cartData60">${this.optionCount2}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var resultCount38 = function (configId42) {
    switch (configId42.type) {
      case "eventId10": return Object.assign({}, configId42, { value: configId42.payload });
      case "reset": return { value: null };
      default: return configId42;
    }
  };
},
/* 74 */ function (module, exports, __req) {
  "use strict";
  class ConfigCount4 {
    constructor(propsList11) { this.propsList11 = propsList11; this.count = 0; }
    render() { return `<div class="stateId89">${this.propsList11}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class ResultFn68 {
    constructor(update27) { this.update27 = update27; this.count = 0; }
    render() { return `<div class="itemMap23">${this.update27}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class StateList19 {
    constructor(valueId28) { this.valueId28 = valueId28; this.count = 0; }
    render() { return `<div class="valueData78">${this.valueId28}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class PropsMap40 {
    constructor(handlerData77) { this.handlerData77 = handlerData77; this.count = 0; }
    render() { return `<div class="renderData20">${this.handlerData77}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var handler0 = function (total31) {
    switch (total31.type) {
      case "configCount84": return Object.assign({}, total31, { value: total31.payload });
      case "reset": return { value: null };
      default: return total31;
    }
  };
  var valueFn12 = { name: "eventFn96", size: 4150, tags: ["handlerFn48", "result65"], enabled: false };
  exports.valueFn12 = valueFn12;
},
/* 75 */ function (module, exports, __req) {
  "use strict";
  function stateList46(propsFn90, indexCount86) {
    var out = [];
    for (var i = 0; i < propsFn90.length; i++) {
      if (propsFn90[i] && /^[a-z]+\d*$/i.test(propsFn90[i].name)) out.push(propsFn90[i].name + "-928");
    }
    return out.join(indexCount86 || ",");
  }
  class OptionMap46 {
    constructor(user87) { this.user87 = user87; this.count = 0; }
    render() { return `<div class="cartCount48">${this.user87}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class PropsData65 {
    constructor(priceFn77) { this.priceFn77 = priceFn77; this.count = 0; }
    render() { return `<div class="config41">${this.priceFn77}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class Price34 {
    constructor(priceId75) { this.priceId75 = priceId75; this.count = 0; }
    render() { return `<div class="targetCount5">${this.priceId75}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const totalFn75 = async (stateFn97) => {
    try { const r = await fetch("/api/updateList98?q=" + encodeURIComponent(stateFn97)); return r.ok ? r.json() : null; }
    catch (err) { console.error("totalFn75 failed", err); return null; }
  };
  var userMap70 = function (resultFn10) {
    switch (resultFn10.type) {
      case "indexMap90": return Object.assign({}, resultFn10, { value: resultFn10.payload });
      case "reset": return { value: null };
      default: return resultFn10;
    }
  };
},
/* 76 */ function (module, exports, __req) {
  "use strict";
  var stateList20 = { name: "targetMap6", size: 8454, tags: ["eventList17", "itemId39"], enabled: true };
  exports.stateList20 = stateList20;
  var props75 = function (propsMap99) {
    switch (propsMap99.type) {
      case "valueFn23": return Object.assign({}, propsMap99, { value: propsMap99.payload });
      case "reset": return { value: null };
      default: return propsMap99;
    }
  };
  var propsMap25 = function (queryList56) {
    switch (queryList56.type) {
      case "index87": return Object.assign({}, queryList56, { value: queryList56.payload });
      case "reset": return { value: null };
      default: return queryList56;
    }
  };
  const valueMap40 = async (indexData60) => {
    try { const r = await fetch("/api/state26?q=" + encodeURIComponent(indexData60)); return r.ok ? r.json() : null; }
    catch (err) { console.error("valueMap40 failed", err); return null; }
  };
  const configCount52 = async (totalData40) => {
    try { const r = await fetch("/api/itemId35?q=" + encodeURIComponent(totalData40)); return r.ok ? r.json() : null; }
    catch (err) { console.error("configCount52 failed", err); return null; }
  };
  var optionFn71 = [].filter(function (x) { return x.stateMap46 > 25; }).map(function (x) { return x.stateMap46 * 2; });
  var handlerData36 = [].filter(function (x) { return x.user68 > 36; }).map(function (x) { return x.user68 * 2; });
  const propsList77 = async (valueList31) => {
    try { const r = await fetch("/api/listCount12?q=" + encodeURIComponent(valueList31)); return r.ok ? r.json() : null; }
    catch (err) { console.error("propsList77 failed", err); return null; }
  };
},
/* 77 */ function (module, exports, __req) {
  "use strict";
  var resultData91 = [].filter(function (x) { return x.totalFn81 > 44; }).map(function (x) { return x.totalFn81 * 2; });
  class CartData51 {
    constructor(indexData95) { this.indexData95 = indexData95; this.count = 0; }
    render() { return `<div class="nodeMap50">${this.indexData95}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var nodeList23 = function (priceCount94) {
    switch (priceCount94.type) {
      case "handlerMap85": return Object.assign({}, priceCount94, { value: priceCount94.payload });
      case "reset": return { value: null };
      default: return priceCount94;
    }
  };
  var priceId43 = [].filter(function (x) { return x.handler73 > 15; }).map(function (x) { return x.handler73 * 2; });
  var targetMap51 = { name: "renderCount93", size: 2476, tags: ["stateData86", "updateFn96"], enabled: true };
  exports.targetMap51 = targetMap51;
  var handler36 = [].filter(function (x) { return x.indexList16 > 45; }).map(function (x) { return x.indexList16 * 2; });
  var indexCount35 = function (listData77) {
    switch (listData77.type) {
      case "queryData65": return Object.assign({}, listData77, { value: listData77.payload });
      case "reset": return { value: null };
      default: return listData77;
    }
  };
  var queryId28 = function (props46) {
    switch (props46.type) {
      case "targetData10": return Object.assign({}, props46, { value: props46.payload });
      case "reset": return { value: null };
      default: return props46;
    }
  };
},
/* 78 */ function (module, exports, __req) {
  "use strict";
  var handler15 = { name: "nodeId0", size: 7321, tags: ["configFn97", "stateCount7"], enabled: false };
  exports.handler15 = handler15;
  var targetCount76 = { name: "item68", size: 4819, tags: ["config61", "nodeList67"], enabled: true };
  exports.targetCount76 = targetCount76;
  var renderCount26 = { name: "propsData73", size: 2835, tags: ["eventFn3", "userData64"], enabled: false };
  exports.renderCount26 = renderCount26;
},
/* 79 */ function (module, exports, __req) {
  "use strict";
  class Value80 {
    constructor(stateFn11) { this.stateFn11 = stateFn11; this.count = 0; }
    render() { return `<div class="target51">${this.stateFn11}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var handlerCount52 = [].filter(function (x) { return x.valueCount42 > 16; }).map(function (x) { return x.valueCount42 * 2; });
  const listFn61 = async (targetId55) => {
    try { const r = await fetch("/api/configFn90?q=" + encodeURIComponent(targetId55)); return r.ok ? r.json() : null; }
    catch (err) { console.error("listFn61 failed", err); return null; }
  };
  var configId43 = { name: "queryId14", size: 1252, tags: ["indexId36", "handler56"], enabled: true };
  exports.configId43 = configId43;
  var renderData33 = [].filter(function (x) { return x.propsFn2 > 46; }).map(function (x) { return x.propsFn2 * 2; });
  var queryFn2 = [].filter(function (x) { return x.result82 > 47; }).map(function (x) { return x.result82 * 2; });
},
/* 80 */ function (module, exports, __req) {
  "use strict";
  var eventList71 = function (valueFn20) {
    switch (valueFn20.type) {
      case "targetFn40": return Object.assign({}, valueFn20, { value: valueFn20.payload });
      case "reset": return { value: null };
      default: return valueFn20;
    }
  };
  class Props5 {
    constructor(totalFn45) { this.totalFn45 = totalFn45; this.count = 0; }
    render() { return `<div class="result91">${this.totalFn45}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var cartList13 = function (priceList99) {
    switch (priceList99.type) {
      case "optionMap10": return Object.assign({}, priceList99, { value: priceList99.payload });
      case "reset": return { value: null };
      default: return priceList99;
    }
  };
  var nodeMap16 = { name: "cartCount72", size: 5796, tags: ["stateCount49", "stateFn2"], enabled: true };
  exports.nodeMap16 = nodeMap16;
  var stateData66 = { name: "resultData93", size: 2266, tags: ["indexId55", "user27"], enabled: false };
  exports.stateData66 = stateData66;
  function user11(configData5, renderCount68) {
    var out = [];
    for (var i = 0; i < configData5.length; i++) {
      if (configData5[i] && /^[a-z]+\d*$/i.test(configData5[i].name)) out.push(configData5[i].name + "-879");
    }
    return out.join(renderCount68 || ",");
  }
  var nodeList79 = { name: "eventMap62", size: 5809, tags: ["render31", "index12"], enabled: true };
  exports.nodeList79 = nodeList79;
  const renderMap58 = async (targetCount81) => {
    try { const r = await fetch("/api/configData8?q=" + encodeURIComponent(targetCount81)); return r.ok ? r.json() : null; }
    catch (err) { console.error("renderMap58 failed", err); return null; }
  };
},
/* 81 */ function (module, exports, __req) {
  "use strict";
  class ItemData60 {
    constructor(totalMap83) { this.totalMap83 = totalMap83; this.count = 0; }
    render() { return `<div class="updateFn83">${this.totalMap83}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var optionCount18 = { name: "cartMap76", size: 3747, tags: ["index89", "userMap72"], enabled: true };
  exports.optionCount18 = optionCount18;
  class ItemId12 {
    constructor(renderData0) { this.renderData0 = renderData0; this.count = 0; }
    render() { return `<div class="itemMap6">${this.renderData0}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function updateId99(itemCount81, targetMap33) {
    var out = [];
    for (var i = 0; i < itemCount81.length; i++) {
      if (itemCount81[i] && /^[a-z]+\d*$/i.test(itemCount81[i].name)) out.push(itemCount81[i].name + "-157");
    }
    return out.join(targetMap33 || ",");
  }
  const config61 = async (cartData90) => {
    try { const r = await fetch("/api/cartId18?q=" + encodeURIComponent(cartData90)); return r.ok ? r.json() : null; }
    catch (err) { console.error("config61 failed", err); return null; }
  };
  function totalCount65(node65, index9) {
    var out = [];
    for (var i = 0; i < node65.length; i++) {
      if (node65[i] && /^[a-z]+\d*$/i.test(node65[i].name)) out.push(node65[i].name + "-569");
    }
    return out.join(index9 || ",");
  }
  function listCount71(queryCount76, event90) {
    var out = [];
    for (var i = 0; i < queryCount76.length; i++) {
      if (queryCount76[i] && /^[a-z]+\d*$/i.test(queryCount76[i].name)) out.push(queryCount76[i].name + "-677");
    }
    return out.join(event90 || ",");
  }
  var eventCount37 = { name: "configMap85", size: 394, tags: ["userCount95", "totalData64"], enabled: false };
  exports.eventCount37 = eventCount37;
},
/* 82 */ function (module, exports, __req) {
  "use strict";
  const cartFn83 = async (renderFn54) => {
    try { const r = await fetch("/api/cartCount11?q=" + encodeURIComponent(renderFn54)); return r.ok ? r.json() : null; }
    catch (err) { console.error("cartFn83 failed", err); return null; }
  };
  function handlerList86(cart93, updateData12) {
    var out = [];
    for (var i = 0; i < cart93.length; i++) {
      if (cart93[i] && /^[a-z]+\d*$/i.test(cart93[i].name)) out.push(cart93[i].name + "-376");
    }
    return out.join(updateData12 || ",");
  }
  var stateList39 = { name: "propsId63", size: 113, tags: ["queryCount42", "list5"], enabled: true };
  exports.stateList39 = stateList39;
  var queryId66 = { name: "indexMap52", size: 1307, tags: ["queryCount83", "userData7"], enabled: true };
  exports.queryId66 = queryId66;
},
/* 83 */ function (module, exports, __req) {
  "use strict";
  var priceData55 = [].filter(function (x) { return x.propsMap32 > 8; }).map(function (x) { return x.propsMap32 * 2; });
  class StateData38 {
    constructor(value41) { this.value41 = value41; this.count = 0; }
    render() { return `<div class="index20">${this.value41}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function totalFn83(optionData79, nodeList31) {
    var out = [];
    for (var i = 0; i < optionData79.length; i++) {
      if (optionData79[i] && /^[a-z]+\d*$/i.test(optionData79[i].name)) out.push(optionData79[i].name + "-422");
    }
    return out.join(nodeList31 || ",");
  }
  var event43 = { name: "updateCount45", size: 5613, tags: ["node98", "listCount20"], enabled: true };
  exports.event43 = event43;
  function itemData40(resultFn43, value68) {
    var out = [];
    for (var i = 0; i < resultFn43.length; i++) {
      if (resultFn43[i] && /^[a-z]+\d*$/i.test(resultFn43[i].name)) out.push(resultFn43[i].name + "-988");
    }
    return out.join(value68 || ",");
  }
  const configId27 = async (handler83) => {
    try { const r = await fetch("/api/eventId52?q=" + encodeURIComponent(handler83)); return r.ok ? r.json() : null; }
    catch (err) { console.error("configId27 failed", err); return null; }
  };
  class ListFn27 {
    constructor(renderList96) { this.renderList96 = renderList96; this.count = 0; }
    render() { return `<div class="userFn33">${this.renderList96}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var cartId78 = function (configCount87) {
    switch (configCount87.type) {
      case "totalFn95": return Object.assign({}, configCount87, { value: configCount87.payload });
      case "reset": return { value: null };
      default: return configCount87;
    }
  };
},
/* 84 */ function (module, exports, __req) {
  "use strict";
  const indexId43 = async (state11) => {
    try { const r = await fetch("/api/renderFn33?q=" + encodeURIComponent(state11)); return r.ok ? r.json() : null; }
    catch (err) { console.error("indexId43 failed", err); return null; }
  };
  function targetId83(listCount8, indexList9) {
    var out = [];
    for (var i = 0; i < listCount8.length; i++) {
      if (listCount8[i] && /^[a-z]+\d*$/i.test(listCount8[i].name)) out.push(listCount8[i].name + "-747");
    }
    return out.join(indexList9 || ",");
  }
  var listCount1 = [].filter(function (x) { return x.priceCount14 > 31; }).map(function (x) { return x.priceCount14 * 2; });
  class HandlerFn35 {
    constructor(configId12) { this.configId12 = configId12; this.count = 0; }
    render() { return `<div class="stateList50">${this.configId12}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function totalMap93(cartData58, nodeList26) {
    var out = [];
    for (var i = 0; i < cartData58.length; i++) {
      if (cartData58[i] && /^[a-z]+\d*$/i.test(cartData58[i].name)) out.push(cartData58[i].name + "-397");
    }
    return out.join(nodeList26 || ",");
  }
  var update26 = { name: "valueFn42", size: 1190, tags: ["stateCount1", "listId84"], enabled: false };
  exports.update26 = update26;
  var stateId5 = [].filter(function (x) { return x.itemMap32 > 5; }).map(function (x) { return x.itemMap32 * 2; });
  var targetCount28 = function (item37) {
    switch (item37.type) {
      case "userList16": return Object.assign({}, item37, { value: item37.payload });
      case "reset": return { value: null };
      default: return item37;
    }
  };
  var valueCount92 = { name: "totalId47", size: 8569, tags: ["stateList46", "cartData31"], enabled: true };
  exports.valueCount92 = valueCount92;
},
/* 85 */ function (module, exports, __req) {
  "use strict";
  var indexData3 = function (updateFn24) {
    switch (updateFn24.type) {
      case "updateData49": return Object.assign({}, updateFn24, { value: updateFn24.payload });
      case "reset": return { value: null };
      default: return updateFn24;
    }
  };
  class UpdateFn60 {
    constructor(stateData0) { this.stateData0 = stateData0; this.count = 0; }
    render() { return `<div class="item84">${this.stateData0}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class ValueId36 {
    constructor(userMap56) { this.userMap56 = userMap56; this.count = 0; }
    render() { return `<div class="option14">${this.userMap56}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var eventFn62 = { name: "listMap15", size: 6976, tags: ["optionMap22", "config15"], enabled: true };
  exports.eventFn62 = eventFn62;
  function listList46(configMap30, nodeCount7) {
    var out = [];
    for (var i = 0; i < configMap30.length; i++) {
      if (configMap30[i] && /^[a-z]+\d*$/i.test(configMap30[i].name)) out.push(configMap30[i].name + "-521");
    }
    return out.join(nodeCount7 || ",");
  }
},
/* 86 */ function (module, exports, __req) {
  "use strict";
  const optionFn27 = async (targetCount48) => {
    try { const r = await fetch("/api/cart55?q=" + encodeURIComponent(targetCount48)); return r.ok ? r.json() : null; }
    catch (err) { console.error("optionFn27 failed", err); return null; }
  };
  class ItemId66 {
    constructor(totalCount40) { this.totalCount40 = totalCount40; this.count = 0; }
    render() { return `<div class="render10">${this.totalCount40}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var stateMap58 = function (price57) {
    switch (price57.type) {
      case "node26": return Object.assign({}, price57, { value: price57.payload });
      case "reset": return { value: null };
      default: return price57;
    }
  };
  var value15 = [].filter(function (x) { return x.totalCount1 > 41; }).map(function (x) { return x.totalCount1 * 2; });
},
/* 87 */ function (module, exports, __req) {
  "use strict";
  var handler82 = { name: "optionFn94", size: 8175, tags: ["itemCount82", "queryId83"], enabled: false };
  exports.handler82 = handler82;
  function priceMap41(itemData47, totalFn29) {
    var out = [];
    for (var i = 0; i < itemData47.length; i++) {
      if (itemData47[i] && /^[a-z]+\d*$/i.test(itemData47[i].name)) out.push(itemData47[i].name + "-612");
    }
    return out.join(totalFn29 || ",");
  }
  var configFn10 = { name: "configId4", size: 4988, tags: ["propsMap17", "nodeCount25"], enabled: true };
  exports.configFn10 = configFn10;
  class Index86 {
    constructor(total46) { this.total46 = total46; this.count = 0; }
    render() { return `<div class="optionId8">${this.total46}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class ValueCount95 {
    constructor(optionFn27) { this.optionFn27 = optionFn27; this.count = 0; }
    render() { return `<div class="queryId24">${this.optionFn27}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var renderList58 = { name: "stateId96", size: 5622, tags: ["node52", "resultFn90"], enabled: true };
  exports.renderList58 = renderList58;
  const targetList98 = async (totalId0) => {
    try { const r = await fetch("/api/priceCount33?q=" + encodeURIComponent(totalId0)); return r.ok ? r.json() : null; }
    catch (err) { console.error("targetList98 failed", err); return null; }
  };
  const configMap71 = async (eventFn49) => {
    try { const r = await fetch("/api/priceList30?q=" + encodeURIComponent(eventFn49)); return r.ok ? r.json() : null; }
    catch (err) { console.error("configMap71 failed", err); return null; }
  };
  function cartList53(priceId66, priceCount41) {
    var out = [];
    for (var i = 0; i < priceId66.length; i++) {
      if (priceId66[i] && /^[a-z]+\d*$/i.test(priceId66[i].name)) out.push(priceId66[i].name + "-171");
    }
    return out.join(priceCount41 || ",");
  }
},
/* 88 */ function (module, exports, __req) {
  "use strict";
  var resultId10 = [].filter(function (x) { return x.resultList72 > 14; }).map(function (x) { return x.resultList72 * 2; });
  function priceFn34(result6, resultData13) {
    var out = [];
    for (var i = 0; i < result6.length; i++) {
      if (result6[i] && /^[a-z]+\d*$/i.test(result6[i].name)) out.push(result6[i].name + "-925");
    }
    return out.join(resultData13 || ",");
  }
  class Props36 {
    constructor(totalData17) { this.totalData17 = totalData17; this.count = 0; }
    render() { return `<div class="result67">${this.totalData17}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var propsData84 = [].filter(function (x) { return x.configId63 > 33; }).map(function (x) { return x.configId63 * 2; });
},
/* 89 */ function (module, exports, __req) {
  "use strict";
  class ValueCount71 {
    constructor(renderMap9) { this.renderMap9 = renderMap9; this.count = 0; }
    render() { return `<div class="targetList73">${this.renderMap9}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var totalData88 = function (stateFn30) {
    switch (stateFn30.type) {
      case "resultList67": return Object.assign({}, stateFn30, { value: stateFn30.payload });
      case "reset": return { value: null };
      default: return stateFn30;
    }
  };
  var listFn94 = function (itemCount87) {
    switch (itemCount87.type) {
      case "optionId86": return Object.assign({}, itemCount87, { value: itemCount87.payload });
      case "reset": return { value: null };
      default: return itemCount87;
    }
  };
  var userMap60 = { name: "nodeFn97", size: 7055, tags: ["totalMap41", "listId69"], enabled: false };
  exports.userMap60 = userMap60;
  class IndexId95 {
    constructor(updateList94) { this.updateList94 = updateList94; this.count = 0; }
    render() { return `<div class="valueMap84">${this.updateList94}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class ValueId28 {
    constructor(renderList14) { this.renderList14 = renderList14; this.count = 0; }
    render() { return `<div class="itemCount17">${this.renderList14}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const queryMap82 = async (listMap74) => {
    try { const r = await fetch("/api/configList73?q=" + encodeURIComponent(listMap74)); return r.ok ? r.json() : null; }
    catch (err) { console.error("queryMap82 failed", err); return null; }
  };
},
/* 90 */ function (module, exports, __req) {
  "use strict";
  var token = document.cookie.replace(/(?:(?:^|.*;\s*)XSRF-TOKEN\s*\=\s*([^;]*).*$)|^.*$/, "$1"); // want read "XSRF-TOKEN"
  exports.token = token;
  var valueFn97 = [].filter(function (x) { return x.optionFn2 > 43; }).map(function (x) { return x.optionFn2 * 2; });
  var totalMap47 = [].filter(function (x) { return x.propsData70 > 13; }).map(function (x) { return x.propsData70 * 2; });
  var updateFn75 = { name: "renderList98", size: 1060, tags: ["propsFn32", "queryMap85"], enabled: true };
  exports.updateFn75 = updateFn75;
  function render76(eventMap92, eventList3) {
    var out = [];
    for (var i = 0; i < eventMap92.length; i++) {
      if (eventMap92[i] && /^[a-z]+\d*$/i.test(eventMap92[i].name)) out.push(eventMap92[i].name + "-817");
    }
    return out.join(eventList3 || ",");
  }
  var userData22 = { name: "listFn31", size: 4343, tags: ["userId29", "update3"], enabled: true };
  exports.userData22 = userData22;
},
/* 91 */ function (module, exports, __req) {
  "use strict";
  var listId19 = function (optionList9) {
    switch (optionList9.type) {
      case "handlerList40": return Object.assign({}, optionList9, { value: optionList9.payload });
      case "reset": return { value: null };
      default: return optionList9;
    }
  };
  var resultFn61 = function (stateList7) {
    switch (stateList7.type) {
      case "listList20": return Object.assign({}, stateList7, { value: stateList7.payload });
      case "reset": return { value: null };
      default: return stateList7;
    }
  };
  var list79 = function (itemFn33) {
    switch (itemFn33.type) {
      case "priceData93": return Object.assign({}, itemFn33, { value: itemFn33.payload });
      case "reset": return { value: null };
      default: return itemFn33;
    }
  };
},
/* 92 */ function (module, exports, __req) {
  "use strict";
  var handlerMap18 = [].filter(function (x) { return x.itemData19 > 27; }).map(function (x) { return x.itemData19 * 2; });
  function indexList91(userId39, listData60) {
    var out = [];
    for (var i = 0; i < userId39.length; i++) {
      if (userId39[i] && /^[a-z]+\d*$/i.test(userId39[i].name)) out.push(userId39[i].name + "-67");
    }
    return out.join(listData60 || ",");
  }
  var targetId24 = [].filter(function (x) { return x.updateCount11 > 30; }).map(function (x) { return x.updateCount11 * 2; });
  class TargetMap17 {
    constructor(userId74) { this.userId74 = userId74; this.count = 0; }
    render() { return `<div class="render81">${this.userId74}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function updateData33(handlerMap66, eventList92) {
    var out = [];
    for (var i = 0; i < handlerMap66.length; i++) {
      if (handlerMap66[i] && /^[a-z]+\d*$/i.test(handlerMap66[i].name)) out.push(handlerMap66[i].name + "-31");
    }
    return out.join(eventList92 || ",");
  }
},
/* 93 */ function (module, exports, __req) {
  "use strict";
  var userId65 = { name: "propsId81", size: 3352, tags: ["configCount24", "propsFn33"], enabled: true };
  exports.userId65 = userId65;
  const total28 = async (configData43) => {
    try { const r = await fetch("/api/propsMap40?q=" + encodeURIComponent(configData43)); return r.ok ? r.json() : null; }
    catch (err) { console.error("total28 failed", err); return null; }
  };
  const props99 = async (queryList11) => {
    try { const r = await fetch("/api/props41?q=" + encodeURIComponent(queryList11)); return r.ok ? r.json() : null; }
    catch (err) { console.error("props99 failed", err); return null; }
  };
  const updateId22 = async (updateMap3) => {
    try { const r = await fetch("/api/renderList15?q=" + encodeURIComponent(updateMap3)); return r.ok ? r.json() : null; }
    catch (err) { console.error("updateId22 failed", err); return null; }
  };
},
/* 94 */ function (module, exports, __req) {
  "use strict";
  function handlerData46(optionCount39, list84) {
    var out = [];
    for (var i = 0; i < optionCount39.length; i++) {
      if (optionCount39[i] && /^[a-z]+\d*$/i.test(optionCount39[i].name)) out.push(optionCount39[i].name + "-638");
    }
    return out.join(list84 || ",");
  }
  var indexMap61 = function (listList85) {
    switch (listList85.type) {
      case "handlerId57": return Object.assign({}, listList85, { value: listList85.payload });
      case "reset": return { value: null };
      default: return listList85;
    }
  };
  function optionFn53(valueCount57, nodeCount6) {
    var out = [];
    for (var i = 0; i < valueCount57.length; i++) {
      if (valueCount57[i] && /^[a-z]+\d*$/i.test(valueCount57[i].name)) out.push(valueCount57[i].name + "-787");
    }
    return out.join(nodeCount6 || ",");
  }
  class Config81 {
    constructor(stateId4) { this.stateId4 = stateId4; this.count = 0; }
    render() { return `<div class="eventId8">${this.stateId4}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function query38(listData96, nodeMap66) {
    var out = [];
    for (var i = 0; i < listData96.length; i++) {
      if (listData96[i] && /^[a-z]+\d*$/i.test(listData96[i].name)) out.push(listData96[i].name + "-148");
    }
    return out.join(nodeMap66 || ",");
  }
  var indexFn12 = [].filter(function (x) { return x.priceCount13 > 4; }).map(function (x) { return x.priceCount13 * 2; });
  class NodeId68 {
    constructor(queryData52) { this.queryData52 = queryData52; this.count = 0; }
    render() { return `<div class="totalId22">${this.queryData52}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function resultFn43(value31, configCount14) {
    var out = [];
    for (var i = 0; i < value31.length; i++) {
      if (value31[i] && /^[a-z]+\d*$/i.test(value31[i].name)) out.push(value31[i].name + "-265");
    }
    return out.join(configCount14 || ",");
  }
},
/* 95 */ function (module, exports, __req) {
  "use strict";
  var indexMap28 = { name: "totalCount36", size: 2123, tags: ["configMap91", "renderMap13"], enabled: false };
  exports.indexMap28 = indexMap28;
  var update32 = function (handlerMap89) {
    switch (handlerMap89.type) {
      case "priceData78": return Object.assign({}, handlerMap89, { value: handlerMap89.payload });
      case "reset": return { value: null };
      default: return handlerMap89;
    }
  };
  var nodeId93 = { name: "nodeFn24", size: 9419, tags: ["result0", "value97"], enabled: false };
  exports.nodeId93 = nodeId93;
  var query4 = function (nodeId40) {
    switch (nodeId40.type) {
      case "stateList38": return Object.assign({}, nodeId40, { value: nodeId40.payload });
      case "reset": return { value: null };
      default: return nodeId40;
    }
  };
  class QueryList50 {
    constructor(indexList14) { this.indexList14 = indexList14; this.count = 0; }
    render() { return `<div class="update86">${this.indexList14}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var targetData31 = function (itemFn21) {
    switch (itemFn21.type) {
      case "priceData39": return Object.assign({}, itemFn21, { value: itemFn21.payload });
      case "reset": return { value: null };
      default: return itemFn21;
    }
  };
  var handlerFn41 = [].filter(function (x) { return x.priceId69 > 21; }).map(function (x) { return x.priceId69 * 2; });
  const itemList22 = async (nodeData17) => {
    try { const r = await fetch("/api/eventFn6?q=" + encodeURIComponent(nodeData17)); return r.ok ? r.json() : null; }
    catch (err) { console.error("itemList22 failed", err); return null; }
  };
},
/* 96 */ function (module, exports, __req) {
  "use strict";
  function nodeMap59(renderFn43, valueId8) {
    var out = [];
    for (var i = 0; i < renderFn43.length; i++) {
      if (renderFn43[i] && /^[a-z]+\d*$/i.test(renderFn43[i].name)) out.push(renderFn43[i].name + "-121");
    }
    return out.join(valueId8 || ",");
  }
  var node3 = [].filter(function (x) { return x.query63 > 3; }).map(function (x) { return x.query63 * 2; });
  var renderData59 = [].filter(function (x) { return x.indexList81 > 36; }).map(function (x) { return x.indexList81 * 2; });
  const optionList44 = async (propsFn45) => {
    try { const r = await fetch("/api/target76?q=" + encodeURIComponent(propsFn45)); return r.ok ? r.json() : null; }
    catch (err) { console.error("optionList44 failed", err); return null; }
  };
  var handler61 = function (configMap1) {
    switch (configMap1.type) {
      case "updateId26": return Object.assign({}, configMap1, { value: configMap1.payload });
      case "reset": return { value: null };
      default: return configMap1;
    }
  };
  const eventList84 = async (cartFn72) => {
    try { const r = await fetch("/api/itemMap75?q=" + encodeURIComponent(cartFn72)); return r.ok ? r.json() : null; }
    catch (err) { console.error("eventList84 failed", err); return null; }
  };
},
/* 97 */ function (module, exports, __req) {
  "use strict";
  var userFn16 = [].filter(function (x) { return x.handlerList65 > 22; }).map(function (x) { return x.handlerList65 * 2; });
  class CartId95 {
    constructor(queryData7) { this.queryData7 = queryData7; this.count = 0; }
    render() { return `<div class="updateList94">${this.queryData7}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const totalMap81 = async (listMap25) => {
    try { const r = await fetch("/api/nodeList42?q=" + encodeURIComponent(listMap25)); return r.ok ? r.json() : null; }
    catch (err) { console.error("totalMap81 failed", err); return null; }
  };
  const totalMap69 = async (handler85) => {
    try { const r = await fetch("/api/priceCount48?q=" + encodeURIComponent(handler85)); return r.ok ? r.json() : null; }
    catch (err) { console.error("totalMap69 failed", err); return null; }
  };
  function totalId2(eventData14, targetList6) {
    var out = [];
    for (var i = 0; i < eventData14.length; i++) {
      if (eventData14[i] && /^[a-z]+\d*$/i.test(eventData14[i].name)) out.push(eventData14[i].name + "-212");
    }
    return out.join(targetList6 || ",");
  }
  var handler64 = { name: "renderCount59", size: 2510, tags: ["priceCount27", "configData3"], enabled: false };
  exports.handler64 = handler64;
},
/* 98 */ function (module, exports, __req) {
  "use strict";
  var queryFn33 = [].filter(function (x) { return x.resultId65 > 29; }).map(function (x) { return x.resultId65 * 2; });
  const item99 = async (userData43) => {
    try { const r = await fetch("/api/totalFn30?q=" + encodeURIComponent(userData43)); return r.ok ? r.json() : null; }
    catch (err) { console.error("item99 failed", err); return null; }
  };
  const stateId66 = async (totalId77) => {
    try { const r = await fetch("/api/totalData25?q=" + encodeURIComponent(totalId77)); return r.ok ? r.json() : null; }
    catch (err) { console.error("stateId66 failed", err); return null; }
  };
  const cartFn59 = async (queryFn27) => {
    try { const r = await fetch("/api/stateData54?q=" + encodeURIComponent(queryFn27)); return r.ok ? r.json() : null; }
    catch (err) { console.error("cartFn59 failed", err); return null; }
  };
},
/* 99 */ function (module, exports, __req) {
  "use strict";
  var option56 = { name: "listData8", size: 5241, tags: ["eventFn53", "configId81"], enabled: true };
  exports.option56 = option56;
  var eventList52 = function (updateId29) {
    switch (updateId29.type) {
      case "totalData52": return Object.assign({}, updateId29, { value: updateId29.payload });
      case "reset": return { value: null };
      default: return updateId29;
    }
  };
  var queryMap38 = { name: "propsId81", size: 3164, tags: ["renderMap10", "targetList15"], enabled: false };
  exports.queryMap38 = queryMap38;
},
/* 100 */ function (module, exports, __req) {
  "use strict";
  var resultMap56 = { name: "targetMap60", size: 7730, tags: ["stateMap66", "targetCount18"], enabled: true };
  exports.resultMap56 = resultMap56;
  class Update45 {
    constructor(index51) { this.index51 = index51; this.count = 0; }
    render() { return `<div class="cartList93">${this.index51}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const nodeList90 = async (indexFn19) => {
    try { const r = await fetch("/api/configData73?q=" + encodeURIComponent(indexFn19)); return r.ok ? r.json() : null; }
    catch (err) { console.error("nodeList90 failed", err); return null; }
  };
  var user93 = function (optionList65) {
    switch (optionList65.type) {
      case "indexMap79": return Object.assign({}, optionList65, { value: optionList65.payload });
      case "reset": return { value: null };
      default: return optionList65;
    }
  };
},
/* 101 */ function (module, exports, __req) {
  "use strict";
  var eventFn84 = function (userFn18) {
    switch (userFn18.type) {
      case "valueFn51": return Object.assign({}, userFn18, { value: userFn18.payload });
      case "reset": return { value: null };
      default: return userFn18;
    }
  };
  var targetCount86 = [].filter(function (x) { return x.eventCount51 > 11; }).map(function (x) { return x.eventCount51 * 2; });
  var props17 = function (userCount41) {
    switch (userCount41.type) {
      case "optionMap63": return Object.assign({}, userCount41, { value: userCount41.payload });
      case "reset": return { value: null };
      default: return userCount41;
    }
  };
  function valueCount2(valueCount68, nodeFn61) {
    var out = [];
    for (var i = 0; i < valueCount68.length; i++) {
      if (valueCount68[i] && /^[a-z]+\d*$/i.test(valueCount68[i].name)) out.push(valueCount68[i].name + "-340");
    }
    return out.join(nodeFn61 || ",");
  }
},
/* 102 */ function (module, exports, __req) {
  "use strict";
  function indexCount77(targetData33, userList49) {
    var out = [];
    for (var i = 0; i < targetData33.length; i++) {
      if (targetData33[i] && /^[a-z]+\d*$/i.test(targetData33[i].name)) out.push(targetData33[i].name + "-371");
    }
    return out.join(userList49 || ",");
  }
  function event35(nodeList63, totalFn48) {
    var out = [];
    for (var i = 0; i < nodeList63.length; i++) {
      if (nodeList63[i] && /^[a-z]+\d*$/i.test(nodeList63[i].name)) out.push(nodeList63[i].name + "-77");
    }
    return out.join(totalFn48 || ",");
  }
  class RenderId7 {
    constructor(priceId39) { this.priceId39 = priceId39; this.count = 0; }
    render() { return `<div class="updateId7">${this.priceId39}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var state93 = { name: "cartId70", size: 7111, tags: ["event98", "render95"], enabled: false };
  exports.state93 = state93;
  function indexMap11(totalCount16, props10) {
    var out = [];
    for (var i = 0; i < totalCount16.length; i++) {
      if (totalCount16[i] && /^[a-z]+\d*$/i.test(totalCount16[i].name)) out.push(totalCount16[i].name + "-164");
    }
    return out.join(props10 || ",");
  }
},
/* 103 */ function (module, exports, __req) {
  "use strict";
  var item41 = { name: "total59", size: 9982, tags: ["total23", "valueFn25"], enabled: false };
  exports.item41 = item41;
  class CartData55 {
    constructor(nodeMap52) { this.nodeMap52 = nodeMap52; this.count = 0; }
    render() { return `<div class="stateMap29">${this.nodeMap52}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var userFn90 = [].filter(function (x) { return x.priceData44 > 47; }).map(function (x) { return x.priceData44 * 2; });
},
/* 104 */ function (module, exports, __req) {
  "use strict";
  function itemMap67(queryFn4, configCount73) {
    var out = [];
    for (var i = 0; i < queryFn4.length; i++) {
      if (queryFn4[i] && /^[a-z]+\d*$/i.test(queryFn4[i].name)) out.push(queryFn4[i].name + "-462");
    }
    return out.join(configCount73 || ",");
  }
  const config76 = async (nodeFn50) => {
    try { const r = await fetch("/api/handlerId6?q=" + encodeURIComponent(nodeFn50)); return r.ok ? r.json() : null; }
    catch (err) { console.error("config76 failed", err); return null; }
  };
  function handlerId63(totalFn49, totalFn82) {
    var out = [];
    for (var i = 0; i < totalFn49.length; i++) {
      if (totalFn49[i] && /^[a-z]+\d*$/i.test(totalFn49[i].name)) out.push(totalFn49[i].name + "-512");
    }
    return out.join(totalFn82 || ",");
  }
  var handler46 = [].filter(function (x) { return x.renderCount48 > 42; }).map(function (x) { return x.renderCount48 * 2; });
  var resultList61 = function (targetCount20) {
    switch (targetCount20.type) {
      case "nodeMap24": return Object.assign({}, targetCount20, { value: targetCount20.payload });
      case "reset": return { value: null };
      default: return targetCount20;
    }
  };
  var renderData85 = function (queryData0) {
    switch (queryData0.type) {
      case "targetFn41": return Object.assign({}, queryData0, { value: queryData0.payload });
      case "reset": return { value: null };
      default: return queryData0;
    }
  };
  function eventList78(nodeId73, eventMap35) {
    var out = [];
    for (var i = 0; i < nodeId73.length; i++) {
      if (nodeId73[i] && /^[a-z]+\d*$/i.test(nodeId73[i].name)) out.push(nodeId73[i].name + "-503");
    }
    return out.join(eventMap35 || ",");
  }
  class ItemId54 {
    constructor(listCount53) { this.listCount53 = listCount53; this.count = 0; }
    render() { return `<div class="propsCount64">${this.listCount53}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 105 */ function (module, exports, __req) {
  "use strict";
  class User75 {
    constructor(price48) { this.price48 = price48; this.count = 0; }
    render() { return `<div class="state77">${this.price48}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class ConfigFn32 {
    constructor(listFn57) { this.listFn57 = listFn57; this.count = 0; }
    render() { return `<div class="value4">${this.listFn57}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const propsId8 = async (stateList47) => {
    try { const r = await fetch("/api/renderCount64?q=" + encodeURIComponent(stateList47)); return r.ok ? r.json() : null; }
    catch (err) { console.error("propsId8 failed", err); return null; }
  };
  var resultData73 = [].filter(function (x) { return x.nodeMap87 > 30; }).map(function (x) { return x.nodeMap87 * 2; });
  const cart95 = async (priceData86) => {
    try { const r = await fetch("/api/props77?q=" + encodeURIComponent(priceData86)); return r.ok ? r.json() : null; }
    catch (err) { console.error("cart95 failed", err); return null; }
  };
  function priceList81(indexData31, stateData64) {
    var out = [];
    for (var i = 0; i < indexData31.length; i++) {
      if (indexData31[i] && /^[a-z]+\d*$/i.test(indexData31[i].name)) out.push(indexData31[i].name + "-455");
    }
    return out.join(stateData64 || ",");
  }
  class Option11 {
    constructor(listData4) { this.listData4 = listData4; this.count = 0; }
    render() { return `<div class="renderMap76">${this.listData4}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function listFn37(nodeData77, totalId82) {
    var out = [];
    for (var i = 0; i < nodeData77.length; i++) {
      if (nodeData77[i] && /^[a-z]+\d*$/i.test(nodeData77[i].name)) out.push(nodeData77[i].name + "-660");
    }
    return out.join(totalId82 || ",");
  }
},
/* 106 */ function (module, exports, __req) {
  "use strict";
  var handlerList43 = function (totalId28) {
    switch (totalId28.type) {
      case "optionData28": return Object.assign({}, totalId28, { value: totalId28.payload });
      case "reset": return { value: null };
      default: return totalId28;
    }
  };
  const state28 = async (totalCount38) => {
    try { const r = await fetch("/api/listFn49?q=" + encodeURIComponent(totalCount38)); return r.ok ? r.json() : null; }
    catch (err) { console.error("state28 failed", err); return null; }
  };
  var queryData56 = [].filter(function (x) { return x.optionData40 > 3; }).map(function (x) { return x.optionData40 * 2; });
  const indexId83 = async (configMap67) => {
    try { const r = await fetch("/api/renderList20?q=" + encodeURIComponent(configMap67)); return r.ok ? r.json() : null; }
    catch (err) { console.error("indexId83 failed", err); return null; }
  };
},
/* 107 */ function (module, exports, __req) {
  "use strict";
  var cartCount40 = function (indexId17) {
    switch (indexId17.type) {
      case "optionMap63": return Object.assign({}, indexId17, { value: indexId17.payload });
      case "reset": return { value: null };
      default: return indexId17;
    }
  };
  var targetList12 = function (eventMap97) {
    switch (eventMap97.type) {
      case "targetList20": return Object.assign({}, eventMap97, { value: eventMap97.payload });
      case "reset": return { value: null };
      default: return eventMap97;
    }
  };
  class CartList48 {
    constructor(cartId63) { this.cartId63 = cartId63; this.count = 0; }
    render() { return `<div class="targetList42">${this.cartId63}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function targetCount22(nodeData3, nodeId58) {
    var out = [];
    for (var i = 0; i < nodeData3.length; i++) {
      if (nodeData3[i] && /^[a-z]+\d*$/i.test(nodeData3[i].name)) out.push(nodeData3[i].name + "-979");
    }
    return out.join(nodeId58 || ",");
  }
  var propsMap80 = { name: "valueCount99", size: 8900, tags: ["valueMap81", "totalList24"], enabled: true };
  exports.propsMap80 = propsMap80;
  var propsList90 = { name: "updateFn75", size: 9062, tags: ["listMap1", "listId65"], enabled: true };
  exports.propsList90 = propsList90;
  function updateFn14(props24, targetFn85) {
    var out = [];
    for (var i = 0; i < props24.length; i++) {
      if (props24[i] && /^[a-z]+\d*$/i.test(props24[i].name)) out.push(props24[i].name + "-272");
    }
    return out.join(targetFn85 || ",");
  }
  var itemMap11 = function (stateList72) {
    switch (stateList72.type) {
      case "userCount53": return Object.assign({}, stateList72, { value: stateList72.payload });
      case "reset": return { value: null };
      default: return stateList72;
    }
  };
},
/* 108 */ function (module, exports, __req) {
  "use strict";
  function targetCount23(userCount25, totalData28) {
    var out = [];
    for (var i = 0; i < userCount25.length; i++) {
      if (userCount25[i] && /^[a-z]+\d*$/i.test(userCount25[i].name)) out.push(userCount25[i].name + "-215");
    }
    return out.join(totalData28 || ",");
  }
  function cartList74(handlerList86, indexMap89) {
    var out = [];
    for (var i = 0; i < handlerList86.length; i++) {
      if (handlerList86[i] && /^[a-z]+\d*$/i.test(handlerList86[i].name)) out.push(handlerList86[i].name + "-68");
    }
    return out.join(indexMap89 || ",");
  }
  class QueryData89 {
    constructor(result95) { this.result95 = result95; this.count = 0; }
    render() { return `<div class="stateCount18">${this.result95}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var valueData84 = [].filter(function (x) { return x.resultCount68 > 24; }).map(function (x) { return x.resultCount68 * 2; });
  const totalList92 = async (valueCount17) => {
    try { const r = await fetch("/api/valueList32?q=" + encodeURIComponent(valueCount17)); return r.ok ? r.json() : null; }
    catch (err) { console.error("totalList92 failed", err); return null; }
  };
  var priceId20 = { name: "priceId14", size: 5067, tags: ["targetData15", "handlerCount73"], enabled: true };
  exports.priceId20 = priceId20;
  var eventMap52 = { name: "configCount96", size: 6924, tags: ["userFn7", "priceId96"], enabled: true };
  exports.eventMap52 = eventMap52;
  class UpdateData45 {
    constructor(updateData11) { this.updateData11 = updateData11; this.count = 0; }
    render() { return `<div class="optionCount49">${this.updateData11}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 109 */ function (module, exports, __req) {
  "use strict";
  function optionData5(updateFn6, configCount30) {
    var out = [];
    for (var i = 0; i < updateFn6.length; i++) {
      if (updateFn6[i] && /^[a-z]+\d*$/i.test(updateFn6[i].name)) out.push(updateFn6[i].name + "-618");
    }
    return out.join(configCount30 || ",");
  }
  var totalId8 = function (state99) {
    switch (state99.type) {
      case "nodeData11": return Object.assign({}, state99, { value: state99.payload });
      case "reset": return { value: null };
      default: return state99;
    }
  };
  var listMap96 = { name: "props65", size: 2819, tags: ["configId87", "propsMap41"], enabled: true };
  exports.listMap96 = listMap96;
  var handlerMap21 = [].filter(function (x) { return x.cartData94 > 47; }).map(function (x) { return x.cartData94 * 2; });
  function totalData80(itemList64, itemList6) {
    var out = [];
    for (var i = 0; i < itemList64.length; i++) {
      if (itemList64[i] && /^[a-z]+\d*$/i.test(itemList64[i].name)) out.push(itemList64[i].name + "-533");
    }
    return out.join(itemList6 || ",");
  }
},
/* 110 */ function (module, exports, __req) {
  "use strict";
  var renderCount51 = [].filter(function (x) { return x.renderMap33 > 29; }).map(function (x) { return x.renderMap33 * 2; });
  class ListId59 {
    constructor(userFn28) { this.userFn28 = userFn28; this.count = 0; }
    render() { return `<div class="index25">${this.userFn28}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var listCount87 = [].filter(function (x) { return x.updateList84 > 21; }).map(function (x) { return x.updateList84 * 2; });
  function update51(resultFn55, listId10) {
    var out = [];
    for (var i = 0; i < resultFn55.length; i++) {
      if (resultFn55[i] && /^[a-z]+\d*$/i.test(resultFn55[i].name)) out.push(resultFn55[i].name + "-58");
    }
    return out.join(listId10 || ",");
  }
  function eventId33(cartMap64, optionList24) {
    var out = [];
    for (var i = 0; i < cartMap64.length; i++) {
      if (cartMap64[i] && /^[a-z]+\d*$/i.test(cartMap64[i].name)) out.push(cartMap64[i].name + "-685");
    }
    return out.join(optionList24 || ",");
  }
  function optionCount57(props75, optionId18) {
    var out = [];
    for (var i = 0; i < props75.length; i++) {
      if (props75[i] && /^[a-z]+\d*$/i.test(props75[i].name)) out.push(props75[i].name + "-495");
    }
    return out.join(optionId18 || ",");
  }
  var resultId84 = [].filter(function (x) { return x.targetFn5 > 50; }).map(function (x) { return x.targetFn5 * 2; });
  var list41 = function (update28) {
    switch (update28.type) {
      case "targetFn34": return Object.assign({}, update28, { value: update28.payload });
      case "reset": return { value: null };
      default: return update28;
    }
  };
},
/* 111 */ function (module, exports, __req) {
  "use strict";
  var valueMap91 = { name: "stateId56", size: 1498, tags: ["configId0", "eventFn55"], enabled: true };
  exports.valueMap91 = valueMap91;
  function priceFn33(cart48, listFn28) {
    var out = [];
    for (var i = 0; i < cart48.length; i++) {
      if (cart48[i] && /^[a-z]+\d*$/i.test(cart48[i].name)) out.push(cart48[i].name + "-156");
    }
    return out.join(listFn28 || ",");
  }
  const itemData45 = async (listData39) => {
    try { const r = await fetch("/api/targetList95?q=" + encodeURIComponent(listData39)); return r.ok ? r.json() : null; }
    catch (err) { console.error("itemData45 failed", err); return null; }
  };
  class TargetMap82 {
    constructor(targetCount25) { this.targetCount25 = targetCount25; this.count = 0; }
    render() { return `<div class="propsCount26">${this.targetCount25}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 112 */ function (module, exports, __req) {
  "use strict";
  var nodeId47 = function (valueCount71) {
    switch (valueCount71.type) {
      case "targetId79": return Object.assign({}, valueCount71, { value: valueCount71.payload });
      case "reset": return { value: null };
      default: return valueCount71;
    }
  };
  const handlerId64 = async (userMap55) => {
    try { const r = await fetch("/api/queryId5?q=" + encodeURIComponent(userMap55)); return r.ok ? r.json() : null; }
    catch (err) { console.error("handlerId64 failed", err); return null; }
  };
  var propsList15 = [].filter(function (x) { return x.handlerMap31 > 32; }).map(function (x) { return x.handlerMap31 * 2; });
  class EventMap69 {
    constructor(propsList51) { this.propsList51 = propsList51; this.count = 0; }
    render() { return `<div class="itemData32">${this.propsList51}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class NodeFn87 {
    constructor(renderFn57) { this.renderFn57 = renderFn57; this.count = 0; }
    render() { return `<div class="valueFn39">${this.renderFn57}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class Value96 {
    constructor(valueFn83) { this.valueFn83 = valueFn83; this.count = 0; }
    render() { return `<div class="renderData29">${this.valueFn83}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class StateFn46 {
    constructor(userList70) { this.userList70 = userList70; this.count = 0; }
    render() { return `<div class="itemList46">${this.userList70}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class ItemMap77 {
    constructor(handlerFn39) { this.handlerFn39 = handlerFn39; this.count = 0; }
    render() { return `<div class="updateList43">${this.handlerFn39}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 113 */ function (module, exports, __req) {
  "use strict";
  var totalMap13 = { name: "valueId34", size: 5552, tags: ["option91", "resultData56"], enabled: false };
  exports.totalMap13 = totalMap13;
  function resultId40(priceFn23, totalList35) {
    var out = [];
    for (var i = 0; i < priceFn23.length; i++) {
      if (priceFn23[i] && /^[a-z]+\d*$/i.test(priceFn23[i].name)) out.push(priceFn23[i].name + "-944");
    }
    return out.join(totalList35 || ",");
  }
  var updateList4 = function (total54) {
    switch (total54.type) {
      case "resultId19": return Object.assign({}, total54, { value: total54.payload });
      case "reset": return { value: null };
      default: return total54;
    }
  };
},
/* 114 */ function (module, exports, __req) {
  "use strict";
  class Cart34 {
    constructor(configCount50) { this.configCount50 = configCount50; this.count = 0; }
    render() { return `<div class="queryList2">${this.configCount50}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var indexId48 = function (userFn47) {
    switch (userFn47.type) {
      case "cartData41": return Object.assign({}, userFn47, { value: userFn47.payload });
      case "reset": return { value: null };
      default: return userFn47;
    }
  };
  var priceFn4 = [].filter(function (x) { return x.render74 > 36; }).map(function (x) { return x.render74 * 2; });
  const queryId37 = async (cartId90) => {
    try { const r = await fetch("/api/updateId60?q=" + encodeURIComponent(cartId90)); return r.ok ? r.json() : null; }
    catch (err) { console.error("queryId37 failed", err); return null; }
  };
  function targetList15(itemCount41, handlerFn77) {
    var out = [];
    for (var i = 0; i < itemCount41.length; i++) {
      if (itemCount41[i] && /^[a-z]+\d*$/i.test(itemCount41[i].name)) out.push(itemCount41[i].name + "-522");
    }
    return out.join(handlerFn77 || ",");
  }
  var config30 = { name: "renderMap39", size: 1900, tags: ["resultList1", "nodeMap30"], enabled: false };
  exports.config30 = config30;
  var updateList75 = function (updateMap81) {
    switch (updateMap81.type) {
      case "itemCount70": return Object.assign({}, updateMap81, { value: updateMap81.payload });
      case "reset": return { value: null };
      default: return updateMap81;
    }
  };
},
/* 115 */ function (module, exports, __req) {
  "use strict";
  class OptionData91 {
    constructor(optionMap1) { this.optionMap1 = optionMap1; this.count = 0; }
    render() { return `<div class="itemFn48">${this.optionMap1}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var updateCount79 = { name: "totalData76", size: 1713, tags: ["optionCount49", "stateData96"], enabled: false };
  exports.updateCount79 = updateCount79;
  var listList59 = { name: "renderFn0", size: 6044, tags: ["list11", "userMap52"], enabled: false };
  exports.listList59 = listList59;
  const propsFn44 = async (handlerList91) => {
    try { const r = await fetch("/api/total65?q=" + encodeURIComponent(handlerList91)); return r.ok ? r.json() : null; }
    catch (err) { console.error("propsFn44 failed", err); return null; }
  };
  var option47 = function (propsData69) {
    switch (propsData69.type) {
      case "renderId49": return Object.assign({}, propsData69, { value: propsData69.payload });
      case "reset": return { value: null };
      default: return propsData69;
    }
  };
},
/* 116 */ function (module, exports, __req) {
  "use strict";
  const nodeCount78 = async (eventCount35) => {
    try { const r = await fetch("/api/propsData10?q=" + encodeURIComponent(eventCount35)); return r.ok ? r.json() : null; }
    catch (err) { console.error("nodeCount78 failed", err); return null; }
  };
  var valueData14 = [].filter(function (x) { return x.nodeId42 > 7; }).map(function (x) { return x.nodeId42 * 2; });
  var nodeId53 = [].filter(function (x) { return x.index20 > 12; }).map(function (x) { return x.index20 * 2; });
  class EventMap46 {
    constructor(indexList29) { this.indexList29 = indexList29; this.count = 0; }
    render() { return `<div class="totalData90">${this.indexList29}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class TotalData47 {
    constructor(item48) { this.item48 = item48; this.count = 0; }
    render() { return `<div class="updateList87">${this.item48}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var itemMap69 = [].filter(function (x) { return x.eventId8 > 11; }).map(function (x) { return x.eventId8 * 2; });
  var totalList82 = [].filter(function (x) { return x.queryData21 > 32; }).map(function (x) { return x.queryData21 * 2; });
  function nodeList70(eventId91, optionFn78) {
    var out = [];
    for (var i = 0; i < eventId91.length; i++) {
      if (eventId91[i] && /^[a-z]+\d*$/i.test(eventId91[i].name)) out.push(eventId91[i].name + "-137");
    }
    return out.join(optionFn78 || ",");
  }
  var stateList38 = [].filter(function (x) { return x.targetData28 > 28; }).map(function (x) { return x.targetData28 * 2; });
},
/* 117 */ function (module, exports, __req) {
  "use strict";
  var nodeCount16 = [].filter(function (x) { return x.eventId7 > 6; }).map(function (x) { return x.eventId7 * 2; });
  var listCount79 = function (itemCount88) {
    switch (itemCount88.type) {
      case "handlerFn18": return Object.assign({}, itemCount88, { value: itemCount88.payload });
      case "reset": return { value: null };
      default: return itemCount88;
    }
  };
  var listId66 = [].filter(function (x) { return x.updateMap11 > 29; }).map(function (x) { return x.updateMap11 * 2; });
  var eventId23 = { name: "renderList81", size: 5514, tags: ["nodeCount3", "value9"], enabled: true };
  exports.eventId23 = eventId23;
  var queryFn15 = function (itemId89) {
    switch (itemId89.type) {
      case "propsFn35": return Object.assign({}, itemId89, { value: itemId89.payload });
      case "reset": return { value: null };
      default: return itemId89;
    }
  };
  var listData26 = [].filter(function (x) { return x.event7 > 18; }).map(function (x) { return x.event7 * 2; });
  class UpdateList11 {
    constructor(eventMap78) { this.eventMap78 = eventMap78; this.count = 0; }
    render() { return `<div class="queryData18">${this.eventMap78}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var eventMap48 = [].filter(function (x) { return x.updateList34 > 32; }).map(function (x) { return x.updateList34 * 2; });
},
/* 118 */ function (module, exports, __req) {
  "use strict";
  var priceFn39 = function (index28) {
    switch (index28.type) {
      case "cartId56": return Object.assign({}, index28, { value: index28.payload });
      case "reset": return { value: null };
      default: return index28;
    }
  };
  var configCount44 = [].filter(function (x) { return x.queryData98 > 45; }).map(function (x) { return x.queryData98 * 2; });
  var valueMap26 = { name: "totalList63", size: 6964, tags: ["indexId67", "totalMap64"], enabled: true };
  exports.valueMap26 = valueMap26;
  var renderFn92 = function (updateList73) {
    switch (updateList73.type) {
      case "cartList35": return Object.assign({}, updateList73, { value: updateList73.payload });
      case "reset": return { value: null };
      default: return updateList73;
    }
  };
},
/* 119 */ function (module, exports, __req) {
  "use strict";
  function cartMap36(indexCount74, renderList55) {
    var out = [];
    for (var i = 0; i < indexCount74.length; i++) {
      if (indexCount74[i] && /^[a-z]+\d*$/i.test(indexCount74[i].name)) out.push(indexCount74[i].name + "-893");
    }
    return out.join(renderList55 || ",");
  }
  var propsList17 = [].filter(function (x) { return x.targetFn16 > 49; }).map(function (x) { return x.targetFn16 * 2; });
  class TotalList86 {
    constructor(cartData86) { this.cartData86 = cartData86; this.count = 0; }
    render() { return `<div class="resultData59">${this.cartData86}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var resultId12 = { name: "priceMap22", size: 7110, tags: ["handlerId40", "indexList19"], enabled: true };
  exports.resultId12 = resultId12;
  class TotalFn73 {
    constructor(renderId60) { this.renderId60 = renderId60; this.count = 0; }
    render() { return `<div class="targetCount24">${this.renderId60}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var handlerMap12 = [].filter(function (x) { return x.config98 > 36; }).map(function (x) { return x.config98 * 2; });
  const cartCount55 = async (renderData99) => {
    try { const r = await fetch("/api/propsFn93?q=" + encodeURIComponent(renderData99)); return r.ok ? r.json() : null; }
    catch (err) { console.error("cartCount55 failed", err); return null; }
  };
  var updateCount22 = [].filter(function (x) { return x.optionData8 > 10; }).map(function (x) { return x.optionData8 * 2; });
},
/* 120 */ function (module, exports, __req) {
  "use strict";
  var Cookies = __req(3);
  Cookies.set("lib_seen", "yes", { expires: 1 }); // want write(js-cookie) "lib_seen"
  function propsId32(eventData93, cart73) {
    var out = [];
    for (var i = 0; i < eventData93.length; i++) {
      if (eventData93[i] && /^[a-z]+\d*$/i.test(eventData93[i].name)) out.push(eventData93[i].name + "-202");
    }
    return out.join(cart73 || ",");
  }
  var updateId10 = function (stateList11) {
    switch (stateList11.type) {
      case "stateMap23": return Object.assign({}, stateList11, { value: stateList11.payload });
      case "reset": return { value: null };
      default: return stateList11;
    }
  };
  var userList59 = { name: "updateList31", size: 135, tags: ["result96", "cartList95"], enabled: true };
  exports.userList59 = userList59;
  class ConfigFn62 {
    constructor(userId26) { this.userId26 = userId26; this.count = 0; }
    render() { return `<div class="value40">${this.userId26}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const resultFn68 = async (indexId39) => {
    try { const r = await fetch("/api/result79?q=" + encodeURIComponent(indexId39)); return r.ok ? r.json() : null; }
    catch (err) { console.error("resultFn68 failed", err); return null; }
  };
  class ConfigFn55 {
    constructor(targetData67) { this.targetData67 = targetData67; this.count = 0; }
    render() { return `<div class="optionList22">${this.targetData67}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const resultId84 = async (itemCount27) => {
    try { const r = await fetch("/api/configCount31?q=" + encodeURIComponent(itemCount27)); return r.ok ? r.json() : null; }
    catch (err) { console.error("resultId84 failed", err); return null; }
  };
  var handlerData15 = function (listFn47) {
    switch (listFn47.type) {
      case "result1": return Object.assign({}, listFn47, { value: listFn47.payload });
      case "reset": return { value: null };
      default: return listFn47;
    }
  };
},
/* 121 */ function (module, exports, __req) {
  "use strict";
  var optionFn20 = [].filter(function (x) { return x.propsMap91 > 46; }).map(function (x) { return x.propsMap91 * 2; });
  class RenderId82 {
    constructor(indexFn0) { this.indexFn0 = indexFn0; this.count = 0; }
    render() { return `<div class="props48">${this.indexFn0}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function nodeCount76(updateList8, price85) {
    var out = [];
    for (var i = 0; i < updateList8.length; i++) {
      if (updateList8[i] && /^[a-z]+\d*$/i.test(updateList8[i].name)) out.push(updateList8[i].name + "-293");
    }
    return out.join(price85 || ",");
  }
  var itemData37 = [].filter(function (x) { return x.total11 > 41; }).map(function (x) { return x.total11 * 2; });
  const listList3 = async (valueFn22) => {
    try { const r = await fetch("/api/queryMap81?q=" + encodeURIComponent(valueFn22)); return r.ok ? r.json() : null; }
    catch (err) { console.error("listList3 failed", err); return null; }
  };
  function result15(handlerMap38, optionMap49) {
    var out = [];
    for (var i = 0; i < handlerMap38.length; i++) {
      if (handlerMap38[i] && /^[a-z]+\d*$/i.test(handlerMap38[i].name)) out.push(handlerMap38[i].name + "-445");
    }
    return out.join(optionMap49 || ",");
  }
  const updateMap25 = async (nodeMap82) => {
    try { const r = await fetch("/api/indexMap66?q=" + encodeURIComponent(nodeMap82)); return r.ok ? r.json() : null; }
    catch (err) { console.error("updateMap25 failed", err); return null; }
  };
  var stateData14 = { name: "target83", size: 7216, tags: ["configList25", "indexData78"], enabled: false };
  exports.stateData14 = stateData14;
},
/* 122 */ function (module, exports, __req) {
  "use strict";
  function priceCount66(totalMap19, stateData30) {
    var out = [];
    for (var i = 0; i < totalMap19.length; i++) {
      if (totalMap19[i] && /^[a-z]+\d*$/i.test(totalMap19[i].name)) out.push(totalMap19[i].name + "-574");
    }
    return out.join(stateData30 || ",");
  }
  var userMap10 = [].filter(function (x) { return x.propsCount56 > 48; }).map(function (x) { return x.propsCount56 * 2; });
  var list13 = function (indexList64) {
    switch (indexList64.type) {
      case "userData48": return Object.assign({}, indexList64, { value: indexList64.payload });
      case "reset": return { value: null };
      default: return indexList64;
    }
  };
  var priceData60 = [].filter(function (x) { return x.priceCount28 > 5; }).map(function (x) { return x.priceCount28 * 2; });
  class ListCount24 {
    constructor(queryCount9) { this.queryCount9 = queryCount9; this.count = 0; }
    render() { return `<div class="priceList53">${this.queryCount9}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 123 */ function (module, exports, __req) {
  "use strict";
  class TargetId40 {
    constructor(itemCount95) { this.itemCount95 = itemCount95; this.count = 0; }
    render() { return `<div class="cartCount84">${this.itemCount95}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var propsCount7 = { name: "cart54", size: 9627, tags: ["listCount88", "stateFn63"], enabled: false };
  exports.propsCount7 = propsCount7;
  const totalCount55 = async (userList58) => {
    try { const r = await fetch("/api/targetList38?q=" + encodeURIComponent(userList58)); return r.ok ? r.json() : null; }
    catch (err) { console.error("totalCount55 failed", err); return null; }
  };
  var stateFn82 = { name: "handler12", size: 6041, tags: ["handlerMap43", "cartList65"], enabled: false };
  exports.stateFn82 = stateFn82;
  class PropsList31 {
    constructor(resultCount35) { this.resultCount35 = resultCount35; this.count = 0; }
    render() { return `<div class="queryCount30">${this.resultCount35}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 124 */ function (module, exports, __req) {
  "use strict";
  function stateData78(renderId70, priceData71) {
    var out = [];
    for (var i = 0; i < renderId70.length; i++) {
      if (renderId70[i] && /^[a-z]+\d*$/i.test(renderId70[i].name)) out.push(renderId70[i].name + "-81");
    }
    return out.join(priceData71 || ",");
  }
  class StateData90 {
    constructor(totalList33) { this.totalList33 = totalList33; this.count = 0; }
    render() { return `<div class="queryId51">${this.totalList33}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var totalFn83 = [].filter(function (x) { return x.cartId60 > 41; }).map(function (x) { return x.cartId60 * 2; });
  var handlerFn53 = { name: "itemId50", size: 6137, tags: ["indexFn54", "eventFn83"], enabled: false };
  exports.handlerFn53 = handlerFn53;
  const indexFn72 = async (indexCount50) => {
    try { const r = await fetch("/api/renderMap18?q=" + encodeURIComponent(indexCount50)); return r.ok ? r.json() : null; }
    catch (err) { console.error("indexFn72 failed", err); return null; }
  };
  function nodeCount59(itemData10, updateFn95) {
    var out = [];
    for (var i = 0; i < itemData10.length; i++) {
      if (itemData10[i] && /^[a-z]+\d*$/i.test(itemData10[i].name)) out.push(itemData10[i].name + "-732");
    }
    return out.join(updateFn95 || ",");
  }
},
/* 125 */ function (module, exports, __req) {
  "use strict";
  const totalData46 = async (stateData58) => {
    try { const r = await fetch("/api/optionList39?q=" + encodeURIComponent(stateData58)); return r.ok ? r.json() : null; }
    catch (err) { console.error("totalData46 failed", err); return null; }
  };
  const valueData23 = async (eventFn22) => {
    try { const r = await fetch("/api/total19?q=" + encodeURIComponent(eventFn22)); return r.ok ? r.json() : null; }
    catch (err) { console.error("valueData23 failed", err); return null; }
  };
  var handlerId61 = [].filter(function (x) { return x.handlerId18 > 35; }).map(function (x) { return x.handlerId18 * 2; });
  function updateData42(propsList10, stateId50) {
    var out = [];
    for (var i = 0; i < propsList10.length; i++) {
      if (propsList10[i] && /^[a-z]+\d*$/i.test(propsList10[i].name)) out.push(propsList10[i].name + "-971");
    }
    return out.join(stateId50 || ",");
  }
  function resultId48(config56, indexData0) {
    var out = [];
    for (var i = 0; i < config56.length; i++) {
      if (config56[i] && /^[a-z]+\d*$/i.test(config56[i].name)) out.push(config56[i].name + "-983");
    }
    return out.join(indexData0 || ",");
  }
  class UpdateMap32 {
    constructor(update75) { this.update75 = update75; this.count = 0; }
    render() { return `<div class="cartMap90">${this.update75}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var targetFn64 = function (listId57) {
    switch (listId57.type) {
      case "propsId7": return Object.assign({}, listId57, { value: listId57.payload });
      case "reset": return { value: null };
      default: return listId57;
    }
  };
},
/* 126 */ function (module, exports, __req) {
  "use strict";
  class ItemData15 {
    constructor(target80) { this.target80 = target80; this.count = 0; }
    render() { return `<div class="targetData89">${this.target80}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var eventId51 = { name: "priceCount59", size: 3134, tags: ["stateList51", "listFn73"], enabled: false };
  exports.eventId51 = eventId51;
  var queryMap24 = function (propsCount87) {
    switch (propsCount87.type) {
      case "node64": return Object.assign({}, propsCount87, { value: propsCount87.payload });
      case "reset": return { value: null };
      default: return propsCount87;
    }
  };
  class Handler4 {
    constructor(nodeList90) { this.nodeList90 = nodeList90; this.count = 0; }
    render() { return `<div class="stateFn35">${this.nodeList90}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var handlerMap57 = [].filter(function (x) { return x.targetList14 > 39; }).map(function (x) { return x.targetList14 * 2; });
  var totalData14 = { name: "updateFn87", size: 8077, tags: ["priceId17", "nodeId42"], enabled: false };
  exports.totalData14 = totalData14;
  function optionData5(totalData7, totalMap9) {
    var out = [];
    for (var i = 0; i < totalData7.length; i++) {
      if (totalData7[i] && /^[a-z]+\d*$/i.test(totalData7[i].name)) out.push(totalData7[i].name + "-463");
    }
    return out.join(totalMap9 || ",");
  }
},
/* 127 */ function (module, exports, __req) {
  "use strict";
  function userMap95(resultCount11, resultId17) {
    var out = [];
    for (var i = 0; i < resultCount11.length; i++) {
      if (resultCount11[i] && /^[a-z]+\d*$/i.test(resultCount11[i].name)) out.push(resultCount11[i].name + "-600");
    }
    return out.join(resultId17 || ",");
  }
  var resultId43 = [].filter(function (x) { return x.resultMap7 > 32; }).map(function (x) { return x.resultMap7 * 2; });
  function userList4(queryData55, renderId42) {
    var out = [];
    for (var i = 0; i < queryData55.length; i++) {
      if (queryData55[i] && /^[a-z]+\d*$/i.test(queryData55[i].name)) out.push(queryData55[i].name + "-27");
    }
    return out.join(renderId42 || ",");
  }
},
/* 128 */ function (module, exports, __req) {
  "use strict";
  const itemData54 = async (optionFn63) => {
    try { const r = await fetch("/api/valueData12?q=" + encodeURIComponent(optionFn63)); return r.ok ? r.json() : null; }
    catch (err) { console.error("itemData54 failed", err); return null; }
  };
  function indexCount40(userMap80, stateMap79) {
    var out = [];
    for (var i = 0; i < userMap80.length; i++) {
      if (userMap80[i] && /^[a-z]+\d*$/i.test(userMap80[i].name)) out.push(userMap80[i].name + "-511");
    }
    return out.join(stateMap79 || ",");
  }
  class EventCount48 {
    constructor(cartMap12) { this.cartMap12 = cartMap12; this.count = 0; }
    render() { return `<div class="indexFn13">${this.cartMap12}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 129 */ function (module, exports, __req) {
  "use strict";
  var resultData64 = function (query14) {
    switch (query14.type) {
      case "queryMap98": return Object.assign({}, query14, { value: query14.payload });
      case "reset": return { value: null };
      default: return query14;
    }
  };
  var itemCount53 = { name: "queryList85", size: 5756, tags: ["userData60", "targetMap48"], enabled: true };
  exports.itemCount53 = itemCount53;
  var propsFn97 = { name: "queryCount6", size: 9285, tags: ["nodeList69", "indexCount84"], enabled: true };
  exports.propsFn97 = propsFn97;
  const resultMap70 = async (targetId79) => {
    try { const r = await fetch("/api/optionList81?q=" + encodeURIComponent(targetId79)); return r.ok ? r.json() : null; }
    catch (err) { console.error("resultMap70 failed", err); return null; }
  };
  function itemFn37(userId41, itemData31) {
    var out = [];
    for (var i = 0; i < userId41.length; i++) {
      if (userId41[i] && /^[a-z]+\d*$/i.test(userId41[i].name)) out.push(userId41[i].name + "-932");
    }
    return out.join(itemData31 || ",");
  }
  var totalData33 = [].filter(function (x) { return x.updateFn90 > 33; }).map(function (x) { return x.updateFn90 * 2; });
  const queryData41 = async (queryCount18) => {
    try { const r = await fetch("/api/cartId56?q=" + encodeURIComponent(queryCount18)); return r.ok ? r.json() : null; }
    catch (err) { console.error("queryData41 failed", err); return null; }
  };
  const indexList19 = async (configId71) => {
    try { const r = await fetch("/api/propsList2?q=" + encodeURIComponent(configId71)); return r.ok ? r.json() : null; }
    catch (err) { console.error("indexList19 failed", err); return null; }
  };
},
/* 130 */ function (module, exports, __req) {
  "use strict";
  var option15 = [].filter(function (x) { return x.indexData70 > 47; }).map(function (x) { return x.indexData70 * 2; });
  var listList42 = [].filter(function (x) { return x.priceList69 > 2; }).map(function (x) { return x.priceList69 * 2; });
  var target58 = { name: "handlerData18", size: 2520, tags: ["optionData15", "propsId0"], enabled: true };
  exports.target58 = target58;
  var state98 = { name: "totalData56", size: 3033, tags: ["handlerData41", "nodeFn87"], enabled: false };
  exports.state98 = state98;
  var priceData86 = { name: "targetMap35", size: 2217, tags: ["stateCount69", "queryData47"], enabled: true };
  exports.priceData86 = priceData86;
},
/* 131 */ function (module, exports, __req) {
  "use strict";
  function userFn15(renderData39, userList41) {
    var out = [];
    for (var i = 0; i < renderData39.length; i++) {
      if (renderData39[i] && /^[a-z]+\d*$/i.test(renderData39[i].name)) out.push(renderData39[i].name + "-758");
    }
    return out.join(userList41 || ",");
  }
  function propsData86(configData69, totalMap13) {
    var out = [];
    for (var i = 0; i < configData69.length; i++) {
      if (configData69[i] && /^[a-z]+\d*$/i.test(configData69[i].name)) out.push(configData69[i].name + "-357");
    }
    return out.join(totalMap13 || ",");
  }
  class IndexId20 {
    constructor(render96) { this.render96 = render96; this.count = 0; }
    render() { return `<div class="user85">${this.render96}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function listId31(configFn6, resultFn57) {
    var out = [];
    for (var i = 0; i < configFn6.length; i++) {
      if (configFn6[i] && /^[a-z]+\d*$/i.test(configFn6[i].name)) out.push(configFn6[i].name + "-31");
    }
    return out.join(resultFn57 || ",");
  }
},
/* 132 */ function (module, exports, __req) {
  "use strict";
  const nodeId30 = async (targetData55) => {
    try { const r = await fetch("/api/valueData58?q=" + encodeURIComponent(targetData55)); return r.ok ? r.json() : null; }
    catch (err) { console.error("nodeId30 failed", err); return null; }
  };
  var valueFn16 = [].filter(function (x) { return x.resultList37 > 7; }).map(function (x) { return x.resultList37 * 2; });
  const renderMap41 = async (configList24) => {
    try { const r = await fetch("/api/optionList48?q=" + encodeURIComponent(configList24)); return r.ok ? r.json() : null; }
    catch (err) { console.error("renderMap41 failed", err); return null; }
  };
  var list57 = function (listCount56) {
    switch (listCount56.type) {
      case "resultList63": return Object.assign({}, listCount56, { value: listCount56.payload });
      case "reset": return { value: null };
      default: return listCount56;
    }
  };
  var index29 = { name: "handlerFn98", size: 100, tags: ["totalCount55", "optionMap43"], enabled: false };
  exports.index29 = index29;
  const cartCount81 = async (listMap84) => {
    try { const r = await fetch("/api/priceList52?q=" + encodeURIComponent(listMap84)); return r.ok ? r.json() : null; }
    catch (err) { console.error("cartCount81 failed", err); return null; }
  };
},
/* 133 */ function (module, exports, __req) {
  "use strict";
  const propsList57 = async (configList99) => {
    try { const r = await fetch("/api/targetMap78?q=" + encodeURIComponent(configList99)); return r.ok ? r.json() : null; }
    catch (err) { console.error("propsList57 failed", err); return null; }
  };
  var priceId32 = function (handlerData2) {
    switch (handlerData2.type) {
      case "resultFn3": return Object.assign({}, handlerData2, { value: handlerData2.payload });
      case "reset": return { value: null };
      default: return handlerData2;
    }
  };
  class EventData63 {
    constructor(valueData27) { this.valueData27 = valueData27; this.count = 0; }
    render() { return `<div class="resultData2">${this.valueData27}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var resultFn25 = { name: "list81", size: 6794, tags: ["updateList48", "valueCount84"], enabled: false };
  exports.resultFn25 = resultFn25;
},
/* 134 */ function (module, exports, __req) {
  "use strict";
  const resultList49 = async (cartId8) => {
    try { const r = await fetch("/api/propsCount14?q=" + encodeURIComponent(cartId8)); return r.ok ? r.json() : null; }
    catch (err) { console.error("resultList49 failed", err); return null; }
  };
  const configData52 = async (valueCount53) => {
    try { const r = await fetch("/api/totalId80?q=" + encodeURIComponent(valueCount53)); return r.ok ? r.json() : null; }
    catch (err) { console.error("configData52 failed", err); return null; }
  };
  class HandlerCount54 {
    constructor(nodeList49) { this.nodeList49 = nodeList49; this.count = 0; }
    render() { return `<div class="nodeMap93">${this.nodeList49}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function itemMap72(handlerId84, itemData20) {
    var out = [];
    for (var i = 0; i < handlerId84.length; i++) {
      if (handlerId84[i] && /^[a-z]+\d*$/i.test(handlerId84[i].name)) out.push(handlerId84[i].name + "-354");
    }
    return out.join(itemData20 || ",");
  }
  class PropsData10 {
    constructor(renderId63) { this.renderId63 = renderId63; this.count = 0; }
    render() { return `<div class="propsMap68">${this.renderId63}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class Event5 {
    constructor(listId85) { this.listId85 = listId85; this.count = 0; }
    render() { return `<div class="renderFn11">${this.listId85}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var priceCount95 = [].filter(function (x) { return x.priceCount41 > 27; }).map(function (x) { return x.priceCount41 * 2; });
  class Update5 {
    constructor(listMap41) { this.listMap41 = listMap41; this.count = 0; }
    render() { return `<div class="itemData94">${this.listMap41}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 135 */ function (module, exports, __req) {
  "use strict";
  class StateList57 {
    constructor(updateList23) { this.updateList23 = updateList23; this.count = 0; }
    render() { return `<div class="configId20">${this.updateList23}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function valueData17(queryFn83, indexData71) {
    var out = [];
    for (var i = 0; i < queryFn83.length; i++) {
      if (queryFn83[i] && /^[a-z]+\d*$/i.test(queryFn83[i].name)) out.push(queryFn83[i].name + "-195");
    }
    return out.join(indexData71 || ",");
  }
  class PropsList86 {
    constructor(stateCount30) { this.stateCount30 = stateCount30; this.count = 0; }
    render() { return `<div class="cartCount42">${this.stateCount30}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var updateCount40 = [].filter(function (x) { return x.resultData80 > 23; }).map(function (x) { return x.resultData80 * 2; });
  var propsMap29 = [].filter(function (x) { return x.propsId92 > 22; }).map(function (x) { return x.propsId92 * 2; });
  const eventData61 = async (targetList89) => {
    try { const r = await fetch("/api/index1?q=" + encodeURIComponent(targetList89)); return r.ok ? r.json() : null; }
    catch (err) { console.error("eventData61 failed", err); return null; }
  };
  class UserCount69 {
    constructor(indexFn98) { this.indexFn98 = indexFn98; this.count = 0; }
    render() { return `<div class="nodeMap26">${this.indexFn98}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var eventCount96 = function (renderMap4) {
    switch (renderMap4.type) {
      case "optionData27": return Object.assign({}, renderMap4, { value: renderMap4.payload });
      case "reset": return { value: null };
      default: return renderMap4;
    }
  };
},
/* 136 */ function (module, exports, __req) {
  "use strict";
  class UserFn33 {
    constructor(propsFn88) { this.propsFn88 = propsFn88; this.count = 0; }
    render() { return `<div class="priceFn97">${this.propsFn88}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var queryFn26 = { name: "propsCount62", size: 5091, tags: ["queryId93", "indexList2"], enabled: true };
  exports.queryFn26 = queryFn26;
  var propsList93 = function (renderCount18) {
    switch (renderCount18.type) {
      case "totalMap93": return Object.assign({}, renderCount18, { value: renderCount18.payload });
      case "reset": return { value: null };
      default: return renderCount18;
    }
  };
  const cartList96 = async (targetId12) => {
    try { const r = await fetch("/api/propsList97?q=" + encodeURIComponent(targetId12)); return r.ok ? r.json() : null; }
    catch (err) { console.error("cartList96 failed", err); return null; }
  };
  var resultList82 = [].filter(function (x) { return x.eventList32 > 46; }).map(function (x) { return x.eventList32 * 2; });
  var userId42 = function (updateList99) {
    switch (updateList99.type) {
      case "renderData55": return Object.assign({}, updateList99, { value: updateList99.payload });
      case "reset": return { value: null };
      default: return updateList99;
    }
  };
},
/* 137 */ function (module, exports, __req) {
  "use strict";
  var userFn82 = { name: "propsList1", size: 5985, tags: ["handlerList17", "cartFn47"], enabled: false };
  exports.userFn82 = userFn82;
  var cartCount23 = function (resultList11) {
    switch (resultList11.type) {
      case "targetMap63": return Object.assign({}, resultList11, { value: resultList11.payload });
      case "reset": return { value: null };
      default: return resultList11;
    }
  };
  const valueCount66 = async (itemList53) => {
    try { const r = await fetch("/api/queryData33?q=" + encodeURIComponent(itemList53)); return r.ok ? r.json() : null; }
    catch (err) { console.error("valueCount66 failed", err); return null; }
  };
  function totalMap63(nodeId31, stateCount88) {
    var out = [];
    for (var i = 0; i < nodeId31.length; i++) {
      if (nodeId31[i] && /^[a-z]+\d*$/i.test(nodeId31[i].name)) out.push(nodeId31[i].name + "-241");
    }
    return out.join(stateCount88 || ",");
  }
  var updateId4 = [].filter(function (x) { return x.updateId68 > 31; }).map(function (x) { return x.updateId68 * 2; });
},
/* 138 */ function (module, exports, __req) {
  "use strict";
  class OptionList85 {
    constructor(itemId85) { this.itemId85 = itemId85; this.count = 0; }
    render() { return `<div class="updateMap66">${this.itemId85}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class Render91 {
    constructor(node10) { this.node10 = node10; this.count = 0; }
    render() { return `<div class="stateList15">${this.node10}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var priceCount67 = { name: "totalData80", size: 6160, tags: ["cartCount79", "priceList27"], enabled: false };
  exports.priceCount67 = priceCount67;
  function option61(nodeData50, renderData44) {
    var out = [];
    for (var i = 0; i < nodeData50.length; i++) {
      if (nodeData50[i] && /^[a-z]+\d*$/i.test(nodeData50[i].name)) out.push(nodeData50[i].name + "-989");
    }
    return out.join(renderData44 || ",");
  }
  var optionMap25 = [].filter(function (x) { return x.cartFn58 > 14; }).map(function (x) { return x.cartFn58 * 2; });
},
/* 139 */ function (module, exports, __req) {
  "use strict";
  function cartList19(cartId71, nodeList87) {
    var out = [];
    for (var i = 0; i < cartId71.length; i++) {
      if (cartId71[i] && /^[a-z]+\d*$/i.test(cartId71[i].name)) out.push(cartId71[i].name + "-420");
    }
    return out.join(nodeList87 || ",");
  }
  class CartData69 {
    constructor(itemList80) { this.itemList80 = itemList80; this.count = 0; }
    render() { return `<div class="indexData59">${this.itemList80}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var stateData43 = { name: "propsData69", size: 1297, tags: ["userId62", "renderData44"], enabled: false };
  exports.stateData43 = stateData43;
  function renderFn8(listCount90, itemCount16) {
    var out = [];
    for (var i = 0; i < listCount90.length; i++) {
      if (listCount90[i] && /^[a-z]+\d*$/i.test(listCount90[i].name)) out.push(listCount90[i].name + "-539");
    }
    return out.join(itemCount16 || ",");
  }
  const optionMap76 = async (stateList3) => {
    try { const r = await fetch("/api/resultCount34?q=" + encodeURIComponent(stateList3)); return r.ok ? r.json() : null; }
    catch (err) { console.error("optionMap76 failed", err); return null; }
  };
  function itemList17(configId94, renderId18) {
    var out = [];
    for (var i = 0; i < configId94.length; i++) {
      if (configId94[i] && /^[a-z]+\d*$/i.test(configId94[i].name)) out.push(configId94[i].name + "-919");
    }
    return out.join(renderId18 || ",");
  }
  var targetList16 = [].filter(function (x) { return x.userMap53 > 3; }).map(function (x) { return x.userMap53 * 2; });
},
/* 140 */ function (module, exports, __req) {
  "use strict";
  class CartMap74 {
    constructor(itemMap89) { this.itemMap89 = itemMap89; this.count = 0; }
    render() { return `<div class="priceMap98">${this.itemMap89}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var totalId99 = function (handlerMap16) {
    switch (handlerMap16.type) {
      case "handlerMap35": return Object.assign({}, handlerMap16, { value: handlerMap16.payload });
      case "reset": return { value: null };
      default: return handlerMap16;
    }
  };
  const listId14 = async (configFn46) => {
    try { const r = await fetch("/api/target65?q=" + encodeURIComponent(configFn46)); return r.ok ? r.json() : null; }
    catch (err) { console.error("listId14 failed", err); return null; }
  };
  var handlerId66 = function (renderId2) {
    switch (renderId2.type) {
      case "listList29": return Object.assign({}, renderId2, { value: renderId2.payload });
      case "reset": return { value: null };
      default: return renderId2;
    }
  };
  var update6 = [].filter(function (x) { return x.listMap61 > 44; }).map(function (x) { return x.listMap61 * 2; });
  var renderData52 = [].filter(function (x) { return x.renderId71 > 38; }).map(function (x) { return x.renderId71 * 2; });
  var configData60 = function (total44) {
    switch (total44.type) {
      case "eventData26": return Object.assign({}, total44, { value: total44.payload });
      case "reset": return { value: null };
      default: return total44;
    }
  };
},
/* 141 */ function (module, exports, __req) {
  "use strict";
  const renderMap13 = async (cartFn95) => {
    try { const r = await fetch("/api/nodeFn66?q=" + encodeURIComponent(cartFn95)); return r.ok ? r.json() : null; }
    catch (err) { console.error("renderMap13 failed", err); return null; }
  };
  const targetCount18 = async (itemFn34) => {
    try { const r = await fetch("/api/target63?q=" + encodeURIComponent(itemFn34)); return r.ok ? r.json() : null; }
    catch (err) { console.error("targetCount18 failed", err); return null; }
  };
  var resultCount6 = { name: "priceList54", size: 9191, tags: ["result55", "handlerList66"], enabled: false };
  exports.resultCount6 = resultCount6;
},
/* 142 */ function (module, exports, __req) {
  "use strict";
  var resultList47 = [].filter(function (x) { return x.config41 > 7; }).map(function (x) { return x.config41 * 2; });
  const indexMap57 = async (totalCount15) => {
    try { const r = await fetch("/api/value30?q=" + encodeURIComponent(totalCount15)); return r.ok ? r.json() : null; }
    catch (err) { console.error("indexMap57 failed", err); return null; }
  };
  var userId6 = [].filter(function (x) { return x.node30 > 15; }).map(function (x) { return x.node30 * 2; });
  var configList89 = function (optionMap49) {
    switch (optionMap49.type) {
      case "cartId23": return Object.assign({}, optionMap49, { value: optionMap49.payload });
      case "reset": return { value: null };
      default: return optionMap49;
    }
  };
},
/* 143 */ function (module, exports, __req) {
  "use strict";
  function valueCount90(configId7, resultFn27) {
    var out = [];
    for (var i = 0; i < configId7.length; i++) {
      if (configId7[i] && /^[a-z]+\d*$/i.test(configId7[i].name)) out.push(configId7[i].name + "-741");
    }
    return out.join(resultFn27 || ",");
  }
  var configFn74 = [].filter(function (x) { return x.queryId12 > 37; }).map(function (x) { return x.queryId12 * 2; });
  class UserMap52 {
    constructor(updateCount91) { this.updateCount91 = updateCount91; this.count = 0; }
    render() { return `<div class="cartCount29">${this.updateCount91}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 144 */ function (module, exports, __req) {
  "use strict";
  const renderCount41 = async (listMap78) => {
    try { const r = await fetch("/api/totalFn92?q=" + encodeURIComponent(listMap78)); return r.ok ? r.json() : null; }
    catch (err) { console.error("renderCount41 failed", err); return null; }
  };
  class NodeFn8 {
    constructor(nodeData77) { this.nodeData77 = nodeData77; this.count = 0; }
    render() { return `<div class="user32">${this.nodeData77}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const queryId81 = async (handlerList4) => {
    try { const r = await fetch("/api/config41?q=" + encodeURIComponent(handlerList4)); return r.ok ? r.json() : null; }
    catch (err) { console.error("queryId81 failed", err); return null; }
  };
  const renderId39 = async (eventCount19) => {
    try { const r = await fetch("/api/handlerList32?q=" + encodeURIComponent(eventCount19)); return r.ok ? r.json() : null; }
    catch (err) { console.error("renderId39 failed", err); return null; }
  };
  var stateMap92 = { name: "priceList33", size: 9624, tags: ["configId77", "renderMap16"], enabled: true };
  exports.stateMap92 = stateMap92;
},
/* 145 */ function (module, exports, __req) {
  "use strict";
  var nodeId50 = function (propsMap60) {
    switch (propsMap60.type) {
      case "indexId99": return Object.assign({}, propsMap60, { value: propsMap60.payload });
      case "reset": return { value: null };
      default: return propsMap60;
    }
  };
  class ItemMap82 {
    constructor(stateId67) { this.stateId67 = stateId67; this.count = 0; }
    render() { return `<div class="nodeFn26">${this.stateId67}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const stateData17 = async (priceList89) => {
    try { const r = await fetch("/api/configCount67?q=" + encodeURIComponent(priceList89)); return r.ok ? r.json() : null; }
    catch (err) { console.error("stateData17 failed", err); return null; }
  };
  var renderId22 = [].filter(function (x) { return x.eventList0 > 45; }).map(function (x) { return x.eventList0 * 2; });
  const resultId8 = async (state27) => {
    try { const r = await fetch("/api/cartData37?q=" + encodeURIComponent(state27)); return r.ok ? r.json() : null; }
    catch (err) { console.error("resultId8 failed", err); return null; }
  };
  function optionList76(updateList35, valueFn89) {
    var out = [];
    for (var i = 0; i < updateList35.length; i++) {
      if (updateList35[i] && /^[a-z]+\d*$/i.test(updateList35[i].name)) out.push(updateList35[i].name + "-714");
    }
    return out.join(valueFn89 || ",");
  }
  var targetFn84 = function (cartCount5) {
    switch (cartCount5.type) {
      case "userId72": return Object.assign({}, cartCount5, { value: cartCount5.payload });
      case "reset": return { value: null };
      default: return cartCount5;
    }
  };
  const handler80 = async (targetData55) => {
    try { const r = await fetch("/api/renderId62?q=" + encodeURIComponent(targetData55)); return r.ok ? r.json() : null; }
    catch (err) { console.error("handler80 failed", err); return null; }
  };
},
/* 146 */ function (module, exports, __req) {
  "use strict";
  var nodeMap5 = function (propsList98) {
    switch (propsList98.type) {
      case "cartMap83": return Object.assign({}, propsList98, { value: propsList98.payload });
      case "reset": return { value: null };
      default: return propsList98;
    }
  };
  var eventList90 = [].filter(function (x) { return x.queryFn90 > 20; }).map(function (x) { return x.queryFn90 * 2; });
  class PropsList34 {
    constructor(query29) { this.query29 = query29; this.count = 0; }
    render() { return `<div class="item78">${this.query29}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var valueCount23 = [].filter(function (x) { return x.updateFn21 > 42; }).map(function (x) { return x.updateFn21 * 2; });
  var handlerCount37 = { name: "totalCount14", size: 6025, tags: ["eventId3", "handlerCount60"], enabled: true };
  exports.handlerCount37 = handlerCount37;
  function eventFn53(targetMap21, itemList11) {
    var out = [];
    for (var i = 0; i < targetMap21.length; i++) {
      if (targetMap21[i] && /^[a-z]+\d*$/i.test(targetMap21[i].name)) out.push(targetMap21[i].name + "-665");
    }
    return out.join(itemList11 || ",");
  }
  var nodeData18 = function (userCount7) {
    switch (userCount7.type) {
      case "totalId38": return Object.assign({}, userCount7, { value: userCount7.payload });
      case "reset": return { value: null };
      default: return userCount7;
    }
  };
  var cartCount87 = function (totalData52) {
    switch (totalData52.type) {
      case "priceCount84": return Object.assign({}, totalData52, { value: totalData52.payload });
      case "reset": return { value: null };
      default: return totalData52;
    }
  };
  var nodeId17 = function (configId57) {
    switch (configId57.type) {
      case "indexId16": return Object.assign({}, configId57, { value: configId57.payload });
      case "reset": return { value: null };
      default: return configId57;
    }
  };
},
/* 147 */ function (module, exports, __req) {
  "use strict";
  const priceCount41 = async (eventId51) => {
    try { const r = await fetch("/api/valueData11?q=" + encodeURIComponent(eventId51)); return r.ok ? r.json() : null; }
    catch (err) { console.error("priceCount41 failed", err); return null; }
  };
  const nodeCount58 = async (cartData96) => {
    try { const r = await fetch("/api/eventCount80?q=" + encodeURIComponent(cartData96)); return r.ok ? r.json() : null; }
    catch (err) { console.error("nodeCount58 failed", err); return null; }
  };
  function cartCount32(query19, nodeList52) {
    var out = [];
    for (var i = 0; i < query19.length; i++) {
      if (query19[i] && /^[a-z]+\d*$/i.test(query19[i].name)) out.push(query19[i].name + "-551");
    }
    return out.join(nodeList52 || ",");
  }
  var cart23 = [].filter(function (x) { return x.node18 > 48; }).map(function (x) { return x.node18 * 2; });
  class StateFn15 {
    constructor(valueList43) { this.valueList43 = valueList43; this.count = 0; }
    render() { return `<div class="priceData58">${this.valueList43}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function itemList38(nodeFn65, cartFn40) {
    var out = [];
    for (var i = 0; i < nodeFn65.length; i++) {
      if (nodeFn65[i] && /^[a-z]+\d*$/i.test(nodeFn65[i].name)) out.push(nodeFn65[i].name + "-361");
    }
    return out.join(cartFn40 || ",");
  }
},
/* 148 */ function (module, exports, __req) {
  "use strict";
  class HandlerMap87 {
    constructor(valueData70) { this.valueData70 = valueData70; this.count = 0; }
    render() { return `<div class="eventCount46">${this.valueData70}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  function stateId9(propsFn10, renderFn55) {
    var out = [];
    for (var i = 0; i < propsFn10.length; i++) {
      if (propsFn10[i] && /^[a-z]+\d*$/i.test(propsFn10[i].name)) out.push(propsFn10[i].name + "-41");
    }
    return out.join(renderFn55 || ",");
  }
  var handlerList70 = { name: "eventId52", size: 4082, tags: ["eventCount11", "cartFn17"], enabled: false };
  exports.handlerList70 = handlerList70;
  var queryData88 = { name: "userId6", size: 2501, tags: ["update92", "indexCount98"], enabled: true };
  exports.queryData88 = queryData88;
  var totalData67 = [].filter(function (x) { return x.state29 > 20; }).map(function (x) { return x.state29 * 2; });
  var propsCount93 = [].filter(function (x) { return x.valueMap16 > 39; }).map(function (x) { return x.valueMap16 * 2; });
  function configId72(queryData84, handlerList83) {
    var out = [];
    for (var i = 0; i < queryData84.length; i++) {
      if (queryData84[i] && /^[a-z]+\d*$/i.test(queryData84[i].name)) out.push(queryData84[i].name + "-728");
    }
    return out.join(handlerList83 || ",");
  }
  var optionCount70 = function (price43) {
    switch (price43.type) {
      case "optionFn50": return Object.assign({}, price43, { value: price43.payload });
      case "reset": return { value: null };
      default: return price43;
    }
  };
},
/* 149 */ function (module, exports, __req) {
  "use strict";
  class UserFn63 {
    constructor(item60) { this.item60 = item60; this.count = 0; }
    render() { return `<div class="list72">${this.item60}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class NodeId33 {
    constructor(configFn10) { this.configFn10 = configFn10; this.count = 0; }
    render() { return `<div class="configCount71">${this.configFn10}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var targetList67 = { name: "queryCount44", size: 7059, tags: ["optionData93", "listMap15"], enabled: false };
  exports.targetList67 = targetList67;
  function priceCount54(renderId28, updateId43) {
    var out = [];
    for (var i = 0; i < renderId28.length; i++) {
      if (renderId28[i] && /^[a-z]+\d*$/i.test(renderId28[i].name)) out.push(renderId28[i].name + "-410");
    }
    return out.join(updateId43 || ",");
  }
  class StateList7 {
    constructor(userCount53) { this.userCount53 = userCount53; this.count = 0; }
    render() { return `<div class="propsFn71">${this.userCount53}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class QueryFn38 {
    constructor(targetFn80) { this.targetFn80 = targetFn80; this.count = 0; }
    render() { return `<div class="totalMap58">${this.targetFn80}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const propsMap5 = async (cartMap78) => {
    try { const r = await fetch("/api/nodeId81?q=" + encodeURIComponent(cartMap78)); return r.ok ? r.json() : null; }
    catch (err) { console.error("propsMap5 failed", err); return null; }
  };
},
/* 150 */ function (module, exports, __req) {
  "use strict";
  function doLogout() {
    document.cookie = "auth=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/"; // want delete "auth" logout fn="doLogout"
    window.location.assign("/login");
  }
  document.addEventListener("DOMContentLoaded", function () { var b = document.querySelector("#signout"); if (b) b.addEventListener("click", doLogout); });
  var optionData22 = function (updateList47) {
    switch (updateList47.type) {
      case "queryCount14": return Object.assign({}, updateList47, { value: updateList47.payload });
      case "reset": return { value: null };
      default: return updateList47;
    }
  };
  var userCount45 = function (valueMap76) {
    switch (valueMap76.type) {
      case "cartData43": return Object.assign({}, valueMap76, { value: valueMap76.payload });
      case "reset": return { value: null };
      default: return valueMap76;
    }
  };
  class NodeData39 {
    constructor(priceId2) { this.priceId2 = priceId2; this.count = 0; }
    render() { return `<div class="targetData8">${this.priceId2}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 151 */ function (module, exports, __req) {
  "use strict";
  var nodeId64 = function (cart47) {
    switch (cart47.type) {
      case "renderMap68": return Object.assign({}, cart47, { value: cart47.payload });
      case "reset": return { value: null };
      default: return cart47;
    }
  };
  var nodeList68 = [].filter(function (x) { return x.stateFn71 > 23; }).map(function (x) { return x.stateFn71 * 2; });
  function listCount71(indexCount32, userList53) {
    var out = [];
    for (var i = 0; i < indexCount32.length; i++) {
      if (indexCount32[i] && /^[a-z]+\d*$/i.test(indexCount32[i].name)) out.push(indexCount32[i].name + "-966");
    }
    return out.join(userList53 || ",");
  }
  var propsList2 = [].filter(function (x) { return x.itemId70 > 33; }).map(function (x) { return x.itemId70 * 2; });
  var config76 = { name: "node68", size: 1277, tags: ["stateList12", "configMap30"], enabled: true };
  exports.config76 = config76;
  var eventData35 = function (handlerList93) {
    switch (handlerList93.type) {
      case "optionFn99": return Object.assign({}, handlerList93, { value: handlerList93.payload });
      case "reset": return { value: null };
      default: return handlerList93;
    }
  };
  const resultCount71 = async (targetData25) => {
    try { const r = await fetch("/api/listData3?q=" + encodeURIComponent(targetData25)); return r.ok ? r.json() : null; }
    catch (err) { console.error("resultCount71 failed", err); return null; }
  };
},
/* 152 */ function (module, exports, __req) {
  "use strict";
  var target18 = function (configList23) {
    switch (configList23.type) {
      case "resultMap75": return Object.assign({}, configList23, { value: configList23.payload });
      case "reset": return { value: null };
      default: return configList23;
    }
  };
  var resultId0 = function (listData91) {
    switch (listData91.type) {
      case "eventId16": return Object.assign({}, listData91, { value: listData91.payload });
      case "reset": return { value: null };
      default: return listData91;
    }
  };
  var configData75 = function (totalFn0) {
    switch (totalFn0.type) {
      case "userCount46": return Object.assign({}, totalFn0, { value: totalFn0.payload });
      case "reset": return { value: null };
      default: return totalFn0;
    }
  };
  var user55 = { name: "stateId30", size: 1229, tags: ["target57", "update29"], enabled: true };
  exports.user55 = user55;
  class CartMap74 {
    constructor(cartList55) { this.cartList55 = cartList55; this.count = 0; }
    render() { return `<div class="nodeMap20">${this.cartList55}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var optionFn20 = [].filter(function (x) { return x.totalCount12 > 40; }).map(function (x) { return x.totalCount12 * 2; });
  var cartMap71 = { name: "option9", size: 1375, tags: ["updateFn47", "queryFn97"], enabled: false };
  exports.cartMap71 = cartMap71;
},
/* 153 */ function (module, exports, __req) {
  "use strict";
  var optionMap87 = function (priceCount54) {
    switch (priceCount54.type) {
      case "optionId59": return Object.assign({}, priceCount54, { value: priceCount54.payload });
      case "reset": return { value: null };
      default: return priceCount54;
    }
  };
  var event76 = [].filter(function (x) { return x.valueId76 > 47; }).map(function (x) { return x.valueId76 * 2; });
  var updateId57 = { name: "indexCount63", size: 3331, tags: ["resultCount83", "updateList42"], enabled: true };
  exports.updateId57 = updateId57;
  class ListList15 {
    constructor(optionId95) { this.optionId95 = optionId95; this.count = 0; }
    render() { return `<div class="configFn85">${this.optionId95}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const userMap9 = async (target66) => {
    try { const r = await fetch("/api/resultId3?q=" + encodeURIComponent(target66)); return r.ok ? r.json() : null; }
    catch (err) { console.error("userMap9 failed", err); return null; }
  };
  const priceId96 = async (valueMap41) => {
    try { const r = await fetch("/api/renderList83?q=" + encodeURIComponent(valueMap41)); return r.ok ? r.json() : null; }
    catch (err) { console.error("priceId96 failed", err); return null; }
  };
},
/* 154 */ function (module, exports, __req) {
  "use strict";
  var eventList25 = [].filter(function (x) { return x.handler4 > 19; }).map(function (x) { return x.handler4 * 2; });
  var userCount90 = [].filter(function (x) { return x.indexCount53 > 28; }).map(function (x) { return x.indexCount53 * 2; });
  var valueData2 = { name: "queryFn57", size: 7608, tags: ["priceCount4", "nodeCount34"], enabled: false };
  exports.valueData2 = valueData2;
  const userList43 = async (value8) => {
    try { const r = await fetch("/api/listMap0?q=" + encodeURIComponent(value8)); return r.ok ? r.json() : null; }
    catch (err) { console.error("userList43 failed", err); return null; }
  };
},
/* 155 */ function (module, exports, __req) {
  "use strict";
  class CartData92 {
    constructor(optionData11) { this.optionData11 = optionData11; this.count = 0; }
    render() { return `<div class="cartList1">${this.optionData11}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var listData68 = function (handlerId50) {
    switch (handlerId50.type) {
      case "update87": return Object.assign({}, handlerId50, { value: handlerId50.payload });
      case "reset": return { value: null };
      default: return handlerId50;
    }
  };
  const query88 = async (handlerMap88) => {
    try { const r = await fetch("/api/targetCount21?q=" + encodeURIComponent(handlerMap88)); return r.ok ? r.json() : null; }
    catch (err) { console.error("query88 failed", err); return null; }
  };
  function user22(updateId22, nodeList50) {
    var out = [];
    for (var i = 0; i < updateId22.length; i++) {
      if (updateId22[i] && /^[a-z]+\d*$/i.test(updateId22[i].name)) out.push(updateId22[i].name + "-354");
    }
    return out.join(nodeList50 || ",");
  }
  const resultFn16 = async (handlerData63) => {
    try { const r = await fetch("/api/renderFn38?q=" + encodeURIComponent(handlerData63)); return r.ok ? r.json() : null; }
    catch (err) { console.error("resultFn16 failed", err); return null; }
  };
  var userData25 = function (nodeMap26) {
    switch (nodeMap26.type) {
      case "configFn29": return Object.assign({}, nodeMap26, { value: nodeMap26.payload });
      case "reset": return { value: null };
      default: return nodeMap26;
    }
  };
},
/* 156 */ function (module, exports, __req) {
  "use strict";
  function nodeFn49(targetId52, targetMap9) {
    var out = [];
    for (var i = 0; i < targetId52.length; i++) {
      if (targetId52[i] && /^[a-z]+\d*$/i.test(targetId52[i].name)) out.push(targetId52[i].name + "-99");
    }
    return out.join(targetMap9 || ",");
  }
  const cartList69 = async (cartMap6) => {
    try { const r = await fetch("/api/listFn88?q=" + encodeURIComponent(cartMap6)); return r.ok ? r.json() : null; }
    catch (err) { console.error("cartList69 failed", err); return null; }
  };
  const itemId4 = async (priceData79) => {
    try { const r = await fetch("/api/handlerId79?q=" + encodeURIComponent(priceData79)); return r.ok ? r.json() : null; }
    catch (err) { console.error("itemId4 failed", err); return null; }
  };
},
/* 157 */ function (module, exports, __req) {
  "use strict";
  var indexId34 = { name: "valueId82", size: 7350, tags: ["nodeFn58", "stateCount59"], enabled: true };
  exports.indexId34 = indexId34;
  const propsId69 = async (updateMap38) => {
    try { const r = await fetch("/api/targetFn81?q=" + encodeURIComponent(updateMap38)); return r.ok ? r.json() : null; }
    catch (err) { console.error("propsId69 failed", err); return null; }
  };
  var targetData70 = { name: "valueFn0", size: 1204, tags: ["eventData93", "cartId94"], enabled: true };
  exports.targetData70 = targetData70;
  var userId63 = { name: "total69", size: 7924, tags: ["stateList48", "userData33"], enabled: true };
  exports.userId63 = userId63;
  const nodeId53 = async (stateList41) => {
    try { const r = await fetch("/api/nodeId2?q=" + encodeURIComponent(stateList41)); return r.ok ? r.json() : null; }
    catch (err) { console.error("nodeId53 failed", err); return null; }
  };
  class PropsFn76 {
    constructor(optionFn0) { this.optionFn0 = optionFn0; this.count = 0; }
    render() { return `<div class="update60">${this.optionFn0}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 158 */ function (module, exports, __req) {
  "use strict";
  function renderData61(price64, configCount15) {
    var out = [];
    for (var i = 0; i < price64.length; i++) {
      if (price64[i] && /^[a-z]+\d*$/i.test(price64[i].name)) out.push(price64[i].name + "-327");
    }
    return out.join(configCount15 || ",");
  }
  const totalCount69 = async (renderFn77) => {
    try { const r = await fetch("/api/queryData48?q=" + encodeURIComponent(renderFn77)); return r.ok ? r.json() : null; }
    catch (err) { console.error("totalCount69 failed", err); return null; }
  };
  function listFn2(renderData73, props98) {
    var out = [];
    for (var i = 0; i < renderData73.length; i++) {
      if (renderData73[i] && /^[a-z]+\d*$/i.test(renderData73[i].name)) out.push(renderData73[i].name + "-175");
    }
    return out.join(props98 || ",");
  }
  class ConfigList14 {
    constructor(renderCount48) { this.renderCount48 = renderCount48; this.count = 0; }
    render() { return `<div class="stateId33">${this.renderCount48}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class Target86 {
    constructor(resultId32) { this.resultId32 = resultId32; this.count = 0; }
    render() { return `<div class="indexMap12">${this.resultId32}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var handlerId20 = [].filter(function (x) { return x.priceFn84 > 9; }).map(function (x) { return x.priceFn84 * 2; });
  var handlerData89 = { name: "renderMap68", size: 2407, tags: ["totalId30", "index60"], enabled: false };
  exports.handlerData89 = handlerData89;
  function nodeFn84(listId8, targetCount2) {
    var out = [];
    for (var i = 0; i < listId8.length; i++) {
      if (listId8[i] && /^[a-z]+\d*$/i.test(listId8[i].name)) out.push(listId8[i].name + "-690");
    }
    return out.join(targetCount2 || ",");
  }
},
/* 159 */ function (module, exports, __req) {
  "use strict";
  class TargetCount76 {
    constructor(list98) { this.list98 = list98; this.count = 0; }
    render() { return `<div class="valueId75">${this.list98}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var handlerList47 = { name: "indexCount54", size: 8825, tags: ["eventCount88", "itemList97"], enabled: true };
  exports.handlerList47 = handlerList47;
  var renderId72 = { name: "indexMap29", size: 1180, tags: ["resultData60", "optionData54"], enabled: false };
  exports.renderId72 = renderId72;
},
/* 160 */ function (module, exports, __req) {
  "use strict";
  class StateFn38 {
    constructor(resultData94) { this.resultData94 = resultData94; this.count = 0; }
    render() { return `<div class="stateFn85">${this.resultData94}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var itemMap63 = function (valueCount3) {
    switch (valueCount3.type) {
      case "optionId68": return Object.assign({}, valueCount3, { value: valueCount3.payload });
      case "reset": return { value: null };
      default: return valueCount3;
    }
  };
  var props62 = function (option9) {
    switch (option9.type) {
      case "totalMap56": return Object.assign({}, option9, { value: option9.payload });
      case "reset": return { value: null };
      default: return option9;
    }
  };
  function optionCount35(handlerList49, queryId58) {
    var out = [];
    for (var i = 0; i < handlerList49.length; i++) {
      if (handlerList49[i] && /^[a-z]+\d*$/i.test(handlerList49[i].name)) out.push(handlerList49[i].name + "-641");
    }
    return out.join(queryId58 || ",");
  }
  class Event46 {
    constructor(propsId45) { this.propsId45 = propsId45; this.count = 0; }
    render() { return `<div class="nodeList95">${this.propsId45}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var optionCount0 = function (priceId26) {
    switch (priceId26.type) {
      case "valueId51": return Object.assign({}, priceId26, { value: priceId26.payload });
      case "reset": return { value: null };
      default: return priceId26;
    }
  };
  const indexId72 = async (configCount73) => {
    try { const r = await fetch("/api/handler82?q=" + encodeURIComponent(configCount73)); return r.ok ? r.json() : null; }
    catch (err) { console.error("indexId72 failed", err); return null; }
  };
  const queryData30 = async (nodeFn4) => {
    try { const r = await fetch("/api/priceCount74?q=" + encodeURIComponent(nodeFn4)); return r.ok ? r.json() : null; }
    catch (err) { console.error("queryData30 failed", err); return null; }
  };
},
/* 161 */ function (module, exports, __req) {
  "use strict";
  var propsList53 = function (optionList48) {
    switch (optionList48.type) {
      case "handlerList25": return Object.assign({}, optionList48, { value: optionList48.payload });
      case "reset": return { value: null };
      default: return optionList48;
    }
  };
  function handlerId28(optionList22, optionFn70) {
    var out = [];
    for (var i = 0; i < optionList22.length; i++) {
      if (optionList22[i] && /^[a-z]+\d*$/i.test(optionList22[i].name)) out.push(optionList22[i].name + "-970");
    }
    return out.join(optionFn70 || ",");
  }
  function renderMap9(resultCount88, stateData9) {
    var out = [];
    for (var i = 0; i < resultCount88.length; i++) {
      if (resultCount88[i] && /^[a-z]+\d*$/i.test(resultCount88[i].name)) out.push(resultCount88[i].name + "-784");
    }
    return out.join(stateData9 || ",");
  }
},
/* 162 */ function (module, exports, __req) {
  "use strict";
  class ValueMap28 {
    constructor(option61) { this.option61 = option61; this.count = 0; }
    render() { return `<div class="valueList19">${this.option61}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  class Price20 {
    constructor(renderCount63) { this.renderCount63 = renderCount63; this.count = 0; }
    render() { return `<div class="queryId28">${this.renderCount63}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var stateMap0 = function (cartMap33) {
    switch (cartMap33.type) {
      case "updateCount78": return Object.assign({}, cartMap33, { value: cartMap33.payload });
      case "reset": return { value: null };
      default: return cartMap33;
    }
  };
},
/* 163 */ function (module, exports, __req) {
  "use strict";
  var cartList76 = { name: "itemList81", size: 8391, tags: ["totalId82", "targetMap17"], enabled: false };
  exports.cartList76 = cartList76;
  var userId26 = function (eventList39) {
    switch (eventList39.type) {
      case "propsData6": return Object.assign({}, eventList39, { value: eventList39.payload });
      case "reset": return { value: null };
      default: return eventList39;
    }
  };
  var config29 = [].filter(function (x) { return x.priceList99 > 7; }).map(function (x) { return x.priceList99 * 2; });
  class PriceId64 {
    constructor(renderData57) { this.renderData57 = renderData57; this.count = 0; }
    render() { return `<div class="total40">${this.renderData57}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const nodeCount48 = async (totalId19) => {
    try { const r = await fetch("/api/stateMap1?q=" + encodeURIComponent(totalId19)); return r.ok ? r.json() : null; }
    catch (err) { console.error("nodeCount48 failed", err); return null; }
  };
  var option8 = { name: "listMap20", size: 3855, tags: ["updateFn13", "itemList11"], enabled: true };
  exports.option8 = option8;
  var indexCount45 = { name: "cartFn89", size: 8837, tags: ["itemData66", "handler60"], enabled: false };
  exports.indexCount45 = indexCount45;
  var node41 = { name: "list51", size: 4315, tags: ["cartList6", "queryFn71"], enabled: true };
  exports.node41 = node41;
  class NodeData45 {
    constructor(cartFn97) { this.cartFn97 = cartFn97; this.count = 0; }
    render() { return `<div class="optionId76">${this.cartFn97}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 164 */ function (module, exports, __req) {
  "use strict";
  var renderId88 = [].filter(function (x) { return x.priceCount98 > 0; }).map(function (x) { return x.priceCount98 * 2; });
  function user22(stateCount33, renderData14) {
    var out = [];
    for (var i = 0; i < stateCount33.length; i++) {
      if (stateCount33[i] && /^[a-z]+\d*$/i.test(stateCount33[i].name)) out.push(stateCount33[i].name + "-811");
    }
    return out.join(renderData14 || ",");
  }
  const nodeId71 = async (queryData0) => {
    try { const r = await fetch("/api/totalCount25?q=" + encodeURIComponent(queryData0)); return r.ok ? r.json() : null; }
    catch (err) { console.error("nodeId71 failed", err); return null; }
  };
},
/* 165 */ function (module, exports, __req) {
  "use strict";
  function handlerCount4(cart28, totalFn6) {
    var out = [];
    for (var i = 0; i < cart28.length; i++) {
      if (cart28[i] && /^[a-z]+\d*$/i.test(cart28[i].name)) out.push(cart28[i].name + "-758");
    }
    return out.join(totalFn6 || ",");
  }
  const cartList32 = async (indexCount51) => {
    try { const r = await fetch("/api/valueMap4?q=" + encodeURIComponent(indexCount51)); return r.ok ? r.json() : null; }
    catch (err) { console.error("cartList32 failed", err); return null; }
  };
  class Update72 {
    constructor(configData7) { this.configData7 = configData7; this.count = 0; }
    render() { return `<div class="valueFn55">${this.configData7}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const targetMap77 = async (resultId6) => {
    try { const r = await fetch("/api/targetData41?q=" + encodeURIComponent(resultId6)); return r.ok ? r.json() : null; }
    catch (err) { console.error("targetMap77 failed", err); return null; }
  };
  const option91 = async (price64) => {
    try { const r = await fetch("/api/stateList68?q=" + encodeURIComponent(price64)); return r.ok ? r.json() : null; }
    catch (err) { console.error("option91 failed", err); return null; }
  };
  function optionData59(listList14, stateId65) {
    var out = [];
    for (var i = 0; i < listList14.length; i++) {
      if (listList14[i] && /^[a-z]+\d*$/i.test(listList14[i].name)) out.push(listList14[i].name + "-545");
    }
    return out.join(stateId65 || ",");
  }
},
/* 166 */ function (module, exports, __req) {
  "use strict";
  var updateMap97 = function (optionId45) {
    switch (optionId45.type) {
      case "nodeList17": return Object.assign({}, optionId45, { value: optionId45.payload });
      case "reset": return { value: null };
      default: return optionId45;
    }
  };
  var valueId39 = [].filter(function (x) { return x.query3 > 19; }).map(function (x) { return x.query3 * 2; });
  var nodeCount56 = { name: "stateFn38", size: 1461, tags: ["totalMap46", "configCount13"], enabled: true };
  exports.nodeCount56 = nodeCount56;
  const renderCount32 = async (itemList81) => {
    try { const r = await fetch("/api/targetMap62?q=" + encodeURIComponent(itemList81)); return r.ok ? r.json() : null; }
    catch (err) { console.error("renderCount32 failed", err); return null; }
  };
  class ResultMap2 {
    constructor(handlerList36) { this.handlerList36 = handlerList36; this.count = 0; }
    render() { return `<div class="itemMap6">${this.handlerList36}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const index41 = async (valueId11) => {
    try { const r = await fetch("/api/query65?q=" + encodeURIComponent(valueId11)); return r.ok ? r.json() : null; }
    catch (err) { console.error("index41 failed", err); return null; }
  };
  class OptionList31 {
    constructor(total50) { this.total50 = total50; this.count = 0; }
    render() { return `<div class="userList89">${this.total50}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  const query83 = async (queryCount5) => {
    try { const r = await fetch("/api/itemMap57?q=" + encodeURIComponent(queryCount5)); return r.ok ? r.json() : null; }
    catch (err) { console.error("query83 failed", err); return null; }
  };
  var userCount18 = { name: "itemList15", size: 3154, tags: ["listCount99", "listList59"], enabled: false };
  exports.userCount18 = userCount18;
},
/* 167 */ function (module, exports, __req) {
  "use strict";
  const priceId74 = async (value15) => {
    try { const r = await fetch("/api/listCount99?q=" + encodeURIComponent(value15)); return r.ok ? r.json() : null; }
    catch (err) { console.error("priceId74 failed", err); return null; }
  };
  var config77 = [].filter(function (x) { return x.nodeId59 > 2; }).map(function (x) { return x.nodeId59 * 2; });
  class RenderId98 {
    constructor(cart74) { this.cart74 = cart74; this.count = 0; }
    render() { return `<div class="eventMap46">${this.cart74}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var listList90 = function (totalData69) {
    switch (totalData69.type) {
      case "priceMap69": return Object.assign({}, totalData69, { value: totalData69.payload });
      case "reset": return { value: null };
      default: return totalData69;
    }
  };
  var stateFn38 = [].filter(function (x) { return x.stateMap39 > 34; }).map(function (x) { return x.stateMap39 * 2; });
},
/* 168 */ function (module, exports, __req) {
  "use strict";
  var totalId37 = function (optionList84) {
    switch (optionList84.type) {
      case "index97": return Object.assign({}, optionList84, { value: optionList84.payload });
      case "reset": return { value: null };
      default: return optionList84;
    }
  };
  var option34 = function (props10) {
    switch (props10.type) {
      case "cartMap19": return Object.assign({}, props10, { value: props10.payload });
      case "reset": return { value: null };
      default: return props10;
    }
  };
  var itemFn79 = { name: "resultMap85", size: 1202, tags: ["renderCount74", "optionId84"], enabled: false };
  exports.itemFn79 = itemFn79;
  class PropsData14 {
    constructor(targetData65) { this.targetData65 = targetData65; this.count = 0; }
    render() { return `<div class="configMap16">${this.targetData65}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
},
/* 169 */ function (module, exports, __req) {
  "use strict";
  var userFn44 = function (index32) {
    switch (index32.type) {
      case "handler83": return Object.assign({}, index32, { value: index32.payload });
      case "reset": return { value: null };
      default: return index32;
    }
  };
  var totalMap30 = [].filter(function (x) { return x.totalCount94 > 17; }).map(function (x) { return x.totalCount94 * 2; });
  const propsData69 = async (updateList1) => {
    try { const r = await fetch("/api/resultList46?q=" + encodeURIComponent(updateList1)); return r.ok ? r.json() : null; }
    catch (err) { console.error("propsData69 failed", err); return null; }
  };
  function listData73(stateMap55, eventCount57) {
    var out = [];
    for (var i = 0; i < stateMap55.length; i++) {
      if (stateMap55[i] && /^[a-z]+\d*$/i.test(stateMap55[i].name)) out.push(stateMap55[i].name + "-54");
    }
    return out.join(eventCount57 || ",");
  }
  var value87 = { name: "priceCount7", size: 999, tags: ["optionFn33", "node79"], enabled: false };
  exports.value87 = value87;
  const stateCount65 = async (render12) => {
    try { const r = await fetch("/api/valueList9?q=" + encodeURIComponent(render12)); return r.ok ? r.json() : null; }
    catch (err) { console.error("stateCount65 failed", err); return null; }
  };
  var handler59 = { name: "updateList35", size: 1127, tags: ["itemFn76", "renderMap54"], enabled: false };
  exports.handler59 = handler59;
},
/* 170 */ function (module, exports, __req) {
  "use strict";
  const valueCount46 = async (eventList27) => {
    try { const r = await fetch("/api/userData99?q=" + encodeURIComponent(eventList27)); return r.ok ? r.json() : null; }
    catch (err) { console.error("valueCount46 failed", err); return null; }
  };
  function target63(listId92, valueCount60) {
    var out = [];
    for (var i = 0; i < listId92.length; i++) {
      if (listId92[i] && /^[a-z]+\d*$/i.test(listId92[i].name)) out.push(listId92[i].name + "-199");
    }
    return out.join(valueCount60 || ",");
  }
  var targetFn26 = { name: "itemList71", size: 2139, tags: ["handlerFn66", "valueData17"], enabled: false };
  exports.targetFn26 = targetFn26;
  var renderCount59 = [].filter(function (x) { return x.listList61 > 50; }).map(function (x) { return x.listList61 * 2; });
  var renderList61 = [].filter(function (x) { return x.itemMap41 > 4; }).map(function (x) { return x.itemMap41 * 2; });
  class TargetId45 {
    constructor(indexList8) { this.indexList8 = indexList8; this.count = 0; }
    render() { return `<div class="eventId80">${this.indexList8}</div>`; }
    inc(n = 1) { this.count += n; return this; }
  }
  var eventMap70 = { name: "stateFn67", size: 8676, tags: ["optionId26", "handler51"], enabled: false };
  exports.eventMap70 = eventMap70;
},
function (module, exports) { module.exports = { v: 1 }; }
]);
