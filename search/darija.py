"""Moroccan Arabic (Darija) in questions: the standard Arabic words the law uses, added for retrieval.

Social workers and victims write as they speak: «واش كاين شي قانون كيحمي الخدامات ديال الديور؟».
The law says «عاملات المنازل». The words of the question are kept and the standard equivalents
added (so a word both dialects share loses nothing), for the lexical and the translated retrieval.

Two parts: a glossary of frequent Darija words with their standard counterparts, compiled from
general knowledge of Moroccan Arabic (everyday life, work, family, money, the police and the
courts, migration), and the present-tense prefix of Darija verbs (كي/كا/تي + verb: «كيخدم» →
«يخدم»). Function words with no content (ديال، واش، شنو…) are stop words of the analyser instead.

Usage::

    expand_darija("شي واحد خدا الفلوس ديال الخدامة")
    # 'شي واحد خدا الفلوس ديال الخدامة\\nأخذ المال الأموال العاملة'
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.text import normalize_arabic, tokenize
from ingest.text_ar import light_stems

# Darija word (as usually spelt, with or without the article) → standard Arabic. Words whose Darija
# sense would mislead when read as standard Arabic (الفساد "prostitution" but also "corruption")
# are left out: adding a wrong sense costs more than missing a right one.
GLOSSARY: dict[str, str] = {
    # people
    "راجل": "رجل",
    "الرجالة": "الرجال",
    "مرا": "امرأة",
    "العيالات": "النساء",
    "بنت": "فتاة",
    "البنات": "الفتيات",
    "دري": "طفل",
    "الدراري": "الأطفال",
    "ولد": "ابن طفل",
    "صغير": "قاصر طفل",
    "صغيرة": "قاصرة طفلة",
    "الصغار": "القاصرين الأطفال",
    "الواليدين": "الوالدين",
    "الباطرون": "المشغل",
    "الخدام": "العامل الأجير",
    "الخدامة": "العاملة الأجيرة",
    "الخدامات": "العاملات",
    "البوليس": "الشرطة",
    "الجدارمية": "الدرك",
    "المخزن": "السلطات",
    "سمسار": "وسيط",
    "السماسرية": "الوسطاء",
    "البراني": "الأجنبي",
    "البرانيين": "الأجانب",
    "الحراكة": "المهاجرين",
    "الشفار": "السارق",
    # places, things, money
    "الدار": "المنزل",
    "الديور": "المنازل",
    "الزنقة": "الشارع الطريق",
    "الفلوس": "المال الأموال",
    "فلوس": "مال أموال",
    "الخلصة": "الأجر",
    "الكرا": "الكراء",
    "الطوموبيل": "السيارة",
    "طوموبيل": "سيارة",
    "الفلوكة": "المركب القارب",
    "البابور": "السفينة",
    "الباسبور": "جواز السفر",
    "الكواغط": "الوثائق",
    "الورق": "الوثائق",
    "السمية": "الاسم",
    "الخدمة": "العمل الشغل",
    "خدمة": "عمل شغل",
    "الحبس": "السجن الحبس",
    "التيليفون": "الهاتف",
    "الماكلة": "الطعام التغذية",
    "الحريك": "الهجرة السرية غير المشروعة",
    # verbs (past and present; the present often with كي/كا/تي, see _PRESENT_PREFIX)
    "خدا": "أخذ",
    "ياخد": "يأخذ",
    "عطا": "أعطى",
    "جاب": "أحضر جلب",
    "يجيب": "يحضر يجلب",
    "شاف": "رأى",
    "يشوف": "يرى",
    "خدم": "عمل اشتغل",
    "يخدم": "يعمل يشتغل",
    "يخدمو": "يعملون يشتغلون",
    "خلص": "أدى دفع",
    "يخلص": "يؤدي يدفع",
    "ضرب": "عنف ضرب",
    "يضرب": "يعنف يضرب",
    "شد": "اعتقل",
    "شدو": "اعتقلوا",
    "حبسو": "سجنوه احتجزوه",
    "هرب": "فر",
    "يهرب": "يفر",
    "حرك": "هاجر سرا",
    "يحرك": "يهاجر سرا",
    "شرا": "اشترى",
    "يشري": "يشتري",
    "بغا": "أراد",
    "بغات": "أرادت",
    "يبغي": "يريد",
    "كيقول": "يقول ينص",
    "قال": "قال نص",
    "كيتسول": "يتسول",
    "يسعا": "يتسول",
    "السعاية": "التسول",
    "تهدد": "هدد",
    "غوت": "استغاث",
    "شكا": "اشتكى",
    "الشكاية": "الشكاية الشكوى",
    "بزز": "بالإكراه قسرا",
    "بالسيف": "بالإكراه قسرا",
    "بلا": "بدون",
    "بزاف": "كثير",
    "شحال": "كم مدة",
    "فين": "أين",
    "علاش": "لماذا",
    "كيفاش": "كيف",
    "امتى": "متى",
    "دابا": "الآن",
    "غادي": "سوف",
    "ماشي": "ليس",
    "كاين": "يوجد",
    "كاينة": "توجد",
    "بحال": "مثل",
}

# «كيخدم», «كايخدم», «تيخدم», «كنخدم»: the Darija present is ك/كا/ت/تا before the verb's own ي/ت/ن;
# without it the verb reads as standard Arabic. Nouns that look alike (كيفية، كتابة) end in ة and are
# left alone; a stray form that is no word simply matches nothing.
_PRESENT_PREFIX = re.compile(r"^(?:كا|تا|ك|ت)(?=[يتن])")
_MIN_VERB = 4  # the verb with its own prefix: يحمي، يخدم


def _key(word: str) -> str:
    return light_stems(normalize_arabic(word), "keep")[0]


@lru_cache(maxsize=1)
def _glossary() -> dict[str, str]:
    return {_key(word): standard for word, standard in GLOSSARY.items()}


def _standard(token: str) -> list[str]:
    """Standard Arabic for one Darija token (with its clitics), or nothing."""
    folded = normalize_arabic(token)
    if folded.startswith("ما") and folded.endswith("ش") and len(folded) >= 6:
        folded = folded[2:-1]  # ما…ش, the Darija negation: «ماخلصش» → «خلص»
    elif folded.endswith("ش") and _PRESENT_PREFIX.match(folded) and len(folded) >= 6:
        folded = folded[:-1]  # «وما كيخلصش»
    glossary = _glossary()
    found = [glossary[s] for s in light_stems(folded) if s in glossary]
    if not found and (m := _PRESENT_PREFIX.match(folded)) and len(folded) - m.end() >= _MIN_VERB:
        if not folded.endswith("ه"):
            verb = folded[m.end() :]
            # The glossary lists the verb with ي: «كنخدم» (I work) reads as «يخدم».
            found = [glossary.get(_key(verb)) or glossary.get(_key("ي" + verb[1:])) or verb]
    return found


def expand_darija(text: str) -> str:
    """`text`, followed by a line of the standard Arabic of its Darija words (unchanged when it has none)."""
    added = [standard for token in tokenize(text) for standard in _standard(token)]
    return "\n".join([text, " ".join(dict.fromkeys(added))]) if added else text
