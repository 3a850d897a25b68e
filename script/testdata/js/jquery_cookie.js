// api: jquery-cookie
$(function () {
  $.cookie('visited', 'yes', { expires: 30, path: '/' }); // want write "visited" attrs~"Max-Age=2592000"
  var v = $.cookie('visited'); // want read "visited"
  var everything = $.cookie(); // want read ?
  jQuery.cookie('lang', 'fr', { domain: 'example.com', secure: true }); // want write "lang" attrs~"Domain=example.com; Secure"
  $.cookie('legacy', null); // want delete "legacy"

  $('#logout').on('click', function () {
    $.removeCookie('visited', { path: '/' }); // want delete "visited" logout fn="click handler on #logout"
  });
  $('.log-out-link').click(function () {
    jQuery.removeCookie('lang'); // want delete "lang" logout
  });
});
