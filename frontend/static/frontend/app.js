// Keyboard shortcuts, the contradiction check and the ingest status refresh. No framework.
(function () {
  "use strict";

  // By physical key, so the shortcuts work the same with an Arabic keyboard layout.
  function keyOf(event) {
    var code = event.code || "";
    if (code.indexOf("Key") === 0) return code.slice(3).toLowerCase();
    if (code.indexOf("Digit") === 0) return code.slice(5);
    if (code.indexOf("Numpad") === 0 && /\d$/.test(code)) return code.slice(6);
    return (event.key || "").toLowerCase();
  }

  function typing(target) {
    return target.closest && target.closest("input:not([type=radio]):not([type=checkbox]), textarea, select, [contenteditable]");
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    if (typing(event.target)) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    var target = document.querySelector('[data-key="' + keyOf(event) + '"]');
    if (!target) return;
    event.preventDefault();
    if (target.tagName === "TEXTAREA" || target.tagName === "INPUT" && target.type === "text") {
      target.focus();
    } else if (target.tagName === "INPUT") {
      target.click();
      target.focus();
    } else {
      target.click();
    }
  });

  var decision = document.getElementById("decision-form");
  var pending = null;

  function withoutKeys(node) {
    var copy = node.cloneNode(true);
    copy.querySelectorAll("kbd").forEach(function (key) { key.remove(); });
    return copy.textContent.trim();
  }

  function decisionText(button) {
    var side = button.value === "contradicts" && decision.querySelector("input[name=holds]:checked");
    return withoutKeys(button) + (side ? " · " + withoutKeys(side.parentNode) : "");
  }

  function cancelPending() {
    if (!pending) return;
    clearTimeout(pending.timer);
    pending = null;
    document.getElementById("pending").hidden = true;
  }

  function saveNow() {
    if (!pending) return;
    var button = pending.button;
    clearTimeout(pending.timer);
    decision.setAttribute("data-confirmed", "true");
    decision.requestSubmit(button);
  }

  // A decision is written a few seconds after the key press, so a slip of the finger can be undone:
  // once written, a review is never edited.
  function startPending(button) {
    cancelPending();
    var bar = document.getElementById("pending");
    bar.querySelector("[data-what]").textContent = decisionText(button);
    bar.hidden = false;
    var seconds = Number(bar.getAttribute("data-seconds")) || 4;
    pending = { button: button, timer: setTimeout(saveNow, seconds * 1000) };
  }

  if (decision) {
    decision.addEventListener("submit", function (event) {
      if (decision.getAttribute("data-confirmed") === "true") return;
      var button = event.submitter;
      event.preventDefault();
      if (!button) return;
      if (button.value === "contradicts" && !decision.querySelector("input[name=holds]:checked")) {
        var hint = document.getElementById("holds-hint");
        if (!hint) {
          hint = document.createElement("p");
          hint.id = "holds-hint";
          hint.className = "msg msg-error";
          hint.setAttribute("role", "alert");
          decision.querySelector(".holds").appendChild(hint);
        }
        hint.textContent = decision.getAttribute("data-contradiction-hint");
        decision.querySelector("input[name=holds]").focus();
        return;
      }
      startPending(button);
    });
    document.querySelector("#pending [data-undo]").addEventListener("click", cancelPending);
    document.querySelector("#pending [data-now]").addEventListener("click", saveNow);
    document.addEventListener("keydown", function (event) {
      if (!pending || typing(event.target)) return;
      if (event.key === "Escape") { event.preventDefault(); cancelPending(); }
      else if (event.key === "Enter") { event.preventDefault(); saveNow(); }
    }, true);
  }

  var status = document.getElementById("ingest-status");
  if (status) {
    var started = Date.now();
    var poll = function () {
      var result = status.querySelector("[data-done]");
      // An upload of 100,000 lines takes a while: every 1.5 s for a minute, then every 5 s, for two hours.
      var elapsed = Date.now() - started;
      if (!result || result.getAttribute("data-done") === "true" || elapsed > 2 * 60 * 60 * 1000) return;
      fetch(status.getAttribute("data-poll"), { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
        .then(function (html) { status.innerHTML = html; })
        .catch(function () {})
        .then(function () { setTimeout(poll, elapsed > 60 * 1000 ? 5000 : 1500); });
    };
    setTimeout(poll, 1500);
  }
})();
