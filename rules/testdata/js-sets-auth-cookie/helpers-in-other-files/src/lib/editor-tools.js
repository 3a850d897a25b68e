// A nested namespace of a classic script, as CKEditor has.
var CKEDITOR = window.CKEDITOR || {};
CKEDITOR.tools = {
  setCookie: function (name, value) {
    document.cookie = encodeURIComponent(name) + "=" + encodeURIComponent(value) + ";path=/;secure;samesite=strict";
  },
};
