// The JSON API, with its errors as exceptions carrying the status and message.

export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

function url(path, params) {
  const u = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    if (Array.isArray(v)) {
      if (v.length) u.searchParams.set(k, v.join(','));
    } else {
      u.searchParams.set(k, String(v));
    }
  }
  return u;
}

async function send(u, init) {
  let r;
  try {
    r = await fetch(u, { credentials: 'same-origin', ...init });
  } catch (e) {
    throw new ApiError(0, `the server cannot be reached (${e.message}); is rapport serve still running?`);
  }
  const body = await r.json().catch(() => null);
  if (!r.ok) throw new ApiError(r.status, (body && body.message) || r.statusText, body);
  return body;
}

export function get(path, params) {
  return send(url(path, params), { headers: { Accept: 'application/json' } });
}

export function post(path, params, body) {
  return send(url(path, params), {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/octet-stream' },
    body,
  });
}

/** Every page of a paginated list (up to `max` items). */
export async function getAll(path, params, max = 5000) {
  let offset = 0;
  let first = null;
  const items = [];
  for (;;) {
    const page = await get(path, { ...params, limit: 1000, offset });
    if (!first) first = page;
    items.push(...page.items);
    if (page.next_offset === null || page.next_offset === undefined || items.length >= max) break;
    offset = page.next_offset;
  }
  return { ...first, items };
}
