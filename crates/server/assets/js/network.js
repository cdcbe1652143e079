// The network: actors as nodes (shape and colour by kind), one edge per pair
// aggregating their claims (colour from conflict to cooperation, width by
// independent sources), a time slider for the graph as of a date, filters,
// find, and a side panel for a node's profile or an edge's claims.

import { h, s, debounce, errorBox, spinner } from './dom.js';
import { get } from './api.js';
import { layout } from './layout.js';
import { fmtDate, TYPE_GROUPS, TYPE_LABEL, KINDS, kindOf, shapePath, toneColour, toneWord } from './format.js';
import { claimCard, openEvidence } from './claims.js';

const W = 1000;
const H = 680;
const CERTAINTIES = ['asserted', 'probable', 'possible'];

// kept while the page lives, so that coming back keeps the filters and the picture
const state = {
  asOf: null, // 'YYYY-MM' or null for all time
  undated: false, // with a date: also claims with no time
  types: null, // Set of types, or null for all
  certainty: new Set(CERTAINTIES),
  noAnon: false,
  maxNodes: 150,
  positions: new Map(),
  selected: null, // {node: id} or {edge: edge}
};

function monthsBetween(range) {
  if (!range || !range.min || !range.max) return [];
  let [y, m] = range.min.split('-').map(Number);
  m = m || 1;
  const [y1, m1r] = range.max.split('-').map(Number);
  const m1 = m1r || 12;
  const out = [];
  while (y < y1 || (y === y1 && m <= m1)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
    if (out.length > 12 * 300) break;
  }
  return out;
}

export function filterParams() {
  const p = {};
  if (state.asOf) {
    p.at = state.asOf;
    if (state.undated) p.undated = 'include';
  }
  if (state.types) p.type = [...state.types];
  if (state.certainty.size < CERTAINTIES.length) p.certainty = [...state.certainty];
  if (state.noAnon) p.exclude_anonymous = true;
  return p;
}

function edgeWidth(e) {
  return Math.min(10, 1.2 + 2.2 * Math.sqrt(e.sources));
}

function nodeRadius(n) {
  return Math.min(24, 5 + 3 * Math.log2(1 + n.claims));
}

function legend() {
  const kinds = Object.entries(KINDS).map(([kind, k]) =>
    h('li', {},
      s('svg', { viewBox: '-10 -10 20 20', width: 16, height: 16, 'aria-hidden': 'true' },
        s('path', { d: shapePath(kind, 7), fill: k.colour })),
      ' ', k.label));
  return h('div', { class: 'legend' },
    h('h3', {}, 'Legend'),
    h('ul', { class: 'kinds' }, kinds),
    h('div', { class: 'tone-scale', 'aria-hidden': 'true' }),
    h('div', { class: 'tone-labels' }, h('span', {}, 'conflict'), h('span', {}, 'neutral'), h('span', {}, 'cooperation')),
    h('p', { class: 'muted small' }, 'Line width: independent sources. Dashed: every claim hedged. Dashed outline: an unnamed or pseudonymous person.'));
}

export async function networkView(view) {
  const overview = await get('/api/stats');
  if (!overview.claims) {
    view.append(h('div', { class: 'empty' },
      h('h2', {}, 'The store is empty'),
      h('p', {}, 'Add articles on the ', h('a', { href: '#/ingest' }, 'Ingest'), ' page, or run ', h('code', {}, 'rapport demo'), '.')));
    return;
  }
  const months = monthsBetween(overview.range);
  const present = new Set(Object.keys(overview.types));

  // ---- controls
  const allTime = h('input', { type: 'checkbox', id: 'all-time', checked: !state.asOf });
  const slider = h('input', {
    type: 'range', id: 'time-slider', min: 0, max: Math.max(months.length - 1, 0), step: 1,
    value: state.asOf ? Math.max(months.indexOf(state.asOf), 0) : Math.max(months.length - 1, 0),
    'aria-label': 'Show the graph as of this month',
  });
  const timeLabel = h('output', { id: 'time-label', for: 'time-slider' });
  const undated = h('input', { type: 'checkbox', id: 'undated', checked: state.undated });
  const setTimeLabel = () => {
    timeLabel.textContent = state.asOf ? `as of ${fmtDate(state.asOf)}` : `all time (${fmtDate(overview.range.min)} – ${fmtDate(overview.range.max)}, and undated)`;
    undated.disabled = !state.asOf;
  };

  const typeBoxes = new Map();
  const typeGroups = TYPE_GROUPS.map(([group, types]) => {
    const shown = types.filter((t) => present.has(t));
    if (!shown.length) return null;
    const boxes = shown.map((t) => {
      const box = h('input', { type: 'checkbox', value: t, checked: !state.types || state.types.has(t) });
      typeBoxes.set(t, box);
      return h('label', { class: 'check' }, box, ` ${TYPE_LABEL[t]} `, h('span', { class: 'muted' }, overview.types[t]));
    });
    const toggle = h('button', { type: 'button', class: 'link small', on: { click: () => {
      const on = shown.some((t) => !typeBoxes.get(t).checked);
      shown.forEach((t) => { typeBoxes.get(t).checked = on; });
      readTypes();
    } } }, 'all/none');
    return h('div', { class: 'type-group' }, h('div', { class: 'group-head' }, h('strong', {}, group), ' ', toggle), boxes);
  });
  const certBoxes = CERTAINTIES.map((c) => h('input', { type: 'checkbox', value: c, checked: state.certainty.has(c) }));
  const noAnon = h('input', { type: 'checkbox', id: 'exclude-anonymous', checked: state.noAnon });
  const find = h('input', { type: 'search', id: 'graph-find', placeholder: 'Find in the graph', autocomplete: 'off', 'aria-label': 'Find an actor in the graph' });
  const maxNodes = h('select', { id: 'max-nodes', 'aria-label': 'Most actors shown' },
    [50, 100, 150, 300, 600].map((n) => h('option', { value: n, selected: n === state.maxNodes }, `${n} busiest actors`)));
  const summary = h('p', { id: 'graph-summary', class: 'muted' });

  const controls = h('aside', { class: 'controls' },
    h('fieldset', {}, h('legend', {}, 'Find'), find, h('label', { class: 'check small' }, 'Show at most ', maxNodes)),
    h('fieldset', { class: 'time' }, h('legend', {}, 'Time'),
      h('label', { class: 'check' }, allTime, ' all time'),
      slider, timeLabel,
      h('label', { class: 'check' }, undated, ' also claims the text gives no time for')),
    h('fieldset', {}, h('legend', {}, 'Types'), typeGroups),
    h('fieldset', {}, h('legend', {}, 'Certainty'),
      certBoxes.map((b) => h('label', { class: 'check' }, b, ` ${b.value}`))),
    h('fieldset', {}, h('legend', {}, 'Sources'),
      h('label', { class: 'check' }, noAnon, ' exclude claims that rest only on anonymous sources')),
    legend());

  // ---- the picture
  const edgeLayer = s('g', { class: 'edges' });
  const nodeLayer = s('g', { class: 'nodes' });
  const zoomLayer = s('g', { class: 'zoom' }, edgeLayer, nodeLayer);
  const svg = s('svg', { id: 'graph', class: 'graph', viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': 'Network of actors and their relations' },
    s('rect', { class: 'backdrop', x: -5000, y: -5000, width: 10000 + W, height: 10000 + H }), zoomLayer);
  const empty = h('div', { class: 'graph-empty', hidden: true });
  const panel = h('aside', { class: 'panel', id: 'panel' },
    h('p', { class: 'muted' }, 'Click an actor for its profile, or a line for the claims behind it. Drag to move, scroll to zoom.'));
  view.append(h('div', { class: 'network' }, controls, h('section', { class: 'canvas' }, summary, svg, empty), panel));

  // ---- zoom and pan
  let zoom = { k: 1, x: 0, y: 0 };
  const applyZoom = () => zoomLayer.setAttribute('transform', `translate(${zoom.x.toFixed(1)},${zoom.y.toFixed(1)}) scale(${zoom.k.toFixed(3)})`);
  const toSvg = (evt, layer = svg) => {
    const pt = svg.createSVGPoint();
    pt.x = evt.clientX;
    pt.y = evt.clientY;
    return pt.matrixTransform(layer.getScreenCTM().inverse());
  };
  svg.addEventListener('wheel', (e) => {
    e.preventDefault();
    const p = toSvg(e);
    const k = Math.min(6, Math.max(0.3, zoom.k * (e.deltaY < 0 ? 1.15 : 1 / 1.15)));
    zoom = { k, x: p.x - ((p.x - zoom.x) * k) / zoom.k, y: p.y - ((p.y - zoom.y) * k) / zoom.k };
    applyZoom();
  }, { passive: false });
  let pan = null;
  svg.addEventListener('pointerdown', (e) => {
    if (e.target.closest('.node, .edge')) return;
    const p = toSvg(e);
    pan = { x: p.x - zoom.x, y: p.y - zoom.y, moved: false };
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener('pointermove', (e) => {
    if (!pan) return;
    const p = toSvg(e);
    zoom = { ...zoom, x: p.x - pan.x, y: p.y - pan.y };
    pan.moved = true;
    applyZoom();
  });
  svg.addEventListener('pointerup', () => {
    if (pan && !pan.moved) select(null);
    pan = null;
  });

  // ---- drawing
  let graph = null;
  let nodeEls = new Map();
  let edgeEls = [];

  function placeEdge(el, e) {
    const a = state.positions.get(e.a);
    const b = state.positions.get(e.b);
    for (const line of el.querySelectorAll('line')) {
      line.setAttribute('x1', a.x.toFixed(1));
      line.setAttribute('y1', a.y.toFixed(1));
      line.setAttribute('x2', b.x.toFixed(1));
      line.setAttribute('y2', b.y.toFixed(1));
    }
  }

  function edgeEl(e, names) {
    const types = Object.entries(e.types).map(([t, n]) => `${TYPE_LABEL[t] || t} ×${n}`).join(', ');
    const label = `${names.get(e.a)} — ${names.get(e.b)}: ${e.claims} claim${e.claims === 1 ? '' : 's'}, ${e.sources} independent source${e.sources === 1 ? '' : 's'} (${types})`;
    const el = s('g', { class: ['edge', e.hedged === e.claims && 'all-hedged'], dataset: { edge: e.id, a: e.a, b: e.b }, tabindex: 0, role: 'button', 'aria-label': label },
      s('line', { class: 'edge-hit' }),
      s('line', { class: 'edge-line', stroke: toneColour(e.tone), 'stroke-width': edgeWidth(e).toFixed(1) }),
      s('title', {}, label));
    placeEdge(el, e);
    el.addEventListener('click', (ev) => {
      ev.stopPropagation();
      select({ edge: e });
    });
    el.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter') select({ edge: e });
    });
    return el;
  }

  function nodeEl(n, labelled) {
    const p = state.positions.get(n.id);
    const r = nodeRadius(n);
    const k = kindOf(n.kind);
    const el = s('g', {
      class: ['node', (n.anonymous || n.pseudonym) && 'unnamed', labelled && 'labelled'],
      dataset: { id: n.id, kind: n.kind },
      transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`,
      tabindex: 0, role: 'button', 'aria-label': `${n.name}, ${k.label}, ${n.claims} claims`,
    },
    s('path', { class: 'shape', d: shapePath(n.kind, r), fill: k.colour }),
    s('text', { class: 'label', y: (r + 12).toFixed(1) }, n.name),
    s('title', {}, `${n.name} (${k.label}) — ${n.claims} claim${n.claims === 1 ? '' : 's'}`));
    // drag to move, click to select
    let drag = null;
    el.addEventListener('pointerdown', (ev) => {
      ev.stopPropagation();
      const q = toSvg(ev, zoomLayer);
      drag = { dx: q.x - state.positions.get(n.id).x, dy: q.y - state.positions.get(n.id).y, moved: false };
      el.setPointerCapture(ev.pointerId);
    });
    el.addEventListener('pointermove', (ev) => {
      if (!drag) return;
      const q = toSvg(ev, zoomLayer);
      const np = { x: q.x - drag.dx, y: q.y - drag.dy };
      const old = state.positions.get(n.id);
      if (!drag.moved && Math.hypot(np.x - old.x, np.y - old.y) < 3) return;
      drag.moved = true;
      state.positions.set(n.id, np);
      el.setAttribute('transform', `translate(${np.x.toFixed(1)},${np.y.toFixed(1)})`);
      for (const [edgeEl2, e] of edgeEls) if (e.a === n.id || e.b === n.id) placeEdge(edgeEl2, e);
    });
    el.addEventListener('pointerup', (ev) => {
      ev.stopPropagation();
      if (drag && !drag.moved) select({ node: n.id });
      drag = null;
    });
    el.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter') select({ node: n.id });
    });
    return el;
  }

  function draw(g, params = {}) {
    graph = g;
    const pos = layout(g.nodes.map((n) => ({ id: n.id, r: nodeRadius(n) })), g.edges, state.positions, { width: W, height: H });
    for (const [id, p] of pos) state.positions.set(id, p);
    const names = new Map(g.nodes.map((n) => [n.id, n.name]));
    edgeEls = g.edges.map((e) => [edgeEl(e, names), e]);
    // thin edges first, so that thick ones stay on top
    edgeEls.sort((x, y) => x[1].sources - y[1].sources);
    edgeLayer.replaceChildren(...edgeEls.map(([el]) => el));
    // labels for the busiest actors; the others show theirs on hover or selection
    const ranked = [...g.nodes].sort((a, b) => b.claims - a.claims || b.degree - a.degree);
    const labelled = new Set(ranked.slice(0, g.nodes.length > 40 ? 28 : 40).map((n) => n.id));
    nodeEls = new Map(g.nodes.map((n) => [n.id, nodeEl(n, labelled.has(n.id))]));
    // small nodes first
    nodeLayer.replaceChildren(...[...g.nodes].sort((a, b) => a.claims - b.claims).map((n) => nodeEls.get(n.id)));
    const when = state.asOf ? `as of ${fmtDate(state.asOf)}` : 'all time';
    summary.textContent = `${g.nodes.length} actors, ${g.edges.length} relationships, from ${g.claims} claims — ${when}` +
      (g.hidden_nodes ? ` (${g.hidden_nodes} actors with fewer claims not shown)` : '');
    empty.hidden = g.nodes.length > 0;
    empty.textContent = 'No claims match these filters.';
    // labels can only be measured once the picture is on the page
    const measure = () => (svg.isConnected ? declutter(ranked) : requestAnimationFrame(measure));
    measure();
    svg.dataset.nodes = String(g.nodes.length);
    svg.dataset.edges = String(g.edges.length);
    // what was asked for, for the record (and for tests that wait on it)
    svg.dataset.asOf = params.at || 'all';
    svg.dataset.query = Object.entries(params).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : v}`).join('&');
    highlight();
    // keep the selection if it is still there
    if (state.selected && state.selected.node && !nodeEls.has(state.selected.node)) select(null);
    else if (state.selected && state.selected.edge) {
      const still = g.edges.find((e) => e.id === state.selected.edge.id);
      if (still) select({ edge: still }); else select(null);
    } else markSelection();
    svg.dataset.state = 'ready';
  }

  // drops the labels that would overlap a busier actor's label
  function declutter(ranked) {
    const taken = [];
    for (const n of ranked) {
      const el = nodeEls.get(n.id);
      if (!el.classList.contains('labelled')) continue;
      const label = el.querySelector('.label');
      let box;
      try {
        const b = label.getBBox();
        const p = state.positions.get(n.id);
        box = { x0: p.x + b.x - 2, x1: p.x + b.x + b.width + 2, y0: p.y + b.y, y1: p.y + b.y + b.height };
      } catch {
        continue;
      }
      if (taken.some((t) => t.x0 < box.x1 && box.x0 < t.x1 && t.y0 < box.y1 && box.y0 < t.y1)) {
        el.classList.remove('labelled');
      } else {
        taken.push(box);
      }
    }
  }

  let found = null; // Set of ids from the find box
  function highlight() {
    for (const [id, el] of nodeEls) {
      el.classList.toggle('found', !!found && found.has(id));
      el.classList.toggle('faded', !!found && !found.has(id));
    }
    for (const [el, e] of edgeEls) el.classList.toggle('faded', !!found && !(found.has(e.a) || found.has(e.b)));
  }

  function markSelection() {
    const sel = state.selected;
    const near = new Set();
    if (sel && sel.node) {
      near.add(sel.node);
      for (const [, e] of edgeEls) if (e.a === sel.node || e.b === sel.node) { near.add(e.a); near.add(e.b); }
    }
    for (const [id, el] of nodeEls) {
      el.classList.toggle('selected', !!sel && ((sel.node === id) || (sel.edge && (sel.edge.a === id || sel.edge.b === id))));
      el.classList.toggle('dim', !!sel && !!sel.node && !near.has(id));
      el.classList.toggle('near', !!sel && !!sel.node && near.has(id));
    }
    for (const [el, e] of edgeEls) {
      el.classList.toggle('selected', !!sel && !!sel.edge && sel.edge.id === e.id);
      el.classList.toggle('dim', !!sel && !!sel.node && e.a !== sel.node && e.b !== sel.node);
    }
  }

  let panelToken = 0;
  async function select(sel) {
    state.selected = sel;
    markSelection();
    const token = ++panelToken;
    if (!sel) {
      panel.replaceChildren(h('p', { class: 'muted' }, 'Click an actor for its profile, or a line for the claims behind it.'));
      return;
    }
    panel.replaceChildren(spinner());
    try {
      const content = sel.node ? await nodePanel(sel.node) : await edgePanel(sel.edge);
      if (token === panelToken) panel.replaceChildren(...content);
    } catch (e) {
      if (token === panelToken) panel.replaceChildren(errorBox(e));
    }
  }

  async function nodePanel(id) {
    const p = await get(`/api/actors/${encodeURIComponent(id)}`);
    const a = p.actor;
    const byType = new Map();
    for (const c of p.counterparts) {
      if (!byType.has(c.type)) byType.set(c.type, []);
      byType.get(c.type).push(c);
    }
    return [
      h('h2', { class: 'panel-title' }, a.name),
      h('p', {}, h('span', { class: 'kind', style: { background: kindOf(a.kind).colour } }, kindOf(a.kind).label),
        a.country ? ` · ${a.country}` : '', ` · ${a.claims} claims in ${a.documents} document${a.documents === 1 ? '' : 's'}`),
      a.description ? h('p', { class: 'muted' }, a.description) : null,
      a.aliases.length ? h('p', { class: 'aliases' }, 'Also: ', a.aliases.slice(0, 10).join(' · ')) : null,
      h('p', {}, h('a', { href: `#/actor/${encodeURIComponent(a.id)}`, class: 'button' }, 'Full profile')),
      h('h3', {}, 'Counterparts'),
      byType.size ? h('dl', { class: 'counterparts' }, [...byType].map(([t, cs]) => [
        h('dt', {}, TYPE_LABEL[t] || t),
        h('dd', {}, cs.slice(0, 8).map((c, i) => [i ? ', ' : '',
          h('a', { href: `#/timeline?a=${encodeURIComponent(a.id)}&b=${encodeURIComponent(c.actor.id)}`, title: 'Open the dyad timeline' }, c.actor.name),
          h('span', { class: 'muted' }, ` ${c.outgoing ? '→' : ''}${c.incoming ? '←' : ''}${c.outgoing + c.incoming}`)])),
      ])) : h('p', { class: 'muted' }, 'No claims with another actor.'),
    ];
  }

  async function edgePanel(e) {
    const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
    const page = await get('/api/claims', { ...filterParams(), actor: e.a, other: e.b, limit: 200 });
    const types = Object.entries(e.types).map(([t, n]) => `${TYPE_LABEL[t] || t} ×${n}`).join(', ');
    return [
      h('h2', { class: 'panel-title' }, names.get(e.a), ' — ', names.get(e.b)),
      h('p', {}, h('span', { class: 'tone-dot', style: { background: toneColour(e.tone) } }), ` ${toneWord(e.tone)} · ${e.claims} claim${e.claims === 1 ? '' : 's'} in ${e.documents} document${e.documents === 1 ? '' : 's'}, ${e.sources} independent source${e.sources === 1 ? '' : 's'}`),
      h('p', { class: 'muted' }, types, e.hedged ? ` · ${e.hedged} hedged` : '', e.negative ? ` · ${e.negative} negated` : ''),
      h('p', {}, h('a', { class: 'button', href: `#/timeline?a=${encodeURIComponent(e.a)}&b=${encodeURIComponent(e.b)}` }, 'Open the dyad timeline')),
      h('div', { class: 'claims', id: 'edge-claims' }, page.items.map((c) => claimCard(c, { open: openEvidence, compact: true }))),
      page.next_offset !== null ? h('p', { class: 'muted' }, `${page.total - page.items.length} more in the timeline`) : null,
    ];
  }

  // ---- data
  let request = 0;
  async function refresh() {
    setTimeLabel();
    const token = ++request;
    svg.dataset.state = 'loading';
    if (state.types && state.types.size === 0) {
      draw({ nodes: [], edges: [], claims: 0, hidden_nodes: 0, range: overview.range }, { type: [] });
      empty.textContent = 'No claim types selected.';
      return;
    }
    const params = filterParams();
    if (state.maxNodes !== 150) params.max_nodes = state.maxNodes;
    try {
      const g = await get('/api/graph', params);
      if (token === request) draw(g, params);
    } catch (e) {
      if (token === request) {
        empty.hidden = false;
        empty.replaceChildren(errorBox(e));
        svg.dataset.state = 'error';
      }
    }
  }
  const refreshSoon = debounce(refresh, 120);

  function readTypes() {
    const on = new Set([...typeBoxes].filter(([, b]) => b.checked).map(([t]) => t));
    state.types = on.size === typeBoxes.size ? null : on;
    refreshSoon();
  }

  slider.addEventListener('input', () => {
    state.asOf = months[Number(slider.value)] || null;
    slider.dataset.month = state.asOf || '';
    allTime.checked = false;
    setTimeLabel();
    refreshSoon();
  });
  allTime.addEventListener('change', () => {
    state.asOf = allTime.checked ? null : months[Number(slider.value)] || null;
    refreshSoon();
  });
  undated.addEventListener('change', () => {
    state.undated = undated.checked;
    refreshSoon();
  });
  for (const b of typeBoxes.values()) b.addEventListener('change', readTypes);
  for (const b of certBoxes) {
    b.addEventListener('change', () => {
      state.certainty = new Set(certBoxes.filter((x) => x.checked).map((x) => x.value));
      if (!state.certainty.size) {
        b.checked = true;
        state.certainty.add(b.value);
      }
      refreshSoon();
    });
  }
  maxNodes.addEventListener('change', () => {
    state.maxNodes = Number(maxNodes.value);
    refreshSoon();
  });
  noAnon.addEventListener('change', () => {
    state.noAnon = noAnon.checked;
    refreshSoon();
  });
  find.addEventListener('input', debounce(async () => {
    const q = find.value.trim();
    if (!q) {
      found = null;
      highlight();
      return;
    }
    try {
      const page = await get('/api/actors', { q, limit: 100 });
      found = new Set(page.items.map((a) => a.id));
      highlight();
    } catch {
      found = new Set();
      highlight();
    }
  }, 150));
  find.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || !found) return;
    const first = graph && graph.nodes.find((n) => found.has(n.id));
    if (first) select({ node: first.id });
  });

  setTimeLabel();
  await refresh();
}
