"""The legal order a question names in words: «au Maroc», «في التشريع المغربي»; «selon le droit international»,
«وفق الاتفاقيات الدولية».

A reader who writes where the rule comes from means that order's texts first, without narrowing the search to it
(the jurisdiction filter does that): `search.pipeline` lifts its passages by `JURISDICTION_BOOST`. A question that
names both, or neither, lifts nothing. Only phrases that name a legal order: not «un réseau international» (a
network across borders, Penal Code 448-5) nor «un ressortissant marocain».

Usage::

    jurisdiction_named("Au Maroc, l'État doit-il héberger les victimes ?")  # "MA"
    jurisdiction_named("ما الضمانات وفق الاتفاقيات الدولية؟")  # "international"
"""

from __future__ import annotations

import re

_MOROCCAN = re.compile(
    r"\bau maroc\b|\bdroit marocain|\bloi marocaine|\blégislation marocaine|\bin morocco\b|\bmoroccan law"
    r"|في المغرب|بالمغرب|القانون المغربي|التشريع المغربي|المملكة المغربية",
    re.IGNORECASE,
)
_INTERNATIONAL = re.compile(
    r"\bdroit international|\bconventions? internationales?|\binstruments? internationaux|\bnormes internationales"
    r"|\btextes internationaux|\binternational law|\bnations unies|\bunited nations|\bonusien|\bONU\b"
    r"|القانون الدولي|الاتفاقيات الدولية|المواثيق الدولية|الصكوك الدولية|المعايير الدولية|النصوص الدولية"
    r"|الأمم المتحدة|الأممية",
    re.IGNORECASE,
)


def jurisdiction_named(text: str) -> str | None:
    """The catalogue's `jurisdiction` ("MA" or "international") of the legal order the question alone names."""
    moroccan, international = bool(_MOROCCAN.search(text)), bool(_INTERNATIONAL.search(text))
    if moroccan == international:
        return None
    return "MA" if moroccan else "international"
