// Progressive enhancement only: every page works without this file.
document.body.classList.add("js-enabled", "govuk-frontend-supported");
if (window.GOVUKFrontend) {
  window.GOVUKFrontend.initAll();
}

// MOJ Frontend: sortable tables and button menus (initAll), and the filter panel, which on a
// phone folds behind a "Show filter" button (it is not one of initAll's components, so each
// panel is started here with the place for its button).
(function () {
  "use strict";
  var moj = window.MOJFrontend;
  if (!moj) {
    return;
  }
  moj.initAll();
  document.querySelectorAll("[data-vhub-filter-panel]").forEach(function (panel) {
    new moj.FilterToggleButton(panel, {
      startHidden: false,
      toggleButton: {
        showText: "Show filters",
        hideText: "Hide filters",
        classes: "govuk-button--secondary govuk-!-margin-bottom-3",
      },
      toggleButtonContainer: { selector: panel.dataset.vhubFilterPanel },
      closeButton: { text: "Close filters", classes: "moj-filter__close" },
      closeButtonContainer: { selector: ".moj-filter__header-action" },
    });
  });
  // Tables that htmx swaps in (the queue's refresh and filters) are sortable too.
  document.body.addEventListener("htmx:afterSettle", function (event) {
    moj.initAll({ scope: event.target });
  });
})();

// The triage queue's selection (supervisors): "Select all on this page" ticks or clears every
// row's checkbox, says how many are selected, and shows as partly ticked when some are.
function vhubSelection(form) {
  var all = form.querySelector("[data-vhub-select-all]");
  var boxes = form.querySelectorAll("input[name=referrals][type=checkbox]");
  var ticked = form.querySelectorAll("input[name=referrals][type=checkbox]:checked").length;
  if (all) {
    all.checked = boxes.length > 0 && ticked === boxes.length;
    all.indeterminate = ticked > 0 && ticked < boxes.length;
  }
  var count = form.querySelector("[data-vhub-selected-count]");
  if (count) {
    count.textContent = ticked ? ticked + (ticked === 1 ? " referral" : " referrals") + " selected" : "";
  }
}
document.addEventListener("change", function (event) {
  var box = event.target;
  if (!box.form) return;
  if (box.matches("[data-vhub-select-all]")) {
    box.form.querySelectorAll("input[name=referrals][type=checkbox]").forEach(function (row) {
      row.checked = box.checked;
    });
    vhubSelection(box.form);
  } else if (box.name === "referrals" && box.form.querySelector("[data-vhub-select-all]")) {
    vhubSelection(box.form);
  }
});
// The queue refreshes itself every minute: not while rows are selected, which it would clear.
document.addEventListener("htmx:beforeRequest", function (event) {
  var source = event.detail.elt;
  if (source.id === "queue-results" && source.querySelector("input[name=referrals]:checked")) {
    event.preventDefault();
  }
});
