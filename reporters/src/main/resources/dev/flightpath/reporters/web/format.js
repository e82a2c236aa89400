/* Numbers and times as people read them, by the same rules as the Java side's
   dev.flightpath.reporters.terminal.Units (UnitsAgreementTest runs both on one table of cases):
   no locale, units spelled out, decimals rounded half up on the number's shortest decimal form
   (as Java's String.format does). */
var FlightpathFormat = (function () {
  'use strict';

  /** value to `digits` decimals, rounded half up on its shortest decimal form: Java's %.Nf. */
  function fixed(value, digits) {
    var negative = value < 0;
    var text = String(Math.abs(value));
    var exponent = 0;
    var e = text.indexOf('e');
    if (e >= 0) {
      exponent = Number(text.slice(e + 1));
      text = text.slice(0, e);
    }
    var dot = text.indexOf('.');
    var figures = text.replace('.', '');
    var point = (dot < 0 ? text.length : dot) + exponent;
    if (point <= 0) {
      figures = '0'.repeat(1 - point) + figures;
      point = 1;
    }
    while (figures.length < point + digits + 1) {
      figures += '0';
    }
    var kept = figures.slice(0, point + digits).split('').map(Number);
    if (Number(figures.charAt(point + digits)) >= 5) {
      var i = kept.length - 1;
      while (i >= 0 && kept[i] === 9) {
        kept[i] = 0;
        i--;
      }
      if (i < 0) {
        kept.unshift(1);
        point++;
      } else {
        kept[i]++;
      }
    }
    var whole = kept.slice(0, point).join('').replace(/^0+(?=\d)/, '');
    return (negative ? '-' : '') + whole + (digits > 0 ? '.' + kept.slice(point).join('') : '');
  }

  /** 1234567 -> "1,234,567" (rounded to a whole number). */
  function count(value) {
    var s = String(Math.round(Math.abs(value)));
    var out = '';
    while (s.length > 3) {
      out = ',' + s.slice(-3) + out;
      s = s.slice(0, -3);
    }
    return (value < 0 && Math.round(Math.abs(value)) !== 0 ? '-' : '') + s + out;
  }

  /** Three significant figures: 1.23, 12.3, 123 (x under 999.5). */
  function significant3(x) {
    var a = Math.abs(x);
    return fixed(x, a >= 99.95 ? 0 : a >= 9.995 ? 1 : 2);
  }

  /** A duration with a unit that suits its size: "850 ns", "12.3 µs", "4.56 ms", "10.02 s", "1 h 02 min". */
  function duration(nanos) {
    var a = Math.abs(nanos);
    if (a < 1e3) {
      return Math.round(nanos) + ' ns';
    }
    if (a < 999.5e3) {
      return significant3(nanos / 1e3) + ' \u00b5s';
    }
    if (a < 999.5e6) {
      return significant3(nanos / 1e6) + ' ms';
    }
    if (a < 3600e9) {
      return fixed(nanos / 1e9, 2) + ' s';
    }
    var minutes = Math.floor(a / 60e9);
    return (nanos < 0 ? '-' : '') + Math.floor(minutes / 60) + ' h ' + String(minutes % 60).padStart(2, '0') + ' min';
  }

  /** 0.1234 -> "12.3%". */
  function percent(fraction) {
    return fixed(fraction * 100, 1) + '%';
  }

  return { fixed: fixed, count: count, duration: duration, percent: percent };
})();
