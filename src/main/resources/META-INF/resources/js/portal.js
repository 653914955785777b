// Behaviour every page shares, kept out of the markup so the Content-Security-Policy can forbid inline script.
(function () {
  // htmx requests carry the session's form token as a header (shared/web/CsrfFilter checks it on writes).
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    if (token) {
      event.detail.headers['X-CSRF-Token'] = token.getAttribute('content');
    }
  });
  // A refused form's summary (tags/formMessages) takes the focus when the page opens, so a keyboard or screen
  // reader user starts from the list of what to put right, as GOV.UK's error summary does.
  var summary = document.getElementById('form-summary');
  if (summary) {
    summary.focus();
  }
  // A print button (data-print) opens the browser's print dialog.
  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('[data-print]')) {
      window.print();
    }
  });
  // A polled element marked data-reload-on-error reloads the whole page when a poll fails (e.g. the session
  // ended), so the user sees the real page instead of a frozen fragment.
  document.addEventListener('htmx:responseError', function (event) {
    if (event.detail.elt && event.detail.elt.hasAttribute('data-reload-on-error')) {
      window.location.reload();
    }
  });
  // On a narrow screen the main menu folds behind its button (the stylesheet shows the button there once this runs;
  // without script, or on a wide screen, the menu is always open). Escape folds it again, back onto the button.
  var menu = document.querySelector('.main-nav');
  var toggle = menu && menu.querySelector('.menu-toggle');
  if (toggle) {
    menu.classList.add('menu-ready');
    toggle.addEventListener('click', function () {
      toggle.setAttribute('aria-expanded', String(toggle.getAttribute('aria-expanded') !== 'true'));
    });
    menu.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true' && toggle.offsetParent !== null) {
        toggle.setAttribute('aria-expanded', 'false');
        toggle.focus();
      }
    });
  }
})();
