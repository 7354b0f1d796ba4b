// The session timer: the server ends a session after its timeout without a request; this page
// warns a little before, lets the person stay (a request to /session/prolonger), and when the
// time is up leaves for the login page, so that a record is never left open on a shared screen.
(function () {
  var body = document.body;
  var timeout = parseInt(body.getAttribute('data-timeout'), 10) * 1000;
  var warning = parseInt(body.getAttribute('data-warning'), 10) * 1000;
  var base = body.getAttribute('data-base');
  var dialog = document.getElementById('session-warning');
  if (!timeout || !dialog) {
    return;
  }
  var warnTimer, endTimer;
  function end() {
    var form = document.createElement('form');
    form.method = 'post';
    form.action = base + '/deconnexion?expiree=1';
    document.body.appendChild(form);
    form.submit();
  }
  function start() {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(function () {
      dialog.showModal();
      document.getElementById('stay').focus();
    }, Math.max(0, timeout - warning));
    endTimer = setTimeout(end, timeout);
  }
  document.getElementById('stay').addEventListener('click', function () {
    fetch(base + '/session/prolonger', {method: 'POST', credentials: 'same-origin'})
      .then(function (response) {
        if (response.ok) {
          dialog.close();
          start();
        } else {
          end();
        }
      });
  });
  start();
})();
