// End-to-end tests of the explorer in headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core; no browser download).
//
// The run: `rapport demo --no-serve` into a fresh store, plus one article full
// of markup; `rapport serve` on a free loopback port; then the network, the time
// slider, the panels, the dyad timeline, a claim's evidence in its document, the
// actor profile, markup shown as text, and ingest from the page. Screenshots of
// each view go to target/screenshots/ (and to docs/screenshots/ with
// RAPPORT_UPDATE_SCREENSHOTS=1).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = process.env.RAPPORT_BIN ? resolve(process.env.RAPPORT_BIN) : join(ROOT, 'target/debug/rapport');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SHOTS = join(ROOT, 'target/screenshots');
const DOCS_SHOTS = join(ROOT, 'docs/screenshots');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const XSS = `---
title: <img src=x onerror="window.__pwned='title'"> Markup test
published: 2020-05-01
---

In March 2015, Iran sent weapons to the Houthis, officials said. <script>window.__pwned = 'script'</script> The report added <img src=x onerror="window.__pwned='img'"> and <a href="javascript:window.__pwned='link'" onclick="window.__pwned='click'">a link</a> <b onmouseover="window.__pwned='hover'">bold</b>.
`;

const PASTED = 'In May 2019, Russia sent military advisers to Venezuela, two officials said. Moscow did not confirm the deployment.';

let work;
let server;
let base;
let context;
let page;
const problems = []; // page errors and console errors (CSP violations among them)

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function monthLabel(iso) {
  const [y, m] = iso.split('-');
  return `${MONTHS[Number(m) - 1]} ${y}`;
}

function shot(name) {
  return page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

async function open(hash, ready) {
  await page.goto(`${base}${hash}`);
  await page.waitForSelector(`html[data-ready="${ready}"]`, { timeout: 30000 });
}

async function graphReady() {
  await page.waitForSelector('#graph[data-state="ready"]', { timeout: 30000 });
}

async function nodeNames() {
  return page.$$eval('#graph .node', (els) => els.map((e) => e.querySelector('.label').textContent));
}

function startServer(db) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(BIN, ['--db', db, 'serve', '--addr', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => reject(new Error(`rapport serve exited (${code}): ${err}`)));
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const m = line.match(/The explorer: (http:\/\/\S+)/);
      if (m) resolvePromise({ child, url: m[1], lines });
    });
  });
}

describe('the rapport explorer', { timeout: 240000 }, () => {
  before(async () => {
    assert.ok(existsSync(BIN), `no rapport binary at ${BIN}: run \`cargo build -p rapport\` first (or set RAPPORT_BIN)`);
    assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
    mkdirSync(SHOTS, { recursive: true });
    work = mkdtempSync(join(tmpdir(), 'rapport-browser-'));
    const db = join(work, 'demo.db');
    execFileSync(BIN, ['--db', db, 'demo', '--no-serve'], { stdio: 'ignore' });
    writeFileSync(join(work, 'markup-test.txt'), XSS);
    execFileSync(BIN, ['--db', db, 'ingest', join(work, 'markup-test.txt')], { stdio: 'ignore' });
    server = await startServer(db);
    base = server.url.replace(/\/$/, '/');
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 1,
    });
    page = context.pages()[0] || (await context.newPage());
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // the upload of a binary file is refused on purpose (422)
      if (m.type() === 'error' && !/status of 422/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
  });

  after(async () => {
    if (context) await context.close();
    if (server) {
      server.child.removeAllListeners('exit');
      const stopped = new Promise((r) => server.child.on('exit', (code, sig) => r({ code, sig })));
      server.child.kill('SIGINT');
      const { code } = await stopped;
      assert.equal(code, 0, 'rapport serve stops cleanly on Ctrl-C');
    }
    if (process.env.RAPPORT_UPDATE_SCREENSHOTS === '1') {
      mkdirSync(DOCS_SHOTS, { recursive: true });
      for (const name of ['network', 'network-as-of', 'edge-claims', 'timeline', 'document', 'profile', 'ingest', 'markup-as-text']) {
        if (existsSync(join(SHOTS, `${name}.png`))) copyFileSync(join(SHOTS, `${name}.png`), join(DOCS_SHOTS, `${name}.png`));
      }
    }
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('shows the demo actors in the network, shaped and coloured by kind', async () => {
    await open('#/network', 'network');
    await graphReady();
    const names = await nodeNames();
    for (const want of ['Iran', 'Taliban', 'United States', 'Russia', 'Hezbollah']) {
      assert.ok(names.includes(want), `${want} in the network: ${names.join(', ')}`);
    }
    const shape = (id) => page.$eval(`#graph .node[data-id="${id}"] .shape`, (e) => [e.getAttribute('d').slice(0, 2), e.getAttribute('fill')]);
    const [iran, taliban] = [await shape('iran'), await shape('taliban')];
    assert.notDeepEqual(iran, taliban, 'a country and an armed group look different');
    assert.ok(Number(await page.getAttribute('#graph', 'data-edges')) > 10);
    // edge colour runs from conflict to cooperation, width by sources
    const widths = await page.$$eval('#graph .edge-line', (els) => els.map((e) => Number(e.getAttribute('stroke-width'))));
    assert.ok(Math.max(...widths) > Math.min(...widths), 'edges differ in width');
    const colours = new Set(await page.$$eval('#graph .edge-line', (els) => els.map((e) => e.getAttribute('stroke'))));
    assert.ok(colours.size > 2, `edges differ in colour: ${[...colours]}`);
    await shot('network');
  });

  it('moves the time slider to show the graph as of a date', async () => {
    const all = Number(await page.getAttribute('#graph', 'data-nodes'));
    const slider = page.locator('#time-slider');
    await slider.focus();
    await page.keyboard.press('Home');
    const first = await slider.getAttribute('data-month');
    await page.waitForSelector(`#graph[data-as-of="${first}"][data-state="ready"]`);
    const earliest = Number(await page.getAttribute('#graph', 'data-nodes'));
    assert.equal(await page.textContent('#time-label'), `as of ${monthLabel(first)}`);
    assert.equal(await page.isChecked('#all-time'), false);
    assert.ok(earliest < all, `as of the earliest month (${earliest}) fewer actors than all time (${all})`);
    // further towards the present: the graph only grows
    const months = Number(await slider.getAttribute('max'));
    await slider.evaluate((el, v) => { el.value = String(v); el.dispatchEvent(new Event('input', { bubbles: true })); }, Math.round(months * 0.8));
    const month = await slider.getAttribute('data-month');
    assert.ok(month > first, `${month} after ${first}`);
    await page.waitForSelector(`#graph[data-as-of="${month}"][data-state="ready"]`);
    const later = Number(await page.getAttribute('#graph', 'data-nodes'));
    assert.ok(later >= earliest && later <= all, `${earliest} <= ${later} <= ${all}`);
    // the API agrees with the picture
    const api = await (await fetch(`${base}api/graph?at=${month}`)).json();
    assert.equal(later, api.nodes.length);
    const label = await page.textContent('#time-label');
    await shot('network-as-of');
    // back to all time
    await page.check('#all-time');
    await page.waitForFunction(() => document.querySelector('#graph').dataset.asOf === 'all' && document.querySelector('#graph').dataset.state === 'ready');
    assert.equal(Number(await page.getAttribute('#graph', 'data-nodes')), all, `all time again after ${label}`);
  });

  it('filters, finds, and opens a node profile and an edge\'s claims', async () => {
    const edgesBefore = Number(await page.getAttribute('#graph', 'data-edges'));
    await page.check('#exclude-anonymous');
    await page.waitForSelector('#graph[data-query="exclude_anonymous=true"][data-state="ready"]');
    const edgesWithout = Number(await page.getAttribute('#graph', 'data-edges'));
    const api = await (await fetch(`${base}api/graph?exclude_anonymous=true`)).json();
    assert.equal(edgesWithout, api.edges.length);
    assert.ok(edgesWithout <= edgesBefore);
    await page.uncheck('#exclude-anonymous');
    await page.waitForSelector('#graph[data-query=""][data-state="ready"]');
    assert.equal(Number(await page.getAttribute('#graph', 'data-edges')), edgesBefore);
    // a type filter: only conflict
    await page.click('.type-group:has-text("Cooperation") button');
    await page.waitForFunction(() => /type=/.test(document.querySelector('#graph').dataset.query) && document.querySelector('#graph').dataset.state === 'ready');
    assert.ok(Number(await page.getAttribute('#graph', 'data-edges')) < edgesBefore);
    await page.click('.type-group:has-text("Cooperation") button');
    await page.waitForSelector('#graph[data-query=""][data-state="ready"]');
    // find by an alias
    await page.fill('#graph-find', 'Tehran');
    await page.waitForSelector('#graph .node.found[data-id="iran"]');
    await page.fill('#graph-find', '');
    // a node: its profile in the panel
    await page.click('#graph .node[data-id="taliban"]');
    await page.waitForSelector('#panel .panel-title');
    assert.equal(await page.textContent('#panel .panel-title'), 'Taliban');
    assert.ok(await page.isVisible('#panel a[href="#/actor/taliban"]'));
    // an edge: its claims
    // aim at a visible stretch of the line, as a person would
    const spot = await page.$eval('#graph .edge[data-edge="iran|taliban"] .edge-hit', (line) => {
      const m = line.getScreenCTM();
      const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((k) => Number(line.getAttribute(k)));
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
        const p = new DOMPoint(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t).matrixTransform(m);
        const hit = document.elementFromPoint(p.x, p.y);
        if (hit && hit.closest('.edge') === line.closest('.edge')) return { x: p.x, y: p.y };
      }
      return null;
    });
    assert.ok(spot, 'part of the Iran–Taliban line is visible');
    await page.mouse.click(spot.x, spot.y);
    await page.waitForSelector('#edge-claims .claim');
    assert.match(await page.textContent('#panel .panel-title'), /Iran — Taliban|Taliban — Iran/);
    assert.ok((await page.$$('#edge-claims .claim')).length >= 1);
    await shot('edge-claims');
  });

  it('opens a dyad timeline and a claim\'s highlighted evidence', async () => {
    await open('#/timeline', 'timeline');
    await page.fill('#pair-a', 'Tehran');
    await page.fill('#pair-b', 'Taliban');
    await page.click('#pair-show');
    await page.waitForSelector('#dyad');
    await page.waitForSelector('html[data-ready="timeline"]');
    assert.match(await page.textContent('#dyad h2'), /Iran ⇄ Taliban/);
    const cards = await page.$$eval('#dyad .claim', (els) => els.map((e) => ({
      precision: e.dataset.precision,
      chip: e.querySelector('.prec').textContent,
      badge: e.querySelector('.badge').className,
      hedged: e.classList.contains('hedged'),
      flag: !!e.querySelector('.flag-hedge'),
      lane: e.closest('.lane').id,
    })));
    assert.ok(cards.length >= 2, 'claims between Iran and the Taliban');
    for (const c of cards) {
      assert.ok(['day', 'month', 'year', 'interval', 'undated'].includes(c.chip), c.chip);
      assert.equal(c.chip, c.precision);
      assert.equal(c.lane === 'lane-undated', c.precision === 'undated', 'undated claims in their own lane');
      assert.match(c.badge, /badge-(author|named|pseudonymous|anonymous|document|reports)/);
      if (c.flag) assert.ok(c.hedged, 'a hedged claim looks hedged');
    }
    assert.ok(await page.isVisible('svg.strip .mark'), 'the time strip');
    await shot('timeline');
    // click a dated claim: its document, its sentence marked and in view
    const first = page.locator('#lane-dated .claim').first();
    const excerpt = (await first.locator('.excerpt').textContent()).replace(/\s+/g, ' ').trim();
    await first.click();
    await page.waitForSelector('html[data-ready="document"]');
    await page.waitForSelector('#doc-text .marked');
    const marked = (await page.$$eval('#doc-text .marked', (els) => els.map((e) => e.textContent).join(''))).replace(/\s+/g, ' ').trim();
    assert.equal(marked, excerpt, 'the marked text is the claim\'s evidence');
    const box = await page.locator('#doc-text .marked').first().boundingBox();
    assert.ok(box && box.y >= 0 && box.y < 900, `the evidence is scrolled into view (${JSON.stringify(box)})`);
    assert.ok(await page.isVisible('#doc-claims .claim.active'));
    assert.match(page.url(), /#\/document\/\d+\?claim=\d+/);
    await shot('document');
    // another claim from the side list moves the mark
    const cardsInDoc = page.locator('#doc-claims .claim');
    if ((await cardsInDoc.count()) > 1) {
      const before = await page.getAttribute('#doc-text', 'data-marked');
      const other = page.locator(`#doc-claims .claim:not([data-claim="${before}"])`).first();
      await other.click();
      await page.waitForFunction((b) => document.querySelector('#doc-text').dataset.marked !== b, before);
      const now = await page.getAttribute('#doc-text', 'data-marked');
      assert.equal(now, await other.getAttribute('data-claim'));
    }
  });

  it('shows an actor profile: kind, aliases, roles, counterparts, documents', async () => {
    // the header's search finds an actor by any alias
    await page.fill('#actor-search', 'Tehran');
    await page.waitForSelector('#actor-search-results li.active');
    assert.match(await page.textContent('#actor-search-results li.active'), /^\s*Iran/);
    await page.press('#actor-search', 'Enter');
    await page.waitForSelector('html[data-ready="actor"]');
    assert.equal(await page.textContent('#profile h1'), 'Iran');
    const aliases = await page.$$eval('#aliases li', (els) => els.map((e) => e.textContent));
    assert.ok(aliases.includes('Tehran'), aliases.join(', '));
    assert.ok((await page.$$('#counterparts .cp-type')).length >= 2);
    await open('#/actor/taliban', 'actor');
    assert.equal(await page.textContent('#profile .kind'), 'armed group');
    assert.ok((await page.$$('#roles tbody tr')).length >= 1, 'roles over time');
    assert.ok((await page.$$('#documents li')).length >= 2);
    await shot('profile');
  });

  it('shows article text with <script> and HTML attributes as text, never runs it', async () => {
    const res = await fetch(`${base}api/documents?q=markup`);
    const list = await res.json();
    assert.equal(list.total, 1);
    const key = list.items[0].key;
    await open(`#/document/${key}`, 'document');
    const text = await page.textContent('#doc-text');
    assert.ok(text.includes("<script>window.__pwned = 'script'</script>"), 'the script tag is shown as text');
    assert.ok(text.includes('<img src=x onerror="window.__pwned=\'img\'">'), 'the attributes are shown as text');
    assert.equal(await page.$$eval('#doc-text script, #doc-text img, #doc-text a, #doc-text b', (els) => els.length), 0, 'no element made from the article');
    assert.match(await page.textContent('#doc-title'), /^<img src=x onerror=/);
    // the claim list, the documents table and the network show it as text too
    await page.click('#doc-claims .claim');
    await open('#/documents', 'documents');
    await open('#/network', 'network');
    await graphReady();
    await open(`#/document/${key}`, 'document');
    await page.hover('#doc-text');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing from the article ran');
    assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0);
    assert.equal(await page.evaluate(() => document.querySelectorAll('script').length), 1, 'only the explorer\'s own module');
    await shot('markup-as-text');
  });

  it('ingests pasted text and uploaded files, with progress and per-file errors', async () => {
    await open('#/ingest', 'ingest');
    await page.fill('#paste-title', 'Advisers to Venezuela');
    await page.fill('#paste-published', '2019-06');
    await page.fill('#paste-text', PASTED);
    await page.click('#paste-submit');
    await page.waitForSelector('#paste-result .ok');
    assert.match(await page.textContent('#paste-result'), /stored: Advisers to Venezuela — \d+ claims?/);
    const files = [
      { name: 'good-article.txt', mimeType: 'text/plain', buffer: Buffer.from('---\ntitle: A good article\n---\n\nIn 2018, Turkey sent troops to Syria.\n') },
      { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]) },
    ];
    await page.setInputFiles('#files', files);
    await page.waitForFunction(() => /2 of 2 done/.test(document.querySelector('#upload-status').textContent));
    assert.match(await page.textContent('#upload-status'), /1 stored, 1 failed/);
    assert.equal(await page.getAttribute('#uploads li[data-name="good-article.txt"]', 'class'), 'upload done');
    assert.match(await page.getAttribute('#uploads li[data-name="photo.jpg"]', 'class'), /failed/);
    assert.match(await page.textContent('#uploads li[data-name="photo.jpg"] .error-line'), /photo\.jpg: .*binary/);
    assert.equal(await page.$eval('#upload-progress', (p) => p.value), 2);
    await shot('ingest');
    // the pasted text is in the store, exactly as given
    await page.click('#paste-result .ok a');
    await page.waitForSelector('html[data-ready="document"]');
    assert.equal(await page.textContent('#doc-text'), PASTED);
  });

  it('raised no page errors and no Content-Security-Policy violations', () => {
    assert.deepEqual(problems, []);
  });
});
