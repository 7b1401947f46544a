// Dashboard charts of nonconformities: data from data- attributes (no inline script, CSP).
(function () {
  "use strict";
  var COLOURS = ["#206bc4", "#d63939", "#f59f00", "#2fb344", "#ae3ec9", "#17a2b8", "#667382"];
  function draw(canvas) {
    if (!window.Chart || canvas.dataset.drawn) return;
    canvas.dataset.drawn = "1";
    var labels = canvas.dataset.labels ? canvas.dataset.labels.split("|") : [];
    var values = canvas.dataset.values ? canvas.dataset.values.split("|").map(Number) : [];
    var kind = canvas.dataset.ncChart || "bar";
    var horizontal = kind === "hbar";
    if (horizontal) {
      kind = "bar";
      // Long unit names: shortened on the axis, the table below the chart has them in full.
      labels = labels.map(function (text) {
        return text.length > 20 ? text.slice(0, 19) + "…" : text;
      });
    }
    new window.Chart(canvas, {
      type: kind,
      data: {
        labels: labels,
        datasets: [
          {
            label: canvas.dataset.label,
            data: values,
            backgroundColor: kind === "bar" ? COLOURS[0] : COLOURS,
          },
        ],
      },
      options: {
        responsive: true,
        indexAxis: horizontal ? "y" : "x",
        layout: { padding: { left: 12 } },
        aspectRatio: horizontal ? Math.max(1, 2.4 - labels.length * 0.15) : kind === "bar" ? 1.6 : 1.4,
        animation: false,
        plugins: { legend: { display: kind !== "bar", position: "bottom" } },
        scales:
          kind !== "bar"
            ? {}
            : horizontal
              ? { x: { beginAtZero: true, ticks: { precision: 0 } } }
              : { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }
  function init() {
    document.querySelectorAll("canvas[data-nc-chart]").forEach(draw);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
