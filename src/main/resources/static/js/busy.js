// Work that takes a while: one mechanism for every form. A form that is sent is marked busy, so a
// second press of its button does nothing (the first request goes on; a double import, a second
// "voor gezien" or two identical agreements cannot come from an impatient click). After a second
// without an answer the button says the work is going on, in a status line a screen reader reads.
// htmx requests get the same: their button is busy until the answer is in.
// The button is not made "disabled": a disabled submitter drops its name and value from the form.
(function () {
  "use strict";

  var SHOW_AFTER_MS = 1000;

  function busyText() {
    return document.body.getAttribute("data-busy-text") || "…";
  }

  function start(form, button) {
    form.setAttribute("data-busy", "true");
    form.setAttribute("aria-busy", "true");
    if (button) button.setAttribute("aria-disabled", "true");
    form._busyTimer = window.setTimeout(function () {
      var status = document.createElement("p");
      status.className = "busy";
      status.setAttribute("role", "status");
      status.setAttribute("data-busy-status", "");
      (button && button.parentNode === form ? button : form.lastElementChild || form).insertAdjacentElement("afterend", status);
      // filled after insertion, so the live region announces the change
      window.setTimeout(function () { status.textContent = busyText(); }, 50);
    }, SHOW_AFTER_MS);
  }

  function stop(form) {
    window.clearTimeout(form._busyTimer);
    form.removeAttribute("data-busy");
    form.removeAttribute("aria-busy");
    form.querySelectorAll("[aria-disabled=true]").forEach(function (b) { b.removeAttribute("aria-disabled"); });
    var next = form.parentNode && form.parentNode.querySelectorAll("[data-busy-status]");
    if (next) next.forEach(function (status) { status.remove(); });
  }

  // Capture phase: runs before htmx and before the page's own handlers, so a second press is stopped
  // whoever would handle it.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.getAttribute("data-busy") === "true") {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (form.hasAttribute("data-autosave-key") || form.hasAttribute("data-no-busy")) return;
    start(form, event.submitter);
  }, true);

  // Last in line: a plain form another handler stopped is not on its way, so it is not busy. A form
  // htmx sends is stopped by htmx itself and stays busy until its answer.
  var HTMX = "[hx-post],[hx-get],[hx-put],[hx-patch],[hx-delete]";
  window.addEventListener("submit", function (event) {
    var form = event.target;
    var htmx = form.matches(HTMX) || (event.submitter && event.submitter.matches(HTMX));
    if (event.defaultPrevented && !htmx && form.getAttribute("data-busy") === "true") {
      stop(form);
    }
  });

  // htmx: the answer came (or failed); the form may be sent again.
  document.addEventListener("htmx:afterRequest", function (event) {
    var form = event.target.closest && event.target.closest("form");
    if (form && form.getAttribute("data-busy") === "true") stop(form);
  });

  // Back to a page kept in the browser's cache: its forms are not busy any more.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) document.querySelectorAll("form[data-busy]").forEach(stop);
  });
})();
