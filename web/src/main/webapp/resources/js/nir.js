// The NIR's key checked as it is typed, so that a typo is seen before the form is sent. The server
// checks it again: this is only a help. 2A and 2B (Corsica) count as 19 and 18.
(function () {
  var field = document.getElementById('identity:nir');
  var out = document.getElementById('nir-check');
  if (!field || !out) { return; }
  var form = /^[1-8][0-9]{4}(2A|2B|[0-9]{2})[0-9]{6}[0-9]{2}$/;
  function check() {
    var v = field.value.replace(/\s/g, '').toUpperCase();
    out.className = 'nir-check';
    if (v.length < 15) { out.textContent = v.length ? field.dataset.incomplete.replace('{0}', v.length) : ''; return; }
    if (!form.test(v)) { out.textContent = field.dataset.keyWrong; out.className = 'nir-check wrong'; return; }
    var digits = v.substring(0, 13).replace('2A', '19').replace('2B', '18');
    var key = 97 - Number(BigInt(digits) % 97n);
    var ok = key === Number(v.substring(13));
    out.textContent = ok ? field.dataset.keyOk : field.dataset.keyWrong;
    out.className = ok ? 'nir-check ok' : 'nir-check wrong';
  }
  field.addEventListener('input', check);
  check();
})();
