/* The upload page works without this script: the file input covers the drop zone, so a file
   dropped there lands on the input. This only highlights the zone while a file is dragged over
   it and shows the chosen file's name and size. */
(function () {
  "use strict";

  function formatSize(bytes) {
    if (bytes >= 1024 * 1024) return (bytes / (1024 * 1024)).toFixed(1) + " MB";
    return Math.max(1, Math.round(bytes / 1024)) + " KB";
  }

  function enhance(zone) {
    var input = zone.querySelector("input[type=file]");
    var label = zone.querySelector("[data-file-name]");
    if (!input) return;
    var depth = 0;

    function showChosen() {
      var file = input.files && input.files[0];
      zone.classList.toggle("dropzone--chosen", Boolean(file));
      if (label) label.textContent = file ? file.name + " (" + formatSize(file.size) + ")" : "";
    }

    zone.addEventListener("dragenter", function () {
      depth += 1;
      zone.classList.add("dropzone--over");
    });
    zone.addEventListener("dragleave", function () {
      depth = Math.max(0, depth - 1);
      if (depth === 0) zone.classList.remove("dropzone--over");
    });
    zone.addEventListener("drop", function () {
      depth = 0;
      zone.classList.remove("dropzone--over");
    });
    input.addEventListener("change", showChosen);
    showChosen();
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-dropzone]"), enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
