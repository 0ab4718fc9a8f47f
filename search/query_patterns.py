"""The regular expressions of the citation parser (`search.query`), all run on the folded query: article words
and numbers, law numbers, abbreviations, protocols, nationalities, the Bulletin officiel, and what may come
between a citation and its work.
"""

from __future__ import annotations

import re

from ingest.article_numbers import NUMBER_PATTERN, QUANTITY_UNITS
from search.query_folding import _fold_text

# Letters with dots between them: a text's abbreviation («ق.ل.ع», «D.O.C.», «C.T.»).
_DOTTED_ABBREVIATION_RE = re.compile(r"(?!i\.e\.|e\.g\.|p\.ex\.)(?:[^\W\d_]{1,3}\.){1,6}[^\W\d_]{1,3}\.?(?!\w)")
_ABBREVIATION_BEFORE_RE = re.compile(rf"(?<![\w.]){_DOTTED_ABBREVIATION_RE.pattern}[\s,:،]*$")
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
_INVERSION_RE = re.compile(r"-(?:t-)?(?:il|elle|ils|elles)(?!\w)")  # «prévoit-il», «protège-t-elle»
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
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
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
# The Bulletin officiel (الجريدة الرسمية) and an issue number: «B.O. n° 6526», «BO 6501», «بالجريدة الرسمية عدد 6501».
_GAZETTE_WORD = r"(?<!\w)(?:b\.\s?o\.?|bo|bulletin\s+officiel|[وب]?الجريده\s+الرسميه)(?!\w)"
_GAZETTE_BEFORE_RE = re.compile(rf"{_GAZETTE_WORD}[^\d]{{0,25}}$")
_GAZETTE_RE = re.compile(
    rf"{_GAZETTE_WORD}\s*(?:\(?[^\d()]{{0,25}}?\)?\s*)?(?P<numero>n\s*[°o]\.?|no\.?|عدد|رقم)?\s*(?P<issue>\d{{3,5}})(?!\d)"
)
_GAZETTE_ISSUE_RE = re.compile(r"(?:عدد|n\s*[°o]\.?)\s*(\d{3,5})(?!\d)")


# --- Regular expressions on the folded query ---------------------------------------------------

_AR_PROCLITICS = r"(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?"  # والفصل، بالمادة، للمادة
_NUMERO = r"(?:n\s*[°o]\.?|no\.?|numero|رقم)"
# A law number: «loi n° 27-14», «القانون رقم 27.14», «décret 2-17-740», «ظهير شريف رقم 1.16.127»,
# or «n° 27-14» alone. The number is never an article, even when it is not in the catalogue.
_LAW_WORD = (
    rf"{_AR_PROCLITICS}(?:قانون|مرسوم|ظهير(?:\s+(?:ال)?شريف)?|اتفاقيه|بروتوكول)"
    r"|loi|law|code|decret|decree|dahir|convention|protocole|protocol"
    r"|l\.(?=\s*\d{1,3}(?:[-./]|[ \t])\d\d(?!\d))"  # «L.27-14»
    r"|ق\.?(?=\s*\d{1,3}(?:[-./]|[ \t])\d\d(?!\d))"  # «ق 27.14 م 4», «ق.02.03», «ق 27 14»: قانون as colleagues text it
    r"|(?:convention\s+(?:de\s*l'\s*)?)?(?:ilo|oit)"
)
_NUMERO_START_RE = re.compile(_NUMERO)
_DAHIR_START_RE = re.compile(rf"{_AR_PROCLITICS}ظهير|dahir")
_LAW_NUMBER_RE = re.compile(
    rf"(?<!\w)(?:(?P<word>{_LAW_WORD})\s*(?:{_NUMERO}\s*)?|{_NUMERO}\s*)"
    # «loi 27 14»: a space for the separator (a trial was told «loi 27» is not in the corpus), a two-digit year only.
    # «décret 2 17 740», «ظهير 1 16 127»: a decree's or dahir's three parts, spaced.
    r"(?P<number>\d+\s[-./]\s\d+(?!\w|[-./]\d)|\d[ \t]\d\d[ \t]\d{1,3}(?!\w|\s*[-./]\s*\d|[ \t]\d)"
    r"|\d{1,3}[ \t]\d\d(?!\w|\s*[-./]\s*\d|[ \t]\d{3}(?!\d))"
    # «القانون 27،14», «27 ، 14», «ظهير 1،16،127»: the Arabic comma, folded («القانون 27» was outside)
    r"|\d[ \t]?,[ \t]?\d\d[ \t]?,[ \t]?\d{1,3}(?!\w|\s*[-./,]\s*\d)"
    r"|\d{1,3}[ \t]?,[ \t]?\d\d(?!\w|\s*[-./,]\s*\d)"
    r"|\d+(?:[-./]\d+)*)"
    r"(?!\w|[-./]\d)(?:\s*(?:de\s*l'|of\s+the\s+)?(?:oit|ilo)(?!\w))?"
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
    "ق": ("law", "code"),  # last: a letter of «اتفاقيه» too («base in word»)
}
# The ILO's short form of three digits, «C189», «C097» (shorter or with a space, «C 29», only for the conventions
# the corpus has: «c10» is no name).
_ILO_SHORT_RE = re.compile(r"(?<!\w)c(?P<number>\d{3})(?!\w|[-./]\d)")
_ILO_PROTOCOL_RE = re.compile(r"(?<!\w)(?:p0\d\d|(?:protocole|protocol)\s+p\d{1,3})(?!\w|[-./]\d)")
# A number standing alone (its own word): bare law numbers, bare 448-2.
_BARE_NUMBER_RE = re.compile(r"(?<![\w./-])\d+(?:[-./]\d+)+(?!\w|[-./]\d)")
# «448 - 3» alone: a dash between spaces (read by `_spaced_bare_article`).
_SPACED_BARE_RE = re.compile(r"(?<![\w./-])(\d{3})[ \t]+[-–][ \t]+(\d{1,2})(?![\w./-]|\s*[-–/]\s*\d)")

_ARTICLE_WORD_RE = re.compile(
    rf"(?<!\w)(?:(?P<ar>{_AR_PROCLITICS}(?:فصل|فصول|فصلين|فصلان|ماده|مواد|مادتين|مادتان))(?![^\W\d_])"
    # «artcile», «aritcle»: the word as a hurried reader types it (a trial's «artcile 448 -2» found article 448).
    r"|(?P<fr>(?:[ld]')?(?:articles?|art(?:cile|cle|ilce|icel|ical|ice)s?|aritcles?|arts?)\.?)(?![^\W\d_])"
    r"|(?P<abbr>ف\.?|م\.?)(?=\s*\d))"  # «ف 448-4», «ف. 448-4», «م. 5», «م 52»: digits only
)
_ARTICLE_WORD_END_RE = re.compile(rf"(?:{_ARTICLE_WORD_RE.pattern})\s*$")
# «paragraphe 6», «الفقرة 12»: the numbered paragraphs of a declaration are its articles; right after an
# article («art. 3, paragraphe 2») or before one («الفقرة الثانية من المادة 5») a paragraph is part of it.
_PARAGRAPH_WORD_RE = re.compile(
    rf"(?<!\w)(?:{_AR_PROCLITICS}(?:فقره|فقرات|فقرتين|فقرتان)|paragraphes?|paragraphs?)(?![^\W\d_])"
)
_OF_ARTICLE_RE = re.compile(rf"\s*,?\s*(?:(?:من|of\s+the|of|de\s+l'|du|de)\s*)?(?:{_ARTICLE_WORD_RE.pattern})")
_BEFORE_NUMBER_RE = re.compile(rf"\s*\.?\s*(?:{_NUMERO}\s*)?(?:(?:من|de|du)\s+(?=\d))?")
# The query is folded first: «المكررة» reads «المكرره».
_SUFFIX = r"(?:\s*(?P<suffix>المكرر مرتين|مكرر مرتين|المكرره|مكرره|المكرر|مكرر|bis|ter|quater)(?!\w))?"
_SUFFIXES = {
    **dict.fromkeys(("المكرره", "مكرره", "المكرر", "مكرر"), "bis"),
    **dict.fromkeys(("المكرر مرتين", "مكرر مرتين"), "ter"),
}
_NUMBER_RE = re.compile(rf"(?P<number>{NUMBER_PATTERN})(?!\w|[-./]\d){_SUFFIX}")
# «الفصل 448/3», «art. 82/5/1»: a code's sub-numbers typed with slashes, read only after an article word (alone,
# «27/14» is a law's number and «3/12» a date).
_SLASHED_NUMBER_RE = re.compile(r"(?P<number>[0-9٠-٩۰-۹]{1,3}(?:\s?/\s?[0-9٠-٩۰-۹]{1,3}){1,2})(?!\w|[-./]\d)" + _SUFFIX)
_SUFFIX_RE = re.compile(_SUFFIX)  # after an ordinal: «المادة الخامسة مكرر», «article premier bis»
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
# «1 إلى 5», and with the article word again: «من الفصل 448-1 إلى الفصل 448-14», «de l'article 5 à l'art. 7».
_RANGE_SEPARATOR_RE = re.compile(
    r"\s*(?:a|au|الي|حتي|to)\s+(?:(?:ال)?(?:فصل|ماده)\s+|l'article\s+|(?:the\s+)?article\s+|art\.\s*)?"
)
_SPACES_RE = re.compile(r"[\s,]*")
_NUMBER_WINDOW = 4  # words between a type word and the number naming its text: «اتفاقية العمل الدولية رقم 189»
_SENTENCE_END_RE = re.compile(r"[.?!؟\n]")
# No name runs across these: «art. 9 du Code du travail, comparé à…».
_CLAUSE_BREAK_RE = re.compile(r"[,;:()?!؟.]")
# A paragraph after the article («art. 448-2 al. 2», «Article 3(a)», «المادة 3 (أ)»), and its item («448-3 3°»,
# «article 448-3 alinéa 1er 3°»: a judge's trial got other articles for the «3°» and the «er»): part of the citation.
# An item: «2°», «(a)», «(iv)», «(ب)»; not «(CP)», a code's abbreviation (a review).
_ITEM = r"\d{1,2}\s?°(?:\s?\))?|\(\s*(?:[a-z]|[ivx]{2,4}|\d{1,2}|[\u0621-\u064a])\s*\)|[a-z]\)"
_PARAGRAPH_RE = re.compile(
    rf"(?:\s*,?\s*(?:(?:al\.?|alinea|§)\s*(?:\d+(?:ere|er|re|ieme|eme|nde|nd|e)?|premiere?)(?!\w)|{_ITEM})"
    rf"(?:\s*(?:,|et|ou|a|و)\s*(?:{_ITEM}))*)+"  # «1° et 2°», «(a) et (b)»
)
# Between an article and the work it belongs to: «… du Code pénal», «… من القانون رقم 27.14».
# Darija says «ديال» for «من» and mixes in French: «المادة 7 ديال la Convention 182».
_FOLLOW_RE = re.compile(
    r"\s*[,(]?\s*(?P<connector>(?:من|في|ديال(?:\s+(?:la|le|les|l'))?|du|de\s+la|de\s+l'|des|de|d'|of\s+the|of|in)(?:(?<=')|(?!\w))\s*)?"
)
# Between a work and its article: «Protocole de Palerme, article 3», «loi 27-14 art. 5».
_GAP_RE = re.compile(r"[\s,:;(-]*")
# Between a dahir word and the work it names: «من ظهير (الشريف) مجموعة القانون الجنائي».
_SHARIF_RE = re.compile(r"\s*(?:(?:ال)?شريف\s*)?")
# «Code pénal, dahir, article 9»: a dahir word alone between a work and its article.
_DAHIR_BETWEEN_RE = re.compile(r"[\s,:;(-]*(?:dahir|ظهير|الظهير)[\s,:;(-]*")
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
# A code's article typed with dots, slashes, spaces or none («448.4», «448/4», «448 4», «448»): `_dotted_article`.
_CODE_NUMBER = rf"(?P<number>{_DIGIT}{{2,3}}(?:(?:[./]|[ \t]+){_DIGIT}{{1,2}}(?!{_DIGIT})){{0,2}})"
_NUMBER_AFTER_CODE_RE = re.compile(rf"[ \t]*[,:]?[ \t]*{_CODE_NUMBER}(?![\w./-])")
_LIST_AFTER_CODE_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:et|ou)[ \t]+)?|(?:et|ou)[ \t]+|و[ \t]*)")
# On the folded text: «à» is «a», «إلى» «الي», «حتى» «حتي».
_RANGE_AFTER_CODE_RE = re.compile(rf"[ \t]*(?:a|au|jusqu'?(?:a|au)|الي|حتي|-)[ \t]*{_DIGIT}")
_NUMBER_BEFORE_CODE_RE = re.compile(
    rf"(?:(?<![\w./-])|(?<=(?<![^\W\d_])و)){_CODE_NUMBER}"
    r"\s*(?:(?:من|في|du|de|of\s+the|of)\s*)?$"
)
