// The practice page: a live character count under the answer (also rendered server-side), and
// the newest feedback in view after it arrives.
(function () {
  function bind(root) {
    root.querySelectorAll("textarea[data-counter]").forEach(function (area) {
      var counter = document.getElementById(area.dataset.counter);
      if (!counter || area.dataset.bound) return;
      area.dataset.bound = "1";
      var update = function () { counter.textContent = area.value.length; };
      area.addEventListener("input", update);
      update();
    });
  }

  // When an answer's feedback is ready the page reloads (HX-Refresh). The browser would put the
  // reader back where the form was, above the new feedback and follow-up; show the newest turn
  // instead, once, for the page the answer was sent from.
  var REVEAL = "practice-reveal";
  var here = function () { return location.pathname + location.search; };
  document.addEventListener("htmx:beforeRequest", function (event) {
    if (event.detail.elt && event.detail.elt.id === "answer-form") {
      sessionStorage.setItem(REVEAL, here());
      history.scrollRestoration = "manual";
    }
  });
  function reveal() {
    if (sessionStorage.getItem(REVEAL) !== here()) return;
    sessionStorage.removeItem(REVEAL);
    // Back on "auto" when leaving (unless for the next reveal), so that going back here later
    // restores the position.
    window.addEventListener("pagehide", function () {
      if (!sessionStorage.getItem(REVEAL)) history.scrollRestoration = "auto";
    });
    var turns = document.querySelectorAll("[data-testid=turn]");
    if (turns.length) turns[turns.length - 1].scrollIntoView({ block: "start" });
  }

  document.addEventListener("DOMContentLoaded", function () { bind(document); reveal(); });
  document.addEventListener("htmx:afterSwap", function (event) { bind(event.target); });
})();
