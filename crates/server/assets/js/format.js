// Formatting shared by the views: dates at their precision, claim types, actor
// kinds (colour and shape), tone colours, byte offsets.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2016` → 2016, `2016-05` → May 2016, `2016-05-21` → 21 May 2016. */
export function fmtDate(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] || m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A claim's time as the text gives it. */
export function fmtTime(t) {
  if (!t) return 'undated';
  if (t.precision !== 'interval') return fmtDate(t.start);
  if (t.start && t.end) return `${fmtDate(t.start)} – ${fmtDate(t.end)}`;
  if (t.start) return `since ${fmtDate(t.start)}`;
  return `until ${fmtDate(t.end)}`;
}

/** `day`, `month`, `year`, `interval` or `undated`. */
export function precision(t) {
  return t ? t.precision : 'undated';
}

/** The first and last day a partial date covers, as [Date, Date] (UTC). */
export function bounds(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  if (!m) return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
  if (!d) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d)];
}

export const TYPE_GROUPS = [
  ['Cooperation', ['AGREE', 'SUPPORT', 'COOPERATE', 'AID', 'CONSULT', 'CONCEDE', 'REQUEST', 'RETREAT']],
  ['Conflict', ['ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']],
  ['Standing relations', ['ALLIED_WITH', 'HOSTILE_TO', 'LEADS', 'MEMBER_OF', 'PART_OF']],
  ['Movement and removal', ['TRAVEL', 'REMOVE']],
];

export const TYPE_LABEL = {
  AGREE: 'agree', SUPPORT: 'support', COOPERATE: 'cooperate', AID: 'aid', CONSULT: 'consult',
  CONCEDE: 'concede', REQUEST: 'request', RETREAT: 'retreat', ACCUSE: 'accuse', REJECT: 'reject',
  THREATEN: 'threaten', PROTEST: 'protest', SANCTION: 'sanction', MOBILIZE: 'mobilize',
  COERCE: 'coerce', ASSAULT: 'assault', ALLIED_WITH: 'allied with', HOSTILE_TO: 'hostile to',
  LEADS: 'leads', MEMBER_OF: 'member of', PART_OF: 'part of', TRAVEL: 'travel', REMOVE: 'remove',
};

export const KINDS = {
  country: { label: 'country', colour: '#4e79a7', shape: 'circle' },
  state_organ: { label: 'state organ', colour: '#76b7b2', shape: 'square' },
  armed_group: { label: 'armed group', colour: '#e15759', shape: 'triangle' },
  body: { label: 'body', colour: '#f28e2b', shape: 'pentagon' },
  igo: { label: 'IGO', colour: '#59a14f', shape: 'hexagon' },
  organization: { label: 'organisation', colour: '#b07aa1', shape: 'diamond' },
  person: { label: 'person', colour: '#e8b53d', shape: 'circle' },
  group: { label: 'group', colour: '#9c755f', shape: 'star' },
};

export function kindOf(kind) {
  return KINDS[kind] || { label: kind, colour: '#888', shape: 'circle' };
}

/** An SVG path for a node of this kind, centred on 0,0, about 2r across. */
export function shapePath(kind, r) {
  const shape = kindOf(kind).shape;
  const poly = (n, rot, rr = r) => {
    const pts = [];
    for (let i = 0; i < n; i++) {
      const a = rot + (i * 2 * Math.PI) / n;
      pts.push(`${(rr * Math.cos(a)).toFixed(2)},${(rr * Math.sin(a)).toFixed(2)}`);
    }
    return `M${pts.join('L')}Z`;
  };
  switch (shape) {
    case 'square': return `M${-r * 0.85},${-r * 0.85}h${r * 1.7}v${r * 1.7}h${-r * 1.7}Z`;
    case 'triangle': return poly(3, -Math.PI / 2, r * 1.15);
    case 'diamond': return poly(4, 0, r * 1.1);
    case 'pentagon': return poly(5, -Math.PI / 2, r * 1.05);
    case 'hexagon': return poly(6, 0, r * 1.05);
    case 'star': {
      const pts = [];
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const rr = i % 2 ? r * 0.5 : r * 1.15;
        pts.push(`${(rr * Math.cos(a)).toFixed(2)},${(rr * Math.sin(a)).toFixed(2)}`);
      }
      return `M${pts.join('L')}Z`;
    }
    default: return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  }
}

const CONFLICT = [215, 48, 31];
const NEUTRAL = [150, 150, 150];
const COOPERATION = [33, 113, 181];

/** The colour of a tone from -1 (conflict) through 0 to +1 (cooperation). */
export function toneColour(tone) {
  const t = Math.max(-1, Math.min(1, Number(tone) || 0));
  const [a, b, k] = t < 0 ? [NEUTRAL, CONFLICT, -t] : [NEUTRAL, COOPERATION, t];
  const c = a.map((v, i) => Math.round(v + (b[i] - v) * k));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

export function toneWord(tone) {
  if (tone <= -0.5) return 'conflict';
  if (tone < -0.1) return 'tension';
  if (tone <= 0.1) return 'neutral';
  if (tone < 0.5) return 'contact';
  return 'cooperation';
}

/**
 * Maps byte offsets of the UTF-8 text to string (UTF-16) indices: the API's
 * spans are bytes, JavaScript strings are not.
 */
export function byteMapper(text) {
  // every character longer than one byte: where it starts (bytes and index),
  // its length, and the bytes saved so far (UTF-8 bytes minus UTF-16 units)
  const at = [];
  const idx = [];
  const len = [];
  const extra = [];
  let byte = 0;
  let saved = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i);
    const units = cp > 0xffff ? 2 : 1;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (n > 1) {
      saved += n - units;
      at.push(byte);
      idx.push(i);
      len.push(n);
      extra.push(saved);
    }
    byte += n;
    i += units;
  }
  const total = byte;
  return (b) => {
    if (b >= total) return text.length;
    if (b <= 0) return 0;
    let lo = 0;
    let hi = at.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] < b) {
        k = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (k < 0) return b;
    if (b < at[k] + len[k]) return idx[k];
    return b - extra[k];
  };
}
