// kg views: a map (Leaflet over Natural Earth outlines, no tiles), a timeline (plain SVG) and a
// who-met-whom graph (Cytoscape). window.kgViews.{map,timeline,graph}(element, data) draw them;
// elements with data-kg-view="map|timeline|graph" and data-src="/api/…" are filled on load
// (entity pages). Everything comes from this server: the pages' CSP refuses anything else.
(function () {
  "use strict";

  var ARABIC = /[\u0600-\u06FF]/;
  var COLORS = { meeting: "#0b5cad", treaty: "#b8562a", statement: "#5d6875", other: "#2c7a4b" };

  function assetsRoot() {
    var script = document.querySelector('script[src$="/assets/views.js"]');
    return script ? script.getAttribute("src").replace(/\/views\.js$/, "") : "/assets";
  }

  function make(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      node.setAttribute(key, attrs[key]);
    });
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function svg(tag, attrs, text) {
    var node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs || {}).forEach(function (key) {
      node.setAttribute(key, attrs[key]);
    });
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // ISO dates inside Arabic text read backwards (the bidi algorithm turns digits after Arabic letters
  // into Arabic numbers, and "-" does not join those): isolate each date as a left-to-right run.
  var ISO_DATE = /\d{4}-\d{2}(-\d{2})?/g;
  function isolateDates(text) {
    return ARABIC.test(text || "") ? text.replace(ISO_DATE, "\u2066$&\u2069") : text;
  }

  // Natural Earth rings that cross the antimeridian (Russia, Fiji …) jump from +180 to -180 and
  // would streak across a flat map: unwrap them so each ring stays continuous past ±180.
  function unwrapRing(ring) {
    var shift = 0;
    return ring.map(function (point, i) {
      var jump = i > 0 ? point[0] - ring[i - 1][0] : 0;
      if (jump > 180) shift -= 360;
      else if (jump < -180) shift += 360;
      return [point[0] + shift, point[1]];
    });
  }
  function unwrap(geometry) {
    if (!geometry) return geometry;
    if (geometry.type === "Polygon") geometry.coordinates = geometry.coordinates.map(unwrapRing);
    if (geometry.type === "MultiPolygon") {
      geometry.coordinates = geometry.coordinates.map(function (polygon) { return polygon.map(unwrapRing); });
    }
    return geometry;
  }

  function dirOf(text) {
    return ARABIC.test(text || "") ? "rtl" : "ltr";
  }

  function plural(n, one, many) {
    return n + " " + (n === 1 ? one : many);
  }

  function empty(container, message) {
    container.textContent = "";
    container.appendChild(make("p", { class: "kg-view-empty" }, message));
  }

  // -- map -----------------------------------------------------------------------------------------

  var outlines = null;
  function worldOutlines() {
    if (!outlines) {
      outlines = fetch(assetsRoot() + "/vendor/world-atlas/countries-110m.json")
        .then(function (response) {
          if (!response.ok) throw new Error("world outlines: " + response.status);
          return response.json();
        })
        .then(function (topology) {
          var countries = window.topojson.feature(topology, topology.objects.countries);
          countries.features.forEach(function (f) { unwrap(f.geometry); });
          return countries;
        });
    }
    return outlines;
  }

  // points: [{lat, long, label, label_en, href, articles, events, self}]
  function drawMap(container, points) {
    var L = window.L;
    container.textContent = "";
    container.classList.add("kg-map");
    container.setAttribute("dir", "ltr"); // a map is laid out left to right, whatever the page
    if (!L) return empty(container, "Leaflet could not be loaded.");
    var map = L.map(container, { worldCopyJump: true, zoomSnap: 0.25, minZoom: 1, maxZoom: 10 });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Outlines: Natural Earth (public domain)");
    var layer = L.featureGroup().addTo(map);
    var most = Math.max.apply(null, [1].concat(points.map(function (p) { return (p.articles || 0) + (p.events || 0); })));
    points.forEach(function (p) {
      var weight = (p.articles || 0) + (p.events || 0);
      var marker = L.circleMarker([p.lat, p.long], {
        radius: 5 + 13 * Math.sqrt(weight / most),
        color: p.self ? "#8a1c1c" : "#0b3d6e",
        weight: p.self ? 3 : 1.5,
        fillColor: p.events ? COLORS.treaty : COLORS.meeting,
        fillOpacity: 0.75,
      });
      var counts = [];
      if (p.articles !== undefined) counts.push(plural(p.articles, "article", "articles"));
      if (p.events) counts.push(plural(p.events, "event", "events"));
      var tip = make("span", { class: "kg-tip", dir: "ltr" });
      tip.appendChild(make("strong", { dir: "rtl", lang: "ar" }, isolateDates(p.label)));
      if (p.label_en && p.label_en !== p.label) tip.appendChild(make("span", { lang: "en" }, " · " + p.label_en));
      if (counts.length) tip.appendChild(make("span", {}, " (" + counts.join(", ") + ")"));
      marker.bindTooltip(tip, { permanent: points.length <= 25, direction: "right", className: "kg-map-label" });
      if (p.href) {
        marker.on("click", function () {
          window.location.href = p.href;
        });
      }
      marker.addTo(layer);
    });
    if (points.length === 1) {
      map.setView([points[0].lat, points[0].long], 4);
    } else if (points.length) {
      map.fitBounds(layer.getBounds().pad(0.6), { maxZoom: 5 });
    } else {
      map.setView([25, 30], 1.5);
    }
    worldOutlines()
      .then(function (geo) {
        L.geoJSON(geo, {
          interactive: false,
          style: { color: "#8d99a6", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
        })
          .addTo(map)
          .bringToBack();
        container.setAttribute("data-kg-drawn", "map");
      })
      .catch(function (error) {
        container.setAttribute("data-kg-drawn", "map");
        container.setAttribute("data-kg-error", String(error.message || error));
      });
    container.kgMap = map;
    return map;
  }

  // -- timeline --------------------------------------------------------------------------------------

  function dayOf(date) {
    var m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date || "");
    if (!m) return null;
    return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  }

  // events: [{date, label, label_en, href, kind, articles, dated_by}]
  function drawTimeline(container, events) {
    container.textContent = "";
    container.classList.add("kg-timeline");
    var items = events
      .map(function (e) { return Object.assign({ t: dayOf(e.date) }, e); })
      .filter(function (e) { return e.t !== null; })
      .sort(function (a, b) { return a.t - b.t; });
    if (!items.length) return empty(container, "No dated events.");
    var width = Math.max((container.clientWidth || 800) - 20, 300);
    var pad = 40;
    var lo = items[0].t;
    var hi = items[items.length - 1].t;
    var span = Math.max(hi - lo, 86400000 * 30);
    lo -= span * 0.05;
    hi = lo + span * 1.1;
    var x = function (t) { return pad + ((t - lo) / (hi - lo)) * (width - 2 * pad); };
    var stacks = {};
    var top = 0;
    items.forEach(function (e) {
      var key = Math.round(x(e.t) / 8);
      e.level = stacks[key] = (stacks[key] || 0) + 1;
      top = Math.max(top, e.level);
    });
    var axisY = 34 + top * 16;
    var chart = svg("svg", { width: width, height: axisY + 34, class: "kg-timeline-axis", role: "img" });
    chart.appendChild(svg("title", {}, plural(items.length, "event", "events") + " by date"));
    chart.appendChild(svg("line", { x1: pad, x2: width - pad, y1: axisY, y2: axisY, stroke: "#5d6875" }));
    var months = Math.max(1, Math.round((hi - lo) / (86400000 * 30.4)));
    var step = Math.max(1, Math.ceil(months / Math.max(2, Math.floor(width / 110))));
    var start = new Date(lo);
    for (var i = 0; i <= months + 1; i += step) {
      var tick = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1);
      if (tick < lo || tick > hi) continue;
      chart.appendChild(svg("line", { x1: x(tick), x2: x(tick), y1: axisY, y2: axisY + 5, stroke: "#5d6875" }));
      chart.appendChild(
        svg("text", { x: x(tick), y: axisY + 20, "text-anchor": "middle", class: "kg-tick" },
          new Date(tick).toISOString().slice(0, 7))
      );
    }
    items.forEach(function (e) {
      var dot = svg("circle", {
        cx: x(e.t), cy: axisY - 4 - (e.level - 1) * 16 - 6, r: 5 + Math.min(5, e.articles || 0),
        fill: COLORS[e.kind] || COLORS.other, "fill-opacity": 0.8, class: "kg-event",
      });
      dot.appendChild(svg("title", {}, e.date + " · " + e.label + (e.label_en ? " · " + e.label_en : "")));
      chart.appendChild(dot);
      if (items.length <= 12 && e.level === stacks[Math.round(x(e.t) / 8)]) {
        chart.appendChild(svg("text", { x: x(e.t), y: axisY - 4 - e.level * 16 - 8, "text-anchor": "middle", class: "kg-tick" }, e.date));
      }
    });
    container.appendChild(chart);

    var list = make("ol", { class: "kg-timeline-list", lang: "ar", dir: "rtl" });
    items.forEach(function (e) {
      var li = make("li", { class: "kg-kind-" + (e.kind || "other") });
      li.appendChild(make("time", { datetime: e.date, dir: "ltr" }, e.date));
      li.appendChild(document.createTextNode(" "));
      var text = isolateDates(e.label);
      var name = e.href ? make("a", { href: e.href, dir: dirOf(e.label) }, text) : make("span", { dir: dirOf(e.label) }, text);
      li.appendChild(name);
      var notes = [];
      if (e.label_en) notes.push(e.label_en);
      if (e.articles) notes.push(plural(e.articles, "article", "articles"));
      if (e.dated_by === "article") notes.push("date of the first report");
      if (notes.length) li.appendChild(make("small", { lang: "en", dir: "ltr" }, " " + notes.join(" · ")));
      list.appendChild(li);
    });
    container.appendChild(list);
    container.setAttribute("data-kg-drawn", "timeline");
  }

  // -- who met whom ----------------------------------------------------------------------------------

  // The centre (if any) in the middle, everyone else evenly on a ring wide enough for their labels,
  // the first one to the right: deterministic, and readable for the few dozen partners a page has.
  function ring(nodes) {
    var others = nodes.filter(function (n) { return !n.center; });
    var radius = Math.max(190, (others.length * 150) / (2 * Math.PI));
    var positions = {};
    var k = 0;
    nodes.forEach(function (n) {
      if (n.center) {
        positions[n.id] = { x: 0, y: 0 };
        return;
      }
      var angle = (2 * Math.PI * k) / others.length + (others.length === 3 ? -Math.PI / 2 : 0);
      positions[n.id] = { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * 0.6 * Math.sin(angle)) };
      k += 1;
    });
    return positions;
  }

  // data: {nodes: [{id, label, label_en, href, center}], edges: [{source, target, weight, articles}]}
  function drawGraph(container, data) {
    var cytoscape = window.cytoscape;
    container.textContent = "";
    container.classList.add("kg-graph");
    container.setAttribute("dir", "ltr"); // canvas text follows it: "2 articles", not "articles 2"
    if (!cytoscape) return empty(container, "Cytoscape could not be loaded.");
    if (!data.edges.length) return empty(container, "No meetings or treaties with others.");
    var most = Math.max.apply(null, [1].concat(data.edges.map(function (e) { return e.weight; })));
    var elements = data.nodes.map(function (n) {
      return { data: { id: n.id, name: isolateDates(n.label) + (n.label_en ? "\n" + n.label_en : ""), href: n.href, center: n.center ? 1 : 0 } };
    });
    data.edges.forEach(function (e, i) {
      var parts = [];
      if (e.articles) parts.push(plural(e.articles, "article", "articles"));
      else if (e.weight) parts.push(plural(e.weight, "event", "events"));
      // Cytoscape's label caches draw in the document's direction: isolate the English left to right.
      var name = parts.length ? "\u2066" + parts.join("") + "\u2069" : "";
      elements.push({ data: { id: "e" + i, source: e.source, target: e.target, weight: e.weight, name: name } });
    });
    var cy = cytoscape({
      container: container,
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
          label: "data(name)", "text-wrap": "wrap", "text-valign": "bottom", "text-margin-y": 4,
          "font-size": 13, "font-family": "Noto Naskh Arabic, Noto Sans, sans-serif",
          "background-color": "#0b5cad", width: 22, height: 22, color: "#1d232b",
          "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 2,
        } },
        { selector: "node[center = 1]", style: { "background-color": "#b8562a", width: 34, height: 34, "font-weight": "bold" } },
        { selector: "edge", style: {
          width: "mapData(weight, 0, " + most + ", 1.5, 12)", "line-color": "#8d99a6", "curve-style": "bezier",
          label: "data(name)", "font-size": 12, color: "#3d4652", "text-rotation": "none",
          "text-background-color": "#ffffff", "text-background-opacity": 0.9,
        } },
      ],
      layout: { name: "preset", positions: ring(data.nodes), fit: false },
    });
    cy.fit(undefined, 40);
    if (cy.zoom() > 1.1) {
      cy.zoom(1.1);
      cy.center();
    }
    cy.on("tap", "node", function (event) {
      var href = event.target.data("href");
      if (href) window.location.href = href;
    });
    container.kgGraph = cy;
    container.setAttribute("data-kg-drawn", "graph");
    return cy;
  }

  // -- entity pages: fill every [data-kg-view] from its data-src ---------------------------------------

  function load(container) {
    var view = container.getAttribute("data-kg-view");
    fetch(container.getAttribute("data-src"), { headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + response.statusText);
        return response.json();
      })
      .then(function (data) {
        if (view === "map") drawMap(container, data.points);
        else if (view === "timeline") drawTimeline(container, data.events);
        else if (view === "graph") drawGraph(container, data);
      })
      .catch(function (error) {
        empty(container, "Could not load the " + view + ": " + (error.message || error));
        container.setAttribute("data-kg-drawn", "error");
      });
  }

  window.kgViews = { map: drawMap, timeline: drawTimeline, graph: drawGraph, dayOf: dayOf };
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-kg-view][data-src]").forEach(load);
  });
})();
