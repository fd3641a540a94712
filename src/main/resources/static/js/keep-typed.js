// Nothing typed is lost: when the server refuses a form and sends the user back to the page, it
// also sends what they typed (a JSON block with the id "typed-values"). This puts each value back
// into the field of the same name, unless the page already shows something else there.
(function () {
  "use strict";

  function restore() {
    var block = document.getElementById("typed-values");
    if (!block) return;
    var typed;
    try { typed = JSON.parse(block.textContent); } catch (e) { return; }
    Object.keys(typed).forEach(function (name) {
      document.querySelectorAll("form [name]").forEach(function (field) {
        if (field.name !== name || field.type === "hidden" || field.type === "password" || field.type === "file") return;
        if (field.type === "checkbox" || field.type === "radio") {
          if (field.value === typed[name]) field.checked = true;
        } else if (field.value === "" || field.tagName === "SELECT") {
          field.value = typed[name];
        }
      });
    });
  }

  // After a refused form, the list of what to fix is read first: focus goes to it, or, on a form
  // without such a list, to the first field that was refused (aria-invalid, set by the server).
  function focusProblems() {
    if (document.querySelector("[autofocus]")) return;
    var summary = document.querySelector("main .notice--problem[tabindex='-1'], main .notice--problem[role='alert']");
    if (summary) {
      if (!summary.hasAttribute("tabindex")) summary.setAttribute("tabindex", "-1");
      summary.focus();
      return;
    }
    var field = document.querySelector("main [aria-invalid='true']");
    if (field) field.focus();
  }

  document.addEventListener("DOMContentLoaded", function () {
    restore();
    focusProblems();
  });
})();
