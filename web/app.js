/*
 * app.js — the map page of `sitrep serve`.
 *
 * Reads the server's JSON API (GET /api/incidents, /api/incidents/ID,
 * /api/stats) and draws: country borders (world-atlas, projected with d3-geo,
 * decoded with topojson-client), one marker per incident (area by number of
 * reports, colour by ACLED event type), a histogram of incidents over time
 * whose brush sets the period, and a panel listing the incidents in view or,
 * for a chosen one, its evidence (trigger highlighted), every source and what
 * it claims, the claims that disagree, and the original documents and posts.
 *
 * Data from the server is only ever put into the page as text (textContent,
 * attributes), never as markup.  The filters and the chosen incident live in
 * the URL's fragment, so a view can be bookmarked and shared.
 */
(function () {
  'use strict';

  /* ---- constants -------------------------------------------------------- */

  var TYPES = [
    { key: 'Battles', color: '#c2362b' },
    { key: 'Explosions/Remote violence', color: '#e8672f' },
    { key: 'Violence against civilians', color: '#8c3c9e' },
    { key: 'Riots', color: '#d49a12' },
    { key: 'Protests', color: '#1d9a86' },
    { key: 'Strategic developments', color: '#3467b5' },
    { key: 'Other', color: '#7b8794' }
  ];
  var TYPE_COLOR = {};
  TYPES.forEach(function (t) { TYPE_COLOR[t.key] = t.color; });
  var LIMIT = 1000;                       /* the API's largest page */
  var DAY = 86400000;
  var dateFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  var monthFmt = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  var tickDayFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  var tickMonthFmt = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

  /* ---- state ------------------------------------------------------------ */

  var state = {
    q: '', type: '', historical: false,
    from: null, to: null,                 /* the brushed period, YYYY-MM-DD */
    selected: null,                       /* incident id */
    all: [],                              /* incidents for the filters, any date (the histogram) */
    allComplete: true,                    /* all holds every match (total <= LIMIT) */
    allTotal: 0,
    shown: [],                            /* incidents for the filters and the period (the markers) */
    shownTotal: 0,
    detail: null
  };
  var requestSeq = 0;

  /* ---- small helpers ---------------------------------------------------- */

  function $(id) { return document.getElementById(id); }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function typeGroup(type) {
    return type && type.acled && TYPE_COLOR[type.acled] ? type.acled : 'Other';
  }
  function typeColor(type) { return TYPE_COLOR[typeGroup(type)]; }
  function typeLabel(type) {
    if (!type) return 'Event';
    if (type.acled_sub) return type.acled_sub;
    if (type.acled) return type.acled;
    if (type.key) return humanise(type.key);
    return type.plover || 'Event';
  }
  function humanise(key) {
    var s = String(key).replace(/_/g, ' ');
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  function dayOf(date) {                  /* "YYYY[-MM[-DD]]" -> days since 1970 (UTC), or null */
    if (!date) return null;
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
    if (!m) return null;
    return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) / DAY;
  }
  function isoOf(day) { return new Date(day * DAY).toISOString().slice(0, 10); }
  function formatDate(date, precision) {
    var d = dayOf(date);
    if (d === null) return 'date not stated';
    if (precision === 'year') return date.slice(0, 4);
    if (precision === 'month') return monthFmt.format(new Date(d * DAY));
    return dateFmt.format(new Date(d * DAY));
  }

  function placeName(loc) {
    if (!loc) return 'place not stated';
    var parts = [loc.name || loc.text];
    if (loc.admin1 && loc.admin1 !== parts[0]) parts.push(loc.admin1);
    if (loc.country) parts.push(loc.country);
    return parts.filter(Boolean).join(', ');
  }

  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  function quantityText(q) {
    if (!q || typeof q.n !== 'number') return null;
    return q.unit ? plural(q.n, q.unit) : String(q.n);
  }

  function countText(v) {
    if (v === null || v === undefined) return 'not stated';
    return String(v);
  }

  function debounce(fn, ms) {
    var t = null;
    return function () {
      var args = arguments;
      clearTimeout(t);
      t = setTimeout(function () { fn.apply(null, args); }, ms);
    };
  }

  /* Bytes [a, b) of a UTF-8 string as three strings: before, inside, after. */
  var enc = new TextEncoder(), dec = new TextDecoder();
  function splitBytes(text, a, b) {
    var bytes = enc.encode(text);
    if (!(a >= 0 && b > a && b <= bytes.length)) return null;
    return [dec.decode(bytes.slice(0, a)), dec.decode(bytes.slice(a, b)), dec.decode(bytes.slice(b))];
  }

  /* ---- the API ---------------------------------------------------------- */

  function apiGet(path, params) {
    var qs = [];
    Object.keys(params || {}).forEach(function (k) {
      var v = params[k];
      if (v !== null && v !== undefined && v !== '') qs.push(encodeURIComponent(k) + '=' + encodeURIComponent(v));
    });
    return fetch(path + (qs.length ? '?' + qs.join('&') : ''), { headers: { Accept: 'application/json' } })
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (body) {
          if (!r.ok) {
            var err = new Error(body.error || ('HTTP ' + r.status));
            err.parameter = body.parameter;
            err.status = r.status;
            throw err;
          }
          return body;
        });
      });
  }

  function filterParams() {
    return { q: state.q, type: state.type, historical: state.historical ? 1 : null, limit: LIMIT };
  }

  /* ---- the map ---------------------------------------------------------- */

  var mapSvg = d3.select('#map');
  var world = mapSvg.append('g').attr('class', 'world');
  var sphere = world.append('path').attr('class', 'sphere');
  var graticule = world.append('path').attr('class', 'graticule');
  var countries = world.append('g').attr('class', 'countries');
  var borders = world.append('path').attr('class', 'borders');
  var coast = world.append('path').attr('class', 'coast');
  var labels = mapSvg.append('g').attr('class', 'country-labels');
  var markers = mapSvg.append('g').attr('class', 'markers');
  var placeLabels = mapSvg.append('g').attr('class', 'place-labels');
  var projection = d3.geoMercator();
  var geoPath = d3.geoPath(projection);
  var atlas = null;                       /* {countries, borders, land} in GeoJSON */
  var transform = d3.zoomIdentity;
  var mapSize = { w: 0, h: 0 };
  /* Mercator shows the inhabited world; the poles would swallow the screen */
  var WORLD_BOX = { type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [[-170, -56], [180, 76]] } };

  var zoom = d3.zoom()
    .scaleExtent([1, 600])
    .on('zoom', function (ev) {
      transform = ev.transform;
      world.attr('transform', transform);
      placeMarkers();
      placeLabelsAt();
      hideTooltip();
    })
    .on('end', function () { renderListIfShown(); });
  mapSvg.call(zoom).on('dblclick.zoom', null);

  function radius(n) { return Math.min(30, 4.5 + 3.6 * Math.sqrt(Math.max(1, n || 1) - 1) + (n > 1 ? 1.5 : 0)); }

  function layoutMap() {
    var node = mapSvg.node();
    var w = node.clientWidth, h = node.clientHeight;
    if (!w || !h) return;
    mapSize = { w: w, h: h };
    mapSvg.attr('viewBox', '0 0 ' + w + ' ' + h);
    projection.fitExtent([[8, 8], [w - 8, h - 8]], WORLD_BOX);
    zoom.translateExtent([[-w * 0.25, -h * 0.25], [w * 1.25, h * 1.25]]).extent([[0, 0], [w, h]]);
    if (atlas) {
      sphere.attr('d', geoPath({ type: 'Sphere' }));
      graticule.attr('d', geoPath(d3.geoGraticule10()));
      countries.selectAll('path').attr('d', geoPath);
      borders.attr('d', geoPath(atlas.borders));
      coast.attr('d', geoPath(atlas.land));
      labels.selectAll('text').each(function (d) { d.xy = geoPath.centroid(d); d.area = geoPath.area(d); })
        .sort(function (a, b) { return b.area - a.area; });
    }
    projectIncidents();
    placeMarkers();
    placeLabelsAt();
  }

  function drawAtlas(topo) {
    var obj = topo.objects.countries;
    atlas = {
      countries: topojson.feature(topo, obj).features,
      borders: topojson.mesh(topo, obj, function (a, b) { return a !== b; }),
      land: topojson.mesh(topo, obj, function (a, b) { return a === b; })
    };
    countries.selectAll('path').data(atlas.countries).join('path').attr('class', 'country')
      .append('title').text(function (d) { return d.properties.name; });
    labels.selectAll('text').data(atlas.countries.filter(function (d) { return d.properties.name; }))
      .join('text').attr('class', 'country-label').text(function (d) { return d.properties.name; });
    layoutMap();
  }

  /* Incidents at the very same place are spread on a small ring around it,
   * so that each can be seen and clicked. */
  function projectIncidents() {
    var groups = {};
    state.shown.forEach(function (d) {
      var loc = d.location;
      d._xy = loc && typeof loc.lat === 'number' && typeof loc.lon === 'number' ? projection([loc.lon, loc.lat]) : null;
      d._off = [0, 0];
      if (!d._xy) return;
      var key = loc.lat.toFixed(4) + ',' + loc.lon.toFixed(4);
      (groups[key] || (groups[key] = [])).push(d);
    });
    Object.keys(groups).forEach(function (key) {
      var g = groups[key];
      if (g.length < 2) return;
      g.sort(function (a, b) { return a.id < b.id ? -1 : 1; });
      var r = d3.max(g, function (d) { return radius(d.n_reports); });
      var dist = g.length === 2 ? r * 0.9 + 2 : (r + 2) / Math.sin(Math.PI / g.length) * 0.9;
      g.forEach(function (d, i) {
        var a = -Math.PI / 2 + 2 * Math.PI * i / g.length;
        d._off = [Math.cos(a) * dist, Math.sin(a) * dist];
      });
    });
  }

  function screenX(d) { return transform.applyX(d._xy[0]) + d._off[0]; }
  function screenY(d) { return transform.applyY(d._xy[1]) + d._off[1]; }

  function placeMarkers() {
    markers.selectAll('g.marker-g').attr('transform', function (d) {
      return 'translate(' + screenX(d) + ',' + screenY(d) + ')';
    });
  }

  /* Labels that do not overlap: place names of incidents once zoomed in to a
   * region (biggest incidents first, beside their marker), then country names
   * where the country is big enough on screen, never over a marker. */
  function placeLabelsAt() {
    var k = transform.k, w = mapSize.w, h = mapSize.h;
    var grid = {}, CELL = 64;
    function cells(b, fn) {
      for (var gx = Math.floor(b[0] / CELL); gx <= Math.floor(b[2] / CELL); gx++)
        for (var gy = Math.floor(b[1] / CELL); gy <= Math.floor(b[3] / CELL); gy++)
          if (fn(gx + ',' + gy)) return true;
      return false;
    }
    function free(b) {
      return !cells(b, function (key) {
        return (grid[key] || []).some(function (o) { return b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]; });
      });
    }
    function take(b) { cells(b, function (key) { (grid[key] || (grid[key] = [])).push(b); return false; }); }
    function onScreen(x, y) { return x > -20 && y > -20 && x < w + 20 && y < h + 20; }
    /* the legend, the buttons and the note lie over the map */
    var origin = mapSvg.node().getBoundingClientRect();
    ['legend', 'map-note', 'notice'].forEach(function (id) {
      var e = $(id);
      if (e.hidden) return;
      var r = e.getBoundingClientRect();
      take([r.left - origin.left - 4, r.top - origin.top - 4, r.right - origin.left + 4, r.bottom - origin.top + 4]);
    });
    var ctl = document.querySelector('.map-controls').getBoundingClientRect();
    take([ctl.left - origin.left - 4, ctl.top - origin.top - 4, ctl.right - origin.left + 4, ctl.bottom - origin.top + 4]);
    markers.selectAll('g.marker-g').each(function (d) {
      var x = screenX(d), y = screenY(d), r = radius(d.n_reports);
      if (onScreen(x, y)) take([x - r, y - r, x + r, y + r]);
    });
    var placed = 0, named = {};
    placeLabels.selectAll('text').each(function (d) {
      var t = d3.select(this);
      var name = d.location && d.location.name;
      var x = screenX(d), y = screenY(d), r = radius(d.n_reports) + 4;
      var tw = name ? name.length * 7 + 4 : 0, th = 15;
      var spots = [[x + r, y - th / 2, 'start'], [x - r - tw, y - th / 2, 'end'], [x - tw / 2, y - r - th, 'middle'],
        [x - tw / 2, y + r, 'middle']];
      var ok = null;
      var key = name + '|' + d.location.lat + '|' + d.location.lon;   /* one label for a place */
      if (k >= 10 && name && placed < 120 && onScreen(x, y) && !named[key])
        ok = spots.find(function (s) { return free([s[0], s[1], s[0] + tw, s[1] + th]); });
      t.classed('hidden', !ok);
      if (!ok) return;
      named[key] = true;
      take([ok[0], ok[1], ok[0] + tw, ok[1] + th]);
      placed++;
      t.attr('text-anchor', ok[2])
        .attr('x', ok[2] === 'start' ? ok[0] : ok[2] === 'end' ? ok[0] + tw : ok[0] + tw / 2)
        .attr('y', ok[1] + th - 4);
    });
    labels.selectAll('text').each(function (d) {
      var t = d3.select(this);
      var show = false;
      if (d.xy && !isNaN(d.xy[0]) && d.area * k * k > 6000) {
        var x = transform.applyX(d.xy[0]), y = transform.applyY(d.xy[1]);
        var tw = d.properties.name.length * 8.6, th = 14;
        var b = [x - tw / 2, y - th + 3, x + tw / 2, y + 3];
        if (b[0] > 0 && b[1] > 0 && b[2] < w && b[3] < h && free(b)) {
          take(b);
          show = true;
          t.attr('x', x).attr('y', y);
        }
      }
      t.classed('hidden', !show);
    });
  }

  function drawMarkers() {
    projectIncidents();
    var data = state.shown.filter(function (d) { return d._xy; })
      .sort(function (a, b) { return (b.n_reports || 1) - (a.n_reports || 1) || (a.id < b.id ? -1 : 1); });
    var g = markers.selectAll('g.marker-g').data(data, function (d) { return d.id; })
      .join(function (enter) {
        var e = enter.append('g').attr('class', 'marker-g');
        e.append('circle').attr('class', 'halo');
        e.append('circle').attr('class', 'marker');
        return e;
      });
    g.select('circle.halo').attr('r', function (d) { return radius(d.n_reports) + 5; });
    g.select('circle.marker')
      .attr('r', function (d) { return radius(d.n_reports); })
      .attr('fill', function (d) { return typeColor(d.type); })
      .attr('data-id', function (d) { return d.id; })
      .attr('data-place', function (d) { return d.location ? (d.location.name || '') : ''; })
      .attr('tabindex', 0)
      .attr('role', 'button')
      .attr('aria-label', function (d) {
        return typeLabel(d.type) + ' in ' + placeName(d.location) + ', ' + formatDate(d.date, d.date_precision) +
          ', ' + plural(d.n_reports || 1, 'report');
      })
      .classed('historical', function (d) { return !!d.historical; })
      .on('click', function (ev, d) { ev.stopPropagation(); select(d.id); })
      .on('keydown', function (ev, d) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(d.id); } })
      .on('pointerenter', function (ev, d) { showTooltip(ev, d); highlightCard(d.id, true); })
      .on('pointermove', function (ev, d) { showTooltip(ev, d); })
      .on('pointerleave', function (ev, d) { hideTooltip(); highlightCard(d.id, false); });
    g.classed('selected', function (d) { return d.id === state.selected; });
    placeLabels.selectAll('text').data(data, function (d) { return d.id; })
      .join('text').attr('class', 'place-label').text(function (d) { return d.location ? d.location.name : ''; });
    placeMarkers();
    placeLabelsAt();
    var missing = state.shown.length - data.length;
    var notice = $('notice');
    notice.hidden = state.shown.length > 0;
    notice.textContent = state.q || state.type || state.from ? 'No incident matches these filters.' :
      'No incidents stored yet: sitrep ingest --db FILE article.txt';
    $('map-note').hidden = missing <= 0;
    $('map-note').textContent = missing > 0 ? plural(missing, 'incident') + ' without a place: in the list only' : '';
  }

  function showTooltip(ev, d) {
    var tip = $('tooltip');
    tip.replaceChildren();
    var head = el('div', 'tip-type');
    var dot = el('span', 'dot');
    dot.style.background = typeColor(d.type);
    head.append(dot, document.createTextNode(typeLabel(d.type)));
    tip.append(head, el('div', 'tip-place', placeName(d.location)),
      el('div', 'tip-meta', formatDate(d.date, d.date_precision) + ' · ' + plural(d.n_reports || 1, 'report') +
        (d.n_sources > 0 ? ' · ' + plural(d.n_sources, 'source') : '')));
    tip.hidden = false;
    var box = mapSvg.node().getBoundingClientRect();
    var x = ev.clientX - box.left, y = ev.clientY - box.top;
    var tw = tip.offsetWidth, th = tip.offsetHeight;
    tip.style.left = Math.max(6, Math.min(box.width - tw - 6, x + 14)) + 'px';
    tip.style.top = (y - th - 12 < 6 ? y + 16 : y - th - 12) + 'px';
  }
  function hideTooltip() { $('tooltip').hidden = true; }

  /* Zoom to the incidents shown (or the world when there are none). */
  function fitIncidents(animate) {
    var pts = state.shown.filter(function (d) { return d._xy; }).map(function (d) { return d._xy; });
    var w = mapSize.w, h = mapSize.h, t;
    if (!pts.length || !w) {
      t = d3.zoomIdentity;
    } else {
      var x0 = d3.min(pts, function (p) { return p[0]; }), x1 = d3.max(pts, function (p) { return p[0]; });
      var y0 = d3.min(pts, function (p) { return p[1]; }), y1 = d3.max(pts, function (p) { return p[1]; });
      var pad = Math.min(w, h) > 500 ? 90 : 50;
      var k = Math.min((w - 2 * pad) / Math.max(x1 - x0, 1e-6), (h - 2 * pad) / Math.max(y1 - y0, 1e-6));
      /* one place alone shows its region: at least ~9 degrees across */
      var kRegion = Math.min(w, h) / (projection.scale() * 9 * Math.PI / 180);
      k = Math.max(1, Math.min(k, kRegion));
      t = d3.zoomIdentity.translate(w / 2, h / 2).scale(k).translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    }
    (animate ? mapSvg.transition().duration(650) : mapSvg).call(zoom.transform, t);
  }

  $('zoom-in').addEventListener('click', function () { mapSvg.transition().duration(250).call(zoom.scaleBy, 2); });
  $('zoom-out').addEventListener('click', function () { mapSvg.transition().duration(250).call(zoom.scaleBy, 0.5); });
  $('zoom-fit').addEventListener('click', function () { fitIncidents(true); });
  mapSvg.on('click', function () { if (state.selected) select(null); });

  /* ---- the legend ------------------------------------------------------- */

  function drawLegend() {
    var counts = {};
    state.all.forEach(function (d) { var g = typeGroup(d.type); counts[g] = (counts[g] || 0) + 1; });
    var box = $('legend');
    box.replaceChildren();
    var types = el('ul', 'legend-types');
    TYPES.forEach(function (t) {
      if (!counts[t.key]) return;
      var li = el('li');
      var dot = el('span', 'dot');
      dot.style.background = t.color;
      li.append(dot, el('span', 'legend-name', t.key), el('span', 'legend-count', counts[t.key]));
      types.append(li);
    });
    if (!types.children.length) { box.hidden = true; return; }
    box.hidden = false;
    var sizes = el('div', 'legend-sizes');
    var svgNs = 'http://www.w3.org/2000/svg';
    var s = document.createElementNS(svgNs, 'svg');
    var samples = [1, 5, 20], x = 4;
    s.setAttribute('height', 2 * radius(20) + 4);
    samples.forEach(function (n) {
      var r = radius(n);
      var c = document.createElementNS(svgNs, 'circle');
      c.setAttribute('cx', x + r); c.setAttribute('cy', 2 * radius(20) + 2 - r); c.setAttribute('r', r);
      s.append(c);
      var t = document.createElementNS(svgNs, 'text');
      t.setAttribute('x', x + r); t.setAttribute('y', 2 * radius(20) + 2 - 2 * r - 3); t.textContent = n;
      s.append(t);
      x += 2 * r + 10;
    });
    s.setAttribute('width', x);
    sizes.append(s, el('span', 'legend-caption', 'reports'));
    box.append(el('div', 'legend-title', 'Event type'), types, sizes);
  }

  /* ---- the histogram ---------------------------------------------------- */

  var histSvg = d3.select('#histogram');
  var histBars = histSvg.append('g').attr('class', 'bars');
  var histAxis = histSvg.append('g').attr('class', 'axis');
  var histBrushG = histSvg.append('g').attr('class', 'brush');
  var hist = null;                        /* {d0, d1, unit, x(day), day(x), bins} */
  var brushing = false;
  var brush = d3.brushX().on('end', onBrushEnd);

  function binStart(day, unit) {
    var d = new Date(day * DAY);
    if (unit === 'day') return day;
    if (unit === 'week') return day - ((d.getUTCDay() + 6) % 7);
    if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY;
    return Date.UTC(d.getUTCFullYear(), 0, 1) / DAY;
  }
  function binNext(day, unit) {
    var d = new Date(day * DAY);
    if (unit === 'day') return day + 1;
    if (unit === 'week') return day + 7;
    if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY;
    return Date.UTC(d.getUTCFullYear() + 1, 0, 1) / DAY;
  }

  function drawHistogram() {
    var node = histSvg.node();
    var w = node.clientWidth, h = node.clientHeight;
    if (!w || !h) return;
    histSvg.attr('viewBox', '0 0 ' + w + ' ' + h);
    var m = { l: 12, r: 12, t: 8, b: 22 };
    var days = state.all.map(function (d) { return dayOf(d.date); }).filter(function (d) { return d !== null; });
    histBars.selectAll('*').remove();
    histAxis.selectAll('*').remove();
    if (!days.length) {
      hist = null;
      histBrushG.selectAll('*').remove();
      $('timeline-hint').textContent = 'No dated incidents';
      return;
    }
    $('timeline-hint').textContent = (state.allComplete ? '' : 'Newest ' + state.all.length.toLocaleString('en') + ' of ' +
      state.allTotal.toLocaleString('en') + ' · ') + (w < 480 ? 'Drag to choose a period' : 'Drag across the bars to choose a period');
    var lo = d3.min(days), hi = d3.max(days);
    var span = hi - lo;
    var unit = span <= 120 ? 'day' : span <= 3 * 366 ? 'week' : span <= 40 * 366 ? 'month' : 'year';
    var pad = { day: 3, week: 14, month: 45, year: 365 }[unit];
    var d0 = binStart(lo - pad, unit), d1 = binNext(binStart(hi + pad, unit), unit);
    var x = function (day) { return m.l + (day - d0) / (d1 - d0) * (w - m.l - m.r); };
    var dayAt = function (px) { return d0 + (px - m.l) / (w - m.l - m.r) * (d1 - d0); };
    var bins = {};
    state.all.forEach(function (d) {
      var day = dayOf(d.date);
      if (day === null) return;
      var b = binStart(day, unit);
      var bin = bins[b] || (bins[b] = { start: b, end: binNext(b, unit), counts: {}, total: 0 });
      var g = typeGroup(d.type);
      bin.counts[g] = (bin.counts[g] || 0) + 1;
      bin.total++;
    });
    var list = Object.keys(bins).map(function (k) { return bins[k]; });
    var max = d3.max(list, function (b) { return b.total; });
    var y = function (n) { return (h - m.b - m.t) * n / max; };
    var rects = [];
    list.forEach(function (b) {
      var acc = 0;
      TYPES.forEach(function (t) {
        var n = b.counts[t.key];
        if (!n) return;
        var bx = x(b.start), bw = Math.max(2, x(b.end) - x(b.start) - 1);
        if (bw > 18) { bx += (bw - 18) / 2; bw = 18; }
        rects.push({ x: bx, w: bw, y: h - m.b - y(acc + n), h: Math.max(2, y(n)), color: t.color, bin: b, type: t.key, n: n });
        acc += n;
      });
    });
    histBars.selectAll('rect').data(rects).join('rect')
      .attr('x', function (r) { return r.x; }).attr('y', function (r) { return r.y; })
      .attr('width', function (r) { return r.w; }).attr('height', function (r) { return r.h; })
      .attr('fill', function (r) { return r.color; })
      .append('title').text(function (r) {
        return binLabel(r.bin, unit) + ': ' + plural(r.n, r.type === 'Other' ? 'other incident' : 'incident') +
          (r.type === 'Other' ? '' : ' (' + r.type + ')');
      });
    histAxis.append('line').attr('x1', m.l).attr('x2', w - m.r).attr('y1', h - m.b + 0.5).attr('y2', h - m.b + 0.5);
    ticks(d0, d1, w - m.l - m.r).forEach(function (t) {
      histAxis.append('line').attr('class', 'tick').attr('x1', x(t.day)).attr('x2', x(t.day))
        .attr('y1', h - m.b).attr('y2', h - m.b + 4);
      histAxis.append('text').attr('x', x(t.day)).attr('y', h - 6).text(t.label);
    });
    hist = { d0: d0, d1: d1, unit: unit, x: x, dayAt: dayAt };
    brush.extent([[m.l, m.t - 4], [w - m.r, h - m.b]]);
    histBrushG.call(brush);
    brushing = true;
    if (state.from && state.to) histBrushG.call(brush.move, [x(dayOf(state.from)), x(dayOf(state.to) + 1)]);
    else histBrushG.call(brush.move, null);
    brushing = false;
  }

  function binLabel(b, unit) {
    if (unit === 'day') return dateFmt.format(new Date(b.start * DAY));
    if (unit === 'week') return 'week of ' + dateFmt.format(new Date(b.start * DAY));
    if (unit === 'month') return monthFmt.format(new Date(b.start * DAY));
    return String(new Date(b.start * DAY).getUTCFullYear());
  }

  /* Tick marks at whole days, months or years, at least ~70 px apart. */
  function ticks(d0, d1, width) {
    var out = [];
    var perPx = (d1 - d0) / width;
    var stepDays = perPx * 70;
    var day;
    if (stepDays <= 20) {
      var step = [1, 2, 7, 14].find(function (s) { return s >= stepDays; }) || 14;
      for (day = Math.ceil(d0); day <= d1; day++) {
        var dt = new Date(day * DAY);
        if (step >= 7 ? dt.getUTCDay() === 1 && (step === 7 || Math.floor(day / 7) % 2 === 0) : (day % step) === 0)
          out.push({ day: day, label: tickDayFmt.format(dt) });
      }
    } else if (stepDays <= 370) {
      var months = [1, 2, 3, 6, 12].find(function (s) { return s * 30 >= stepDays; }) || 12;
      var s0 = new Date(d0 * DAY);
      for (var y = s0.getUTCFullYear(), mo = s0.getUTCMonth() + 1; ; mo++) {
        day = Date.UTC(y, mo, 1) / DAY;
        if (day > d1) break;
        var dm = new Date(day * DAY);
        if (dm.getUTCMonth() % months === 0)
          out.push({ day: day, label: dm.getUTCMonth() === 0 ? String(dm.getUTCFullYear()) : tickMonthFmt.format(dm) });
      }
    } else {
      var years = [1, 2, 5, 10, 20, 50].find(function (s) { return s * 365 >= stepDays; }) || 50;
      for (var yr = new Date(d0 * DAY).getUTCFullYear() + 1; ; yr++) {
        day = Date.UTC(yr, 0, 1) / DAY;
        if (day > d1) break;
        if (yr % years === 0) out.push({ day: day, label: String(yr) });
      }
    }
    return out;
  }

  function onBrushEnd(ev) {
    if (brushing || !hist) return;
    if (!ev.selection) {
      if (state.from || state.to) setPeriod(null, null);
      return;
    }
    /* snap to whole bins */
    var a = binStart(Math.floor(hist.dayAt(ev.selection[0])), hist.unit);
    var b = binStart(Math.floor(hist.dayAt(ev.selection[1]) - 1e-9), hist.unit);
    var end = binNext(b, hist.unit) - 1;
    brushing = true;
    histBrushG.transition().duration(150).call(brush.move, [hist.x(a), hist.x(end + 1)]);
    brushing = false;
    setPeriod(isoOf(a), isoOf(end));
  }

  function setPeriod(from, to) {
    state.from = from;
    state.to = to;
    updatePeriodLabel();
    writeHash();
    loadShown();
  }

  function updatePeriodLabel() {
    $('period').textContent = state.from ? (state.from === state.to ? formatDate(state.from) :
      formatDate(state.from) + ' – ' + formatDate(state.to)) : 'All dates';
    $('clear-period').hidden = !state.from;
  }
  $('clear-period').addEventListener('click', function () {
    brushing = true;
    histBrushG.call(brush.move, null);
    brushing = false;
    setPeriod(null, null);
  });

  /* ---- the panel: the list of incidents ---------------------------------- */

  function inView(d) {
    if (!d._xy) return true;
    var x = screenX(d), y = screenY(d);
    return x >= -10 && y >= -10 && x <= mapSize.w + 10 && y <= mapSize.h + 10;
  }

  function renderListIfShown() { if (!state.selected) renderList(); }

  function renderList() {
    var body = $('panel-body');
    var items = state.shown.filter(inView)
      .sort(function (a, b) {
        return (b.date || '').localeCompare(a.date || '') || (b.n_reports || 1) - (a.n_reports || 1);
      });
    var head = el('div', 'panel-head');
    head.append(el('h2', null, 'Incidents'));
    var sub = items.length === state.shown.length ? plural(items.length, 'incident') :
      items.length + ' of ' + state.shown.length + ' in view';
    if (state.shownTotal > state.shown.length)
      sub += ' (newest ' + state.shown.length + ' of ' + (state.shownCapped ? 'more than ' : '') + state.shownTotal + ')';
    head.append(el('p', 'panel-sub', sub));
    var ul = el('ul', 'cards');
    items.slice(0, 300).forEach(function (d) { ul.append(card(d)); });
    body.replaceChildren(head, ul);
    if (!items.length) body.append(el('p', 'empty', state.shown.length ? 'Zoom out or move the map to see incidents.' :
      state.q || state.type || state.from ? 'Nothing to show for these filters.' : 'No incidents yet.'));
    body.scrollTop = 0;
  }

  function card(d) {
    var li = el('li', 'card');
    li.dataset.id = d.id;
    var b = el('button', 'card-button');
    b.type = 'button';
    var dot = el('span', 'dot');
    dot.style.background = typeColor(d.type);
    var title = el('span', 'card-title');
    title.append(dot, document.createTextNode(typeLabel(d.type)));
    var meta = el('span', 'card-meta', formatDate(d.date, d.date_precision));
    var place = el('span', 'card-place', placeName(d.location));
    var facts = el('span', 'card-facts');
    facts.append(el('span', 'pill', plural(d.n_reports || 1, 'report')));
    if (d.n_sources > 0) facts.append(el('span', 'pill', plural(d.n_sources, 'source')));
    if (typeof d.fatalities === 'number' && d.fatalities > 0) facts.append(el('span', 'pill pill-dark', plural(d.fatalities, 'death')));
    if (d.conflicts && d.conflicts.length) facts.append(el('span', 'pill pill-warn', 'sources disagree'));
    if (d.historical) facts.append(el('span', 'pill pill-muted', 'background'));
    b.append(title, meta, place, facts);
    b.addEventListener('click', function () { select(d.id, true); });
    b.addEventListener('pointerenter', function () { markerHover(d.id, true); });
    b.addEventListener('pointerleave', function () { markerHover(d.id, false); });
    li.append(b);
    return li;
  }

  function highlightCard(id, on) {
    var c = document.querySelector('.card[data-id="' + CSS.escape(id) + '"]');
    if (c) c.classList.toggle('hover', on);
  }
  function markerHover(id, on) {
    markers.selectAll('g.marker-g').filter(function (d) { return d.id === id; }).classed('hover', on).raise();
  }

  /* ---- the panel: one incident ------------------------------------------ */

  function select(id, zoomTo) {
    state.selected = id;
    markers.selectAll('g.marker-g').classed('selected', function (d) { return d.id === id; });
    markers.selectAll('g.marker-g.selected').raise();
    writeHash();
    if (!id) { state.detail = null; renderList(); return; }
    var seq = ++requestSeq;
    var body = $('panel-body');
    body.replaceChildren(el('p', 'loading', 'Loading…'));
    apiGet('/api/incidents/' + encodeURIComponent(id)).then(function (data) {
      if (seq !== requestSeq) return;
      state.detail = data;
      renderDetail(data);
      var d = state.shown.find(function (x) { return x.id === id; });
      if (zoomTo && d && d._xy && !inView(d)) {
        var k = Math.max(transform.k, 8);
        mapSvg.transition().duration(600).call(zoom.transform,
          d3.zoomIdentity.translate(mapSize.w / 2, mapSize.h / 2).scale(k).translate(-d._xy[0], -d._xy[1]));
      }
      if (window.matchMedia('(max-width: 760px)').matches) $('panel').scrollIntoView({ behavior: 'smooth', block: 'start' });
    }).catch(function (err) {
      if (seq !== requestSeq) return;
      body.replaceChildren(backButton(), el('p', 'error', 'Could not load this incident: ' + err.message));
    });
  }

  function backButton() {
    var b = el('button', 'back', '← All incidents');
    b.type = 'button';
    b.addEventListener('click', function () { select(null); });
    return b;
  }

  function section(title, extra) {
    var s = el('section', 'detail-section');
    var h = el('h3', null, title);
    if (extra) h.append(el('span', 'count', extra));
    s.append(h);
    return s;
  }

  function fact(label, value, cls) {
    var d = el('div', 'fact' + (cls ? ' ' + cls : ''));
    d.append(el('dt', null, label), el('dd', null, value));
    return d;
  }

  function actorName(a) { return a ? (a.name || a.text) : null; }

  function renderDetail(data) {
    var inc = data.incident;
    var events = data.events || [];
    var docs = data.documents || [];
    var body = $('panel-body');
    var root = el('article', 'detail');
    root.id = 'detail';
    root.dataset.id = inc.id;

    /* header */
    var head = el('header', 'detail-head');
    var badge = el('span', 'type-badge', typeGroup(inc.type) === 'Other' ? (inc.type && (inc.type.plover || inc.type.key)) || 'Other' : typeGroup(inc.type));
    badge.style.setProperty('--type', typeColor(inc.type));
    head.append(badge);
    if (inc.historical) head.append(el('span', 'pill pill-muted', 'background'));
    head.append(el('h2', null, typeLabel(inc.type)));
    var where = el('p', 'detail-where');
    where.append(el('strong', null, placeName(inc.location)));
    if (inc.origin) where.append(document.createTextNode(' · from ' + placeName(inc.origin)));
    head.append(where, el('p', 'detail-when', formatDate(inc.date, inc.date_precision) +
      (inc.retaliation ? ' · in response to an earlier attack' : '')));

    /* facts */
    var conflicted = {};
    (inc.conflicts || []).forEach(function (c) { conflicted[c.field] = true; });
    var facts = el('dl', 'facts');
    facts.append(fact('Reports', String(inc.n_reports || 1)), fact('Sources', String(inc.n_sources || 0)),
      fact('Fatalities', countText(inc.fatalities), conflicted.fatalities ? 'disputed' : ''),
      fact('Injured', countText(inc.injured), conflicted.injured ? 'disputed' : ''));
    var qt = quantityText(inc.quantity);
    if (qt) facts.append(fact('Quantity', qt, conflicted.quantity ? 'disputed' : ''));
    facts.append(fact('Modality', inc.modality || 'asserted', conflicted.modality ? 'disputed' : ''));
    var actors = [actorName(inc.actor1), actorName(inc.actor2)];
    if (actors[0] || actors[1]) facts.append(fact('Actors', (actors[0] || 'unnamed') + (actors[1] ? ' → ' + actors[1] : ''), 'wide'));
    if (inc.first_seen) facts.append(fact('Reported', formatDate(inc.first_seen) + (inc.last_seen && inc.last_seen !== inc.first_seen ? ' – ' + formatDate(inc.last_seen) : ''), 'wide'));
    root.append(backButton(), head, facts);

    /* conflicts */
    if (inc.conflicts && inc.conflicts.length) {
      var cs = section('Sources disagree');
      cs.classList.add('conflicts');
      inc.conflicts.forEach(function (c) {
        var row = el('div', 'conflict');
        row.append(el('div', 'conflict-field', c.field));
        var ul = el('ul');
        (c.claims || []).forEach(function (cl) {
          var li = el('li');
          li.append(el('span', 'conflict-value', claimValue(c.field, cl.value)),
            el('span', 'conflict-sources', (cl.sources || []).join(', ') || 'unattributed'));
          ul.append(li);
        });
        row.append(ul);
        cs.append(row);
      });
      root.append(cs);
    }

    /* sources */
    var sources = (inc.sources || []);
    var ss = section('Who says so', String(sources.length));
    var sl = el('ul', 'sources');
    sources.forEach(function (s) {
      var li = el('li', 'source');
      var top = el('div', 'source-top');
      top.append(el('span', 'source-name', s.name), el('span', 'kind kind-' + (s.kind || 'unknown'), s.kind || 'unknown'));
      if (s.handle) top.append(el('span', 'handle', '@' + s.handle));
      li.append(top);
      var texts = (s.texts || []).filter(function (t) { return t && t !== s.name; });
      if (texts.length) li.append(el('div', 'source-as', 'as written: ' + texts.map(function (t) { return '“' + t + '”'; }).join(', ')));
      (s.claims || []).forEach(function (c) {
        var parts = [];
        if (c.fatalities !== null && c.fatalities !== undefined) parts.push(plural(c.fatalities, 'fatality').replace('fatalitys', 'fatalities'));
        if (c.injured !== null && c.injured !== undefined) parts.push(c.injured + ' injured');
        var q = quantityText(c.quantity);
        if (q) parts.push(q);
        if (c.modality && c.modality !== 'asserted') parts.push(c.modality);
        li.append(el('div', 'claim', parts.length ? 'says: ' + parts.join(' · ') : 'tells of it, with no figures'));
      });
      sl.append(li);
    });
    ss.append(sl);
    root.append(ss);

    /* evidence */
    var nSentences = events.reduce(function (n, ev) { return n + (ev.evidence || []).length; }, 0);
    var es = section('Evidence', plural(nSentences, 'sentence') + (events.length > 1 ? ' · ' + plural(events.length, 'event') : ''));
    var docById = {};
    docs.forEach(function (d) { docById[d.id] = d; });
    events.forEach(function (ev) {
      var block = el('div', 'evidence-event');
      var meta = el('div', 'evidence-meta');
      meta.append(el('span', 'evidence-type', typeLabel(ev.type)));
      if (ev.lang) meta.append(el('span', 'lang', ev.lang));
      if (ev.modality && ev.modality !== 'asserted') meta.append(el('span', 'pill pill-muted', ev.modality));
      var doc = docById[ev.doc];
      meta.append(el('span', 'evidence-doc', (doc && (doc.title || doc.source)) || ev.doc));
      block.append(meta);
      var ol = el('ul', 'evidence');
      (ev.evidence || []).forEach(function (sp) { ol.append(evidenceItem(sp)); });
      block.append(ol);
      var srcs = (ev.sources || []).map(function (s) { return s.name || s.text; }).filter(Boolean);
      if (srcs.length) block.append(el('div', 'evidence-sources', 'according to ' + srcs.join(', ')));
      es.append(block);
    });
    root.append(es);

    /* documents */
    if (docs.length) {
      var ds = section('Original reports', String(docs.length));
      docs.forEach(function (d) {
        var box = el('div', 'document');
        var title = el('div', 'document-title', d.title || d.id);
        box.append(title);
        var meta = [d.source, d.date ? formatDate(d.date) : null].filter(Boolean).join(' · ');
        if (meta) box.append(el('div', 'document-meta', meta));
        if (d.url && /^https?:\/\//i.test(d.url)) {
          var a = el('a', 'document-link', 'Open the original ↗');
          a.href = d.url;
          a.target = '_blank';
          a.rel = 'noopener noreferrer';
          box.append(a);
        }
        (d.posts || []).forEach(function (p) {
          var q = el('blockquote', 'post');
          var who = el('div', 'post-author');
          who.append(el('strong', null, p.author || 'post'));
          if (p.handle) who.append(el('span', 'handle', ' @' + p.handle));
          if (p.date) who.append(el('span', 'post-date', ' · ' + formatDate(p.date)));
          if (p.lang) who.append(el('span', 'lang', p.lang));
          q.append(who, el('p', 'post-text', p.text || ''));
          box.append(q);
        });
        ds.append(box);
      });
      root.append(ds);
    }
    body.replaceChildren(root);
    body.scrollTop = 0;
  }

  function claimValue(field, v) {
    if (v === null || v === undefined) return 'not stated';
    if (typeof v === 'object') return quantityText(v) || JSON.stringify(v);
    return String(v);
  }

  /* One evidence sentence with its trigger marked.  trigger_start/end are
   * byte offsets in the document, like start/end; older records gave them
   * relative to the sentence, so both readings are tried. */
  function evidenceItem(sp) {
    var li = el('li');
    var parts = null;
    if (typeof sp.trigger_start === 'number' && typeof sp.trigger_end === 'number') {
      parts = splitBytes(sp.text || '', sp.trigger_start - sp.start, sp.trigger_end - sp.start) ||
        splitBytes(sp.text || '', sp.trigger_start, sp.trigger_end);
    }
    if (parts) li.append(document.createTextNode(parts[0]), el('mark', null, parts[1]), document.createTextNode(parts[2]));
    else li.textContent = sp.text || '';
    return li;
  }

  /* ---- loading ------------------------------------------------------------ */

  function showFilterError(err) {
    var p = $('filter-error');
    if (err) {
      p.textContent = err.message;
      p.hidden = false;
      if (err.parameter === 'q') $('q').setAttribute('aria-invalid', 'true');
    } else {
      p.hidden = true;
      $('q').removeAttribute('aria-invalid');
    }
  }

  var allSeq = 0, shownSeq = 0;

  /* Everything the filters match, at any date: the histogram and legend. */
  function loadAll() {
    var seq = ++allSeq;
    return apiGet('/api/incidents', filterParams()).then(function (r) {
      if (seq !== allSeq) return;
      showFilterError(null);
      state.all = r.items || [];
      state.allTotal = r.total || state.all.length;
      state.allCapped = !!r.total_capped;
      state.allComplete = state.allTotal <= state.all.length;
      fillTypeSelect();
      drawLegend();
      drawHistogram();
      return loadShown(true);
    }).catch(function (err) {
      if (seq !== allSeq) return;
      if (err.status === 400) showFilterError(err);
      else showNotice('Cannot reach the server: ' + err.message);
    });
  }

  /* What the filters and the period match: the markers and the list. */
  function loadShown(first) {
    var seq = ++shownSeq;
    var done = function (items, total, capped) {
      if (seq !== shownSeq) return;
      state.shown = items;
      state.shownTotal = total;
      state.shownCapped = capped; /* the store counted only so far: "more than" */
      drawMarkers();
      if (first === true && !state.didFit) { state.didFit = true; fitIncidents(false); }
      if (state.selected) {
        if (!state.detail || state.detail.incident.id !== state.selected) select(state.selected);
      } else {
        renderList();
      }
    };
    if (!state.from || state.allComplete) {
      var lo = state.from, hi = state.to;
      var items = state.all.filter(function (d) {
        return !lo || (d.date && d.date.slice(0, 10) >= lo && d.date.slice(0, 10) <= hi);
      });
      done(items, state.from ? items.length : state.allTotal, !state.from && state.allCapped);
      return Promise.resolve();
    }
    var p = filterParams();
    p.from = state.from;
    p.to = state.to;
    return apiGet('/api/incidents', p).then(function (r) { done(r.items || [], r.total || 0, !!r.total_capped); })
      .catch(function (err) { showNotice('Cannot load incidents: ' + err.message); });
  }

  function showNotice(text) {
    var n = $('notice');
    n.textContent = text;
    n.hidden = false;
  }

  function loadStats() {
    apiGet('/api/stats').then(function (s) {
      var box = $('stats');
      box.replaceChildren();
      [[s.incidents, 'incident'], [s.events, 'event'], [s.documents, 'report']].forEach(function (p) {
        var span = el('span', 'stat');
        span.append(el('strong', null, (p[0] || 0).toLocaleString('en')), document.createTextNode(' ' + (p[0] === 1 ? p[1] : p[1] + 's')));
        box.append(span);
      });
    }).catch(function () { /* the header stays empty; the map says what failed */ });
  }

  function fillTypeSelect() {
    var sel = $('type');
    var keep = state.type;
    var subs = {};
    state.all.forEach(function (d) {
      var t = d.type || {};
      var group = typeGroup(t);
      var value = t.acled_sub || t.key;
      if (!value) return;
      (subs[group] || (subs[group] = {}))[value] = t.acled_sub || humanise(t.key);
    });
    sel.replaceChildren(new Option('All event types', ''));
    TYPES.forEach(function (t) {
      if (t.key === 'Other' && !subs.Other) return;
      var og = document.createElement('optgroup');
      og.label = t.key;
      if (t.key !== 'Other') og.append(new Option('All ' + t.key.toLowerCase(), t.key));
      Object.keys(subs[t.key] || {}).sort().forEach(function (v) {
        if (v !== t.key) og.append(new Option(subs[t.key][v], v));
      });
      sel.append(og);
    });
    if (keep && !Array.prototype.some.call(sel.options, function (o) { return o.value === keep; }))
      sel.append(new Option(keep, keep));
    sel.value = keep;
  }

  /* ---- the URL fragment ------------------------------------------------- */

  function writeHash() {
    var p = new URLSearchParams();
    if (state.q) p.set('q', state.q);
    if (state.type) p.set('type', state.type);
    if (state.historical) p.set('historical', '1');
    if (state.from) { p.set('from', state.from); p.set('to', state.to); }
    if (state.selected) p.set('incident', state.selected);
    var h = p.toString();
    if (('#' + h) !== location.hash && !(h === '' && location.hash === '')) history.replaceState(null, '', h ? '#' + h : location.pathname);
  }

  function readHash() {
    var p = new URLSearchParams(location.hash.slice(1));
    var iso = /^\d{4}-\d{2}-\d{2}$/;
    state.q = p.get('q') || '';
    state.type = p.get('type') || '';
    state.historical = p.get('historical') === '1';
    state.from = iso.test(p.get('from') || '') && iso.test(p.get('to') || '') ? p.get('from') : null;
    state.to = state.from ? p.get('to') : null;
    state.selected = p.get('incident') || null;
    $('q').value = state.q;
    $('historical').checked = state.historical;
    updatePeriodLabel();
  }

  /* ---- wiring ------------------------------------------------------------ */

  $('filters').addEventListener('submit', function (ev) { ev.preventDefault(); });
  $('q').addEventListener('input', debounce(function () {
    var v = $('q').value.trim();
    if (v === state.q) return;
    state.q = v;
    writeHash();
    loadAll();
  }, 300));
  $('type').addEventListener('change', function () {
    state.type = $('type').value;
    writeHash();
    loadAll();
  });
  $('historical').addEventListener('change', function () {
    state.historical = $('historical').checked;
    writeHash();
    loadAll();
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape' && state.selected) select(null);
  });
  window.addEventListener('resize', debounce(function () { layoutMap(); drawHistogram(); }, 120));

  readHash();
  layoutMap();
  loadStats();
  fetch('atlas/countries-50m.json').then(function (r) {
    if (!r.ok) throw new Error('HTTP ' + r.status);
    return r.json();
  }).then(drawAtlas).catch(function (err) {
    showNotice('Country borders could not be loaded (' + err.message + '); markers are still placed.');
  });
  loadAll();
})();
