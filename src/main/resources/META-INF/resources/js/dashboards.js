// The dashboard's filters and sections: the loading status, typed dates, the language switch (charts.js draws the
// charts).
(function () {
  // The filter's state: a typed date means dates, not a quick period; the dates shown are those the figures are of.
  function status(text) {
    var element = document.getElementById('dashboard-status');
    if (element) {
      element.textContent = text ? element.getAttribute(text) : '';
    }
  }
  function showApplied() {
    var results = document.getElementById('dashboard-results');
    var section = document.getElementById('section-field');
    if (results && section) {
      section.value = results.getAttribute('data-section');
    }
    ['from', 'to'].forEach(function (name) {
      var input = document.getElementById(name);
      if (results && input && document.activeElement !== input) {
        input.value = results.getAttribute('data-' + name);
      }
    });
  }
  // A date field changes at every key typed once it holds a whole date: its change waits until the typing pauses
  // (then the form hears "dates-typed"), so a typed date asks once, not once per key.
  var typing = null;
  document.addEventListener('change', function (event) {
    var period = document.getElementById('period');
    if (!period || (event.target.id !== 'from' && event.target.id !== 'to')) {
      return;
    }
    event.stopPropagation();
    period.value = '';
    clearTimeout(typing);
    typing = setTimeout(function () {
      htmx.trigger(event.target.form, 'dates-typed');
    }, 800);
  }, true);
  document.addEventListener('htmx:beforeRequest', function (event) {
    if (document.getElementById('dashboard-results')) {
      document.getElementById('dashboard-results').setAttribute('aria-busy', 'true');
      status('data-loading');
    }
  });
  document.addEventListener('htmx:afterSettle', function () {
    var results = document.getElementById('dashboard-results');
    if (results) {
      results.removeAttribute('aria-busy');
      status('data-done');
      showApplied();
    }
  });
  // the language switch comes back to the view as it now is, filters and section included
  function keepLanguageSwitch() {
    var link = document.querySelector('[data-testid="lang-switch"]');
    if (link) {
      link.href = link.getAttribute('href').replace(/back=.*$/, 'back=' + encodeURIComponent(location.pathname + location.search));
    }
  }
  document.addEventListener('htmx:replacedInHistory', keepLanguageSwitch);
  document.addEventListener('htmx:pushedIntoHistory', keepLanguageSwitch);
  document.addEventListener('htmx:responseError', function () { status('data-failed'); });
  document.addEventListener('htmx:sendError', function () { status('data-failed'); });
})();
