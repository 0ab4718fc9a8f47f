"""A curated French ↔ Arabic legal glossary (`corpus/glossary.tsv`), for what the learnt lexicon cannot know.

The lexicon (`search.lexicon`) learns translations from the articles the corpus holds in both
languages; a term that only the Arabic-only texts use («الرسوم القضائية» of Law 27-14, «وسائل النقل»
of Law 02-03) never appears in a pair, and a French question cannot reach it. The glossary gives
those terms as a bilingual legal dictionary does, phrase for phrase: «frais de justice» is one
concept, and the lexicon's best translations of its words one by one («frais» → «نفقة», «justice» →
«عدالة») are not it.

A form matches when its words occur in a row in the question (after analysis, so case, accents,
clitics and stop words do not matter); the question is then also searched with every form of the
other language, at `WEIGHT`, and its own lexical search adds the concept's other forms in its own language, at
`SYNONYM_WEIGHT` (a line is a set of synonyms as well as a translation: «enfant» also finds the Penal Code's
«mineur», «الطفل» its «القاصر»).

Usage::

    glossary = load_glossary()                          # corpus/glossary.tsv
    glossary.translate("frais de justice de la victime")  # {"رسوم": 0.4, "قضائ": 0.4, "صوائر": 0.4, ...}
    glossary.synonyms("la victime est un enfant")           # {"mineur": 0.4, "enfant": 0.4, ...}

``python -m search.glossary`` lists the Arabic words and word pairs of the Arabic-only works that
neither the learnt lexicon nor the glossary translates (most frequent first): where to extend it.

`corpus/darija.tsv` has the same format, read one way: the everyday Moroccan Darija words a lay user writes
(«خدامة», «بزز», «الباسبور») and the Modern Standard Arabic forms the laws use («عاملة منزلية», «قهرا | جبرا»,
«جواز السفر»). Measured (`daleel eval`, hybrid R@5 / MRR@10) on 30 Darija lay questions no one read while writing
it (`tests/eval/heldout6.jsonl`): 0.050 / 0.030 without it, 0.217 / 0.144 with it (on another, heldout7: 0.300 /
0.171 → 0.483 / 0.381); dev unchanged (0.950 / 0.882),
held-out 1 MRR 0.596 → 0.623, held-out 2 0.750 → 0.779, no question lower (tests/eval/README.md). A Darija form
must not also be an MSA word of another sense once analysed («كتسعا», she begs, is «تسع» like «تسعى» and
«تسع»): the whole question, Darija or not, is matched against this list.

`corpus/everyday-words.tsv`, read one way too, does the same for plain French and Arabic: a victim's or a social
worker's words («couteau», «سكين», «يطلب الصدقة») and the law's («arme», «سلاح», «التسول»), each form analysed in its
own script's language. Sums of MRR@10 × questions over the read evaluation sets (477 questions): 309.86 without it,
314.53 with it (the plain-words held-out 10, MRR@10 0.640 → 0.690; twelve questions up, ten down); its first draft,
before the forms whose analysed word is an ordinary one («tante» is «tant», «رغما» is «رغم») were taken out, 312.34.
The second set of written questions moves the other way, MRR@10 0.700 → 0.694 (tests/eval/README.md, session 26).

Matching is on analysed words, so it inherits the analyser's limits: stop words are skipped (the
negation «غير» too: «الهجرة المشروعة» matches the form «الهجرة غير المشروعة»), and a stem shared by two
words matches both (French «arrêt» and «arrêté» are both «arret»; Arabic «المحاكم» and «المحاكمة»).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from haystack import Document

from ingest.catalogue import REPO_ROOT
from ingest.sparse import PAIR_WEIGHT, pair_terms
from ingest.text import SKELETON_MARK, analyze_words, dominant_language, tokenize

DEFAULT_GLOSSARY = REPO_ROOT / "corpus" / "glossary.tsv"
DEFAULT_DARIJA = REPO_ROOT / "corpus" / "darija.tsv"
DEFAULT_EVERYDAY = REPO_ROOT / "corpus" / "everyday-words.tsv"
# The score of a glossary translation, on the lexicon's scale (its sure pairs score 0.5 to 0.9). One
# concept brings several forms, hence several terms, so each weighs less than a sure word pair. Dev set
# MRR@10 at 0.2 / 0.3 / 0.4 / 0.5 / 0.6 / 0.8: 0.862 / 0.880 / 0.880 / 0.859 / 0.855 / 0.850.
WEIGHT = 0.4
# The weight of a concept's other forms in the question's own language («enfant» also searches «mineur», the
# Penal Code's word; «sanction» also «peine»), against 1.0 for the question's own words: a one-word form as its word,
# a longer one as its word pairs («décision de justice» is a synonym of «jugement», «justice» alone is not). MRR@10
# dev / held-out 1 / held-out 3 / held-out 8 / definitions without synonyms 0.896 / 0.630 / 0.688 / 0.628 / 0.811;
# at 0.4, 0.898 / 0.630 / 0.681 / 0.648 / 0.811 (longer forms as their single words instead: 0.911 / 0.627 / 0.681 /
# 0.648 / 0.828, but «le jugement» then also searches «justice», «وزارة العدل» «سلطة» and «حكومة», on their own).
# The weight was chosen with single words, among 0.25 / 0.4 / 0.7.
SYNONYM_WEIGHT = 0.4
KNOWN = 0.3  # `python -m search.glossary`: a lexicon translation scoring this much counts as known


class GlossaryError(ValueError):
    """A glossary line that cannot be read; the message names the file and the line."""


Words = tuple[frozenset[str], ...]


def _words(form: str, language: str) -> Words:
    return tuple(
        frozenset(t for t in word if not t.startswith(SKELETON_MARK)) for word in analyze_words(form, language)
    )


@dataclass(frozen=True)
class Rule:
    """One form of a concept (its words, each as its set of terms) and the terms of the other language's forms."""

    words: Words
    targets: frozenset[str]
    target_pairs: frozenset[str] = frozenset()  # the other language's forms' word pairs (`ingest.sparse.pair_terms`)
    synonyms: frozenset[str] = frozenset()  # the concept's forms in this form's own language (`_synonym_terms`)
    rendering: str = ""  # the other language's first form as written: how `Glossary.render` says the concept

    def matches_at(self, question: list[frozenset[str]], start: int) -> bool:
        window = question[start : start + len(self.words)]
        return len(window) == len(self.words) and all(w & q for w, q in zip(self.words, window, strict=True))


class Glossary:
    """The rules, indexed by the terms of their first word: a question is matched word by word, not rule by rule."""

    def __init__(self, rules: tuple[Rule, ...] = ()) -> None:
        self.rules = rules
        self._by_first_term: dict[str, list[Rule]] = {}
        for rule in rules:
            for term in rule.words[0]:
                self._by_first_term.setdefault(term, []).append(rule)

    def matches(self, text: str) -> list[tuple[int, Rule]]:
        """(position, rule) of every form that `text` contains; positions count `text`'s analysed words."""
        question = [frozenset(word) for word in analyze_words(text)]
        found: list[tuple[int, Rule]] = []
        for start, word in enumerate(question):
            candidates = {id(rule): rule for term in word for rule in self._by_first_term.get(term, [])}
            found += [(start, rule) for rule in candidates.values() if rule.matches_at(question, start)]
        return found

    def translate(self, text: str) -> dict[str, float]:
        """The other language's terms of every concept a form of which `text` contains, each at `WEIGHT`."""
        matched = [rule for _, rule in self.matches(text)]
        translated = {pair: WEIGHT * PAIR_WEIGHT for rule in matched for pair in rule.target_pairs}
        translated.update({term: WEIGHT for rule in matched for term in rule.targets})
        return translated

    def outermost(self, text: str) -> list[Rule]:
        """The forms `text` contains, in its order, but a form inside a longer one found around it, which is that
        longer concept's word, not its own concept («éloignement» in «mesure d'éloignement de l'étranger» is no
        protection order); two forms that only overlap both count."""
        matches = sorted(self.matches(text), key=lambda match: match[0])
        spans = [(start, start + len(rule.words)) for start, rule in matches]
        return [
            rule
            for (_, rule), (a, b) in zip(matches, spans, strict=True)
            if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in spans)
        ]

    def render(self, text: str) -> str:
        """The concepts `text` names (`outermost`), each as the other language's first form is written, in the order
        the question names them («victime étrangère … procès» → «الضحية الأجنبي المحاكمة»): the question as the other
        language's texts would word it, for a search by sense (`search.cross_lingual`); "" when it names none."""
        return " ".join(dict.fromkeys(rule.rendering for rule in self.outermost(text) if rule.rendering))

    def synonyms(self, text: str) -> dict[str, float]:
        """The terms, in `text`'s own language, of the forms of every concept a form of which `text` contains
        (`outermost`; a one-word form's word, a longer form's word pairs), each at `SYNONYM_WEIGHT`: what the
        question's own lexical search adds («enfant» → «mineur»)."""
        return {term: SYNONYM_WEIGHT for rule in self.outermost(text) for term in rule.synonyms}

    def __len__(self) -> int:
        return len(self.rules)


def _synonyms_of(form: Words, forms: list[Words], one_way: bool) -> frozenset[str]:
    """What `form` adds to a question's own search: its concept's forms on its side, less the inflections of
    itself («travailleuse domestique» for «travailleur domestique»: the question named the concept already, and an
    article writing both genders would count twice)."""
    return frozenset() if one_way else _synonym_terms([other for other in forms if not _inflected(other, form)])


def _inflected(a: Words, b: Words) -> bool:
    """The same words but for their endings: word by word, a term of one is a term of the other or begins it (four
    letters at least, as Snowball stems «travailleuse» to «travaill» and «travailleur» to itself)."""

    def same(x: frozenset[str], y: frozenset[str]) -> bool:
        return any(s == t or (min(len(s), len(t)) >= 4 and (s.startswith(t) or t.startswith(s))) for s in x for t in y)

    return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))


def _synonym_terms(forms: list[Words]) -> frozenset[str]:
    """A one-word form's terms, a longer form's word pairs: «décision de justice» is a synonym of «jugement» as a
    phrase, not «justice» alone."""
    single = _terms([form for form in forms if len(form) == 1])
    return single | frozenset(p for form in forms if len(form) > 1 for p in pair_terms([tuple(w) for w in form]))


def _terms(forms: list[Words]) -> frozenset[str]:
    return frozenset(t for form in forms for word in form for t in word if not t[0].isdigit())


def parse_glossary(text: str, source: str = "glossary", *, one_way: bool = False) -> Glossary:
    """Rules from the glossary format (see `corpus/glossary.tsv`): French forms, a tab, Arabic forms.

    ``one_way``: the Darija list (`corpus/darija.tsv`), Darija forms, a tab, Modern Standard Arabic forms, or the
    everyday words (`corpus/everyday-words.tsv`), a reader's forms, a tab, the law's, read from the first column to
    the second only; each form is analysed in the language of its script, French or Arabic."""
    languages = ("ar", "ar") if one_way else ("fr", "ar")
    names = ("everyday or Darija", "the law's") if one_way else ("French", "Arabic")
    rules: list[Rule] = []
    for number, line in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) != 2:
            raise GlossaryError(f"{source}, line {number}: expected {names[0]} forms, a tab, {names[1]} forms")
        sides, written = [], []
        for column, language, name in zip(columns, languages, names, strict=True):
            kept = [
                (form.strip(), _words(form, (one_way and dominant_language(form)) or language))
                for form in column.split("|")
                if form.strip()
            ]
            kept = [(raw, form) for raw, form in kept if form and all(form)]
            if not kept:
                raise GlossaryError(f"{source}, line {number}: no {name} form with a searchable word")
            sides.append([form for _, form in kept])
            # What `Glossary.render` writes for the concept: an Arabic form (it renders French questions in Arabic).
            arabic = next((raw for raw, _ in kept if dominant_language(raw) == "ar"), "")
            written.append(arabic if one_way else kept[0][0])
        first, second = sides
        directions = (
            ((first, second, written[1]),) if one_way else ((first, second, written[1]), (second, first, written[0]))
        )
        for forms, others, rendering in directions:
            targets = _terms(others)
            pairs = frozenset(p for form in others for p in pair_terms([tuple(word) for word in form]))
            rules += [
                # A Darija form has no synonym to add: its MSA forms are what the translated search looks for.
                Rule(
                    words=form,
                    targets=targets,
                    target_pairs=pairs,
                    synonyms=_synonyms_of(form, forms, one_way),
                    rendering=rendering,
                )
                for form in dict.fromkeys(forms)
            ]
    return Glossary(rules=tuple(rules))


def load_glossary(
    path: Path = DEFAULT_GLOSSARY, darija: Path | None = DEFAULT_DARIJA, everyday: Path | None = DEFAULT_EVERYDAY
) -> Glossary:
    """The glossary file, the Darija list and the everyday words; a missing file adds no rule (search then relies on
    the lexicon)."""
    rules: tuple[Rule, ...] = ()
    for source, one_way in ((path, False), (darija, True), (everyday, True)):
        if source is None:
            continue
        try:
            text = source.read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
        rules += parse_glossary(text, source=str(source), one_way=one_way).rules
    return Glossary(rules=rules)


def untranslated(
    passages: list[Document],
    lexicon_table: dict[str, list[tuple[str, float]]],
    glossary: Glossary,
    min_passages: int = 2,
) -> list[tuple[int, str]]:
    """(passages, phrase) for the words and word pairs of the current Arabic-only works with a word that neither
    a lexicon translation scoring `KNOWN` nor a glossary form covers, most frequent first."""
    languages: dict[str, set[str]] = {}
    for passage in passages:
        languages.setdefault(passage.meta["work_id"], set()).add(passage.meta.get("language"))
    arabic_only = {work for work, found in languages.items() if found == {"ar"}}
    counts: Counter[str] = Counter()
    for passage in passages:
        if passage.meta["work_id"] not in arabic_only or passage.meta.get("current") is False:
            continue
        words = [
            (token, bool(analyze_words(token, "ar")))
            for token in tokenize(passage.content or "")
            if not token[0].isdigit()
        ]
        seen: set[str] = set()
        for i, (token, searchable) in enumerate(words):
            if searchable:
                seen.add(token)
                if i + 1 < len(words) and words[i + 1][1]:
                    seen.add(f"{token} {words[i + 1][0]}")
        counts.update(seen)
    found = []
    for phrase, n in counts.items():
        if n < min_passages:
            continue
        covered = {start + i for start, rule in glossary.matches(phrase) for i in range(len(rule.words))}
        known = [
            i in covered or any(score >= KNOWN for term in word for _, score in lexicon_table.get(term, []))
            for i, word in enumerate(analyze_words(phrase, "ar"))
        ]
        if not all(known):
            found.append((n, phrase))
    return sorted(found, key=lambda x: (-x[0], x[1]))


if __name__ == "__main__":
    from ingest.index import open_document_store
    from ingest.settings import Settings
    from search.lexicon import cached_lexicon

    settings = Settings()
    # Every passage, as the Searcher reads them: the lexicon cache is keyed on exactly that set.
    documents = open_document_store(settings).filter_documents()
    lexicon = cached_lexicon(documents, settings.data_dir)
    for count, phrase in untranslated(documents, lexicon.table, load_glossary()):
        print(count, phrase)
