// Editable tables of the draft editor: number the rows, move them up/down, remove them.
// Rows keep parallel input names (step_task, step_responsible…), so the order of the rows in
// the page is the order the server saves.
(function () {
  "use strict";

  function renumber(tbody) {
    var prefix = tbody.getAttribute("data-prefix") || "";
    tbody.querySelectorAll("[data-row]").forEach(function (row, index) {
      var cell = row.querySelector("[data-row-number]");
      if (cell) {
        cell.textContent = prefix + (index + 1);
      }
    });
  }

  function renumberAll(root) {
    (root || document).querySelectorAll("table[data-rows] tbody").forEach(renumber);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-row-up], [data-row-down], [data-row-remove]");
    if (!button) {
      return;
    }
    var row = button.closest("[data-row]");
    var tbody = row && row.parentElement;
    if (!row || !tbody) {
      return;
    }
    if (button.hasAttribute("data-row-remove")) {
      row.remove();
    } else if (button.hasAttribute("data-row-up") && row.previousElementSibling) {
      tbody.insertBefore(row, row.previousElementSibling);
    } else if (button.hasAttribute("data-row-down") && row.nextElementSibling) {
      tbody.insertBefore(row.nextElementSibling, row);
    }
    renumber(tbody);
    var focusable = button.hasAttribute("data-row-remove") ? null : button;
    if (focusable) {
      focusable.focus();
    }
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    renumberAll(event.target.closest("table") || document);
    var rows = event.target.querySelectorAll("[data-row]");
    var last = rows[rows.length - 1];
    var input = last && last.querySelector("textarea, input");
    if (input) {
      input.focus();
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    renumberAll(document);
  });
})();
