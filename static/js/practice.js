// Live character count under a practice answer (the count is also rendered server-side).
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
  document.addEventListener("DOMContentLoaded", function () { bind(document); });
  document.addEventListener("htmx:afterSwap", function (event) { bind(event.target); });
})();
