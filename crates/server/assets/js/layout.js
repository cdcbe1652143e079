// A force-directed layout (Fruchterman–Reingold) for a few hundred nodes,
// deterministic for the same graph. A fresh layout places each connected
// component on its own and packs them in rows, biggest first, so that small
// islands do not squeeze the main cluster; a layout warm-started from earlier
// positions moves nodes only a little, so that moving the time slider does not
// reshuffle the picture.

function hash01(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 4294967296;
}

/** Moves x, y (Float64Arrays) by the forces; links: [a, b, weight]. */
function relax(x, y, links, { k, iterations, temp, cx, cy, gravity }) {
  const n = x.length;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const cool = temp / (iterations + 1);
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ddx = x[i] - x[j];
        let ddy = y[i] - y[j];
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 0.01) {
          ddx = 0.1 * (hash01(`${i}:${j}`) - 0.5);
          ddy = 0.1;
          d2 = 0.01;
        }
        const f = (k * k) / d2;
        dx[i] += ddx * f;
        dy[i] += ddy * f;
        dx[j] -= ddx * f;
        dy[j] -= ddy * f;
      }
    }
    for (const [a, b, w] of links) {
      const ddx = x[a] - x[b];
      const ddy = y[a] - y[b];
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
      const f = (d / k) * Math.min(w, 3);
      dx[a] -= ddx * f;
      dy[a] -= ddy * f;
      dx[b] += ddx * f;
      dy[b] += ddy * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] -= (x[i] - cx) * gravity;
      dy[i] -= (y[i] - cy) * gravity;
      const len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
      if (len > 0) {
        const step = Math.min(len, temp);
        x[i] += (dx[i] / len) * step;
        y[i] += (dy[i] / len) * step;
      }
    }
    temp = Math.max(temp - cool, 0.3);
  }
}

function bbox(pts) {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of pts) {
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y);
    y1 = Math.max(y1, p.y);
  }
  return { x0, x1, y0, y1, w: x1 - x0, h: y1 - y0 };
}

/** Scales and centres points into the box, no more than `maxScale`. */
function fit(points, width, height, pad, maxScale) {
  const b = bbox(points.values());
  const sc = Math.min((width - 2 * pad) / Math.max(b.w, 1), (height - 2 * pad) / Math.max(b.h, 1), maxScale);
  const ox = (width - b.w * sc) / 2;
  const oy = (height - b.h * sc) / 2;
  const out = new Map();
  for (const [id, p] of points) out.set(id, { x: ox + (p.x - b.x0) * sc, y: oy + (p.y - b.y0) * sc });
  return out;
}

/** Pushes apart nodes whose discs (radius `r`, default 6) overlap, then keeps them in the box. */
function separate(points, nodes, width, height, pad) {
  const list = nodes.map((d) => ({ p: points.get(d.id), r: (d.r || 6) + 2 }));
  for (let it = 0; it < 40; it++) {
    let moved = false;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        let dx = b.p.x - a.p.x;
        let dy = b.p.y - a.p.y;
        let d = Math.sqrt(dx * dx + dy * dy);
        const min = a.r + b.r;
        if (d >= min) continue;
        if (d < 0.01) {
          dx = hash01(`${i}/${j}`) - 0.5;
          dy = 0.5;
          d = Math.sqrt(dx * dx + dy * dy);
        }
        const push = (min - d) / 2;
        a.p.x -= (dx / d) * push;
        a.p.y -= (dy / d) * push;
        b.p.x += (dx / d) * push;
        b.p.y += (dy / d) * push;
        moved = true;
      }
    }
    for (const { p } of list) {
      p.x = Math.min(width - pad / 2, Math.max(pad / 2, p.x));
      p.y = Math.min(height - pad / 2, Math.max(pad / 2, p.y));
    }
    if (!moved) break;
  }
  return points;
}

function components(n, links) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const [a, b] of links) parent[find(a)] = find(b);
  const groups = new Map();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r).push(i);
  }
  return [...groups.values()];
}

/**
 * nodes: [{id, r}], edges: [{a, b, claims}], prev: Map id → {x, y}.
 * Returns Map id → {x, y} inside [pad, width - pad] × [pad, height - pad].
 */
export function layout(nodes, edges, prev = new Map(), { width = 1000, height = 700, pad = 40 } = {}) {
  const n = nodes.length;
  if (!n) return new Map();
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  const links = edges
    .map((e) => [index.get(e.a), index.get(e.b), 1 + Math.log(Math.max(1, e.claims))])
    .filter(([a, b]) => a !== undefined && b !== undefined);
  const known = nodes.filter((d) => prev.has(d.id)).length;

  if (known > n / 2) {
    // warm start: earlier positions, new nodes beside a known neighbour
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    const placed = new Uint8Array(n);
    nodes.forEach((d, i) => {
      const p = prev.get(d.id);
      if (p) {
        x[i] = p.x;
        y[i] = p.y;
        placed[i] = 1;
      }
    });
    nodes.forEach((d, i) => {
      if (placed[i]) return;
      const link = links.find(([a, b]) => (a === i && placed[b]) || (b === i && placed[a]));
      const r1 = hash01(d.id) - 0.5;
      const r2 = hash01(`${d.id}#`) - 0.5;
      if (link) {
        const j = link[0] === i ? link[1] : link[0];
        x[i] = x[j] + r1 * 50;
        y[i] = y[j] + r2 * 50;
      } else {
        x[i] = width / 2 + r1 * width * 0.8;
        y[i] = height / 2 + r2 * height * 0.8;
      }
    });
    const k = 0.55 * Math.sqrt(((width - 2 * pad) * (height - 2 * pad)) / n);
    relax(x, y, links, { k, iterations: 60, temp: width / 60, cx: width / 2, cy: height / 2, gravity: 0.02 });
    const pts = new Map(nodes.map((d, i) => [d.id, { x: x[i], y: y[i] }]));
    return separate(fit(pts, width, height, pad, 1.2), nodes, width, height, pad);
  }

  // fresh: each component on its own, then packed in rows
  const unit = 42;
  const boxes = components(n, links).map((members) => {
    const m = members.length;
    const local = new Map(members.map((i, j) => [i, j]));
    const x = new Float64Array(m);
    const y = new Float64Array(m);
    const side = unit * Math.sqrt(m) * 1.6;
    members.forEach((i, j) => {
      x[j] = (hash01(nodes[i].id) - 0.5) * side;
      y[j] = (hash01(`${nodes[i].id}#`) - 0.5) * side;
    });
    const ls = links.filter(([a]) => local.has(a)).map(([a, b, w]) => [local.get(a), local.get(b), w]);
    if (m > 1) relax(x, y, ls, { k: unit, iterations: m > 2 ? 300 : 60, temp: side / 4, cx: 0, cy: 0, gravity: 0.03 });
    // turn the component so that its long axis lies along the wide page
    let [mx, my] = [0, 0];
    for (let j = 0; j < m; j++) {
      mx += x[j] / m;
      my += y[j] / m;
    }
    let [cxx, cyy, cxy] = [0, 0, 0];
    for (let j = 0; j < m; j++) {
      cxx += (x[j] - mx) ** 2;
      cyy += (y[j] - my) ** 2;
      cxy += (x[j] - mx) * (y[j] - my);
    }
    const theta = 0.5 * Math.atan2(2 * cxy, cxx - cyy);
    const [cos, sin] = [Math.cos(-theta), Math.sin(-theta)];
    const pts = members.map((i, j) => ({
      id: nodes[i].id,
      x: (x[j] - mx) * cos - (y[j] - my) * sin,
      y: (x[j] - mx) * sin + (y[j] - my) * cos,
    }));
    const b = bbox(pts);
    return { pts, b, w: b.w + unit * 1.6, h: b.h + unit * 1.2, m };
  });
  boxes.sort((p, q) => q.m - p.m || q.w * q.h - p.w * p.h);
  const area = boxes.reduce((s, b) => s + b.w * b.h, 0);
  const rowWidth = Math.max(boxes[0].w, Math.sqrt(area * (width / height)) * 1.1);
  const out = new Map();
  let cx = 0;
  let cy = 0;
  let rowH = 0;
  for (const b of boxes) {
    if (cx > 0 && cx + b.w > rowWidth) {
      cx = 0;
      cy += rowH;
      rowH = 0;
    }
    for (const p of b.pts) out.set(p.id, { x: cx + (p.x - b.b.x0) + (b.w - b.b.w) / 2, y: cy + (p.y - b.b.y0) + (b.h - b.b.h) / 2 });
    cx += b.w;
    rowH = Math.max(rowH, b.h);
  }
  return separate(fit(out, width, height, pad, 2.5), nodes, width, height, pad);
}
