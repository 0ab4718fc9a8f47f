// Cross-references inside an article's text («الفصل 448-1», «المادة 7-82 أعلاه», «l'article 6 ci-dessus»),
// found conservatively: only digit article numbers after an article word, and only when they point to
// the same work (or to a work whose title follows, «… من مجموعة القانون الجنائي», «… du Code pénal»).

const DIGIT = "[0-9\u0660-\u0669]";
const NUM = `${DIGIT}{1,4}(?:[-\u2013]${DIGIT}{1,3}){0,3}(?![.,/]?${DIGIT})`;
const NUM_RE = new RegExp(NUM, "g");

const AR_WORD = "(?:[\u0648\u0641]?[\u0628\u0644]?\u0627\u0644|[\u0648\u0641]?\u0644\u0644)"
  + "(?:\u0641\u0635\u0644|\u0641\u0635\u0644\u064a\u0646|\u0641\u0635\u0644\u0627\u0646|\u0641\u0635\u0648\u0644"
  + "|\u0645\u0627\u062f\u0629|\u0645\u0627\u062f\u062a\u064a\u0646|\u0645\u0627\u062f\u062a\u0627\u0646|\u0645\u0648\u0627\u062f)";
// الفصل، الفصلين، الفصلان، الفصول، المادة، المادتين، المادتان، المواد — with و ف ب ل prefixes.
const AR_JOIN = "(?:\\s*[\u060c,]?\\s*(?:\u0648\\s*|\u0623\u0648\\s*|\u0625\u0644\u0649\\s*|\u0627\u0644\u0649\\s*))";
// و، أو، إلى، الى
const AR_RE = new RegExp(`(?<![\\u0600-\\u06ff])${AR_WORD}\\s+${NUM}(?:${AR_JOIN}${NUM})*`, "gu");

const FR_WORD = "(?:l['\u2019]\\s?article|les\\s+articles|aux\\s+articles|des\\s+articles|l['\u2019]\\s?art\\.)";
const FR_JOIN = "(?:\\s*(?:,|et|ou|\u00e0)\\s*)";
const FR_RE = new RegExp(`(?<![\\p{L}])${FR_WORD}\\s+${NUM}(?:${FR_JOIN}${NUM})*`, "giu");

const RANGE_WORD = /^\s*(\u00e0|\u0625\u0644\u0649|\u0627\u0644\u0649)\s*$/u; // à، إلى، الى
const AR_SAME = /^\s*[\u060c,]?\s*\u0645\u0646\s+(?:\u0647\u0630\u0627|\u0647\u0630\u0647|\u0646\u0641\u0633)/u; // من هذا / هذه / نفس
const AR_OTHER = /^\s*[\u060c,]?\s*\u0645\u0646\s+/u; // من …
const FR_SAME = /^\s*,?\s*(?:du|de\s+la|de\s+l['\u2019]|des)\s*(?:pr\u00e9sente?|m\u00eame)/iu;
const FR_OTHER = /^\s*,?\s*(?:du|de\s+la|de\s+l['\u2019]|des)\s*/iu;

const fold = (s) => (s || "")
  .toLowerCase()
  .replace(/[\u2019']/g, "'")
  .replace(/[\u064b-\u0652\u0640]/g, "")
  .replace(/[\u0623\u0625\u0622]/g, "\u0627")
  .replace(/\s+/g, " ")
  .trim();

/** Canonical article number; in Arabic running text «7-82» means 82-7 (a base is never below its sub-number). */
export function normalizeNumber(raw, rtl) {
  const digits = raw.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/\u2013/g, "-");
  let parts = digits.split("-").filter(Boolean).map((p) => String(parseInt(p, 10)));
  if (rtl && parts.length > 1 && Number(parts[0]) < Number(parts[parts.length - 1])) parts = parts.reverse();
  return parts.join("-");
}

function titledWork(rest, works, language) {
  const head = fold(rest.slice(0, 160));
  let best = null;
  for (const work of works || []) {
    const names = [
      ...Object.values(work.short_titles || {}),
      ...Object.values(work.titles || {}),
    ].map(fold).filter((n) => n.length >= 4);
    for (const name of names) {
      if (head.startsWith(name) && (!best || name.length > best.length)) best = { id: work.id, length: name.length };
    }
  }
  void language;
  return best && best.id;
}

/**
 * The references in `text`: [{start, end, work, article}] in UTF-16 offsets, one per number, and one
 * [{start, end, work, range: [from, to], query}] for the word joining the two ends of a range.
 * `workId`: the work the text belongs to; `works`: /api/documents, to resolve «من مجموعة القانون الجنائي»;
 * `resolved`: the server's `cross_references` of this text, for a work named otherwise than by its title.
 */
export function findReferences(text, language, workId, works = [], resolved = []) {
  const rtl = language === "ar";
  const found = [];
  for (const [pattern, same, other] of [
    [AR_RE, AR_SAME, AR_OTHER],
    [FR_RE, FR_SAME, FR_OTHER],
  ]) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      const rest = text.slice(end, end + 200);
      let target = workId;
      if (!same.test(rest) && other.test(rest)) {
        // The server's reading where the title alone does not say it («الفصل 294 من القانون الجنائي», a usual name:
        // a trial found it unlinked in Law 02-03 art. 52).
        const numbers = [...match[0].matchAll(NUM_RE)].map((n) => normalizeNumber(n[0], rtl));
        const server = resolved.find((r) => r.key && text.startsWith(r.text, match[0].indexOf(r.text.split(" ")[0])
          + match.index) && numbers.includes(r.article));
        target = titledWork(rest.replace(other, ""), works, language) || server?.key.slice(0, server.key.indexOf(":"));
        if (!target) continue; // another work we cannot name: leave it as text
      }
      // The server's reading of this very reference wins where it has one: a law's «بالمادة 82-5-1» is the CPP
      // article it inserted, not one of its own (a trial's link went to a missing Law 27-14 article 82-5-1).
      const here = resolved.filter((r) => r.key && text.startsWith(r.text, match.index));
      // The numbers, after the article word.
      const firstDigit = match[0].search(new RegExp(DIGIT));
      NUM_RE.lastIndex = 0;
      let previous = null;
      for (const number of match[0].slice(firstDigit).matchAll(NUM_RE)) {
        const start = match.index + firstDigit + number.index;
        const article = normalizeNumber(number[0], rtl);
        const server = here.find((r) => r.article === article);
        const ref = { start, end: start + number[0].length, work: server ? server.key.slice(0, server.key.indexOf(":"))
          : target, article, raw: number[0] };
        // «articles 497 à 503», «الفصول 146 إلى 151»: the word between the two ends stands for the whole range,
        // which a search of those words within the work lists (with the articles numbered under its members).
        const between = previous && RANGE_WORD.exec(text.slice(previous.end, start));
        if (between) {
          const at = previous.end + between.index + between[0].indexOf(between[1]);
          // The article word and this range alone: «articles 1 à 3 et 5 à 7» has two (a review).
          const word = match[0].slice(0, firstDigit).trim().replace(/^(?:aux|des|les)\s+/i, "");
          found.push({ start: at, end: at + between[1].length, work: target, range: [previous.article, ref.article],
            query: `${word} ${text.slice(previous.start, ref.end)}` });
        }
        found.push(ref);
        previous = ref;
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
