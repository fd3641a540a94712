/*
 * Goedgesprek print: a printed page shows what is folded away on screen to read, such as the table
 * beside a chart ("Als tabel"): the <details class="print-open"> elements. CSS cannot open a
 * <details>, so this opens them before printing and closes them again afterwards. Folded forms
 * (adding a goal, moving a conversation) stay closed, and print CSS hides their summaries.
 */
(function () {
  "use strict";

  var opened = [];

  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.filter.call(document.querySelectorAll("details.print-open:not([open])"), function (details) {
      details.open = true;
      return true;
    });
  });

  window.addEventListener("afterprint", function () {
    opened.forEach(function (details) {
      details.open = false;
    });
    opened = [];
  });
})();
