// The trainer's course pack, kept in localStorage: {title, items: [{id, type: "heading"|"passage", …}]}.

const KEY = "daleel.pack";
const MAX_ITEMS = 200;
const listeners = new Set();

function read() {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) || "null");
    if (value && Array.isArray(value.items)) return value;
  } catch {
    /* corrupted or unavailable: start again */
  }
  return { title: "", items: [] };
}

let state = read();

function save() {
  try {
    localStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    /* storage full or disabled: the pack lasts for this page only */
  }
  for (const listener of listeners) listener(state);
}

window.addEventListener("storage", (event) => {
  if (event.key === KEY) {
    state = read();
    for (const listener of listeners) listener(state);
  }
});

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export const pack = {
  get items() {
    return state.items;
  },
  get title() {
    return state.title;
  },
  get count() {
    return state.items.length;
  },
  /** The texts, not the headings between them: what the header's counter says (a trial read 19 for 11 texts). */
  get texts() {
    return state.items.filter((item) => item.type !== "heading").length;
  },
  full() {
    return state.items.length >= MAX_ITEMS;
  },
  onChange(listener) {
    listeners.add(listener);
  },
  has(key, language, wording) {
    return state.items.some((i) => i.type === "passage" && i.key === key && i.language === language
      && (i.wording || "") === (wording || ""));
  },
  addPassage({ label, reference, text, language, key, wording, warning, current, version_label, cited_in }) {
    if (this.full() || this.has(key, language, wording)) return false;
    // Its standing too (a wording no longer in force), so that the print view reads its warning again from this text.
    state.items.push({ id: newId(), type: "passage", label, reference: reference || "", text, language, key,
      wording: wording || "", warning: warning || "", current: current !== false, version_label: version_label || null,
      cited_in: cited_in || {} });
    save();
    return true;
  },
  addHeading(text) {
    const clean = (text || "").trim();
    if (!clean || this.full()) return false;
    state.items.push({ id: newId(), type: "heading", text: clean.slice(0, 300) });
    save();
    return true;
  },
  move(id, delta) {
    const from = state.items.findIndex((i) => i.id === id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= state.items.length) return from;
    const [item] = state.items.splice(from, 1);
    state.items.splice(to, 0, item);
    save();
    return to;
  },
  /** An item's warning, once checked ("" for none); items saved before warnings existed have no `warning`. */
  setWarning(id, warning) {
    const item = state.items.find((i) => i.id === id);
    if (!item) return;
    item.warning = warning || "";
    save();
  },
  /** The article's citation in the other languages (the API's `cited_in`), for a text the corpus holds in one. */
  setCitedIn(id, citedIn) {
    const item = state.items.find((i) => i.id === id);
    if (!item) return;
    item.cited_in = citedIn || {};
    save();
  },
  remove(id) {
    state.items = state.items.filter((i) => i.id !== id);
    save();
  },
  clear() {
    state.items = [];
    save();
  },
  setTitle(title) {
    state.title = (title || "").slice(0, 200);
    save();
  },
  /** The body for POST /api/export: only what the trainer collected, with the page's language for the warnings
   * (the file said in Arabic what the pack showed in French: a trial). */
  payload(defaultTitle, warningsLanguage = null) {
    return {
      title: (state.title || "").trim() || defaultTitle,
      ...(warningsLanguage ? { warnings_language: warningsLanguage } : {}),
      items: state.items.map((i) =>
        i.type === "heading"
          ? { type: "heading", text: i.text }
          : { type: "passage", label: i.label, ...(i.reference ? { reference: i.reference } : {}), text: i.text,
            language: i.language, key: i.key, ...(i.wording ? { wording: i.wording } : {}),
            ...(i.warning ? { warning: i.warning } : {}) }),
    };
  },
};
