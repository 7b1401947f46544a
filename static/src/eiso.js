// eiso front-end behaviour. No inline scripts anywhere (CSP): pages use data- attributes.
(function () {
  "use strict";

  // Ask before destructive actions: <button data-confirm="...">.
  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-confirm]");
    if (target && !window.confirm(target.getAttribute("data-confirm"))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // Submit a form when a select marked data-autosubmit changes (filters, agency switcher).
  document.addEventListener("change", function (event) {
    var target = event.target.closest("[data-autosubmit]");
    if (target && target.form) {
      target.form.requestSubmit ? target.form.requestSubmit() : target.form.submit();
    }
  });

  // Tabs that scroll sideways on a phone: bring the current tab into view.
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".nav-tabs.overflow-auto").forEach(function (tabs) {
      var active = tabs.querySelector(".nav-link.active");
      if (active && tabs.scrollWidth > tabs.clientWidth) {
        tabs.scrollLeft += active.getBoundingClientRect().left - tabs.getBoundingClientRect().left - 16;
      }
    });
  });
})();
