"""Query understanding for citations: which articles and which works a query names.

Practitioners type citations as often as questions: «الفصل 448-2», «art. 5 de la loi 27-14»,
«المادة 3 من بروتوكول باليرمو», «عقوبة art. 448-2». `parse_query` finds the cited articles (canonical
numbers, read by `ingest.article_numbers`), the works the query names (aliases built from the
catalogue: law numbers, titles and subjects, plus a few standard abbreviations) and what is left
of the query once the citation parts are taken out, for the searcher to look articles up directly
and to filter or boost by work.

Usage::

    from ingest.catalogue import load_catalogue
    from search.query import parse_query

    parsed = parse_query("عقوبة الفصل 448-2 من القانون الجنائي", load_catalogue())
    parsed.articles          # [ArticleRef(work_id='ma-penal-code', article='448-2')]
    parsed.works             # ['ma-penal-code']
    parsed.remainder         # 'عقوبة'
    parse_query("448-2", load_catalogue()).articles   # [ArticleRef(work_id=None, article='448-2')]

Everything is matched on a folded copy of the query (Arabic letters folded, Eastern digits made
ASCII, Latin lower-cased without accents) that keeps, character by character, where it came from
in the query, so that the remainder is cut from the query as typed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from ingest.article_numbers import (
    ARABIC_DIGITS,
    NUMBER_PATTERN,
    QUANTITY_UNITS,
    normalize_number,
    number_key,
    ordinal_to_int,
)
from ingest.catalogue import Catalogue, Work, load_catalogue
from ingest.text import analyze, detect_languages, normalize_arabic
from ingest.text_fr import fold_accents

__all__ = ["ArticleRef", "ParsedQuery", "QueryParser", "parse_query"]


@dataclass(frozen=True)
class ArticleRef:
    work_id: str | None  # None when the query names no work ("448-2" alone)
    article: str  # canonical number, e.g. "448-2", "5", "82-5-1"
    # Where to read an article not tied to a work: the works the query names («loi 19-12 du 10 août 2016,
    # article 6»), or every work of the kind it says («من المرسوم»); empty: every work.
    in_works: tuple[str, ...] = ()
    unknown_work: bool = False  # of a text the corpus lacks («art. 9 du Code du travail»): look nothing up
    # That text's name as the query writes it («Code du travail»), for the notice; not part of the reference.
    named_as: str = field(default="", compare=False)
    # The query says which of `in_works` with words none of their names holds («article 9 du décret sur les marchés
    # publics»): the article of whichever has one is not what was cited.
    unsure: bool = field(default=False, compare=False)
    # A member of a typed range before its last («82-5» in «82-4 à 82-10»): the articles numbered under it (82-5-1…)
    # are in the range too, which the parser's count skips; search adds them (`implied`).
    range_inner: bool = field(default=False, compare=False)
    implied: bool = field(default=False, compare=False)
    # The Arabic word the article is cited with: «الفصل» ("fasl", the Penal Code's and the Constitution's), «المادة»
    # ("madda"), or none; an article tied to no work is first sought in the texts that use that word.
    word: Literal["fasl", "madda", ""] = field(default="", compare=False)
    # `in_works` are works another citation of the query took as written after it («art. 82-7 CPP et art. 448-8»):
    # an article they lack may be another text's, and is looked up there (`search.pipeline`).
    others_works: bool = field(default=False, compare=False)
    looked_elsewhere: bool = field(default=False, compare=False)  # set by search: shown from the texts that have it


@dataclass
class ParsedQuery:
    text: str  # the query as typed (stripped)
    articles: list[ArticleRef]  # cited articles, in order of appearance
    works: list[str]  # works named in the query (law names/numbers), for a filter or boost
    remainder: str  # the query minus the citation parts (empty when the query is only a citation)
    languages: set[str] = field(default_factory=set)
    # Texts the query names by a number the catalogue lacks («loi n° 88-13», «C189»), as written, but for those
    # an article cited belongs to (its `ArticleRef.named_as` says so).
    outside: list[str] = field(default_factory=list)
    # Works of `works` named only by words of their title in a row («اللجنة الوطنية لتنسيق إجراءات مكافحة الاتجار
    # بالبشر»): the subject asked about as much as the text.
    by_title_words: list[str] = field(default_factory=list)

    @property
    def is_citation_only(self) -> bool:
        """The query cites articles or works and nothing else: there is nothing left to search by meaning."""
        return bool(self.articles or self.works) and not self.remainder


# --- Folding ---------------------------------------------------------------------------------

_CHAR_MAP = {
    "–": "-",
    "—": "-",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "−": "-",
    "’": "'",
    "ʼ": "'",
    "`": "'",
    "٫": ".",
    "،": ",",
    "؛": ";",
    "\u00a0": " ",
}


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    if char in _CHAR_MAP:
        return _CHAR_MAP[char]
    return fold_accents(normalize_arabic(char)).lower()


@dataclass(frozen=True)
class _Folded:
    """The folded query and, for each of its characters, the index of its source in the query."""

    text: str
    origin: tuple[int, ...]  # one per folded character, plus len(query) at the end

    def original(self, start: int, end: int) -> range:
        # Up to the next kept character: marks dropped by folding go with the character they follow.
        return range(self.origin[start], self.origin[end])


def _fold(query: str) -> _Folded:
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(query):
        folded = _fold_char(char)
        chars.append(folded)
        origin += [index] * len(folded)
    return _Folded("".join(chars), (*origin, len(query)))


def _fold_text(text: str) -> str:
    return "".join(_fold_char(c) for c in text)


# --- Tokens: words compared by their index terms, so that «بالقانون» meets «القانون» ----------------

_TOKEN_RE = re.compile(r"\d+(?:[-./]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)?")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    keys: frozenset[str]  # the token's index terms (light stems); empty for stop words


@lru_cache(maxsize=8192)
def _keys(word: str) -> frozenset[str]:
    return frozenset(analyze(word))


def _tokens(folded: str) -> list[_Token]:
    return [_Token(m.start(), m.end(), m.group(), _keys(m.group())) for m in _TOKEN_RE.finditer(folded)]


def _keyset(words: Iterable[str]) -> frozenset[str]:
    return frozenset(k for w in words for k in _keys(_fold_text(w)))


# Words that name a kind of work, by catalogue type: «قانون محاربة العنف ضد النساء» names a law by
# its subject, and «بروتوكول باليرمو» a protocol by its usual name.
_TYPE_WORDS: dict[str, frozenset[str]] = {
    "law": _keyset(["قانون", "loi", "law"]),
    "code": _keyset(["قانون", "مجموعة", "مدونة", "code"]),
    "code_section": _keyset(["قانون", "مجموعة", "code"]),
    "decree": _keyset(["مرسوم", "décret", "decree"]),
    "convention": _keyset(["اتفاقية", "convention"]),
    "protocol": _keyset(["بروتوكول", "protocole", "protocol"]),
    "declaration": _keyset(["إعلان", "déclaration", "declaration"]),
}
_ALL_TYPE_WORDS = frozenset().union(*_TYPE_WORDS.values())
_CONJUNCTIONS = frozenset(["et", "ou", "and", "or", "و", "او"])  # folded
_LAW_TYPES = frozenset({"law", "code", "code_section"})
# Words that introduce a title's subject («المتعلق ب», «relative à») or say what a law fights
# («مكافحة», «la lutte contre»): skipped between a type word and a subject, and cut off subjects.
_MARKERS = frozenset(
    _fold_text(w)
    for w in (
        "المتعلق",
        "المتعلقة",
        "بشأن",
        "بتحديد",
        "بتطبيق",
        "الخاص",
        "حول",
        "relative",
        "relatif",
        "concernant",
        "fixant",
        "visant",
        "portant",
        "pour",
        "sur",
        "contre",
        "on",
        "against",
        "concerning",
    )
)
_CONNECTORS = _keyset(
    [
        "مكافحة",
        "محاربة",
        "زجر",
        "منع",
        "قمع",
        "وقمع",
        "معاقبة",
        "lutte",
        "contre",
        "répression",
        "prévention",
        "prévenir",
        "réprimer",
        "punir",
        "combat",
        "رقم",
        "numéro",
        "المتعلق",
        "الخاص",
        "relative",
        "concernant",
        "fixant",
        "visant",
        "portant",
        "against",
        "on",
        "anti",
    ]
)
# Terms too common in titles to name a work on their own («القانون رقم», «Convention des Nations Unies»).
_GENERIC = _ALL_TYPE_WORDS | _keyset(
    [
        "رقم",
        "numéro",
        "الأمم",
        "المتحدة",
        "nations",
        "unies",
        "الدولية",
        "international",
        "additionnel",
        "الاختياري",
        "facultatif",
        # Words that qualify any text of the corpus: «la loi marocaine», «الاتفاقية الأممية», «le décret
        # d'application», «القانون الجديد».
        "marocaine",
        "marocain",
        "moroccan",
        "morocco",
        "maroc",
        "المغرب",
        "المغربي",
        "المغربية",
        "onusienne",
        "onusien",
        "onu",
        "الأممية",
        "application",
        "التطبيقي",
        "nouvelle",
        "nouveau",
        "new",
        "الجديد",
        "الجديدة",
        "oit",  # «la convention de l'OIT sur le travail forcé»: the ILO's conventions are the corpus's too
        "ilo",
    ]
)

# Standard names and abbreviations the catalogue titles do not contain. Phrases are matched by
# their terms anywhere in the query; abbreviations (with dots) as written, dots and spaces optional.
_ALIASES: dict[str, tuple[str, ...]] = {
    "ma-penal-code": (
        "code pénal",
        "penal code",
        "criminal code",
        "القانون الجنائي",
        "مجموعة القانون الجنائي",
        "المدونة الجنائية",
    ),
    "ma-cpp": (
        "CCP",  # the English abbreviation
        "code de procédure pénale",
        "code of criminal procedure",
        "criminal procedure code",
        "المسطرة الجنائية",
        "قانون المسطرة الجنائية",
    ),
    "un-palermo-protocol": ("Palerme", "Palermo", "باليرمو"),
    "un-untoc": ("UNTOC", "CNUCTO", "convention de Palerme", "Palermo Convention", "اتفاقية باليرمو"),
    "un-crc": (
        "CDE",
        "CIDE",
        "CRC",
        "UNCRC",
        "convention internationale des droits de l'enfant",
        "convention internationale relative aux droits de l'enfant",
        "الاتفاقية الدولية لحقوق الطفل",
        "Convention on the Rights of the Child",  # the English names: the catalogue has no English titles
    ),
    "un-convention-1949": ("Convention for the Suppression of the Traffic in Persons",),
    "ilo-c182": ("Worst Forms of Child Labour Convention", "Worst Forms of Child Labor Convention"),
    # The 1930 convention's usual name; the 1957 one is «… sur l'abolition du travail forcé».
    "ilo-c029": (
        "convention sur le travail forcé",
        "forced labour convention",
        "اتفاقية العمل الجبري",
        "اتفاقية العمل القسري",
        "اتفاقية الشغل الجبري",
    ),
    "ilo-c105": ("abolition of forced labour convention", "اتفاقية إلغاء العمل الجبري"),
    "un-declaration-victims-1985": (
        "principes fondamentaux de justice",
        "basic principles of justice",
        "المبادئ الأساسية لتوفير العدالة",
    ),
    "un-crc-opsc": (
        "protocole facultatif",
        "optional protocol",
        "Optional Protocol on the sale of children",  # its English name: the catalogue has no English title
        "OPSC",
        "OPSC-CRC",
        "البروتوكول الاختياري",
        "protocole facultatif à la convention relative aux droits de l'enfant",
        "البروتوكول الاختياري لاتفاقية حقوق الطفل",
    ),
}
# Texts the corpus lacks, by their usual names: the human-rights treaties' abbreviations, the covenants
# («pacte», «العهد»), and the Moroccan codes outside it («Moudawana», «Code du travail»).
_OUTSIDE_NAMES = (
    "CEDAW",
    "CEDEF",
    "CEDH",
    "ECHR",
    "DUDH",
    "UDHR",
    "PIDCP",
    "PIDESC",
    "ICCPR",
    "ICESCR",
    "pacte",
    "covenant",
    "العهد",
    "Moudawana",
    "Moudawwana",
    "Mudawana",
    # Moroccan codes practitioners cite that the corpus does not hold.
    "code du travail",
    "labour code",
    "labor code",
    "مدونة الشغل",
    "code de la famille",
    "family code",
    "مدونة الأسرة",
    "code des obligations et contrats",
    "قانون الالتزامات والعقود",
    "code de commerce",
    "مدونة التجارة",
    # «statut» and «النظام» alone are everyday words («le statut de victime», «النظام العام»).
    "statut de Rome",
    "Rome Statute",
    "règlement intérieur",
    "النظام الداخلي",
    "النظام الأساسي للمحكمة الجنائية الدولية",
    # A model law is a draft for legislators, no law of any country.
    "model law",
    "UNODC model law",
    "loi type",
    "loi-type",
    "loi modèle",
    "القانون النموذجي",
)
# The subjects of a protocol's siblings the corpus lacks, which its usual name may be followed by: the Palermo
# Protocols on migrant smuggling and on firearms supplement UNTOC too.
_SIBLING_SUBJECTS: dict[str, tuple[str, ...]] = {
    "un-palermo-protocol": tuple(
        "trafic migrants migrant smuggling armes firearms المهاجرين مهاجرين تهريب الأسلحة".split()
    ),
    # The CRC's protocols on children in armed conflict and on a communications procedure.
    "un-crc-opsc": tuple(
        "conflits armés armed conflict soldats soldiers المنازعات المسلحة النزاعات الجنود communications "
        "communication بلاغات البلاغات".split()
    ),
}
_SIBLING_WINDOW = 5  # content words of a protocol's subject read for a sibling's
# Kinds of text the starter corpus has none of, as written after «من», «de», «of» (folded, not stemmed:
# «الاتفاق» is not «الاتفاقية»): «المادة 22 من الدستور», «article 7 du Statut de Rome», «article 2 de l'arrêté…».
# The article is none of the corpus's. Circulars are a kind users may add (`circular`): the article is read in those
# the catalogue has, if any. «traité» is read as typed: folded, it is «traite» (trafficking).
_OUTSIDE_KINDS: dict[str, str | None] = {
    **dict.fromkeys(
        [
            *("الدستور دستور constitution الميثاق ميثاق charte charter المعاهده معاهده treaty الاتفاق اتفاق".split()),
            *("accord agreement القرار قرار arrete reglement regulation".split()),
            *("directive التوجيه".split()),
        ],
        None,
    ),
    # A dahir named by neither its number nor its date (`_named_by_date`): the one of a work the query names
    # («art. 1 du Dahir formant Code pénal»), else a text the corpus lacks («ظهير الحريات العامة»).
    **dict.fromkeys("ظهير الظهير dahir".split(), "dahir"),
    **dict.fromkeys("الدوريه دوريه circulaire circular".split(), "circular"),
}
# Letters with dots between them: a text's abbreviation («ق.ل.ع», «D.O.C.», «C.T.»).
_DOTTED_ABBREVIATION_RE = re.compile(r"(?!i\.e\.|e\.g\.|p\.ex\.)(?:[^\W\d_]{1,3}\.){1,6}[^\W\d_]{1,3}\.?(?!\w)")
_ABBREVIATION_BEFORE_RE = re.compile(rf"(?<![\w.]){_DOTTED_ABBREVIATION_RE.pattern}[\s,:،]*$")
# Usual names that are also everyday topics («حقوق الطفل الضحية», «une forme de criminalité
# transnationale organisée»): they name the work only after a word of its kind («اتفاقية حقوق الطفل»,
# «la convention sur la criminalité transnationale organisée»).
_TOPICAL_ALIASES: dict[str, tuple[str, ...]] = {
    "un-untoc": (
        "criminalité transnationale organisée",
        "transnational organized crime",
        "الجريمة المنظمة عبر الوطنية",
    ),
    "un-crc": ("droits de l'enfant", "rights of the child", "حقوق الطفل"),
    # How practitioners name the laws by their subject: «la loi sur la traite», «قانون العنف ضد المرأة».
    "ma-law-27-14": (
        "traite",
        "TEH",
        "trafficking",
        "الاتجار بالبشر",
        "الاتجار بالأشخاص",
    ),  # TEH: traite des êtres humains
    "ma-law-103-13": (
        "violence contre les femmes",
        "violences faites aux femmes",
        "violence à l'égard des femmes",
        "violences à l'égard des femmes",
        "violence against women",
        "العنف ضد المرأة",
    ),
    "ma-law-02-03": ("étrangers", "immigration", "migration", "foreigners", "الأجانب", "الهجرة"),
    "ma-law-19-12": (
        "travail domestique",
        "domestiques",
        "travailleuses domestiques",
        "employés de maison",
        "bonnes",
        "petites bonnes",
        "domestic workers",
        "العمل المنزلي",
        "خادمات البيوت",
    ),
    # «السخرة» is the other Arabic word for forced labour; the 1957 convention is named by its abolition.
    "ilo-c029": ("السخرة",),
    # The Palermo Protocol by the other name of its subject («le protocole sur la traite des êtres humains»).
    "un-palermo-protocol": ("traite des êtres humains", "الاتجار بالبشر"),
}
# What the decrees are about, in French (their titles are in Arabic only): the words a citation gives a
# decree are looked for in these (`_works_holding`: «article 9 du décret sur la commission nationale de
# coordination»), but they are no names. Neither is the absence of a word from them a sign of a text the corpus
# lacks: few words describe a decree, and «le décret sur la migration» is 2-09-607 all the same.
_DESCRIBED_SUBJECTS: dict[str, tuple[str, ...]] = {
    "ma-decree-2-17-740": (
        "composition et fonctionnement de la commission nationale de coordination des mesures de lutte et de "
        "prévention contre la traite des êtres humains",
    ),
    "ma-decree-2-17-355": ("modèle de contrat de travail de la travailleuse ou du travailleur domestique",),
    "ma-decree-2-09-607": (
        "application de la loi relative à l'entrée et au séjour des étrangers au Maroc, à l'émigration et "
        "l'immigration irrégulières",
    ),
}
# «Protocole additionnel à la Convention des Nations Unies contre …», «البروتوكول الاختياري لاتفاقية حقوق الطفل»,
# «Protocole de 2014 relatif à la convention sur le travail forcé»: a protocol named after the convention it
# supplements (a few words may come between: its kind, its year); the convention's name is part of the
# protocol's. The clitic of «لاتفاقية», «باتفاقية» is inside the convention's match.
_PROTOCOL_OF_RE = re.compile(
    r"(?<!\w)(?:ال)?(?:protocole|protocol|بروتوكول)(?:\s+[^\s,;:.]+){0,3}?"
    r"(?:\s+(?:a\s+la|a\s+l'|au|a|to\s+the|to)(?:\s+(?:un|united\s+nations))?|\s+(?:الملحق|المكمل))?\s*[لب]?$"
)
# What a protocol is about, written after the convention's name: «… relatif au trafic illicite de migrants».
_PROTOCOL_SUBJECT_RE = re.compile(
    r"\s*,?\s*(?:relatif|relative|visant|concernant|se\s+rapportant|etablissant|establishing|contre|sur|against|to\s+prevent|on|بشان|المتعلق|لمنع"
    r"|لمكافحه)\s"
)
# A protocol's name followed by the convention it supplements: «Protocole facultatif à la Convention …».
_TO_CONVENTION_RE = re.compile(r"\s*(?:a\s+la|a\s+l'|au|to\s+the|to)?\s*[لب]?(?:convention|اتفاقيه|الاتفاقيه)(?!\w)")
# Kinds of instrument usually named by their year, and how far after the type word the year may come
# («Déclaration des Nations Unies de 1985»: five words).
_DATED_TYPES = ("convention", "protocol", "declaration")
_YEAR_WINDOW = 6
# A run of this many content words of one work's title, even without its type word, names the work: the
# decree's «اللجنة الوطنية لتنسيق إجراءات مكافحة الاتجار بالبشر» (6) is the body it sets up. Shorter runs are
# topics that several texts share: the longest in the catalogue's titles, Palermo's «la traite des
# personnes, en particulier des femmes et des enfants», has 5.
_MIN_TITLE_RUN = 6
# After its type word, this many content words of the beginning of one title name that work.
_MIN_TITLE_START = 2
# Verbs that say what a provision does, which end a subject: «l'article 5 de la loi prévoit…», «… تنص على».
# As written, not stemmed: «oblige» is a verb, «obligations» begins a code's name, «بتحديد» a decree's subject.
_VERBS = frozenset(
    _fold_text(verb)
    for verb in (
        "prévoit dispose stipule énonce punit sanctionne réprime précise définit définissant fixe interdit exige "
        "oblige impose garantit accorde protège permet mentionne indique parle s'applique provides punishes "
        "defines requires protects prohibits says states ينص تنص يعاقب تعاقب يحدد تحدد يمنع تمنع يلزم تلزم يجرم "
        "تجرم يعرف تعرف يضمن تضمن يحمي تحمي يشير تشير يتحدث تتحدث يقول تقول"
    ).split()
)
_INVERSION_RE = re.compile(r"-(?:t-)?(?:il|elle|ils|elles)(?!\w)")  # «prévoit-il», «protège-t-elle»
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
# Words that point back to a text already named: «la convention précitée» is no text of its own.
_ANAPHORA = _keyset(
    "précitée précité susvisée susvisé susmentionnée susmentionné citée cité visée visé présente ladite ledit "
    "lesdits lesdites dudit desdits desdites المذكورة المذكور "
    "السالفة السالف أعلاه نفسه نفسها ذاته ذاتها المشار aforementioned above mentioned cited said this that these "
    "same its their".split()
)
# English function words, which the query analyser (French stop words for Latin script) keeps.
_ENGLISH_FUNCTION_WORDS = _keyset("a an and as by especially for in into of on or the to with".split())
_NAME_AFTER = 12  # characters between an abbreviation and the work it belongs to: «O.I.T. n° 182»
_OF_RE = re.compile(r"من|ديال(?:\s+(?:la|le|les|l'))?|du|de\s+la|de\s+l'|des|de|d'|of\s+the|of")
# Nationalities that make a code another country's («code pénal belge»), folded: the corpus's texts are Moroccan.
_FOREIGN_RE = re.compile(
    r"\s*(?:"
    + "|".join(
        re.escape(_fold_text(word))
        for word in (
            "français belge algérien tunisien espagnol suisse égyptien libanais italien allemand canadien sénégalais "
            "mauritanien libyen jordanien الفرنسي البلجيكي الجزائري التونسي الإسباني السويسري المصري اللبناني "
            "الموريتاني الإيطالي الألماني الليبي الأردني"
        ).split()
        + ["de la France", "de l'Algérie", "de la Tunisie", "de la Belgique", "de l'Espagne"]
    )
    + r")(?!\w)"
)
# «le code pénal marocain», «القانون الجنائي المغربي», «the Moroccan Penal Code»: the corpus's own code, the
# nationality part of its name.
_MOROCCAN_RE = re.compile(
    r"\s*(?:"
    + "|".join(re.escape(_fold_text(w)) for w in ("marocain", "marocaine", "du Maroc", "المغربي", "المغربية"))
    + r")(?!\w)"
)
_MOROCCAN_BEFORE_RE = re.compile(r"moroccan\s+$")
# The same, in English, before the code: «the French Penal Code».
_FOREIGN_BEFORE_RE = re.compile(
    r"(?:french|belgian|algerian|tunisian|spanish|swiss|egyptian|lebanese|italian|german|canadian|senegalese)\s+$"
)
_IMPLEMENTING_RE = re.compile(
    r"(?<!\w)(?:(?:decret|decree|[وب]?(?:ال)?مرسوم)\s+(?:d'application|pris\s+pour\s+l'application|implementing|التطبيقي)"
    r"|implementing\s+decree)"
    r"\s*(?:de\s+la|de\s+l'|du|de|of\s+the|of)?\s*$"
)
_ACT = "act"  # English for a law, not a type word of the catalogue's: only read last in an English name
_SUBJECT_WORDS = 9  # a type word and the words after it that may say which work of that kind is meant
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
# The Bulletin officiel (الجريدة الرسمية) and an issue number: «B.O. n° 6526», «BO 6501», «بالجريدة الرسمية عدد 6501».
_GAZETTE_WORD = r"(?<!\w)(?:b\.\s?o\.?|bo|bulletin\s+officiel|[وب]?الجريده\s+الرسميه)(?!\w)"
_GAZETTE_BEFORE_RE = re.compile(rf"{_GAZETTE_WORD}[^\d]{{0,25}}$")
_GAZETTE_RE = re.compile(
    rf"{_GAZETTE_WORD}\s*(?:\(?[^\d()]{{0,25}}?\)?\s*)?(?P<numero>n\s*[°o]\.?|no\.?|عدد|رقم)?\s*(?P<issue>\d{{3,5}})(?!\d)"
)
_GAZETTE_ISSUE_RE = re.compile(r"(?:عدد|n\s*[°o]\.?)\s*(\d{3,5})(?!\d)")
_MONTHS: dict[str, int] = {
    _fold_text(name): number
    for names in (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر",  # as Moroccan texts write them
        "يناير فبراير مارس أبريل مايو يونيه يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
        "january february march april may june july august september october november december",
    )
    for number, name in enumerate(names.split(), start=1)
}
# Words between a text's kind and its date: «loi du 25 août 2016», «الظهير الشريف الصادر في 25 غشت 2016».
_DATE_LEAD = frozenset(
    _fold_text(w) for w in "du de of dated الصادر الصادره المؤرخ المؤرخه في بتاريخ شريف الشريف".split()
)
_YEAR_WORDS = frozenset(_fold_text(w) for w in "سنة لسنة عام لعام year".split())  # «اتفاقية لسنة 1926»
_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "ma-penal-code": ("C.P.", "C. pén.", "ق.ج."),
    "ma-cpp": ("C.P.P.", "C. proc. pén.", "C. pr. pén.", "C.Pr.P.", "ق.م.ج.", "م.ج."),
}
# Dotted abbreviations that name no text: «N.B. : l'article 448-1…», «B.O.», «J.O.», «ظ.ش» (ظهير شريف).
_NOT_TEXTS = ("N.B.", "S.V.P.", "P.S.", "B.O.", "J.O.", "U.N.", "O.N.U.", "ظ.ش.", "ج.ر.")  # «e.g.»: the pattern's


def _abbreviation_pattern(abbreviation: str) -> str:
    letters = [p for p in re.split(r"[.\s]+", _fold_text(abbreviation)) if p]
    return r"(?<!\w)" + r"\s*\.?\s*".join(map(re.escape, letters)) + r"\.?(?!\w)"


# --- Regular expressions on the folded query ---------------------------------------------------

_AR_PROCLITICS = r"(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?"  # والفصل، بالمادة، للمادة
_NUMERO = r"(?:n\s*[°o]\.?|no\.?|numero|رقم)"
# A law number: «loi n° 27-14», «القانون رقم 27.14», «décret 2-17-740», «ظهير شريف رقم 1.16.127»,
# or «n° 27-14» alone. The number is never an article, even when it is not in the catalogue.
_LAW_WORD = (
    rf"{_AR_PROCLITICS}(?:قانون|مرسوم|ظهير(?:\s+(?:ال)?شريف)?|اتفاقيه|بروتوكول)"
    r"|loi|law|code|decret|decree|dahir|convention|protocole|protocol|l\.(?=\s*\d{1,3}[-./]\d\d(?!\d))"  # «L.27-14»
    r"|(?:convention\s+(?:de\s*l'\s*)?)?(?:ilo|oit)"
)
_NUMERO_START_RE = re.compile(_NUMERO)
_DAHIR_START_RE = re.compile(rf"{_AR_PROCLITICS}ظهير|dahir")
_LAW_NUMBER_RE = re.compile(
    rf"(?<!\w)(?:(?P<word>{_LAW_WORD})\s*(?:{_NUMERO}\s*)?|{_NUMERO}\s*)"
    r"(?P<number>\d+\s[-./]\s\d+(?!\w|[-./]\d)|\d+(?:[-./]\d+)*)(?!\w|[-./]\d)(?:\s*(?:de\s*l'|of\s+the\s+)?(?:oit|ilo)(?!\w))?"
)
_LAW_WORD_TYPES = {
    "قانون": ("law", "code"),
    "loi": ("law", "code"),
    "l.": ("law", "code"),
    "law": ("law", "code"),
    "code": ("code",),
    "مرسوم": ("decree",),
    "decret": ("decree",),
    "decree": ("decree",),
    "اتفاقيه": ("convention",),
    "convention": ("convention",),
    "بروتوكول": ("protocol",),
    "protocole": ("protocol",),
    "protocol": ("protocol",),
    "ilo": ("convention",),  # «ILO 189», «OIT 29»: an ILO convention by its number, one the corpus has or lacks
    "oit": ("convention",),
}
# The ILO's short form of three digits, «C189», «C097» (shorter or with a space, «C 29», only for the conventions
# the corpus has: «c10» is no name).
_ILO_SHORT_RE = re.compile(r"(?<!\w)c(?P<number>\d{3})(?!\w|[-./]\d)")
_ILO_PROTOCOL_RE = re.compile(r"(?<!\w)(?:p0\d\d|(?:protocole|protocol)\s+p\d{1,3})(?!\w|[-./]\d)")
# A number standing alone (its own word): bare law numbers, bare 448-2.
_BARE_NUMBER_RE = re.compile(r"(?<![\w./-])\d+(?:[-./]\d+)+(?!\w|[-./]\d)")

_ARTICLE_WORD_RE = re.compile(
    rf"(?<!\w)(?:(?P<ar>{_AR_PROCLITICS}(?:فصل|فصول|فصلين|فصلان|ماده|مواد|مادتين|مادتان))(?![^\W\d_])"
    r"|(?P<fr>(?:[ld]')?(?:articles?|arts?)\.?)(?![^\W\d_])"
    r"|(?P<abbr>ف\.?|م\.)(?=\s*\d))"  # «ف 448-4», «ف. 448-4», «م. 5»: digits only
)
_ARTICLE_WORD_END_RE = re.compile(rf"(?:{_ARTICLE_WORD_RE.pattern})\s*$")
# «paragraphe 6», «الفقرة 12»: the numbered paragraphs of a declaration are its articles; right after an
# article («art. 3, paragraphe 2») or before one («الفقرة الثانية من المادة 5») a paragraph is part of it.
_PARAGRAPH_WORD_RE = re.compile(
    rf"(?<!\w)(?:{_AR_PROCLITICS}(?:فقره|فقرات|فقرتين|فقرتان)|paragraphes?|paragraphs?)(?![^\W\d_])"
)
_OF_ARTICLE_RE = re.compile(rf"\s*,?\s*(?:(?:من|of\s+the|of|de\s+l'|du|de)\s*)?(?:{_ARTICLE_WORD_RE.pattern})")
_BEFORE_NUMBER_RE = re.compile(rf"\s*\.?\s*(?:{_NUMERO}\s*)?(?:(?:من|de|du)\s+(?=\d))?")
_SUFFIX = r"(?:\s*(?P<suffix>المكرر مرتين|مكرر مرتين|مكرره|المكرر|مكرر|bis|ter|quater)(?!\w))?"
_SUFFIXES = {"مكرره": "bis", "المكرر": "bis", "مكرر": "bis", "المكرر مرتين": "ter", "مكرر مرتين": "ter"}
_NUMBER_RE = re.compile(rf"(?P<number>{NUMBER_PATTERN})(?!\w|[-./]\d){_SUFFIX}")
_DIGIT = "[0-9٠-٩۰-۹]"
# Only where a citation ends (the question's end, punctuation, the work's name or its connector): not an amount or a
# postal code («article 20000 Casablanca», «مواد 25000 كلغ»).
_LONG_NUMBER_RE = re.compile(
    rf"({_DIGIT}{{5,7}})(?!{_DIGIT}|[-./]{_DIGIT})(?=\s*(?:$|[.,;:?!؟)]|(?:du|de|des|d'|of|من|في)\s|cp\b|cpp\b|ق))"
)
# What may not follow a number typed with spaces: a word, «°», another number («2,5», «2-3»), an amount's thousands
# («448 5 000 dirhams»).
_NO_NUMBER_AFTER = rf"(?![\w°/]|[-–‐.,/]{_DIGIT}|\s?[-–‐/]\s?{_DIGIT}|\s{_DIGIT}{{3}}(?!{_DIGIT}))"
# «448 2», «82 5 1»: parts of one or two digits after spaces; «2 448»: a base after its sub-number, right to left.
_SPACED_PARTS_RE = re.compile(rf"(?:[ \t]+{_DIGIT}{{1,2}}(?!{_DIGIT})){{1,2}}{_NO_NUMBER_AFTER}")
_REVERSED_BASE_RE = re.compile(rf"[ \t]+({_DIGIT}{{2,3}})(?!{_DIGIT}){_NO_NUMBER_AFTER}")
_NUMBER_ALONE_RE = re.compile(rf"\s*([1-9]{_DIGIT}{{0,2}}(?:\s*(?:bis|ter|quater|مكرر))?)\s*[?؟.]?\s*")
_WORDS_RE = re.compile(r"\s*([^\W_]+)(?:\s+([^\W_]+))?(?:\s+([^\W_]+))?")
_LIST_SEPARATOR_RE = re.compile(r"\s*(?:[,;]\s*)?(?:(?:و|او|et|ou|and|or)(?=[\s\d])\s*)?")
_RANGE_SEPARATOR_RE = re.compile(r"\s*(?:a|au|الي|حتي|to)\s+")
_SPACES_RE = re.compile(r"[\s,]*")
_NUMBER_WINDOW = 4  # words between a type word and the number naming its text: «اتفاقية العمل الدولية رقم 189»
_SENTENCE_END_RE = re.compile(r"[.?!؟\n]")
# No name runs across these: «art. 9 du Code du travail, comparé à…».
_CLAUSE_BREAK_RE = re.compile(r"[,;:()?!؟.]")
# A paragraph after the article («art. 448-2 al. 2», «Article 3(a)», «المادة 3 (أ)»): part of the citation.
_PARAGRAPH_RE = re.compile(r"\s*,?\s*(?:al\.?|alinea|§)\s*\d+|\s*\(\s*[^\W_]{1,3}\s*\)")
# Between an article and the work it belongs to: «… du Code pénal», «… من القانون رقم 27.14».
# Darija says «ديال» for «من» and mixes in French: «المادة 7 ديال la Convention 182».
_FOLLOW_RE = re.compile(
    r"\s*[,(]?\s*(?P<connector>(?:من|في|ديال(?:\s+(?:la|le|les|l'))?|du|de\s+la|de\s+l'|des|de|d'|of\s+the|of|in)(?:(?<=')|(?!\w))\s*)?"
)
# Between a work and its article: «Protocole de Palerme, article 3», «loi 27-14 art. 5».
_GAP_RE = re.compile(r"[\s,:;(-]*")
_CHAIN_RE = re.compile(r"[\s,;]*(?:(?:et|ou|and|or|او)\s+)?")
# Connector words before a citation or a work, removed with it: «عقوبة الاتجار وفق الفصل 448-2» →
# «عقوبة الاتجار».
_CONNECTOR_BEFORE_RE = re.compile(
    r"(?<!\w)(?:من|في|وفق|حسب|بموجب|طبقا\s+ل|dans|selon|par|en\s+vertu\s+de|conformement\s+a|du|de\s+la|de\s+l'|des"
    r"|de|d'|of\s+the|of|in|under|according\s+to)\s*$"
)
_UNITS = frozenset(_fold_text(w) for w in QUANTITY_UNITS)
_NEXT_WORD_RE = re.compile(r"\s*(%|°|[^\W\d_]+)")
_MAX_RANGE = 50
# Sub-numbered articles hang off bases from 20 up (35-1, 88-1, 308-19, 448-2); smaller pairs written
# alone are ranges or scores.
_MIN_BARE_BASE = 20
# «448.1, 448.2 et 448.3 CP»: what separates the numbers of a list before a code.
_LIST_BEFORE_RE = re.compile(r"\s*(?:,|\bet\b|\bou\b|(?<![^\W\d_])و)\s*$")
# A code's article typed with dots, spaces or none («448.4», «448 4», «448»), read by `_dotted_article`.
_CODE_NUMBER = rf"(?P<number>{_DIGIT}{{2,3}}(?:(?:\.|[ \t]+){_DIGIT}{{1,2}}(?!{_DIGIT})){{0,2}})"
_NUMBER_AFTER_CODE_RE = re.compile(rf"[ \t]*[,:]?[ \t]*{_CODE_NUMBER}(?![\w./-])")
_LIST_AFTER_CODE_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:et|ou)[ \t]+)?|(?:et|ou)[ \t]+|و[ \t]*)")
# On the folded text: «à» is «a», «إلى» «الي», «حتى» «حتي».
_RANGE_AFTER_CODE_RE = re.compile(rf"[ \t]*(?:a|au|jusqu'?(?:a|au)|الي|حتي|-)[ \t]*{_DIGIT}")
_NUMBER_BEFORE_CODE_RE = re.compile(
    rf"(?:(?<![\w./-])|(?<=(?<![^\W\d_])و)){_CODE_NUMBER}"
    r"\s*(?:(?:من|في|du|de|of\s+the|of)\s*)?$"
)


# --- Matches ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _WorkMatch:
    start: int
    end: int
    work_id: str | None  # None: a law number not in the catalogue (not an article, kept in the remainder)
    from_title: bool = False  # named by a run of its title's words: a topic phrase, not a citation's work
    gazette: bool = False  # named by the Bulletin officiel issue that published it


@dataclass
class _Citation:
    """One article word with its numbers («المادتين 5 و6»), or a bare number, and its work."""

    start: int
    end: int
    numbers: list[str]
    conjoined: bool = False  # starts with «و» («والفصل»): does not take the work written before it
    # «فصل» (the codes' word) or «مادة» (the others'): two citations of different words are not one list's.
    word: Literal["fasl", "madda", ""] = ""
    paragraph: bool = False  # «paragraphe 6»: an article only of a declaration
    code_after: bool = False  # «448 CP»: numbers read as articles because the code's name follows, which is theirs
    code_before: bool = False  # «CP 448.11»: the same with the code's name before them
    range_inner: set[str] = field(default_factory=set)  # members of a range before its last (`ArticleRef`)
    work: _WorkMatch | None = None
    removed: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class _Subject:
    """A work named by its kind and subject: «قانون محاربة العنف ضد النساء», «loi sur la traite…»."""

    work_id: str
    type_keys: frozenset[str]
    phrases: tuple[tuple[frozenset[str], ...], ...]  # the subject and its shorter endings


def _phrase(text: str) -> tuple[frozenset[str], ...]:
    return tuple(t.keys for t in _tokens(_fold_text(text)) if t.keys)


@lru_cache(maxsize=1)
def _outside_names() -> tuple[tuple[frozenset[str], ...], ...]:
    """Names of texts practitioners cite that the corpus lacks and that no type word of it introduces: right
    after an article («article 1 de la CEDAW», «المادة 9 من العهد الدولي»), the article is none of the corpus's."""
    return tuple(_phrase(name) for name in _OUTSIDE_NAMES)


@lru_cache(maxsize=8)
def _sibling_subjects(work_id: str) -> frozenset[str]:
    """The terms of `_SIBLING_SUBJECTS` for a protocol."""
    return frozenset(key for word in _SIBLING_SUBJECTS.get(work_id, ()) for keys in _phrase(word) for key in keys)


@lru_cache(maxsize=1)
def _subjectless_names() -> frozenset[tuple[frozenset[str], ...]]:
    """Usual names that say no subject: «protocole facultatif» could be any optional protocol."""
    return frozenset(_phrase(name) for name in ("protocole facultatif", "optional protocol", "البروتوكول الاختياري"))


def _is_content(key: frozenset[str]) -> bool:
    """A title word that says what the text is about: not a type word, connector or English function word."""
    return not key <= _GENERIC | _CONNECTORS | _ENGLISH_FUNCTION_WORDS


def _names(work: Work, *, topical: bool = True, described: bool = False) -> tuple[str, ...]:
    """The names the parser knows a work by: its titles, short titles and usual names, unless not ``topical``
    the subjects it is called by after a word of its kind («la loi sur le travail domestique»), and if
    ``described`` what it is about (`_DESCRIBED_SUBJECTS`)."""
    names = (*work.titles.values(), *work.short_titles.values(), *_ALIASES.get(work.id, ()))
    names = (*names, *_TOPICAL_ALIASES.get(work.id, ())) if topical else names
    return (*names, *_DESCRIBED_SUBJECTS.get(work.id, ())) if described else names


def _letters(abbreviation: str) -> str:
    return re.sub(r"[.\s]", "", _fold_text(abbreviation))


@lru_cache(maxsize=1)
def _not_texts() -> frozenset[str]:
    return frozenset(_letters(name) for name in _NOT_TEXTS)


def _outside_name_at(tokens: list[_Token], i: int) -> int:
    """The end (a token index) of a name of `_OUTSIDE_NAMES` starting at token i, else 0."""
    return max(_match_phrase(tokens, i, name) or 0 for name in _outside_names())


def _qualifies(text: str, previous: _Token, token: _Token) -> bool:
    """Whether ``token`` goes on the name ending at ``previous``: a word in the same clause, not a stop word,
    connector, verb, type word or number («العهد الدولي», not «… الخاص بالحقوق»)."""
    return (
        not _CLAUSE_BREAK_RE.search(text, previous.end, token.start)
        and bool(token.keys)
        and not token.keys & (_CONNECTORS | _ALL_TYPE_WORDS)
        and token.text not in _MARKERS
        and token.text not in _VERBS
        and not token.text[0].isdigit()
    )


def _qualified_end(text: str, tokens: list[_Token], start: int, end: int) -> int:
    """``end`` moved past the words that qualify the name starting at token ``start`` (three words after it at most)."""
    while end < min(len(tokens), start + 4) and _qualifies(text, tokens[end - 1], tokens[end]):
        end += 1
    return end


def _with_clitic_dropped(word: str, keys: frozenset[str]) -> frozenset[str]:
    """The word's terms and, for an Arabic word that may carry «ب», «ل», «ك», «و» or «ف», those of the rest: the
    analyser keeps «بعقد» and «ببيع» whole, since the letter can be the root's, but the titles say «عقد», «بيع»."""
    if len(word) > 3 and word[0] in "بلكوف" and _ARABIC_RE.match(word):
        return keys | _keys(word[1:])
    return keys


def _is_specific(phrase: tuple[frozenset[str], ...]) -> bool:
    """At least two terms, one of them not generic: «القانون» or «Convention des Nations Unies» alone names nothing."""
    return len(phrase) >= 2 and any(not key <= _GENERIC for key in phrase)


def _subject(title: str) -> tuple[frozenset[str], ...]:
    """The subject of a title: after «المتعلق ب» / «relative à» / «لمكافحة» (or after the type word), up to a comma."""
    tokens = _tokens(_fold_text(re.split(r"[,،(]", title)[0]))
    start = next((i + 1 for i, t in enumerate(tokens) if t.text in _MARKERS or t.keys & _CONNECTORS), 1)
    rest = tokens[start:]
    while rest and (not rest[0].keys or rest[0].keys & _CONNECTORS or rest[0].text in _MARKERS):
        rest = rest[1:]
    return tuple(t.keys for t in rest if t.keys)


def _match_phrase(
    tokens: list[_Token], i: int, phrase: tuple[frozenset[str], ...], conjunctions: bool = True
) -> int | None:
    """Index past the match of `phrase` at token i (stop words skipped inside, conjunctions too only where
    `conjunctions`: a title may have them, a short usual name does not), or None."""
    j = i
    for n, key in enumerate(phrase):
        while n and j < len(tokens) and not tokens[j].keys:
            if not conjunctions and tokens[j].text in _CONJUNCTIONS:
                return None  # «les conventions internationales et les droits de l'enfant» names no convention
            j += 1
        if j >= len(tokens) or not tokens[j].keys & key:
            return None
        j += 1
    return j


def _resolve(matches: list[_WorkMatch]) -> list[_WorkMatch]:
    """Longest matches first, without overlaps («Convention de Palerme» over «Palerme»), in query order."""
    kept: list[_WorkMatch] = []
    # On equal spans a match that names a work wins over one that does not («اتفاقية 1949»: a year, not a number).
    for m in sorted(matches, key=lambda m: (m.start - m.end, m.work_id is None, m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _readable(key: tuple[int, ...]) -> tuple[int, ...]:
    """A law's number as Morocco writes it, number then year: «14-27» and «13-103», read right to left from a PDF or
    typed so, cannot be (no law of 2027, none of year 103) and are 27-14 and 103-13."""

    def impossible(year: int) -> bool:  # the kingdom's laws are numbered from 1957 («1-58») to this year
        return year >= 100 or dt.date.today().year % 100 < year < 57

    if len(key) == 2 and impossible(key[1]) and not impossible(key[0]):
        return key[1], key[0]
    return key


def kinds_named(text: str) -> set[str]:
    """The kinds of text that words of ``text`` name: the catalogue's types («اتفاقية» → convention, «code» → code),
    and "other" for kinds the corpus has none of («Constitution», «charte», «Act»)."""
    kinds: set[str] = set()
    for token in _tokens(_fold_text(text)):
        kinds |= {kind for kind, keys in _TYPE_WORDS.items() if token.keys & keys}
        if token.text.rsplit("'", 1)[-1] in _OUTSIDE_KINDS or token.text == _ACT:
            kinds.add("other")
    return kinds


def _foreign(text: str, match: _WorkMatch) -> _WorkMatch:
    """«le code pénal français», «القانون الجنائي التونسي», «the French Penal Code»: another country's code, one the
    corpus lacks; «le code pénal marocain»: the corpus's, the nationality read as part of the name."""
    if match.work_id is None:
        return match
    if nationality := _FOREIGN_RE.match(text, match.end):
        return _WorkMatch(match.start, nationality.end(), None)
    if before := _FOREIGN_BEFORE_RE.search(text, max(0, match.start - 20), match.start):
        return _WorkMatch(before.start(), match.end, None)
    # «Code pénal marocain» is the Penal Code named alone: the nationality is no word to search for.
    if moroccan := _MOROCCAN_RE.match(text, match.end):
        return replace(match, end=moroccan.end())
    if before := _MOROCCAN_BEFORE_RE.search(text, max(0, match.start - 12), match.start):
        return replace(match, start=before.start())
    return match


def _date_at(tokens: list[_Token], j: int) -> tuple[dt.date, int] | None:
    """The date written from token j on («25 août 2016», «1er août 2016», «25 غشت 2016»), and the token after it."""
    if j + 2 >= len(tokens) or not tokens[j].text.isdigit():
        return None
    k = j + 1 + (tokens[j + 1].text == "er")  # «1er»
    if k + 1 >= len(tokens) or tokens[k].text not in _MONTHS or not _YEAR_RE.fullmatch(tokens[k + 1].text):
        return None
    try:
        return dt.date(int(tokens[k + 1].text), _MONTHS[tokens[k].text], int(tokens[j].text)), k + 2
    except ValueError:  # «31 février»
        return None


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _expand_range(first: str, last: str) -> list[str]:
    """«448-1 à 448-14» → 448-1 … 448-14 when only the last part varies; else the two ends."""
    a, b = first.split("-"), last.split("-")
    if len(a) == len(b) and a[:-1] == b[:-1] and a[-1].isdigit() and b[-1].isdigit():
        low, high = int(a[-1]), int(b[-1])
        if 0 < high - low <= _MAX_RANGE:
            return ["-".join([*a[:-1], str(n)]) for n in range(low, high + 1)]
    return [first, last]


def _followed_by_unit(text: str, pos: int) -> bool:
    """«10 سنوات», «5-10 ans», «20 %»: a quantity, not an article; «448-3, 1°»: an item of the article."""
    match = _NEXT_WORD_RE.match(text, pos)
    return bool(match) and (match.group(1) in _UNITS or match.group(1) == "°")


# --- The parser ------------------------------------------------------------------------------


class QueryParser:
    """Work aliases built once from a catalogue; `parse` reads one query."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self._by_number: dict[tuple[int, ...], list[Work]] = {}
        self._number_forms: dict[str, str] = {}  # «27-14», «27.14», «27/14» → work id
        self._by_dahir: dict[tuple[int, ...], str] = {}  # the dahir's number → the work it promulgates
        self._by_issue: dict[str, set[str]] = {}  # a Bulletin officiel issue → the works it published
        self._phrases: list[tuple[str, tuple[frozenset[str], ...], bool]] = []  # work id, words, from a title
        self._subjects: list[_Subject] = []
        self._abbreviations: list[tuple[str, re.Pattern[str]]] = []
        self._years: list[tuple[str, frozenset[str], frozenset[str]]] = []  # work id, type words, years
        self._years_of_type: dict[str, set[str]] = {}  # the years of the laws, codes and decrees, by type
        self._titles: list[tuple[str, tuple[frozenset[str], ...]]] = []  # work id, a title's words
        self._beginnings: dict[tuple[str, tuple[frozenset[str], ...]], set[str]] = {}
        for work in catalogue.works:
            self._add_work(work)
        self._subjects = [
            replace(
                subject,
                phrases=subject.phrases
                + tuple(
                    phrase
                    for (kind, phrase), ids in self._beginnings.items()
                    if ids == {subject.work_id} and kind == catalogue.work(subject.work_id).type
                ),
            )
            for subject in self._subjects
        ]
        self._vocabulary = self._title_vocabulary()
        # The works' names and abbreviations written without dots, and the organisations': a dotted abbreviation
        # that is one of these («C.D.E.», «O.I.T.») names no text outside the corpus.
        # Every term of each work's titles, for the subject written after a protocol's name (`_subject_fits`).
        self._title_terms = {
            work.id: frozenset(
                key
                for title in (*work.titles.values(), *work.short_titles.values())
                for keys in _phrase(title)
                for key in keys
            )
            for work in catalogue.works
        }
        # Every term of each work's names, for the subject words a citation gives it (`_works_holding`).
        self._name_terms = {
            work.id: frozenset().union(*(key for name in _names(work, described=True) for key in _phrase(name)))
            for work in catalogue.works
        }
        self._by_phrase: dict[tuple[frozenset[str], ...], set[str]] = {}
        for work_id, phrase, _ in self._phrases:
            self._by_phrase.setdefault(phrase, set()).add(work_id)
        self._name_phrases = frozenset(phrase for _, phrase, _ in self._phrases) | frozenset(
            _phrase(re.sub(r"[.\s]", "", name))
            for name in (*(a for names in _ABBREVIATIONS.values() for a in names), "OIT", "ILO", "ONU", "NU", "UN")
        )
        self._latin_terms = frozenset().union(
            *(terms for (_, arabic), terms in self._vocabulary.items() if not arabic and terms is not None)
        )
        # Each pair of content words in a row in a name of any work: «traite … êtres», «droits … enfant». Not the
        # subjects: «travail domestique» is Law 19-12's, and also ILO Convention 189's, which the corpus lacks.
        self._title_pairs = {
            (a, b)
            for work in catalogue.works
            for name in _names(work, topical=False)
            for a, b in pairwise([key for key in _phrase(name) if _is_content(key)])
        }

    def _add_work(self, work: Work) -> None:
        for gazette in work.gazette.values():  # «الجريدة الرسمية عدد 6501 …», «Bulletin officiel … n° 6526 …»
            for issue in _GAZETTE_ISSUE_RE.findall(_fold_text(gazette)):
                self._by_issue.setdefault(issue, set()).add(work.id)
        if work.number:
            self._by_number.setdefault(number_key(work.number), []).append(work)
            if work.type in ("law", "code", "decree") and re.search(r"\D", work.number):
                for sep in "-./":
                    self._number_forms[re.sub(r"[-./]", sep, work.number)] = work.id
        if work.dahir:
            self._by_dahir[number_key(work.dahir.number)] = work.id
            for sep in "-./":
                self._number_forms[re.sub(r"[-./]", sep, work.dahir.number)] = work.id
        titles = [*work.titles.values(), *work.short_titles.values()]
        for title in titles:
            if _is_specific(phrase := _phrase(title)):
                self._phrases.append((work.id, phrase, True))
            if sum(map(_is_content, phrase)) >= _MIN_TITLE_RUN:
                self._titles.append((work.id, phrase))
        for alias in _ALIASES.get(work.id, ()):
            self._phrases.append((work.id, _phrase(alias), False))
        for abbreviation in _ABBREVIATIONS.get(work.id, ()):
            self._abbreviations.append((work.id, re.compile(_abbreviation_pattern(abbreviation))))
        if work.id.startswith("ilo-c") and work.number:  # «C029», «C 182», «ILO 182», «OIT 182»
            ilo = r"(?:c|conv|ilo|oit)\.?"  # «C182», «C.182», «Conv. 182», «ILO 182»
            self._abbreviations.append((work.id, re.compile(rf"(?<!\w){ilo}\s?0*{work.number}(?!\w)")))
        if work.type in _DATED_TYPES:
            # «la Convention de 1949», «إعلان 1985»: instruments are named by their year, the one they were
            # adopted in (enacted) or the one their id carries where the dates differ (the 1949 Convention
            # was opened for signature in 1950).
            years = set(re.findall(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)", work.id))
            years |= {str(work.enacted.year)} if work.enacted else set()
            if years:
                self._years.append((work.id, _TYPE_WORDS[work.type], frozenset(years)))
        elif work.enacted and work.type in _TYPE_WORDS:
            # «la loi de 2016», «décret de 2018»: a year of the corpus's laws names none for sure (the country passes
            # many a year), but is no sign of a text the corpus lacks either.
            self._years_of_type.setdefault(work.type, set()).add(str(work.enacted.year))
        subjects = {_subject(title) for title in titles}
        endings = {s[i:] for s in subjects for i in range(len(s)) if _is_specific(s[i:])}
        endings |= {_phrase(alias) for alias in _TOPICAL_ALIASES.get(work.id, ())}
        # «la loi relative à l'entrée et au séjour des étrangers» stops before «au Maroc»: a subject's beginning
        # of two content words or more names the work too, where no other work of the kind begins so.
        for subject in subjects:
            for n in range(2, len(subject)):
                if sum(map(_is_content, subject[:n])) >= 2:
                    self._beginnings.setdefault((work.type, subject[:n]), set()).add(work.id)
        if endings:
            self._subjects.append(_Subject(work.id, _TYPE_WORDS.get(work.type, frozenset()), tuple(endings)))

    # -- works

    def _law_numbers(self, text: str) -> list[_WorkMatch]:
        matches = []
        for m in _LAW_NUMBER_RE.finditer(text):
            if not m.group("word") and _article_word_before(text, m.start()):
                continue  # «المادة رقم 5»: an article number
            if (following := _NEXT_WORD_RE.match(text, m.end())) and following.group(1) in _MONTHS:
                continue  # «ظهير 25 غشت 2016»: a date (`_named_by_date`)
            if not m.group("word") and _GAZETTE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
                continue  # «B.O. n° 6526»: the gazette's issue (`_gazette_issues`), not a law's number
            types = _law_word_types(m.group("word"))
            if types == ():  # «ظهير شريف رقم 1.16.127»: the law it promulgates (code it approves, treaty it publishes)
                matches.append(_WorkMatch(m.start(), m.end(), self._by_dahir.get(number_key(m.group("number")))))
                continue
            if (m.group("word") or "").endswith(("ilo", "oit")) and not re.fullmatch(r"\d{1,3}", m.group("number")):
                continue  # «l'OIT 2019»: a year; the ILO's conventions are numbered 1 to 190
            key = number_key(m.group("number"))
            works = [w for w in self._by_number.get(_readable(key), []) if types is None or w.type in types]
            matches.append(_WorkMatch(m.start(), m.end(), works[0].id if works else None))
        for m in _ILO_PROTOCOL_RE.finditer(text):  # «P029», «protocole P29»: the 2014 protocol the corpus lacks
            matches.append(_WorkMatch(m.start(), m.end(), None))
        for m in _ILO_SHORT_RE.finditer(text):  # «C189»: an ILO convention the corpus lacks (those it has: C182)
            if not any(w.id.startswith("ilo-c") for w in self._by_number.get(number_key(m.group("number")), [])):
                matches.append(_WorkMatch(m.start(), m.end(), None))
        for m in _BARE_NUMBER_RE.finditer(text):
            if work_id := self._number_forms.get(m.group()):
                matches.append(_WorkMatch(m.start(), m.end(), work_id))
        return matches

    def _named_works(self, text: str, tokens: list[_Token]) -> list[_WorkMatch]:
        matches = []
        for i in range(len(tokens)):
            for work_id, phrase, title in self._phrases:
                if (end := _match_phrase(tokens, i, phrase, conjunctions=title)) is not None:
                    start = self._type_word_before(tokens, i, work_id)
                    matches.append(_WorkMatch(start, tokens[end - 1].end, work_id))
            if tokens[i].keys & _ALL_TYPE_WORDS:
                matches += self._subjects_after(tokens, i)
        for work_id, pattern in self._abbreviations:
            matches += [_WorkMatch(m.start(), m.end(), work_id) for m in pattern.finditer(text)]
        for m in re.finditer(rf"(?<!\w){_DOTTED_ABBREVIATION_RE.pattern}", text):  # «C.D.E.», «U.N.T.O.C.»
            phrase = _phrase(m.group().replace(".", ""))
            if phrase and len(works := self._by_phrase.get(phrase, set())) == 1:
                matches.append(_WorkMatch(m.start(), m.end(), next(iter(works))))
        return matches + self._dated_names(tokens) + self._named_by_date(text, tokens) + self._gazette_issues(text)

    def _gazette_issues(self, text: str) -> list[_WorkMatch]:
        """«BO n° 6501», «الجريدة الرسمية عدد 6501»: the work that issue of the gazette published (as the catalogue
        records it: mostly the Arabic edition's). An issue written with «n°» or «عدد», and none of the catalogue's,
        is a text the corpus lacks, unless the query names a work (`parse`): «la loi 103-13 publiée au BO n° 6688»
        gives the French edition's issue. Nothing is said of several works, nor of «BO 2016», a year."""
        matches = []
        for m in _GAZETTE_RE.finditer(text):
            works = self._by_issue.get(m.group("issue"), set())
            if len(works) == 1:
                matches.append(_WorkMatch(m.start(), m.end(), next(iter(works)), gazette=True))
            elif not works and m.group("numero") and not _YEAR_RE.fullmatch(m.group("issue")):
                matches.append(_WorkMatch(m.start(), m.end(), None, gazette=True))
        return matches

    def _named_by_date(self, text: str, tokens: list[_Token]) -> list[_WorkMatch]:
        """A law, code, decree or dahir named by its date: «la loi du 25 août 2016», «ظهير 25 غشت 2016», «décret du
        6 juillet 2018». The work of that kind enacted, promulgated or published that day, or a text the corpus
        lacks when none was."""
        matches = []
        for i, token in enumerate(tokens):
            dahir = bool(_DAHIR_START_RE.fullmatch(token.text))
            types = {kind for kind, keys in _TYPE_WORDS.items() if token.keys & keys} & (_LAW_TYPES | {"decree"})
            if not (dahir or types):
                continue
            j = i + 1
            while j < len(tokens) and j <= i + 3 and tokens[j].text in _DATE_LEAD:
                j += 1
            date = _date_at(tokens, j)
            if date is None or _CLAUSE_BREAK_RE.search(text, token.end, tokens[j].start):
                continue
            day, end = date
            works = [
                w.id
                for w in self.catalogue.works
                if (dahir and w.dahir or w.type in types)
                and day in {w.enacted, w.published, w.dahir.date if w.dahir else None}
            ]
            if len(works) <= 1:  # several of that day («dahir du 4 décembre 2003»): nothing said
                matches.append(_WorkMatch(token.start, tokens[end - 1].end, works[0] if works else None))
        return matches

    def _dated_names(self, tokens: list[_Token]) -> list[_WorkMatch]:
        """A type word followed closely by a year: «Déclaration des Nations Unies de 1985», «اتفاقية 1949»."""
        matches = []
        for i, token in enumerate(tokens):
            if not token.keys & _ALL_TYPE_WORDS:
                continue
            # The first year after the type word is its year («la convention de 1930 ou celle de 1989»).
            window = range(i + 1, min(i + 1 + _YEAR_WINDOW, len(tokens)))
            year_at = next((j for j in window if _YEAR_RE.fullmatch(tokens[j].text)), None)
            if year_at is None:
                continue
            year = tokens[year_at].text
            named = {work_id for work_id, keys, years in self._years if token.keys & keys and year in years}
            kinds = {kind for kind, keys in _TYPE_WORDS.items() if token.keys & keys}
            if not named and any(year in self._years_of_type.get(kind, ()) for kind in kinds):
                continue
            if len(named) == 1:  # «le protocole de 2000» names two protocols: neither is meant for sure
                matches.append(_WorkMatch(token.start, tokens[year_at].end, named.pop()))
            elif not named and all(not t.keys or t.text in _YEAR_WORDS for t in tokens[i + 1 : year_at]):
                # «la convention de 1926», «اتفاقية لسنة 1926», «Déclaration de 1948»: right after its kind, a year
                # none of the corpus's texts of that kind has names one the corpus lacks.
                matches.append(_WorkMatch(token.start, tokens[year_at].end, None))
        return matches

    def _title_runs(self, tokens: list[_Token]) -> list[_WorkMatch]:
        """Runs of consecutive title words in the query with enough content words, each of one work alone
        (`_resolve` keeps the longest)."""
        words = [t for t in tokens if t.keys]  # stop words skipped on both sides, as titles are stored without
        runs: dict[tuple[int, int], set[str]] = {}
        for work_id, title in self._titles:
            for i in range(len(words)):
                # Only where the title has the query's word: a run starts with a match.
                for j in (j for j, key in enumerate(title) if words[i].keys & key):
                    n = content = 0
                    while i + n < len(words) and j + n < len(title) and words[i + n].keys & title[j + n]:
                        content += _is_content(title[j + n])
                        n += 1
                    if content >= _MIN_TITLE_RUN:
                        runs.setdefault((i, i + n), set()).add(work_id)
        # Titles that share the run («دخول وإقامة الأجانب بالمملكة المغربية» is in a law and its decree) name
        # neither: the run then describes a subject, not one text.
        return [
            _WorkMatch(words[i].start, words[end - 1].end, next(iter(ids)), from_title=True)
            for (i, end), ids in runs.items()
            if len(ids) == 1
        ]

    def _title_beginning(self, tokens: list[_Token], types: set[str]) -> str | None:
        """The one work of ``types`` whose title the tokens (from its type word on) begin, with at least
        `_MIN_TITLE_START` content words: «Convention pour la répression de la traite des êtres humains» is the
        1949 Convention cut short, where «la Convention des Nations Unies» could be several."""
        words = [t for t in tokens if t.keys]  # stop words skipped on both sides, as titles are stored without
        best: dict[str, int] = {}
        for work in self.catalogue.works:
            if work.type not in types:
                continue
            for title in (*work.titles.values(), *work.short_titles.values()):
                phrase, n, content = _phrase(title), 0, 0
                while n < min(len(words), len(phrase)) and words[n].keys & phrase[n]:
                    content += _is_content(phrase[n])
                    n += 1
                best[work.id] = max(best.get(work.id, 0), content)
        top = max(best.values(), default=0)
        winners = [work_id for work_id, content in best.items() if content == top]
        return winners[0] if top >= _MIN_TITLE_START and len(winners) == 1 else None

    def _title_vocabulary(self) -> dict[tuple[str, bool], frozenset[str] | None]:
        """The terms of every title and name of each type's works, by script (Arabic or not); None where a work
        of that type has no name in that script, so that no word of it can be said to be in none of them."""
        vocabulary: dict[tuple[str, bool], frozenset[str] | None] = {}
        for kind in _TYPE_WORDS:
            works = [w for w in self.catalogue.works if w.type == kind]
            for arabic in (True, False):
                # A name says a subject only with a content word: «Décret n° 2-17-740» says none.
                names = [
                    [
                        n
                        for n in _names(w)
                        if bool(_ARABIC_RE.search(n)) == arabic
                        and any(_is_content(key) for key in _phrase(re.sub(r"\d", " ", n)))
                    ]
                    for w in works
                ]
                if works:  # «code_section» has none: «le code» is read in the codes
                    terms = frozenset(k for ns in names for n in ns for key in _phrase(n) for k in key)
                    vocabulary[kind, arabic] = terms if all(names) else None
        return vocabulary

    def _subject_in_no_title(self, text: str, tokens: list[_Token], types: set[str]) -> int | None:
        """«le Code du travail», «la convention contre la torture», «البروتوكول المتعلق بالأسلحة النارية»: the type
        word (tokens[0]) is followed, through stop words and connectors, by a subject that names no work of that
        kind in the corpus. That is another text, one the corpus lacks.

        The subject's first two content words decide. It names no work when one of them is in no name of a work
        of that kind and the two are not a pair of any title: «la convention européenne des droits de l'homme»
        shares «droits» with the CRC, but no title says «droits de l'homme»; «le protocole sur la traite des êtres
        humains» says what the 1949 Convention's title does, and is the Palermo Protocol. A verb ends the subject
        («l'article 5 de la loi prévoit-il…», «المادة 5 من القانون تنص على…»); a word pointing back names no text.

        Returns where the subject's words end in ``text`` when it names no work, else None."""
        subject: list[frozenset[str]] = []
        previous = tokens[0]
        for token in tokens[1:]:
            if _CLAUSE_BREAK_RE.search(text, previous.end, token.start):
                break
            previous = token
            if token.text in _CONJUNCTIONS:  # «article 5 du protocole et l'incrimination»: the subject is over
                break
            if token.keys & _ANAPHORA:
                return None
            if token.text in _VERBS or _INVERSION_RE.match(text, token.end):
                break
            if token.keys and _is_content(token.keys) and not token.keys & _CONNECTORS and not token.text[0].isdigit():
                subject.append(_with_clitic_dropped(token.text, token.keys))
                end = token.end
                if len(subject) == 2:
                    break
        outside = self._names_no_work(subject, types, arabic=bool(_ARABIC_RE.search(tokens[0].text)))
        return end if outside else None

    def _implementing(self, text: str, match: _WorkMatch) -> _WorkMatch:
        """«décret d'application de la loi 02-03», «المرسوم التطبيقي للقانون 02.03»: the decree that implements the law
        named (the only one the catalogue has), not the law."""
        if match.work_id is None or not (
            before := _IMPLEMENTING_RE.search(text, max(0, match.start - 40), match.start)
        ):
            return match
        decrees = [
            w.id
            for w in self.catalogue.works
            if w.type == "decree" and any(r.type == "implements" and r.target == match.work_id for r in w.relations)
        ]
        return _WorkMatch(before.start(), match.end, decrees[0]) if len(decrees) == 1 else match

    def _is_law(self, match: _WorkMatch) -> bool:
        return match.work_id is not None and self.catalogue.work(match.work_id).type in _LAW_TYPES

    def _outside_abbreviation(self, text: str, at: int, works: list[_WorkMatch]) -> tuple[int, int] | None:
        """The span of an abbreviation at ``at`` that names none of the corpus's texts: dotted letters («ق.ل.ع»,
        «C.T.») that are no usual name of a work once the dots are gone («C.D.E.» is the CRC's «CDE») and hold
        or come right before no name of one («م.ق.ج» holds «ق.ج», «O.I.T. n° 182» is C182)."""
        abbreviation = _DOTTED_ABBREVIATION_RE.match(text, at)
        if abbreviation is None:
            return None
        start, end = abbreviation.span()
        named = [(w.start, w.end) for w in works if w.work_id]
        if _overlaps(start, end, named) or any(end <= s <= end + _NAME_AFTER for s, _ in named):
            return None
        if _letters(abbreviation.group()) in _not_texts():
            return None
        phrase = _phrase(abbreviation.group().replace(".", ""))
        return None if phrase and phrase in self._name_phrases else (start, end)

    def _abbreviation_before(self, text: str, start: int, works: list[_WorkMatch]) -> tuple[int, int] | None:
        """The span of an abbreviation of a text the corpus lacks written right before the article (a comma or a
        colon between them): see `_outside_abbreviation`."""
        before = _ABBREVIATION_BEFORE_RE.search(text, 0, start)
        if before is None or any(
            w.work_id and before.start() - _NAME_AFTER <= w.end <= before.start() for w in works
        ):  # «Loi 27-14 J.O. art. 5»: the work is named just before
            return None
        return self._outside_abbreviation(text, before.start(), works)

    def _subject_works(self, text: str, tokens: list[_Token], types: set[str]) -> tuple[str, ...]:
        """The works of ``types`` whose names (titles, short titles, usual names and subjects) hold the most of the
        content words after the type word (tokens[0]) in its clause, up to a verb or «et»; none if no name holds
        any. «اتفاقية الطفل» is the CRC's name cut short; «المرسوم المتعلق بالهجرة» is decree 2-09-607's subject."""
        return self._works_holding(_subject_words(text, tokens), types)

    def _works_holding(
        self, subject: list[frozenset[str]], types: set[str], enough: int | None = None
    ) -> tuple[str, ...]:
        """The works of ``types`` whose names hold the most of the subject's words (see `_subject_works`), half of
        them at least and the last: a name that shares some words may be another text's («… des personnes
        handicapées», «اللجنة الوطنية لمكافحة الفساد»). A law needs two (``enough``): the corpus holds a few of the
        country's laws, and one word («la loi sur le travail») may be the subject of one it lacks (the Labour Code)."""
        if not subject:
            return ()
        held: dict[str, tuple[int, bool]] = {}
        for work in self.catalogue.works:
            if work.type in types:
                terms = self._name_terms[work.id]
                held[work.id] = (sum(1 for keys in subject if keys & terms), bool(subject[-1] & terms))
        top = max((n for n, last in held.values() if last), default=0)
        enough = enough or (2 if types & _LAW_TYPES else 1)
        if top < enough or 2 * top < len(subject):
            return ()
        return tuple(work_id for work_id, (n, last) in held.items() if n == top and last)

    def _works_named_before(self, text: str, tokens: list[_Token], start: int) -> tuple[str, ...]:
        """The works of a kind named just before the article, in the same clause, whose names hold the words said
        with its type word: after it («Convention sur les pires formes de travail des enfants article 3»), or before
        it in English («UN Trafficking Protocol article 3»); none when nothing names one (see `_works_holding`)."""
        first = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
        last = tokens[first - 1].start if first else start  # a break right before the article is allowed
        for j in range(first - 1, max(-1, first - 10), -1):
            if _SENTENCE_END_RE.search(text, tokens[j].end, start) or _CLAUSE_BREAK_RE.search(
                text, tokens[j].end, last
            ):
                return ()
            if tokens[j].keys & _ALL_TYPE_WORDS:
                types = {kind for kind, keys in _TYPE_WORDS.items() if tokens[j].keys & keys}
                if j < first - 1:
                    return self._subject_works(text, tokens[j:first], types)
                before = [
                    t for t in tokens[max(0, j - 3) : j] if not _CLAUSE_BREAK_RE.search(text, t.end, tokens[j].start)
                ]
                words = [t.keys for t in before if t.keys and _is_content(t.keys) and not t.text[0].isdigit()]
                return self._works_holding(words, types)
        return ()

    def _name_before(self, text: str, tokens: list[_Token], start: int, named: list[str]) -> tuple[int, int] | None:
        """«Code du travail article 143», «CEDAW, article 6», «la convention contre la torture article 1»: a text the
        corpus lacks, named just before the article in the same clause (a comma or colon may end the name). The
        same readings as after the article (`_outside_names`, `_subject_in_no_title`); returns the name's span."""
        first = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
        last = tokens[first - 1].start if first else start  # a break right before the article is allowed
        for j in range(first - 1, max(-1, first - 10), -1):
            if _SENTENCE_END_RE.search(text, tokens[j].end, start) or _CLAUSE_BREAK_RE.search(
                text, tokens[j].end, last
            ):
                return None
            if tokens[j].text in _CONJUNCTIONS or tokens[j].text in _VERBS:
                return None
            if (end := _outside_name_at(tokens, j)) and end <= first:
                return tokens[j].start, tokens[end - 1].end
            # «Labour Code art. 143», «Dahir des obligations…»: an English name ending with its kind, a dahir named
            # by its subject.
            if j and (end := _outside_name_at(tokens, j - 1)) and end <= first:
                return tokens[j - 1].start, tokens[end - 1].end
            if tokens[j].text in ("dahir", "ظهير", "الظهير") and not named and j < first - 1:
                return tokens[j].start, tokens[first - 1].end
            if tokens[j].keys & _ALL_TYPE_WORDS:
                types, named_of_type, _ = self._of_kind(tokens[j], named)
                if named_of_type or self._title_beginning(tokens[j:first], types):
                    return None
                subject_end = self._subject_in_no_title(text, tokens[j:first], types)
                return (tokens[j].start, subject_end) if subject_end else None
        return None

    def _type_word_last(self, text: str, tokens: list[_Token], at: int) -> int | None:
        """The type word that ends an English name starting at token ``at`` («the Istanbul Convention», «ILO
        Convention 189» not: the number is read as the text's), within three words and the same clause."""
        if tokens[at].keys & _ALL_TYPE_WORDS or _ARABIC_RE.search(tokens[at].text):
            return None
        for j in range(at + 1, min(at + 4, len(tokens))):
            if _CLAUSE_BREAK_RE.search(text, tokens[j - 1].end, tokens[j].start) or tokens[j].text[0].isdigit():
                return None
            if tokens[j].keys & _ALL_TYPE_WORDS or tokens[j].text == _ACT:
                return j
        return None

    def _names_no_work(self, subject: list[frozenset[str]], types: set[str], *, arabic: bool) -> bool:
        """Whether a subject's first two words (their terms) name no work of ``types``: see `_subject_in_no_title`."""
        if not subject:
            return False
        vocabularies = [self._vocabulary[kind, arabic] for kind in types if (kind, arabic) in self._vocabulary]
        if not vocabularies or any(v is None for v in vocabularies):
            return False
        known = frozenset().union(*(v for v in vocabularies if v is not None))
        if all(keys & known for keys in subject):
            return False
        return len(subject) == 1 or not any(
            subject[0] & first and subject[1] & second for first, second in self._title_pairs
        )

    def _type_word_before(self, tokens: list[_Token], i: int, work_id: str) -> int:
        """Start of «بروتوكول باليرمو» / «protocole de Palerme» / «la convention CDE» for the alias at token i."""
        type_keys = _TYPE_WORDS.get(self.catalogue.work(work_id).type, frozenset())
        for j in (i - 1, i - 2):
            if j < 0 or (j == i - 2 and tokens[i - 1].keys):
                break
            if tokens[j].keys & type_keys:
                return tokens[j].start
        return tokens[i].start

    def _subjects_after(self, tokens: list[_Token], i: int) -> list[_WorkMatch]:
        """The type word at token i followed (through a few connectors) by a work's subject."""
        matches = []
        j = i + 1
        while j < len(tokens) and j <= i + 8:  # connectors only: «relative à la lutte contre les»
            for subject in self._subjects:
                if not tokens[i].keys & subject.type_keys:
                    continue
                for phrase in subject.phrases:
                    if (end := _match_phrase(tokens, j, phrase)) is not None:
                        matches.append(_WorkMatch(tokens[i].start, tokens[end - 1].end, subject.work_id))
            if tokens[j].keys and not tokens[j].keys & _CONNECTORS and tokens[j].text not in _MARKERS:
                break
            j += 1
        return matches

    def _protocol_of(self, text: str, match: _WorkMatch, tokens: list[_Token]) -> _WorkMatch:
        """A convention written after «protocole … à la» names its protocol: the catalogue's when it has that one
        (its only protocol to the convention, and the words that follow, if any, are its subject's), else a text
        the corpus lacks («le protocole … relatif au trafic illicite de migrants»)."""
        work = self.catalogue.get(match.work_id) if match.work_id else None
        if work is None or work.type != "convention":
            return match
        before = _PROTOCOL_OF_RE.search(text, 0, match.start + text.startswith(("ل", "ب"), match.start))
        if before is None:
            return match
        protocols = [
            w
            for w in self.catalogue.works
            if w.type == "protocol" and any(r.type == "supplements" and r.target == work.id for r in w.relations)
        ]
        if len(protocols) == 1 and self._subject_fits(text, match.end, protocols[0], tokens):
            return _WorkMatch(before.start(), match.end, protocols[0].id)
        return _WorkMatch(before.start(), match.end, None)

    def _subject_fits(self, text: str, end: int, protocol: Work, tokens: list[_Token]) -> bool:
        """No subject written after the convention's name, or one that shares a content word with the protocol's
        titles and says none of its siblings' subjects («… concernant l'implication d'enfants dans les conflits
        armés» is the CRC's other protocol, though «enfants» is in both)."""
        subject = _PROTOCOL_SUBJECT_RE.match(text, end)
        if subject is None:
            return True
        words = [t.keys for t in tokens if t.start >= subject.end() and t.keys and _is_content(t.keys)]
        if any(keys & _sibling_subjects(protocol.id) for keys in words[:_SIBLING_WINDOW]):
            return False
        return any(keys & self._title_terms[protocol.id] for keys in words[:3])

    def _unmatched_protocol(
        self, text: str, match: _WorkMatch, works: list[_WorkMatch], tokens: list[_Token]
    ) -> _WorkMatch:
        """«Protocole facultatif à la Convention contre la torture»: a protocol's usual name followed by a convention
        other than the one it supplements names a protocol the corpus lacks; so does a name that says no subject
        («protocole facultatif») followed by one that is not the protocol's («… concernant l'implication
        d'enfants dans les conflits armés»: the head word, «implication», is in none of its titles)."""
        work = self.catalogue.get(match.work_id) if match.work_id else None
        if work is None or work.type != "protocol":
            return match
        if not (to := _TO_CONVENTION_RE.match(text, match.end)):
            return self._other_subject(text, match, work, tokens)
        supplemented = {r.target for r in work.relations if r.type == "supplements"}
        convention = next(
            (w for w in works if w.start <= to.end() and w.end > to.start() and w.work_id in supplemented | {work.id}),
            None,
        )
        if convention is None:
            return _WorkMatch(match.start, match.end, None)
        # «Protocole facultatif à la CDE concernant l'implication d'enfants dans les conflits armés»: the convention's
        # other protocol, by its subject.
        if not self._subject_fits(text, convention.end, work, tokens):
            return _WorkMatch(match.start, convention.end, None)
        return match

    def _other_subject(self, text: str, match: _WorkMatch, work: Work, tokens: list[_Token]) -> _WorkMatch:
        named = tuple(t.keys for t in tokens if match.start <= t.start < match.end and t.keys)
        subject = _PROTOCOL_SUBJECT_RE.match(text, match.end)
        at = None
        if subject is not None:
            at = next(
                (i for i, t in enumerate(tokens) if t.start >= subject.end() and t.keys and _is_content(t.keys)), None
            )
        head = tokens[at].keys if at is not None else None
        following = [t for t in tokens[at:] if t.keys][:_SIBLING_WINDOW] if at is not None else []
        if any(t.keys & _sibling_subjects(work.id) for t in following):
            # «le protocole de Palerme relatif au trafic illicite de migrants»: the name and its subject.
            return _WorkMatch(match.start, tokens[_qualified_end(text, tokens, at, at + 1) - 1].end, None)
        if subject is None or named not in _subjectless_names():  # «protocole de Palerme» says which protocol
            return match
        return match if head is None or head & self._title_terms[work.id] else _WorkMatch(match.start, match.end, None)

    # -- articles

    def _citations(self, text: str, rtl: bool, works: list[_WorkMatch]) -> list[_Citation]:
        citations = []
        for m in _ARTICLE_WORD_RE.finditer(text):
            if _overlaps(m.start(), m.end(), [(w.start, w.end) for w in works]):
                continue
            pos = _BEFORE_NUMBER_RE.match(text, m.end()).end()
            numbers, end, inner = _read_numbers(text, pos, rtl, digits_only=bool(m.group("abbr")))
            # Darija's «ف» is also «في»: «بنت خدامة ف 15 عام» says an age, not the Penal Code's article 15.
            if numbers and m.group("abbr") and _followed_by_unit(text, end):
                continue
            if numbers:
                end = _paragraph_end(text, end, rtl)
                conjoined = bool(m.group("ar")) and text[m.start()] == "و"
                word = m.group("ar") or m.group("abbr") or ""
                fasl = "فصل" in word or "فصول" in word or word.startswith("ف") and bool(m.group("abbr"))
                kind: Literal["fasl", "madda", ""] = "fasl" if fasl else "madda" if word else ""
                citations.append(_Citation(m.start(), end, numbers, conjoined, kind, range_inner=inner))
        citations += self._paragraphs(text, rtl, works, citations)
        taken = [(w.start, w.end) for w in works] + [(c.start, c.end) for c in citations]
        for m in _BARE_NUMBER_RE.finditer(text):
            if not _overlaps(m.start(), m.end(), taken) and (number := _bare_article(text, m)):
                citations.append(_Citation(m.start(), m.end(), [number]))
        taken = [(w.start, w.end) for w in works] + [(c.start, c.end) for c in citations]
        codes = [w for w in works if w.work_id and self.catalogue.work(w.work_id).type == "code"]
        # A number between two codes is read the way the question writes the others: after each code's name when it
        # starts with one («CP 448.2 CPP 82.7»), else before it («448.2 CP, 82.7 CPP»); a number another code's name
        # has taken is not read again.
        before = [_number_before_code(text, w.start) for w in codes]
        after = [_number_after_code(text, w.end) for w in codes]
        found = after + before if codes and not text[: codes[0].start].strip() else before + after
        for citation in found:
            if citation and not _overlaps(citation.start, citation.end, taken) and not self._law_number(citation):
                citations.append(citation)
                taken.append((citation.start, citation.end))
        return sorted(citations, key=lambda c: c.start)

    def _law_number(self, citation: _Citation) -> bool:
        """A number of the citation is a law's, decree's or code's of the corpus typed with a space («code pénal 103
        13» is Law 103-13); not a one-part number (ILO C182's «182 CP» is the code's article 182), nor a user's."""
        return any(
            len(key := number_key(n)) > 1
            and any(w.type in ("law", "decree", "code") and not w.added_by_user for w in self._by_number.get(key, []))
            for n in citation.numbers
        )

    def _paragraphs(self, text: str, rtl: bool, works: list[_WorkMatch], articles: list[_Citation]) -> list[_Citation]:
        """Numbered paragraphs cited as articles: not those of an article written next to them."""
        found = []
        for m in _PARAGRAPH_WORD_RE.finditer(text):
            if _overlaps(m.start(), m.end(), [(w.start, w.end) for w in works] + [(c.start, c.end) for c in articles]):
                continue
            if any(_SPACES_RE.fullmatch(text, c.end, m.start()) for c in articles if c.end <= m.start()):
                continue
            pos = _BEFORE_NUMBER_RE.match(text, m.end()).end()
            numbers, end, _ = _read_numbers(text, pos, rtl, digits_only=False)
            if numbers and not _OF_ARTICLE_RE.match(text, end):
                found.append(_Citation(m.start(), end, numbers, paragraph=True))
        return found

    def _of_kind(self, type_word: _Token, named: list[str]) -> tuple[set[str], list[str], list[str]]:
        """The kinds a type word says, the works of those kinds the query names, and every work of those kinds
        but laws and codes: «القانون» and «loi» say little, only a named one narrows the search."""
        types = {kind for kind, keys in _TYPE_WORDS.items() if type_word.keys & keys}
        named_of_type = [w for w in named if self.catalogue.work(w).type in types]
        return types, named_of_type, [w.id for w in self.catalogue.works if w.type in types - _LAW_TYPES]

    def _article_refs(
        self,
        folded: _Folded,
        tokens: list[_Token],
        c: _Citation,
        named: list[str],
        works: list[_WorkMatch],
        typed: str,
        citations: Sequence[_Citation] = (),
    ) -> list[ArticleRef]:
        """The citation's articles, with the works to read them in when it is not tied to one. ``typed`` is the
        query as typed, where the name of a text the corpus lacks is read for the notice."""
        text = folded.text

        def name(start: int, end: int) -> str:
            span = folded.original(start, end)
            return typed[span.start : span.stop].strip()

        if c.work is not None:
            work_id = c.work.work_id
            if c.paragraph and (work_id is None or self.catalogue.work(work_id).type != "declaration"):
                return []
            outside = name(c.work.start, c.work.end) if work_id is None else ""
            return [ArticleRef(work_id, n, unknown_work=work_id is None, named_as=outside) for n in c.numbers]
        follow = _FOLLOW_RE.match(text, c.end).end()
        at = next((i for i, t in enumerate(tokens) if t.start == follow), None)
        # «الفصل 5 والمادة 3 من بروتوكول باليرمو»: the Protocol's articles are «مواد», the «فصل» is another text's.
        in_works = tuple(w for w in named if not c.word or self.catalogue.work(w).convention_for("ar") == c.word)
        unsure = False
        # «Protocole facultatif à la Convention contre la torture, article 4»: the text named last before the
        # article, in the same sentence, is one the catalogue lacks.
        before = [
            w
            for w in works
            if w.end <= c.start and not w.from_title and not _SENTENCE_END_RE.search(text, w.end, c.start)
        ]
        unknown = bool(before) and before[-1].work_id is None
        named_as = name(before[-1].start, before[-1].end) if unknown else ""
        if not unknown and not c.paragraph and (abbreviation := self._abbreviation_before(text, c.start, works)):
            # «ق.ل.ع الفصل 77», «C.T. art. 9»: as after the article.
            return [ArticleRef(None, n, (), True, name(*abbreviation)) for n in c.numbers]
        if not unknown and (span := self._name_before(text, tokens, c.start, named)):
            # «Code du travail article 143», «CEDAW article 6»: not the code's or any work's article 143.
            return [] if c.paragraph else [ArticleRef(None, n, (), True, name(*span)) for n in c.numbers]
        if at is not None and (end := _outside_name_at(tokens, at)):
            # «… de la CEDAW», «… من العهد الدولي»: the name and the words that qualify it («الدولي»).
            end = _qualified_end(text, tokens, at, end)
            return [ArticleRef(None, n, (), True, name(tokens[at].start, tokens[end - 1].end)) for n in c.numbers]
        connector = text[c.end : follow].strip(" ,(")
        # «de l'accord»: the connector ends inside the token «l'accord».
        inside = next((i for i, t in enumerate(tokens) if t.start <= follow < t.end), None)
        word = tokens[inside].text.rsplit("'", 1)[-1] if inside is not None else ""
        typed_word = name(follow, tokens[inside].end) if inside is not None else ""
        if not c.paragraph and (abbreviation := self._outside_abbreviation(text, follow, works)):
            # «الفصل 77 من ق.ل.ع», «art. 9 C.T.»: a text's abbreviation, none of the corpus's.
            return [ArticleRef(None, n, (), True, name(*abbreviation)) for n in c.numbers]
        of = _OF_RE.fullmatch(connector) is not None  # «de», «من», «of»: not «في», «in» («… في قرار محكمة النقض»)
        if of and (word in _OUTSIDE_KINDS or typed_word.lower() == "traité"):
            # «… من الدستور», «… du Statut de Rome»: a kind of text the corpus has none of (or the circulars it has).
            kind = _OUTSIDE_KINDS.get(word)
            of_kind = tuple(named) if kind == "dahir" else tuple(w.id for w in self.catalogue.works if w.type == kind)
            if kind and of_kind:
                return [ArticleRef(None, n, of_kind) for n in c.numbers]
            end = _qualified_end(text, tokens, inside, inside + 1)
            if kind == "dahir" and all(t.text in ("شريف", "الشريف") for t in tokens[inside + 1 : end]):
                return []  # «الفصل 3 من الظهير»: which dahir is not said (the Penal Code's has articles too)
            return [ArticleRef(None, n, (), True, name(follow, tokens[end - 1].end)) for n in c.numbers]
        # «article 5 of the Istanbul Convention»: English says the kind last, after «of».
        if at is not None and connector and (last := self._type_word_last(text, tokens, at)) is not None:
            types, named_of_type, of_type = self._of_kind(tokens[last], named)
            words = tokens[at:last]
            subject = [t.keys for t in words if t.keys and _is_content(t.keys) and not t.text[0].isdigit()]
            if tokens[last].text == _ACT:  # «the Anti-Trafficking Act»: a law in English, one of the corpus's or not
                if any(t.keys & _ANAPHORA for t in words):  # «Law 19-12, article 3 of the said Act»
                    return [ArticleRef(None, n, tuple(named)) for n in c.numbers]
                if held := self._works_holding(subject, {"law"}, enough=1):
                    return [ArticleRef(None, n, held) for n in c.numbers]
                return [ArticleRef(None, n, (), True, name(tokens[at].start, tokens[last].end)) for n in c.numbers]
            in_works = tuple(named_of_type or of_type)
            pointer = any(t.keys & _ANAPHORA for t in words)  # «the said convention», «la présente convention»
            # The Latin-script names are mostly French: an English word counts as unknown only if no name has it.
            if (
                not unknown
                and not pointer
                and not named_of_type
                and self._names_no_work(subject[:2], types, arabic=False)
                and not any(keys & self._latin_terms for keys in subject[:2])
            ):
                unknown, named_as = True, name(tokens[at].start, tokens[last].end)
            # «the 1949 Convention»: the year before the kind; «the UN Trafficking Protocol»: the words of one name.
            years = {t.text for t in words if _YEAR_RE.fullmatch(t.text)}
            if years and not named_of_type and not unknown:
                dated = tuple(w for w, keys, y in self._years if tokens[last].keys & keys and years & y)
                # «the 2000 Protocol on trafficking»: two protocols of that year, one on trafficking.
                if len(dated) > 1 and (subject_after := _subject_words(text, tokens[last:])):
                    on = self._works_holding(subject_after, types)
                    dated, unsure = tuple(w for w in dated if w in on) or dated, not on
                in_works, unknown = dated, not dated
                named_as = "" if dated else name(tokens[at].start, tokens[last].end)
            elif not unknown and not pointer and not named_of_type and (held := self._works_holding(subject, types)):
                in_works = held
            # «ILO Convention 189»: the number names the text, one the catalogue has or lacks.
            if numbered := next((w for w in works if w.start == tokens[last].start), None):
                in_works, unknown = ((numbered.work_id,), False) if numbered.work_id else ((), True)
                named_as = "" if numbered.work_id else name(tokens[at].start, numbered.end)
        elif at is not None and tokens[at].keys & _ALL_TYPE_WORDS:
            # «… من المرسوم»: the decrees the query names («المرسوم المتعلق باللجنة الوطنية لتنسيق إجراءات مكافحة
            # الاتجار بالبشر» names one by its title), else any of its decrees.
            types, named_of_type, of_type = self._of_kind(tokens[at], named)
            # «Protocole de Palerme, article 3 de la Convention»: the convention a protocol named supplements.
            named_of_type = named_of_type or [
                r.target
                for w in named
                for r in self.catalogue.work(w).relations
                if r.type == "supplements" and self.catalogue.work(r.target).type in types
            ]
            in_works = tuple(named_of_type or of_type)
            # «… من اتفاقية العمل الدولية رقم 189», «… de la convention OIT 189»: a number the catalogue lacks.
            if not named_of_type and (unnumbered := self._unknown_number_after(text, tokens, at, works)):
                unknown, named_as = True, named_as or name(tokens[at].start, unnumbered.end)
            # «… من اتفاقية زجر الاتجار في الرقيق»: the beginning of one title names that work.
            elif not named_of_type and (by_title := self._title_beginning(tokens[at:], types)):
                in_works, unknown = (by_title,), False
            elif not named_of_type and (end := self._subject_in_no_title(text, tokens[at:], types)):
                # «… du Code du travail», «… من مدونة الأسرة», «… contre la torture»
                unknown, named_as = True, named_as or name(tokens[at].start, end)
            elif not named_of_type and (by_subject := self._subject_works(text, tokens[at:], types)):
                # «… من اتفاقية الطفل», «… من قانون مكافحة الاتجار بالأشخاص»: the works whose names say most of it.
                in_works = by_subject
            elif not named_of_type and len(in_works) > 1:
                unsure = bool(_subject_words(text, tokens[at:]))
        if c.paragraph:  # «paragraphe 6» is an article of a declaration only
            in_works = tuple(w for w in in_works if self.catalogue.work(w).type == "declaration")
            if not in_works or unknown:
                return []
        if not in_works and not unknown:  # «Convention sur les pires formes de travail des enfants article 3»
            in_works = self._works_named_before(text, tokens, c.start)
        others = bool(in_works) and set(in_works) <= {
            o.work.work_id for o in citations if o is not c and o.work is not None and o.work.start >= o.end
        }
        return [
            ArticleRef(
                None,
                n,
                in_works,
                unknown,
                named_as if unknown else "",
                unsure and not unknown,
                word=c.word,
                others_works=others,
            )
            for n in c.numbers
        ]

    @staticmethod
    def _outside_start(text: str, tokens: list[_Token], match: _WorkMatch) -> int | None:
        """Where the name of a text the catalogue lacks begins: at its law word («loi n° 88-13», «C189»), or at
        the type word a few words before a bare number («اتفاقية العمل الدولية رقم 189»); None for a number no
        word names as a text's («n° 12»)."""
        if _DAHIR_START_RE.match(text, match.start):  # a dahir the catalogue lacks may promulgate a law it holds
            return None
        at = next((i for i, t in enumerate(tokens) if t.start == match.start), None)
        if at is None or not _NUMERO_START_RE.match(text, match.start):
            return match.start
        for j in range(at - 1, max(-1, at - 1 - _NUMBER_WINDOW), -1):
            if _CLAUSE_BREAK_RE.search(text, tokens[j].end, match.start):
                break
            if tokens[j].keys & _ALL_TYPE_WORDS:
                return None if _DAHIR_START_RE.match(text, tokens[j].start) else tokens[j].start
        return None

    @staticmethod
    def _unknown_number_after(text: str, tokens: list[_Token], at: int, works: list[_WorkMatch]) -> _WorkMatch | None:
        """A law number the catalogue lacks within a few words after the type word at token ``at``, in the same
        clause: the name of a text outside the corpus. Not another text's name with a type word of its own:
        «… du protocole et loi 12-34»."""
        window = tokens[at : at + _NUMBER_WINDOW + 1]
        return next(
            (
                w
                for w in works
                if w.work_id is None
                and any(t.start == w.start for t in window)
                and not _CLAUSE_BREAK_RE.search(text, tokens[at].end, w.start)
                and not any(t.keys & _ALL_TYPE_WORDS for t in window[1:] if t.start <= w.start)
            ),
            None,
        )

    def parse(self, query: str) -> ParsedQuery:
        text = query.strip()
        languages = detect_languages(text)
        folded = _fold(text)
        if number := _NUMBER_ALONE_RE.fullmatch(folded.text):
            # «448», «٤٤٨ مكرر»: a number typed alone is an article looked up, as «الفصل 448» is (not a year).
            return ParsedQuery(text, [ArticleRef(None, normalize_number(number.group(1)) or "")], [], "", languages)
        tokens = _tokens(folded.text)
        works = _resolve(self._law_numbers(folded.text) + self._named_works(folded.text, tokens))
        works = _resolve([self._protocol_of(folded.text, w, tokens) for w in works])
        works = [self._unmatched_protocol(folded.text, w, works, tokens) for w in works]
        works = [_foreign(folded.text, w) if self._is_law(w) else w for w in works]
        works = [self._implementing(folded.text, w) for w in works]
        # «DOC» as typed, the Code of obligations and contracts (folded, «doc» would be any document).
        works += [
            _WorkMatch(t.start, t.end, None)
            for t in tokens
            if t.text == "doc" and text[(span := folded.original(t.start, t.end)).start : span.stop] == "DOC"
        ]
        # «model law on trafficking», «loi type contre la traite»: a text the corpus lacks, though its words after the
        # law word would name Law 27-14.
        outside = [
            (tokens[i].start, tokens[end - 1].end) for i in range(len(tokens)) if (end := _outside_name_at(tokens, i))
        ]
        works = [w for w in works if not (w.work_id and any(start <= w.start < end for start, end in outside))]
        # Title runs only where nothing names a work more surely (Palermo's English title holds UNTOC's).
        taken = [(w.start, w.end) for w in works]
        works += [m for m in _resolve(self._title_runs(tokens)) if not _overlaps(m.start, m.end, taken)]
        works.sort(key=lambda w: w.start)
        named = [w for w in works if w.work_id]
        if named:  # an issue the catalogue lacks beside a work named is that work's other edition
            works = [w for w in works if w.work_id or not w.gazette]
        citations = self._citations(folded.text, "ar" in languages, works)
        # A topic phrase after «art. 5» is not the work the article belongs to; a text the catalogue lacks is.
        _attach_works(folded.text, citations, [w for w in works if not w.from_title])
        named_ids = list(dict.fromkeys(w.work_id for w in named if w.work_id))
        articles = [
            replace(ref, range_inner=ref.article in c.range_inner)
            for c in citations
            for ref in self._article_refs(folded, tokens, c, named_ids, works, text, citations)
        ]
        removed = [span for c in citations for span in c.removed]
        removed += [(_start_with_connector(folded.text, w.start), w.end) for w in named]
        cited_outside = [ref.named_as for ref in articles if ref.unknown_work and ref.named_as]
        outside: list[str] = []
        for w in works:
            start = None if w.work_id or w.from_title else self._outside_start(folded.text, tokens, w)
            if start is None:
                continue
            span = folded.original(start, w.end)
            typed = text[span.start : span.stop].strip()
            typed = _without_proclitics(typed)  # «والاتفاقية رقم 189», «بالقانون 03.23»: the name, not «and», «by»
            if typed and not any(typed in cited or cited in typed for cited in cited_outside):
                outside.append(typed)
                # Its number would match articles of that number («C189» → Penal Code art. 189): the notice says it.
                removed.append((_start_with_connector(folded.text, start), w.end))
        return ParsedQuery(
            text=text,
            articles=list(dict.fromkeys(articles)),
            works=named_ids,
            remainder=_remainder(text, folded, removed),
            languages=languages,
            outside=list(dict.fromkeys(outside)),
            by_title_words=[i for i in named_ids if all(w.from_title for w in named if w.work_id == i)],
        )


def _without_proclitics(name: str) -> str:
    """An Arabic name as a title writes it, without the conjunction or preposition glued to its article: «والاتفاقية»,
    «بالقانون», «للقانون» (ل + القانون) → «الاتفاقية», «القانون», «القانون»."""
    if match := re.match(r"[وف]?لل(?!ه)", name):
        return "ال" + name[match.end() :]
    return re.sub(r"^[وف]?[بك]?(?=ال)", "", name)


def _law_word_types(word: str | None) -> tuple[str, ...] | None:
    """Work types a law word can name (None: any, for «n° 27-14»; () for a dahir)."""
    if word is None:
        return None
    return next((types for base, types in _LAW_WORD_TYPES.items() if base in word), ())


def _article_word_before(text: str, pos: int) -> bool:
    return bool(_ARTICLE_WORD_END_RE.search(text[:pos]))


def _read_number(text: str, pos: int, rtl: bool, digits_only: bool) -> tuple[str, int] | None:
    """One article number at `pos`: digits («448 - 2», «448 مكرر») or ordinal words («السادسة», «premier»)."""
    if m := _NUMBER_RE.match(text, pos):
        suffix = _SUFFIXES.get(m.group("suffix") or "", m.group("suffix") or "")
        raw, end = m.group("number"), m.end()
        if not suffix and (parts := _spaced_parts(text, m)):
            raw, end = f"{raw}-{'-'.join(parts.group().split())}", parts.end()
        elif not suffix and (base := _reversed_base(text, m)):
            raw, end = f"{base.group(1)}-{raw}", base.end()
        number = normalize_number(f"{raw} {suffix}".strip(), rtl=rtl)
        return (number, end) if number else None
    words = _WORDS_RE.match(text, pos)
    if digits_only or not words:
        return None
    for count in (3, 2, 1):  # «الحادية عشرة», «الثالثة والعشرون», «الأولى»
        ordinal = words.group(count) and ordinal_to_int(" ".join(words.groups()[:count]))
        # Several words make one ordinal from 11 up: «الأولى والثانية» is two articles, not a 3rd.
        if ordinal and (count == 1 or ordinal > 10):
            return str(ordinal), words.end(count)
    return None


def _subject_words(text: str, tokens: list[_Token]) -> list[frozenset[str]]:
    """The content words after a type word (tokens[0]) in its clause, up to a verb, «et» or another type word."""
    subject: list[frozenset[str]] = []
    previous = tokens[0]
    for token in tokens[1:_SUBJECT_WORDS]:
        if _CLAUSE_BREAK_RE.search(text, previous.end, token.start) or token.text in _CONJUNCTIONS:
            break
        if token.text in _VERBS or _INVERSION_RE.match(text, token.end) or token.keys & _ALL_TYPE_WORDS:
            break
        previous = token
        if token.keys and _is_content(token.keys) and not token.text[0].isdigit() and token.text not in _MARKERS:
            subject.append(_with_clitic_dropped(token.text, token.keys))
    return subject


def _spaced_parts(text: str, number: re.Match[str]) -> re.Match[str] | None:
    """«الفصل 448 2», «art. 82 5 1»: a code's sub-numbers typed with spaces for dashes. Only after a base of 20 or
    more written without dashes, each part of two digits at most and smaller than the base, and not a quantity
    («المادة 5 2016», «article 30 10 ans»)."""
    base = number.group("number").translate(ARABIC_DIGITS)
    if not base.isdigit() or int(base) < _MIN_BARE_BASE:
        return None
    parts = _SPACED_PARTS_RE.match(text, number.end())
    if parts is None or _followed_by_unit(text, parts.end()):
        return None
    return parts if all(int(p.translate(ARABIC_DIGITS)) < int(base) for p in parts.group().split()) else None


def _reversed_base(text: str, number: re.Match[str]) -> re.Match[str] | None:
    """«الفصل 2 448»: a sub-number and its base typed with a space, right to left as PDFs copy them (the dashed
    «2-448» is read so already). Only a sub-number of two digits at most before a base of 20 to 999, not a quantity."""
    sub = number.group("number").translate(ARABIC_DIGITS)
    if not sub.isdigit() or len(sub) > 2:
        return None
    base = _REVERSED_BASE_RE.match(text, number.end())
    if base is None or _followed_by_unit(text, base.end()):
        return None
    return base if int(sub) < _MIN_BARE_BASE <= int(base.group(1).translate(ARABIC_DIGITS)) else None


def _read_numbers(text: str, pos: int, rtl: bool, digits_only: bool) -> tuple[list[str], int, set[str]]:
    """The numbers after an article word: one, a list («5 و6», «448-2 et 448-3») or a range («1 إلى 5»); and the
    members of a range before its last (the articles numbered under them belong to it too)."""
    first = _read_number(text, pos, rtl, digits_only)
    if not first:
        # «art. 44811 CP» (448-11 mistyped), «الفصل 100000»: no article has so long a number, and the reader is told
        # so rather than shown the code's words for it.
        if (long := _LONG_NUMBER_RE.match(text, pos)) and not _followed_by_unit(text, long.end(1)):
            return [long.group(1).translate(ARABIC_DIGITS)], long.end(1), set()
        return [], pos, set()
    numbers, end, inner = [first[0]], first[1], set()
    while True:
        if (sep := _RANGE_SEPARATOR_RE.match(text, end)) and (last := _read_number(text, sep.end(), rtl, True)):
            members = _expand_range(numbers[-1], _sibling(numbers[-1], last[0]))
            numbers[-1:] = members
            inner.update(members[:-1])
        elif (
            (sep := _listed(text, end)) is not None
            and (last := _read_number(text, sep, rtl, digits_only))
            and not _followed_by_unit(text, last[1])
        ):
            numbers.append(_sibling(numbers[-1], last[0]))
        else:
            return numbers, end, inner
        end = last[1]


def _sibling(previous: str, number: str) -> str:
    """«448-1 إلى 14», «art. 448-2 et 3»: a plain number listed after a sub-numbered article, and smaller than its
    base, is the next sub-number (448-14, 448-3), not article 14 or 3 of every text."""
    parts = previous.split(" ")[0].split("-")
    if len(parts) > 1 and number.isdigit() and int(number) < int(parts[0]):
        return "-".join([*parts[:-1], number])
    return number


def _paragraph_end(text: str, end: int, rtl: bool) -> int:
    """Past the paragraph written after an article («art. 448-2 al. 2», «Article 3(a)», «art. 3, paragraphe 2»,
    «المادة 5 الفقرة الثانية»), which is part of the citation; `end` when there is none."""
    if paragraph := _PARAGRAPH_RE.match(text, end):
        return paragraph.end()
    if word := _PARAGRAPH_WORD_RE.match(text, _SPACES_RE.match(text, end).end()):
        numbers, number_end, _ = _read_numbers(text, _BEFORE_NUMBER_RE.match(text, word.end()).end(), rtl, False)
        return number_end if numbers else end
    return end


def _listed(text: str, end: int) -> int | None:
    """Where the next listed number starts: after a comma or «و» / «et» («5 و6», «5, 6 et 7»), or at
    an ordinal with «و» («الأولى والثانية»); a mere space lists nothing («المادة 5 2016»)."""
    sep = _LIST_SEPARATOR_RE.match(text, end)
    if sep.group().strip() or text.startswith("و", sep.end()):
        return sep.end()
    return None


def _number_before_code(text: str, code_start: int) -> _Citation | None:
    """«448.4 CP», «448 4 du code pénal», «82.5.1 ق.م.ج», «448.1, 448.2 et 448.3 CP», «448 CP»: a code's articles
    typed with dots, spaces or none right before the code's name (the French Penal Code prints «Article 448.4»).
    Alone, «27.14» is a law's number and «448 4» two numbers; before a code they are its articles, within bounds: a
    base of 20 to 999, each part of two digits at most, smaller than the base and without a leading zero; not a law
    number's shape (two digits, a dot, two digits: «24.03 CP», «86.14 CP» name laws amending the code); and, when any
    number of the list is written with spaces or none, only with the list as the question's first words or after a
    bracket («amende de 500 10 CP», «pages 150 et 151 CP», «Convention, 40 CP» are none)."""
    numbers: list[str] = []
    loose = False  # a number of the list written with spaces or none: the list must stand on its own
    end, start, last_end = code_start, None, 0
    while (match := _NUMBER_BEFORE_CODE_RE.search(text[:end])) and (number := _dotted_article(match)):
        last_end = last_end or match.end("number")
        numbers.insert(0, number)
        loose = loose or "." not in match.group("number")
        start = match.start("number")
        end = start
        if not (separator := _LIST_BEFORE_RE.search(text[:end])):
            break
        end = separator.start()
    if not numbers or start is None:
        return None
    if loose and (before := text[:start].rstrip()) and before[-1] not in "([«\"'":
        return None
    return _Citation(start, last_end, numbers, code_after=True)


def _number_after_code(text: str, code_end: int) -> _Citation | None:
    """«CP 448.11», «القانون الجنائي 448.11», «ق.م.ج 82.7», «Code pénal 448 11», «code pénal 448»: a code's article
    typed with dots, spaces or none right after the code's name, within `_dotted_article`'s bounds («code pénal 1962»,
    «CP 24.03» are none) and not a quantity («code pénal 300 dirhams»). With spaces or none, only as the question's
    last words: «code pénal 448 peine» may be a count. Before, such a question opened the code at its dahir."""
    match = _NUMBER_AFTER_CODE_RE.match(text, code_end)
    if not match or not (number := _dotted_article(match)) or _followed_by_unit(text, match.end()):
        return None
    numbers, loose, end = [number], "." not in match.group("number"), match.end("number")
    # A list («CP 448.1, 448.2 et 448.3»): each number within the same bounds; a range («CP 448.1 à 448.14») is not
    # read here, so that none of it is cited short.
    while (
        (separator := _LIST_AFTER_CODE_RE.match(text, end))
        and (following := _NUMBER_AFTER_CODE_RE.match(text, separator.end()))
        and (number := _dotted_article(following))
    ):
        numbers.append(number)
        loose = loose or "." not in following.group("number")
        end = following.end("number")
    if _RANGE_AFTER_CODE_RE.match(text, end) or _followed_by_unit(text, end):
        return None
    if loose and text[end:].strip(" \t?؟.!"):
        return None
    return _Citation(match.start("number"), end, numbers, code_before=True)


def _dotted_article(match: re.Match[str]) -> str | None:
    """The article «448.4», «448 4» or «448» reads within bounds, or None (see `_number_before_code`)."""
    base, *parts = re.split(r"[. \t]+", match.group("number").translate(ARABIC_DIGITS))
    if (
        not _MIN_BARE_BASE <= int(base) <= 999
        or any(part.startswith("0") or int(part) >= int(base) for part in parts)
        or (len(base) == 2 and any(len(part) == 2 for part in parts))
    ):
        return None
    return "-".join([base, *parts])


def _bare_article(text: str, match: re.Match[str]) -> str | None:
    """A number written alone is an article only in the 448-2 form: dashes, no leading zero, no part
    over 999 (dates), a base of 20 or more («2-3 personnes» is a range), not a quantity; it is read
    right to left when its first part is the smaller (2-448 → 448-2)."""
    raw = match.group()
    parts = raw.split("-")
    if any(not p.isdigit() or (p.startswith("0") and p != "0") or int(p) > 999 for p in parts):
        return None
    number = normalize_number(raw, rtl=True)
    if not number or int(number.split("-")[0]) < _MIN_BARE_BASE or _followed_by_unit(text, match.end()):
        return None
    return number


def _attach_works(text: str, citations: list[_Citation], works: list[_WorkMatch]) -> None:
    """Give each citation the work written right after it («… du CP»), else right before it
    («loi 27-14, art. 5»), else that of the next citation it is listed with («الفصل 5 والفصل 6 من …»).

    A work written before it does not take it when a list of pairs shows the work after it to be the next
    article's («loi 27-14 art. 5, loi 103-13 art. 2»), nor when a connector says the article is another text's
    («Selon la loi 19-12, l'article 9 du Code du travail»): that text is read as an untied article's."""
    by_start = {w.start: w for w in works}
    taken: set[int] = set()  # works that a citation before took as the one written after it
    for c in citations:
        c.removed.append((_start_with_connector(text, c.start), c.end))
        follow = _FOLLOW_RE.match(text, c.end)
        before = [w for w in works if w.end <= c.start and _GAP_RE.fullmatch(text, w.end, c.start)]
        before = [] if c.conjoined else before
        after = by_start.get(follow.end())
        connected = bool(follow.group("connector"))
        if c.code_before and before:  # «CP 448.2 de la loi 27-14»: the code's, whatever follows
            c.work = before[-1]
            c.removed.append((c.work.start, c.start))
            continue
        # «art. 5 loi 27-14, art. 2 loi 103-13»: the work before art. 2 was art. 5's, written after it.
        if after is not None and (connected or c.code_after or not before or before[-1].start in taken):
            c.work = after
            taken.add(after.start)
            c.removed.append((c.end, after.end))
        elif before and not (connected and follow.end() < len(text) and after is None):
            c.work = before[-1]
            c.removed.append((c.work.start, c.start))
    for c, after in zip(reversed(citations[:-1]), reversed(citations[1:]), strict=True):
        # Not «الفصل 448-8 والمادة 82-7 من ق.م.ج»: the Penal Code's «فصل» beside the CPP's «مادة» are two citations.
        listed = not (c.word and after.word and c.word != after.word)
        if c.work is None and after.work is not None and listed and _CHAIN_RE.fullmatch(text, c.end, after.start):
            c.work = after.work
            c.removed.append((c.end, after.start))


def _start_with_connector(text: str, start: int) -> int:
    match = _CONNECTOR_BEFORE_RE.search(text[:start])
    return match.start() if match else start


def _remainder(text: str, folded: _Folded, removed: list[tuple[int, int]]) -> str:
    """The query as typed without the citation parts, spaces and stray punctuation tidied."""
    if not removed:
        return text
    gone = {i for start, end in removed for i in folded.original(start, end)}
    rest = "".join(" " if i in gone else c for i, c in enumerate(text))
    rest = re.sub(r"\s+", " ", rest)
    rest = re.sub(r"\s+([,،;:.?؟!)])", r"\1", rest)
    rest = re.sub(r"^[\s,،;:.)\-–—]+|[\s,،;:(\-–—]+$", "", rest)
    # Only connectors left («و», «et», «de»): nothing to search for.
    return rest if analyze(rest) else ""


def outside_name_terms(named_as: str) -> frozenset[str]:
    """The terms that name the text outside the corpus in an `ArticleRef.named_as`, which runs on over the words after
    the name («مدونة الشغل تشغيل الأطفال», «CEDH esclavage»). After a word of a kind of text, that word and the next two
    content words, with the connectors between them («Code de procédure civile», «قانون الالتزامات والعقود», «convention
    contre la torture»: the parser reads a subject by its first two words too); else the first word and those joined to
    it by a connector («Statut de Rome», «CEDAW», «الدستور»)."""
    tokens = [t for t in _tokens(_fold_text(named_as)) if not t.text[0].isdigit()]
    # A connector (or a stop word, which has no terms) links the words of one name.
    linking = [not t.keys or t.keys <= _CONNECTORS | _ENGLISH_FUNCTION_WORDS for t in tokens]
    content = [i for i, link in enumerate(linking) if not link]
    if not content:
        return frozenset()
    first = content[0]
    if tokens[first].keys & _ALL_TYPE_WORDS:
        end = content[min(2, len(content) - 1)] + 1
    else:
        end = first + 1
        while end < len(tokens) and linking[end]:
            following = next((i for i in range(end, len(tokens)) if not linking[i]), None)
            if following is None:
                break
            end = following + 1
    return frozenset().union(*(t.keys for t in tokens[first:end]))


_PARSERS: dict[int, tuple[Catalogue, QueryParser]] = {}


def work_named_alone(text: str, catalogue: Catalogue) -> str | None:
    """The work of `catalogue` that `text` names and says nothing else of, if any: «القانون الجنائي», «Code pénal
    marocain», «قانون 27.14» are the Penal Code's and Law 27-14's names; «Note d'application de la loi 27-14» and
    «Protocole de Palerme commenté» are not. A user's upload titled so would be cited as that text."""
    parsed = parse_query(text, catalogue)
    if len(parsed.works) != 1 or parsed.articles or parsed.outside or analyze(parsed.remainder):
        return None
    # Not a run of a title's words: «Commission nationale de coordination…» names a body, whatever decree set it up.
    return None if parsed.works[0] in parsed.by_title_words else parsed.works[0]


def starter_name_reader() -> Callable[[str], str | None]:
    """`work_named_alone` over the starter catalogue: what checks a user's titles (`ingest.user_documents`)."""
    starter = load_catalogue()
    return lambda title: work_named_alone(title, starter)


def parse_query(query: str, catalogue: Catalogue) -> ParsedQuery:
    """Articles, works and remaining words of a query (aliases built once per catalogue)."""
    cached = _PARSERS.get(id(catalogue))
    if cached is None or cached[0] is not catalogue:
        if len(_PARSERS) >= 8:  # tests build small catalogues; the service has one
            _PARSERS.clear()
        cached = _PARSERS[id(catalogue)] = (catalogue, QueryParser(catalogue))
    return cached[1].parse(query)
