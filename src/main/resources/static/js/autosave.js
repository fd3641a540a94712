/*
 * Goedgesprek autosave: forms marked data-autosave="true" are posted by htmx as the user types.
 * This file adds what htmx does not: a visible message when a save fails (with a retry button), and a
 * copy of unsaved input in the browser's localStorage, so that nothing typed is lost when the network
 * or the server fails, or the browser is closed before the save went through.
 */
(function () {
  "use strict";

  function statusOf(form) {
    var selector = form.getAttribute("data-status") || "#save-status";
    return document.querySelector(selector);
  }

  function versionOf(form) {
    var input = form.querySelector("input[name=version]");
    return input ? input.value : "";
  }

  function fieldsOf(form) {
    var data = [];
    form.querySelectorAll("textarea, input[type=text], input[type=radio]:checked").forEach(function (field) {
      if (field.name) {
        data.push({ name: field.name, id: field.id, value: field.value, type: field.type });
      }
    });
    return data;
  }

  function backup(form) {
    var key = form.getAttribute("data-autosave-key");
    if (!key) return;
    try {
      localStorage.setItem(key, JSON.stringify({ version: versionOf(form), fields: fieldsOf(form) }));
    } catch (e) { /* private mode or full storage: the server copy is what we have */ }
  }

  function forget(form) {
    var key = form.getAttribute("data-autosave-key");
    if (key) {
      try { localStorage.removeItem(key); } catch (e) { /* nothing to do */ }
    }
  }

  function showFailure(form) {
    var status = statusOf(form);
    if (!status) return;
    status.classList.add("save-status--problem");
    status.textContent = form.getAttribute("data-failed-message") + " ";
    var retry = document.createElement("button");
    retry.type = "button";
    retry.className = "link-button";
    retry.textContent = form.getAttribute("data-retry-label");
    retry.addEventListener("click", function () { htmx.trigger(form, "change"); });
    status.appendChild(retry);
  }

  /* Puts back input that was typed on top of the version the server still has, and saves it. */
  function restore(form) {
    var key = form.getAttribute("data-autosave-key");
    var saved;
    try { saved = JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { saved = null; }
    if (!saved || saved.version !== versionOf(form)) {
      forget(form);
      return;
    }
    var changed = false;
    saved.fields.forEach(function (field) {
      if (field.type === "radio") {
        var radio = form.querySelector("input[type=radio][name='" + CSS.escape(field.name) + "'][value='" + CSS.escape(field.value) + "']");
        if (radio && !radio.checked) { radio.checked = true; changed = true; }
      } else {
        var element = field.id ? document.getElementById(field.id) : null;
        if (element && element.value !== field.value) { element.value = field.value; changed = true; }
      }
    });
    if (changed) {
      var status = statusOf(form);
      if (status) status.textContent = form.getAttribute("data-restored-message");
      htmx.trigger(form, "change");
    }
  }

  function addTalkingPoint(button) {
    var list = document.getElementById("talking-points");
    var count = list.querySelectorAll("input").length;
    var item = document.createElement("li");
    item.className = "talking-point";
    var label = document.createElement("label");
    label.className = "visually-hidden";
    label.htmlFor = "tp-added-" + count;
    label.textContent = button.getAttribute("data-label");
    var input = document.createElement("input");
    input.type = "text";
    input.name = "talkingPoint";
    input.maxLength = 1000;
    input.id = "tp-added-" + count;
    item.appendChild(label);
    item.appendChild(input);
    list.appendChild(item);
    input.focus();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-autosave]").forEach(function (form) {
      restore(form);
      form.addEventListener("input", function () { backup(form); });
      form.addEventListener("change", function () { backup(form); });
    });
    document.querySelectorAll("[data-add-talking-point]").forEach(function (button) {
      button.addEventListener("click", function () { addTalkingPoint(button); });
    });
  });

  document.addEventListener("htmx:beforeRequest", function (event) {
    var form = event.detail.elt;
    if (form.matches && form.matches("form[data-autosave]")) {
      var status = statusOf(form);
      if (status) {
        status.classList.remove("save-status--problem");
        status.textContent = form.getAttribute("data-saving-message");
      }
    }
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    var form = event.detail.elt;
    if (!(form.matches && form.matches("form[data-autosave]"))) return;
    if (event.detail.successful) {
      forget(form);
    } else if (!event.detail.xhr || event.detail.xhr.status !== 409) {
      backup(form);
      showFailure(form);
    }
  });
})();
