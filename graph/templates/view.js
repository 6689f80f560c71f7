// nato-graph view: draws the embedded graph data with vis-network.
// Every data value reaches the page through textContent, DOM properties or the canvas:
// never innerHTML, so a name that looks like markup stays text.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var SVG = "http" + "://www.w3.org/2000/svg"; // an XML namespace name, not a resource

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function tooltip(tip) {
    var box = el("div", "tip");
    box.appendChild(el("div", "tip-head", tip.head));
    var table = el("table");
    tip.rows.forEach(function (row) {
      var tr = el("tr");
      tr.appendChild(el("th", null, row[0]));
      tr.appendChild(el("td", null, row[1]));
      table.appendChild(tr);
    });
    box.appendChild(table);
    return box;
  }

  data.nodes.forEach(function (n) { n.title = tooltip(n.tip); delete n.tip; });
  data.edges.forEach(function (e) { e.title = tooltip(e.tip); delete e.tip; });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var hiddenLabels = new Set();
  var hiddenTypes = new Set();
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return !hiddenLabels.has(n.kind); } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return !hiddenTypes.has(e.kind); } });
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  var state = { network: network, nodes: nodes, edges: edges, ready: false, legend: data.legend };
  window.natoGraph = state;

  var progress = document.getElementById("progress");
  function fitAll() {
    // vis fits node centres; leave room for the captions around them. Small graphs zoom in.
    network.fit({ maxZoomLevel: 1.4 });
    network.moveTo({ scale: network.getScale() * 0.85 });
  }
  function ready() {
    network.once("afterDrawing", function () {
      progress.textContent = "";
      state.ready = true;
    });
    network.redraw();
  }
  if (data.physics) {
    network.on("stabilizationProgress", function (p) {
      progress.textContent = "Laying out… " + Math.round((100 * p.iterations) / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } }); // frozen: nodes stay where they settled
      fitAll();
      ready();
    });
  } else {
    fitAll();
    ready();
  }

  document.getElementById("counts").textContent =
    nodes.length + " nodes · " + edges.length + " relationships";

  // ---- legend and filters
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
      s.setAttribute("width", shape === "box" ? "20" : "14"); s.setAttribute("height", shape === "box" ? "12" : "12");
      s.setAttribute("rx", shape === "box" ? "3" : "0");
    } else if (shape === "ellipse") {
      s = document.createElementNS(SVG, "ellipse");
      s.setAttribute("cx", "11"); s.setAttribute("cy", "8"); s.setAttribute("rx", "10"); s.setAttribute("ry", "6");
    } else {
      s = document.createElementNS(SVG, "circle");
      s.setAttribute("cx", "11"); s.setAttribute("cy", "8"); s.setAttribute("r", "6.5");
    }
    s.setAttribute("fill", color);
    s.setAttribute("stroke", "#444");
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
      (kind === "label" ? nodeView : edgeView).refresh();
    });
    item.appendChild(box);
    item.appendChild(svg);
    item.appendChild(el("span", "legend-name", value));
    item.appendChild(el("span", "legend-count", String(count)));
    return item;
  }

  var labelBox = document.getElementById("legend-labels");
  data.legend.labels.forEach(function (l) {
    labelBox.appendChild(legendItem("label", l.label, l.count, l.description, swatch(l.shape, l.color), hiddenLabels));
  });
  var typeBox = document.getElementById("legend-types");
  data.legend.types.forEach(function (t) {
    typeBox.appendChild(legendItem("type", t.type, t.count, t.description, swatch("line", t.color, t.dashes), hiddenTypes));
    if (t.note) typeBox.appendChild(el("p", "legend-note", t.note));
  });
  if (!data.legend.types.length) typeBox.appendChild(el("p", "muted", "none"));

  // ---- search
  var byName = new Map();
  var list = document.getElementById("search-names");
  nodes.forEach(function (n) {
    n.names.forEach(function (name) {
      var key = name.toLowerCase();
      if (byName.has(key)) return;
      byName.set(key, n.id);
      var option = el("option");
      option.value = name;
      list.appendChild(option);
    });
  });

  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    if (byName.has(q)) return byName.get(q);
    var partial = null;
    for (var entry of byName) {
      if (entry[0].indexOf(q) === 0) return entry[1];
      if (partial === null && entry[0].indexOf(q) > 0) partial = entry[1];
    }
    return partial;
  }

  function show(id) {
    var node = nodes.get(id);
    if (hiddenLabels.has(node.kind)) {
      hiddenLabels.delete(node.kind);
      labelBox.querySelectorAll("input").forEach(function (box, i) {
        if (data.legend.labels[i].label === node.kind) box.checked = true;
      });
      nodeView.refresh();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 300 } });
    return node;
  }

  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  function search(event) {
    if (event) event.preventDefault();
    var id = find(input.value);
    if (id === null) {
      status.textContent = input.value.trim() ? "No node matches “" + input.value.trim() + "”" : "";
      network.unselectAll();
      return;
    }
    status.textContent = "";
    show(id);
  }
  document.getElementById("search").addEventListener("submit", search);
  input.addEventListener("change", function () { if (byName.has(input.value.trim().toLowerCase())) search(); });
  state.find = find;
  state.search = function (text) { input.value = text; search(); return network.getSelectedNodes(); };
})();
