// A claim as a card: when (at its precision), what, who to whom, who says so
// (a badge per attribution kind), how sure, and the evidence sentence as text.

import { h } from './dom.js';
import { fmtTime, precision, TYPE_LABEL, toneColour } from './format.js';

export const ATTRIBUTION_LABEL = {
  author: 'author',
  named: 'named source',
  pseudonymous: 'pseudonymous source',
  anonymous: 'anonymous source',
  document: 'document',
  reports: 'reports',
};

export function isHedged(c) {
  return c.certainty !== 'asserted' || c.status === 'intended' || c.status === 'conditional';
}

export function attributionBadge(a) {
  const title = {
    author: 'The writer states it in their own voice',
    named: 'A named source says so',
    pseudonymous: 'A source under a pseudonym says so',
    anonymous: 'An unnamed source says so',
    document: 'Documentary evidence',
    reports: 'Unspecified reports',
  }[a.kind];
  return h('span', { class: ['badge', `badge-${a.kind}`], title }, ATTRIBUTION_LABEL[a.kind] || a.kind);
}

/** Who says so, in words: the badge, the source's name or description, the cue. */
export function attribution(a) {
  const who = a.actor
    ? [
        h('a', { class: 'source-name', href: `#/actor/${encodeURIComponent(a.actor.id)}` }, a.actor.name),
        a.actor.description && a.actor.description !== a.actor.name ? h('span', { class: 'muted' }, ` (${a.actor.description})`) : null,
      ]
    : null;
  return h('span', { class: 'attribution' }, attributionBadge(a), who ? ' ' : null, who, a.cue ? h('span', { class: 'cue' }, ` “${a.cue}”`) : null);
}

export function typeChip(c) {
  return h('span', { class: 'type', style: { borderColor: toneColour(c.tone) }, title: `${c.type}: tone ${c.tone}` }, TYPE_LABEL[c.type] || c.type);
}

export function precisionChip(t) {
  const p = precision(t);
  const words = {
    day: 'a day',
    month: 'a month',
    year: 'a year',
    interval: 'an interval',
    undated: 'no time in the text',
  };
  return h('span', { class: ['prec', `prec-${p}`], title: `Precision: ${words[p]}${t && t.text ? ` — “${t.text}”` : ''}` }, p);
}

function actorLink(a) {
  return a ? h('a', { href: `#/actor/${encodeURIComponent(a.id)}`, class: 'actor' }, a.name) : h('span', { class: 'muted' }, '—');
}

/**
 * A claim card. `open(c)` is called when the card is activated (click or
 * Enter); without it the card is static.
 */
export function claimCard(c, { open, showDocument = true, compact = false } = {}) {
  const hedged = isHedged(c);
  const flags = [];
  if (c.certainty !== 'asserted') flags.push(h('span', { class: ['flag', 'flag-hedge'], title: 'The text hedges this claim' }, c.certainty));
  if (c.status !== 'actual') flags.push(h('span', { class: ['flag', 'flag-status'] }, c.status));
  if (c.polarity === 'negative') flags.push(h('span', { class: ['flag', 'flag-negative'], title: 'The text says this did not happen' }, 'NOT'));
  const card = h(
    'article',
    {
      class: ['claim', hedged && 'hedged', c.polarity === 'negative' && 'negative', compact && 'compact', open && 'clickable'],
      dataset: { claim: c.id, precision: precision(c.time), attribution: c.attribution.kind },
      tabindex: open ? 0 : null,
      role: open ? 'button' : null,
      'aria-label': open ? `${c.type} ${c.source.name}${c.target ? ` to ${c.target.name}` : ''}: open the evidence` : null,
    },
    h('div', { class: 'claim-head' },
      c.time ? [h('span', { class: 'when' }, fmtTime(c.time)), ' '] : null, precisionChip(c.time), ' ', typeChip(c),
      c.mode.length ? h('span', { class: 'modes' }, ` ${c.mode.join(', ').replaceAll('_', ' ')}`) : null,
      c.role ? h('span', { class: 'role' }, ` (${c.role})`) : null,
      ' ', flags),
    h('div', { class: 'who' }, actorLink(c.source), c.target ? [' → ', actorLink(c.target)] : null,
      c.location ? h('span', { class: 'muted' }, ` · in ${c.location.name}`) : null),
    h('blockquote', { class: 'excerpt' }, c.excerpt),
    h('div', { class: 'claim-foot' }, attribution(c.attribution),
      showDocument ? h('span', { class: 'doc-ref muted' }, ' · ', c.document.title || c.document.id, c.document.published ? ` (${c.document.published})` : '') : null),
  );
  if (open) {
    const go = (e) => {
      if (e.target.closest('a')) return; // a link inside the card goes where it points
      open(c);
    };
    card.addEventListener('click', go);
    card.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        open(c);
      }
    });
  }
  return card;
}

/** Opens the document view on a claim's evidence. */
export function openEvidence(c) {
  location.hash = `#/document/${c.document.key}?claim=${c.id}`;
}
