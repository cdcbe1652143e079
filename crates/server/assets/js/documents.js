// The list of stored documents.

import { h, debounce } from './dom.js';
import { get } from './api.js';

const PAGE = 50;

export async function documentsView(view, route) {
  const q = route.params.get('q') || '';
  const offset = Number(route.params.get('offset') || 0);
  const page = await get('/api/documents', { q, limit: PAGE, offset });
  const search = h('input', { type: 'search', id: 'doc-search', value: q, placeholder: 'Filter by title, id or outlet', 'aria-label': 'Filter documents' });
  search.addEventListener('input', debounce(() => {
    location.hash = `#/documents?q=${encodeURIComponent(search.value.trim())}`;
  }, 300));
  const link = (off) => `#/documents?q=${encodeURIComponent(q)}&offset=${off}`;
  view.append(h('section', { class: 'documents' },
    h('h1', {}, 'Documents'),
    h('p', {}, search, ' ', h('span', { class: 'muted' }, `${page.total} document${page.total === 1 ? '' : 's'}`), ' · ', h('a', { href: '#/ingest' }, 'add more')),
    page.items.length ? h('table', { class: 'doc-table' },
      h('thead', {}, h('tr', {}, ['Title', 'Published', 'Outlet', 'Claims', 'Actors', 'Size', 'Stored'].map((t) => h('th', {}, t)))),
      h('tbody', {}, page.items.map((d) => h('tr', {},
        h('td', {}, h('a', { href: `#/document/${d.key}` }, d.title || d.id), h('div', { class: 'muted small' }, d.id)),
        h('td', {}, d.published || '—'),
        h('td', {}, d.outlet || '—'),
        h('td', { class: 'num' }, d.claims),
        h('td', { class: 'num' }, d.actors),
        h('td', { class: 'num' }, `${Math.max(1, Math.round(d.bytes / 1024))} KB`),
        h('td', { class: 'muted small' }, d.ingested_at))))) :
      h('p', { class: 'muted' }, 'No documents.'),
    h('p', { class: 'pager' },
      offset > 0 ? h('a', { href: link(Math.max(0, offset - PAGE)) }, '← previous') : null, ' ',
      page.next_offset !== null ? h('a', { href: link(page.next_offset) }, 'next →') : null)));
}
