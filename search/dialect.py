"""Moroccan Darija questions rewritten toward Modern Standard Arabic for the embedding model.

Lay users ask in Darija («واش القانون كيسمح بهادشي؟»); the laws are in Modern Standard Arabic, and the
multilingual embedding model places a Darija sentence far from the MSA sentence that says the same. Its
function words and verb forms have regular MSA counterparts, so the question is rewritten word for word
before it is embedded: «شنو» → «ما», «واش» → «هل», «ديال» dropped (MSA joins the nouns), the progressive
prefix of «كيخدم» dropped (→ «يخدم»), the negation «ما…ش» → «لا», «فالدار» → «في الدار».

Only questions with a Darija function word are touched: «كتابة» or «فالقانون» are MSA words that the
prefix rules would break. Content words are left as they are (a lexicon of Darija vocabulary is another
matter), and the lexical side does not need this: its analyser already drops Darija function words and
reads «كيخدم» as «يخدم» too (`ingest.text_ar`).

Measured (`daleel eval`, hybrid MRR@10): dev 0.883 → 0.882, held-out 1 0.559 → 0.615 (three Darija
questions up: ranks none/3/4 → 4/1/1), held-out 2 unchanged.

Usage::

    DarijaToMsa().run(text="واش غادي يدخل للحبس؟")["text"]  # 'هل سوف يدخل للحبس؟'
"""

from __future__ import annotations

import re
from typing import Any

from haystack import component

# Darija function words and their MSA counterparts ("" drops the word).
_WORDS: dict[str, str] = {
    **dict.fromkeys(["ديال", "ديالو", "ديالها", "ديالهم", "ديالي", "ديالك", "ديالنا", "ديالكم", "متاع"], ""),
    **dict.fromkeys(["شنو", "شنوا", "اشنو", "آش", "اش"], "ما"),
    "واش": "هل",
    "باش": "لكي",
    "فين": "أين",
    "منين": "من أين",
    "كيفاش": "كيف",
    "علاش": "لماذا",
    "شحال": "كم",
    "امتى": "متى",
    "إمتى": "متى",
    **dict.fromkeys(["غادي", "غادا", "غاديين", "غاتكون"], "سوف"),
    "ماشي": "ليس",
    **dict.fromkeys(["هاد", "هادا", "هادشي"], "هذا"),
    "هادي": "هذه",
    "هادو": "هؤلاء",
    "بزاف": "كثيرا",
    "دابا": "الآن",
    "بلا": "بدون",
    "حيت": "لأن",
    **dict.fromkeys(["اللي", "للي"], "الذي"),
}
_ARABIC = r"[\u0621-\u064a]"
_TOKEN_RE = re.compile(rf"{_ARABIC}+")
_PROGRESSIVE_RE = re.compile(rf"^(?:كا|ك)(?=[يتن]{_ARABIC}{{2,}}$)")  # كيخدم، كاتخدم، كنخدمو → يخدم …
_NEGATION_RE = re.compile(rf"^ما(?:كا|ك)?(?P<verb>{_ARABIC}{{2,}})ش$")  # ماكيخليهمش → لا يخليهم
_NEGATED_PROGRESSIVE_RE = re.compile(rf"^(?:كا|ك)(?P<verb>[يتن]{_ARABIC}{{2,}})ش$")  # «ما كيخليهمش» → «ما يخليهم»
_IN_THE_RE = re.compile(rf"^ف(?=ال{_ARABIC}{{2,}}$)")  # فالدار → في الدار
_SOMEONE = "واحد"  # «واحد السمسار»: «a broker» (dropped before a noun with ال); «واحد عطا»: «someone»


def is_darija(text: str) -> bool:
    """Whether the text uses one of Darija's own function words or negations («ماكيخليهمش», «كيخليهمش»)."""
    return any(
        token in _WORDS or _NEGATED_PROGRESSIVE_RE.match(token) or (_NEGATION_RE.match(token) and len(token) > 4)
        for token in _TOKEN_RE.findall(text)
    )


def _rewrite(word: str, following: str) -> str:
    if word in _WORDS:
        return _WORDS[word]
    if word == _SOMEONE:
        return "" if following.startswith("ال") else "شخص"
    if negated := _NEGATED_PROGRESSIVE_RE.match(word):
        return negated.group("verb")
    if (negated := _NEGATION_RE.match(word)) and len(word) > 4:
        return "لا " + _PROGRESSIVE_RE.sub("", negated.group("verb"))
    if _IN_THE_RE.match(word):
        return "في " + word[1:]
    return _PROGRESSIVE_RE.sub("", word)


def darija_to_msa(text: str) -> str:
    """The text with Darija function words and verb forms in their MSA form; other text unchanged."""
    if not is_darija(text):
        return text
    tokens = list(_TOKEN_RE.finditer(text))
    parts, last = [], 0
    for n, match in enumerate(tokens):
        following = tokens[n + 1].group() if n + 1 < len(tokens) else ""
        parts += [text[last : match.start()], _rewrite(match.group(), following)]
        last = match.end()
    parts.append(text[last:])
    return re.sub(r"[ \t]{2,}", " ", "".join(parts)).strip()


@component
class DarijaToMsa:
    """Rewrites a Darija question toward MSA (see the module docstring); other text passes unchanged.

    Usage example::

        DarijaToMsa().run(text="شنو العقوبة ديالو؟")["text"]  # 'ما العقوبة ؟'
    """

    @component.output_types(text=str)
    def run(self, text: str) -> dict[str, Any]:
        """
        :param text: the question as typed.
        :returns: a dictionary with `text`, rewritten when it is Darija.
        """
        return {"text": darija_to_msa(text)}
