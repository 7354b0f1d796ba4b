// The NIR's key checked as it is typed (the server checks it again): 97 - (13 characters mod 97),
// Corsica's 2A/2B read as 19/18. Says "clé incorrecte" live, beside the field.
(function () {
  var field = document.querySelector('[data-nir-check]');
  if (!field) { return; }
  var output = document.getElementById(field.getAttribute('data-nir-check'));
  function check() {
    var nir = field.value.replace(/\s/g, '').toUpperCase();
    var text = '';
    if (nir.length === 15) {
      if (!/^[1-8][0-9]{4}(2A|2B|[0-9]{2})[0-9]{8}$/.test(nir)) {
        text = field.getAttribute('data-form');
      } else {
        var digits = nir.substring(0, 13).replace('2A', '19').replace('2B', '18');
        var key = 97 - Number(BigInt(digits) % 97n);
        text = key === Number(nir.substring(13)) ? field.getAttribute('data-right') : field.getAttribute('data-wrong');
        output.className = key === Number(nir.substring(13)) ? 'hint nir-right' : 'field-error nir-wrong';
        output.textContent = text;
        return;
      }
    } else if (nir.length > 15) {
      text = field.getAttribute('data-form');
    }
    output.className = text ? 'field-error nir-wrong' : 'hint';
    output.textContent = text;
  }
  field.addEventListener('input', check);
  check();
})();
