// nato-graph view: draws the embedded graph data with vis-network.
// Every data value reaches the page through textContent, DOM properties or the canvas:
// never innerHTML, so a name that looks like markup stays text. Tooltips and details are
// built when shown, not up front.
(function () {
  "use strict";
  var timings = { start: performance.now() };
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  timings.parsed = performance.now();
  var SVG = "http" + "://www.w3.org/2000/svg"; // an XML namespace name, not a resource
  var dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  var theme = dark
    ? { text: "#e6e6e6", stroke: "#15181c", faded: "#4a4f56", bg: "#15181c", ring: "#f2c94c" }
    : { text: "#1b1b1b", stroke: "#ffffff", faded: "#c9ccd1", bg: "#ffffff", ring: "#d4a300" };
  var DIM_NODE = 0.18, DIM_EDGE = 0.07, EDGE_OPACITY = 0.75;

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function $(id) { return document.getElementById(id); }

  // ---- the model: every node and edge the file carries, the ring beyond the view included
  var nodeTips = new Map();
  var adjacency = new Map(); // node id -> edge ids
  data.nodes.forEach(function (n) {
    nodeTips.set(n.id, n.tip); delete n.tip;
    n.font = Object.assign({}, n.font || {});
    if (!n.font.color) n.font.color = theme.text;
    n.font.strokeColor = theme.stroke;
    n.baseFont = n.font.color;
    adjacency.set(n.id, []);
  });
  var routeEdges = new Set();
  data.routes.forEach(function (r) { r.edges.forEach(function (id) { routeEdges.add(id); }); });
  var styles = data.styles; // relationship type -> colour, for the ring's types too
  // Per-edge options cost vis-network time for every edge: only what differs from the global
  // options is set (colour by type, dashes, width on routes, caption colours when captioned).
  data.edges.forEach(function (e) {
    // e.tip stays on the edge as JSON text, parsed and built into DOM when shown (deleting a
    // property from tens of thousands of objects would turn each into a slow dictionary).
    e.color = e.baseColor = e.color || styles[e.kind] || "#9D9D9D";
    e.baseWidth = routeEdges.has(e.id) ? 3.2 : 1.4;
    if (routeEdges.has(e.id)) e.width = e.baseWidth;
    // a caption's place beside links it shares a line with (align, vadjust) is kept
    if (e.label) e.font = Object.assign({}, e.font || {}, { color: theme.text, strokeColor: theme.stroke });
    e.baseLabel = e.label; e.baseDashes = e.dashes || false; // as it stands now ("All years")
    adjacency.get(e.from).push(e.id);
    if (e.to !== e.from) adjacency.get(e.to).push(e.id);
  });
  var byId = new Map(); // node id -> the node as the file describes it (its filter fields)
  data.nodes.forEach(function (n) { byId.set(n.id, n); });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  timings.model = performance.now();
  data.nodes = data.edges = null; // the DataSets hold them now
  document.getElementById("graph-data").textContent = ""; // nor is the text needed any more
  var hiddenLabels = new Set(), hiddenTypes = new Set(), hiddenNodes = new Set(), revealed = new Set();
  var year = null; // null: every relationship, whatever its dates

  function alive(n) {
    if (year === null || !n.life) return true;
    return (n.life[0] === null || n.life[0] <= year) && (n.life[1] === null || n.life[1] >= year);
  }
  // How an edge is drawn in year y: its look from e.when (computed with the data, by the rule of
  // the as-of question: nato_graph.views.timeline), 0 where it does not show, null for an edge
  // the year leaves as it is. An entry holds from its year (null: from the start) to the next.
  function lookAt(e, y) {
    if (y === null || !e.when) return null;
    var look = 0;
    for (var i = 0; i < e.when.length; i++) {
      if (e.when[i][0] === null || e.when[i][0] <= y) look = e.when[i][1]; else break;
    }
    return look;
  }
  function held(e) { return lookAt(e, year) !== 0; }
  // Each edge styled, captioned and described as it stood in the year shown (its status then),
  // or as it stands now at "All years".
  function restyle() {
    var updates = [];
    edges.forEach(function (e) {
      if (!e.when) return;
      var look = lookAt(e, year);
      var label = look ? (look.label !== undefined ? look.label : e.baseLabel) : e.baseLabel;
      var dashes = look ? look.dashes : e.baseDashes;
      if (label !== e.label || JSON.stringify(dashes) !== JSON.stringify(e.dashes || false)) {
        updates.push({ id: e.id, label: label, dashes: dashes });
      }
    });
    if (updates.length) edges.update(updates);
  }
  function nodeShown(n) {
    return !!n && !hiddenLabels.has(n.kind) && !hiddenNodes.has(n.id) &&
      (!n.ring || revealed.has(n.id)) && alive(n);
  }
  function edgeShown(e) {
    var a = byId.get(e.from), b = byId.get(e.to);
    // A ring edge shows once one of its ends has been revealed, never between two nodes of the
    // view as it opened (it was not part of the result drawn).
    if (e.ring && !(a.ring && revealed.has(a.id)) && !(b.ring && revealed.has(b.id))) return false;
    return !hiddenTypes.has(e.kind) && held(e) && nodeShown(a) && nodeShown(b);
  }
  var CROWDED_PX = data.options.edges.scaling.label.drawThreshold;
  var nodeView = new vis.DataView(nodes, { filter: nodeShown });
  var edgeView = new vis.DataView(edges, { filter: edgeShown });
  // A big view's edges are drawn by the page (drawLayer below), not by vis-network: an Edge
  // object per relationship is most of vis-network's set-up time and of the page's memory, and
  // a big view draws its edges plain (no arrows, captions or curves) anyway.
  var layered = data.edgeLayer === true;
  var layer = []; // layered: the edges shown, refreshed with the filters
  var container = $("network");
  data.options.nodes.font.color = theme.text;
  data.options.nodes.font.strokeColor = theme.stroke;
  var network = new vis.Network(
    container, { nodes: nodeView, edges: layered ? new vis.DataSet() : edgeView }, data.options);
  timings.network = performance.now();
  var state = {
    timings: timings,
    network: network, nodes: nodes, edges: edges, ready: false, legend: data.legend, dark: dark,
    routes: data.routes, years: data.years, layered: layered, sources: data.sources
  };
  window.natoGraph = state;

  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
    if (layered) { layer = edgeView.get(); hubScale = null; hubCaptions(); network.redraw(); }
    counts();
  }
  if (layered) layer = edgeView.get();

  // Every edge drawn, as a line between its ends' centres (the page draws edges straight, so
  // this is exactly where each one is): fn(id, fromId, toId, ax, ay, bx, by).
  function eachLine(fn) {
    var body = network.body;
    if (layered) {
      for (var i = 0; i < layer.length; i++) {
        var e = layer[i], a = body.nodes[e.from], b = body.nodes[e.to];
        if (a && b) fn(e.id, e.from, e.to, a.x, a.y, b.x, b.y);
      }
      return;
    }
    body.edgeIndices.forEach(function (id) {
      var d = body.edges[id];
      if (d.connected) fn(id, d.fromId, d.toId, d.from.x, d.from.y, d.to.x, d.to.y);
    });
  }
  function line(id) {
    var e = edges.get(id), body = network.body;
    var a = e && body.nodes[e.from], b = e && body.nodes[e.to];
    return a && b ? [a.x, a.y, b.x, b.y] : null;
  }
  state.lines = function () {
    var out = [];
    eachLine(function (id, from, to, ax, ay, bx, by) {
      out.push({ id: id, from: from, to: to, a: { x: ax, y: ay }, b: { x: bx, y: by } });
    });
    return out;
  };

  // layered: the edges, one path per colour and dash style, under the nodes; a focus keeps its
  // edges strong and dims the rest, as vis-network's own edges are dimmed in a small view.
  var edgeFocus = null; // null, or the Set of edge ids that stay strong
  function drawLayer(ctx) {
    var body = network.body, scale = network.getScale();
    var r = network.renderer, o = data.options.interaction;
    if ((r.dragging && o.hideEdgesOnDrag) || (r.zooming && o.hideEdgesOnZoom)) return;
    var groups = new Map();
    for (var i = 0; i < layer.length; i++) {
      var e = layer[i], a = body.nodes[e.from], b = body.nodes[e.to];
      if (!a || !b) continue;
      var kept = edgeFocus === null || edgeFocus.has(e.id);
      var key = e.baseColor + (e.dashes ? " d" + e.dashes : "") + (kept ? "" : " f") +
        (edgeFocus !== null && kept ? " s" : "");
      var g = groups.get(key);
      if (!g) {
        g = { color: e.baseColor, dashes: e.dashes, alpha: kept ? EDGE_OPACITY : DIM_EDGE,
              width: edgeFocus !== null && kept ? 2.6 : e.baseWidth, lines: [] };
        groups.set(key, g);
      }
      g.lines.push(a.x, a.y, b.x, b.y);
    }
    ctx.save();
    groups.forEach(function (g) {
      ctx.beginPath();
      for (var j = 0; j < g.lines.length; j += 4) {
        ctx.moveTo(g.lines[j], g.lines[j + 1]);
        ctx.lineTo(g.lines[j + 2], g.lines[j + 3]);
      }
      ctx.globalAlpha = g.alpha;
      ctx.strokeStyle = g.color;
      ctx.lineWidth = Math.max(g.width, 0.3 / scale);
      // a pattern of its own (dotted: unverified), else dashed (not active), else solid
      ctx.setLineDash(Array.isArray(g.dashes) ? g.dashes : g.dashes ? [5, 5] : []);
      ctx.stroke();
    });
    ctx.restore();
  }
  if (layered) network.on("beforeDrawing", drawLayer);
  function counts() {
    $("counts").textContent =
      nodeView.length + " nodes · " + edgeView.length + " relationships" +
      (year === null ? "" : " in " + year);
  }

  var progress = $("progress");
  // Whether an animated move of the view (fit, reset, go to a node) is under way. vis-network
  // advances its animations a step per drawn frame, so on a busy machine one lasts longer than
  // its nominal duration; a move ends with "animationFinished", also when another move cuts it
  // short.
  var moving = false;
  state.moving = function () { return moving; };
  var LEGIBLE_PX = 9;
  var smallestFont = Infinity; // of the captions shown (not the hidden ring's)
  byId.forEach(function (n) {
    if (!n.ring) smallestFont = Math.min(smallestFont, (n.font && n.font.size) || 14);
  });
  if (!isFinite(smallestFont)) smallestFont = 14;
  function fitAll(animate) {
    var how = animate ? { duration: 250 } : false;
    // With the details panel open, fit the part of the canvas it leaves uncovered.
    var panel = $("details"), cover = panel.hidden ? 0 : panel.offsetWidth;
    var free = Math.max(container.clientWidth - cover, 100) / container.clientWidth;
    var side = panel.classList.contains("left") ? -1 : 1;
    var centre, scale;
    if (data.extent) {
      // A packed layout knows what it spans, captions included: fit exactly that.
      var x = data.extent, w = x[2] - x[0], h = x[3] - x[1];
      centre = { x: (x[0] + x[2]) / 2, y: (x[1] + x[3]) / 2 };
      scale = 0.98 * Math.min((free * container.clientWidth) / w, container.clientHeight / h);
    } else {
      // vis fits node centres; leave room for the captions around them. Small graphs zoom in.
      // The room is a tenth of the view; a view laid out by physics gives it up (as little as it
      // takes) where that draws its smallest caption at LEGIBLE_PX rather than under it (a big
      // layered view keeps its hubs' captions legible by itself: hubCaptions).
      network.fit({ maxZoomLevel: 1.4 });
      centre = network.getViewPosition();
      var fitted = network.getScale() * free, legible = LEGIBLE_PX / smallestFont;
      scale = data.physics && 0.9 * fitted < legible && legible <= fitted ? legible : 0.9 * fitted;
    }
    centre.x += (side * cover) / 2 / scale;
    network.moveTo({ position: centre, scale: scale, animation: how });
    moving = Boolean(animate);
    if (!animate) hubCaptions();
  }
  state.fit = fitAll;

  // A big view fitted to the window draws every caption below the size vis-network shows:
  // its hubs (the nodes with the most relationships) keep a caption of HUB_PX pixels on screen
  // at every zoom, each where it covers no other hub's, taken in order of importance, so that
  // the picture says what it is when it opens; the rest appear as the view is zoomed in.
  var HUB_PX = 11, HUBS = 40;
  var hubs = !layered ? [] : Array.from(adjacency.keys())
    .filter(function (id) { return !byId.get(id).ring; })
    .sort(function (a, b) { return adjacency.get(b).length - adjacency.get(a).length; })
    .slice(0, HUBS);
  var hubBase = new Map(hubs.map(function (id) { return [id, (byId.get(id).font || {}).size || 14]; }));
  var hubScale = null;
  function hubCaptions() {
    var scale = network.getScale(), body = network.body;
    if (!hubs.length || scale === hubScale) return;
    hubScale = scale;
    var px = HUB_PX / scale, placed = [], changed = false;
    hubs.forEach(function (id) {
      var node = body.nodes[id], size = hubBase.get(id);
      if (node && size * scale < HUB_PX) {
        // The caption's box at HUB_PX, below the shape (a letter is about 0.6 em wide).
        var half = (0.3 * px * String(node.options.label || "").length) + 4 / scale;
        var top = node.y + (node.shape.height || 0) / 2, box = [node.x - half, top, node.x + half, top + 1.6 * px];
        var free = placed.every(function (b) {
          return box[2] < b[0] || b[2] < box[0] || box[3] < b[1] || b[3] < box[1];
        });
        if (free) { placed.push(box); size = px; }
      }
      // On the drawn node itself: through the DataSet, each change would make vis-network
      // recompute its state for every node (a second at 5,000 nodes).
      if (node && node.options.font.size !== size) {
        node.setOptions({ font: { size: size } });
        changed = true;
      }
    });
    if (changed) network.body.emitter.emit("_requireRedraw"); // drawn on the next frame, once
  }
  network.on("zoom", hubCaptions);
  network.on("animationFinished", function () { moving = false; hubCaptions(); });
  function ready() {
    network.once("afterDrawing", function () {
      timings.drawn = performance.now();
      progress.textContent = "";
      state.ready = true;
    });
    network.redraw();
  }
  // Physics keeps node centres apart, not the captions beside them: once it has settled, every
  // pair of nodes whose shape or caption boxes overlap is pushed apart along the axis where they
  // overlap least, half the overlap each (as nato_graph.layout.separate packs the overview), so
  // that no caption covers another when the view opens. Boxes are measured as vis-network
  // draws them: the caption inside a box-like shape, else centred below the shape.
  var INSIDE = { box: 1, ellipse: 1, circle: 1, database: 1, text: 1 };
  function declutter() {
    var body = network.body, ctx = container.querySelector("canvas").getContext("2d");
    var ids = body.nodeIndices, n = ids.length, PAD = 4, SIDEWAYS = 2.5;
    if (n < 2) return 0;
    var x = new Float64Array(n), y = new Float64Array(n);
    var l = new Float64Array(n), r = new Float64Array(n), u = new Float64Array(n), d = new Float64Array(n);
    ids.forEach(function (id, i) {
      var node = body.nodes[id];
      node.resize(ctx);
      var w = node.shape.width || 0, h = node.shape.height || 0;
      var text = node.options.label ? node.labelModule.getTextSize(ctx, false, false) : { width: 0, height: 0 };
      x[i] = node.x; y[i] = node.y;
      if (INSIDE[node.options.shape]) { l[i] = r[i] = w / 2; u[i] = d[i] = h / 2; }
      else {
        // vis-network hangs the caption 4 px plus half its height below the shape.
        l[i] = r[i] = Math.max(w / 2, text.width / 2);
        u[i] = h / 2;
        d[i] = h / 2 + (text.height ? 4 + 1.5 * text.height : 0);
      }
    });
    var dx = new Float64Array(n), dy = new Float64Array(n), crowd = new Float64Array(n), steps = 0;
    for (; steps < 1000; steps++) {
      var any = false;
      dx.fill(0); dy.fill(0); crowd.fill(0);
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var ox = Math.min(x[i] + r[i], x[j] + r[j]) - Math.max(x[i] - l[i], x[j] - l[j]) + PAD;
          if (ox <= 0.5) continue; // what is left of an overlap shrinks by a share each step
          var oy = Math.min(y[i] + d[i], y[j] + d[j]) - Math.max(y[i] - u[i], y[j] - u[j]) + PAD;
          if (oy <= 0.5) continue;
          any = true;
          crowd[i]++; crowd[j]++;
          if (ox <= oy * SIDEWAYS) {
            var sx = Math.sign((x[i] + (r[i] - l[i]) / 2) - (x[j] + (r[j] - l[j]) / 2)) || -1;
            dx[i] += sx * ox / 2; dx[j] -= sx * ox / 2;
          } else {
            var sy = Math.sign((y[i] + (d[i] - u[i]) / 2) - (y[j] + (d[j] - u[j]) / 2)) || -1;
            dy[i] += sy * oy / 2; dy[j] -= sy * oy / 2;
          }
        }
      }
      if (!any) break;
      for (var k = 0; k < n; k++) {
        if (!crowd[k]) continue;
        var c = Math.sqrt(crowd[k]);
        x[k] += dx[k] / c; y[k] += dy[k] / c;
      }
    }
    if (steps) nodes.update(ids.map(function (id, i) { return { id: id, x: x[i], y: y[i] }; }));
    return steps;
  }
  state.declutter = declutter;
  if (data.physics) {
    network.on("stabilizationProgress", function (p) {
      progress.textContent = "Laying out… " + Math.round((100 * p.iterations) / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } }); // frozen: nodes stay where they settled
      state.decluttered = declutter(); // steps taken
      fitAll(false);
      ready();
    });
  } else {
    fitAll(false);
    timings.fitted = performance.now();
    ready();
  }
  counts();

  // ---- hit-testing: what is under the pointer, measured on what vis-network draws
  function segmentDistance2(px, py, ax, ay, bx, by) {
    var dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
    var t = len2 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
    t = Math.max(0, Math.min(1, t));
    var x = ax + t * dx - px, y = ay + t * dy - py;
    return x * x + y * y;
  }
  // The node whose shape, or else the edges whose line, lies under a point of the canvas element.
  function hit(point) {
    var nodeId = network.getNodeAt(point);
    if (nodeId !== undefined) return { node: nodeId };
    var p = network.DOMtoCanvas(point);
    var scale = network.getScale();
    var best = null, bestD = Math.pow(6 / scale, 2);
    eachLine(function (id, from, to, ax, ay, bx, by) {
      var d = segmentDistance2(p.x, p.y, ax, ay, bx, by);
      if (d < bestD) { bestD = d; best = { id: id, from: from, to: to }; }
    });
    if (best === null) return null;
    // Edges between the same two nodes are drawn on top of one another: name them all.
    var same = [];
    eachLine(function (id, from, to) {
      if ((from === best.from && to === best.to) || (from === best.to && to === best.from)) same.push(id);
    });
    same.sort(function (a, b) { return a === best.id ? -1 : b === best.id ? 1 : 0; });
    return { edges: same };
  }
  state.hit = hit;

  var hovered = null;
  function sources(keys) {
    return keys.map(function (k) { var s = data.sources[k]; return s ? s.title : k; }).join("; ");
  }
  function nodeName(id) {
    var n = byId.get(id);
    return nodeTips.get(id).head.slice((n.kind || "Node").length + 2);
  }
  // An edge's tip names its ends and type: "Jordan PARTNER_IN MD".
  function edgeTip(id) {
    var e = edges.get(id), tip = e.tip ? JSON.parse(e.tip) : {};
    var rows = tip.rows || [], look = lookAt(e, year);
    if (look) rows = [["in " + year, look.at]].concat(rows); // its status in the year shown
    return { head: nodeName(e.from) + " " + e.kind + " " + nodeName(e.to), rows: rows, history: tip.history, sources: tip.sources };
  }
  // A status change as one line: "1994-02-08 active (its sources by title)".
  function change(step) {
    return step[0] + " " + step[1] + (step[2].length ? " (" + sources(step[2]) + ")" : "") +
      (step[3] ? " (note: " + step[3] + ")" : "");
  }
  function tipBox(tip) {
    var box = el("div", "tip");
    box.appendChild(el("div", "tip-head", tip.head));
    var table = el("table");
    var rows = tip.rows.slice();
    if (tip.history) rows.push(["history", tip.history.map(change).join("; ")]);
    if (tip.sources) rows.push(["sources", sources(tip.sources)]);
    rows.forEach(function (row) {
      var tr = el("tr");
      tr.appendChild(el("th", null, row[0]));
      tr.appendChild(el("td", null, row[1]));
      table.appendChild(tr);
    });
    box.appendChild(table);
    return box;
  }
  var tipEl = $("tip");
  function showTip(found, clientX, clientY) {
    tipEl.replaceChildren();
    if (found.node !== undefined) tipEl.appendChild(tipBox(nodeTips.get(found.node)));
    else found.edges.forEach(function (id) { tipEl.appendChild(tipBox(edgeTip(id))); });
    tipEl.hidden = false;
    // Inside the canvas: a tooltip that stays under the pointer must not cover the buttons.
    var w = tipEl.offsetWidth, h = tipEl.offsetHeight, r = container.getBoundingClientRect();
    var x = clientX + 14, y = clientY + 14;
    if (x + w > r.right - 4) x = Math.max(r.left + 4, clientX - w - 14);
    if (y + h > r.bottom - 4) y = Math.max(r.top + 4, clientY - h - 14);
    tipEl.style.left = x + "px";
    tipEl.style.top = y + "px";
  }
  function hideTip() { keepTip(); tipEl.hidden = true; tipEl.replaceChildren(); }
  state.tip = function () { return tipEl.hidden ? null : tipEl.textContent; };
  state.hovered = function () { return hovered; };
  state.hideTip = function () { hideTip(); hovered = null; network.redraw(); };

  // The tooltip stays while the pointer travels onto it, so that its text can be selected and
  // copied: it opens beside the pointer where an edge or node is found and keeps its place
  // while the pointer stays on that thing; when the pointer leaves it for empty canvas, the
  // tooltip waits a moment, and stays as long as the pointer is over it.
  var pending = null, hideTimer = null, overTip = false;
  var TIP_GRACE_MS = 450;
  function keepTip() {
    if (hideTimer !== null) { clearTimeout(hideTimer); hideTimer = null; }
  }
  function hideSoon() {
    if (hideTimer !== null || overTip) return;
    hideTimer = setTimeout(function () {
      hideTimer = null;
      if (overTip) return;
      hideTip();
      if (hovered) { hovered = null; network.redraw(); }
    }, TIP_GRACE_MS);
  }
  tipEl.addEventListener("pointerenter", function () { overTip = true; keepTip(); });
  tipEl.addEventListener("pointerleave", function () { overTip = false; hideSoon(); });
  document.addEventListener("pointerdown", function (event) {
    if (!tipEl.hidden && !tipEl.contains(event.target)) { overTip = false; hideTip(); }
  });
  container.addEventListener("pointermove", function (event) {
    if (event.buttons) return; // dragging
    var rect = container.getBoundingClientRect();
    pending = { x: event.clientX - rect.left, y: event.clientY - rect.top, cx: event.clientX, cy: event.clientY };
    if (pending.scheduled) return;
    window.requestAnimationFrame(function () {
      var at = pending;
      var found = hit({ x: at.x, y: at.y });
      if (!found) { container.style.cursor = "default"; hideSoon(); return; }
      keepTip();
      var key = found.node !== undefined ? "n" + found.node : "e" + found.edges.join(",");
      var changed = key !== (hovered && hovered.key) || tipEl.hidden;
      hovered = Object.assign({ key: key }, found);
      if (changed) { showTip(found, at.cx, at.cy); network.redraw(); }
      container.style.cursor = "pointer";
    });
  });
  container.addEventListener("pointerleave", function () { hideSoon(); });
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  // The hover and the routes, drawn over the network: exactly the edge the tooltip names.
  network.on("afterDrawing", function (ctx) {
    if (!hovered) return;
    var body = network.body, scale = network.getScale();
    ctx.save();
    ctx.globalAlpha = 0.9;
    ctx.strokeStyle = theme.ring;
    if (hovered.node !== undefined) {
      var n = body.nodes[hovered.node];
      if (n) {
        ctx.lineWidth = 3 / scale;
        ctx.beginPath();
        ctx.arc(n.x, n.y, Math.max(n.shape.width || 20, n.shape.height || 20) / 2 + 5 / scale, 0, 2 * Math.PI);
        ctx.stroke();
      }
    } else {
      hovered.edges.forEach(function (id) {
        var at = line(id);
        if (!at) return;
        ctx.lineWidth = 6 / scale;
        ctx.globalAlpha = 0.45;
        ctx.beginPath();
        ctx.moveTo(at[0], at[1]);
        ctx.lineTo(at[2], at[3]);
        ctx.stroke();
      });
    }
    ctx.restore();
  });

  // ---- focus: a node's neighbours highlighted, the rest dimmed; details in the side panel
  var focused = null; // {node: id} or {edges: [ids]} or {route: i}
  function dimExcept(keepNodes, keepEdges) {
    var nodeUpdates = [], edgeUpdates = [];
    nodes.forEach(function (n) {
      var keep = keepNodes === null || keepNodes.has(n.id);
      nodeUpdates.push({ id: n.id, opacity: keep ? 1 : DIM_NODE, font: { color: keep ? n.baseFont : theme.faded } });
    });
    if (!layered) edges.forEach(function (e) {
      var keep = keepEdges === null || keepEdges.has(e.id);
      var strong = keepEdges !== null && keep;
      var update = {
        id: e.id,
        width: strong ? Math.max(e.baseWidth, 2.6) : e.baseWidth,
        color: { color: e.baseColor, highlight: e.baseColor, hover: e.baseColor, opacity: keep ? EDGE_OPACITY : DIM_EDGE }
      };
      if (e.label) update.font = Object.assign({}, e.font, { color: keep ? theme.text : "rgba(0,0,0,0)", strokeColor: keep ? theme.stroke : "rgba(0,0,0,0)" });
      // a crowded view captions the edges in focus at any zoom, the rest only zoomed in
      if (data.crowded && e.label) update.scaling = { label: { drawThreshold: strong ? 1 : CROWDED_PX } };
      edgeUpdates.push(update);
    });
    nodes.update(nodeUpdates);
    if (layered) { edgeFocus = keepEdges; network.redraw(); } else edges.update(edgeUpdates);
  }
  function focusNode(id) {
    var keepNodes = new Set([id]), keepEdges = new Set();
    adjacency.get(id).forEach(function (eid) {
      var e = edges.get(eid);
      if (!edgeShown(e)) return;
      keepEdges.add(eid);
      keepNodes.add(e.from);
      keepNodes.add(e.to);
    });
    dimExcept(keepNodes, keepEdges);
    focused = { node: id, neighbours: keepNodes };
    network.selectNodes([id]);
    details({ node: id });
  }
  function focusEdges(ids) {
    var keepNodes = new Set(), keepEdges = new Set(ids);
    ids.forEach(function (eid) { var e = edges.get(eid); keepNodes.add(e.from); keepNodes.add(e.to); });
    dimExcept(keepNodes, keepEdges);
    focused = { edges: ids, neighbours: keepNodes };
    network.unselectAll();
    details({ edges: ids });
  }
  function clearFocus() {
    if (focused) dimExcept(null, null);
    focused = null;
    network.unselectAll();
    $("details").hidden = true;
    $("details-body").replaceChildren();
    selectRoute(null);
    hideTip();
  }
  // After a filter, the year, an expand or a hide: the focused node's neighbours as they now
  // stand, or no focus if the node itself is no longer shown (vis-network cannot select it).
  function refocus() {
    if (!focused || focused.node === undefined) return;
    if (nodeShown(nodes.get(focused.node))) focusNode(focused.node); else clearFocus();
  }
  state.focus = function (id) { focusNode(id); };
  state.focusEdges = function (ids) { focusEdges(ids); };
  state.clear = clearFocus;
  state.focused = function () { return focused; };
  state.dimmed = function () {
    return nodes.get({ filter: function (n) { return n.opacity === DIM_NODE; } }).map(function (n) { return n.id; });
  };

  network.on("click", function (params) {
    var found = hit(params.pointer.DOM);
    if (!found) { clearFocus(); return; }
    if (found.node !== undefined) focusNode(found.node); else focusEdges(found.edges);
  });

  // The details panel: every property, sources as titles with links, neighbours to follow.
  function sourceList(keys) {
    var list = el("ul");
    keys.forEach(function (k) {
      var li = el("li"), s = data.sources[k];
      if (s && /^https?:\/\//i.test(s.url)) {
        var a = el("a", null, s.title);
        a.href = s.url;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        li.appendChild(a);
      } else {
        li.textContent = s ? s.title : k;
      }
      list.appendChild(li);
    });
    return list;
  }
  function detailBlock(tip, kind) {
    var box = el("section", "detail");
    box.appendChild(el("h3", null, tip.head));
    if (kind) box.appendChild(el("div", "kind", kind));
    var table = el("table");
    tip.rows.forEach(function (row) {
      var tr = el("tr");
      tr.appendChild(el("th", null, row[0]));
      tr.appendChild(el("td", null, row[1]));
      table.appendChild(tr);
    });
    if (tip.history) {
      // Each status change with the sources that record it, by title, with links.
      var ol = el("ol", "history");
      tip.history.forEach(function (step) {
        var li = el("li", null, step[0] + " " + step[1]);
        if (step[2].length) li.appendChild(sourceList(step[2]));
        if (step[3]) li.appendChild(el("p", "history-note", "note: " + step[3]));
        ol.appendChild(li);
      });
      var row = el("tr"), cell = el("td");
      row.appendChild(el("th", null, "history"));
      cell.appendChild(ol);
      row.appendChild(cell);
      table.appendChild(row);
    }
    if (tip.sources) {
      var tr = el("tr");
      tr.appendChild(el("th", null, "sources"));
      var td = el("td");
      td.appendChild(sourceList(tip.sources));
      tr.appendChild(td);
      table.appendChild(tr);
    }
    box.appendChild(table);
    return box;
  }
  function details(what) {
    var body = $("details-body");
    body.replaceChildren();
    var isNode = what.node !== undefined;
    if (isNode) {
      var n = nodes.get(what.node);
      body.appendChild(detailBlock(nodeTips.get(what.node), n.kind));
      var around = adjacency.get(what.node).map(function (eid) { return edges.get(eid); });
      var shown = around.filter(edgeShown);
      if (shown.length) {
        body.appendChild(el("h4", null, "Relationships (" + shown.length + ")"));
        var ul = el("ul");
        shown.forEach(function (e) {
          var other = nodes.get(e.from === what.node ? e.to : e.from);
          var li = el("li");
          li.appendChild(document.createTextNode((e.from === what.node ? e.kind + " → " : "← " + e.kind + " ")));
          var link = el("span", "neighbour", nodeName(other.id));
          link.addEventListener("click", function () { show(other.id); });
          li.appendChild(link);
          ul.appendChild(li);
        });
        body.appendChild(ul);
      }
      var beyond = ringAround(what.node).length;
      $("details-expand").hidden = beyond === 0;
      $("details-expand").textContent = "Expand (" + beyond + ")";
      $("details-hide").hidden = false;
    } else {
      what.edges.forEach(function (id) { body.appendChild(detailBlock(edgeTip(id), edges.get(id).kind)); });
      $("details-expand").hidden = true;
      $("details-hide").hidden = true;
    }
    placeDetails(what);
    $("details").hidden = false;
  }
  // The panel lies over the canvas (opening it must not move the drawing under the pointer, or
  // a double-click's second click would miss the node its first one opened), on the right, or
  // on the left when it would cover there what it describes.
  function placeDetails(what) {
    var panel = $("details"), room = panel.offsetWidth || 340, w = container.clientWidth;
    var ends = what.node !== undefined ? [what.node] : [edges.get(what.edges[0]).from, edges.get(what.edges[0]).to];
    var xs = ends.map(function (id) { return network.canvasToDOM(network.getPosition(id)).x; });
    var left = xs.some(function (x) { return x > w - room - 16; }) && xs.every(function (x) { return x > room + 16; });
    panel.classList.toggle("left", left);
    panel.style.left = left ? container.offsetLeft + "px" : "";
  }
  state.details = function () { var d = $("details"); return d.hidden ? null : $("details-body").innerText; };

  function copyDetails() {
    var text = $("details-body").innerText;
    var done = function () { $("details-copy").textContent = "Copied"; setTimeout(function () { $("details-copy").textContent = "Copy"; }, 1200); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { selectDetails(); });
    } else {
      selectDetails();
    }
  }
  function selectDetails() {
    var range = document.createRange();
    range.selectNodeContents($("details-body"));
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }
  $("details-copy").addEventListener("click", copyDetails);
  $("details-close").addEventListener("click", clearFocus);

  // ---- expand, hide, undo
  var undoStack = [];
  function ringAround(id) {
    var found = [];
    adjacency.get(id).forEach(function (eid) {
      var e = edges.get(eid), other = e.from === id ? e.to : e.from;
      var n = nodes.get(other);
      if (n.ring && !revealed.has(other) && found.indexOf(other) < 0) found.push(other);
    });
    return found;
  }
  function expand(id) {
    var more = ringAround(id);
    if (!more.length) return [];
    more.forEach(function (m) { revealed.add(m); });
    // New nodes start around the one expanded, then stay where they are put.
    var at = network.getPosition(id);
    more.forEach(function (m, i) {
      var angle = (2 * Math.PI * i) / more.length;
      var r = 140 + 6 * more.length;
      nodes.update({ id: m, x: at.x + r * Math.cos(angle), y: at.y + r * Math.sin(angle) });
    });
    undoStack.push({ reveal: more });
    afterChange();
    return more;
  }
  function hide(id) {
    hiddenNodes.add(id);
    undoStack.push({ hide: id });
    if (focused) clearFocus();
    afterChange();
  }
  function undo() {
    var last = undoStack.pop();
    if (!last) return;
    if (last.reveal) last.reveal.forEach(function (m) { revealed.delete(m); });
    if (last.hide !== undefined) hiddenNodes.delete(last.hide);
    afterChange();
  }
  function afterChange() {
    refresh();
    $("undo").disabled = undoStack.length === 0;
    refocus();
  }
  state.expand = expand;
  state.hide = hide;
  state.undo = undo;
  state.visibleNodes = function () { return nodeView.getIds(); };
  state.visibleEdges = function () { return edgeView.getIds(); };
  function expandAt(point) {
    var found = hit(point);
    if (found && found.node !== undefined) { expand(found.node); focusNode(found.node); }
  }
  // The browser's own double-click: its speed is the user's system setting (vis-network's
  // double tap wants both clicks within 300 ms, which a busy machine can miss). Touch screens
  // double-tap through vis-network.
  container.addEventListener("dblclick", function (event) {
    var rect = container.getBoundingClientRect();
    expandAt({ x: event.clientX - rect.left, y: event.clientY - rect.top });
  });
  network.on("doubleClick", function (params) {
    if (params.event && params.event.pointerType === "touch") expandAt(params.pointer.DOM);
  });
  $("details-expand").addEventListener("click", function () { if (focused && focused.node !== undefined) expand(focused.node); });
  $("details-hide").addEventListener("click", function () { if (focused && focused.node !== undefined) hide(focused.node); });
  $("undo").addEventListener("click", undo);

  // ---- time: the network as it stood in a year
  var yearInput = $("year"), yearOut = $("year-value"), coverage = $("coverage");
  var opening = typeof data.opening === "number" ? data.opening : null; // the year a view opens at
  function setYear(y) {
    year = y;
    yearOut.textContent = y === null ? "all" : String(y);
    if (y !== null) yearInput.value = String(y);
    coverage.classList.toggle("beyond", y !== null && data.coverage !== null && y > data.coverage.year);
    restyle();
    refresh();
    refocus();
  }
  state.setYear = setYear;
  state.year = function () { return year; };
  state.lookAt = function (id) { var e = edges.get(id); return year === null ? null : lookAt(e, year); };
  if (data.years) {
    $("time").hidden = false;
    yearInput.min = String(data.years[0]);
    yearInput.max = String(data.years[1]);
    yearInput.value = String(data.years[1]);
    yearInput.addEventListener("input", function () { setYear(parseInt(yearInput.value, 10)); });
    $("year-all").addEventListener("click", function () { setYear(null); });
    // Where the data stops: a later year shows the last state recorded, not a checked one.
    if (data.coverage) {
      coverage.textContent = "data to " + data.coverage.text;
      coverage.title = data.coverage.note;
    }
    if (opening !== null) setYear(opening);
  }

  // ---- zoom, fit, reset, keys, PNG
  function zoomBy(factor) {
    var scale = network.getScale() * factor;
    network.moveTo({ scale: Math.max(0.02, Math.min(scale, 6)) });
    hubCaptions();
  }
  function pan(dx, dy) {
    var at = network.getViewPosition(), s = network.getScale();
    network.moveTo({ position: { x: at.x + dx / s, y: at.y + dy / s } });
  }
  function reset() {
    clearFocus();
    hiddenNodes.clear();
    revealed.clear();
    undoStack.length = 0;
    $("undo").disabled = true;
    if (data.years) {
      yearInput.value = String(opening !== null ? opening : data.years[1]);
      setYear(opening);
    } else refresh();
    fitAll(true);
  }
  state.zoomBy = zoomBy;
  state.reset = reset;
  $("zoom-in").addEventListener("click", function () { zoomBy(1.3); });
  $("zoom-out").addEventListener("click", function () { zoomBy(1 / 1.3); });
  $("fit").addEventListener("click", function () { fitAll(true); });
  $("reset").addEventListener("click", reset);
  document.addEventListener("keydown", function (event) {
    var t = event.target, typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA");
    if (event.key === "Escape") {
      if (!resultsBox.hidden) { resultsBox.hidden = true; return; }
      clearFocus();
      if (typing) t.blur();
      return;
    }
    if (typing || event.altKey || event.metaKey) return;
    if (event.ctrlKey) {
      if (event.key === "z") { undo(); event.preventDefault(); }
      return;
    }
    var handled = true;
    switch (event.key) {
      case "+": case "=": zoomBy(1.3); break;
      case "-": case "_": zoomBy(1 / 1.3); break;
      case "0": fitAll(true); break;
      case "ArrowLeft": pan(-80, 0); break;
      case "ArrowRight": pan(80, 0); break;
      case "ArrowUp": pan(0, -80); break;
      case "ArrowDown": pan(0, 80); break;
      case "/": input.focus(); break;
      default: handled = false;
    }
    if (handled) event.preventDefault();
  });

  function png(callback) {
    var source = container.querySelector("canvas");
    var out = document.createElement("canvas");
    out.width = source.width;
    out.height = source.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = theme.bg;
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(source, 0, 0);
    out.toBlob(callback, "image/png");
  }
  $("png").addEventListener("click", function () {
    png(function (blob) {
      var a = el("a");
      a.href = URL.createObjectURL(blob);
      a.download = (document.title.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "") || "view") + ".png";
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
    });
  });

  // ---- legend and filters
  var legendBox = $("legend"), legendToggle = $("legend-toggle");
  legendToggle.addEventListener("click", function () {
    legendBox.hidden = !legendBox.hidden;
    legendToggle.setAttribute("aria-expanded", String(!legendBox.hidden));
  });
  function swatch(shape, color, dashed) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "22");
    svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "0 0 22 16");
    var s;
    if (shape === "line") {
      s = document.createElementNS(SVG, "line");
      s.setAttribute("x1", "1"); s.setAttribute("y1", "8"); s.setAttribute("x2", "21"); s.setAttribute("y2", "8");
      s.setAttribute("stroke-width", "2.5");
      if (dashed) s.setAttribute("stroke-dasharray", "5 3");
      s.setAttribute("stroke", color);
      svg.appendChild(s);
      return svg;
    }
    var points = {
      star: "11,1 13.4,5.8 18.6,6.4 14.8,10 15.8,15 11,12.6 6.2,15 7.2,10 3.4,6.4 8.6,5.8",
      diamond: "11,1 18,8 11,15 4,8",
      triangle: "11,1.5 18.5,14.5 3.5,14.5",
      triangleDown: "3.5,1.5 18.5,1.5 11,14.5",
      hexagon: "7,1.5 15,1.5 19,8 15,14.5 7,14.5 3,8"
    };
    if (points[shape]) {
      s = document.createElementNS(SVG, "polygon");
      s.setAttribute("points", points[shape]);
    } else if (shape === "square" || shape === "box") {
      s = document.createElementNS(SVG, "rect");
      s.setAttribute("x", shape === "box" ? "1" : "4"); s.setAttribute("y", "2");
      s.setAttribute("width", shape === "box" ? "20" : "14"); s.setAttribute("height", "12");
      s.setAttribute("rx", shape === "box" ? "3" : "0");
    } else if (shape === "ellipse") {
      s = document.createElementNS(SVG, "ellipse");
      s.setAttribute("cx", "11"); s.setAttribute("cy", "8"); s.setAttribute("rx", "10"); s.setAttribute("ry", "6");
    } else {
      s = document.createElementNS(SVG, "circle");
      s.setAttribute("cx", "11"); s.setAttribute("cy", "8"); s.setAttribute("r", "6.5");
    }
    s.setAttribute("fill", color);
    s.setAttribute("stroke", dark ? "#ccc" : "#444");
    s.setAttribute("stroke-width", "0.6");
    svg.appendChild(s);
    return svg;
  }

  function legendItem(kind, value, count, description, svg, hidden) {
    var item = el("label", "legend-item");
    item.dataset.kind = kind;
    item.dataset.value = value;
    if (description) item.title = description;
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", function () {
      if (box.checked) hidden.delete(value); else hidden.add(value);
      refresh();
      refocus();
    });
    item.appendChild(box);
    item.appendChild(svg);
    item.appendChild(el("span", "legend-name", value));
    item.appendChild(el("span", "legend-count", String(count)));
    return item;
  }

  var labelBox = $("legend-labels");
  data.legend.labels.forEach(function (l) {
    labelBox.appendChild(legendItem("label", l.label, l.count, l.description, swatch(l.shape, l.color), hiddenLabels));
  });
  var typeBox = $("legend-types");
  data.legend.types.forEach(function (t) {
    typeBox.appendChild(legendItem("type", t.type, t.count, t.description, swatch("line", t.color, t.dashes), hiddenTypes));
    if (t.note) typeBox.appendChild(el("p", "legend-note", t.note));
  });
  if (!data.legend.types.length) typeBox.appendChild(el("p", "muted", "none"));
  // what the answer drawn left out (a neighbourhood cut at its limit), above the legend
  var firstPart = legendBox.firstChild;
  (data.notes || []).forEach(function (n) {
    legendBox.insertBefore(el("p", "view-note", n), firstPart);
  });

  // ---- routes (path views): each listed with its length, marked on click
  var routeList = $("routes");
  function selectRoute(i) {
    routeList.querySelectorAll("li").forEach(function (li, j) { li.setAttribute("aria-selected", String(i === j)); });
    if (i === null) return;
    var r = data.routes[i];
    dimExcept(new Set(r.nodes), new Set(r.edges));
    focused = { route: i };
  }
  state.selectRoute = selectRoute;
  if (data.routes.length) {
    $("routes-box").hidden = false;
    data.routes.forEach(function (r, i) {
      var li = el("li", null, r.text + " (" + r.hops + " hop" + (r.hops === 1 ? "" : "s") + ")");
      li.addEventListener("click", function () { selectRoute(i); });
      routeList.appendChild(li);
    });
  }

  // ---- search: every match listed, the best one selected
  var entries = []; // [lower-case name, node id]
  nodes.forEach(function (n) {
    n.names.forEach(function (name) { entries.push([name.toLowerCase(), n.id]); });
  });
  function matches(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var exact = [], prefix = [], inside = [], seen = new Set();
    entries.forEach(function (entry) {
      var at = entry[0].indexOf(q);
      if (at < 0) return;
      (entry[0] === q ? exact : at === 0 ? prefix : inside).push(entry[1]);
    });
    return exact.concat(prefix, inside).filter(function (id) {
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  }
  function find(query) { var m = matches(query); return m.length ? m[0] : null; }

  function show(id) {
    var node = nodes.get(id);
    if (hiddenLabels.has(node.kind)) {
      hiddenLabels.delete(node.kind);
      labelBox.querySelectorAll(".legend-item").forEach(function (item) {
        if (item.dataset.value === node.kind) item.querySelector("input").checked = true;
      });
    }
    if (hiddenNodes.has(id)) hiddenNodes.delete(id);
    if (node.ring) revealed.add(id);
    if (!alive(node)) setYear(null);
    refresh();
    focusNode(id);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 300 } });
    moving = true;
    return node;
  }

  var input = $("search-input");
  var status = $("search-status");
  var resultsBox = $("search-results");
  function listMatches(found) {
    resultsBox.replaceChildren();
    found.forEach(function (id, i) {
      var n = nodes.get(id);
      var li = el("li");
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", String(i === 0));
      li.dataset.id = JSON.stringify(id);
      li.appendChild(el("span", null, n.label));
      li.appendChild(el("span", "kind", n.kind));
      li.addEventListener("click", function () { resultsBox.hidden = true; show(id); });
      resultsBox.appendChild(li);
    });
    resultsBox.hidden = found.length < 2;
  }
  function search(event) {
    if (event) event.preventDefault();
    var found = matches(input.value);
    if (!found.length) {
      status.textContent = input.value.trim() ? "No node matches “" + input.value.trim() + "”" : "";
      resultsBox.hidden = true;
      clearFocus();
      return;
    }
    status.textContent = found.length === 1 ? "1 match" : found.length + " matches";
    listMatches(found);
    show(found[0]);
  }
  $("search").addEventListener("submit", search);
  input.addEventListener("input", function () {
    var found = matches(input.value);
    status.textContent = input.value.trim() ? (found.length === 1 ? "1 match" : found.length + " matches") : "";
    listMatches(found);
    resultsBox.hidden = found.length === 0;
  });
  state.find = find;
  state.matches = matches;
  state.search = function (text) { input.value = text; search(); return network.getSelectedNodes(); };
})();
