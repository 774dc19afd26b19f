// Idle sign-out, made humane: warns two minutes before the server signs the person out, and
// keeps the session alive while they work in the page without sending requests (typing a long
// narrative, for instance). The server enforces the limit whatever this file does.
(function () {
  "use strict";
  var box = document.getElementById("session-warning");
  if (!box) {
    return;
  }
  var idleMs = Number(box.dataset.idleSeconds) * 1000;
  var warnMs = Number(box.dataset.warnSeconds) * 1000;
  var form = box.querySelector("form");
  var lastRequest = Date.now();
  var lastActivity = Date.now();

  function keepAlive() {
    lastRequest = Date.now();
    return fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin",
    });
  }

  ["keydown", "mousedown", "touchstart", "scroll"].forEach(function (name) {
    document.addEventListener(name, function () { lastActivity = Date.now(); }, { passive: true });
  });
  document.body.addEventListener("htmx:afterRequest", function () { lastRequest = Date.now(); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    keepAlive();
    lastActivity = Date.now();
    box.hidden = true;
  });

  window.setInterval(function () {
    var now = Date.now();
    if (box.hidden && lastActivity > lastRequest && now - lastRequest > 60000) {
      keepAlive();
      return;
    }
    var quiet = now - lastRequest;
    if (quiet >= idleMs + 5000) {
      window.location.assign(window.location.href); // the server signs out and says why
    } else if (quiet >= idleMs - warnMs && box.hidden) {
      box.hidden = false;
      box.querySelector("button").focus();
    }
  }, 5000);
})();
