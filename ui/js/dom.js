// Small DOM helpers. Everything from the API goes in as text nodes, never as HTML.

export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") element.className = value;
    else if (name === "dataset") Object.assign(element.dataset, value);
    else if (name.startsWith("on") && typeof value === "function") element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// Letters only: Arabic's vowel marks (064B–065F, 0670) and punctuation (060C, 061B, 061F) are not.
const LETTER = /[A-Za-z\u00c0-\u024f\u0621-\u064a\u0671-\u06d3\u06fa-\u06fc\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdfb\ufe70-\ufefc]/;
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

// Runs to isolate in a line: article numbers (448-2, 82-5-1, 27.14, 1.86.238) and, in an Arabic
// line, Latin words; in a French line, Arabic words. A number's commas go with it («1.000.000,00»): a run
// cut at one would put its parts in reverse order in Arabic.
const DIGIT = "[0-9\u0660-\u0669]";
const NUMBER_RUN = `${DIGIT}+(?:[-.\\/,]${DIGIT}+)+`;
const LATIN_RUN = "[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9'’°.,:;() -]*[A-Za-z\u00c0-\u024f0-9)]|[A-Za-z\u00c0-\u024f]";
const ARABIC_RUN = "[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff][\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff0-9\u0660-\u0669 .،-]*[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]|[\u0600-\u06ff]";
const IN_ARABIC = new RegExp(`(${NUMBER_RUN})|(${LATIN_RUN})`, "g");
const IN_LATIN = new RegExp(`(${NUMBER_RUN})|(${ARABIC_RUN})`, "g");

/** "rtl" or "ltr" by the script most of the text's words are in (the first word's on a tie), null without a
 * letter. Not the first letter alone, as `dir="auto"` does: «la bonne خدامة عندهم، شدو ليها le passeport وما
 * كيعطيوهاش الخلصة» is an Arabic sentence with French words, and read left to right its Arabic parts come out in
 * reverse order; «Que signifie الاتجار بالبشر ?» stays French. A word's script is its first letter's (vowel marks
 * and punctuation are none). */
export function textDirection(text) {
  let rtl = 0;
  let ltr = 0;
  let first = null;
  for (const word of (text || "").split(/\s+/)) {
    const letter = word.match(LETTER);
    if (!letter) continue;
    const direction = RTL_LETTER.test(letter[0]) ? "rtl" : "ltr";
    if (direction === "rtl") rtl += 1;
    else ltr += 1;
    first = first || direction;
  }
  return rtl === ltr ? first : rtl > ltr ? "rtl" : "ltr";
}

// An article word and the numbers listed after it, up to a number: «المادتين 6-82 و», «الفصل ».
// A whole word («المادتين», «والفصل»; not «يفصل»), «من» only right after it («الفصول من 1-308 إلى 12-308»; not «المادة 2
// من 02-03», a law's number).
const AFTER_ARTICLE_WORD = /(?:^|[^\u0621-\u064a])(?:و|ف)?(?:ب|ل)?(?:ال)?(?:فصل|فصلين|فصلان|فصول|مادة|ماده|مادتين|مادتان|مواد)(?:\s+من)?(?:[\s0-9\u0660-\u0669\-.،,]|و|إلى|الى)*$/;

/** Whether a hyphenated article number in an Arabic line was typed in the order it shows in: «المادتين 6-82 و7-82»
 * (CPP 82-5), «الفصل 1-256» (Penal Code) are 82-6, 82-7 and 256-1, as crossref.js reads them; an article's number
 * is never below its sub-number. The bidi algorithm shows such a number as 82-7; isolated, it would read 7-82.
 * Only after an article word (`before`: the text before the number): a law's «03-23», a decree's «2-17-740» or a
 * date is written in its own order. */
function typedReversed(run, before) {
  if (/[^-0-9\u0660-\u0669]/.test(run) || !AFTER_ARTICLE_WORD.test(before.slice(-60))) return false;
  const parts = run.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).split("-").map(Number);
  return parts[0] < parts[parts.length - 1];
}

// A number as the exports mark it (api/export.py `_NUMBER_RUN_RE`), not one already marked or inside another.
const MARKABLE = /(?<![0-9\u0660-\u0669\u200e])[0-9\u0660-\u0669]+(?:[-./][0-9\u0660-\u0669]+)+/g;

/** Text for the clipboard: a left-to-right mark before each number of its right-to-left lines but those typed
 * reversed, as the exports write them (api/export.py `_numbers_left_to_right`). Pasted into an Arabic paragraph,
 * «الفصل 448-2» would read 2-448 (its digits become Arabic numbers, the hyphen a neutral); the mark is invisible. */
export function numbersLeftToRight(text) {
  return (text || "").split("\n").map((line) => (textDirection(line) !== "rtl" ? line
    : line.replace(MARKABLE, (run, offset) => (typedReversed(run, line.slice(0, offset)) ? run : `\u200e${run}`))))
    .join("\n");
}

/** The text as nodes, with numbers and other-script runs wrapped in <bdi> so they keep their order. No direction
 * marks: the characters stay the text's (a copy of a label is the label). */
export function isolate(text, direction = textDirection(text)) {
  const fragment = document.createDocumentFragment();
  const pattern = direction === "rtl" ? IN_ARABIC : IN_LATIN;
  let last = 0;
  for (const match of (text || "").matchAll(pattern)) {
    if (match[1] && direction === "rtl" && typedReversed(match[1], text.slice(0, match.index))) continue;
    if (match.index > last) fragment.append(text.slice(last, match.index));
    const bdi = h("bdi", { dir: match[1] ? "ltr" : direction === "rtl" ? "ltr" : "rtl", class: match[1] ? "num" : null },
      match[0]);
    fragment.append(bdi);
    last = match.index + match[0].length;
  }
  if (last < (text || "").length) fragment.append(text.slice(last));
  return fragment;
}

const NUMBER = new RegExp(NUMBER_RUN, "g");
const NUMBER_PART = new RegExp(`${DIGIT}|[-.\\/,]`);

/** The element with the numbers of its text (448-1, 82-7, 23.86) in <bdi dir="ltr" class="num"> as `isolate` puts
 * them, its markup (highlights, links) kept: an article's text, where «المادة 82-7» would show as 7-82. The
 * characters stay the same. A number the markup cuts (a highlight ending inside it) is left as it is, and so is one
 * already in a <bdi>. `direction`: the text's, as it is shown. */
export function isolateNumbers(root, direction = textDirection(root.textContent)) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  const whole = nodes.map((n) => n.data).join("");  // what comes before a number may lie in other nodes (links)
  let offset = 0;
  nodes.forEach((node, i) => {
    const start = offset;
    offset += node.data.length;
    if (node.parentElement?.closest("bdi")) return;
    const text = node.data;
    const before = nodes[i - 1]?.data.slice(-1) || "";
    const after = nodes[i + 1]?.data.charAt(0) || "";
    const wrapped = (match) => !(match.index === 0 && NUMBER_PART.test(before))
      && !(match.index + match[0].length === text.length && NUMBER_PART.test(after))
      && !(direction === "rtl" && typedReversed(match[0], whole.slice(Math.max(0, start + match.index - 60), start + match.index)));
    const matches = [...text.matchAll(NUMBER)].filter(wrapped);
    if (!matches.length) return;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of matches) {
      if (match.index > last) fragment.append(text.slice(last, match.index));
      fragment.append(h("bdi", { dir: "ltr", class: "num" }, match[0]));
      last = match.index + match[0].length;
    }
    if (last < text.length) fragment.append(text.slice(last));
    node.replaceWith(fragment);
  });
  return root;
}

/** UTF-16 index of each code-point offset (the API counts code points, as Python does). */
export function codePointIndex(text) {
  const map = [];
  let unit = 0;
  for (const char of text) {
    map.push(unit);
    unit += char.length;
  }
  map.push(unit);
  return (offset) => map[Math.max(0, Math.min(offset, map.length - 1))];
}

/** Text with <mark> around the [start, end) code-point ranges. */
export function highlighted(text, ranges = []) {
  const fragment = document.createDocumentFragment();
  const at = codePointIndex(text);
  const spans = ranges
    .map(([start, end]) => [at(start), at(end)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let last = 0;
  for (const [start, end] of spans) {
    const from = Math.max(start, last);
    if (end <= from) continue;
    if (from > last) fragment.append(text.slice(last, from));
    fragment.append(h("mark", {}, text.slice(from, end)));
    last = end;
  }
  if (last < text.length) fragment.append(text.slice(last));
  return fragment;
}

let announceTimer;

/** Say something to screen readers through the polite live region. */
export function announce(message) {
  const region = document.getElementById("announcer");
  if (!region) return;
  region.textContent = "";
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => {
    region.textContent = message;
  }, 50);
}

const ICONS = {
  copy: "M9 9h10v10H9z M5 15V5h10",
  up: "M12 19V5 M6 11l6-6 6 6",
  down: "M12 5v14 M6 13l6 6 6-6",
  remove: "M6 6l12 12 M18 6L6 18",
  plus: "M12 5v14 M5 12h14",
};

/** A small stroke icon (inline SVG, no font needed), hidden from screen readers. */
export function icon(name) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", ICONS[name]);
  path.setAttribute("fill", "none");
  path.setAttribute("stroke", "currentColor");
  path.setAttribute("stroke-width", "2");
  path.setAttribute("stroke-linecap", "round");
  path.setAttribute("stroke-linejoin", "round");
  svg.append(path);
  return h("span", { class: "icon", "aria-hidden": "true" }, svg);
}
