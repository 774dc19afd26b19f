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
