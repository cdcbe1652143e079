// The dyad timeline: every claim between two actors in time order, each at the
// precision the text gives (a day, a month, a year, an interval), with who says
// so; hedged claims look hedged; undated claims keep a lane of their own.

import { h, s, debounce } from './dom.js';
import { get, getAll } from './api.js';
import { bounds, fmtDate, toneColour, TYPE_LABEL } from './format.js';
import { claimCard, openEvidence, isHedged } from './claims.js';

function actorInput(id, label, value) {
  const list = h('datalist', { id: `${id}-options` });
  const input = h('input', { type: 'text', id, name: id, list: `${id}-options`, value: value || '', placeholder: 'any name or alias', autocomplete: 'off', required: true });
  input.addEventListener('input', debounce(async () => {
    const q = input.value.trim();
    if (q.length < 2) return;
    try {
      const page = await get('/api/actors', { q, limit: 12 });
      list.replaceChildren(...page.items.map((a) => h('option', { value: a.name }, `${a.kind.replace('_', ' ')} · ${a.claims} claims`)));
    } catch {
      // suggestions are optional
    }
  }, 150));
  return h('label', { class: 'field' }, label, input, list);
}

function strip(claims, onPick) {
  const dated = claims.filter((c) => c.time);
  if (!dated.length) return null;
  const spans = dated.map((c) => {
    const lo = c.time.start ? bounds(c.time.start)[0] : null;
    const hi = c.time.end ? bounds(c.time.end)[1] : null;
    return { c, lo, hi };
  });
  const los = spans.map((x) => x.lo ?? x.hi);
  const his = spans.map((x) => x.hi ?? x.lo);
  let t0 = Math.min(...los);
  let t1 = Math.max(...his);
  const pad = Math.max((t1 - t0) * 0.04, 86400000 * 120);
  t0 -= pad;
  t1 += pad;
  const W = 1000;
  const left = 10;
  const right = W - 10;
  const x = (t) => left + ((t - t0) / (t1 - t0)) * (right - left);
  const rows = [];
  const placed = spans.map((sp) => {
    const x0 = x(sp.lo ?? t0);
    const x1 = Math.max(x(sp.hi ?? t1), x0 + 4);
    let row = rows.findIndex((end) => end + 3 < x0);
    if (row < 0) {
      row = rows.length;
      rows.push(x1);
    } else {
      rows[row] = x1;
    }
    return { ...sp, x0, x1, row };
  });
  const rowH = 14;
  const top = 26;
  const H = top + rows.length * rowH + 8;
  const y0 = new Date(t0).getUTCFullYear();
  const y1 = new Date(t1).getUTCFullYear();
  const span = y1 - y0;
  const every = span > 60 ? 10 : span > 24 ? 5 : span > 10 ? 2 : 1;
  const ticks = [];
  for (let y = Math.ceil(y0 / every) * every; y <= y1; y += every) {
    const tx = x(Date.UTC(y, 0, 1));
    if (tx < left || tx > right) continue;
    ticks.push(s('line', { class: 'tick', x1: tx, x2: tx, y1: 16, y2: H }), s('text', { class: 'tick-label', x: tx + 2, y: 12 }, String(y)));
  }
  const marks = placed.map((p) => {
    const c = p.c;
    const el = s('rect', {
      class: ['mark', `prec-${c.time.precision}`, isHedged(c) && 'hedged', c.polarity === 'negative' && 'negative', (p.lo === null || p.hi === null) && 'open'],
      x: p.x0.toFixed(1), y: top + p.row * rowH, width: (p.x1 - p.x0).toFixed(1), height: rowH - 4, rx: 2,
      fill: toneColour(c.tone), dataset: { claim: c.id }, tabindex: 0,
    }, s('title', {}, `${TYPE_LABEL[c.type] || c.type}: ${c.source.name}${c.target ? ` → ${c.target.name}` : ''}`));
    el.addEventListener('click', () => onPick(c));
    el.addEventListener('keydown', (e) => { if (e.key === 'Enter') onPick(c); });
    return el;
  });
  return s('svg', { class: 'strip', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'The claims on a time axis; the width of each mark is the precision of its time' }, ticks, marks);
}

export async function timelineView(view, route) {
  const a = route.params.get('a');
  const b = route.params.get('b');
  const form = h('form', { class: 'pick-pair' },
    actorInput('pair-a', 'First actor', a),
    actorInput('pair-b', 'Second actor', b),
    h('button', { type: 'submit', id: 'pair-show' }, 'Show timeline'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const fa = form.querySelector('#pair-a').value.trim();
    const fb = form.querySelector('#pair-b').value.trim();
    if (fa && fb) location.hash = `#/timeline?a=${encodeURIComponent(fa)}&b=${encodeURIComponent(fb)}`;
  });
  view.append(h('section', { class: 'timeline-head' }, h('h1', {}, 'Dyad timeline'), form));

  if (!a || !b) {
    const dyads = await get('/api/dyads', { limit: 16 });
    view.append(h('section', { class: 'pairs' }, h('h2', {}, 'Pairs with the most sources'),
      dyads.length ? h('ul', { class: 'pair-list' }, dyads.map((d) => h('li', {},
        h('a', { href: `#/timeline?a=${encodeURIComponent(d.a)}&b=${encodeURIComponent(d.b)}` }, `${d.a_name} — ${d.b_name}`),
        h('span', { class: 'muted' }, ` ${d.claims} claims in ${d.documents} document${d.documents === 1 ? '' : 's'}`)))) : h('p', { class: 'muted' }, 'No pairs yet.')));
    return;
  }

  const data = await getAll('/api/timeline', { a, b });
  form.querySelector('#pair-a').value = data.a.name;
  form.querySelector('#pair-b').value = data.b.name;
  const dated = data.items.filter((c) => c.time);
  const undated = data.items.filter((c) => !c.time);
  const ab = data.items.filter((c) => c.source.id === data.a.id).length;
  const ba = data.items.length - ab;
  const cards = new Map();
  const pick = (c) => {
    const card = cards.get(c.id);
    if (!card) return;
    card.scrollIntoView({ block: 'center', behavior: 'smooth' });
    card.classList.remove('flash');
    void card.offsetWidth;
    card.classList.add('flash');
  };
  const card = (c) => {
    const el = claimCard(c, { open: openEvidence });
    cards.set(c.id, el);
    return el;
  };
  // dated claims under year headings
  const years = [];
  for (const c of dated) {
    const y = (c.time.start || c.time.end).slice(0, 4);
    if (!years.length || years[years.length - 1][0] !== y) years.push([y, []]);
    years[years.length - 1][1].push(c);
  }
  view.append(
    h('section', { class: 'dyad', id: 'dyad' },
      h('h2', {},
        h('a', { href: `#/actor/${encodeURIComponent(data.a.id)}` }, data.a.name), ' ⇄ ',
        h('a', { href: `#/actor/${encodeURIComponent(data.b.id)}` }, data.b.name)),
      h('p', { class: 'muted' }, `${data.total} claim${data.total === 1 ? '' : 's'}: ${data.dated} dated, ${data.undated} undated · ${data.a.name} → ${data.b.name}: ${ab}, ${data.b.name} → ${data.a.name}: ${ba}. Click a claim for its evidence.`),
      h('p', { class: 'key small muted' },
        'Precision: ', ['day', 'month', 'year', 'interval'].map((p) => h('span', { class: ['prec', `prec-${p}`] }, p)), ' · who says so: ',
        ['author', 'named', 'pseudonymous', 'anonymous', 'document', 'reports'].map((k) => h('span', { class: ['badge', `badge-${k}`] }, k)),
        ' · ', h('span', { class: 'flag flag-hedge' }, 'hedged'), ' claims are drawn dashed'),
      strip(data.items, pick),
      data.total === 0 ? h('p', { class: 'empty' }, 'No claims between these two actors.') : null,
      h('div', { class: 'lanes' },
        h('section', { class: 'lane lane-dated', id: 'lane-dated', 'aria-label': 'Dated claims' },
          h('h3', {}, `Dated (${dated.length})`),
          years.map(([y, cs]) => h('div', { class: 'year' }, h('h4', { class: 'year-head' }, y), cs.map(card))),
          dated.length ? null : h('p', { class: 'muted' }, 'None.')),
        h('section', { class: 'lane lane-undated', id: 'lane-undated', 'aria-label': 'Undated claims' },
          h('h3', {}, `Undated (${undated.length})`),
          h('p', { class: 'muted small' }, 'The text gives no time for these; they are not stamped with the publication date.'),
          undated.map(card),
          undated.length ? null : h('p', { class: 'muted' }, 'None.')))),
  );
  document.title = `${data.a.name} ⇄ ${data.b.name} — rapport`;
  if (data.next_offset !== null && data.next_offset !== undefined) {
    view.append(h('p', { class: 'muted' }, `Showing the first ${data.items.length} of ${data.total}.`));
  }
  // a note of the years covered
  if (dated.length) {
    const first = dated[0].time.start || dated[0].time.end;
    const last = dated[dated.length - 1].time.end || dated[dated.length - 1].time.start;
    view.querySelector('.dyad > p').append(` Covers ${fmtDate(first)} to ${fmtDate(last)}.`);
  }
}
