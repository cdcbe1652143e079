// The actor profile: kind, aliases, roles over time (LEADS / MEMBER_OF /
// PART_OF), counterparts by relation type, and the documents that mention it.

import { h } from './dom.js';
import { get } from './api.js';
import { fmtTime, kindOf, TYPE_GROUPS, TYPE_LABEL } from './format.js';
import { precisionChip } from './claims.js';

const ROLE_WORDS = {
  out: { LEADS: 'leads', MEMBER_OF: 'member of', PART_OF: 'part of' },
  in: { LEADS: 'led by', MEMBER_OF: 'has member', PART_OF: 'has part' },
};

function actorLink(a) {
  return h('a', { href: `#/actor/${encodeURIComponent(a.id)}` }, a.name);
}

export async function actorView(view, route) {
  const p = await get(`/api/actors/${encodeURIComponent(route.arg)}`);
  const a = p.actor;
  const k = kindOf(a.kind);
  document.title = `${a.name} — rapport`;
  const flags = [];
  if (a.anonymous) flags.push(h('span', { class: 'flag flag-hedge' }, 'unnamed source'));
  if (a.pseudonym) flags.push(h('span', { class: 'flag flag-hedge' }, 'pseudonym'));

  // counterparts grouped by type, in the order of the type groups
  const order = TYPE_GROUPS.flatMap(([, ts]) => ts);
  const byType = new Map();
  for (const c of p.counterparts) {
    if (!byType.has(c.type)) byType.set(c.type, []);
    byType.get(c.type).push(c);
  }
  const types = [...byType.keys()].sort((x, y) => order.indexOf(x) - order.indexOf(y));

  const roles = [...p.roles].sort((x, y) => {
    const tx = x.time ? x.time.start || x.time.end : '~';
    const ty = y.time ? y.time.start || y.time.end : '~';
    return tx < ty ? -1 : tx > ty ? 1 : 0;
  });

  view.append(h('article', { class: 'profile', id: 'profile', dataset: { actor: a.id } },
    h('header', {},
      h('h1', {}, a.name),
      h('p', {}, h('span', { class: 'kind', style: { background: k.colour } }, k.label), ' ', flags,
        a.country ? ` · ${a.country}` : '',
        p.parent ? [' · part of ', actorLink(p.parent)] : null,
        ` · ${a.claims} claim${a.claims === 1 ? '' : 's'} in ${a.documents} document${a.documents === 1 ? '' : 's'}`),
      a.description ? h('p', { class: 'muted' }, a.description) : null,
      p.children.length ? h('p', {}, 'Parts: ', p.children.map((c, i) => [i ? ', ' : '', actorLink(c)])) : null,
      h('p', {}, h('a', { class: 'button', href: `#/network` }, 'Back to the network'))),
    h('section', { id: 'aliases' }, h('h2', {}, 'Names and aliases'),
      a.aliases.length ? h('ul', { class: 'chips' }, a.aliases.map((al) => h('li', {}, al))) : h('p', { class: 'muted' }, 'No other names seen.')),
    h('section', { id: 'roles' }, h('h2', {}, 'Roles over time'),
      roles.length ? h('table', { class: 'roles' },
        h('thead', {}, h('tr', {}, h('th', {}, 'When'), h('th', {}, 'Relation'), h('th', {}, 'With'), h('th', {}, 'Role'), h('th', {}, 'Source'))),
        h('tbody', {}, roles.map((r) => h('tr', { class: [r.certainty !== 'asserted' && 'hedged', r.polarity === 'negative' && 'negative'] },
          h('td', {}, fmtTime(r.time), ' ', precisionChip(r.time)),
          h('td', {}, (ROLE_WORDS[r.direction] || {})[r.type] || r.type, r.polarity === 'negative' ? h('span', { class: 'flag flag-negative' }, 'NOT') : null,
            r.certainty !== 'asserted' ? h('span', { class: 'flag flag-hedge' }, r.certainty) : null),
          h('td', {}, r.other ? actorLink(r.other) : '—'),
          h('td', {}, r.role || ''),
          h('td', {}, h('a', { href: `#/document/${r.document.key}?claim=${r.claim}` }, r.document.title || r.document.id)))))) :
        h('p', { class: 'muted' }, 'No LEADS, MEMBER_OF or PART_OF claims.')),
    h('section', { id: 'counterparts' }, h('h2', {}, 'Counterparts by relation'),
      h('p', { class: 'muted small' }, `→ n: ${a.name} is the one acting in n claims; ← n: the one acted upon. A name opens the pair's timeline.`),
      types.length ? h('div', { class: 'cp-grid' }, types.map((t) => h('div', { class: 'cp-type' },
        h('h3', {}, TYPE_LABEL[t] || t),
        h('ul', {}, byType.get(t).map((c) => h('li', {},
          h('a', { href: `#/timeline?a=${encodeURIComponent(a.id)}&b=${encodeURIComponent(c.actor.id)}`, title: 'Open the dyad timeline' }, c.actor.name),
          h('span', { class: 'muted' }, ` ${c.outgoing ? `→${c.outgoing}` : ''}${c.outgoing && c.incoming ? ' ' : ''}${c.incoming ? `←${c.incoming}` : ''} · ${c.documents} doc${c.documents === 1 ? '' : 's'}`,
            c.first ? ` · ${c.first === c.last ? c.first : `${c.first}–${c.last}`}` : ''))))))) :
        h('p', { class: 'muted' }, 'No claims with another actor.'),
      Object.keys(p.solo).length ? h('p', {}, 'Events without a counterpart: ', Object.entries(p.solo).map(([t, n]) => `${TYPE_LABEL[t] || t} ×${n}`).join(', ')) : null),
    h('section', { id: 'documents' }, h('h2', {}, 'Documents'),
      h('ul', { class: 'doc-list' }, p.documents.map((d) => h('li', {},
        h('a', { href: `#/document/${d.key}` }, d.title || d.id),
        h('span', { class: 'muted' }, ` ${d.published || 'undated'} · ${d.mentions} mention${d.mentions === 1 ? '' : 's'}`)))))));
}
