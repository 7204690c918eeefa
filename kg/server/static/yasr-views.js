// kg result views for YASR (the query UI): Map, Timeline and Graph tabs beside Table and Response.
// Each offers itself only for results it can draw:
//   Map      a lat and a long/lon/lng column, or a WKT POINT (geo:wktLiteral or "POINT(x y)");
//   Timeline a column of xsd:date/dateTime/gYear/gYearMonth (or ISO-looking) values;
//   Graph    two columns whose values are IRIs (an edge per row, weighted by repeats or by a
//            numeric column).
// Drawing is window.kgViews' (views.js). Loaded before ui.js, which creates the Yasgui instance.
(function () {
  "use strict";

  var Yasgui = window.Yasgui;
  var views = window.kgViews;
  if (!Yasgui || !views) return;

  var XSD = "http://www.w3.org/2001/XMLSchema#";
  var DATE_TYPES = [XSD + "date", XSD + "dateTime", XSD + "gYear", XSD + "gYearMonth"];
  var WKT = "http://www.opengis.net/ont/geosparql#wktLiteral";
  var ISO_DATE = /^-?\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
  var POINT = /^\s*(<[^>]*>\s*)?POINT\s*\(\s*(-?[\d.]+(?:e-?\d+)?)\s+(-?[\d.]+(?:e-?\d+)?)\s*\)\s*$/i;
  var ARABIC = /[\u0600-\u06FF]/;

  function table(yasr) {
    var results = yasr.results;
    if (!results || !results.getVariables || !results.getBindings) return null;
    var vars = results.getVariables() || [];
    var rows = results.getBindings() || [];
    return vars.length && rows.length ? { vars: vars, rows: rows } : null;
  }

  function value(cell) {
    return cell ? cell.value : undefined;
  }

  function number(cell) {
    var n = cell && cell.type === "literal" ? Number(cell.value) : NaN;
    return isFinite(n) ? n : null;
  }

  var configEl = document.getElementById("kg-config");
  var config = configEl ? JSON.parse(configEl.textContent) : {};
  function localHref(iri) {
    if (!iri || !config.base || iri.indexOf(config.base) !== 0) return iri;
    return "/" + iri.slice(config.base.length);
  }

  // The label columns of an IRI column ?x: ?xLabel, ?xName, ?labelX or ?nameX (Arabic or any),
  // and the same with "En" appended (English); with `plain`, also ?label / ?name.
  function labels(t, iriVar, plain) {
    var x = (iriVar || "").toLowerCase();
    var stems = [x + "label", x + "name", "label" + x, "name" + x];
    if (plain) stems.push("label", "name");
    var lower = {};
    t.vars.forEach(function (v) { lower[v.toLowerCase()] = v; });
    var ar = null;
    var en = null;
    stems.forEach(function (stem) {
      if (!ar && lower[stem] && lower[stem] !== iriVar) ar = lower[stem];
      if (!en && (lower[stem + "en"] || lower[stem + "_en"])) en = lower[stem + "en"] || lower[stem + "_en"];
    });
    return { ar: ar, en: en };
  }

  function firstLiteralVar(t, skip) {
    return t.vars.find(function (v) {
      return skip.indexOf(v) < 0 && t.rows.some(function (r) {
        return r[v] && r[v].type !== "uri" && number(r[v]) === null;
      });
    });
  }

  function nameOf(row, iriVar, names, fallbackVar) {
    var label = names.ar && row[names.ar] ? row[names.ar].value : fallbackVar && row[fallbackVar] ? row[fallbackVar].value : null;
    var iri = iriVar && row[iriVar] ? row[iriVar].value : null;
    if (!label) label = iri ? iri.replace(/^.*[\/#]/, "") : "";
    return { label: label, label_en: names.en && row[names.en] ? row[names.en].value : null, href: iri ? localHref(iri) : null };
  }

  // -- detection -----------------------------------------------------------------------------------

  function mapColumns(t) {
    var lat = t.vars.find(function (v) { return /^lat(itude)?$/i.test(v) || /lat$/i.test(v); });
    var lon = t.vars.find(function (v) { return /^(long|lon|lng|longitude)$/i.test(v) || /(long|lon|lng)$/i.test(v); });
    if (lat && lon && t.rows.some(function (r) { return number(r[lat]) !== null && number(r[lon]) !== null; })) {
      return { lat: lat, lon: lon };
    }
    var wkt = t.vars.find(function (v) {
      return t.rows.some(function (r) { return r[v] && (r[v].datatype === WKT || POINT.test(r[v].value)) && POINT.test(r[v].value); });
    });
    return wkt ? { wkt: wkt } : null;
  }

  function dateColumn(t) {
    return t.vars.find(function (v) {
      return t.rows.some(function (r) {
        var c = r[v];
        return c && c.type !== "uri" && (DATE_TYPES.indexOf(c.datatype) >= 0 || (!c.datatype && !c["xml:lang"] && ISO_DATE.test(c.value)));
      });
    });
  }

  function entityColumns(t) {
    var iris = t.vars.filter(function (v) {
      return t.rows.some(function (r) { return r[v] && r[v].type === "uri"; });
    });
    return iris.length >= 2 ? iris.slice(0, 2) : null;
  }

  function iriColumn(t) {
    return t.vars.find(function (v) {
      return t.rows.some(function (r) { return r[v] && r[v].type === "uri"; });
    });
  }

  // -- conversions -----------------------------------------------------------------------------------

  function toPoints(t) {
    var cols = mapColumns(t);
    var iriVar = iriColumn(t);
    var names = labels(t, iriVar, true);
    var countVar = t.vars.find(function (v) {
      return v !== cols.lat && v !== cols.lon && t.rows.every(function (r) { return !r[v] || number(r[v]) !== null; });
    });
    var fallback = firstLiteralVar(t, [cols.lat, cols.lon, cols.wkt, countVar]);
    var points = [];
    t.rows.forEach(function (row) {
      var lat, lon;
      if (cols.wkt) {
        var m = row[cols.wkt] ? POINT.exec(row[cols.wkt].value) : null;
        if (!m) return;
        lon = Number(m[2]);
        lat = Number(m[3]);
      } else {
        lat = number(row[cols.lat]);
        lon = number(row[cols.lon]);
      }
      if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180) return;
      var point = nameOf(row, iriVar, names, fallback);
      point.lat = lat;
      point.long = lon;
      if (countVar) point.articles = number(row[countVar]) || 0;
      points.push(point);
    });
    return points;
  }

  function toEvents(t) {
    var dateVar = dateColumn(t);
    var iriVar = iriColumn(t);
    var names = labels(t, iriVar, true);
    var fallback = firstLiteralVar(t, [dateVar]);
    var seen = {};
    var events = [];
    t.rows.forEach(function (row) {
      if (!row[dateVar]) return;
      var key = (iriVar && row[iriVar] ? row[iriVar].value : JSON.stringify(row)) + " " + row[dateVar].value;
      if (seen[key]) {
        seen[key].articles += 1; // one row per reporting article
        return;
      }
      var e = nameOf(row, iriVar, names, fallback);
      e.date = row[dateVar].value;
      e.kind = /treaty/i.test(JSON.stringify(row)) ? "treaty" : /meeting|talks|summit/i.test(JSON.stringify(row)) ? "meeting" : "other";
      e.articles = 1;
      seen[key] = e;
      events.push(e);
    });
    return events;
  }

  function toGraph(t) {
    var cols = entityColumns(t);
    var numeric = t.vars.filter(function (v) {
      return cols.indexOf(v) < 0 && t.rows.every(function (r) { return !r[v] || number(r[v]) !== null; });
    });
    var weightVar = numeric.find(function (v) { return /article/i.test(v); }) || numeric[0];
    var nodes = {};
    var edges = {};
    function node(row, v) {
      var iri = value(row[v]);
      if (!nodes[iri]) {
        var n = nameOf(row, v, labels(t, v), null);
        nodes[iri] = { id: iri, label: n.label, label_en: n.label_en, href: n.href, center: false };
      }
      return iri;
    }
    t.rows.forEach(function (row) {
      if (!row[cols[0]] || !row[cols[1]] || row[cols[0]].type !== "uri" || row[cols[1]].type !== "uri") return;
      var a = node(row, cols[0]);
      var b = node(row, cols[1]);
      if (a === b) return;
      var key = a < b ? a + " " + b : b + " " + a;
      var edge = edges[key] || (edges[key] = { source: a, target: b, weight: 0, articles: 0 });
      var w = weightVar ? number(row[weightVar]) || 0 : 1;
      edge.weight += w;
      if (weightVar) edge.articles += w;
    });
    return {
      nodes: Object.keys(nodes).map(function (k) { return nodes[k]; }),
      edges: Object.keys(edges).map(function (k) { return edges[k]; }),
    };
  }

  // -- the YASR plugins --------------------------------------------------------------------------------

  function plugin(name, label, icon, canDraw, draw) {
    function View(yasr) {
      this.yasr = yasr;
      this.priority = 1; // the table stays the default; these are one click away
      this.label = label;
    }
    View.prototype.canHandleResults = function () {
      var t = table(this.yasr);
      return !!t && !!canDraw(t);
    };
    View.prototype.draw = function () {
      var el = document.createElement("div");
      el.className = "kg-result-view kg-result-" + name;
      this.yasr.resultsEl.appendChild(el);
      draw(el, table(this.yasr));
    };
    View.prototype.getIcon = function () {
      var span = document.createElement("span");
      span.className = "kg-plugin-icon";
      span.textContent = icon;
      return span;
    };
    Yasgui.Yasr.registerPlugin(name, View);
    [Yasgui.Yasr.defaults, Yasgui.defaults.yasr].forEach(function (defaults) {
      if (!defaults) return;
      defaults.plugins = defaults.plugins || {};
      defaults.plugins[name] = defaults.plugins[name] || { enabled: true };
      if (defaults.pluginOrder && defaults.pluginOrder.indexOf(name) < 0) defaults.pluginOrder.push(name);
    });
  }

  plugin("map", "Map", "◍", mapColumns, function (el, t) { views.map(el, toPoints(t)); });
  plugin("timeline", "Timeline", "⋯", dateColumn, function (el, t) { views.timeline(el, toEvents(t)); });
  plugin("graph", "Graph", "☍", entityColumns, function (el, t) { views.graph(el, toGraph(t)); });

  window.kgResultViews = { toPoints: toPoints, toEvents: toEvents, toGraph: toGraph, ARABIC: ARABIC };
})();
