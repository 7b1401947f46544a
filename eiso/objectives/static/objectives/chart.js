// Measurements chart of an objective: reads its data from data- attributes (no inline script).
(function () {
  "use strict";
  function numbers(text) {
    return text ? text.split("|").map(Number) : [];
  }
  function draw(canvas) {
    if (!window.Chart || canvas.dataset.drawn) return;
    canvas.dataset.drawn = "1";
    var labels = canvas.dataset.labels ? canvas.dataset.labels.split("|") : [];
    var values = numbers(canvas.dataset.values);
    var target = Number(canvas.dataset.target);
    new window.Chart(canvas, {
      type: "line",
      data: {
        labels: labels,
        datasets: [
          { label: canvas.dataset.valueLabel, data: values, borderColor: "#206bc4", tension: 0.2 },
          {
            label: canvas.dataset.targetLabel,
            data: labels.map(function () { return target; }),
            borderColor: "#d63939",
            borderDash: [6, 4],
            pointRadius: 0,
          },
        ],
      },
      options: { responsive: true, aspectRatio: 2, animation: false },
    });
  }
  function init() {
    document.querySelectorAll("canvas[data-objective-chart]").forEach(draw);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
