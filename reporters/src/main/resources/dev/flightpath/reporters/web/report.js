(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('report-data').textContent);
  // The flame viewer page around a graph's data, embedded once for every graph (null without graphs).
  var FLAME_VIEWER = JSON.parse(document.getElementById('flame-viewer').textContent);
  /** The viewer page of the graph whose data is in the element with that id (already script-safe JSON). */
  function flamePage(elementId) {
    return FLAME_VIEWER.before + document.getElementById(elementId).textContent + FLAME_VIEWER.after;
  }
  var T = D.timeline;
  var S = D.summary;
  var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'];
  var DASHES = ['', '', '', '', '5 2', '5 2', '2 2', '2 2'];
  var KIND_NAMES = { cpu: 'CPU', cputime: 'CPU-time', wall: 'Wall-clock', alloc: 'Allocation', allocsample: 'Allocation', lock: 'Lock', native: 'Native' };
  var listeners = [];
  var selection = null;

  // ---------- formatting: Locale-free, units always spelled out ----------
  var group3 = FlightpathFormat.count;
  function dur(ns) { return ns == null || ns < 0 ? '–' : FlightpathFormat.duration(ns); }
  function offset(ns) { return '+' + FlightpathFormat.fixed(ns / 1e9, ns < 10e9 ? 2 : 1) + ' s'; }
  function percent(f) { return isFinite(f) ? FlightpathFormat.percent(f) : '–'; }
  function msgs(n) { return group3(n) + (Math.round(n) === 1 ? ' message' : ' messages'); }
  function utc(offsetNs) {
    if (S.timeBase !== 'epoch') { return offset(offsetNs); }
    var startMs = Date.parse(S.startTime);
    var d = new Date(startMs + offsetNs / 1e6);
    return d.toISOString().replace('T', ' ').replace('Z', ' UTC');
  }

  // ---------- DOM helpers ----------
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === 'text') { node.textContent = attrs[k]; }
        else if (k === 'class') { node.className = attrs[k]; }
        else if (k.indexOf('on') === 0) { node.addEventListener(k.slice(2), attrs[k]); }
        else { node.setAttribute(k, attrs[k]); }
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child == null) { continue; }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }
  var SVGNS = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, parent) {
    var node = document.createElementNS(SVGNS, tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { if (k === 'text') { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); } }); }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  // ---------- selection (brushing) ----------
  function windowRange(sel) {
    if (!sel) { return [0, T.windows - 1]; }
    var w0 = Math.max(0, Math.floor(sel.from / T.windowNanos));
    var w1 = Math.min(T.windows - 1, Math.max(w0, Math.ceil(sel.to / T.windowNanos) - 1));
    return [w0, w1];
  }
  function select(sel) {
    if (sel && !(sel.to > sel.from)) { sel = null; }
    selection = sel;
    listeners.forEach(function (fn) { fn(sel); });
  }
  function onSelect(fn) { listeners.push(fn); }

  // Log-bucket histograms (window, bucket, count triples) → percentiles over a window range.
  function bucketUpper(b) { return Math.ceil(Math.pow(10, (b + 1) / T.bucketsPerDecade)); }
  function histogramIn(cells, range) {
    var counts = {};
    var total = 0;
    for (var i = 0; i < cells.length; i += 3) {
      if (cells[i] >= range[0] && cells[i] <= range[1]) {
        counts[cells[i + 1]] = (counts[cells[i + 1]] || 0) + cells[i + 2];
        total += cells[i + 2];
      }
    }
    return { counts: counts, total: total };
  }
  function maxIn(values, range) {
    var max = -1;
    for (var w = range[0]; w <= range[1]; w++) { if (values[w] > max) { max = values[w]; } }
    return max;
  }
  function sumIn(values, range) {
    var sum = 0;
    for (var w = range[0]; w <= range[1]; w++) { sum += values[w]; }
    return sum;
  }
  function percentileOf(hist, p, max) {
    if (hist.total === 0) { return -1; }
    var rank = Math.max(1, Math.ceil(p / 100 * hist.total));
    var seen = 0;
    var buckets = Object.keys(hist.counts).map(Number).sort(function (a, b) { return a - b; });
    for (var i = 0; i < buckets.length; i++) {
      seen += hist.counts[buckets[i]];
      if (seen >= rank) { return Math.min(bucketUpper(buckets[i]) - 1, max); }
    }
    return max;
  }

  // ---------- sortable tables ----------
  // columns: {label, value(row) for sorting, text(row), num, title}
  function table(id, columns, rows, initialSort) {
    var tbl = el('table', { class: 'data', id: id });
    var head = el('tr');
    var body = el('tbody');
    var sortState = initialSort || null;
    columns.forEach(function (col, i) {
      var th = el('th', { class: col.num ? 'num' : '', scope: 'col', title: col.title || 'Sort by ' + col.label, text: col.label });
      th.addEventListener('click', function () {
        var descending = !(sortState && sortState.column === i && sortState.descending);
        sortState = { column: i, descending: descending };
        fill();
      });
      head.appendChild(th);
    });
    tbl.appendChild(el('thead', null, head));
    tbl.appendChild(body);
    var current = rows;
    function fill() {
      var sorted = current.slice();
      if (sortState) {
        var col = columns[sortState.column];
        sorted.sort(function (a, b) {
          var x = col.value(a), y = col.value(b);
          var c = (typeof x === 'string') ? String(x).localeCompare(String(y)) : (x - y);
          return sortState.descending ? -c : c;
        });
      }
      Array.prototype.forEach.call(head.children, function (th, i) {
        if (sortState && sortState.column === i) { th.setAttribute('aria-sort', sortState.descending ? 'descending' : 'ascending'); }
        else { th.removeAttribute('aria-sort'); }
      });
      body.textContent = '';
      sorted.forEach(function (row) {
        var tr = el('tr');
        columns.forEach(function (col) { tr.appendChild(el('td', { class: col.num ? 'num' : (col.name ? 'name' : ''), text: col.text(row) })); });
        body.appendChild(tr);
      });
    }
    fill();
    tbl.update = function (newRows) { current = newRows; fill(); };
    return tbl;
  }

  // ---------- header ----------
  function header() {
    var h = document.getElementById('header');
    h.appendChild(el('h1', { text: D.title }));
    var range = S.timeBase === 'epoch'
      ? utc(0) + ' → ' + utc(S.durationNanos)
      : 'on ' + S.clock + ': only offsets and durations mean anything';
    var meta = el('div', { class: 'meta' },
      el('span', null, 'Recording ', el('b', { text: S.file })),
      el('span', null, 'Format ', el('b', { text: S.format + (S.formatVersion ? ' ' + S.formatVersion : '') + (S.chunks > 1 ? ', ' + S.chunks + ' chunks' : '') })),
      S.producer ? el('span', null, 'Producer ', el('b', { text: S.producer })) : null,
      S.runtime ? el('span', null, 'Runtime ', el('b', { text: S.runtime })) : null,
      el('span', null, 'Time ', el('b', { text: range })),
      el('span', null, 'Duration ', el('b', { text: dur(S.durationNanos) })),
      el('span', null, 'Events ', el('b', { text: group3(S.totalEvents) })),
      S.truncated ? el('span', null, el('b', { text: 'truncated: only the complete part was read' })) : null);
    h.appendChild(meta);
    var cov = el('table', { class: 'coverage', id: 'coverage' });
    D.coverage.forEach(function (item) {
      cov.appendChild(el('tr', null,
        el('td', { class: item.present ? 'has' : 'lacks', text: item.present ? '✓' : '—', title: item.present ? 'present' : 'missing' }),
        el('td', null, el('b', { text: item.what }), item.present ? ' ' + group3(item.count) : ' missing'),
        el('td', { text: item.note })));
    });
    h.appendChild(cov);
  }

  // ---------- navigation ----------
  function toc() {
    var nav = document.getElementById('toc');
    [['findings', 'Findings'], ['timeline', 'Timeline']].concat(D.sections.map(function (s) { return [s.id, s.title]; }))
      .forEach(function (entry) { nav.appendChild(el('a', { href: '#' + entry[0], text: entry[1] })); });
    var label = el('span', { class: 'selection', id: 'selection-label', text: 'Selection: whole recording' });
    var clear = el('button', { id: 'clear-selection', type: 'button', text: 'Clear selection', onclick: function () { select(null); } });
    clear.hidden = true;
    nav.appendChild(label);
    nav.appendChild(clear);
    onSelect(function (sel) {
      label.textContent = sel ? 'Selection: ' + offset(sel.from) + ' → ' + offset(sel.to) + ' (' + dur(sel.to - sel.from) + ')'
        : 'Selection: whole recording';
      clear.hidden = !sel;
    });
  }

  // ---------- findings ----------
  function findings(main) {
    var sec = el('section', { class: 'block', id: 'findings' });
    sec.appendChild(el('h2', null, 'Findings', el('span', { class: 'sub', text: 'ranked by score (0–100): warning from 75, info from 25' })));
    if (D.findings.length === 0) {
      sec.appendChild(el('p', { class: 'empty', text: 'Nothing stands out: no rule found anything to report in this recording.' }));
    }
    var list = el('ol', { class: 'findings' });
    var titles = {};
    D.sections.forEach(function (s) { titles[s.id] = s.title; });
    titles.header = 'Recording';
    titles.timeline = 'Timeline';
    D.findings.forEach(function (f, i) {
      var mark = f.level === 'warning' ? '▲ warning ' : f.level === 'info' ? '● info ' : '○ ok ';
      var links = el('div', { class: 'links' },
        el('a', { href: '#' + (f.section === 'header' ? 'header' : f.section), text: '→ ' + (titles[f.section] || f.section) }));
      if (f.from != null) {
        links.appendChild(el('button', { type: 'button', text: 'Show ' + offset(f.from) + ' → ' + offset(f.to) + ' on the timeline',
          onclick: function () { select({ from: f.from, to: f.to }); document.getElementById('timeline').scrollIntoView(); } }));
      }
      var ev = el('ul', { class: 'evidence' });
      f.evidence.forEach(function (line) { ev.appendChild(el('li', { text: line })); });
      list.appendChild(el('li', { 'data-rule': f.rule, 'data-score': f.score },
        el('span', { class: 'level ' + f.level, text: mark + f.score }),
        el('div', null, el('div', { class: 'statement', text: (i + 1) + '. ' + f.statement }), ev, links)));
    });
    sec.appendChild(list);
    sec.appendChild(el('p', { class: 'note', text: 'Each finding comes from a rule over the same figures as the sections below; the README documents every rule and its score formula.' }));
    main.appendChild(sec);
  }

  // ---------- timeline ----------
  function lanes() {
    var result = [];
    var worst = T.mailboxes.slice(0, 5);
    if (worst.length) {
      result.push({ label: 'Mailbox depth', unit: 'messages', kind: 'lines', series: worst.map(function (m, i) {
        return { name: m.mailbox + (mailboxProcess(m) !== m.mailbox ? ' @ ' + mailboxProcess(m) : ''), values: m.maxDepth, color: PALETTE[i], dash: DASHES[i] };
      }) });
    }
    function waitLane(w) {
      var label = w.name === 'scheduler' ? 'Scheduler latency p99' : w.name === 'lock' ? 'Lock wait p99' : w.name + ' p99';
      result.push({ label: label, unit: 'duration', kind: 'bars', series: [{ name: w.name, values: w.p99, color: w.name === 'scheduler' ? '#D55E00' : w.name === 'lock' ? '#CC79A7' : '#000000' }] });
    }
    function isPause(w) { return w.name !== 'scheduler' && w.name !== 'lock'; }
    T.waits.filter(function (w) { return !isPause(w); }).forEach(waitLane);
    if (T.cpuLoad) {
      // Fractions to percent; null (a window without a reading) stays null: a gap, not 0%.
      var pct = function (values) { return values.map(function (v) { return v == null ? null : v * 100; }); };
      result.push({ label: 'CPU load', unit: '%', kind: 'lines', scale: 100, series: [
        { name: 'JVM CPU load', values: pct(T.cpuLoad.jvm), color: '#D55E00', dash: '' },
        { name: 'machine CPU load', values: pct(T.cpuLoad.machine), color: '#000000', dash: '5 2' }] });
    }
    T.waits.filter(isPause).forEach(waitLane);
    T.samples.forEach(function (s, i) {
      if (s.kind === 'lock') { return; }
      result.push({ label: (KIND_NAMES[s.kind] || s.kind) + ' samples', unit: 'samples', kind: 'bars', series: [{ name: s.kind, values: s.counts, color: i === 0 ? '#009E73' : '#56B4E9' }] });
    });
    return result;
  }
  function mailboxProcess(m) {
    var sec = sectionData('mailboxes');
    if (sec) {
      for (var i = 0; i < sec.mailboxes.length; i++) {
        if (sec.mailboxes[i].processId === m.processId && sec.mailboxes[i].mailbox === m.mailbox) { return sec.mailboxes[i].process; }
      }
    }
    return m.mailbox;
  }
  function sectionData(id) {
    for (var i = 0; i < D.sections.length; i++) { if (D.sections[i].id === id) { return D.sections[i].data; } }
    return null;
  }
  function niceStep(span, target) {
    var raw = span / target;
    var pow = Math.pow(10, Math.floor(Math.log10(raw)));
    var steps = [1, 2, 5, 10];
    for (var i = 0; i < steps.length; i++) { if (steps[i] * pow >= raw) { return steps[i] * pow; } }
    return 10 * pow;
  }

  function timeline(main) {
    var sec = el('section', { class: 'block', id: 'timeline' });
    sec.appendChild(el('h2', null, 'Timeline', el('span', { class: 'sub', text: T.windows + ' windows of ' + dur(T.windowNanos) + ' · drag across the chart to narrow the sections below' })));
    var ls = lanes();
    var legendItems = [];
    ls.forEach(function (lane) { if (lane.kind === 'lines') { lane.series.forEach(function (s) { legendItems.push(s); }); } });
    if (legendItems.length) {
      var legend = el('div', { class: 'legend' });
      legendItems.forEach(function (s) { legend.appendChild(el('span', { class: s.dash ? 'dash' : '', style: '--c:' + s.color, text: s.name })); });
      sec.appendChild(legend);
    }
    var holder = el('div', { id: 'timeline-chart' });
    sec.appendChild(holder);
    // The times findings point at; stretches over 40% of the recording would only cover the chart.
    var episodes = D.findings.map(function (f, i) { return { from: f.from, to: f.to, n: i + 1, level: f.level }; })
      .filter(function (e) { return e.from != null && e.level !== 'ok' && (e.to - e.from) <= 0.4 * T.durationNanos; });
    sec.appendChild(el('p', { class: 'note', text: 'Depth: the greatest depth in each window. Latency: the p99 of the waits that ended in each window (to within one log bucket, 26%). ' + (T.cpuLoad ? 'CPU load: the mean of the readings the JVM takes once a second, in % of all the CPU time of the machine; a gap where a window has none. ' : '') + 'Shaded: the times findings point at, numbered as in Findings.' }));
    if (ls.length === 0) {
      holder.appendChild(el('p', { class: 'empty', text: 'Nothing to draw over time: the recording has no messages, scheduling intervals or stack samples.' }));
      main.appendChild(sec);
      return;
    }
    main.appendChild(sec);
    var LEFT = 130, RIGHT = 56, LANE = 70, GAP = 12, AXIS = 24;
    var root, brushRect, plotWidth;
    function draw() {
      holder.textContent = '';
      var width = Math.max(500, holder.clientWidth || 1000);
      plotWidth = width - LEFT - RIGHT;
      var height = ls.length * (LANE + GAP) + AXIS;
      root = svg('svg', { width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': 'Timeline' }, holder);
      var xOf = function (ns) { return LEFT + plotWidth * Math.max(0, Math.min(1, ns / (T.windows * T.windowNanos))); };
      var total = T.windows * T.windowNanos;
      episodes.forEach(function (e) {
        var x0 = xOf(e.from), x1 = Math.max(xOf(e.to), x0 + 2);
        svg('rect', { class: 'episode', x: x0, y: 0, width: x1 - x0, height: height - AXIS }, root);
        svg('text', { class: 'episode-label', x: x0 + 2, y: 10, text: String(e.n) }, root);
      });
      ls.forEach(function (lane, li) {
        var top = li * (LANE + GAP) + 4;
        var g = svg('g', { class: 'lane', 'data-lane': lane.label }, root);
        svg('text', { class: 'lane-label', x: 0, y: top + 14, text: lane.label }, g);
        var max = 0;
        lane.series.forEach(function (s) { s.values.forEach(function (v) { if (v > max) { max = v; } }); });
        var maxText = lane.unit === 'duration' ? dur(max) : lane.unit === '%' ? FlightpathFormat.fixed(max, 1) + '%'
          : group3(max) + ' ' + (max === 1 ? lane.unit.replace(/s$/, '') : lane.unit);
        svg('text', { x: 0, y: top + 30, text: 'max ' + maxText }, g);
        svg('line', { x1: LEFT, x2: LEFT + plotWidth, y1: top + LANE, y2: top + LANE, stroke: '#9aa5b1' }, g);
        svg('line', { x1: LEFT, x2: LEFT + plotWidth, y1: top, y2: top, stroke: '#eef1f4' }, g);
        // A lane with a fixed scale (CPU load: 0–100%) keeps it, so lanes and reports compare.
        if (lane.scale) { max = lane.scale; }
        svg('text', { x: LEFT + plotWidth + 4, y: top + 9, text: lane.unit === 'duration' ? dur(max) : lane.unit === '%' ? max + '%' : group3(max) }, g);
        if (max <= 0) { return; }
        var yOf = function (v) { return top + LANE - (LANE - 4) * v / max; };
        var bw = plotWidth / T.windows;
        lane.series.forEach(function (s) {
          if (lane.kind === 'bars') {
            var path = '';
            s.values.forEach(function (v, w) {
              if (v > 0) { var y = yOf(v); path += 'M' + (LEFT + w * bw).toFixed(1) + ' ' + (top + LANE) + 'V' + y.toFixed(1) + 'h' + Math.max(0.8, bw - 0.6).toFixed(1) + 'V' + (top + LANE); }
            });
            svg('path', { d: path, fill: s.color, 'fill-opacity': 0.85, stroke: 'none' }, g).appendChild(svg('title', { text: s.name }));
          } else {
            var d = '';
            s.values.forEach(function (v, w) {
              // null: no data in the window, a gap in the line; a lone window gets a dot to be seen.
              if (v == null) { return; }
              var x0 = LEFT + w * bw, y = yOf(v);
              var gapBefore = w === 0 || s.values[w - 1] == null;
              d += (gapBefore ? 'M' : 'L') + x0.toFixed(1) + ' ' + y.toFixed(1) + 'H' + (x0 + bw).toFixed(1);
              if (gapBefore && (w === s.values.length - 1 || s.values[w + 1] == null)) {
                svg('circle', { class: 'point', cx: (x0 + bw / 2).toFixed(1), cy: y.toFixed(1), r: 2.5, fill: s.color }, g)
                  .appendChild(svg('title', { text: s.name + ': ' + (lane.unit === '%' ? FlightpathFormat.fixed(v, 1) + '%' : group3(v)) }));
              }
            });
            var line = svg('path', { d: d, fill: 'none', stroke: s.color, 'stroke-width': 1.6 }, g);
            if (s.dash) { line.setAttribute('stroke-dasharray', s.dash); }
            line.appendChild(svg('title', { text: s.name }));
          }
        });
      });
      var axis = svg('g', { class: 'axis' }, root);
      var axisY = height - AXIS;
      var step = niceStep(total, 10);
      for (var t = 0; t <= total + 1; t += step) {
        var x = xOf(t);
        svg('line', { x1: x, x2: x, y1: axisY, y2: axisY + 4 }, axis);
        svg('text', { x: x, y: axisY + 16, 'text-anchor': 'middle', text: offset(t) }, axis);
      }
      brushRect = svg('rect', { class: 'brush', x: 0, y: 0, width: 0, height: axisY, visibility: 'hidden' }, root);
      var overlay = svg('rect', { x: LEFT, y: 0, width: plotWidth, height: axisY, fill: 'transparent', cursor: 'crosshair', id: 'timeline-brush' }, root);
      var startX = null;
      function nsAt(clientX) {
        var box = root.getBoundingClientRect();
        var x = clientX - box.left;
        return Math.max(0, Math.min(total, (x - LEFT) / plotWidth * total));
      }
      overlay.addEventListener('pointerdown', function (e) { startX = nsAt(e.clientX); overlay.setPointerCapture(e.pointerId); e.preventDefault(); });
      overlay.addEventListener('pointermove', function (e) {
        if (startX == null) { return; }
        var now = nsAt(e.clientX);
        showBrush({ from: Math.min(startX, now), to: Math.max(startX, now) });
      });
      overlay.addEventListener('pointerup', function (e) {
        if (startX == null) { return; }
        var end = nsAt(e.clientX);
        var sel = { from: Math.min(startX, end), to: Math.max(startX, end) };
        startX = null;
        // A click (no drag) clears the selection.
        select((sel.to - sel.from) / total * plotWidth < 3 ? null : sel);
      });
      showBrush(selection);
    }
    function showBrush(sel) {
      if (!brushRect) { return; }
      if (!sel) { brushRect.setAttribute('visibility', 'hidden'); return; }
      var total = T.windows * T.windowNanos;
      var x0 = LEFT + plotWidth * sel.from / total, x1 = LEFT + plotWidth * Math.min(sel.to, total) / total;
      brushRect.setAttribute('x', x0);
      brushRect.setAttribute('width', Math.max(1, x1 - x0));
      brushRect.setAttribute('visibility', 'visible');
    }
    onSelect(showBrush);
    draw();
    var pending = null;
    window.addEventListener('resize', function () { clearTimeout(pending); pending = setTimeout(draw, 150); });
  }

  // ---------- section renderers ----------
  var renderers = {};

  renderers.placeholder = function () { return null; };

  renderers.mailboxes = function (body, data) {
    var kept = data.mailboxes.length;
    body.appendChild(el('p', { class: 'note', text: 'The ' + kept + ' worst mailboxes by time messages spent queued, over ' + dur(data.windowEndNanos - data.windowStartNanos)
      + (data.estimated ? '; estimated: messages are sampled and counted by their weight' : '') + '. Same figures as ‘flightpath mailbox --format json’.' }));
    var seriesOf = {};
    T.mailboxes.forEach(function (m) { seriesOf[m.processId + '\u0000' + m.mailbox] = m; });
    function whole(m) {
      return { m: m, process: m.process, mailbox: m.mailbox, in: m.enqueued, out: m.dequeued, left: m.leftAtEnd, max: m.maxDepth, mean: m.meanDepth,
        p99depth: m.depthP99, p50: m.wait.count ? m.wait.p50Nanos : -1, p99: m.wait.count ? m.wait.p99Nanos : -1, waitMax: m.wait.count ? m.wait.maxNanos : -1,
        episodes: m.episodes };
    }
    function within(m, range) {
      var s = seriesOf[m.processId + '\u0000' + m.mailbox];
      if (!s) { return null; }
      var hist = histogramIn(s.waitCells, range);
      var max = maxIn(s.waitMax, range);
      return { m: m, process: m.process, mailbox: m.mailbox, in: sumIn(s.enqueued, range), out: sumIn(s.dequeued, range), left: -1,
        max: maxIn(s.maxDepth, range), mean: NaN, p99depth: -1, p50: percentileOf(hist, 50, max), p99: percentileOf(hist, 99, max),
        waitMax: max, episodes: -1 };
    }
    var cols = [
      { label: 'Process', value: function (r) { return r.process; }, text: function (r) { return r.process; }, name: true },
      { label: 'Mailbox', value: function (r) { return r.mailbox; }, text: function (r) { return r.mailbox; }, name: true },
      { label: 'In', num: true, value: function (r) { return r.in; }, text: function (r) { return msgs(r.in); } },
      { label: 'Out', num: true, value: function (r) { return r.out; }, text: function (r) { return msgs(r.out); } },
      { label: 'Left', num: true, value: function (r) { return r.left; }, text: function (r) { return r.left < 0 ? '–' : msgs(r.left); } },
      { label: 'Max depth', num: true, value: function (r) { return r.max; }, text: function (r) { return msgs(r.max); } },
      { label: 'Mean depth', num: true, value: function (r) { return isNaN(r.mean) ? -1 : r.mean; }, text: function (r) { return isNaN(r.mean) ? '–' : r.mean.toFixed(2) + ' messages'; } },
      { label: 'p99 depth', num: true, value: function (r) { return r.p99depth; }, text: function (r) { return r.p99depth < 0 ? '–' : msgs(r.p99depth); } },
      { label: 'Wait p50', num: true, value: function (r) { return r.p50; }, text: function (r) { return dur(r.p50); } },
      { label: 'Wait p99', num: true, value: function (r) { return r.p99; }, text: function (r) { return dur(r.p99); } },
      { label: 'Wait max', num: true, value: function (r) { return r.waitMax; }, text: function (r) { return dur(r.waitMax); } },
      { label: 'Episodes', num: true, value: function (r) { return r.episodes; }, text: function (r) { return r.episodes < 0 ? '–' : group3(r.episodes); } }
    ];
    var rows = data.mailboxes.map(whole);
    var caption = el('p', { class: 'note', id: 'mailbox-table-caption', text: 'Whole range. Click a heading to sort.' });
    body.appendChild(caption);
    var tbl = table('mailbox-table', cols, rows, null);
    body.appendChild(el('div', { class: 'table-wrap' }, tbl));
    onSelect(function (sel) {
      if (!sel) { tbl.update(rows); caption.textContent = 'Whole range. Click a heading to sort.'; return; }
      var range = windowRange(sel);
      var narrowed = data.mailboxes.map(function (m) { return within(m, range); })
        .filter(function (r) { return r && (r.in > 0 || r.out > 0 || r.max > 0); });
      tbl.update(narrowed);
      caption.textContent = 'In the selection ' + offset(range[0] * T.windowNanos) + ' → ' + offset((range[1] + 1) * T.windowNanos)
        + ' (whole windows): messages in and out, greatest depth, waits of the messages enqueued in it (percentiles to within one log bucket, max exact). Mailboxes with nothing in it are left out.';
    });
    // Depth charts, one per mailbox with a series.
    var charts = el('div', { class: 'charts', id: 'mailbox-charts' });
    T.mailboxes.slice(0, 8).forEach(function (s, i) {
      var card = el('div', { class: 'chart-card' });
      var max = 0;
      s.maxDepth.forEach(function (v) { if (v > max) { max = v; } });
      card.appendChild(el('div', { class: 'name', text: s.mailbox + ' @ ' + mailboxProcess(s) + ' · max ' + msgs(max) }));
      var W = 320, H = 74, L = 30;
      var chart = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: '100%', height: H, role: 'img', 'aria-label': 'depth of ' + s.mailbox }, card);
      var selRect = svg('rect', { class: 'brush', x: 0, y: 0, width: 0, height: H - 14, visibility: 'hidden' }, chart);
      var bw = (W - L) / T.windows;
      var d = 'M' + L + ' ' + (H - 14);
      s.maxDepth.forEach(function (v, w) { var y = (H - 14) - (H - 18) * (max ? v / max : 0); d += 'V' + y.toFixed(1) + 'H' + (L + (w + 1) * bw).toFixed(1); });
      d += 'V' + (H - 14) + 'Z';
      svg('path', { d: d, fill: PALETTE[i % PALETTE.length], 'fill-opacity': 0.35, stroke: PALETTE[i % PALETTE.length], 'stroke-width': 1 }, chart);
      svg('text', { x: 0, y: 10, text: group3(max) }, chart);
      svg('text', { x: 0, y: H - 16, text: '0' }, chart);
      svg('text', { x: L, y: H - 2, text: '+0 s' }, chart);
      svg('text', { x: W, y: H - 2, 'text-anchor': 'end', text: offset(T.windows * T.windowNanos) }, chart);
      onSelect(function (sel) {
        if (!sel) { selRect.setAttribute('visibility', 'hidden'); return; }
        var total = T.windows * T.windowNanos;
        selRect.setAttribute('x', L + (W - L) * sel.from / total);
        selRect.setAttribute('width', Math.max(1, (W - L) * (Math.min(sel.to, total) - sel.from) / total));
        selRect.setAttribute('visibility', 'visible');
      });
      charts.appendChild(card);
    });
    if (T.mailboxes.length) {
      body.appendChild(el('h3', { text: 'Depth over time' }));
      body.appendChild(charts);
    }
  };

  renderers.latency = function (body, data) {
    body.appendChild(el('p', { class: 'note', text: 'Waits by ' + data.by + ', worst (largest total) first; the ' + data.groups.length
      + ' worst groups. Same figures as ‘flightpath latency --format json’. Percentiles from an HdrHistogram (3 significant digits); max and total exact.' }));
    var grid = el('div', { class: 'two-col' });
    var left = el('div');
    var right = el('div');
    grid.appendChild(left);
    grid.appendChild(right);
    body.appendChild(grid);
    // Histogram: counts per decade for the worst groups; brushed, from their per-window log buckets
    // (ten to a decade, so the decade counts stay exact).
    left.appendChild(el('h3', { text: 'Histogram (waits per decade)' }));
    var histCaption = el('p', { class: 'note', id: 'latency-histogram-caption', text: 'Whole recording.' });
    left.appendChild(histCaption);
    var groups = data.groups.slice(0, 4);
    var W = 560, H = 190, L = 64, B = 34;
    var hist = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: '100%', height: H, role: 'img', 'aria-label': 'latency histogram', id: 'latency-histogram' }, left);
    function decadeLow(d) { return d === 0 ? 0 : Math.pow(10, d); }
    function drawHistogram(histograms) {
      while (hist.firstChild) { hist.removeChild(hist.firstChild); }
      var decades = {};
      var maxCount = 0;
      histograms.forEach(function (h) { h.forEach(function (b) { decades[b.lowNanos] = b.highNanos; if (b.count > maxCount) { maxCount = b.count; } }); });
      var lows = Object.keys(decades).map(Number).sort(function (a, b) { return a - b; });
      var slot = (W - L) / Math.max(1, lows.length);
      var barW = Math.min(36, Math.max(2, (slot - 8) / Math.max(1, groups.length)));
      svg('line', { x1: L, x2: W, y1: H - B, y2: H - B, stroke: '#9aa5b1' }, hist);
      svg('text', { x: 0, y: 12, text: group3(maxCount) + ' waits' }, hist);
      svg('text', { x: 0, y: H - B, text: '0' }, hist);
      lows.forEach(function (low, i) {
        svg('text', { x: L + i * slot + slot / 2, y: H - B + 14, 'text-anchor': 'middle', text: dur(low === 0 ? 0 : low) }, hist);
        svg('text', { x: L + i * slot + slot / 2, y: H - B + 26, 'text-anchor': 'middle', text: '– ' + dur(decades[low]) }, hist);
      });
      histograms.forEach(function (h, gi) {
        var g = groups[gi];
        h.forEach(function (b) {
          var i = lows.indexOf(b.lowNanos);
          var height = maxCount > 0 ? (H - B - 16) * b.count / maxCount : 0;
          var r = svg('rect', { x: L + i * slot + (slot - barW * groups.length) / 2 + gi * barW, y: H - B - height, width: barW - 1, height: height, fill: PALETTE[gi], 'data-count': b.count }, hist);
          r.appendChild(svg('title', { text: g.group + ' ' + g.category + ': ' + group3(b.count) + ' waits from ' + dur(b.lowNanos) + ' to ' + dur(b.highNanos) }));
        });
      });
    }
    // A group's decades in a window range; null when the page has no per-window data for it.
    function decadesIn(g, range) {
      var w = (T.groupWaits || []).filter(function (x) { return x.group === g.group && x.category === g.category; })[0];
      if (!w) { return null; }
      var counts = {};
      for (var i = 0; i < w.cells.length; i += 3) {
        if (w.cells[i] >= range[0] && w.cells[i] <= range[1]) {
          var d = Math.floor(w.cells[i + 1] / 10);
          counts[d] = (counts[d] || 0) + w.cells[i + 2];
        }
      }
      return Object.keys(counts).map(Number).sort(function (a, b) { return a - b; }).map(function (d) {
        return { lowNanos: decadeLow(d), highNanos: decadeLow(d + 1), count: counts[d] };
      });
    }
    drawHistogram(groups.map(function (g) { return g.histogram; }));
    onSelect(function (sel) {
      if (!sel) {
        drawHistogram(groups.map(function (g) { return g.histogram; }));
        histCaption.textContent = 'Whole recording.';
        return;
      }
      var range = windowRange(sel);
      drawHistogram(groups.map(function (g) { return decadesIn(g, range) || []; }));
      histCaption.textContent = 'In the selection ' + offset(range[0] * T.windowNanos) + ' → ' + offset((range[1] + 1) * T.windowNanos)
        + ' (whole windows): exact counts per decade.';
    });
    var legend = el('div', { class: 'legend', style: 'margin-left:0' });
    groups.forEach(function (g, gi) { legend.appendChild(el('span', { style: '--c:' + PALETTE[gi], text: g.group + ' (' + g.category + ')' })); });
    left.appendChild(legend);
    // The selection: all waits of each kind, from the timeline's per-window buckets.
    right.appendChild(el('h3', { text: 'All waits by kind' }));
    var selCaption = el('p', { class: 'note', id: 'latency-selection-caption', text: 'Whole range.' });
    right.appendChild(selCaption);
    var kindCols = [
      { label: 'Kind', value: function (r) { return r.name; }, text: function (r) { return r.name; } },
      { label: 'Count', num: true, value: function (r) { return r.count; }, text: function (r) { return group3(r.count) + ' waits'; } },
      { label: 'p50 ≈', num: true, value: function (r) { return r.p50; }, text: function (r) { return dur(r.p50); } },
      { label: 'p90 ≈', num: true, value: function (r) { return r.p90; }, text: function (r) { return dur(r.p90); } },
      { label: 'p99 ≈', num: true, value: function (r) { return r.p99; }, text: function (r) { return dur(r.p99); } },
      { label: 'Max', num: true, value: function (r) { return r.max; }, text: function (r) { return dur(r.max); } }
    ];
    function kindRows(range) {
      return T.waits.map(function (w) {
        var h = histogramIn(w.cells, range);
        var max = maxIn(w.max, range);
        return { name: w.name, count: h.total, p50: percentileOf(h, 50, max), p90: percentileOf(h, 90, max), p99: percentileOf(h, 99, max), max: max };
      }).filter(function (r) { return r.count > 0; });
    }
    var kindTable = table('latency-selection-table', kindCols, kindRows(windowRange(null)), null);
    right.appendChild(el('div', { class: 'table-wrap' }, kindTable));
    right.appendChild(el('p', { class: 'note', text: 'Percentiles here come from log buckets (10 a decade) and are within one bucket; the table below has the exact per-group figures.' }));
    // Per-group percentile table.
    body.appendChild(el('h3', { text: 'Percentiles per group' }));
    var groupCaption = el('p', { class: 'note', id: 'latency-table-caption', text: 'Whole recording. Click a heading to sort.' });
    body.appendChild(groupCaption);
    var cols = [
      { label: 'Group', value: function (r) { return r.group; }, text: function (r) { return r.group; }, name: true },
      { label: 'Category', value: function (r) { return r.category; }, text: function (r) { return r.category; } },
      { label: 'Count', num: true, value: function (r) { return r.count; }, text: function (r) { return group3(r.count) + ' waits'; } },
      { label: 'p50', num: true, value: function (r) { return r.p50Nanos; }, text: function (r) { return dur(r.p50Nanos); } },
      { label: 'p90', num: true, value: function (r) { return r.p90Nanos; }, text: function (r) { return dur(r.p90Nanos); } },
      { label: 'p99', num: true, value: function (r) { return r.p99Nanos; }, text: function (r) { return dur(r.p99Nanos); } },
      { label: 'p99.9', num: true, value: function (r) { return r.p999Nanos; }, text: function (r) { return dur(r.p999Nanos); } },
      { label: 'Max', num: true, value: function (r) { return r.maxNanos; }, text: function (r) { return dur(r.maxNanos); } },
      { label: 'Total', num: true, value: function (r) { return r.totalNanos; }, text: function (r) { return dur(r.totalNanos); } },
      { label: 'Waiting', num: true, value: function (r) { return r.waitShare == null ? -1 : r.waitShare; }, text: function (r) { return r.waitShare == null ? '–' : percent(r.waitShare); }, title: 'Share of runnable time spent waiting to run' },
      { label: 'Worst window', num: true, value: function (r) { return r.worstWindows.length ? r.worstWindows[0].p99Nanos : -1; },
        text: function (r) { return r.worstWindows.length ? offset(r.worstWindows[0].startNanos - data.originNanos) + ': p99 ' + dur(r.worstWindows[0].p99Nanos) : '–'; } }
    ];
    var groupTable = table('latency-table', cols, data.groups, null);
    body.appendChild(el('div', { class: 'table-wrap' }, groupTable));
    onSelect(function (sel) {
      var range = windowRange(sel);
      kindTable.update(kindRows(range));
      selCaption.textContent = sel ? 'In the selection ' + offset(range[0] * T.windowNanos) + ' → ' + offset((range[1] + 1) * T.windowNanos) + ' (whole windows).' : 'Whole range.';
      if (!sel) { groupTable.update(data.groups); groupCaption.textContent = 'Whole recording. Click a heading to sort.'; return; }
      groupTable.update(groupRows(range));
      groupCaption.textContent = 'In the selection ' + offset(range[0] * T.windowNanos) + ' → ' + offset((range[1] + 1) * T.windowNanos)
        + ' (whole windows): waits whose time (a scheduler wait\u2019s end, a lock wait\u2019s sample, a pause\u2019s start) is in it. '
        + 'Percentiles to within one log bucket (10 a decade), count, max and total exact; groups with no wait in it are left out. Click a heading to sort.';
    });
    // The per-group figures of a window range, from the timeline's per-group log buckets.
    var seriesOf = {};
    (T.groupWaits || []).forEach(function (w) { seriesOf[w.category + '\u0000' + w.group] = w; });
    function groupRows(range) {
      var rows = [];
      data.groups.forEach(function (g) {
        var w = seriesOf[g.category + '\u0000' + g.group];
        if (!w) { return; }
        var h = histogramIn(w.cells, range);
        if (h.total === 0) { return; }
        var max = maxIn(w.max, range);
        var worst = g.worstWindows.filter(function (x) {
          var s0 = x.startNanos - data.originNanos, e0 = x.endNanos - data.originNanos;
          return e0 > range[0] * T.windowNanos && s0 < (range[1] + 1) * T.windowNanos;
        });
        rows.push({ group: g.group, category: g.category, count: h.total, p50Nanos: percentileOf(h, 50, max),
          p90Nanos: percentileOf(h, 90, max), p99Nanos: percentileOf(h, 99, max), p999Nanos: percentileOf(h, 99.9, max),
          maxNanos: max, totalNanos: sumIn(w.total, range), waitShare: null, worstWindows: worst });
      });
      return rows;
    }
  };

  renderers.flame = function (body, data) {
    var tabs = el('div', { class: 'tabs', role: 'tablist' });
    var frameHolder = el('div');
    body.appendChild(tabs);
    body.appendChild(frameHolder);
    var frames = [];
    data.graphs.forEach(function (g, i) {
      var button = el('button', { type: 'button', role: 'tab', 'aria-selected': 'false', 'data-kind': g.kind, text: g.label + ' · ' + group3(g.samples) + ' ' + (g.countNoun || 'samples') });
      button.addEventListener('click', function () { show(i); });
      tabs.appendChild(button);
    });
    var current = -1;
    function show(i) {
      if (current === i) { return; }
      current = i;
      Array.prototype.forEach.call(tabs.children, function (b, j) { b.setAttribute('aria-selected', String(i === j)); });
      frames.forEach(function (f) { f.hidden = true; });
      if (!frames[i]) {
        // The flame command's viewer with this graph's data, made only when its tab is first shown.
        var frame = el('iframe', { class: 'flame', title: 'Flame graph: ' + data.graphs[i].label, 'data-kind': data.graphs[i].kind });
        frame.addEventListener('load', function () { if (selection) { narrowFrame(i); } });
        frame.srcdoc = flamePage(data.graphs[i].data);
        frames[i] = frame;
        frameHolder.appendChild(frame);
      }
      frames[i].hidden = false;
    }
    // Brushing narrows each graph to the selection, widened to whole windows of its time data.
    function clock(ns, withMillis) {
      if (S.timeBase !== 'epoch') { return offset(ns); }
      var text = new Date(Date.parse(S.startTime) + ns / 1e6).toISOString();
      return text.substring(11, withMillis ? 23 : 19);
    }
    function narrowFrame(i) {
      var g = data.graphs[i];
      if (!frames[i] || !frames[i].contentWindow || !g.windowStep) { return; }
      if (!selection) {
        FlightpathNarrow.send(frames[i], null, null, '');
        return;
      }
      var range = windowRange(selection);
      var from = Math.floor(range[0] / g.windowStep) * g.windowStep;
      var to = Math.min(T.windows, Math.ceil((range[1] + 1) / g.windowStep) * g.windowStep);
      var millis = (g.windowStep * T.windowNanos) % 1e9 !== 0;
      FlightpathNarrow.send(frames[i], from, to, clock(from * T.windowNanos, millis) + '–' + clock(to * T.windowNanos, millis)
        + (S.timeBase === 'epoch' ? ' (UTC)' : ' (from the recording start)'));
    }
    onSelect(function () { frames.forEach(function (f, i) { narrowFrame(i); }); });
    if (data.graphs.length) { show(0); }
    if (data.hot && data.hot.length) {
      body.appendChild(el('h3', { text: 'Hottest methods (where samples end)' }));
      var hotCaption = el('p', { class: 'note', id: 'hot-caption', text: 'Whole range. Shares of all samples of the kind; total counts a method once per stack.' });
      body.appendChild(hotCaption);
      var wrap = el('div', { class: 'two-col' });
      var tables = [];
      data.hot.slice(0, 2).forEach(function (h) {
        var box = el('div');
        var boxNote = el('div', { class: 'note', text: h.kind + ': ' + group3(h.sampleCount) + ' samples' });
        box.appendChild(boxNote);
        var unit = h.unit;
        var cols = [
          { label: 'Method', value: function (r) { return r.name; }, text: function (r) { return r.name; }, name: true },
          { label: 'Self', num: true, value: function (r) { return r.self; }, text: function (r) { return percent(r.self / r.of); } },
          { label: 'Total', num: true, value: function (r) { return r.total; }, text: function (r) { return percent(r.total / r.of); } },
          { label: 'Self ' + unit, num: true, value: function (r) { return r.self; }, text: function (r) { return group3(r.self) + ' ' + (r.self === 1 && unit === 'samples' ? 'sample' : unit); } }
        ];
        var whole = h.methods.slice(0, 15).map(function (m) { return { name: m.name, self: m.self, total: m.total, of: h.totalWeight }; });
        var tbl = table('hot-table-' + h.kind, cols, whole, { column: 1, descending: true });
        box.appendChild(el('div', { class: 'table-wrap' }, tbl));
        wrap.appendChild(box);
        tables.push({ h: h, tbl: tbl, whole: whole, note: boxNote });
      });
      body.appendChild(wrap);
      onSelect(function (sel) {
        var stepText = '';
        tables.forEach(function (t) {
          var w = t.h.windows;
          if (!sel || !w) {
            t.tbl.update(t.whole);
            t.note.textContent = t.h.kind + ': ' + group3(t.h.sampleCount) + ' samples';
            return;
          }
          var range = windowRange(sel);
          var g0 = Math.floor(range[0] / w.step), g1 = Math.floor(range[1] / w.step);
          var of = 0;
          for (var g = g0; g <= g1; g++) { of += w.totals[g] || 0; }
          var rows = w.methods.map(function (name) { return { name: name, self: 0, total: 0, of: of }; });
          for (var i = 0; i < w.cells.length; i += 4) {
            if (w.cells[i] >= g0 && w.cells[i] <= g1) { rows[w.cells[i + 1]].self += w.cells[i + 2]; rows[w.cells[i + 1]].total += w.cells[i + 3]; }
          }
          rows = rows.filter(function (r) { return r.self > 0; }).sort(function (a, b) { return b.self - a.self; }).slice(0, 15);
          t.tbl.update(rows);
          t.note.textContent = t.h.kind + ': ' + group3(of) + ' ' + t.h.unit + ' in the selection';
          stepText = offset(g0 * w.step * T.windowNanos) + ' → ' + offset(Math.min(T.windows, (g1 + 1) * w.step) * T.windowNanos);
        });
        hotCaption.textContent = sel
          ? 'In the selection, widened to ' + stepText + ' (the tables follow the timeline in steps of whole window groups): the '
            + (data.hot[0].windows ? data.hot[0].windows.methods.length : 30) + ' hottest methods of the whole range, by their samples in it. The flame graphs above are narrowed to the selection too.'
          : 'Whole range. Shares of all samples of the kind; total counts a method once per stack.';
      });
    }
  };

  renderers['critical-path'] = function (body, data) {
    var a = data.analysis;
    var W = data.windows;
    var wholeNote = group3(a.pathCount) + ' paths in ' + group3(a.traceCount) + ' traces, '
      + dur(a.totalNanos) + ' of critical path in all' + (a.estimated ? ' (sampled spans: weighted estimates)' : '')
      + '. Per operation: its time on the paths, its share of all, the paths it is on, percentiles of its part per path, '
      + 'and that time split into self, running (a child off the path runs) and queue wait (a message waits in its mailbox).';
    var note = el('p', { class: 'note', id: 'critical-path-caption', text: wholeNote });
    body.appendChild(note);
    var cols = [
      { label: 'Operation', value: function (r) { return r.operation; }, text: function (r) { return r.operation; }, name: true },
      { label: 'Time', num: true, value: function (r) { return r.totalNanos; }, text: function (r) { return dur(r.totalNanos); } },
      { label: 'Share', num: true, value: function (r) { return r.share; }, text: function (r) { return percent(r.share); } },
      { label: 'Paths', num: true, value: function (r) { return r.traces; }, text: function (r) { return group3(r.traces); } },
      { label: 'p50', num: true, value: function (r) { return r.p50Nanos; }, text: function (r) { return dur(r.p50Nanos); } },
      { label: 'p95', num: true, value: function (r) { return r.p95Nanos; }, text: function (r) { return dur(r.p95Nanos); } },
      { label: 'p99', num: true, value: function (r) { return r.p99Nanos; }, text: function (r) { return dur(r.p99Nanos); } },
      { label: 'Self', num: true, value: function (r) { return r.selfNanos; }, text: function (r) { return dur(r.selfNanos); } },
      { label: 'Running', num: true, value: function (r) { return r.runningNanos; }, text: function (r) { return dur(r.runningNanos); } },
      { label: 'Queue wait', num: true, value: function (r) { return r.queueWaitNanos; }, text: function (r) { return dur(r.queueWaitNanos); } }
    ];
    var pathTable = table('critical-path-table', cols, a.byOperation || [], null);
    body.appendChild(el('div', { class: 'table-wrap' }, pathTable));
    var wholeHeading = 'The ' + a.traces.length + ' slowest paths';
    var heading = el('h3', { id: 'critical-path-waterfall-heading', text: wholeHeading });
    body.appendChild(heading);
    var frame = el('iframe', { class: 'waterfall', title: 'Waterfall of the slowest critical paths' });
    frame.addEventListener('load', function () { if (selection) { narrowWaterfall(); } });
    frame.srcdoc = data.waterfall;
    body.appendChild(frame);
    var print = el('ol', { class: 'print-only' });
    a.traces.forEach(function (t) {
      print.appendChild(el('li', { text: t.operation + ' · ' + dur(t.durationNanos) + ' · trace ' + t.traceId }));
    });
    body.appendChild(print);
    if (!W) { return; }
    // Each operation's bucket runs (window, first bucket, n, n counts) as histogramIn's triples.
    W.operations.forEach(function (op) {
      var cells = [];
      for (var i = 0; i < op.buckets.length; i += 3 + op.buckets[i + 2]) {
        for (var k = 0; k < op.buckets[i + 2]; k++) {
          if (op.buckets[i + 3 + k] > 0) { cells.push(op.buckets[i], op.buckets[i + 1] + k, op.buckets[i + 3 + k]); }
        }
      }
      op.cells = cells;
    });
    // The table's figures for the paths whose root starts in a window range, from the per-window sums
    // (exact) and log-bucket histograms (percentiles to within one bucket).
    function rowsIn(range) {
      var duration = sumIn(W.durationNanos, range);
      var rows = [];
      W.operations.forEach(function (op) {
        var paths = 0, self = 0, running = 0, queueWait = 0, max = -1;
        for (var i = 0; i < op.windows.length; i += 6) {
          if (op.windows[i] >= range[0] && op.windows[i] <= range[1]) {
            paths += op.windows[i + 1]; self += op.windows[i + 2]; running += op.windows[i + 3];
            queueWait += op.windows[i + 4]; max = Math.max(max, op.windows[i + 5]);
          }
        }
        if (paths === 0) { return; }
        var h = histogramIn(op.cells, range);
        var total = self + running + queueWait;
        rows.push({ operation: op.name, totalNanos: Math.round(total), share: duration > 0 ? total / duration : 0, traces: paths,
          p50Nanos: percentileOf(h, 50, max), p95Nanos: percentileOf(h, 95, max), p99Nanos: percentileOf(h, 99, max),
          selfNanos: Math.round(self), runningNanos: Math.round(running), queueWaitNanos: Math.round(queueWait) });
      });
      rows.sort(function (x, y) { return y.totalNanos - x.totalNanos || (x.operation < y.operation ? -1 : x.operation > y.operation ? 1 : 0); });
      return { rows: rows, paths: sumIn(W.paths, range), duration: duration };
    }
    function narrowWaterfall() {
      if (!frame.contentWindow) { return; }
      var range = selection ? windowRange(selection) : null;
      FlightpathNarrow.send(frame, range ? range[0] : null, range ? range[1] + 1 : null);
    }
    onSelect(function (sel) {
      narrowWaterfall();
      if (!sel) {
        pathTable.update(a.byOperation || []);
        note.textContent = wholeNote;
        heading.textContent = wholeHeading;
        return;
      }
      var range = windowRange(sel);
      var narrowed = rowsIn(range);
      pathTable.update(narrowed.rows);
      note.textContent = 'In the selection ' + offset(range[0] * T.windowNanos) + ' → ' + offset((range[1] + 1) * T.windowNanos)
        + ' (whole windows): ' + group3(narrowed.paths) + (narrowed.paths === 1 ? ' path' : ' paths') + ' whose root span starts in it, '
        + dur(Math.round(narrowed.duration)) + ' of critical path' + (a.estimated ? ' (weighted estimates)' : '')
        + '. The ' + W.operations.length + ' operations of the whole-recording table, by their part of these paths; share of the selected paths\u2019 time. '
        + 'Percentiles to within one log bucket (10 a decade); time, paths, self, running and queue wait exact. Operations on none of these paths are left out.';
      heading.textContent = 'The slowest paths starting in the selection';
    });
  };

  function checkValue(v, unit) {
    if (v == null) { return '–'; }
    return unit === 'nanoseconds' ? dur(v) : unit === 'ratio' ? percent(v) : group3(v);
  }
  function signedValue(v, unit) {
    if (v == null) { return '–'; }
    return (v < 0 ? '-' : '+') + checkValue(Math.abs(v), unit);
  }

  renderers.comparison = function (body, data, section) {
    var words = { fail: 'significant increase', pass: 'no worse', inconclusive: 'not significant', warn: 'warning' };
    body.appendChild(el('p', null, 'Against ' + data.baseline + ': ',
      el('span', { class: 'verdict ' + data.overall, text: data.overall === 'fail' ? 'WORSE' : data.overall === 'pass' ? 'NO WORSE' : 'INCONCLUSIVE' }),
      ' · key figures tested as the CI gate does: each recording cut into ' + data.windowMillis + ' ms windows, the figure per window, '
      + 'a one-sided Mann-Whitney test for an increase (Holm-corrected, alpha ' + data.alpha + '); the shift is the Hodges-Lehmann shift of the per-window figures, its interval at the test\'s Holm-adjusted level (an increase is significant exactly when the interval lies above zero); the whole-recording change is shown beside it.'));
    if (data.figures.length === 0) {
      body.appendChild(el('p', { class: 'empty', text: 'No key figure (mailbox wait, scheduler latency, span duration, GC pause) has data in both recordings.' }));
    } else {
      var cols = [
        { label: 'Figure', value: function (r) { return r.rule; }, text: function (r) { return r.rule + ' ' + r.condition.split(' ')[0]; } },
        { label: 'Group', value: function (r) { return r.group; }, text: function (r) { return r.group || '–'; }, name: true },
        { label: 'Current', num: true, value: function (r) { return r.observed; }, text: function (r) { return checkValue(r.observed, r.unit); } },
        { label: 'Baseline', num: true, value: function (r) { return r.baseline; }, text: function (r) { return checkValue(r.baseline, r.unit); } },
        { label: 'Whole-recording change', num: true, value: function (r) { return r.delta == null ? 0 : r.delta; }, text: function (r) { return signedValue(r.delta, r.unit); } },
        { label: 'Per-window shift', num: true, value: function (r) { return r.shift == null ? 0 : r.shift; }, text: function (r) { return r.shift == null ? '–' : signedValue(r.shift, r.unit); } },
        { label: 'Interval', value: function (r) { return r.shift == null || r.shiftLow == null ? -Infinity : r.shiftLow; },
          text: function (r) { return r.shift == null ? '–' : Number((r.confidence * 100).toPrecision(3)) + '% [' + (r.shiftLow == null ? '-∞' : signedValue(r.shiftLow, r.unit)) + ', ' + (r.shiftHigh == null ? '+∞' : signedValue(r.shiftHigh, r.unit)) + ']'; } },
        { label: 'p', num: true, value: function (r) { return r.adjustedPValue == null ? 1 : r.adjustedPValue; },
          text: function (r) { return r.adjustedPValue == null ? '–' : Number(r.adjustedPValue).toPrecision(3); } },
        { label: 'Verdict', value: function (r) { return r.verdict; }, text: function (r) { return words[r.verdict] || r.verdict; } }
      ];
      body.appendChild(el('div', { class: 'table-wrap' }, table('comparison-table', cols, data.figures, null)));
    }
    if (data.flame) {
      body.appendChild(el('h3', { text: 'Differential flame graph' }));
      var holder = el('div');
      body.appendChild(holder);
      renderers.flame(holder, data.flame, section);
    } else {
      body.appendChild(el('p', { class: 'empty', text: data.flameEmpty }));
    }
  };

  renderers.checks = function (body, data) {
    body.appendChild(el('p', null, 'Overall: ', el('span', { class: 'verdict ' + data.overall, text: data.overall.toUpperCase() }),
      ' · rules ' + data.rulesFile + (data.comparedWithBaseline ? ' · against the baseline, alpha ' + data.alpha : '')));
    function value(v, unit) {
      if (v == null) { return '–'; }
      return unit === 'nanoseconds' ? dur(v) : unit === 'ratio' ? percent(v) : group3(v);
    }
    var cols = [
      { label: 'Verdict', value: function (r) { return r.verdict; }, text: function (r) { return r.verdict.toUpperCase(); } },
      { label: 'Rule', value: function (r) { return r.rule; }, text: function (r) { return r.rule; }, name: true },
      { label: 'Group', value: function (r) { return r.group; }, text: function (r) { return r.group || '–'; }, name: true },
      { label: 'Condition', value: function (r) { return r.condition; }, text: function (r) { return r.condition; } },
      { label: 'Observed', num: true, value: function (r) { return r.observed == null ? -1 : r.observed; }, text: function (r) { return value(r.observed, r.unit); } },
      { label: 'Limit', num: true, value: function (r) { return r.limit == null ? -1 : r.limit; }, text: function (r) { return value(r.limit, r.unit); } },
      { label: 'Baseline', num: true, value: function (r) { return r.baseline == null ? -1 : r.baseline; }, text: function (r) { return value(r.baseline, r.unit); } },
      { label: 'Why', value: function (r) { return r.message; }, text: function (r) { return r.message; }, name: true }
    ];
    body.appendChild(el('div', { class: 'table-wrap' }, table('checks-table', cols, data.results, null)));
  };

  function sections(main) {
    D.sections.forEach(function (s) {
      var sec = el('section', { class: 'block', id: s.id, 'data-renderer': s.renderer });
      sec.appendChild(el('h2', { text: s.title }));
      var body = el('div', { class: 'section-body' });
      sec.appendChild(body);
      main.appendChild(sec);
      if (s.empty != null) {
        body.appendChild(el('p', { class: 'empty', text: s.empty }));
        sec.setAttribute('data-state', 'empty');
        return;
      }
      var render = renderers[s.renderer];
      if (!render) {
        body.appendChild(el('p', { class: 'empty', text: 'This report viewer cannot show ‘' + s.renderer + '’ sections; a newer flightpath can.' }));
        sec.setAttribute('data-state', 'empty');
        return;
      }
      render(body, s.data, s);
      sec.setAttribute('data-state', 'rendered');
    });
  }

  header();
  toc();
  var main = document.getElementById('main');
  findings(main);
  timeline(main);
  sections(main);
  document.getElementById('footer').textContent = 'Written by ' + D.generator + ' from ' + S.file
    + '. Self-contained: data, code and styles are in this file; it needs no network.';
  if (D.selection) { select(D.selection); }
  window.report = {
    data: D,
    select: function (from, to) { select(from == null ? null : { from: from, to: to }); },
    selection: function () { return selection; }
  };
  // Milliseconds from navigation start to here, for scripts/bench-report.sh.
  document.documentElement.setAttribute('data-ready-ms', String(Math.round(performance.now())));
  document.documentElement.setAttribute('data-ready', 'true');
})();
