(function () {
  'use strict';

  var ROW_HEIGHT = 18;
  var MAX_ROWS = 1800; // a canvas taller than about 32,000 px is not drawn by browsers
  var MIN_DRAW_PX = 0.35;
  var TABLE_ROWS = 1000;

  var data = JSON.parse(document.getElementById('flame-data').textContent);
  var names = data.names;
  var kindNames = data.kinds;
  var nameKinds = data.nameKinds;
  var n = data.label.length;

  // Decode the pre-order arrays: depth, parent, subtree end and horizontal offset per node.
  var label = new Int32Array(n);
  var depth = new Int32Array(n);
  var parent = new Int32Array(n);
  var end = new Int32Array(n);
  var total = new Float64Array(n);
  var self = new Float64Array(n);
  var left = new Float64Array(n);
  (function decode() {
    var cursor = new Float64Array(n);
    var path = [];
    for (var i = 0; i < n; i++) {
      label[i] = data.label[i];
      total[i] = data.total[i];
      self[i] = data.self[i];
      depth[i] = i === 0 ? 0 : depth[i - 1] + 1 - data.up[i];
      while (path.length > depth[i]) {
        end[path.pop()] = i;
      }
      var p = path.length ? path[path.length - 1] : -1;
      parent[i] = p;
      if (p >= 0) {
        left[i] = cursor[p];
        cursor[p] += total[i];
      }
      cursor[i] = left[i];
      path.push(i);
    }
    while (path.length) {
      end[path.pop()] = n;
    }
  })();
  var grandTotal = total[0];

  // Hidden subtrees (right-click, "Hide"): their weight leaves their ancestors, and the rest
  // closes up. vtotal is the visible total; left is recomputed from it.
  var vtotal = new Float64Array(n);
  function layout() {
    vtotal.set(total);
    state.hidden.forEach(function (h) {
      var w = vtotal[h];
      if (w === 0) {
        return;
      }
      for (var i = h; i < end[h]; i++) {
        vtotal[i] = 0;
      }
      for (var a = parent[h]; a >= 0; a = parent[a]) {
        vtotal[a] -= w;
      }
    });
    var cursor = new Float64Array(n);
    for (var i = 0; i < n; i++) {
      var p = parent[i];
      left[i] = p >= 0 ? cursor[p] : 0;
      if (p >= 0) {
        cursor[p] += vtotal[i];
      }
      cursor[i] = left[i];
    }
  }

  // A differential graph: the same paths' weights in a baseline recording, compared by self share.
  var base = data.baseline || null;
  var delta = null;
  var maxDelta = 0;
  var goneByParent = new Map();
  if (base) {
    delta = new Float64Array(n);
    for (var di = 0; di < n; di++) {
      delta[di] = (grandTotal > 0 ? self[di] / grandTotal : 0)
          - (base.grandTotal > 0 ? base.self[di] / base.grandTotal : 0);
      maxDelta = Math.max(maxDelta, Math.abs(delta[di]));
    }
    for (var gi = 0; gi < base.gone.length; gi += 3) {
      var list = goneByParent.get(base.gone[gi]);
      if (!list) {
        list = [];
        goneByParent.set(base.gone[gi], list);
      }
      list.push({ name: base.gone[gi + 1], weight: base.gone[gi + 2] });
    }
  }

  var canvas = document.getElementById('canvas');
  var ctx = canvas.getContext('2d');
  var graph = document.getElementById('graph');
  var tooltip = document.getElementById('tooltip');
  var searchInput = document.getElementById('search');
  var matchedOut = document.getElementById('matched');
  var zoomedOut = document.getElementById('zoomed');
  var invertButton = document.getElementById('invert');
  var viewButton = document.getElementById('view-toggle');
  var tableView = document.getElementById('table-view');

  // match: the current search match, 1-based in the order of matchList(); 0 for none.
  var state = { zoom: 0, search: '', invert: false, view: 'graph', fn: -1, hidden: [], match: 0 };
  var treeButton = document.getElementById('tree-toggle');
  var restoreButton = document.getElementById('restore');
  var treeView = document.getElementById('tree-view');
  var sandwichView = document.getElementById('sandwich-view');
  var menu = document.getElementById('menu');
  var nameMatches = null; // per name index: whether the search matches, or null without a search
  var searchKey = null; // the search and hidden set nameMatches and matchCount were computed for
  var matchCount = 0; // visible (not hidden) frames whose name matches
  var matchOrder = null; // those frames in stepping order, built on first use
  var matchNav = document.getElementById('match-nav');
  var matchCountOut = document.getElementById('match-count');
  var rows = []; // per drawn row: [node, x, width] triples, for hit testing
  var canvasWidth = 0;
  var canvasHeight = 0;
  var visibleRows = 0;
  var hovered = -1;

  document.title = data.title;
  document.getElementById('title').textContent = data.title;
  document.getElementById('subtitle').textContent = data.subtitle;

  // ---- numbers and units -------------------------------------------------------------------
  var grouped = FlightpathFormat.count;
  var fixed = FlightpathFormat.fixed;
  function formatWeight(value) {
    if (data.unit === 'bytes') {
      var units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
      var v = value;
      var u = 0;
      while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
      }
      return (u === 0 ? grouped(v) : fixed(v, 1)) + ' ' + units[u] + (u === 0 ? '' : ' (' + grouped(value) + ' bytes)');
    }
    if (data.unit === 'nanoseconds') {
      return FlightpathFormat.duration(value);
    }
    return grouped(value) + (value === 1 ? ' sample' : ' samples');
  }
  function percent(part, whole) {
    return whole > 0 ? fixed(100 * part / whole, 2) + '%' : '0%';
  }

  // ---- colours: hue band by frame kind, shade by a hash of the name ------------------------
  var PALETTE = {
    jit: [95, 130, 55, 45], inlined: [170, 190, 55, 45], interpreted: [48, 60, 75, 52],
    native: [0, 14, 70, 58], cpp: [20, 32, 70, 55], kernel: [28, 40, 85, 50],
    allocated: [205, 225, 65, 62], lock: [265, 285, 45, 62], thread: [210, 220, 10, 62],
    root: [0, 0, 0, 70], other: [30, 40, 20, 62], span: [180, 200, 55, 48], queue_wait: [300, 315, 55, 62]
  };
  var LEGEND_NAMES = {
    jit: 'JIT compiled', inlined: 'inlined', interpreted: 'interpreted', native: 'native', cpp: 'C++ (JVM)',
    kernel: 'kernel', allocated: 'allocated class', lock: 'lock class', thread: 'thread', other: 'other',
    span: 'span', queue_wait: 'queue wait (in a mailbox)'
  };
  var colourCache = [];
  function hash(text) {
    var h = 2166136261;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    return (h >>> 0) / 4294967296;
  }
  function colourOf(nameIndex) {
    var c = colourCache[nameIndex];
    if (c === undefined) {
      var p = PALETTE[kindNames[nameKinds[nameIndex]]] || PALETTE.other;
      var name = names[nameIndex];
      // Hash the class part (up to the method) so one class's methods look alike.
      var cut = name.lastIndexOf('.');
      var r1 = hash(cut > 0 ? name.slice(0, cut) : name);
      var r2 = hash(name);
      var hue = p[0] + (p[1] - p[0]) * r1;
      var light = p[3] + 10 * (r2 - 0.5);
      c = 'hsl(' + hue.toFixed(1) + ',' + p[2] + '%,' + light.toFixed(1) + '%)';
      colourCache[nameIndex] = c;
    }
    return c;
  }
  function diffColour(node) {
    var t = maxDelta > 0 ? Math.min(1, Math.abs(delta[node]) / maxDelta) : 0;
    if (t < 0.02) {
      return 'hsl(0,0%,86%)';
    }
    var light = (90 - 40 * t).toFixed(1);
    return delta[node] > 0 ? 'hsl(0,85%,' + light + '%)' : 'hsl(215,85%,' + light + '%)';
  }
  function swatch(out, colour, text) {
    var box = document.createElement('span');
    box.className = 'swatch';
    box.style.background = colour;
    out.appendChild(box);
    out.appendChild(document.createTextNode(text));
  }
  (function legend() {
    if (base) {
      var diffLegend = document.getElementById('legend');
      swatch(diffLegend, 'hsl(0,85%,55%)', 'more self share than the baseline');
      swatch(diffLegend, 'hsl(215,85%,55%)', 'less');
      swatch(diffLegend, '#444', 'right edge: frames below only in the baseline');
      return;
    }
    var shown = {};
    for (var i = 0; i < names.length; i++) {
      shown[kindNames[nameKinds[i]]] = true;
    }
    var out = document.getElementById('legend');
    out.title = 'Frame colours: the hue tells how the frame ran, as the recording says; the shade varies by class';
    Object.keys(PALETTE).forEach(function (kind) {
      if (!shown[kind] || kind === 'root') {
        return;
      }
      var p = PALETTE[kind];
      swatch(out, 'hsl(' + (p[0] + p[1]) / 2 + ',' + p[2] + '%,' + p[3] + '%)', LEGEND_NAMES[kind] || kind);
    });
  })();

  // ---- drawing --------------------------------------------------------------------------------
  function rowTop(d) {
    return state.invert ? d * ROW_HEIGHT : canvasHeight - (d + 1) * ROW_HEIGHT;
  }
  var deepestCache = { node: -1, depth: 0 };
  function deepestUnder(node) {
    if (deepestCache.node !== node) {
      var deepest = depth[node];
      for (var i = node; i < end[node]; i++) {
        if (depth[i] > deepest) {
          deepest = depth[i];
        }
      }
      deepestCache = { node: node, depth: deepest };
    }
    return deepestCache.depth;
  }

  function draw() {
    var dpr = window.devicePixelRatio || 1;
    canvasWidth = Math.max(200, graph.clientWidth - 16);
    visibleRows = Math.min(MAX_ROWS, deepestUnder(state.zoom) + 1);
    canvasHeight = visibleRows * ROW_HEIGHT;
    canvas.width = Math.round(canvasWidth * dpr);
    canvas.height = Math.round(canvasHeight * dpr);
    canvas.style.height = canvasHeight + 'px';
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, canvasWidth, canvasHeight);
    ctx.font = '12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';
    ctx.textBaseline = 'middle';
    var charWidth = ctx.measureText('m').width || 7;
    rows = [];
    for (var r = 0; r < visibleRows; r++) {
      rows.push([]);
    }
    var z = state.zoom;
    var ancestor = parent[z];
    while (ancestor >= 0) {
      box(ancestor, 0, canvasWidth, true, charWidth);
      ancestor = parent[ancestor];
    }
    var scale = canvasWidth / (vtotal[z] || 1);
    var base = left[z];
    var i = z;
    while (i < end[z]) {
      var w = vtotal[i] * scale;
      if (w < MIN_DRAW_PX || depth[i] >= visibleRows) {
        i = end[i];
        continue;
      }
      box(i, (left[i] - base) * scale, w, false, charWidth);
      i++;
    }
    outlineCurrentMatch();
  }
  // Drawn last, so no neighbour paints over it; wide enough to see on a sliver of a frame.
  function outlineCurrentMatch() {
    var node = currentMatchNode();
    var d = node >= 0 ? depth[node] : -1;
    var row = d >= 0 && d < rows.length ? rows[d] : [];
    for (var k = 0; k < row.length; k += 3) {
      if (row[k] === node) {
        var w = Math.max(row[k + 2], 4);
        var x = Math.min(row[k + 1], canvasWidth - w);
        ctx.strokeStyle = getComputedStyle(document.documentElement).getPropertyValue('--fg').trim() || '#000';
        ctx.lineWidth = 2;
        ctx.strokeRect(x + 1, rowTop(d) + 1, w - 2.5, ROW_HEIGHT - 3);
        return;
      }
    }
  }

  function box(node, x, w, dimmed, charWidth) {
    var d = depth[node];
    if (d >= visibleRows) {
      return;
    }
    var y = rowTop(d);
    var matched = nameMatches !== null && nameMatches[label[node]];
    ctx.globalAlpha = dimmed ? 0.55 : 1;
    ctx.fillStyle = matched ? getComputedMatchColour() : base ? diffColour(node) : colourOf(label[node]);
    ctx.fillRect(x, y, Math.max(w - 0.5, 0.5), ROW_HEIGHT - 1);
    if (base && w > 8 && goneByParent.has(node)) {
      ctx.fillStyle = '#444';
      ctx.fillRect(x + w - 3.5, y, 3, ROW_HEIGHT - 1);
    }
    if (node === hovered) {
      ctx.strokeStyle = '#000';
      ctx.lineWidth = 1;
      ctx.strokeRect(x + 0.5, y + 0.5, Math.max(w - 1.5, 0.5), ROW_HEIGHT - 2);
    }
    if (w > 3 * charWidth) {
      var name = names[label[node]];
      var fits = Math.floor((w - 6) / charWidth);
      var text = name.length <= fits ? name : name.slice(0, Math.max(fits - 1, 1)) + '\u2026';
      ctx.fillStyle = '#000';
      ctx.fillText(text, x + 3, y + ROW_HEIGHT / 2);
    }
    ctx.globalAlpha = 1;
    rows[d].push(node, x, w);
  }
  var matchColour = null;
  function getComputedMatchColour() {
    if (matchColour === null) {
      matchColour = getComputedStyle(document.documentElement).getPropertyValue('--match').trim() || '#e040fb';
    }
    return matchColour;
  }

  function nodeAt(clientX, clientY) {
    var rect = canvas.getBoundingClientRect();
    var x = clientX - rect.left;
    var y = clientY - rect.top;
    var r = Math.floor(y / ROW_HEIGHT);
    var d = state.invert ? r : visibleRows - 1 - r;
    if (d < 0 || d >= rows.length) {
      return -1;
    }
    var row = rows[d];
    for (var k = 0; k < row.length; k += 3) {
      if (x >= row[k + 1] && x < row[k + 1] + row[k + 2]) {
        return row[k];
      }
    }
    return -1;
  }

  // ---- search ----------------------------------------------------------------------------------
  function applySearch() {
    // Every render calls this (a zoom too); the O(n) passes only run when the search or the hidden set changed.
    var key = state.search + '\u0000' + state.hidden.join('.');
    if (key === searchKey) {
      return;
    }
    searchKey = key;
    matchCount = 0;
    matchOrder = null;
    var text = state.search;
    searchInput.classList.remove('invalid');
    if (!text) {
      nameMatches = null;
      matchedOut.textContent = '';
      return;
    }
    var pattern;
    try {
      pattern = new RegExp(text);
    } catch {
      searchInput.classList.add('invalid');
      nameMatches = null;
      matchedOut.textContent = 'invalid regular expression';
      return;
    }
    nameMatches = new Uint8Array(names.length);
    for (var i = 0; i < names.length; i++) {
      nameMatches[i] = pattern.test(names[i]) ? 1 : 0;
    }
    // The matched share: each sample counted once, at its outermost matching frame.
    var matched = 0;
    var node = 1;
    while (node < n) {
      if (nameMatches[label[node]]) {
        matched += total[node];
        node = end[node];
      } else {
        node++;
      }
    }
    matchedOut.textContent = 'Matched: ' + percent(matched, grandTotal) + ' (' + formatWeight(matched) + ')';
    for (var i2 = 1; i2 < n; i2++) {
      if (vtotal[i2] === 0) {
        i2 = end[i2] - 1; // a hidden subtree: nothing in it can be stepped to
      } else if (nameMatches[label[i2]]) {
        matchCount++;
      }
    }
  }

  // ---- stepping through matches ----------------------------------------------------------------
  /**
   * The visible matching frames, heaviest (widest) first, ties left to right (pre-order), so the
   * first steps land on what costs most, and a match index in the URL names the same frame again.
   * Recomputed only after the search or the hidden set changed; sorting is O(m log m) in the matches.
   */
  function matchList() {
    if (matchOrder === null) {
      matchOrder = new Int32Array(matchCount);
      var k = 0;
      for (var i = 1; i < n && nameMatches !== null; i++) {
        if (vtotal[i] === 0) {
          i = end[i] - 1;
        } else if (nameMatches[label[i]]) {
          matchOrder[k++] = i;
        }
      }
      matchOrder.sort(function (a, b) {
        return vtotal[b] - vtotal[a] || a - b;
      });
    }
    return matchOrder;
  }
  function currentMatchNode() {
    return state.match > 0 && state.match <= matchCount ? matchList()[state.match - 1] : -1;
  }
  function renderMatchNav() {
    matchNav.hidden = matchCount === 0;
    matchCountOut.textContent = state.match > 0 ? grouped(state.match) + ' of ' + grouped(matchCount)
        : grouped(matchCount) + (matchCount === 1 ? ' match' : ' matches');
  }
  /** Moves to the next (1) or previous (-1) match, wrapping around, and zooms to it. */
  function step(direction) {
    if (searchInput.value !== state.search) {
      // Enter before the typing debounce fired: search for what is in the box first.
      clearTimeout(searchTimer);
      update({ search: searchInput.value });
    }
    if (matchCount === 0) {
      return;
    }
    var k = state.match === 0 ? (direction > 0 ? 1 : matchCount)
        : (state.match - 1 + direction + matchCount) % matchCount + 1;
    update({ match: k, zoom: matchList()[k - 1], view: 'graph' });
    revealCurrentMatch();
  }
  /** Scrolls the page so the current match's row is in the middle of what the sticky header leaves. */
  function revealCurrentMatch() {
    var node = currentMatchNode();
    if (node < 0 || state.view !== 'graph' || depth[node] >= visibleRows) {
      return;
    }
    var header = document.querySelector('header').offsetHeight;
    var rowY = canvas.getBoundingClientRect().top + window.scrollY + rowTop(depth[node]);
    window.scrollTo(0, Math.max(0, rowY + ROW_HEIGHT / 2 - header - (window.innerHeight - header) / 2));
  }

  // ---- tooltip --------------------------------------------------------------------------------
  function showTooltip(node, clientX, clientY) {
    if (node < 0) {
      tooltip.hidden = true;
      return;
    }
    tooltip.textContent = '';
    var nameLine = document.createElement('div');
    nameLine.className = 'name';
    nameLine.textContent = names[label[node]];
    var kindLine = document.createElement('div');
    kindLine.className = 'kind';
    kindLine.textContent = kindNames[nameKinds[label[node]]] + ', depth ' + depth[node];
    var totalLine = document.createElement('div');
    var zoomNote = state.zoom !== 0 ? ', ' + percent(total[node], total[state.zoom]) + ' of zoomed' : '';
    totalLine.textContent = 'Total: ' + formatWeight(total[node]) + ' \u2014 ' + percent(total[node], grandTotal)
        + ' of all' + zoomNote;
    var selfLine = document.createElement('div');
    selfLine.textContent = 'Self: ' + formatWeight(self[node]) + ' \u2014 ' + percent(self[node], grandTotal);
    tooltip.appendChild(nameLine);
    tooltip.appendChild(kindLine);
    tooltip.appendChild(totalLine);
    tooltip.appendChild(selfLine);
    if (base) {
      var baseLine = document.createElement('div');
      baseLine.textContent = base.total[node] === 0 ? 'New: not in the baseline'
          : 'Baseline: total ' + formatWeight(base.total[node]) + ' (' + percent(base.total[node], base.grandTotal)
            + '), self ' + formatWeight(base.self[node]) + ' (' + percent(base.self[node], base.grandTotal) + ')';
      var changeLine = document.createElement('div');
      changeLine.textContent = 'Self share change: ' + (delta[node] >= 0 ? '+' : '') + fixed(100 * delta[node], 2)
          + ' percentage points';
      tooltip.appendChild(baseLine);
      tooltip.appendChild(changeLine);
      var gone = goneByParent.get(node);
      if (gone) {
        var goneLine = document.createElement('div');
        goneLine.textContent = 'Only in the baseline below: ' + gone.slice(0, 5).map(function (g) {
          return names[g.name] + ' (' + percent(g.weight, base.grandTotal) + ')';
        }).join(', ') + (gone.length > 5 ? ', \u2026' : '');
        tooltip.appendChild(goneLine);
      }
    }
    tooltip.hidden = false;
    var x = clientX + 14;
    var y = clientY + 14;
    var box = tooltip.getBoundingClientRect();
    if (x + box.width > window.innerWidth) {
      x = Math.max(0, clientX - box.width - 14);
    }
    if (y + box.height > window.innerHeight) {
      y = Math.max(0, clientY - box.height - 14);
    }
    tooltip.style.left = x + 'px';
    tooltip.style.top = y + 'px';
  }

  // ---- table view: self and total per method (total counts a method once per stack) -------
  var tableRows = null;
  var tableSort = 'self';
  function buildTable() {
    var byName = new Map();
    var methodNames = [];
    var methodOf = new Int32Array(names.length);
    for (var i = 0; i < names.length; i++) {
      var m = byName.get(names[i]);
      if (m === undefined) {
        m = methodNames.length;
        byName.set(names[i], m);
        methodNames.push(names[i]);
      }
      methodOf[i] = m;
    }
    var selfSum = new Float64Array(methodNames.length);
    var totalSum = new Float64Array(methodNames.length);
    var onPath = new Int32Array(methodNames.length);
    var path = [];
    for (var node = 1; node < n; node++) {
      while (path.length && depth[path[path.length - 1]] >= depth[node]) {
        onPath[methodOf[label[path.pop()]]]--;
      }
      var method = methodOf[label[node]];
      if (onPath[method] === 0) {
        totalSum[method] += total[node];
      }
      onPath[method]++;
      selfSum[method] += self[node];
      path.push(node);
    }
    tableRows = [];
    var baseSelfByName = new Map();
    if (base) {
      for (var b = 0; b < base.methods.length; b += 2) {
        baseSelfByName.set(base.methods[b], base.methods[b + 1]);
      }
    }
    for (var k = 0; k < methodNames.length; k++) {
      if (totalSum[k] > 0) {
        tableRows.push(tableRow(methodNames[k], selfSum[k], totalSum[k], baseSelfByName.get(methodNames[k]) || 0, false));
        baseSelfByName.delete(methodNames[k]);
      }
    }
    baseSelfByName.forEach(function (baseSelf, name) {
      tableRows.push(tableRow(name, 0, 0, baseSelf, true));
    });
  }
  function tableRow(name, selfWeight, totalWeight, baseSelf, baselineOnly) {
    var change = base ? (grandTotal > 0 ? selfWeight / grandTotal : 0)
        - (base.grandTotal > 0 ? baseSelf / base.grandTotal : 0) : 0;
    return { name: name, self: selfWeight, total: totalWeight, delta: change, baselineOnly: baselineOnly };
  }
  function renderTable() {
    if (tableRows === null) {
      buildTable();
    }
    tableRows.sort(function (a, b) {
      if (tableSort === 'name') {
        return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
      }
      if (tableSort === 'delta') {
        return Math.abs(b.delta) - Math.abs(a.delta) || (a.name < b.name ? -1 : 1);
      }
      return b[tableSort] - a[tableSort] || b.total - a.total || (a.name < b.name ? -1 : 1);
    });
    var body = document.querySelector('#table tbody');
    body.textContent = '';
    var shown = Math.min(TABLE_ROWS, tableRows.length);
    for (var i = 0; i < shown; i++) {
      var row = tableRows[i];
      var tr = document.createElement('tr');
      var cells = [formatWeight(row.self), percent(row.self, grandTotal), formatWeight(row.total),
        percent(row.total, grandTotal)];
      if (base) {
        cells.push((row.delta >= 0 ? '+' : '') + fixed(100 * row.delta, 2) + ' pp');
      }
      cells.push(row.baselineOnly ? row.name + ' (only in the baseline)' : row.name);
      cells.forEach(function (text, column) {
        var td = document.createElement('td');
        td.textContent = text;
        if (column === cells.length - 1) {
          td.className = 'name';
        }
        tr.appendChild(td);
      });
      tr.dataset.name = row.name;
      body.appendChild(tr);
    }
    document.getElementById('table-note').textContent = 'Showing ' + grouped(shown) + ' of '
        + grouped(tableRows.length) + ' methods; click a row to search for it in the graph.';
  }
  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  // ---- tree view: the call tree, expanded on demand (rows for expanded nodes only) ----------
  function childrenOf(node) {
    var children = [];
    for (var j = node + 1; j < end[node]; j = end[j]) {
      if (vtotal[j] > 0) {
        children.push(j);
      }
    }
    children.sort(function (a, b) {
      return vtotal[b] - vtotal[a] || a - b;
    });
    return children;
  }
  function kindColour(nameIndex) {
    var p = PALETTE[kindNames[nameKinds[nameIndex]]] || PALETTE.other;
    return 'hsl(' + (p[0] + p[1]) / 2 + ',' + p[2] + '%,' + p[3] + '%)';
  }
  function treeRow(node) {
    var row = document.createElement('div');
    row.className = 'tree-row';
    row.setAttribute('role', 'treeitem');
    row.dataset.node = String(node);
    row.dataset.depth = String(depth[node]);
    row.style.paddingLeft = (depth[node] * 12) + 'px';
    var toggle = document.createElement('span');
    toggle.className = 'toggle';
    toggle.textContent = end[node] > node + 1 ? '\u25b8' : '';
    var totalCell = document.createElement('span');
    totalCell.className = 'num';
    totalCell.textContent = percent(vtotal[node], vtotal[0]);
    totalCell.title = 'Total: ' + formatWeight(vtotal[node]);
    var selfCell = document.createElement('span');
    selfCell.className = 'num';
    selfCell.textContent = percent(self[node], vtotal[0]);
    selfCell.title = 'Self: ' + formatWeight(self[node]);
    var kind = document.createElement('span');
    kind.className = 'kind-swatch';
    kind.style.background = kindColour(label[node]);
    row.appendChild(toggle);
    row.appendChild(totalCell);
    row.appendChild(selfCell);
    row.appendChild(kind);
    row.appendChild(document.createTextNode(names[label[node]]));
    return row;
  }
  function expanded(row) {
    return row.dataset.open === '1';
  }
  function expandRow(row) {
    if (expanded(row)) {
      return;
    }
    var node = parseInt(row.dataset.node, 10);
    var after = row;
    childrenOf(node).forEach(function (child) {
      var childRow = treeRow(child);
      after.parentNode.insertBefore(childRow, after.nextSibling);
      after = childRow;
    });
    row.dataset.open = '1';
    row.firstChild.textContent = row.firstChild.textContent ? '\u25be' : '';
  }
  function collapseRow(row) {
    var d = parseInt(row.dataset.depth, 10);
    while (row.nextSibling && parseInt(row.nextSibling.dataset.depth, 10) > d) {
      row.parentNode.removeChild(row.nextSibling);
    }
    row.dataset.open = '0';
    row.firstChild.textContent = row.firstChild.textContent ? '\u25b8' : '';
  }
  function renderTree() {
    var tree = document.getElementById('tree');
    tree.textContent = '';
    var root = treeRow(0);
    tree.appendChild(root);
    expandRow(root);
  }
  /** Expands the heaviest child from the root down to a leaf. */
  function expandHottestPath() {
    var tree = document.getElementById('tree');
    var row = tree.firstChild;
    while (row) {
      expandRow(row);
      var next = row.nextSibling;
      if (!next || parseInt(next.dataset.depth, 10) <= parseInt(row.dataset.depth, 10)) {
        break;
      }
      row = next;
    }
    if (row) {
      row.scrollIntoView({ block: 'nearest' });
    }
  }

  // ---- sandwich view: one method's callers and callees, merged over every call path ------
  function mergedNode(name) {
    return { name: name, weight: 0, children: new Map() };
  }
  function mergedChild(into, name) {
    var child = into.children.get(name);
    if (!child) {
      child = mergedNode(name);
      into.children.set(name, child);
    }
    return child;
  }
  function renderMerged(node, container, whole, open) {
    var children = Array.from(node.children.values()).sort(function (a, b) {
      return b.weight - a.weight || (a.name < b.name ? -1 : 1);
    });
    children.forEach(function (child) {
      var text = percent(child.weight, whole) + '  ' + names[child.name] + '  (' + formatWeight(child.weight) + ')';
      if (child.children.size === 0) {
        var leaf = document.createElement('div');
        leaf.className = 'leaf';
        leaf.textContent = text;
        container.appendChild(leaf);
        return;
      }
      var details = document.createElement('details');
      var summary = document.createElement('summary');
      summary.textContent = text;
      details.appendChild(summary);
      details.addEventListener('toggle', function () {
        if (details.open && details.childNodes.length === 1) {
          renderMerged(child, details, whole, false);
        }
      });
      container.appendChild(details);
      details.open = open;
    });
  }
  function renderSandwich() {
    var fnName = names[state.fn];
    var callers = mergedNode(state.fn);
    var callees = mergedNode(state.fn);
    var weight = 0;
    var calls = 0;
    var node = 1;
    // Outermost occurrences only, so recursion is not counted twice.
    while (node < n) {
      if (vtotal[node] > 0 && names[label[node]] === fnName) {
        var w = vtotal[node];
        weight += w;
        calls++;
        var into = callers;
        into.weight += w;
        for (var a = parent[node]; a > 0; a = parent[a]) {
          into = mergedChild(into, label[a]);
          into.weight += w;
        }
        callees.weight += w;
        mergeCallees(node, callees);
        node = end[node];
      } else {
        node++;
      }
    }
    document.getElementById('sandwich-title').textContent = 'Sandwich: ' + fnName + ' \u2014 '
        + formatWeight(weight) + ', ' + percent(weight, vtotal[0]) + ' of all, on ' + grouped(calls) + ' call path'
        + (calls === 1 ? '' : 's');
    var callersOut = document.getElementById('callers');
    var calleesOut = document.getElementById('callees');
    callersOut.textContent = '';
    calleesOut.textContent = '';
    renderMerged(callers, callersOut, weight || 1, true);
    renderMerged(callees, calleesOut, weight || 1, true);
    if (callers.children.size === 0) {
      callersOut.textContent = 'none: it is called from the root';
    }
    if (callees.children.size === 0) {
      calleesOut.textContent = 'none: all of its time is its own';
    }
  }
  function mergeCallees(node, into) {
    // Iterative over the subtree, keeping the merged node of each depth on a stack.
    var stack = [into];
    var base = depth[node];
    for (var i = node + 1; i < end[node]; i++) {
      if (vtotal[i] === 0) {
        i = end[i] - 1;
        continue;
      }
      var d = depth[i] - base;
      stack.length = d;
      var child = mergedChild(stack[d - 1], label[i]);
      child.weight += vtotal[i];
      stack.push(child);
    }
  }

  // ---- context menu: zoom, hide a subtree, sandwich ------------------------------------------
  var menuNode = -1;
  function showMenu(node, clientX, clientY) {
    menuNode = node;
    menu.hidden = false;
    var box = menu.getBoundingClientRect();
    menu.style.left = Math.max(0, Math.min(clientX, window.innerWidth - box.width - 4)) + 'px';
    menu.style.top = Math.max(0, Math.min(clientY, window.innerHeight - box.height - 4)) + 'px';
    tooltip.hidden = true;
  }
  function hideMenu() {
    menu.hidden = true;
    menuNode = -1;
  }
  function hideSubtree(node) {
    if (node <= 0) {
      return;
    }
    var hidden = state.hidden.slice();
    hidden.push(node);
    var zoom = state.zoom;
    for (var a = zoom; a >= 0; a = parent[a]) {
      if (a === node) {
        zoom = parent[node];
        break;
      }
    }
    update({ hidden: hidden, zoom: Math.max(zoom, 0) });
  }

  // ---- view state, kept in the URL hash ------------------------------------------------------
  function readHash() {
    var params = new URLSearchParams(window.location.hash.slice(1));
    var zoom = parseInt(params.get('zoom') || '0', 10);
    state.zoom = zoom >= 0 && zoom < n ? zoom : 0;
    state.search = params.get('search') || '';
    var match = parseInt(params.get('match') || '0', 10);
    state.match = match > 0 ? match : 0; // checked against the match count in render()
    state.invert = params.get('invert') === '1';
    var view = params.get('view');
    state.view = view === 'table' || view === 'tree' || view === 'sandwich' ? view : 'graph';
    var fn = parseInt(params.get('fn') || '-1', 10);
    state.fn = fn >= 0 && fn < names.length ? fn : -1;
    if (state.view === 'sandwich' && state.fn < 0) {
      state.view = 'graph';
    }
    state.hidden = (params.get('hide') || '').split('.').map(function (h) {
      return parseInt(h, 10);
    }).filter(function (h) {
      return h > 0 && h < n;
    });
  }
  function writeHash() {
    var params = new URLSearchParams();
    if (state.zoom !== 0) {
      params.set('zoom', String(state.zoom));
    }
    if (state.search) {
      params.set('search', state.search);
    }
    if (state.match > 0) {
      params.set('match', String(state.match));
    }
    if (state.invert) {
      params.set('invert', '1');
    }
    if (state.view !== 'graph') {
      params.set('view', state.view);
    }
    if (state.view === 'sandwich') {
      params.set('fn', String(state.fn));
    }
    if (state.hidden.length) {
      params.set('hide', state.hidden.join('.'));
    }
    var hash = params.toString();
    history.replaceState(null, '', hash ? '#' + hash : window.location.pathname + window.location.search);
  }
  function render() {
    searchInput.value = state.search;
    invertButton.setAttribute('aria-pressed', String(state.invert));
    viewButton.setAttribute('aria-pressed', String(state.view === 'table'));
    viewButton.textContent = state.view === 'table' ? 'Graph' : 'Table';
    treeButton.setAttribute('aria-pressed', String(state.view === 'tree'));
    treeButton.textContent = state.view === 'tree' ? 'Graph' : 'Tree';
    restoreButton.hidden = state.hidden.length === 0;
    restoreButton.textContent = 'Restore hidden (' + state.hidden.length + ')';
    layout();
    if (vtotal[state.zoom] === 0) {
      state.zoom = 0;
    }
    zoomedOut.textContent = state.zoom !== 0 ? 'Zoomed to: ' + names[label[state.zoom]] + ' \u2014 '
        + percent(total[state.zoom], grandTotal) : '';
    applySearch();
    if (followMatch >= 0) {
      // The hidden set changed, and with it the list: keep the same frame current if it is still visible.
      var list = matchCount > 0 && vtotal[followMatch] > 0 ? matchList() : [];
      state.match = Array.prototype.indexOf.call(list, followMatch) + 1;
      followMatch = -1;
    }
    if (state.match > matchCount) {
      state.match = 0;
    }
    renderMatchNav();
    var table = state.view === 'table';
    graph.hidden = state.view !== 'graph';
    tableView.hidden = !table;
    treeView.hidden = state.view !== 'tree';
    sandwichView.hidden = state.view !== 'sandwich';
    if (table) {
      renderTable();
    } else if (state.view === 'tree') {
      renderTree();
    } else if (state.view === 'sandwich') {
      renderSandwich();
    } else {
      draw();
    }
  }
  var followMatch = -1;
  function update(change) {
    if ('search' in change && change.search !== state.search) {
      change.match = 0;
    }
    if ('hidden' in change) {
      followMatch = currentMatchNode();
    }
    Object.keys(change).forEach(function (key) {
      state[key] = change[key];
    });
    render();
    writeHash(); // after render(), which drops a zoom or match that no longer exists
  }

  // ---- events --------------------------------------------------------------------------------
  canvas.addEventListener('click', function (event) {
    var node = nodeAt(event.clientX, event.clientY);
    if (node >= 0) {
      update({ zoom: node });
      // The frame under the pointer has moved; describe the one there now.
      hovered = nodeAt(event.clientX, event.clientY);
      showTooltip(hovered, event.clientX, event.clientY);
    }
  });
  canvas.addEventListener('mousemove', function (event) {
    var node = nodeAt(event.clientX, event.clientY);
    if (node !== hovered) {
      hovered = node;
      draw();
    }
    showTooltip(node, event.clientX, event.clientY);
  });
  canvas.addEventListener('mouseleave', function () {
    hovered = -1;
    tooltip.hidden = true;
    draw();
  });
  canvas.addEventListener('contextmenu', function (event) {
    var node = nodeAt(event.clientX, event.clientY);
    if (node > 0) {
      event.preventDefault();
      showMenu(node, event.clientX, event.clientY);
    }
  });
  document.getElementById('tree').addEventListener('click', function (event) {
    var row = event.target.closest('.tree-row');
    if (row && event.target.classList.contains('toggle')) {
      if (expanded(row)) {
        collapseRow(row);
      } else {
        expandRow(row);
      }
    }
  });
  document.getElementById('tree').addEventListener('contextmenu', function (event) {
    var row = event.target.closest('.tree-row');
    if (row && row.dataset.node !== '0') {
      event.preventDefault();
      showMenu(parseInt(row.dataset.node, 10), event.clientX, event.clientY);
    }
  });
  document.getElementById('expand-hot').addEventListener('click', expandHottestPath);
  menu.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    var node = menuNode;
    hideMenu();
    if (!button || node < 0) {
      return;
    }
    var action = button.dataset.action;
    if (action === 'hide') {
      hideSubtree(node);
    } else if (action === 'sandwich') {
      update({ view: 'sandwich', fn: label[node] });
    } else if (action === 'zoom') {
      update({ view: 'graph', zoom: node });
    }
  });
  document.addEventListener('click', function (event) {
    if (!menu.hidden && !menu.contains(event.target)) {
      hideMenu();
    }
  });
  restoreButton.addEventListener('click', function () {
    update({ hidden: [] });
  });
  treeButton.addEventListener('click', function () {
    update({ view: state.view === 'tree' ? 'graph' : 'tree' });
  });
  document.getElementById('reset').addEventListener('click', function () {
    update({ zoom: 0 });
  });
  invertButton.addEventListener('click', function () {
    update({ invert: !state.invert });
  });
  viewButton.addEventListener('click', function () {
    update({ view: state.view === 'table' ? 'graph' : 'table' });
  });
  var searchTimer = 0;
  searchInput.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    }
  });
  document.getElementById('match-next').addEventListener('click', function () {
    step(1);
  });
  document.getElementById('match-prev').addEventListener('click', function () {
    step(-1);
  });
  searchInput.addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () {
      update({ search: searchInput.value });
    }, 150);
  });
  if (base) {
    var deltaHeader = document.createElement('th');
    deltaHeader.dataset.sort = 'delta';
    deltaHeader.textContent = '\u0394 self share';
    deltaHeader.title = 'Change in self share against the baseline, in percentage points';
    var methodHeader = document.querySelector('#table th.name');
    methodHeader.parentNode.insertBefore(deltaHeader, methodHeader);
  }
  document.querySelectorAll('#table th').forEach(function (th) {
    th.addEventListener('click', function () {
      tableSort = th.dataset.sort;
      renderTable();
    });
  });
  document.querySelector('#table tbody').addEventListener('click', function (event) {
    var tr = event.target.closest('tr');
    if (tr) {
      update({ view: 'graph', search: '^' + escapeRegExp(tr.dataset.name) + '$' });
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !menu.hidden) {
      hideMenu();
    } else if (event.key === 'Escape') {
      update({ zoom: 0 });
    } else if ((event.ctrlKey || event.metaKey) && event.key === 'f') {
      event.preventDefault();
      searchInput.focus();
    } else if ((event.key === 'n' || event.key === 'N') && !event.ctrlKey && !event.metaKey && !event.altKey
        && state.view === 'graph' && !event.target.closest('input, textarea, select, [contenteditable]')) {
      event.preventDefault();
      step(event.key === 'N' ? -1 : 1);
    }
  });
  window.addEventListener('hashchange', function () {
    readHash();
    render();
    revealCurrentMatch();
  });
  window.addEventListener('resize', function () {
    if (state.view === 'graph') {
      draw();
    }
  });
  if (window.matchMedia) {
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', function () {
      matchColour = null;
      draw();
    });
  }

  // ---- narrowing to a time range (the report's timeline selection) --------------------------
  // data.windows holds each kept node's self weight per group of timeline windows; a range's tree
  // is rebuilt bottom-up from them. Pages without it (the flame command's) cannot be narrowed.
  var timeWindows = data.windows || null;
  var wholeTotal = Float64Array.from(total);
  var wholeSelf = Float64Array.from(self);
  var narrowedOut = document.getElementById('narrowed');
  var narrowedTo = null;
  /** Narrows to timeline windows [fromWindow, toWindow) (whole groups of data.windows.step), or back to all with null. */
  function narrow(fromWindow, toWindow, text) {
    if (!timeWindows) {
      return false;
    }
    if (fromWindow == null) {
      total.set(wholeTotal);
      self.set(wholeSelf);
      narrowedTo = null;
    } else {
      var g0 = Math.floor(fromWindow / timeWindows.step);
      var g1 = Math.ceil(toWindow / timeWindows.step);
      self.fill(0);
      var cells = timeWindows.cells;
      var node = 0;
      var w = 0;
      for (var i = 0; i < cells.length; i += 3) {
        node += cells[i];
        w = cells[i] === 0 ? w + cells[i + 1] : cells[i + 1];
        if (w >= g0 && w < g1) {
          self[node] += cells[i + 2];
        }
      }
      total.set(self);
      for (var k = n - 1; k > 0; k--) {
        total[parent[k]] += total[k];
      }
      narrowedTo = { from: g0 * timeWindows.step, to: g1 * timeWindows.step };
    }
    grandTotal = total[0];
    tableRows = null;
    searchKey = null;
    narrowedOut.hidden = narrowedTo === null;
    narrowedOut.textContent = narrowedTo === null ? '' : 'Narrowed to ' + (text || 'the selection') + ': '
        + formatWeight(total[0]) + ' in it. Frames narrower than ' + timeWindows.minWidthPercent
        + '% of the whole recording are not shown.';
    render();
    return true;
  }
  FlightpathNarrow.listen(narrow);

  // A small read-only handle for tests and the console.
  window.flamegraph = {
    nodeCount: n,
    /** Narrows to timeline windows [from, to) (see narrow above), or resets with null; false without window data. */
    narrow: narrow,
    /** The windows narrowed to, {from, to}, or null. */
    narrowed: function () {
      return narrowedTo;
    },
    /** The root's weight: all samples, or those in the narrowed range. */
    rootTotal: function () {
      return total[0];
    },
    state: function () {
      return { zoom: state.zoom, search: state.search, invert: state.invert, view: state.view, fn: state.fn,
        hidden: state.hidden.slice(), match: state.match };
    },
    /** The current search match (a node), or -1. */
    currentMatch: function () {
      return currentMatchNode();
    },
    /** The visible matching nodes in stepping order. */
    matches: function () {
      return matchCount > 0 ? Array.from(matchList()) : [];
    },
    name: function (node) {
      return names[label[node]];
    },
    /** The visible total of a node (0 when hidden). */
    visibleTotal: function (node) {
      return vtotal[node];
    },
    parentOf: function (node) {
      return parent[node];
    },
    /** Where a drawn node is, in CSS pixels relative to the canvas; null when not drawn. */
    rectOf: function (node) {
      for (var d = 0; d < rows.length; d++) {
        for (var k = 0; k < rows[d].length; k += 3) {
          if (rows[d][k] === node) {
            return { x: rows[d][k + 1], y: rowTop(d), width: rows[d][k + 2], height: ROW_HEIGHT };
          }
        }
      }
      return null;
    },
    /** The widest drawn node at a depth. */
    widestAt: function (d) {
      var best = -1;
      var bestWidth = -1;
      var row = rows[d] || [];
      for (var k = 0; k < row.length; k += 3) {
        if (row[k + 2] > bestWidth) {
          best = row[k];
          bestWidth = row[k + 2];
        }
      }
      return best;
    }
  };

  readHash();
  render();
  if (currentMatchNode() >= 0) {
    revealCurrentMatch();
  } else if (!state.invert && state.view === 'graph') {
    window.scrollTo(0, document.body.scrollHeight);
  }
})();
