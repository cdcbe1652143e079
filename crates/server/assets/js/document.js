// The document view: the text exactly as stored, every claim's evidence
// highlighted, every actor mention underlined. Spans are byte offsets; the text
// is cut into pieces at every span boundary and each piece is inserted with
// textContent, so that nothing in an article is ever read as markup.

import { h } from './dom.js';
import { get } from './api.js';
import { byteMapper } from './format.js';
import { claimCard } from './claims.js';

/** Pieces of the text: [{from, to, claims: [ids], mention}] in string indices. */
export function pieces(text, claims, mentions) {
  const toIndex = byteMapper(text);
  const marks = [];
  for (const c of claims) for (const e of c.evidence) marks.push({ from: toIndex(e.start), to: toIndex(e.end), claim: c.id });
  for (const m of mentions) marks.push({ from: toIndex(m.start), to: toIndex(m.end), mention: m });
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    if (m.to > m.from) {
      cuts.add(m.from);
      cuts.add(m.to);
    }
  }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const cover = marks.filter((m) => m.from <= from && to <= m.to && m.to > m.from);
    out.push({
      from,
      to,
      claims: cover.filter((m) => m.claim !== undefined).map((m) => m.claim),
      mention: (cover.find((m) => m.mention) || {}).mention || null,
    });
  }
  return out;
}

export async function documentView(view, route) {
  const d = await get(`/api/documents/${encodeURIComponent(route.arg)}`);
  document.title = `${d.title || d.id} — rapport`;
  const textEl = h('div', { class: 'doc-text', id: 'doc-text', lang: 'en' });
  const spansOf = new Map(); // claim id → [span elements]
  for (const p of pieces(d.text, d.claims, d.mentions)) {
    const chunk = d.text.slice(p.from, p.to);
    if (!p.claims.length && !p.mention) {
      textEl.append(document.createTextNode(chunk));
      continue;
    }
    const el = h('span', {
      class: [p.claims.length && 'ev', p.mention && 'mention'],
      dataset: { claims: p.claims.length ? p.claims.join(' ') : null, actor: p.mention ? p.mention.actor : null },
      title: p.mention ? `${p.mention.name} (${p.mention.kind.replace('_', ' ')})` : null,
    });
    el.textContent = chunk;
    for (const id of p.claims) {
      if (!spansOf.has(id)) spansOf.set(id, []);
      spansOf.get(id).push(el);
    }
    textEl.append(el);
  }

  const cards = new Map();
  let marked = null;
  const mark = (id, { scroll = true, fromText = false } = {}) => {
    for (const el of textEl.querySelectorAll('.marked')) el.classList.remove('marked');
    for (const el of cards.values()) el.classList.remove('active');
    marked = id;
    const els = spansOf.get(id) || [];
    els.forEach((el) => el.classList.add('marked'));
    const card = cards.get(id);
    if (card) card.classList.add('active');
    if (scroll && els.length) els[0].scrollIntoView({ block: 'center' });
    if (fromText && card) card.scrollIntoView({ block: 'nearest' });
    history.replaceState(null, '', `#/document/${d.key}?claim=${id}`);
    textEl.dataset.marked = String(id);
  };
  textEl.addEventListener('click', (e) => {
    const ev = e.target.closest('.ev');
    if (!ev) return;
    const ids = ev.dataset.claims.split(' ').map(Number);
    // several claims may share a sentence: cycle through them
    const next = ids[(ids.indexOf(marked) + 1) % ids.length];
    mark(next, { scroll: false, fromText: true });
  });

  const list = h('div', { class: 'claims', id: 'doc-claims' }, d.claims.map((c) => {
    const el = claimCard(c, { open: (x) => mark(x.id), showDocument: false, compact: true });
    cards.set(c.id, el);
    return el;
  }));
  const safeUrl = d.url && /^https?:\/\//i.test(d.url) ? d.url : null;
  view.append(h('div', { class: 'document' },
    h('article', { class: 'doc-main' },
      h('header', {},
        h('h1', { id: 'doc-title' }, d.title || d.id),
        h('p', { class: 'muted' },
          [d.outlet, d.published ? `published ${d.published}` : 'no publication date', `id ${d.id}`, `${d.claims.length} claims`, `${d.bytes.toLocaleString()} bytes`].filter(Boolean).join(' · '),
          safeUrl ? [' · ', h('a', { href: safeUrl, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : null)),
      textEl),
    h('aside', { class: 'doc-side' }, h('h2', {}, 'Claims'),
      d.claims.length ? null : h('p', { class: 'muted' }, 'No claims were extracted from this document.'),
      list)));
  const want = Number(route.params.get('claim'));
  if (want && spansOf.has(want)) mark(want);
  else if (want) view.prepend(h('p', { class: 'error' }, `claim ${want} is not in this document`));
}
