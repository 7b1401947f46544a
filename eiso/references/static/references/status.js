// Status change form: show "Replaced by" only for a replacement and "Amended by" only for an
// amendment. Without JavaScript every field stays visible and the server checks them.
(function () {
  "use strict";
  function wrapperOf(field) {
    return field ? field.closest(".mb-3") : null;
  }
  function setup() {
    var form = document.querySelector("[data-external-status-form]");
    if (!form) {
      return;
    }
    var status = form.querySelector("select[name=status]");
    var replaced = wrapperOf(form.querySelector("[name=replaced_by]"));
    var amended = wrapperOf(form.querySelector("[name=amended_by]"));
    function update() {
      if (replaced) {
        replaced.hidden = status.value !== "replaced";
      }
      if (amended) {
        amended.hidden = status.value !== "amended";
      }
    }
    status.addEventListener("change", update);
    update();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
