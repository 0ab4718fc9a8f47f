// The Daleel API, from the same origin. Errors come back as ApiError with the HTTP status.

export class ApiError extends Error {
  constructor(status, code, message, body = {}) {
    super(message);
    this.status = status; // 0: the network failed
    this.code = code;
    this.body = body; // the error's JSON, e.g. `see`: where a missing article's wording is
  }
}

async function request(path, options = {}) {
  let response;
  try {
    // Error messages in the page's language (the <html lang> i18n.js sets), whatever the browser's.
    const headers = { Accept: "application/json", "Accept-Language": document.documentElement.lang || "ar" };
    response = await fetch(path, { headers, ...options });
  } catch (error) {
    throw new ApiError(0, "network", String(error));
  }
  if (!response.ok) {
    let body = {};
    try {
      body = await response.json();
    } catch {
      /* not JSON */
    }
    throw new ApiError(response.status, body.error || "http_error", body.message || response.statusText, body);
  }
  return response;
}

async function json(path) {
  return (await request(path)).json();
}

const enc = encodeURIComponent;

export function search(params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  return json(`/api/search?${query}`);
}

let worksPromise;
export function works() {
  worksPromise ??= json("/api/documents").catch((error) => {
    worksPromise = undefined;
    throw error;
  });
  return worksPromise;
}

export function article(work, number, lang) {
  const query = lang ? `?lang=${enc(lang)}` : "";
  return json(`/api/documents/${enc(work)}/articles/${enc(number)}${query}`);
}

export function toc(work, lang) {
  const query = lang ? `?lang=${enc(lang)}` : "";
  return json(`/api/documents/${enc(work)}/toc${query}`);
}

/** POST the pack; returns {blob, filename}. */
export async function exportPack(pack, format) {
  const response = await request("/api/export", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "*/*" },
    body: JSON.stringify({ ...pack, format }),
  });
  const disposition = response.headers.get("Content-Disposition") || "";
  let filename = `daleel-course-pack.${format}`;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="([^"]+)"/i.exec(disposition);
  if (utf8) filename = decodeURIComponent(utf8[1]);
  else if (plain) filename = plain[1];
  return { blob: await response.blob(), filename };
}
