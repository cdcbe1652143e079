// Ingest from the page: paste text, or upload files (.txt, .md, .html, .jsonl),
// one request per file, with progress and each file's result or error.

import { h } from './dom.js';
import { post } from './api.js';
import { refreshStats } from './app.js';

function resultLine(r) {
  return r.documents.map((d) => h('div', { class: 'ok' },
    d.status === 'duplicate' ? 'already stored: ' : 'stored: ',
    h('a', { href: `#/document/${d.key}` }, d.title || d.id),
    ` — ${d.claims} claim${d.claims === 1 ? '' : 's'}`)).concat(
    r.errors.map((e) => h('div', { class: 'error-line' }, `${e.item}: ${e.message}`)),
    r.warnings.map((w) => h('div', { class: 'muted small' }, `warning: ${w}`)));
}

function failure(e) {
  const body = e.body || {};
  const errors = body.errors && body.errors.length ? body.errors.map((x) => `${x.item}: ${x.message}`) : [e.message];
  return errors.map((m) => h('div', { class: 'error-line' }, m));
}

export async function ingestView(view) {
  // ---- paste
  const title = h('input', { type: 'text', id: 'paste-title', placeholder: 'optional' });
  const outlet = h('input', { type: 'text', id: 'paste-outlet', placeholder: 'optional' });
  const published = h('input', { type: 'text', id: 'paste-published', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
  const text = h('textarea', { id: 'paste-text', rows: 12, placeholder: 'Paste an article here. It is stored exactly as given; spans point into it.' });
  const pasteOut = h('div', { class: 'result', id: 'paste-result', 'aria-live': 'polite' });
  const pasteBtn = h('button', { type: 'submit', id: 'paste-submit' }, 'Extract and store');
  const pasteForm = h('form', { class: 'paste' },
    h('h2', {}, 'Paste text'),
    h('div', { class: 'row' },
      h('label', { class: 'field' }, 'Title', title),
      h('label', { class: 'field' }, 'Outlet', outlet),
      h('label', { class: 'field' }, 'Published', published)),
    text, h('p', {}, pasteBtn), pasteOut);
  pasteForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!text.value.trim()) {
      pasteOut.replaceChildren(h('div', { class: 'error-line' }, 'Paste some text first.'));
      return;
    }
    pasteBtn.disabled = true;
    pasteOut.replaceChildren(h('div', { class: 'loading' }, 'Extracting…'));
    try {
      const name = `${(title.value.trim() || 'pasted').replace(/[^\w.-]+/g, '-').slice(0, 60) || 'pasted'}.txt`;
      const r = await post('/api/documents', { name, title: title.value.trim(), outlet: outlet.value.trim(), published: published.value.trim() }, text.value);
      pasteOut.replaceChildren(...resultLine(r));
      refreshStats();
    } catch (err) {
      pasteOut.replaceChildren(...failure(err));
    } finally {
      pasteBtn.disabled = false;
    }
  });

  // ---- files
  const input = h('input', { type: 'file', id: 'files', multiple: true, accept: '.txt,.md,.markdown,.html,.htm,.jsonl,.ndjson,text/plain,text/html' });
  const drop = h('label', { class: 'drop', for: 'files' }, 'Drop files here, or click to choose (.txt, .md, .html, .jsonl)');
  const bar = h('progress', { id: 'upload-progress', max: 1, value: 0, hidden: true });
  const status = h('span', { id: 'upload-status', class: 'muted' });
  const rows = h('ol', { class: 'uploads', id: 'uploads' });
  let busy = false;
  async function upload(files) {
    if (busy || !files.length) return;
    busy = true;
    bar.hidden = false;
    bar.max = files.length;
    bar.value = 0;
    const lines = files.map((f) => {
      const state = h('span', { class: 'state muted' }, 'waiting');
      const out = h('div', { class: 'out' });
      const li = h('li', { class: 'upload', dataset: { name: f.name } }, h('strong', {}, f.name), ' ', h('span', { class: 'muted' }, `${Math.max(1, Math.round(f.size / 1024))} KB`), ' ', state, out);
      rows.append(li);
      return { f, li, state, out };
    });
    let ok = 0;
    let failed = 0;
    for (const [i, l] of lines.entries()) {
      status.textContent = `${i} of ${files.length} done — reading ${l.f.name}…`;
      l.state.textContent = 'extracting…';
      try {
        const r = await post('/api/documents', { name: l.f.name }, l.f);
        l.li.classList.add(r.errors.length ? 'partial' : 'done');
        l.state.textContent = r.errors.length ? 'partly stored' : 'done';
        l.out.replaceChildren(...resultLine(r));
        ok++;
      } catch (err) {
        l.li.classList.add('failed');
        l.state.textContent = 'failed';
        l.out.replaceChildren(...failure(err));
        failed++;
      }
      bar.value = i + 1;
    }
    status.textContent = `${files.length} of ${files.length} done: ${ok} stored, ${failed} failed`;
    busy = false;
    input.value = '';
    refreshStats();
  }
  input.addEventListener('change', () => upload([...input.files]));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    upload([...e.dataTransfer.files]);
  });

  view.append(h('section', { class: 'ingest' },
    h('h1', {}, 'Ingest'),
    h('p', { class: 'muted' }, 'Documents are stored once per content (SHA-256); a file that fails does not stop the others.'),
    h('div', { class: 'ingest-grid' },
      pasteForm,
      h('div', { class: 'files' }, h('h2', {}, 'Upload files'), input, drop, h('p', {}, bar, ' ', status), rows))));
}
