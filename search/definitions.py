"""Questions that ask what a term means, and the provisions that define it.

«تعريف الطفل», «définition de la traite», «qu'est-ce qu'un groupe criminel organisé» ask for the article
that defines the term (CRC art. 1, Penal Code 448-1, UNTOC art. 2). Its words are the term's and little
else, so the articles that use the term most («الطفل» in every article of the CRC) outrank it, and the
asking words match texts of their own («définition» → «définie»).

A provision defines when it uses one of its language's defining formulas: «يقصد ب», «يراد ب», «لأغراض هذه
الاتفاقية», «في مدلول هذا القانون», «on entend par», «s'entend de», «aux fins de la présente convention»,
«désigne», «sont réputés», «for the purposes of this Protocol», «means». It defines the question's term
when the words next to a formula are the question's, in a row: «on entend par traite des êtres humains»
for «définition de la traite des êtres humains», not «on entend par victime de la traite…» (448-9).

A term typed alone («traite», «الاتجار بالبشر») asks what it is too: the provision that defines all of it is lifted
(`BARE_TERM_WORDS`); no evaluation set holds such a query, and none moved.

Both sides are read after `ingest.text.normalize_for_match` (case, Arabic letter forms, apostrophes).

Measured (`daleel eval … --variants hybrid,hybrid-no-definitions`, MRR@10) on 28 definition questions
written with this module, so not held out (`tests/eval/definitions.jsonl`): 0.468 without, 0.793 with. On
the sets written before it, which hold three such questions, none ranks lower: dev 0.882 → 0.894 (d005,
«… au sens du Code pénal», rank 2 → 1), held-out 3 0.650 → 0.667 (m005, «في مفهوم اتفاقية…», 3 → 1); the
other held-out sets do not move.

Usage::

    asks_for_definition("ما المقصود بالاتجار بالبشر؟")  # True
    DefinitionRanker().run(documents=fused, query="تعريف الطفل")["documents"]  # CRC art. 1 lifted
"""

from __future__ import annotations

import re
from itertools import dropwhile
from typing import Any

from haystack import Document, component

from ingest.text import SKELETON_MARK, analyze_words, normalize_for_match
from search.fusion import lift

# Verbs after «qu'est-ce que la loi…» that make it a question of what the law does, not of what a term means.
_VERBS = (
    r"peu[tx]|peuvent|doi[ts]|doivent|pr[ée]voi[ts]|risquen?t?|fai[ts]|font|faut|di[ts]|disent|encour[st]"
    r"|obtien\w*|demand\w*|va|vont"
)
# Whether facts are the offence («واش هادشي اتجار بالبشر», «est-ce de la traite ?», «is this trafficking»): what fits
# the term is what its definition says (a trial's «بغيت نعرف واش هادشي اتجار بالبشر ولا لا» lost 448-1). A
# demonstrative is needed: «هل يعتبر الضحية…» asks whether a person is liable, not what a term means.
_VERBS_COUNTED = r"(?:يعتبر|تعتبر|يعد|تعد|كيتعتبر|كيعتبر|كتعتبر|كيتحسب|كتتحسب)"
_IS_THIS = (
    r"(?:هل|واش) (?:" + _VERBS_COUNTED + r" )?(?:هذا|هذه|هادشي|هاد الشي|هادا|هادي|ذلك)(?: " + _VERBS_COUNTED + r")?"
    r"(?! (?:ال)?(?:قانون|نص|مرسوم|فصل|ماده|بروتوكول|اتفاقيه|اعلان|مدونه|حكم)(?!\w))"
    r"(?=(?: [^\s?؟,،.]+){1,5} ?(?:[?؟,،.]|$))"
    r"|(?:est-ce|s'agit-il|c'est|est-ce qu'il s'agit|est-ce consid[ée]r[ée] comme) (?:que c'est |que cela est )?"
    r"(?:de la|du|de l'|d'une?|de)(?= ?(?:[^\s?,.]++ ?){1,5}(?:[?,.]|$))"
    r"|is (?:this|that|it)(?: a case of)?(?= (?:human )?(?:trafficking|forced labou?r|servitude|slavery|exploitation))"
)
# What a reader writes to ask what a term means, in Arabic, Darija, French and English. Not «c'est quoi la…»,
# «شنو هي…», «من هو…», «signification»: «c'est quoi la peine», «شنو هي العقوبة», «من هي الجهة المختصة», «délai de
# signification» ask for no definition; nor «qu'est-ce que…» before a verb («qu'est-ce que la loi prévoit…»): only
# before a few words that end the question. «بطاقة التعريف» is an identity card. «au sens» alone: the search reads
# the question without the work it names («au sens du Code pénal»).
_ASKS = re.compile(
    r"(?<!\w)(?:"
    r"(?<!بطاقه )(?<!وثائق )(?:ال|و)?تعريف|تعاريف|(?:ما|ماذا) (?:هو |هي )?المقصود|(?:المقصود|يقصد)(?= ?ب)|(?:ال)?مفهوم"
    r"|مدلول|(?:ما|شنو) معني|معني(?= ال| كلمه | مصطلح | عباره )|ماذا (?:ي|ت)عني(?= ال)|اش كيعني|شنو كيعني"
    r"|(?<![^\s.?!؟])(?<!\w )من (?:يعتبر|تعتبر|يعد)"
    r"|d[ée]finitions?|d[ée]finit|d[ée]finir|c'est quoi une?|que signifie|que veut dire|que d[ée]signe"
    r"|qu'est-ce qu(?:'une?|e (?:la|le|les|l'))(?=\s*(?:[^\s?]++\s*){1,5}\??\s*$)(?!.*(?<!\w)(?:" + _VERBS + r")(?!\w))"
    r"|au sens(?: d[eu])?|notion d[e']|entend-on par|^qui est (?:consid[ée]r[ée]|r[ée]put[ée])"
    r"|definitions?|define[sd]?|what is meant by|meaning of"
    r")(?!\w)"
)
_IS_THIS_RE = re.compile(r"(?<!\w)(?:" + _IS_THIS + r")")
# The formulas a provision defines with, by the passage's language.
_DEFINES = {
    "ar": re.compile(
        r"(?<!\w)(?:(?:ي|ت)(?:قصد|راد) ب|المراد ب|(?:ل|و)?اغراض (?:هذه|هذا)|في (?:مفهوم|مدلول) (?:هذه|هذا)"
        r"|(?:ي|ت)عني (?:ال|\")|(?:ال)?مصطلح \"|تعبير \")"
    ),
    "fr": re.compile(
        r"(?<!\w)(?:on entend par|s'entend(?:ent)? d[e']|aux fins d[eu] (?:la |l')?pr[ée]sente?|au sens d[eu] "
        r"(?:la |l')?pr[ée]sente?|d[ée]signe(?:nt|ra|ront)?|(?:est|sont) r[ée]put[ée]e?s?|le terme «|l'expression «)"
    ),
    "en": re.compile(r"(?<!\w)(?:for the purposes of (?:this|the present)|shall mean|means)(?!\w)"),
}
# The formulas the term defined comes after («on entend par X», «يقصد بX», «l'expression «X»»), and those it
# comes before («un enfant s'entend de», «X désigne», «X means»).
_TERM_AFTER = {
    "ar": re.compile(r"(?<!\w)(?:(?:ي|ت)(?:قصد|راد) |المراد |(?:ي|ت)عني |(?:ال)?مصطلح |تعبير )"),
    "fr": re.compile(r"(?<!\w)(?:on entend par|le terme|l'expression|(?:est|sont) r[ée]put[ée]e?s?)(?!\w)"),
    "en": re.compile(r"(?<!\w)(?:the term|the expression)(?!\w)"),
}
_TERM_BEFORE = {
    "fr": re.compile(r"(?<!\w)(?:s'entend(?:ent)? d[e']|d[ée]signe(?:nt|ra|ront)?)(?!\w)"),
    "en": re.compile(r"(?<!\w)(?:shall mean|means)(?!\w)"),
}
_HEAD = 6  # words read next to a formula for the term it defines
_SPAN = 200  # characters read for them
# Words that announce the term, skipped before it: «يقصد بتعبير "جماعة إجرامية منظمة"», «le terme «enfant»».
_ANNOUNCING = frozenset({"تعبير", "مصطلح", "عبار", "لفظ", "term", "express", "mot"})
# Added to the fused score (0 to 1) of a defining passage, and of one defining the question's term (times the
# share of the question's words it matches), the sum scaled back to [0, 1]. MRR@10 on the definition questions,
# defining / term: 0.2 / 0.5 0.787, 0.3 / 0.3 0.757, 0.1 / 0.5 0.766, 0 / 0.5 0.676, 0.5 / 0 0.742, 0.3 / 0.6
# 0.802, 0.2 / 0.8 0.796, 0.2 / 0.3 0.734; dev and held-out 3 the same for all but 0 / 0.5 (held-out 3 0.650).
# Measured before the announcing words were skipped, which took 0.2 / 0.5 to 0.793.
DEFINING_BOOST = 0.2
TERM_BOOST = 0.5
# A query that is a term and nothing else («traite», «الاتجار بالبشر», «travail forcé»), up to this many words, asks
# what the term is as well: the article that defines that very term comes first (`TERM_BOOST`), the others that use it
# after. A trial's «traite» got 448-14 (the victim's non-liability) first, and «الاتجار بالبشر» 448-2 (its penalty).
BARE_TERM_WORDS = 4


def asks_for_definition(query: str) -> bool:
    """Whether the question asks what a term means («تعريف الطفل», «définition de la traite»)."""
    return bool(_ASKS.search(normalize_for_match(query)))


def is_bare_term(query: str) -> bool:
    """Whether a query is a term alone: a few words, no question, no number («traite», «العمل القسري»)."""
    if re.search(r"[?؟\d٠-٩]", query):
        return False
    words = _words(query)
    return 0 < len(words) <= BARE_TERM_WORDS and len(query.split()) <= 2 * BARE_TERM_WORDS


def asked_whether(query: str) -> str | None:
    """The term a question asks whether facts are («واش هادشي اتجار بالبشر ولا لا» → «اتجار بالبشر ولا لا»,
    «est-ce de la traite ? …» → «traite »), up to its question mark or comma; None for any other question."""
    normal = normalize_for_match(query)
    match = _IS_THIS_RE.search(normal)
    return re.split(r"[?؟,،.]", normal[match.end() :])[0] if match else None


def without_asking(query: str) -> str:
    """The question without the words that ask for a definition, which name no part of the term (analysed
    alike: `normalize_for_match` changes nothing the analyser keeps); the question itself if it has none, or
    nothing else."""
    normal = normalize_for_match(query)
    rest = _ASKS.sub(" ", normal)
    # «تعريف», «définition» alone: the question as typed, rather than nothing to match.
    return rest if rest != normal and _words(rest) else query


def defines(text: str, language: str) -> bool:
    """Whether a passage defines a term, by the formulas of its language's texts."""
    pattern = _DEFINES.get(language)
    return bool(pattern and pattern.search(normalize_for_match(text)))


def _words(text: str, language: str | None = None) -> list[frozenset[str]]:
    """The words of a text as sets of their terms, numbers and stop words left out."""
    words = (frozenset(t for t in word if not t.startswith(SKELETON_MARK)) for word in analyze_words(text, language))
    return [w for w in words if w and not next(iter(w))[0].isdigit()]


def term_match(text: str, language: str, question: list[frozenset[str]], *, before: bool = True) -> float:
    """The share of the question's words (`_words` of `without_asking`) that the words next to one of the
    passage's defining formulas match, in a row from the formula: «on entend par traite des êtres humains»
    for «définition de la traite des êtres humains», 1; «on entend par victime de la traite…», 0. Without
    ``before``, only the terms a formula announces («on entend par …»), not those read backwards from one that
    follows them («… désigne»), whose last word would do: «personne» for «traite des personnes» (a review)."""
    if not question:
        return 0.0
    wanted = frozenset().union(*question)
    normal = normalize_for_match(text)
    heads = [
        _words(normal[m.end() : m.end() + _SPAN], language)[:_HEAD]
        for m in _TERM_AFTER.get(language, _TERM_AFTER["en"]).finditer(normal)
    ]
    if before and (formula := _TERM_BEFORE.get(language)):
        heads += [
            _words(normal[max(0, m.start() - _SPAN) : m.start()], language)[::-1][:_HEAD]
            for m in formula.finditer(normal)
        ]
    best = 0
    for head in heads:
        head = list(dropwhile(lambda word: word & _ANNOUNCING and not word & wanted, head))
        run = next((i for i, word in enumerate(head) if not word & wanted), len(head))
        best = max(best, run)
    return min(1.0, best / len(question))


@component
class DefinitionRanker:
    """Lifts the passages that define a term when the question asks what the term means.

    Usage example::

        ranker = DefinitionRanker()
        ranker.run(documents=fused, query="définition de la traite des êtres humains")["documents"]
        # Penal Code 448-1 («On entend par traite des êtres humains…») above 448-9, which defines its victim
    """

    def __init__(self, defining_boost: float = DEFINING_BOOST, term_boost: float = TERM_BOOST) -> None:
        self.defining_boost = defining_boost
        self.term_boost = term_boost

    @component.output_types(documents=list[Document])
    def run(self, documents: list[Document], query: str = "") -> dict[str, Any]:
        """``documents`` scored 0 to 1, best first; ``query`` the question's words (empty: nothing is asked)."""
        asked = bool(query) and asks_for_definition(query)
        if not asked and query and (term := asked_whether(query)) is not None:
            return {"documents": self._whether(documents, _words(term)[:BARE_TERM_WORDS])}
        if not asked and not (query and is_bare_term(query)):
            return {"documents": documents}
        question = _words(without_asking(query) if asked else query)

        def bonus(document: Document) -> float:
            text, language = document.content or "", document.meta.get("language", "")
            if not defines(text, language):
                return 0.0
            if not asked:  # a bare term: only the article that defines all of it
                return self.term_boost if term_match(text, language, question, before=False) == 1.0 else 0.0
            return self.defining_boost + self.term_boost * term_match(text, language, question)

        bonuses = {id(d): bonus(d) for d in documents}
        if not asked and not any(bonuses.values()):
            return {"documents": documents}  # a term no passage defines: the ranking as it was, scores too
        return {"documents": lift(documents, lambda d: bonuses[id(d)], most=self.defining_boost + self.term_boost)}

    def _whether(self, documents: list[Document], words: list[frozenset[str]]) -> list[Document]:
        """Whether facts are a term: the passages that define the longest beginning of the words after «is this» that
        any passage defines are lifted as a bare term's definition is («اتجار بالبشر» of «… اتجار بالبشر ولا لا»);
        a term none defines («هل هذا مسموح», is this allowed) leaves the ranking as it was, and so does one word of
        several («واش هادشي جريمة وشحال العقوبة»: «crime» is what UNTOC defines as serious crime, not an answer)."""
        defining: set[int] = set()
        for size in range(len(words), 0 if len(words) == 1 else 1, -1):
            term = words[:size]
            defining = {
                id(d)
                for d in documents
                if defines(d.content or "", d.meta.get("language", ""))
                and term_match(d.content or "", d.meta.get("language", ""), term, before=False) == 1.0
            }
            if defining:
                break
        if not defining:
            return documents
        return lift(documents, lambda d: self.term_boost if id(d) in defining else 0.0, most=self.term_boost)
