// Building the page safely: every string becomes a text node, never markup.
// Attributes go through setAttribute, event handlers only as functions, and
// links only to http(s) addresses or the explorer's own routes.

const SVG = 'http://www.w3.org/2000/svg';

/** A link target that is safe to put in href, or null. */
export function safeHref(v) {
  if (typeof v !== 'string') return null;
  if (v.startsWith('#/') || (v.startsWith('/') && !v.startsWith('//'))) return v;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function setProps(el, props) {
  for (const [k, v] of Object.entries(props || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') {
      el.setAttribute('class', Array.isArray(v) ? v.filter(Boolean).join(' ') : v);
    } else if (k === 'on') {
      for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    } else if (k === 'dataset') {
      for (const [dk, dv] of Object.entries(v)) if (dv !== null && dv !== undefined) el.dataset[dk] = String(dv);
    } else if (k === 'style') {
      Object.assign(el.style, v);
    } else if (/^on/i.test(k)) {
      throw new Error(`event handler attributes are not allowed (${k}); use on: {…}`);
    } else if (k === 'href' || k === 'src') {
      const safe = safeHref(v);
      if (safe) el.setAttribute(k, safe);
    } else if (k === 'text') {
      el.textContent = String(v);
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
}

/** Appends children: nodes as they are, anything else as text. */
export function append(el, children) {
  for (const c of [children].flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** An HTML element. */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  setProps(el, props);
  return append(el, children);
}

/** An SVG element. */
export function s(tag, props = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  setProps(el, props);
  return append(el, children);
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

/** Runs fn at most once per `ms`, with the last arguments. */
export function debounce(fn, ms) {
  let t = null;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

/** A message box for an error. */
export function errorBox(e) {
  const status = e && e.status ? `${e.status} — ` : '';
  return h('div', { class: 'error', role: 'alert' }, status, e && e.message ? e.message : String(e));
}

export function spinner(label = 'Loading…') {
  return h('div', { class: 'loading', role: 'status' }, label);
}
