// The header and the tables on a small screen. Loaded without "defer" in the head, so the "js" class is
// on the page before it is drawn: the menu is folded (CSS) only when this script runs, and without
// script the navigation simply stays open.
(function () {
  "use strict";

  document.documentElement.classList.add("js");

  // The menu button: a disclosure (aria-expanded, aria-controls). Escape closes it and gives focus back.
  function menu() {
    var button = document.querySelector("[data-menu-button]");
    if (!button) return;
    var target = document.getElementById(button.getAttribute("aria-controls"));
    button.hidden = false;
    function set(open) {
      button.setAttribute("aria-expanded", String(open));
      target.classList.toggle("is-open", open);
    }
    button.addEventListener("click", function () {
      set(button.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        set(false);
        button.focus();
      }
    });
  }

  // On a phone each table row becomes a small block of "column: value" lines (CSS, below 40rem): every
  // cell gets its column's heading as data-label. Explicit table roles keep the cells announced as a
  // table once CSS changes how they are displayed.
  function tables(root) {
    root.querySelectorAll("table.table:not([data-labelled])").forEach(function (table) {
      var headings = [];
      var head = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
      if (head) {
        Array.prototype.forEach.call(head.cells, function (cell) {
          for (var i = 0; i < (cell.colSpan || 1); i++) headings.push(cell.textContent.trim());
        });
      }
      table.setAttribute("role", "table");
      table.setAttribute("data-labelled", "");
      Array.prototype.forEach.call(table.querySelectorAll("thead, tbody, tfoot"), function (group) {
        group.setAttribute("role", "rowgroup");
      });
      Array.prototype.forEach.call(table.rows, function (row) {
        row.setAttribute("role", "row");
        var column = 0;
        Array.prototype.forEach.call(row.cells, function (cell) {
          var inHead = row.parentElement && row.parentElement.tagName === "THEAD";
          if (inHead) {
            cell.setAttribute("role", "columnheader");
          } else if (cell.tagName === "TH") {
            cell.setAttribute("role", "rowheader");
          } else {
            cell.setAttribute("role", "cell");
          }
          if (!inHead && headings[column] && !cell.hasAttribute("data-label")) {
            cell.setAttribute("data-label", headings[column]);
          }
          column += cell.colSpan || 1;
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    menu();
    tables(document);
  });
  // Tables that htmx brings in later (all teams on the dashboard) get their labels too.
  document.addEventListener("htmx:afterSettle", function (event) {
    tables(event.target.parentElement || document);
  });
})();
