// Draws the report from the JSON in #etw-data, as SVG and tables, with no library. Strings from the trace only
// ever go into the document through textContent (never innerHTML). Each chart's <figure> gets
// data-rendered="true" once drawn, and the body's data-rendered attribute lists them, for tests and readers.
(function () {
  'use strict';
  var SVGNS = 'http://www.w3.org/2000/svg';
  var COLORS = ['#2b6cb0', '#dd6b20', '#38a169', '#d53f8c', '#805ad5', '#d69e2e', '#319795', '#e53e3e', '#718096', '#a0aec0'];
  var rendered = [];
  var main = document.getElementById('report');
  var data;
  try {
    data = JSON.parse(document.getElementById('etw-data').textContent);
  } catch (e) {
    window.etwNoteError('the embedded data does not parse: ' + e);
    return;
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] !== undefined && attrs[k] !== null) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function sv(tag, attrs, text) {
    var e = document.createElementNS(SVGNS, tag);
    if (attrs) for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent, child) { parent.appendChild(child); return child; }
  function int(n) { return (n === null || n === undefined) ? '' : Number(n).toLocaleString('en-US'); }
  function bytes(n) {
    var units = ['B', 'KB', 'MB', 'GB', 'TB'], i = 0, v = Number(n);
    while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
    return (i === 0 ? String(v) : v.toFixed(1)) + ' ' + units[i];
  }
  function pct(a, b) { return b > 0 ? (100 * a / b).toFixed(1) + '%' : '-'; }
  // A time in ms since 1970 as UTC text; out-of-range times (a damaged clock) are shown as such, not thrown.
  function utc(ms, withDate) {
    var d = new Date(ms);
    if (!isFinite(d.getTime())) return 'out of range';
    var s = d.toISOString();
    return withDate ? s.replace('T', ' ').replace('Z', ' UTC') : s.slice(11, 23);
  }
  function section(id, title) {
    var s = add(main, el('section', { id: id }));
    add(s, el('h2', null, title));
    var toc = document.getElementById('toc');
    add(toc, el('a', { href: '#' + id }, title));
    return s;
  }
  function figure(parent, name, caption) {
    var f = add(parent, el('figure', { 'data-chart': name }));
    if (caption) add(f, el('figcaption', null, caption));
    return f;
  }
  function done(fig) {
    fig.setAttribute('data-rendered', 'true');
    rendered.push(fig.getAttribute('data-chart'));
  }
  function legend(parent, series, unit) {
    var l = add(parent, el('div', { class: 'legend' }));
    series.forEach(function (s, i) {
      var item = add(l, el('span'));
      add(item, el('span', { class: 'sw', style: 'background:' + COLORS[i % COLORS.length] }));
      add(item, document.createTextNode(s.name + ' (' + (unit === 'bytes' ? bytes(s.total) : int(s.total) + (unit ? ' ' + unit : '')) + ')'));
    });
  }
  // A round maximum for bytes: 1, 2 or 5 times a power of ten, of the largest binary unit under it.
  function niceBytes(v) {
    var unit = 1;
    while (v / unit >= 1024 && unit < Math.pow(1024, 4)) unit *= 1024;
    return niceMax(v / unit) * unit;
  }
  function niceMax(v) {
    if (!(v > 0)) return 1;
    var p = Math.pow(10, Math.floor(Math.log10(v))), m = v / p;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
  }
  function timeAxis(svg, x0, x1, y, t) {
    add(svg, sv('line', { x1: x0, x2: x1, y1: y, y2: y, class: 'axis' }));
    var span = t.bins * t.bin_ms, ticks = 6;
    for (var i = 0; i <= ticks; i++) {
      var ms = t.start_ms + span * i / ticks, x = x0 + (x1 - x0) * i / ticks;
      add(svg, sv('line', { x1: x, x2: x, y1: y, y2: y + 4, class: 'axis' }));
      var label = add(svg, sv('text', { x: x, y: y + 16, 'text-anchor': i === 0 ? 'start' : i === ticks ? 'end' : 'middle' }, utc(ms, false)));
      label.setAttribute('data-ms', String(ms));
    }
    // The date once, under the first tick.
    add(svg, sv('text', { x: x0, y: y + 30 }, utc(t.start_ms, true).slice(0, 10) + ' (UTC)'));
  }
  function valueAxis(svg, x0, x1, y0, y1, max, unit) {
    for (var i = 0; i <= 4; i++) {
      var y = y1 - (y1 - y0) * i / 4, v = max * i / 4;
      add(svg, sv('line', { x1: x0, x2: x1, y1: y, y2: y, class: 'grid' }));
      add(svg, sv('text', { x: x0 - 6, y: y + 4, 'text-anchor': 'end' }, unit === 'bytes' ? bytes(v) : int(Math.round(v))));
    }
  }
  // Series stacked over the time axis (stacked) or drawn as lines (not stacked), as step shapes per bin.
  function timeChart(parent, name, caption, series, unit, stacked) {
    var t = data.time, fig = figure(parent, name, caption);
    if (!t || !t.bins || !series.length) { add(fig, el('p', { class: 'muted' }, 'Nothing to draw.')); return; }
    var W = 1180, H = 290, L = 78, R = 12, T = 10, B = 40, n = t.bins;
    var svg = add(fig, sv('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img' }));
    var sums = new Array(n).fill(0), max = 0;
    series.forEach(function (s) {
      for (var i = 0; i < n; i++) {
        var v = Number(s.values[i] || 0);
        if (stacked) { sums[i] += v; max = Math.max(max, sums[i]); } else { max = Math.max(max, v); }
      }
    });
    max = unit === 'bytes' ? niceBytes(max) : niceMax(max);
    var x = function (i) { return L + (W - L - R) * i / n; };
    var y = function (v) { return H - B - (H - B - T) * v / max; };
    valueAxis(svg, L, W - R, T, H - B, max, unit);
    var base = new Array(n).fill(0);
    series.forEach(function (s, k) {
      var top = [], d = '';
      for (var i = 0; i < n; i++) top.push((stacked ? base[i] : 0) + Number(s.values[i] || 0));
      if (stacked) {
        d = 'M' + x(0) + ',' + y(base[0]);
        for (var i = 0; i < n; i++) d += 'L' + x(i) + ',' + y(top[i]) + 'L' + x(i + 1) + ',' + y(top[i]);
        for (var j = n - 1; j >= 0; j--) d += 'L' + x(j + 1) + ',' + y(base[j]) + 'L' + x(j) + ',' + y(base[j]);
        d += 'Z';
        var p = add(svg, sv('path', { d: d, fill: COLORS[k % COLORS.length], 'fill-opacity': 0.85, stroke: 'none' }));
        base = top;
      } else {
        d = 'M' + x(0) + ',' + y(top[0]);
        for (var i = 0; i < n; i++) d += 'L' + x(i) + ',' + y(top[i]) + 'L' + x(i + 1) + ',' + y(top[i]);
        var p = add(svg, sv('path', { d: d, fill: 'none', stroke: COLORS[k % COLORS.length], 'stroke-width': 1.5 }));
      }
      add(p, sv('title', null, s.name));
      p.setAttribute('data-series', s.name);
    });
    timeAxis(svg, L, W - R, H - B, t);
    legend(fig, series, unit);
    add(fig, el('figcaption', null, 'Each step is ' + binText(t.bin_ms) + ' (' + int(t.bins) + ' bins).'));
    done(fig);
  }
  function binText(ms) {
    if (ms >= 1000) return (ms / 1000).toLocaleString('en-US', { maximumFractionDigits: 3 }) + ' s';
    return ms.toLocaleString('en-US', { maximumFractionDigits: 3 }) + ' ms';
  }
  // Horizontal bars: rows of {name, parts: [values]}.
  function barChart(parent, name, caption, rows, partNames, unit) {
    var fig = figure(parent, name, caption);
    if (!rows.length) { add(fig, el('p', { class: 'muted' }, 'Nothing to draw.')); return; }
    var W = 1180, rowH = 18, L = 330, R = 110, H = rows.length * rowH + 24;
    var svg = add(fig, sv('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img' }));
    var max = 0;
    rows.forEach(function (r) { max = Math.max(max, r.parts.reduce(function (a, b) { return a + b; }, 0)); });
    max = max > 0 ? max : 1;
    rows.forEach(function (r, i) {
      var yy = 4 + i * rowH, x = L, total = 0;
      add(svg, sv('text', { x: L - 8, y: yy + 12, 'text-anchor': 'end' }, r.name.length > 52 ? r.name.slice(0, 50) + '…' : r.name));
      r.parts.forEach(function (v, k) {
        var w = (W - L - R) * v / max;
        if (w > 0) {
          var rect = add(svg, sv('rect', { x: x, y: yy + 2, width: Math.max(w, 0.5), height: rowH - 5, fill: COLORS[k % COLORS.length] }));
          add(rect, sv('title', null, r.name + ': ' + partNames[k] + ' ' + (unit === 'bytes' ? bytes(v) : int(v))));
        }
        x += w; total += v;
      });
      add(svg, sv('text', { x: x + 6, y: yy + 12 }, unit === 'bytes' ? bytes(total) : int(total)));
    });
    legend(fig, partNames.map(function (n, k) {
      return { name: n, total: rows.reduce(function (a, r) { return a + (r.parts[k] || 0); }, 0) };
    }), unit);
    done(fig);
  }
  // Process lifetimes: one row per process, from its start (or the trace's first event) to its end (or the last).
  function timeline(parent, procs) {
    var t = data.time, fig = figure(parent, 'process-timeline', 'Process lifetimes: a bar from the process start (or the first event, when it started earlier) to its end (or the last event, when it outlived the trace); hover for the command line.');
    if (!t || !procs.length) { add(fig, el('p', { class: 'muted' }, 'No process events in this trace.')); return; }
    var W = 1180, rowH = 16, L = 250, R = 12, T = 4, B = 40, H = T + procs.length * rowH + B;
    var lo = t.start_ms, hi = t.start_ms + t.bins * t.bin_ms;
    var x = function (ms) { return L + (W - L - R) * Math.min(Math.max((ms - lo) / (hi - lo || 1), 0), 1); };
    var svg = add(fig, sv('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img' }));
    procs.forEach(function (p, i) {
      var yy = T + i * rowH, a = p.start_ms !== null ? p.start_ms : t.first_ms, b = p.end_ms !== null ? p.end_ms : t.last_ms;
      var name = (p.image || 'process') + ' (' + p.pid + ')';
      add(svg, sv('text', { x: L - 8, y: yy + 11, 'text-anchor': 'end' }, name.length > 40 ? name.slice(0, 38) + '…' : name));
      var color = p.start_ms !== null ? COLORS[0] : COLORS[8];
      var rect = add(svg, sv('rect', { x: x(a), y: yy + 2, width: Math.max(x(b) - x(a), 1.5), height: rowH - 5, fill: color, rx: 2 }));
      add(rect, sv('title', null, name + (p.command_line ? '\n' + p.command_line : '') +
        '\nstart: ' + (p.start_ms !== null ? utc(p.start_ms, true) : 'before the trace') +
        '\nend: ' + (p.end_ms !== null ? utc(p.end_ms, true) : 'after the trace')));
      if (p.end_ms !== null) add(svg, sv('line', { x1: x(b), x2: x(b), y1: yy + 1, y2: yy + rowH - 2, stroke: '#c53030', 'stroke-width': 2 }));
    });
    timeAxis(svg, L, W - R, H - B, t);
    var l = add(fig, el('div', { class: 'legend' }));
    [['started during the trace', COLORS[0]], ['running when the trace started', COLORS[8]], ['ended (red mark)', '#c53030']].forEach(function (x) {
      var item = add(l, el('span'));
      add(item, el('span', { class: 'sw', style: 'background:' + x[1] }));
      add(item, document.createTextNode(x[0]));
    });
    done(fig);
  }
  // A table with a search box that hides the rows not containing the text (any column, case-insensitive).
  function table(parent, name, columns, rows, placeholder) {
    var wrap = add(parent, el('div', { 'data-table': name }));
    if (placeholder) {
      var input = add(wrap, el('input', { class: 'search', type: 'search', placeholder: placeholder, 'aria-label': placeholder }));
    }
    var count = add(wrap, el('div', { class: 'muted' }));
    var scroll = add(wrap, el('div', { class: 'scroll' }));
    var tbl = add(scroll, el('table'));
    var head = add(add(tbl, el('thead')), el('tr'));
    columns.forEach(function (c) { add(head, el('th', { class: c.num ? 'num' : null }, c.title)); });
    var body = add(tbl, el('tbody'));
    var trs = rows.map(function (r) {
      var tr = add(body, el('tr'));
      columns.forEach(function (c) {
        var v = c.get(r);
        add(tr, el('td', { class: c.num ? 'num' : c.cls ? (typeof c.cls === 'function' ? c.cls(r) : c.cls) : null }, v));
      });
      tr.setAttribute('data-text', tr.textContent.toLowerCase());
      return tr;
    });
    function update() {
      var q = input ? input.value.trim().toLowerCase() : '', shown = 0;
      trs.forEach(function (tr) {
        var show = !q || tr.getAttribute('data-text').indexOf(q) >= 0;
        tr.style.display = show ? '' : 'none';
        if (show) shown++;
      });
      count.textContent = shown === trs.length ? int(trs.length) + ' rows' : int(shown) + ' of ' + int(trs.length) + ' rows';
    }
    if (input) input.addEventListener('input', update);
    update();
    return wrap;
  }
  function dl(parent, pairs) {
    var d = add(parent, el('dl', { class: 'summary' }));
    pairs.forEach(function (p) {
      if (p[1] === null || p[1] === undefined || p[1] === '') return;
      add(d, el('dt', null, p[0]));
      add(d, el('dd', null, p[1]));
    });
  }

  function summary() {
    var s = data.summary, sec = section('summary', 'Summary');
    if (data.nothing_to_show) add(sec, el('p', { class: 'note', id: 'nothing-to-show' }, data.nothing_to_show));
    var f = data.files[0];
    var coverage = s.events ? int(s.decoded) + ' of ' + int(s.events) + ' (' + pct(s.decoded, s.events) + ')' +
      (Object.keys(s.decoded_by).length ? ': ' + Object.keys(s.decoded_by).map(function (k) { return k + ' ' + int(s.decoded_by[k]); }).join(', ') : '') : '-';
    var undecoded = Object.keys(s.undecoded).map(function (k) { return k + ' (' + int(s.undecoded[k]) + ')'; }).join('; ');
    dl(sec, [
      ['files', data.files.length === 1 ? f.path + ' (' + bytes(f.size) + ')' : int(data.files.length) + ' files' + (s.files_failed ? ', ' + int(s.files_failed) + ' did not open' : '')],
      ['system', f ? 'Windows ' + f.logfile.os_version + ' build ' + f.logfile.build + ', ' + f.logfile.processors + ' processors at ' + f.logfile.cpu_speed_mhz + ' MHz, pointer size ' + f.logfile.pointer_size : null],
      ['session', f ? (f.logfile.logger_name || '(unnamed)') + ', ' + f.logfile.start_time + ' to ' + f.logfile.end_time + ', clock ' + f.logfile.clock_type : null],
      ['time range', s.first ? s.first + ' to ' + s.last + ' (' + s.seconds.toFixed(3) + ' s)' : 'no events'],
      ['events', int(s.events) + ' (' + int(s.content_events) + ' besides the session\'s own header and rundown markers)'],
      ['buffers', int(s.buffers)],
      ['decoded', coverage],
      ['not decoded', undecoded ? undecoded + (s.partly_decoded ? '; ' + int(s.partly_decoded) + ' of them decoded in part' : '') : null],
      ['lost', int(s.events_lost) + ' events, ' + int(s.buffers_lost) + ' buffers (logfile headers); ' + int(s.buffers_flagged_events_lost) + ' buffers flagged EVENTS_LOST, ' + int(s.buffers_flagged_buffer_lost) + ' BUFFER_LOST'],
      ['damaged places', s.damaged_places ? int(s.damaged_places) + ' (see Damage)' : 'none'],
      ['made by', data.generator]
    ]);
    if (data.files.length > 1) {
      add(sec, el('h3', null, 'Files'));
      table(sec, 'files', [
        { title: 'file', get: function (f) { return f.path; } },
        { title: 'size', num: true, get: function (f) { return bytes(f.size); } },
        { title: 'session', get: function (f) { return f.logfile.logger_name; } },
        { title: 'system', get: function (f) { return 'Windows ' + f.logfile.os_version + ' build ' + f.logfile.build; } },
        { title: 'start', get: function (f) { return f.logfile.start_time; } },
        { title: 'events lost', num: true, get: function (f) { return int(f.logfile.events_lost); } }
      ], data.files);
    }
  }

  function eventsOverTime() {
    var sec = section('events', 'Events over time');
    timeChart(sec, 'events-over-time', 'Events per time step, by provider (kernel events by hook group): the ' +
      'busiest stacked, the rest grouped.', data.events_over_time, 'events', true);
  }

  function processes() {
    var sec = section('processes', 'Processes');
    var procs = data.processes;
    var lived = procs.filter(function (p) { return p.start_ms !== null || p.end_ms !== null || p.rundown || p.image; });
    lived.sort(function (a, b) {
      var sa = a.start_ms === null ? -Infinity : a.start_ms, sb = b.start_ms === null ? -Infinity : b.start_ms;
      return sa - sb || a.pid - b.pid;
    });
    var cap = 60, shown = lived.slice(0, cap);
    if (lived.length) {
      timeline(sec, shown);
      if (lived.length > cap) add(sec, el('p', { class: 'muted' }, 'The timeline shows the first ' + cap + ' of ' + lived.length + ' processes by start; the table has them all.'));
    } else {
      add(sec, el('p', { class: 'muted' }, 'The trace has no process events (kernel Process or Microsoft-Windows-Kernel-Process), so there are no lifetimes or image names; the table counts events by the process id in their headers.'));
    }
    var cpuUnit = data.cpu ? data.cpu.unit : null;
    var cols = [
      { title: 'pid', num: true, get: function (p) { return p.pid; } },
      { title: 'image', get: function (p) { return p.image || ''; } },
      { title: 'parent', num: true, get: function (p) { return p.parent === null ? '' : p.parent; } },
      { title: 'start', get: function (p) { return p.start_ms !== null ? utc(p.start_ms, false) : (p.rundown ? 'before' : ''); } },
      { title: 'end', get: function (p) { return p.end_ms !== null ? utc(p.end_ms, false) : ''; } },
      { title: 'events', num: true, get: function (p) { return int(p.events); } },
      { title: 'sent', num: true, get: function (p) { return p.sent_bytes ? bytes(p.sent_bytes) : ''; } },
      { title: 'received', num: true, get: function (p) { return p.received_bytes ? bytes(p.received_bytes) : ''; } }
    ];
    if (cpuUnit) cols.push({ title: 'CPU (' + cpuUnit + ')', num: true, get: function (p) { return p.cpu ? int(Math.round(p.cpu)) : ''; } });
    cols.push({ title: 'command line', cls: 'cmd', get: function (p) { return p.command_line || ''; } });
    add(sec, el('h3', null, 'Process table'));
    table(sec, 'processes', cols, procs, 'Search processes (name, pid, command line)');
    if (data.processes_left_out) add(sec, el('p', { class: 'muted' }, int(data.processes_left_out) + ' more processes left out.'));
  }

  function network() {
    if (!data.network) return;
    var n = data.network, sec = section('network', 'Network');
    add(sec, el('p', null, int(n.events) + ' network events (' + Object.keys(n.sources).map(function (k) { return k + ' ' + int(n.sources[k]); }).join(', ') + '): ' +
      bytes(n.sent_bytes) + ' sent, ' + bytes(n.received_bytes) + ' received' + (n.undecoded_events ? '; ' + int(n.undecoded_events) + ' not decoded' : '') + '.'));
    timeChart(sec, 'network-over-time', 'Bytes sent and received per time step (TCP and UDP).',
      [{ name: 'sent', total: n.sent_bytes, values: n.sent }, { name: 'received', total: n.received_bytes, values: n.received }], 'bytes', false);
    add(sec, el('h3', null, 'Remote endpoints'));
    barChart(sec, 'network-endpoints', 'Bytes per remote endpoint (address and port), busiest first.',
      n.endpoints.map(function (e) { return { name: e.endpoint, parts: [e.sent_bytes, e.received_bytes] }; }), ['sent', 'received'], 'bytes');
    add(sec, el('h3', null, 'Bytes per process'));
    table(sec, 'network-processes', [
      { title: 'pid', num: true, get: function (p) { return p.pid; } },
      { title: 'process', get: function (p) { return p.name || ''; } },
      { title: 'sent bytes', num: true, get: function (p) { return int(p.sent_bytes); } },
      { title: 'received bytes', num: true, get: function (p) { return int(p.received_bytes); } }
    ], n.processes);
  }

  function cpu() {
    if (!data.cpu) return;
    var c = data.cpu, sec = section('cpu', 'CPU');
    var what = c.unit === 'ms' ? 'CPU time (ms) per time step, from context switches' : 'CPU samples per time step, from the sampled profile (one sample per profile interval, 1 ms unless the session set another)';
    timeChart(sec, 'cpu-over-time', what + ': the busiest processes stacked, the rest grouped. The idle thread is left out.', c.series, c.unit, true);
  }

  function eventTypes() {
    var sec = section('providers', 'Providers and events');
    add(sec, el('h3', null, 'Providers'));
    table(sec, 'providers', [
      { title: 'provider', get: function (p) { return p.name; } },
      { title: 'GUID', get: function (p) { return p.guid; } },
      { title: 'kind', get: function (p) { return p.kind; } },
      { title: 'events', num: true, get: function (p) { return int(p.events); } },
      { title: 'decoded', num: true, get: function (p) { return pct(p.decoded, p.events); } }
    ], data.providers, 'Search providers');
    if (data.providers_left_out) add(sec, el('p', { class: 'muted' }, int(data.providers_left_out) + ' more providers left out (the rarest).'));
    add(sec, el('h3', null, 'Event ids'));
    table(sec, 'event-types', [
      { title: 'provider', get: function (r) { return r.provider; } },
      { title: 'id / opcode', get: function (r) { return r.key_kind + ' ' + r.key; } },
      { title: 'events', num: true, get: function (r) { return int(r.events); } },
      { title: 'decoded', num: true, get: function (r) { return int(r.decoded); } },
      { title: 'status', get: function (r) { return r.status; }, cls: function (r) { return 'status-' + r.status.replace(/ /g, '-'); } }
    ], data.event_types, 'Search providers and event ids (e.g. "not decoded")');
    if (data.event_types_left_out) add(sec, el('p', { class: 'muted' }, int(data.event_types_left_out) + ' more rows left out (the rarest).'));
  }

  function damage() {
    var d = data.damage, sec = section('damage', 'Damage');
    if (!d.total) { add(sec, el('p', { id: 'no-damage' }, 'No damage: every buffer and record was read.')); return; }
    add(sec, el('p', { class: 'note bad' }, int(d.total) + ' damaged places were skipped; everything else was read. Each place:'));
    var ul = add(sec, el('ul', { id: 'damage-list' }));
    d.places.forEach(function (p) { add(ul, el('li', null, p.file + ': ' + p.what)); });
    if (d.total > d.places.length) add(sec, el('p', { class: 'muted' }, int(d.total - d.places.length) + ' more not listed.'));
  }

  var parts = [summary];
  if (!data.nothing_to_show || data.summary.content_events > 0) parts.push(eventsOverTime);
  if (!data.nothing_to_show) parts.push(processes, network, cpu);
  if (data.summary.content_events > 0) parts.push(eventTypes);
  parts.push(damage);
  parts.forEach(function (draw) {
    try { draw(); } catch (e) { window.etwNoteError('drawing ' + draw.name + ': ' + (e && e.stack || e)); }
  });
  document.getElementById('generator').textContent = data.generator;
  document.body.setAttribute('data-rendered', rendered.join(' '));
})();
