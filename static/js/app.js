// Progressive enhancement only: every page works without this file.
document.body.classList.add("js-enabled", "govuk-frontend-supported");
if (window.GOVUKFrontend) {
  window.GOVUKFrontend.initAll();
}

// Radios that reveal a follow-up question (GOV.UK's conditional reveal). GOV.UK Frontend's own
// radios module marks each such radio aria-expanded, which ARIA does not allow on a radio
// (axe-core: aria-allowed-attr), so these groups use this module instead: the same markup
// (data-aria-controls promoted to aria-controls, the same classes), without aria-expanded.
// Without JavaScript the follow-up question is always shown.
document.querySelectorAll('[data-module="vhub-reveal-radios"]').forEach(function (group) {
  var radios = group.querySelectorAll('input[type="radio"]');
  radios.forEach(function (radio) {
    var target = radio.getAttribute("data-aria-controls");
    if (target && document.getElementById(target)) {
      radio.setAttribute("aria-controls", target);
      radio.removeAttribute("data-aria-controls");
    }
  });
  function sync() {
    radios.forEach(function (radio) {
      var target = document.getElementById(radio.getAttribute("aria-controls") || "");
      if (target) {
        target.classList.toggle("govuk-radios__conditional--hidden", !radio.checked);
      }
    });
  }
  group.addEventListener("change", sync);
  window.addEventListener("pageshow", sync);
  sync();
});

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
