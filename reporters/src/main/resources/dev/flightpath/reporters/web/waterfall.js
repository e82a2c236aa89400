/* The critical-path waterfall: a segment's details on hover; in the report, narrowing to the
   timeline's selection. The page's data (waterfall-data) is null for the critical-path command's
   page, else {shown, whole, kept}: paths shown at first, the page's note for the whole range, and
   what the kept paths are. */
(function () {
  'use strict';
  document.addEventListener('mouseover', function (e) {
    var t = e.target;
    if (t.classList && t.classList.contains('seg')) {
      document.getElementById('status').textContent = t.getAttribute('data-info');
    }
  });
  var config = JSON.parse(document.getElementById('waterfall-data').textContent);
  if (!config) {
    return;
  }
  /** Shows the first `shown` kept paths whose root starts in timeline windows [from, to), or with null the first again. */
  function narrow(from, to) {
    var n = 0;
    document.querySelectorAll('.path-block').forEach(function (b) {
      var w = Number(b.getAttribute('data-window'));
      var show = n < config.shown && (from == null || (w >= from && w < to));
      b.hidden = !show;
      if (show) {
        n++;
        b.querySelector('.rank').textContent = String(n);
      }
    });
    document.getElementById('none').hidden = from == null || n > 0;
    document.querySelector('p.meta').textContent = from == null ? config.whole : 'Narrowed to the selection: the ' + n
      + ' slowest of the paths whose root starts in it, among those this page keeps (' + config.kept + ').';
  }
  FlightpathNarrow.listen(narrow);
  window.waterfall = {
    narrow: narrow,
    shownTraces: function () {
      var out = [];
      document.querySelectorAll('.path-block').forEach(function (b) {
        if (!b.hidden) {
          out.push(b.getAttribute('data-trace'));
        }
      });
      return out;
    }
  };
})();
