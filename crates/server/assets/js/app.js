// The explorer: a hash router over the views, the header's actor search and
// store numbers. Views: #/network, #/timeline?a=…&b=…, #/actor/ID,
// #/document/KEY?claim=ID, #/documents, #/ingest.

import { h, debounce, errorBox, spinner } from './dom.js';
import { get } from './api.js';
import { networkView } from './network.js';
import { timelineView } from './timeline.js';
import { actorView } from './actor.js';
import { documentView } from './document.js';
import { documentsView } from './documents.js';
import { ingestView } from './ingest.js';
import { kindOf } from './format.js';

const VIEWS = {
  network: networkView,
  timeline: timelineView,
  actor: actorView,
  document: documentView,
  documents: documentsView,
  ingest: ingestView,
};

function route() {
  const raw = location.hash.replace(/^#/, '') || '/network';
  const [path, query] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  return { name: parts[0] || 'network', arg: parts.slice(1).join('/'), params: new URLSearchParams(query || '') };
}

let rendering = 0;
async function render() {
  const r = route();
  const token = ++rendering;
  const view = document.getElementById('view');
  document.documentElement.dataset.view = r.name;
  delete document.documentElement.dataset.ready;
  for (const a of document.querySelectorAll('nav a')) {
    const on = a.dataset.view === r.name || (r.name === 'document' && a.dataset.view === 'documents');
    if (on) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = 'rapport explorer';
  const fresh = h('div', { class: `view view-${r.name}` }, spinner());
  view.replaceChildren(fresh);
  const show = VIEWS[r.name];
  try {
    if (!show) throw new Error(`no such view: ${r.name}`);
    const box = h('div', { class: `view view-${r.name}` });
    await show(box, r);
    if (token !== rendering) return;
    view.replaceChildren(box);
  } catch (e) {
    if (token !== rendering) return;
    view.replaceChildren(h('div', { class: 'view' }, errorBox(e)));
  }
  if (token === rendering) {
    document.documentElement.dataset.ready = r.name;
    view.focus({ preventScroll: true });
  }
}

export async function refreshStats() {
  try {
    const s = await get('/api/stats');
    document.getElementById('stats').textContent =
      `${s.documents} documents · ${s.actors} actors · ${s.claims} claims`;
  } catch (e) {
    document.getElementById('stats').textContent = e.message;
  }
}

function setupSearch() {
  const input = document.getElementById('actor-search');
  const list = document.getElementById('actor-search-results');
  let items = [];
  let active = -1;
  const close = () => {
    list.hidden = true;
    active = -1;
  };
  const go = (a) => {
    close();
    input.value = '';
    location.hash = `#/actor/${encodeURIComponent(a.id)}`;
  };
  const paint = () => {
    list.replaceChildren(...items.map((a, i) => {
      const li = h('li', { class: i === active ? 'active' : null, role: 'option' },
        h('span', { class: 'swatch', style: { background: kindOf(a.kind).colour } }), ' ', a.name,
        h('span', { class: 'muted small' }, ` ${kindOf(a.kind).label} · ${a.claims} claims`),
        a.aliases.length ? h('div', { class: 'muted small' }, a.aliases.slice(0, 4).join(' · ')) : null);
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        go(a);
      });
      return li;
    }));
    list.hidden = !items.length;
  };
  input.addEventListener('input', debounce(async () => {
    const q = input.value.trim();
    if (!q) {
      items = [];
      paint();
      return;
    }
    try {
      items = (await get('/api/actors', { q, limit: 8 })).items;
    } catch {
      items = [];
    }
    active = items.length ? 0 : -1;
    paint();
  }, 120));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && items.length) {
      active = (active + 1) % items.length;
      paint();
      e.preventDefault();
    } else if (e.key === 'ArrowUp' && items.length) {
      active = (active - 1 + items.length) % items.length;
      paint();
      e.preventDefault();
    } else if (e.key === 'Enter' && active >= 0) {
      go(items[active]);
      e.preventDefault();
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}

window.addEventListener('hashchange', render);
document.getElementById('view').setAttribute('tabindex', '-1');
setupSearch();
refreshStats();
render();
