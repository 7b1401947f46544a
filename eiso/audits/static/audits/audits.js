// Internal audit pages. No inline scripts (CSP): behaviour hangs on classes and data- attributes.
(function () {
  "use strict";

  // Progress bars: width from data-done / data-total (no inline style attribute).
  function sizeBars(root) {
    root.querySelectorAll(".audit-progress").forEach(function (bar) {
      var total = parseInt(bar.getAttribute("data-total"), 10) || 0;
      var done = parseInt(bar.getAttribute("data-done"), 10) || 0;
      bar.style.width = (total ? Math.round((100 * done) / total) : 0) + "%";
    });
  }

  // Show the chosen file's name on the "Photo or file" button.
  document.addEventListener("change", function (event) {
    var input = event.target.closest(".audit-file");
    if (!input || !input.files || !input.files.length) return;
    var label = input.form && input.form.querySelector("label[for='" + input.id + "']");
    if (label) label.textContent = input.files[0].name;
  });

  document.addEventListener("DOMContentLoaded", function () { sizeBars(document); });
  document.addEventListener("htmx:afterSwap", function (event) { sizeBars(event.target); });
})();
