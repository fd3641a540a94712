/*
 * Goedgesprek print: a printed page shows what is folded away on screen, such as the table beside a
 * chart ("Als tabel"). CSS cannot open a <details>, so this opens the closed ones before printing and
 * closes them again afterwards. Lists that load when opened (details.all-teams) stay closed: their
 * rows would not arrive before the page is printed.
 */
(function () {
  "use strict";

  var opened = [];

  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.filter.call(document.querySelectorAll("details:not([open]):not(.all-teams)"), function (details) {
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
