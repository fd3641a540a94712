// A limit is never a surprise: every long text field (a maxlength of 500 or more) says how many
// characters it holds once it is four fifths full. The words come from the page (data-counter-text on
// the body, in the reader's language); the field's description points at the count.
(function () {
  "use strict";

  function attach(field, text, lang) {
    var max = parseInt(field.getAttribute("maxlength"), 10);
    if (!max || max < 500 || !field.id) return;
    var note = document.createElement("p");
    note.className = "field__counter";
    note.id = field.id + "-counter";
    field.insertAdjacentElement("afterend", note);
    var described = field.getAttribute("aria-describedby");
    field.setAttribute("aria-describedby", (described ? described + " " : "") + note.id);
    function update() {
      var used = field.value.length;
      note.textContent = used >= max * 0.8
        ? text.replace("{0}", used.toLocaleString(lang)).replace("{1}", max.toLocaleString(lang))
        : "";
    }
    field.addEventListener("input", update);
    update();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var text = document.body.getAttribute("data-counter-text");
    if (!text) return;
    var lang = document.documentElement.lang || "nl";
    document.querySelectorAll("textarea[maxlength]").forEach(function (field) { attach(field, text, lang); });
  });
})();
