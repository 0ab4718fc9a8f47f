// Daleel's page: search, article view, course pack. State lives in the URL (and the pack in localStorage).
//
// URL: ?q=…&lang=&work_type=&jurisdiction=&work=&original=1   search (filters as the API's parameters)
//      ?article=<work>:<number>[&in=ar|fr]                      one article (also #/article/<work>/<number>)
//      ?toc=<work>                                               a work's table of contents
//      ?view=pack | ?view=print                                  the course pack, its printable page
//      &ui=ar|fr                                                 interface language

import * as api from "./api.js";
import { findReferences } from "./crossref.js";
import { announce, h, highlighted, icon, isolate, isolateNumbers, numbersLeftToRight, textDirection } from "./dom.js";
import { ENTRY_POINTS, LANGS, WORK_TYPES, has, initialLang, lang, setLang, t } from "./i18n.js";
import { pack } from "./pack.js";

const main = document.getElementById("main");
const form = document.getElementById("search");
const input = document.getElementById("q");
const FILTER_SETTLE_MS = 400;
let filterTimer;
const FILTERS = ["lang", "work_type", "jurisdiction", "work"];
const TOP_K = 10;
const MAX_QUERY_CHARS = 2000; // the API's limit (search.pipeline.MAX_QUERY_CHARS)
const ECHOED_QUERY_CHARS = 120; // a pasted story is not repeated whole above its results
let renderToken = 0;
let worksCache = null;
const searchCache = new Map();

// --- helpers --------------------------------------------------------------------------------

const params = () => new URLSearchParams(location.search);
const dirOf = (language) => (language === "ar" ? "rtl" : "ltr");
// The direction `isolate` reads a text in, for the element holding it (auto for a text without letters).
const dirOfText = (text) => textDirection(text) || "auto";

/** A translated string with its {vars} as isolated nodes (a query in Arabic inside French, and vice versa).
 * A var may be a node (a link): it goes in as it is, isolated too. */
function tf(key, vars = {}) {
  const template = t(key, Object.fromEntries(Object.keys(vars).map((k) => [k, `\u0000${k}\u0000`])));
  const fragment = document.createDocumentFragment();
  template.split("\u0000").forEach((part, i) => {
    if (i % 2 === 0) fragment.append(part);
    // A node's own isolates do not count for `dir="auto"`: links each in a <bdi> would make the list left to right.
    else if (vars[part] instanceof Node) {
      fragment.append(h("bdi", { dir: textDirection(vars[part].textContent) }, vars[part]));
    }
    // «الفصل 448-2»: the number stays 448-2; a mixed question reads in the direction of most of its words.
    else fragment.append(h("bdi", { dir: textDirection(String(vars[part])) }, isolate(String(vars[part]))));
  });
  return fragment;
}

function articleHref(key, language) {
  const query = new URLSearchParams({ article: key });
  if (language) query.set("in", language);
  return `?${query}`;
}

function workTitle(work, preferred = lang()) {
  if (!work) return "";
  const title = work.short_titles?.[preferred] || work.titles?.[preferred]
    || Object.values(work.short_titles || {})[0] || Object.values(work.titles || {})[0] || work.id;
  // A user's upload says so wherever it is named, as its citations do: no notice may pass it for a law.
  return work.added_by_user ? `${title} ${t("addedByUser")}` : title;
}

// The works an ambiguous article is in, by title, in the catalogue's order (its laws first): four at most, then
// how many others.
function someWorks(ids, most = 4) {
  const works = worksCache || [];
  const rank = (id) => { const i = works.findIndex((w) => w.id === id); return i < 0 ? works.length : i; };
  const sorted = [...(ids || [])].sort((a, b) => rank(a) - rank(b));
  const shown = sorted.length <= most + 1 ? sorted : sorted.slice(0, most);  // «and 1 other» says less than its name
  const titles = shown.map((id) => workTitle(works.find((w) => w.id === id)) || id);
  const sep = listSeparator();
  return titles.join(sep) + (shown.length < sorted.length ? sep + t("andOthers", { n: sorted.length - most }) : "");
}

/** The page's list separator: the Arabic comma in Arabic, a comma otherwise. */
function listSeparator() {
  return lang() === "ar" ? "، " : ", ";
}

async function loadWorks() {
  if (worksCache) return worksCache;
  try {
    worksCache = await api.works();
  } catch {
    return [];
  }
  return worksCache;
}

function navigate(url, { replace = false, focus = true } = {}) {
  clearTimeout(filterTimer);  // a search or a link followed before a filter settled wins over it
  // Where the reader was, for Back, now: a save still pending would land on the new entry.
  clearTimeout(scrollTimer);
  if (!replace) saveScroll();
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  render({ focus });
}

function badge(text, kind) {
  return h("span", { class: `badge badge-${kind}` }, text);
}

// An article the corpus holds only in a language other than the page's says so where it is shown (a trial: the French
// page's «article 82-5-1 CPP» came in Arabic without a word; the contents already said «en arabe seulement»). Not one
// it also holds in a third language: it is not «only» in the one shown.
function onlyInBadge(language, others) {
  if (!language || language === lang() || others.some((o) => o.language !== language && o.current !== false)) {
    return null;
  }
  return badge(t("onlyInBadge", { lang: t(`lang_${language}`) }), "only-in");
}

function badges(citation, matchedBy, onlyIn = null) {
  const list = [];
  if (onlyIn) list.push(onlyIn);
  if (citation.work_type) list.push(badge(t(`type_${citation.work_type}`), "type"));
  if (citation.jurisdiction) list.push(badge(t(`jur_${citation.jurisdiction}`), "jur"));
  // Only a wording an amending law quoted is "original" (or "as amended"); a law as enacted and in force is not.
  if (citation.current === false) list.push(badge(t(quotedWordingKey(citation.wording)), "original"));
  else if (citation.wording === "as_enacted") list.push(badge(t("wording_published"), "wording"));
  else if (citation.wording) list.push(badge(t(`wording_${citation.wording}`), "wording"));
  if (matchedBy === "citation") list.push(badge(t("matchedByCitation"), "cited"));
  else if (matchedBy === "work") list.push(badge(t("matchedByWork"), "cited"));
  if (citation.quoted_by) list.push(badge(tf("quotedBy", { label: citation.quoted_by }), "quoted"));
  return h("div", { class: "badges" }, list);
}

// --- repealed articles ------------------------------------------------------------------------------
// A consolidated code keeps a repealed article as one line, «الفصول من 494 إلى 496 ألغيت.» (the API's `repealed`),
// while another language's text may still print its old wording: the French 494 of 2018 beside the Arabic of 2024.
// The page says which text says the article is repealed, and what that makes of the others, from the data.

// As the API writes dates in its references («22 أغسطس 2024», «5 juillet 2018»); the 1st is «فاتح», «1er».
const MONTHS = {
  ar: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre"],
};

function formatDate(iso, language = lang()) {
  const [year, month, day] = (iso || "").split("-").map(Number);
  const months = MONTHS[language] || MONTHS.fr;
  if (!year || !month || !day) return iso || "";
  const first = { ar: "فاتح", fr: "1er" }[language] || "1";
  return `${day === 1 ? first : day} ${months[month - 1]} ${year}`;
}

/** The consolidation date of a work's text in that language (from /api/documents), when it is the consolidated one. */
function consolidationDate(passage, workId) {
  if (passage.wording !== "consolidated" || passage.current === false) return null;
  const work = (worksCache || []).find((w) => w.id === workId);
  return work?.versions.find((v) => v.language === passage.language)?.version_date || null;
}

/** Which wording a text is, in the interface's language: «version consolidée au 5 juillet 2018», «كما نُشر». */
function wordingName(passage, workId) {
  const date = consolidationDate(passage, workId);
  if (date) return t("consolidatedOn", { date: formatDate(date) });
  if (passage.current === false) return passage.version_label || t(quotedWordingKey(passage.wording));
  return t(passage.wording === "as_enacted" ? "wording_published" : `wording_${passage.wording || "authentic"}`);
}

const capitalized = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** Whether the Arabic labels call the article «المادة» (feminine) rather than «الفصل»: the Arabic words agree.
 * Without an Arabic label, «المادة», the word of laws, decrees and treaties. */
function feminineArticle(labels) {
  return !labels.some((label) => /^\s*الفصل/.test(label || ""));
}

/** The key of a string in the form that agrees with the article's gender, where the language has one. */
const agreeing = (key, feminine) => (feminine && has(`${key}_f`) ? `${key}_f` : key);

function repealedBadge(feminine) {
  return h("span", { class: "badge badge-repealed", lang: lang(), dir: dirOf(lang()) }, t(agreeing("repealed", feminine)));
}

/** The notice at the top of an article or a result card when a text of the article says it was repealed: the
 * main text itself (it says nothing more), or, the main text saying nothing of it, another language's or wording's.
 * `main` and `others` are texts as the API gives them ({language, wording, current, repealed, text, label});
 * `quote` quotes the repealing line. Null when no current text says the article was repealed. */
function repealNotice(main, others, workId, { quote = false } = {}) {
  const current = others.filter((o) => o.current !== false);
  const feminine = feminineArticle([main, ...others].map((o) => o.label));
  const name = (o) => t(`textIn_${o.language}`);
  const key = (k) => agreeing(k, feminine);
  const dated = (o) => consolidationDate(o, workId);
  // What the repeal makes of a text that still prints a wording: out of force when it is older than the text that
  // repeals it; otherwise the reader has to check.
  const still = (o, repealer, below) => {
    const older = dated(o) && dated(repealer) && dated(o) < dated(repealer);
    const which = `${older ? "stale" : "uncertain"}${below ? "Below" : "Beside"}`;
    return h("p", {}, tf(key(which), { Text: capitalized(name(o)), version: wordingName(o, workId) }));
  };
  let title;
  const body = [];
  if (main.repealed) {
    title = t(key("repealedTitle"));
    body.push(h("p", {}, tf(key("repealedOnly"), { Text: capitalized(name(main)), version: wordingName(main, workId) })));
    for (const o of current.filter((x) => !x.repealed)) body.push(still(o, main, false));
  } else {
    const repealer = current.find((o) => o.repealed);
    if (!repealer) return null;
    title = t(key("repealedBy"), { text: name(repealer) });
    const says = { Text: capitalized(name(repealer)), version: wordingName(repealer, workId) };
    const line = quote && h("span", { class: "repeal-quote", lang: repealer.language, dir: dirOf(repealer.language) },
      isolate(repealer.text.trim(), dirOf(repealer.language)));
    body.push(h("p", {}, line ? tf(key("repealedSaysQuoted"), { ...says, quote: line }) : tf(key("repealedSays"), says)));
    body.push(still(main, repealer, true));
  }
  return h("div", { class: "notice repealed", role: "note", lang: lang(), dir: dirOf(lang()), dataset: { title } },
    h("p", { class: "repeal-title" }, h("span", { class: "repeal-icon", "aria-hidden": "true" }, "⚠"), " ",
      h("strong", {}, title)),
    body);
}

/** The notice on a wording a later law amended (CPP 82-5-1 as Law 27-14 enacted it, which Law 03.23 amended): a trial
 * exported it with its label alone. */
function supersededNotice(text) {
  const title = t("supersededTitle");
  const law = lang() === "ar" ? text.amended_by : text.amended_by.replace(".", "-");
  return h("div", { class: "notice later-amended", role: "note", lang: lang(), dir: dirOf(lang()), dataset: { title } },
    h("p", { class: "repeal-title" }, h("span", { class: "repeal-icon", "aria-hidden": "true" }, "⚠"), " ",
      h("strong", {}, title)),
    h("p", {}, tf("supersededBody", { law })));
}

/** The notice on a text another language's notes say was amended after its version («352»: the French Penal Code of
 * 2018 still prints the life sentence Law 33-18 replaced in 2019): the notes quoted in their language. Null if none. */
function laterNotice(text, others, workId) {
  if (text.amended_by && !text.repealed) return supersededNotice(text);
  const notes = text.later_amendments || [];
  if (!notes.length || text.repealed) return null;
  const from = others.find((o) => o.language !== text.language && o.current !== false) || {};
  const title = t("laterTitle");
  return h("div", { class: "notice later-amended", role: "note", lang: lang(), dir: dirOf(lang()), dataset: { title } },
    h("p", { class: "repeal-title" }, h("span", { class: "repeal-icon", "aria-hidden": "true" }, "⚠"), " ",
      h("strong", {}, title)),
    h("p", {}, tf("laterBody", { text: t(`noteOf_${from.language || "ar"}`), version: wordingName(text, workId) })),
    // Isolated: «الفصل 218-4-2» in an Arabic note would show «2-4-218» (a review measured it).
    notes.map((note) => h("p", { class: "later-note", lang: from.language, dir: dirOf(from.language) },
      isolate(note, dirOf(from.language)))));
}

// --- what an amending law's article does -------------------------------------------------------------
// Law 27-14's «المادة الأولى» says only «تتمم … بالفرع السادس التالي» and a section title: the articles it inserts
// are the code's. The API's `changes` say what the article inserts or amends, and which of those the index holds.

/** «تضيف إلى مجموعة القانون الجنائي»: what an amending law's article does, its work a link to that work's contents. */
function changeLine(change, feminine) {
  const work = (worksCache || []).find((w) => w.id === change.work);
  const title = work ? workTitle(work) : change.work;
  const link = h("a", { href: `?${new URLSearchParams({ toc: change.work })}`, class: "change-work" }, isolate(title));
  const verb = `change_${change.type}`;
  const line = has(verb) ? tf(agreeing(verb, feminine), { work: link }) : tf("changeOther", { type: change.type, work: link });
  return { line, title };
}

function changesSection(changes, labels, language) {
  if (!changes?.length) return null;
  const feminine = feminineArticle(labels);
  let missing = false;
  const items = changes.map((change) => {
    const { line, title } = changeLine(change, feminine);
    const held = new Set(change.keys || []);
    const articles = (change.articles || []).map((article) => {
      const key = `${change.work}:${article}`;
      const number = h("bdi", { dir: "ltr", class: "num" }, article);  // «448-1» never shows as «1-448»
      if (held.has(key)) {
        return h("li", {}, h("a", { href: articleHref(key, language), class: "change-article",
          "aria-label": t("articleOf", { work: title, article }), dataset: { article } }, number));
      }
      missing = true;
      return h("li", {}, h("span", { class: "change-article not-indexed" }, number,
        h("span", { class: "visually-hidden" }, ` (${t("notIndexed")})`)));
    });
    return h("li", { class: "change", dataset: { type: change.type, work: change.work } },
      h("p", { class: "change-line" }, line, articles.length ? t("changeArticles") : null),
      articles.length ? h("ul", { class: "change-articles", dir: dirOf(lang()) }, articles) : null);
  });
  return h("section", { class: "changes-section", "aria-labelledby": "changes-title", lang: lang(), dir: dirOf(lang()) },
    h("h3", { id: "changes-title" }, t(agreeing("changesTitle", feminine))),
    h("ul", { class: "changes" }, items),
    missing ? h("p", { class: "muted changes-note" }, t("changesMissing")) : null);
}

function headingPath(path, language) {
  if (!path || !path.length) return null;
  return h("ol", { class: "path", "aria-label": t("headingPath"), lang: language, dir: dirOf(language) },
    path.map((part) => h("li", {}, isolate(part, dirOf(language)))));
}

function citeLabel(tag, label, language, attrs = {}) {
  return h(tag, { class: "cite", lang: language, dir: dirOfText(label), ...attrs }, isolate(label, textDirection(label)));
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = h("textarea", { class: "visually-hidden", "aria-hidden": "true" });
    area.value = text;
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

// The official reference (title, dahir, Bulletin officiel) under a citation label.
function referenceLine(reference, language) {
  if (!reference) return null;
  const line = h("p", { class: "reference", lang: language, dir: dirOf(language) },
    isolate(reference, textDirection(reference)));
  // On a phone a long treaty reference folds to two lines (CSS); a tap unfolds it, and copying takes it whole.
  line.addEventListener("click", () => line.classList.toggle("unfolded"));
  return line;
}

/** The catalogue's notes on a text: how its translation differs from the text that prevails, and what its words alone
 * do not say of its standing (Law 19-12 art. 6's transitional period, over since 2023: a trial read it as in force). */
function corpusNotes(passage) {
  return [passage.translation_difference, passage.standing_note].filter(Boolean).join(" ") || null;
}

/** What the page says beside a text: its own notes as a warning; for the text that prevails, how its translation
 * differs, as information (a trial: a ⚠ on the Arabic text read as a doubt on the text that prevails). The latter is
 * not about this text, and is neither copied with its citation nor packed (a judge pasted it into an order). */
function passageNotes(passage, language) {
  return [differenceNote(corpusNotes(passage), language), counterpartNote(passage.counterpart_difference, language)];
}

// The corpus's notes on a text (`corpusNotes`: the French Penal Code's 448-7 makes an exemption the Arabic leaves to
// the judge a right): said with the text, in the text's language.
function differenceNote(note, language) {
  if (!note) return null;
  return h("p", { class: "notice translation-difference", role: "note", lang: language, dir: dirOf(language) },
    h("span", { "aria-hidden": "true" }, "⚠ "), isolate(note, dirOf(language)));
}

// The catalogue's note, for the readers of the text that prevails, on how its translation differs.
function counterpartNote(note, language) {
  if (!note) return null;
  return h("p", { class: "notice counterpart-difference", role: "note", lang: language, dir: dirOf(language) },
    h("span", { "aria-hidden": "true" }, "ℹ "), isolate(note, dirOf(language)));
}

/** Copies a text still to come (a fetch): the write is asked for within the click, as Safari requires (a review),
 * where the browser takes a promise; else once the text is there. */
async function copyLater(text) {
  if (window.ClipboardItem && navigator.clipboard?.write) {
    try {
      const blob = text.then((s) => new Blob([s], { type: "text/plain" }));
      await navigator.clipboard.write([new ClipboardItem({ "text/plain": blob })]);
      return true;
    } catch {
      // below
    }
  }
  return copyText(await text);
}

/** The corpus's warning on the article's current text in `language`, in that language, as the API and the export
 * give it (`warning`): the repeal another language version states, a later amendment, a translation that differs. */
async function textWarning(key, language, fallback) {
  const at = key.indexOf(":");
  const view = await api.article(key.slice(0, at), key.slice(at + 1), language);
  return view.language === language ? view.warning : fallback;
}

// A citation is copied with its reference, as it would be pasted into a brief.
// With the corpus's note where the translation differs from the text that prevails: a brief quoting the French 448-7
// must carry it (a trial). Given the article's `key` and the text's `language`, with the corpus's warning on that text
// (`textWarning`): the French 494 was copied without a word of the Arabic text's repeal (a trial). Where the article
// cannot be read, the note the search gave.
// Where the corpus holds the text in another language than the page's only, the citation in the page's language comes
// first (`cited_in`, the API's): a French report cites «Loi n° 27-14, article 5 (texte arabe)», then the Arabic (a trial).
// Its Arabic lines' numbers carry a left-to-right mark, as the exports' do: pasted, «الفصل 448-2» read 2-448 (a trial).
function copyButton(label, reference = null, note = null, { key = null, language = null, citedIn = null } = {}) {
  const button = h("button", { type: "button", class: "icon-button copy", "aria-label": t("copyLabel", { label }) },
    icon("copy"), h("span", { class: "button-text" }, t("copy")));
  const cited = language && language !== lang() ? citedIn?.[lang()] : null;
  const lines = cited ? [`${cited.label} (${t(`citedText_${language}`)})`, cited.reference, label, reference]
    : [label, reference];
  button.addEventListener("click", async () => {
    const warning = key && language ? textWarning(key, language, note).catch(() => note) : Promise.resolve(note);
    const ok = await copyLater(warning.then((w) => numbersLeftToRight([...lines, w].filter(Boolean).join("\n"))));
    const message = ok ? t("copied") : t("copyFailed");
    button.querySelector(".button-text").textContent = message;
    button.dataset.copied = ok ? "yes" : "no";
    announce(message);
    setTimeout(() => {
      button.querySelector(".button-text").textContent = t("copy");
      delete button.dataset.copied;
    }, 2000);
  });
  return button;
}

/** The corpus's warning on the article a pack item quotes, as plain text: its repeal or later amendment notice in the
 * page's language, and the catalogue's note where its translation differs, in the text's ("" when there is none): a
 * handout must not show repealed law as in force (a trial found the French 494 exported without a word). Throws when
 * the article cannot be read, so that nothing is added unchecked. */
async function corpusWarning(key, passage) {
  const texts = await articleTexts(key, passage.language);
  const main = wholeOf(texts, passage) || texts.find((o) => o.language === passage.language) || texts[0];
  const others = texts.filter((o) => o !== main);
  const workId = key.slice(0, key.indexOf(":"));
  const notice = repealNotice(main, others, workId) || laterNotice(main, others, workId);
  // The notice's sentences, not the notes it quotes: an Arabic note's numbers in a French line would read reversed.
  const said = notice ? [...notice.querySelectorAll("p:not(.later-note)")] : [];
  // And the corpus's note where the translation differs from the text that prevails, as the export lays it out. A
  // notice's title ends as a sentence: the print view ran «Abrogé selon le texte arabe Le texte arabe (…» together.
  const sentences = said.map((p) => p.textContent.replace("⚠", "").trim()).filter(Boolean)
    .map((line) => (/[.:!?؟…»)]$/.test(line) ? line : `${line}.`));
  return [...sentences, corpusNotes(main)].filter(Boolean).join(" ");
}

/** "Add to course pack" for one article; `resolve` fetches the whole article when the page shows a part of it.
 * When it cannot, nothing is added: a pack must never hold part of an article under its citation. */
function packButton(passage, resolve = async () => passage) {
  const button = h("button", { type: "button", class: "pack-add" });
  let failed = false;
  const refresh = () => {
    const inside = pack.has(passage.key, passage.language, passage.wording);
    button.textContent = inside ? t("inPack") : failed ? t("packAddFailed") : t("addToPack");
    button.setAttribute("aria-label", inside ? `${t("inPack")} — ${passage.label}` : t("addToPackLabel", { label: passage.label }));
    button.setAttribute("aria-disabled", inside ? "true" : "false");
  };
  button.addEventListener("click", async () => {
    if (pack.has(passage.key, passage.language, passage.wording) || button.hasAttribute("aria-busy")) return;
    button.setAttribute("aria-busy", "true");
    let full = null;
    try {
      full = await resolve();
    } catch {
      full = null;
    }
    const warning = full ? await corpusWarning(passage.key, { ...passage, ...full }).catch(() => null) : null;
    // Its citation in the other language, for a text held in one: shown on the pack's list as the files give it.
    const citedIn = full && warning !== null
      ? await articleTexts(passage.key, passage.language).then((texts) => wholeOf(texts, { ...passage, ...full })?.cited_in)
        .catch(() => null) : null;
    button.removeAttribute("aria-busy");
    failed = !full || warning === null;
    if (failed) announce(t("packAddFailedLong"));
    else if (pack.addPassage({ ...full, key: passage.key, wording: passage.wording, warning, current: passage.current,
      version_label: passage.version_label, cited_in: citedIn || {} })) {
      announce(t("added", { label: passage.label }));
    }
    refresh();
  });
  refresh();
  button.refresh = refresh;
  return button;
}

function statusMessage(text) {
  return h("p", { class: "status", role: "status" }, text);
}

function errorBox(error, retry) {
  let message = t("errorServer");
  let detail = null;
  if (error instanceof api.ApiError) {
    if (error.status === 0) message = t("errorNetwork");
    else if (error.status === 404) message = t("errorNotFound");
    else if (error.status === 422) {
      message = t("errorInvalid");
      detail = error.message;
    }
  }
  return h("div", { class: "notice error", role: "alert" },
    h("h2", { tabindex: "-1" }, t("errorTitle")),
    h("p", {}, message),
    detail && h("p", { class: "detail", dir: dirOfText(detail) }, isolate(detail)),
    // The same request would be refused again: a retry is offered only where it may succeed; a text that is not
    // there, the list of those that are (a trial was offered «Réessayer» for «?toc=foo»).
    error?.status === 404 ? h("p", {}, h("a", { href: "./" }, t("worksListLink")))
      : retry && !detail && h("button", { type: "button", class: "secondary", onclick: retry }, t("retry")));
}

// --- search form and filters ------------------------------------------------------------------

function fillSelect(select, options, value) {
  select.replaceChildren(h("option", { value: "" }, t("any")),
    ...options.map(([v, label]) => h("option", { value: v, selected: v === value }, label)));
  select.value = value || "";
}

/** The box reads in the direction of most of the question's words (`dir="auto"` takes the first one's). */
function orientInput() {
  input.dir = dirOfText(input.value);
}
input.addEventListener("input", orientInput);

async function syncForm(p) {
  if (document.activeElement !== input || !input.value) input.value = p.get("q") || "";
  orientInput();
  fillSelect(form.elements.work_type, WORK_TYPES.map((w) => [w, t(`type_${w}`)]), p.get("work_type"));
  fillSelect(form.elements.jurisdiction, ["MA", "international"].map((j) => [j, t(`jur_${j}`)]), p.get("jurisdiction"));
  fillSelect(form.elements.lang, ["ar", "fr", "en"].map((l) => [l, t(`lang_${l}`)]), p.get("lang"));
  form.elements.original.checked = p.get("original") === "1";
  const active = FILTERS.filter((f) => p.get(f)).length + (p.get("original") === "1");
  document.getElementById("filters-count").textContent = active ? ` (${active})` : "";
  // Open to show what narrows the results, but not on a phone, where it would push them off the screen (a trial
  // saw only the filters and «جارٍ البحث…»): the count beside its title says so there.
  const filters = form.querySelector("#filters");
  if (active && !NARROW.matches) filters.open = true;
  // Folded once a question is searched, not while a filter is being chosen in it (a review: focus was lost).
  else if (NARROW.matches && foldFilters) filters.open = false;
  foldFilters = false;
  fillSelect(form.elements.work, [], p.get("work"));
  const works = await loadWorks();
  fillSelect(form.elements.work, works.map((w) => [w.id, workTitle(w)]), params().get("work"));
}

const NARROW = window.matchMedia("(max-width: 640px)");
let foldFilters = false; // a question was just submitted: a phone folds the filters away from its results

function searchUrl(q) {
  const query = new URLSearchParams();
  query.set("q", q);
  for (const name of FILTERS) if (form.elements[name].value) query.set(name, form.elements[name].value);
  if (form.elements.original.checked) query.set("original", "1");
  return `?${query}`;
}

const hint = document.getElementById("q-hint");

/** Says, beside the box, why a question is not searched; the text stays there to be shortened. */
function showHint(text) {
  hint.replaceChildren(text || "");
  hint.hidden = !text;
  if (text) input.setAttribute("aria-invalid", "true");
  else input.removeAttribute("aria-invalid");
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const q = input.value.trim();
  if (!q) {  // said, not a silent button (a trial pressed it twice)
    showHint(t("queryEmpty"));
    input.focus();
    return;
  }
  // Punctuation or emoji alone: said beside the box as an empty question is, not as a failed request (a trial).
  if (!/[\p{L}\p{N}]/u.test(q)) {
    showHint(t("queryNoWords"));
    input.focus();
    return;
  }
  // Not cut silently, as a maxlength would: a pasted story keeps its question, which is often at its end.
  if (q.length > MAX_QUERY_CHARS) {
    showHint(tf("queryTooLong", { n: q.length }));
    input.focus();
    return;
  }
  showHint("");
  foldFilters = true;
  navigate(searchUrl(q), { focus: false });
});

input.addEventListener("input", () => {
  if (!hint.hidden && input.value.trim().length <= MAX_QUERY_CHARS) showHint("");
});

/** The question as repeated above its results and in the tab's title: its beginning when it is long. */
function echoed(q) {
  return q.length > ECHOED_QUERY_CHARS ? `${q.slice(0, ECHOED_QUERY_CHARS).trimEnd()}…` : q;
}

// A filter searches again once the reader has settled on a value: the arrow keys on a closed list change it
// option by option, and each would be a search.
form.addEventListener("change", (event) => {
  if (event.target === input) return;
  clearTimeout(filterTimer);
  filterTimer = setTimeout(() => {
    const q = input.value.trim() || params().get("q");
    // Back at the value it had (down and up again): the same search, no new history entry.
    if (q && searchUrl(q) !== location.search) navigate(searchUrl(q), { focus: false });
  }, FILTER_SETTLE_MS);
});

document.getElementById("clear-filters").addEventListener("click", () => {
  for (const name of FILTERS) form.elements[name].value = "";
  form.elements.original.checked = false;
  const q = input.value.trim() || params().get("q");
  if (q) navigate(searchUrl(q), { focus: false });
});

// --- views ------------------------------------------------------------------------------------

async function homeView() {
  const entries = ENTRY_POINTS.map((entry) =>
    h("section", { class: "entry", "aria-labelledby": `entry-${entry.id}` },
      h("h3", { id: `entry-${entry.id}` }, t(entry.title)),
      h("p", { class: "muted" }, t(entry.intro)),
      h("ul", { class: "queries" }, entry.queries.map(({ q, lang: language }) =>
        h("li", { lang: language, dir: dirOf(language) },
          h("a", { href: `?${new URLSearchParams({ q })}` }, q))))));
  const worksList = h("ul", { class: "works" }, h("li", { class: "muted" }, "…"));
  main.replaceChildren(
    h("section", { class: "intro" }, h("h2", { tabindex: "-1" }, t("entryTitle")), h("p", {}, t("entryIntro"))),
    h("div", { class: "entry-grid" }, entries),
    h("section", { class: "browse", "aria-labelledby": "browse-title" },
      h("h2", { id: "browse-title" }, t("browse")), worksList));
  const token = renderToken;
  const works = await loadWorks();
  if (token !== renderToken) return;
  const indexed = works.filter((work) => work.versions.some((v) => v.passages > 0));
  worksList.replaceChildren(...indexed.map((work) => {
    const articles = Math.max(0, ...work.versions.map((v) => v.articles));
    // Each language's own count where they differ: the French Penal Code has 717 articles to the Arabic's 740 (a
    // trial read «740 articles · arabe، français» as both), in the page's own list separator.
    const differ = new Set(work.versions.map((v) => v.articles)).size > 1;
    const languages = work.versions.map((v) => (differ ? `${t(`lang_${v.language}`)} (${v.articles})` : t(`lang_${v.language}`)));
    return h("li", { dataset: { work: work.id } },
      // In its own direction: a Latin title on the Arabic page read «27 traite 14/Loi» (a trial's upload).
      h("a", { href: `?${new URLSearchParams({ toc: work.id })}`, dir: dirOfText(workTitle(work)) },
        isolate(workTitle(work))),
      fullTitle(work),
      " ", badge(t(`type_${work.type}`), "type"), " ", badge(t(`jur_${work.jurisdiction}`), "jur"),
      " ", h("span", { class: "muted" }, articleCount(work, articles, { indexed: false }), " · ",
        languages.join(listSeparator())),
      excerptNote(work));
  }));
}

/** A law's whole title under the number it is listed by: a judge's trial read «Loi n° 103-13», «Loi n° 02-03» where
 * the conventions had their names. Nothing where the title is the name listed (the Penal Code's). */
function fullTitle(work) {
  const title = work.titles?.[lang()];
  const listed = workTitle(work);
  if (!title || title === listed) return null;
  // «Loi n° 27-14 — relative à la lutte …», not the number twice; nor «المرسوم رقم 2.17.740 — مرسوم رقم 2.17.740
  // بتحديد…» (a trial), the title's first word without the article the listed name gives it.
  const bare = listed.replace(/^ال/u, "");
  const prefix = title.startsWith(listed) ? listed : title.startsWith(bare) ? bare : null;
  const rest = prefix
    ? title.slice(prefix.length).replace(/^[\s,،;؛:]+/u, "").replace(/^\((.*)\)$/u, "$1") : title;  // a title in brackets after the name
  return h("span", { class: "muted work-full-title", dir: dirOfText(title) }, " — ", isolate(rest));
}

/** The language a pack item's warning is written in, for its font and its reader: Arabic when it reads right to left,
 * else the text's or the page's (a trial's print view set a French warning in the Arabic page's font). */
function warningLanguage(item) {
  if (dirOfText(item.warning) === "rtl") return "ar";
  return item.language !== "ar" ? item.language : lang() !== "ar" ? lang() : "fr";
}

/** Which part of a work the corpus holds, where it holds only part: «10 articles» of the CPP is its Part II bis, not
 * the whole code (a trial). In the page's language where the catalogue has it. */
function excerptNote(work) {
  const said = work.excerpt?.[lang()] || Object.values(work.excerpt || {})[0];
  return said ? h("p", { class: "excerpt muted", dir: dirOfText(said) }, isolate(said)) : null;
}

function passageBlock(passage, { highlights = [], className = "", id, works, workId, heading = null, known } = {}) {
  const text = h("p", { class: "text", dir: "auto", lang: passage.language });
  if (works) text.append(linkedText(passage.text, passage.language, workId, works, known, passage.cross_references));
  else text.append(highlighted(passage.text, highlights));
  isolateNumbers(text, dirOf(passage.language));  // after the highlights and links, placed by the text's offsets
  return h("section", { class: `passage ${className}`, lang: passage.language, dir: dirOf(passage.language), id },
    heading, text);
}

// --- whole articles -------------------------------------------------------------------------
// A search result holds its article whole when it is short, else one passage of it (the best; the others of its
// wording in other_passages) and, of each other language and wording, the first passage only: UNTOC's article 18
// is 17 passages, 16,206 characters. The article endpoint returns every language and wording whole (its text,
// counterparts and versions), so one request per article serves the pack and the card's «extract» marks.

const articleCache = new Map();

function articleTexts(key, language) {
  if (!articleCache.has(key)) {
    const at = key.indexOf(":");
    const promise = api.article(key.slice(0, at), key.slice(at + 1), language).then((view) => [
      { text: view.text, language: view.language, wording: view.citation.wording, current: view.citation.current,
        version_label: view.citation.version_label, repealed: view.repealed, label: view.citation.label,
        later_amendments: view.later_amendments || [], translation_difference: view.citation.translation_difference,
        standing_note: view.citation.standing_note, cited_in: view.citation.cited_in || {} },
      ...view.counterparts,
      ...view.versions,
    ]);
    promise.catch(() => articleCache.delete(key));  // a failure is not kept: the next click asks again
    articleCache.set(key, promise);
    if (articleCache.size > 50) articleCache.delete(articleCache.keys().next().value);
  }
  return articleCache.get(key);
}

const flat = (text) => (text || "").replace(/\s+/g, " ").trim();

/** Of the article's whole texts, the one the passage is part of: same language and wording, holding the passage. */
function wholeOf(texts, passage) {
  // A pack item saved before items kept their standing has none: its wording and text then say which it is.
  const standing = (o) => passage.current === undefined
    || ((o.current !== false) === (passage.current !== false)
      && (o.version_label || null) === (passage.version_label || null));
  return texts.find((o) => o.language === passage.language
    && (o.wording || "authentic") === (passage.wording || "authentic")
    && standing(o)
    && flat(o.text).includes(flat(passage.text))) || null;
}

/** The whole article in the passage's language and wording; throws when the API does not give it. */
async function wholeText(key, passage) {
  const whole = wholeOf(await articleTexts(key, passage.language), passage);
  if (!whole) throw new Error(`${key}: no whole text in ${passage.language} (${passage.wording})`);
  return whole.text;
}

// Cards fetch their article when they come near the screen, not all ten at once.
const visibleCallbacks = new WeakMap();
const nearScreen = "IntersectionObserver" in window ? new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    nearScreen.unobserve(entry.target);
    visibleCallbacks.get(entry.target)?.();
  }
}, { rootMargin: "300px" }) : null;

function whenNearScreen(element, callback) {
  if (!nearScreen) {
    callback();
    return;
  }
  visibleCallbacks.set(element, callback);
  nearScreen.observe(element);
}

/** Mark a passage shown in place of its article: «…» after it, then «extract» and a link to the whole article. */
function markExtract(text, key, passage) {
  if (text.dataset.extract) return;
  text.dataset.extract = "yes";
  text.append(h("span", { class: "cut", "aria-hidden": "true" }, " …"));
  text.after(h("p", { class: "extract-note", lang: lang(), dir: dirOf(lang()) },
    h("span", { class: "badge badge-extract" }, t("extract")), " ",
    h("a", { href: articleHref(key, passage.language) }, t("wholeArticle"),
      h("span", { class: "visually-hidden" }, ` — ${passage.label}`))));
}

/** Once the article is fetched: mark each passage that is only part of its article, and say which other
 * wordings are identical to the current one, comparing whole texts (two first passages may match while the
 * articles differ further on). */
async function checkWhole(card, key, language, shown, main = null) {
  let texts;
  try {
    texts = await articleTexts(key, language);
  } catch {
    return;  // the card still links to the article; the pack button tries again and says when it fails
  }
  // A search result does not say whether its own text only says the article was repealed: the article does.
  const whole = main && wholeOf(texts, main);
  const row = card.querySelector(":scope > .badges");
  if (whole?.repealed && row && !row.querySelector(".badge-repealed")) {
    row.append(repealedBadge(feminineArticle(texts.map((o) => o.label))));
    // It replaces a notice drawn from the search alone, which could not know the main text says it too.
    const notice = repealNotice(whole, texts.filter((o) => o !== whole), key.slice(0, key.indexOf(":")));
    const before = card.querySelector(":scope > .notice.repealed");
    if (before) before.replaceWith(notice);
    else row.after(notice);
  }
  // Nor whether another language's note dates an amendment after its text's version (the French 352 of 2018).
  if (whole && !card.querySelector(":scope > .notice.repealed, :scope > .notice.later-amended")) {
    const later = laterNotice(whole, texts.filter((o) => o !== whole), key.slice(0, key.indexOf(":")));
    if (later && row) row.after(later);
  }
  for (const { passage, text, summary } of shown) {
    const whole = wholeOf(texts, passage);
    if (whole?.later_amendments?.length && summary === undefined && text.closest(".counterpart")) {
      text.closest(".counterpart").querySelector(".cite")?.after(
        h("span", { class: "badge badge-later", lang: lang() }, t("laterBadge")));
    }
    if (!whole || flat(whole.text) !== flat(passage.text)) markExtract(text, key, passage);
    if (summary && whole && texts.some((o) => o !== whole && o.current !== false && o.language === passage.language
      && flat(o.text) === flat(whole.text))) {
      summary.append(h("span", { class: "muted identical", lang: lang() }, ` (${t("identical")})`));
    }
  }
  card.dataset.whole = "checked";
}

function resultCard(result, index) {
  const c = result.citation;
  const id = `r${index}`;
  const hasOther = result.counterparts.length > 0;
  const feminine = feminineArticle([c.label, ...[...result.counterparts, ...result.versions].map((o) => o.label)]);
  const main_ = passageBlock(result, { highlights: result.highlights, className: "main" });
  if (result.other_passages.length) {
    // An article cited is read whole (a trial: «article 3 du Protocole» showed a)–b) and folded c)–d)); one found by
    // its words shows the part that matched first.
    main_.append(h("details", { class: "more", open: result.matched_by === "citation" },
      h("summary", {}, t("otherParts", { n: result.other_passages.length })),
      result.other_passages.map((p) =>
        isolateNumbers(h("p", { class: "text", dir: "auto", lang: p.language }, p.text), dirOf(p.language)))));
  }
  // The pack gets the whole article: fetched when the card shows one passage of several.
  const mainPassage = { text: result.text, language: result.language, wording: c.wording, current: c.current,
    version_label: c.version_label };
  main_.append(h("div", { class: "passage-actions", lang: lang() }, packButton(
    { label: c.label, reference: c.reference, text: result.text, language: result.language, key: c.key, wording: c.wording },
    async () => ({ label: c.label, reference: c.reference, language: result.language,
      text: result.other_passages.length ? await wholeText(c.key, mainPassage) : result.text }))));
  const texts = h("div", { class: `texts${hasOther ? " has-other" : ""}` }, main_);
  // Counterparts and other wordings come as their first passage: each is checked against the whole article.
  const shown = [];
  let toggle = null;
  if (hasOther) {
    // Beside a French result the Arabic, the corpus's other language; a third (the Palermo Protocol's English) folded
    // under it: a trial found each Palermo card 1,700 pixels tall, English and Arabic both open.
    const pair = result.counterparts.filter((p) => LANGS.includes(p.language) && p.language !== result.language);
    const first = pair.length && pair.length < result.counterparts.length ? pair : result.counterparts;
    const counterpartBlock = (p) => {
      const block = passageBlock(p, { className: "counterpart", highlights: p.highlights || [],
        heading: [citeLabel("h4", p.label, p.language), referenceLine(p.reference, p.language),
          p.repealed ? h("p", { class: "badges" }, repealedBadge(feminine)) : null,
          passageNotes(p, p.language)] });
      shown.push({ passage: p, text: block.querySelector(".text") });
      // Its own citation to copy: a judge writing in Arabic quotes the Arabic text beside a French result (a trial).
      block.append(h("div", { class: "passage-actions", lang: lang() },
        copyButton(p.cited_label || p.label, p.reference, corpusNotes(p), { key: c.key, language: p.language }),
        packButton(
          { label: p.label, reference: p.reference, text: p.text, language: p.language, key: c.key, wording: p.wording },
          async () => ({ label: p.label, reference: p.reference, language: p.language,
            text: await wholeText(c.key, p) }))));
      return block;
    };
    const rest = result.counterparts.filter((p) => !first.includes(p));
    const others = h("div", { class: "others", id: `${id}-other` }, first.map(counterpartBlock),
      rest.map((p) => h("details", { class: "more-language", lang: lang() },
        h("summary", {}, t("alsoInLanguage", { lang: t(`lang_${p.language}`) })), counterpartBlock(p))));
    texts.append(others);
    toggle = h("button", { type: "button", class: "toggle-other secondary", "aria-expanded": "false",
      "aria-controls": `${id}-other` }, t("showCounterpart"));
    toggle.addEventListener("click", () => {
      const open = texts.classList.toggle("show-other");
      toggle.setAttribute("aria-expanded", String(open));
      toggle.textContent = open ? t("hideCounterpart") : t("showCounterpart");
    });
  }
  const versions = result.versions.length ? versionsBlock(result.versions, c.key, shown, feminine) : null;
  const card = h("article", { class: "card", "aria-labelledby": `${id}-label` },
    h("header", { class: "card-head" },
      citeLabel("h3", c.label, result.language, { id: `${id}-label` }),
      // The paragraph or item the query cites, where the article has it: «…, article 448-1, alinéa 2» (a trial).
      copyButton(result.cited_label || c.label, c.reference, corpusNotes(c),
        { key: c.key, language: c.current === false ? null : result.language, citedIn: c.cited_in })),
    referenceLine(c.reference, result.language),
    citedLine(c, result.language),
    badges(c, result.matched_by, onlyInBadge(result.language, result.counterparts)),
    passageNotes(c, result.language),
    // Another language or wording says the article was repealed: said before the text, which is no longer law.
    repealNotice({ ...mainPassage, label: c.label }, [...result.counterparts, ...result.versions], c.document_id),
    headingPath(c.heading_path, result.language),
    toggle,
    texts,
    versions,
    h("div", { class: "card-actions" },
      h("a", { class: "open-article", href: articleHref(c.key, result.language) }, t("openArticle"),
        h("span", { class: "visually-hidden" }, ` — ${c.label}`))));
  for (const { passage, text } of shown) if (passage.part > 0) markExtract(text, c.key, passage);
  whenNearScreen(card, () => checkWhole(card, c.key, result.language, shown, mainPassage));
  return h("li", { class: "result" }, card);
}

// The pack's label for another wording names it in the passage's own language, so a label stays one language.
const WORDING_NAMES = {
  ar: { as_enacted: "الصيغة الأصلية", consolidated: "صيغة محينة" },
  fr: { as_enacted: "rédaction d’origine", consolidated: "version consolidée" },
  en: { as_enacted: "original wording", consolidated: "consolidated version" },
};

// An amending law quotes an article it inserted in its original wording, one it rewrote in the wording it gave it.
function quotedWordingKey(wording, { title = false } = {}) {
  if (title) return wording === "as_amended" ? "amendedWording" : "originalWording";
  return wording === "as_amended" ? "wording_as_amended" : "wording_as_enacted";
}

function versionLabel(v) {
  if (v.current !== false) return v.label;
  const name = v.version_label || WORDING_NAMES[v.language]?.as_enacted;
  return name ? `${v.label} — ${name}` : v.label;
}

// Arabic counts agree with the number: one and two are said by the noun («مادة واحدة», «فصلان»), 3 to 10 (and 103 to
// 110…) take a plural («10 مواد»), 11 to 99 a singular accusative («14 فصلا»), hundreds a singular («100 فصل»). A
// trial read the works' list's «7 فصل/مادة».
const ARABIC_COUNTED = {
  "المادة": ["مادة واحدة", "مادتان", "مواد", "مادة", "مادة"],
  "الفصل": ["فصل واحد", "فصلان", "فصول", "فصلا", "فصل"],
  "الفقرة": ["فقرة واحدة", "فقرتان", "فقرات", "فقرة", "فقرة"],
};

/** «14 فصلا» for the Penal Code, «10 مواد» for the CPP, in the work's own word; «10 articles indexés» in French
 * (`indexed`), else «10 articles». */
function articleCount(work, n, { indexed = true } = {}) {
  if (lang() !== "ar") {
    const one = n < 2; // French counts 0 and 1 in the singular (a trial's upload read «1 articles»)
    // The 1985 Declaration's units are paragraphs, as its Arabic count says (a trial read «21 articles»).
    const unit = work?.article_words?.fr === "paragraphe" ? "paragraph" : "article";
    return indexed ? tf(`${unit}${one ? "Indexed" : "sIndexed"}`, { n }) : t(`${unit}${one ? "One" : "s"}`, { n });
  }
  const forms = ARABIC_COUNTED[work?.article_words?.ar];
  if (!forms) return `${n} ${n % 100 >= 3 && n % 100 <= 10 ? "مواد أو فصول" : "مادة أو فصلا"}`;
  if (n === 1 || n === 2) return forms[n - 1];
  const last = n % 100;
  return `${n} ${last >= 3 && last <= 10 ? forms[2] : last >= 11 ? forms[3] : forms[4]}`;
}

// Two wordings are the same when only their line breaks and spacing differ (PDF and web layouts do).

/** An article number as a notice says it: a dahir's «dahir-2» (the query's «article 2 du dahir…») is «2 du dahir». */
// Arabic writes the Latin suffix of a canonical number as a word: «448 مكرر», not «448 bis» (a prosecutor's trial).
const ARABIC_SUFFIXES = { bis: "مكرر", ter: "مكرر مرتين", quater: "مكرر ثلاث مرات" };

function spokenArticle(article) {
  const dahir = /^dahir-(.+)$/.exec(article || "");
  if (dahir) return t("dahirArticle", { n: dahir[1] });
  return lang() === "ar" ? (article || "").replace(/ (bis|ter|quater)$/, (_, s) => ` ${ARABIC_SUFFIXES[s]}`) : article;
}

function indexedArticles(work) {
  return work ? Math.max(0, ...work.versions.map((v) => v.articles)) : 0;
}

function sameText(a, b) {
  return flat(a) === flat(b);
}

// On a result card: each other wording (its first passage), «identical» once the whole texts are compared.
function versionsBlock(versions, key, shown, feminine) {
  return h("div", { class: "versions" }, versions.map((v) => {
    const title = v.current === false ? t(quotedWordingKey(v.wording, { title: true })) : t(`wording_${v.wording}`);
    const summary = h("summary", {}, h("span", { class: "badge badge-original", lang: lang() }, title), " ",
      v.repealed ? [repealedBadge(feminine), " "] : null, isolate(v.label));
    const text = isolateNumbers(h("p", { class: "text", dir: "auto" }, v.text), dirOf(v.language));
    shown.push({ passage: v, text, summary });
    const label = versionLabel(v);
    return h("details", { class: "version", lang: v.language },
      summary,
      referenceLine(v.reference, v.language),
      v.amended_by && !v.repealed ? supersededNotice(v) : null,
      // A slip the quoting law's source shares with the code's (Law 103-13's «من ثالث» in 503-1-2): said there too.
      passageNotes(v, v.language),
      text,
      h("div", { class: "passage-actions", lang: lang() },
        // Its wording and standing too, so that the pack's warning is read from this text, not the one in force.
        packButton({ label, reference: v.reference, text: v.text, language: v.language, key, wording: v.wording,
          current: v.current, version_label: v.version_label },
          async () => ({ label, reference: v.reference, language: v.language, text: await wholeText(key, v) }))));
  }));
}

async function cachedSearch(query) {
  const key = JSON.stringify(query);
  if (searchCache.has(key)) return searchCache.get(key);
  const body = await api.search(query);
  searchCache.set(key, body);
  if (searchCache.size > 30) searchCache.delete(searchCache.keys().next().value);
  return body;
}

async function searchView(p, token, focus) {
  const q = p.get("q").trim();
  const query = { q, top_k: String(TOP_K) };
  for (const name of FILTERS) if (p.get(name)) query[name] = p.get(name);
  if (p.get("original") === "1") query.include_original = "true";
  document.title = `${echoed(q)} — ${t("appName")}`;
  main.setAttribute("aria-busy", "true");
  main.replaceChildren(statusMessage(t("loading")));
  let body;
  try {
    // The works' titles name them in the notices (a direct link may come before the form loaded them).
    [body] = await Promise.all([cachedSearch(query), loadWorks()]);
  } catch (error) {
    if (token !== renderToken) return;
    main.removeAttribute("aria-busy");
    main.replaceChildren(errorBox(error, () => render({ focus: true })));
    announce(t("errorTitle"));
    if (focus) main.querySelector("h2").focus();
    return;
  }
  if (token !== renderToken) return;
  main.removeAttribute("aria-busy");
  try {
    sessionStorage.setItem("daleel.lastSearch", location.search);
  } catch {
    /* ignore */
  }
  const n = body.results.length;
  const citationNotices = (body.notices || [])
    .filter((x) => x.code.startsWith("citation_") || ["work_outside_corpus", "work_filtered_out"].includes(x.code));
  const shown = echoed(q);
  const heading = h("h2", { id: "results-heading", class: "results-heading", tabindex: "-1" },
    n === 0 ? tf(citationNotices.length ? "citationOnlyNoResults" : "noResults", { q: shown })
      : n === 1 ? tf("oneResultFor", { q: shown })
      : n === 2 ? tf("twoResultsFor", { q: shown })  // the Arabic dual («نتيجتان», a trial read «2 نتائج»)
      : tf(lang() === "ar" && n <= 10 ? "resultsForFew" : "resultsFor", { n, q: shown }));
  // A cited article that is not in the corpus is said first, so nobody takes the results for it; when results
  // follow, the notice says what they answer instead (a citation alone that finds nothing gets none).
  const works = worksCache || [];
  const notices = citationNotices.map((notice) => {
    const x = { ...notice, article: spokenArticle(notice.article) };
    const work = x.work_id && works.find((w) => w.id === x.work_id);
    const paragraphs = work?.article_words?.fr === "paragraphe"; // the 1985 Declaration's (a trial read «article»)
    const [text, below] = x.code === "citation_outside_corpus"
      ? [x.text ? tf("citationOutsideCorpusNamed", { article: x.article, text: x.text })
        : tf("citationOutsideCorpus", { article: x.article }), "resultsBelowWords"]
      : x.code === "citation_other_language" ? [tf("citationOtherLanguage", { article: x.article,
        languages: (x.languages || []).map((l) => t(`lang_${l}`)).join(listSeparator()) }),
        "resultsBelowLanguage"]
      : x.code === "work_outside_corpus" ? [(x.keys || []).length
        // A law that changed texts the corpus holds: where its notes say so (a trial traced Law 03.23 to nothing).
        ? tf("workOutsideCorpusNoted", { text: x.text, articles: articleLinks(x.keys) })
        // «loi 12-19», where the corpus has Law 19-12: a number typed the other way round (a trial).
        : (x.works || []).length ? tf("workOutsideCorpusOtherWay", { text: x.text, works: someWorks(x.works) })
        : tf("workOutsideCorpus", { text: x.text }), "resultsBelowWords"]
      : x.code === "work_filtered_out" ? [tf("workFilteredOut", { works: someWorks(x.works) }), "resultsBelowFilters"]
      : x.code === "citation_ambiguous" ? [tf("citationAmbiguous", { article: x.article, works: someWorks(x.works) }),
        "resultsBelowWords"]
      : x.code === "citation_several_works"
        ? [tf("citationSeveralWorks", { article: x.article, works: someWorks(x.works) }), "resultsBelowWords"]
      : x.code === "citation_filtered_out"
        ? [tf("citationFilteredOut", { article: x.article, work: work ? workTitle(work) : x.work_id }),
          "resultsBelowFilters"]
      // «art. 6 §7»: the article is shown whole (no results follow that the words alone match).
      : x.code === "citation_paragraph_not_found"
        ? [tf("citationParagraphNotFound", { article: x.article, work: work ? workTitle(work) : x.work_id,
          paragraph: x.paragraph, ofParagraph: t(work?.jurisdiction === "MA" ? "ofAlinea" : "ofParagraphe") }),
          "resultsBelowWords"]
      : x.code === "citation_in_amending_law"
        ? [tf("citationInAmendingLaw", { article: x.article, work: work ? workTitle(work) : x.work_id,
          articles: articleLinks(x.keys) }), "resultsBelowWords"]
      : x.code !== "citation_not_found" ? [null]
      : work && (x.keys || []).length
        ? [tf(`citationNotFoundElsewhere${paragraphs ? "Paragraph" : ""}`, { article: x.article, work: workTitle(work),
          articles: articleLinks(x.keys) }), "resultsBelowWords"]
      : [work ? tf(`citationNotFoundIn${paragraphs ? "Paragraph" : ""}`, { article: x.article, work: workTitle(work) })
        : tf("citationNotFound", { article: x.article }), "resultsBelowWords"];
    // Not beside a cited article found: the results are not only what the words match.
    const follow = n && x.results_follow !== false;
    return text && h("p", { class: "notice citation-missing", role: "status" }, text, follow ? ` ${t(below)}` : null);
  }).filter(Boolean);
  // Narrowed to a language: articles of the other language(s) that may answer too, each a link to open it.
  for (const x of (body.notices || []).filter((x) => x.code === "answers_in_other_language")) {
    notices.push(h("p", { class: "notice other-language", role: "status" },
      tf(n ? "answersInOtherLanguage" : "answersInOtherLanguageOnly", {
        languages: (x.languages || []).map((l) => t(`lang_${l}`)).join(lang() === "ar" ? " أو " : " ou "),
      }), " ", articleLinks(x.keys), othersInContents(x.work_id), "."));
  }
  // A law that exists only in Arabic, narrowed to French: the French of the articles it wrote into a code.
  for (const x of (body.notices || []).filter((x) => x.code === "provisions_in_language")) {
    const work = (worksCache || []).find((w) => w.id === x.work_id);
    notices.push(h("p", { class: "notice other-language", role: "status" },
      tf("provisionsInLanguage", { work: work ? workTitle(work) : x.work_id,
        languages: (x.languages || []).map((l) => t(`lang_${l}`)).join(" ") }), " ", articleLinks(x.keys), "."));
  }
  for (const x of (body.notices || []).filter((x) => x.code === "answers_outside_filters")) {
    notices.push(h("p", { class: "notice other-language", role: "status" },
      t("answersOutsideFilters"), " ", articleLinks(x.keys), "."));
  }
  // A law's number typed year first, read the other way round («loi 14-27»: Law 27-14), so that it shows (a trial).
  for (const x of (body.notices || []).filter((x) => x.code === "number_read_reversed")) {
    const work = works.find((w) => w.id === x.work_id);
    notices.push(h("p", { class: "notice spelling", role: "status" },
      tf("numberReadReversed", { text: x.text, work: work ? workTitle(work) : x.work_id })));
  }
  // Mistyped words put right: the words searched, so that a wrong guess shows («victme» → «victime»).
  for (const x of (body.notices || []).filter((x) => x.code === "spelling")) {
    notices.push(h("p", { class: "notice spelling", role: "status" }, t("spelling"), " ",
      h("q", { dir: "auto" }, x.text), "."));
  }
  if ((body.notices || []).some((x) => x.code === "arabizi")) {
    notices.push(h("p", { class: "notice weak-match", role: "status" }, t("arabizi")));
  }
  // Case law, a circular or figures asked for: the provisions below are not them (a trial).
  const asked = (body.notices || []).filter((x) => x.code === "material_outside_corpus" && has(`material_${x.material}`));
  for (const x of asked) {
    notices.push(h("p", { class: "notice material-outside", role: "status" },
      t(`material_${x.material}`) + (n && x.results_follow !== false ? t("materialBelow") : ".")));
  }
  if ((body.notices || []).some((x) => x.code === "weak_match")) {
    notices.push(h("p", { class: "notice weak-match", role: "status" }, t("weakMatch")));
  }
  if (n === 0) {
    const clear = FILTERS.some((f) => p.get(f)) && h("button", { type: "button", class: "secondary",
      onclick: () => document.getElementById("clear-filters").click() }, t("clearFilters"));
    // The notices are boxes of their own: what the citation found (or not) stands for the hint.
    main.replaceChildren(...(notices.length ? [heading, ...notices, clear].filter(Boolean)
      : [h("div", { class: "notice empty" }, heading, h("p", {}, t("noResultsHint")), clear)]));
  } else {
    main.replaceChildren(heading, ...notices,
      h("ol", { class: "results", "aria-labelledby": "results-heading" }, body.results.map(resultCard)));
  }
  announce(heading.textContent);
  if (focus) heading.focus();
}

// «المادة الأولى» to «المادة العاشرة»: a law whose Arabic text heads its articles so is cited so (Law 27-14).
const AR_ORDINALS = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة",
  "العاشرة"];

/** Links to articles by key («ma-cpp:82-5-1» → «Code de procédure pénale, article 82-5-1»), separated by commas. */
/** A work named alone whose first articles a notice lists: a link to its contents for the others (a trial read Law
 * 27-14's articles 1 to 5 as the whole law). */
function othersInContents(workId) {
  const work = workId && (worksCache || []).find((w) => w.id === workId);
  if (!work) return null;
  return [t("othersInContents"), h("a", { class: "xref", href: `?${new URLSearchParams({ toc: work.id })}` },
    t("tocOf", { work: workTitle(work) }))];
}

function articleLinks(keys) {
  const works = worksCache || [];
  const sep = listSeparator();
  const fragment = document.createDocumentFragment();
  (keys || []).forEach((key, i) => {
    const at = key.indexOf(":");
    const work = works.find((w) => w.id === key.slice(0, at));
    const number = key.slice(at + 1);
    // «الفصل 448-4 من مجموعة القانون الجنائي», «Déclaration de 1985, paragraphe 4», as a reader cites it, where the
    // work's own word is known; «article premier», «المادة الأولى» as the citations write them (a trial).
    const word = work?.article_words?.[lang()];
    const first = { article: "premier", "المادة": "الأولى", "الفصل": "الأول", "الفقرة": "الأولى" }[word];
    const ordinal = word === "المادة" && work?.ordinal_articles ? AR_ORDINALS[Number(number) - 1] : null;
    const article = ordinal || (number === "1" && first ? first : number);
    const label = word
      ? tf("articleOfWord", { word, work: workTitle(work), article })
      : tf("articleOf", { work: work ? workTitle(work) : key.slice(0, at), article });
    // In the page's direction, as the words around it: «مجموعة القانون الجنائي، 448-4» reads from the right.
    fragment.append(i ? sep : "",
      h("a", { href: articleHref(key), class: "xref" }, h("bdi", { dir: dirOf(lang()) }, label)));
  });
  return fragment;
}

// `known`: the articles of `workId` the corpus holds (its contents), where loaded. A reference to one it lacks still
// opens the page that says so (and where a later law gives its wording), but is marked: a trial followed CPP 82-7's
// «المادة 108» to a «not in the texts» page without warning.
function linkedText(text, language, workId, works, known, resolved = []) {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const ref of findReferences(text, language, workId, works, resolved || [])) {
    if (ref.start < last) continue;
    fragment.append(text.slice(last, ref.start));
    if (ref.range) {
      // Its ends link to their articles; the word between them to all of the range's, in order (a trial).
      const [from, to] = ref.range;
      const other = ref.work === workId ? "" : ` — ${workTitle(works.find((w) => w.id === ref.work))}`;
      const name = t("crossRefRange", { ref: `${from}–${to}${other}` });
      fragment.append(h("a", { class: "xref xref-range", href: `?${new URLSearchParams({ q: ref.query, work: ref.work })}`,
        title: name, "aria-label": name,
        dataset: { work: ref.work, range: `${from}/${to}` } }, text.slice(ref.start, ref.end)));
      last = ref.end;
      continue;
    }
    const key = `${ref.work}:${ref.article}`;
    // «Ouvrir l'article 10 — Loi n° 02-03», not «Ouvrir 10 — …» (a trial): the work's own word, in the page's language.
    const target = works.find((w) => w.id === ref.work);
    const named = [target?.article_words?.[lang()], ref.article].filter(Boolean).join(" ");
    const label = ref.work === workId ? named : `${named} — ${workTitle(target)}`;
    const missing = ref.work === workId && known?.size && !known.has(ref.article);
    // Said in the link's name too, for whoever does not see the dotted line nor hovers for the title.
    fragment.append(h("a", { class: missing ? "xref xref-missing" : "xref", href: articleHref(key, language),
      title: t(missing ? "crossRefMissing" : "crossRefTitle", { ref: label }),
      "aria-label": missing ? t("crossRefMissing", { ref: text.slice(ref.start, ref.end) }) : null,
      dataset: { work: ref.work, article: ref.article } }, text.slice(ref.start, ref.end)));
    last = ref.end;
  }
  fragment.append(text.slice(last));
  return fragment;
}

// An entry the work lacks in the language asked for is listed in the one it has, and says so: a trial found the French
// Penal Code's contents with 23 Arabic labels among the French, unmarked.
// The work's books, titles, chapters and sections head their articles, each where it begins: a trial found the Penal
// Code's 750 entries one flat list, Section VI to be scrolled for. (Not numbered: a heading is no list item.)
// An entry in the other language has its headings in that language: those it does not share with the previous such
// entry are shown, from the chapter down (its book and part are the ones around it, in the language asked for), and
// the headings of the language asked for are shown again after them (a review: the Arabic-only chapter of
// alternative penalties, 35-1 to 35-15, stood under the French «Chapitre premier»).
const TOC_OTHER_FROM = 2;

function commonLevels(a, b) {
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same += 1;
  return same;
}

function tocHeading(text, level, language) {
  // Not a list item (role none: a screen reader counts the articles only), a heading of its level.
  return h("li", { class: `toc-heading toc-level-${Math.min(level, 3)}`, role: "none", lang: language || null },
    h("span", { role: "heading", "aria-level": String(Math.min(level + 3, 6)), dir: "auto", tabindex: "-1" },
      isolate(text)));
}

// A long table of contents opens with its books and titles, each a link down to where it begins: a trial scrolled the
// Penal Code's 749 entries (29,000 pixels) for Book III. Links that scroll, not #anchors the page's address would keep.
const TOC_JUMP_FROM = 60;

// The third level too where it stays a list to scan: the Penal Code's 38 «كتاب», «جزء» and «باب» (a prosecutor on a
// phone had its 11 books and parts, and 17 screens to scroll from «الجزء الأول» to the trafficking section).
const TOC_JUMP_MOST = 60;

function tocJumps(list, entries) {
  const upTo = (level) => [...list.querySelectorAll(
    Array.from({ length: level + 1 }, (_, i) => `.toc-heading.toc-level-${i}`).join(", "))];
  const deeper = upTo(2);
  const heads = deeper.length <= TOC_JUMP_MOST ? deeper : upTo(1);
  if (entries.length < TOC_JUMP_FROM || heads.length < 2) return null;
  return h("nav", { class: "toc-jump", "aria-label": t("tocJump") },
    h("ul", {}, heads.map((head) => {
      const target = head.querySelector("[role=heading]");
      const level = [0, 1, 2].find((i) => head.classList.contains(`toc-level-${i}`));
      return h("li", { class: `toc-jump-${level}`, lang: head.lang || null },
        h("a", { href: "#", dir: "auto", onclick: (event) => {
          event.preventDefault();
          target.scrollIntoView({ block: "start" });
          target.focus({ preventScroll: true });
        } }, isolate(target.textContent)));
    })));
}

/** Under an amending law's article in its contents, what it inserts or amends: the first and last of its articles,
 * each a link where the index holds it (a trial found Law 27-14's contents seven bare articles, the 448-x nowhere). */
function tocChanges(changes, label, language) {
  if (!changes?.length) return null;
  const feminine = feminineArticle([label]);
  return h("ul", { class: "toc-changes", lang: lang(), dir: dirOf(lang()) }, changes.map((change) => {
    const { line } = changeLine(change, feminine);
    const articles = change.articles || [];
    const shown = articles.length > 2 ? [articles[0], articles[articles.length - 1]] : articles;
    const numbers = shown.map((article) => {
      const key = `${change.work}:${article}`;
      const number = h("bdi", { dir: "ltr", class: "num" }, article);  // «448-1» never shows as «1-448»
      return (change.keys || []).includes(key) ? h("a", { href: articleHref(key, language) }, number) : number;
    });
    const sep = articles.length > 2 ? " – " : listSeparator();
    return h("li", {}, line, numbers.length
      ? [t("changeArticles"), " ", numbers.flatMap((n, i) => (i ? [sep, n] : [n]))] : null);
  }));
}

function tocBlock(entries, workId, current, language) {
  if (!entries.length) return h("p", { class: "muted" }, t("tocEmpty"));
  // Only among entries in the language asked for: a work the corpus has in one language is not marked line by line.
  const mixed = entries.some((e) => e.language === language);
  const items = [];
  let path = [];
  let otherPath = [];
  const isOther = (e) => mixed && e.language && e.language !== language;
  // Each entry's next entry in the language asked for: Arabic-only articles between two French ones of one chapter
  // belong to it, and their Arabic chapter heading made the French one print again after them (a trial).
  const nextOwn = [];
  for (let i = entries.length - 1, next = null; i >= 0; i -= 1) {
    nextOwn[i] = next;
    if (!isOther(entries[i])) next = entries[i].heading_path || [];
  }
  entries.forEach((e, i) => {
    const other = isOther(e);
    const own = e.heading_path || [];
    if (other) {
      const same = commonLevels(otherPath, own);
      const from = same >= own.length ? own.length
        : nextOwn[i] ? Math.max(same, Math.min(Math.max(TOC_OTHER_FROM, commonLevels(path, nextOwn[i])), own.length))
          : Math.max(same, Math.min(TOC_OTHER_FROM, own.length - 1));
      for (let level = from; level < own.length; level += 1) items.push(tocHeading(own[level], level, e.language));
      if (from < own.length) {
        path = path.slice(0, Math.min(from, path.length));
        otherPath = own;
      }
    } else {
      for (let level = commonLevels(path, own); level < own.length; level += 1) {
        items.push(tocHeading(own[level], level, e.language));
      }
      path = own;
    }
    items.push(h("li", {},
      h("a", { href: articleHref(`${workId}:${e.article}`, language), "aria-current": e.article === current ? "page" : null,
        dir: "auto", lang: e.language || null, title: e.label }, isolate(e.short_label || e.label)),
      // A repealed article says so, not that it is in another language only (a trial read Penal Code 19–23 so).
      e.repealed ? [" ", repealedBadge(feminineArticle([e.label]))]
      : other
        ? h("span", { class: "muted toc-other-language", lang: lang() }, " ", t("tocOnlyIn", { lang: t(`lang_${e.language}`) }))
        : null,
      tocChanges(e.changes, e.label, language)));
  });
  return h("ol", { class: "toc-list" }, items);
}

function backLink() {
  let last = null;
  try {
    last = sessionStorage.getItem("daleel.lastSearch");
  } catch {
    last = null;
  }
  return last ? h("nav", { class: "crumbs", "aria-label": t("backToResults") },
    h("a", { href: last }, t("backToResults"))) : null;
}

async function articleView(p, token, focus) {
  const raw = p.get("article");
  const split = raw.indexOf(":");
  const [workId, number] = split > 0 ? [raw.slice(0, split), raw.slice(split + 1)] : [raw, ""];
  const preferred = ["ar", "fr", "en"].includes(p.get("in")) ? p.get("in") : lang();
  main.setAttribute("aria-busy", "true");
  main.replaceChildren(statusMessage(t("loadingArticle")));
  const [view, toc, works] = await Promise.all([
    api.article(workId, number || "?", preferred).catch((error) => error),
    api.toc(workId, preferred).catch(() => []),
    loadWorks(),
  ]);
  if (token !== renderToken) return;
  main.removeAttribute("aria-busy");
  const work = works.find((w) => w.id === workId);
  const aside = h("aside", { class: "toc", "aria-labelledby": "toc-title" },
    h("details", { open: window.matchMedia("(min-width: 900px)").matches },
      h("summary", { id: "toc-title" }, t("toc"), work ? [" — ", isolate(workTitle(work))] : null),
      tocBlock(toc, workId, number, preferred)));
  if (view instanceof Error) {
    const notFound = view instanceof api.ApiError && view.status === 404;
    // As the reader cites it, «Code pénal, article 999» (a trial read «« 999 — Code pénal »»).
    const word = work?.article_words?.[lang()];
    const spoken = spokenArticle(number);
    const ref = !work ? `${spoken} (${workId})`
      : word ? t("articleOfWord", { word, work: workTitle(work), article: spoken })
      : t("articleOf", { work: workTitle(work), article: spoken });
    const box = notFound
      ? h("div", { class: "notice error", role: "alert" },
        h("h2", { tabindex: "-1" }, tf("articleNotFound", { ref })),
        // A work the index holds: say how many articles it has there, rather than that it may be missing.
        h("p", {}, indexedArticles(work)
          ? tf("articleNotInWork", { work: workTitle(work), count: articleCount(work, indexedArticles(work)) })
          : t("articleNotFoundHint")),
        // Which part of it the corpus holds, where only part: CPP 108, cited by 82-7, lies outside Part II bis.
        work && excerptNote(work),
        // A code's article the corpus lacks whose wording a later law of the corpus gives (CPP 302 → Law 103-13).
        view.body?.see?.length ? h("p", {}, tf("articleInAmendingLaw", { article: number,
          word: work?.article_words?.ar || "المادة", articles: articleLinks(view.body.see) })) : null,
        // A law's number that is the code's article it inserted («ma-law-27-14:448-2», an audit).
        view.body?.inserted?.length ? h("p", {}, tf("articleInsertedByWork", { articles: articleLinks(view.body.inserted) }))
          : null,
        history.length > 1 ? h("button", { type: "button", class: "secondary", onclick: () => history.back() }, t("back")) : null)
      : errorBox(view, () => render({ focus: true }));
    main.replaceChildren(h("div", { class: "article-layout" }, h("div", {}, backLink(), box), work ? aside : null));
    document.title = `${t("errorTitle")} — ${t("appName")}`;
    announce(box.querySelector("h2").textContent);
    if (focus) box.querySelector("h2").focus();
    return;
  }
  const c = view.citation;
  const known = new Set(toc.map((entry) => entry.article));
  document.title = `${c.label} — ${t("appName")}`;
  const labels = [c.label, ...view.counterparts.map((o) => o.label), ...view.versions.map((o) => o.label)];
  const feminine = feminineArticle(labels);
  const others = [...view.counterparts, ...view.versions];
  const repeal = repealNotice({ ...view, label: c.label, wording: c.wording, current: c.current }, others, workId,
    { quote: true }) || laterNotice({ ...view, wording: c.wording, current: c.current, amended_by: c.amended_by }, others,
    workId);
  const badgeRow = badges(c, null, onlyInBadge(view.language, view.counterparts));
  if (view.repealed) badgeRow.append(repealedBadge(feminine));
  const heading = citeLabel("h2", c.label, view.language, { tabindex: "-1", id: "article-title" });
  const mainPassage = passageBlock(view, { className: "main", works, workId, known });
  mainPassage.append(h("div", { class: "passage-actions", lang: lang() },
    packButton({ label: c.label, reference: c.reference, text: view.text, language: view.language, key: c.key,
      wording: c.wording })));
  const texts = h("div", { class: `texts${view.counterparts.length ? " has-other" : ""}` }, mainPassage);
  let toggle = null;
  if (view.counterparts.length) {
    texts.append(h("div", { class: "others", id: "article-other" }, view.counterparts.map((cp) => {
      const block = passageBlock(cp, { className: "counterpart", works, workId, known,
        heading: [citeLabel("h3", cp.label, cp.language), referenceLine(cp.reference, cp.language),
          cp.repealed ? h("p", { class: "badges" }, repealedBadge(feminine)) : null,
          cp.later_amendments?.length ? h("p", { class: "badges" },
            h("span", { class: "badge badge-later", lang: lang() }, t("laterBadge"))) : null,
          passageNotes(cp, cp.language)] });
      // Its own page, whose previous and next articles are in its language (a trial could not walk the Arabic 448-x
      // from the French page).
      block.append(h("div", { class: "passage-actions", lang: lang() },
        h("a", { class: "open-language", href: articleHref(c.key, cp.language) },
          t("openInLanguage", { language: t(`lang_${cp.language}`) })),
        copyButton(cp.label, cp.reference, corpusNotes(cp), { key: c.key, language: cp.language }), packButton(
        { label: cp.label, reference: cp.reference, text: cp.text, language: cp.language, key: c.key,
          wording: cp.wording })));
      return block;
    })));
    toggle = h("button", { type: "button", class: "toggle-other secondary", "aria-expanded": "false",
      "aria-controls": "article-other" }, t("showCounterpart"));
    toggle.addEventListener("click", () => {
      const open = texts.classList.toggle("show-other");
      toggle.setAttribute("aria-expanded", String(open));
      toggle.textContent = open ? t("hideCounterpart") : t("showCounterpart");
    });
  }
  const versions = view.versions.length ? h("section", { class: "versions-section", "aria-labelledby": "versions-title" },
    h("h3", { id: "versions-title" }, t("versions")),
    view.versions.map((v) => {
      const title = v.current === false ? t(quotedWordingKey(v.wording, { title: true })) : t(`wording_${v.wording}`);
      const same = [view, ...view.counterparts].some((o) => o.language === v.language && sameText(o.text, v.text));
      const block = passageBlock(v, { className: "version-text", works, workId, known,
        heading: referenceLine(v.reference, v.language) });
      block.append(h("div", { class: "passage-actions", lang: lang() },
        packButton({ label: versionLabel(v), reference: v.reference, text: v.text, language: v.language, key: c.key,
          wording: v.wording, current: v.current, version_label: v.version_label })));
      // An original wording identical to the current one stays folded.
      // Each part its own isolate: a trial read «… عُدّلت بالقانون 03.23المادة 82-5-1 …», the wording's name run into
      // the label in the French interface.
      return h("details", { class: "version", open: !same },
        h("summary", { class: "cite" }, h("span", { class: "badge badge-original", lang: lang() }, title), " ",
          v.repealed ? [repealedBadge(feminine), " "] : null,
          h("span", { lang: v.language, dir: dirOf(v.language) }, isolate(v.label)),
          v.version_label ? [h("span", { class: "muted" }, " — "), h("span", { class: "muted", lang: v.language,
            dir: dirOfText(v.version_label) }, isolate(v.version_label))] : null,
          same ? h("span", { class: "muted", lang: lang() }, ` (${t("identical")})`) : null),
        // A wording a later law amended says so above its text, as the card of a result and the pack do (a trial
        // found it here with only its name to tell).
        v.amended_by && !v.repealed ? supersededNotice(v) : null,
        passageNotes(v, v.language),
        block);
    })) : null;
  const historyBlock = view.history?.length ? h("section", { class: "history-section", "aria-labelledby": "history-title" },
    h("h3", { id: "history-title" }, t("history")),
    h("ul", { class: "history", lang: view.language, dir: "auto" },
      // Its article numbers linked, as in the text: the publisher's notes write them as the PDF gave them, «المادة
      // 2-5-82», which a judge could read as another article (a trial); the link names 82-5-2.
      view.history.map((note) => isolateNumbers(h("li", { dir: dirOfText(note) },
        linkedText(note, view.language, workId, works, known)), dirOfText(note)))))
    : null;
  const neighbour = (rel, article) => (article
    ? h("a", { rel, href: articleHref(`${workId}:${article}`, preferred), class: `nav-${rel}` },
      h("span", { class: "muted" }, t(rel === "prev" ? "previous" : "next")), " ", h("bdi", { dir: "ltr" }, article))
    : h("span", {}));
  main.replaceChildren(h("div", { class: "article-layout" },
    h("article", { class: "article-view", "aria-labelledby": "article-title" },
      backLink(),
      // In the text's language, as the citation's title is: the Arabic page set a French title in its Arabic font.
      h("p", { class: "work-title", dir: "auto", lang: view.language }, h("a", { href: `?${new URLSearchParams({ toc: workId })}` },
        isolate(c.document_title))),
      h("header", { class: "card-head" }, heading, copyButton(c.label, c.reference, corpusNotes(c),
        { key: c.key, language: view.language, citedIn: c.cited_in })),
      referenceLine(c.reference, view.language),
      citedLine(c, view.language),
      badgeRow,
      repeal,
      passageNotes(c, view.language),
      // Asked for in a language the corpus lacks this text in: say so, so nobody takes it for a translation.
      view.language !== preferred ? h("p", { class: "notice language-missing", role: "status" },
        tf("notInLanguage", { wanted: t(`lang_${preferred}`), shown: t(`lang_${view.language}`) })) : null,
      headingPath(view.heading_path, view.language),
      toggle,
      texts,
      changesSection(view.changes, labels, preferred),
      versions,
      historyBlock,
      h("nav", { class: "prevnext", "aria-label": t("toc") }, neighbour("prev", view.previous), neighbour("next", view.next))),
    aside));
  // The contents scroll on their own beside the article: bring its entry into their view (a trial saw the Penal Code's
  // contents open on the dahir, 700 entries above article 448-3). Not with scrollIntoView, which moves the page too.
  const entry = aside.querySelector('a[aria-current="page"]');
  if (entry && aside.scrollHeight > aside.clientHeight) {
    aside.scrollTop = entry.getBoundingClientRect().top - aside.getBoundingClientRect().top - aside.clientHeight / 3;
  }
  announce(repeal ? `${c.label} — ${repeal.dataset.title}` : c.label);
  if (focus) heading.focus();
}

async function tocView(p, token, focus) {
  const workId = p.get("toc");
  main.replaceChildren(statusMessage(t("loadingArticle")));
  const [toc, works] = await Promise.all([api.toc(workId, lang()).catch((e) => e), loadWorks()]);
  if (token !== renderToken) return;
  const work = works.find((w) => w.id === workId);
  if (toc instanceof Error) {
    main.replaceChildren(errorBox(toc, () => render({ focus: true })));
    return;
  }
  const heading = h("h2", { tabindex: "-1", dir: dirOfText(work ? workTitle(work) : workId) },
    isolate(work ? workTitle(work) : workId));
  const list = tocBlock(toc, workId, null, lang());
  main.replaceChildren(h("section", { class: "toc-page" },
    heading,
    // The whole title under the name, not the same words twice («Code pénal», a judge's trial).
    work && (work.titles[lang()] || Object.values(work.titles)[0] || "") !== workTitle(work)
      && h("p", { class: "muted", dir: dirOfText(work.titles[lang()] || Object.values(work.titles)[0]) },
        isolate(work.titles[lang()] || Object.values(work.titles)[0] || "")),
    work && h("div", { class: "badges" }, badge(t(`type_${work.type}`), "type"), badge(t(`jur_${work.jurisdiction}`), "jur"),
      // The date as every other line of the page says it (two trials read «2024-08-22» here, «22 août 2024» elsewhere).
      work.versions.map((v) => isolateNumbers(badge(`${t(`lang_${v.language}`)} · ${t(`wording_${v.wording}`)}${
        v.version_date ? ` · ${formatDate(v.version_date)}` : ""}`, "wording")))),
    work && excerptNote(work),
    // Where it was published (a trial found Law 27-14's contents without its Bulletin officiel).
    ...(work ? gazetteLines(work) : []),
    tocJumps(list, toc),
    list));
  document.title = `${heading.textContent} — ${t("appName")}`;
  if (focus) heading.focus();
}

/** A work's Bulletin officiel reference, in the page's language where the catalogue has it, in its own direction;
 * and, where the corpus has no text in that language, the edition of the text it lists (a trial paired Law 27-14's
 * French edition with its Arabic articles, whose citations give the Arabic one). */
function gazetteLines(work) {
  const gazette = work.gazette?.[lang()] || Object.values(work.gazette || {})[0];
  if (!gazette) return [];
  const lines = [h("p", { class: "reference gazette", dir: dirOfText(gazette) }, isolate(gazette))];
  const listed = work.versions.map((v) => v.language);
  const shown = listed.find((l) => work.gazette?.[l]);
  if (!listed.includes(lang()) && shown && work.gazette[shown] !== gazette) {
    lines.push(h("p", { class: "reference gazette gazette-listed" },
      tf("gazetteOfListed", { language: t(`lang_${shown}`), gazette: work.gazette[shown] })));
  }
  return lines;
}

const PRINT_WHOLE = 1500; // characters: about a third of a printed page, kept on one page

function packView(p, token, focus, { focusId, focusAction } = {}) {
  document.title = `${t("packTitle")} — ${t("appName")}`;
  const status = h("p", { class: "pack-status", role: "status", "aria-live": "polite" });
  const title = h("input", { id: "pack-title", type: "text", maxlength: "200", dir: "auto",
    placeholder: t("packDefaultTitle"), value: pack.title });
  title.addEventListener("input", () => pack.setTitle(title.value));
  const items = pack.items;
  const list = h("ol", { class: "pack-list", "aria-labelledby": "pack-heading" }, items.map((item, i) => {
    const name = item.type === "heading" ? item.text : item.label;
    const action = (kind, text, handler, disabled) => h("button", {
      type: "button", class: "icon-button", "aria-label": `${text}: ${t("itemLabel", { label: name, i: i + 1, n: items.length })}`,
      "aria-disabled": disabled ? "true" : "false", dataset: { action: kind },
      onclick: () => !disabled && handler() }, icon(kind), h("span", { class: "button-text" }, text));
    const body = item.type === "heading"
      ? h("h3", { class: "pack-heading", dir: dirOfText(item.text) }, isolate(item.text))
      : [printedCitation(item, "p"), citeLabel("p", item.label, item.language),
        referenceLine(item.reference, item.language),
        item.warning
          ? h("p", { class: "pack-warning", dir: dirOfText(item.warning),
            lang: warningLanguage(item) }, "⚠ ", isolate(item.warning)) : null,
        isolateNumbers(h("p", { class: "text clamp", dir: "auto", lang: item.language }, item.text),
          dirOf(item.language))];
    return h("li", { class: `pack-item pack-${item.type}`, dataset: { id: item.id } },
      h("div", { class: "pack-body" }, body),
      h("div", { class: "item-actions" },
        action("up", t("moveUp"), () => reorder(item.id, -1, "up"), i === 0),
        action("down", t("moveDown"), () => reorder(item.id, 1, "down"), i === items.length - 1),
        action("remove", t("remove"), () => {
          pack.remove(item.id);
          const next = pack.items[Math.min(i, pack.items.length - 1)];
          packView(p, token, false, { focusId: next?.id, focusAction: "remove" });
          announce(t("removed", { label: name }));
        })));
  }));
  function reorder(id, delta, kind) {
    const to = pack.move(id, delta);
    packView(p, token, false, { focusId: id, focusAction: kind });
    announce(t("moved", { i: to + 1, n: pack.items.length }));
  }
  const headingInput = h("input", { id: "new-heading", type: "text", maxlength: "300", dir: "auto" });
  const headingForm = h("form", { class: "add-heading" },
    h("label", { for: "new-heading" }, t("headingText")), headingInput,
    h("button", { type: "submit", class: "secondary" }, t("addHeading")));
  headingForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = headingInput.value.trim();
    if (!text) {
      headingInput.focus();
      return;
    }
    pack.addHeading(text);
    packView(p, token, false, { focusId: "new-heading" });
    announce(t("headingAdded", { label: text }));
  });
  const exporter = (format, text) => h("button", { type: "button", class: "secondary", dataset: { export: format },
    // A double click's second click (detail 2) is no second export, even where the first has already ended.
    disabled: !pack.count, onclick: (event) => event.detail > 1 || exportPack(format, status) }, text);
  const hasPassage = items.some((i) => i.type === "passage");
  main.replaceChildren(h("section", { class: "pack-page" },
    h("h2", { id: "pack-heading", tabindex: "-1" }, t("packTitle")),
    h("p", { class: "muted" }, t("packIntro")),
    h("div", { class: "field" }, h("label", { for: "pack-title" }, t("packName")), title),
    items.length ? list : h("p", { class: "notice empty" }, t("packEmpty")),
    headingForm,
    h("div", { class: "export-bar" },
      hasPassage ? h("a", { class: "button primary", href: "?view=print" }, t("printable")) : null,
      hasPassage ? exporter("md", t("downloadMd")) : null,
      hasPassage ? exporter("docx", t("downloadDocx")) : null,
      items.length ? h("button", { type: "button", class: "link-button danger", onclick: () => {
        if (window.confirm(t("clearPackConfirm"))) {
          pack.clear();
          packView(p, token, true);
        }
      } }, t("clearPack")) : null),
    status));
  if (focusId === "new-heading") main.querySelector("#new-heading").focus();
  else if (focusId) {
    const row = main.querySelector(`[data-id="${CSS.escape(focusId)}"]`);
    const target = row?.querySelector(`[data-action="${focusAction}"]`) || row?.querySelector("button");
    (target || main.querySelector("#pack-heading")).focus();
  } else if (focus) main.querySelector("#pack-heading").focus();
}

/** Each passage's warning read again from the corpus before an export or a print, so that the file and the printed
 * handout say what the corpus says now: a handout must not hold the repealed French 494 as law in
 * force because it was collected before packs carried warnings, or before the corpus changed (reviews found both;
 * the export lays out a warning only where the corpus gives grounds). Throws when an article cannot be read. */
async function checkItems() {
  // The works' consolidation dates first: without them a warning says «check the text» where it should say «no
  // longer in force» (a trial saw the print view rewrite a firm warning before the works had loaded).
  await loadWorks();
  // Each on its own: one that cannot be read (an upload since removed) leaves the others checked, and throws last.
  // A few at a time, not one after another: a trial's print view of a long pack waited on each in turn.
  const queue = pack.items.filter((i) => i.type === "passage");
  let failed = null;
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      try {
        // A text that is no longer the corpus's (the corpus changed since it was added, or the stored pack was edited)
        // is flagged, by name, and refused by the export: a trial's print view printed it under the official citation.
        // As the server's check: the text, in its language, whatever wording it was saved with.
        const texts = await articleTexts(item.key, item.language);
        if (!texts.some((o) => o.language === item.language && flat(o.text).includes(flat(item.text)))) {
          pack.setWarning(item.id, t("packItemChanged"));
          failed = failed || new api.ApiError(422, "item_changed",
            tf("packItemChangedNamed", { label: item.label }).textContent);
          continue;
        }
        pack.setWarning(item.id, await corpusWarning(item.key, item));
        pack.setCitedIn(item.id, wholeOf(texts, item)?.cited_in);
      } catch (error) {
        // An article no longer in the corpus (its upload removed) says so on the pack, the print view and the error,
        // by name: a trial got «the text asked for is not there» and the deleted text printed without a word.
        if (error instanceof api.ApiError && error.status === 404) {
          pack.setWarning(item.id, t("packItemGone"));
          error = new api.ApiError(422, "item_gone", tf("packItemGoneNamed", { label: item.label }).textContent);
        }
        failed = failed || error;
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  if (failed) throw failed;
}

let exporting = false; // one export at a time: a double click must not re-read every warning and export twice

async function exportPack(format, status) {
  if (exporting) return;
  exporting = true;
  const buttons = [...document.querySelectorAll("[data-export]")];
  for (const button of buttons) button.setAttribute("aria-disabled", "true");
  status.textContent = t("exporting");
  try {
    await checkItems();
    const { blob, filename } = await api.exportPack(pack.payload(t("packDefaultTitle"), lang()), format);
    const url = URL.createObjectURL(blob);
    const link = h("a", { href: url, download: filename, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status.textContent = t("exported");
  } catch (error) {
    status.replaceChildren(errorBox(error));
  } finally {
    exporting = false;
    for (const button of buttons) button.removeAttribute("aria-disabled");
  }
}

/** The citation in the page's language of a text held in another only (the API's `cited_in`), under its own: what
 * the copy button and a pack give, shown before they are used (a trial found it only in the clipboard). */
function citedLine(c, language) {
  const cited = language !== lang() ? c.cited_in?.[lang()] : null;
  if (!cited) return null;
  return h("p", { class: "cited-in", lang: lang(), dir: dirOf(lang()) }, t("citedAs"), " ",
    h("cite", {}, cited.label), cited.reference ? [" — ", cited.reference] : null);
}

function printedCitation(item, tag = "h3") {
  const cited = item.language !== lang() ? item.cited_in?.[lang()] : null;
  if (!cited) return null;
  return h("div", { class: "cited-in", lang: lang(), dir: dirOf(lang()) },
    citeLabel(tag, `${cited.label} (${t(`citedText_${item.language}`)})`, lang()),
    referenceLine(cited.reference, lang()));
}

/** An article added in two languages one after the other, as one pair, the left-to-right text first: a trainer's
 * comparative handout, printed in two columns (as the Word file lays it out, `api.export.side_by_side`). */
function sideBySide(items) {
  const out = [];
  for (const item of items) {
    const last = out[out.length - 1];
    const languages = last && !Array.isArray(last) ? new Set([last.language, item.language]) : null;
    if (item.type === "passage" && last?.type === "passage" && last.key === item.key && languages.size === 2
      && languages.has("ar")) {
      out[out.length - 1] = last.language === "ar" ? [item, last] : [last, item];
    } else {
      out.push(item);
    }
  }
  return out;
}

function printItem(item) {
  // A long text may run over a page break (a trial's eight passages took six half-empty pages); a short one not.
  return h("section", { class: `print-item${item.text.length > PRINT_WHOLE ? "" : " whole"}`, lang: item.language,
    dir: dirOf(item.language) },
    // An Arabic-only text in a French handout is cited in French first, then as it is (a trial).
    printedCitation(item),
    citeLabel("h3", item.label, item.language),
    referenceLine(item.reference, item.language),
    // A printed handout must not show a repealed text as law in force, as the pack page and the files say.
    item.warning
      ? h("p", { class: "pack-warning", dir: dirOfText(item.warning),
      lang: warningLanguage(item) }, "⚠ ", isolate(item.warning)) : null,
    isolateNumbers(h("p", { class: "text" }, item.text), dirOf(item.language)));
}

function printView(p, token, focus, checked = false) {
  const title = (pack.title || "").trim() || t("packDefaultTitle");
  document.title = `${title} — ${t("appName")}`;
  const heading = h("h1", { tabindex: "-1", dir: dirOfText(title) }, isolate(title));
  main.replaceChildren(
    h("div", { class: "print-toolbar" },
      h("button", { type: "button", class: "primary", onclick: () => window.print() }, t("print")),
      h("a", { href: "?view=pack" }, t("backToPack"))),
    h("article", { class: "print-pack" },
      heading,
      pack.count ? sideBySide(pack.items).map((item) => (item.type === "heading"
        ? h("h2", { class: "print-heading", dir: dirOfText(item.text) }, isolate(item.text))
        : Array.isArray(item) ? h("div", { class: "print-pair", dir: "ltr" }, item.map(printItem))
          : printItem(item)))
        : h("p", { class: "notice empty" }, t("packEmpty")),
      h("p", { class: "print-note muted" }, t("printNote"))));
  if (focus) heading.focus();
  // The warnings are read again, as before an export, and the page drawn again. Once: an item that cannot be read
  // keeps its warning, and must not start the check again and again.
  if (!checked && pack.items.some((i) => i.type === "passage")) {
    checkItems().catch(() => {}).then(() => {
      // Drawn again, the focus stays where it was (a judge's trial was left on the page itself, not the heading).
      if (token === renderToken) printView(p, token, document.activeElement === heading, true);
    });
  }
}

// --- routing ----------------------------------------------------------------------------------

function updateChrome() {
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of document.querySelectorAll("[data-i18n-aria-label]")) el.setAttribute("aria-label", t(el.dataset.i18nAriaLabel));
  document.getElementById("lang-switch").lang = lang() === "ar" ? "fr" : "ar";
  document.getElementById("lang-switch").dir = lang() === "ar" ? "ltr" : "rtl";
  updatePackCount();
}

function updatePackCount() {
  const count = document.getElementById("pack-count");
  count.textContent = String(pack.texts);
  document.getElementById("pack-link").setAttribute("aria-label", t("packCount", { n: pack.texts }));
}

pack.onChange(() => {
  updatePackCount();
  for (const button of main.querySelectorAll(".pack-add")) button.refresh?.();
});

async function render({ focus = false } = {}) {
  const token = ++renderToken;
  nearScreen?.disconnect();  // the cards of the previous view are gone
  const hash = /^#\/article\/([^/]+)\/(.+)$/.exec(location.hash);
  if (hash) history.replaceState(null, "", articleHref(`${decodeURIComponent(hash[1])}:${decodeURIComponent(hash[2])}`));
  const p = params();
  updateChrome();
  syncForm(p);
  const view = p.get("article") ? "article" : p.get("toc") ? "toc" : p.get("view") === "pack" ? "pack"
    : p.get("view") === "print" ? "print" : (p.get("q") || "").trim() ? "search" : "home";
  document.body.dataset.view = view;
  const link = document.getElementById("pack-link");
  if (view === "pack") link.setAttribute("aria-current", "page");
  else link.removeAttribute("aria-current");
  if (view === "home") document.title = `${t("appName")} — ${lang() === "ar" ? "Daleel" : "دليل"}`;
  const views = { home: homeView, search: searchView, article: articleView, toc: tocView, pack: packView, print: printView };
  try {
    await views[view](p, token, focus);
  } catch (error) {
    if (token !== renderToken) return;
    main.removeAttribute("aria-busy");
    main.replaceChildren(errorBox(error, () => render({ focus: true })));
  }
}

document.addEventListener("click", (event) => {
  const link = event.target.closest("a[href]");
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
    || event.altKey || link.target || link.hasAttribute("download")) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname !== location.pathname) return;
  if (url.hash && url.search === location.search) return; // the skip link and other in-page anchors
  event.preventDefault();
  navigate(url.search || "./");
});

// Escape folds what the reader opened around the focus (the filters, an original wording, other paragraphs, the
// contents) and gives the focus to its summary; on the printable page it goes back to the pack (a judge's trial,
// working with the keyboard, found Escape did nothing). Not in the search box: the browser clears it with Escape.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape" || event.defaultPrevented || event.target.matches?.("input[type=search], textarea")) return;
  const open = event.target.closest?.("details[open]");
  if (open) {
    open.open = false;
    open.querySelector(":scope > summary")?.focus();
    event.preventDefault();
  } else if (document.body.dataset.view === "print") {
    event.preventDefault();
    navigate("?view=pack");
  }
});

document.getElementById("lang-switch").addEventListener("click", () => {
  setLang(lang() === "ar" ? "fr" : "ar");
  const p = params();
  p.set("ui", lang());
  history.replaceState({ ...history.state }, "", `?${p}`);
  renderAt(window.scrollY);  // the same page in the other language, where it was read
  announce(t("appName"));
});

// Where the reader is scrolled, kept with each history entry: a contents page is drawn after its fetch, too late for
// the browser's own restoring (a trial came back from an article to the top of Law 02-03's contents).
history.scrollRestoration = "manual";
let scrollTimer;
let drawing = 0; // renders under way: the page shrinks to a loading line meanwhile, no place to keep (a review)

/** Keeps the scroll with the entry shown; not while it is drawn, and never at the cost of the page: Safari refuses
 * more than about a hundred history writes in 30 s (a review). */
function saveScroll() {
  if (drawing) return;
  try {
    history.replaceState({ ...history.state, scroll: window.scrollY }, "");
  } catch {
    /* the place is not kept this once */
  }
}

window.addEventListener("scroll", () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(saveScroll, 300);
}, { passive: true });

/** Renders the entry shown, then scrolls to where it was read (the top for one never scrolled); not if another
 * render has begun meanwhile (two quick Backs). */
async function renderAt(scroll) {
  const mine = renderToken + 1;
  drawing += 1;
  try {
    await render({ focus: false });
  } finally {
    drawing -= 1;
  }
  if (renderToken === mine) window.scrollTo(0, typeof scroll === "number" ? scroll : 0);
}

window.addEventListener("popstate", (event) => {
  clearTimeout(filterTimer);  // Back within the settling time must not push the filter's search again
  clearTimeout(scrollTimer);  // the scroll of the page left is not this entry's
  renderAt(event.state?.scroll);
});

setLang(initialLang(params()));
if (typeof history.state?.scroll === "number") renderAt(history.state.scroll);  // a reload keeps its place
else render();
