"""Error messages in the language of the request (Arabic, French; English otherwise).

The language is the request's ``lang`` parameter when it is ar or fr, else the first of ar/fr in
``Accept-Language``. Every error body is ``{"error": code, "message": in that language, "detail":
the precise reason in English}``.

Usage::

    localized_message("empty_query", "ar", detail="the query is empty")   # 'لم تكتب شيئا للبحث عنه.'
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import Request

MESSAGES: dict[str, dict[str, str]] = {
    "empty_query": {"ar": "لم تكتب شيئا للبحث عنه.", "fr": "La recherche est vide."},
    "not_utf8": {
        "ar": "تعذرت قراءة نص البحث: لم يُرسل بترميز UTF-8. أعد إرساله بهذا الترميز.",
        "fr": "La recherche est illisible : elle n'a pas été envoyée encodée en UTF-8. Renvoyez-la encodée en UTF-8.",
    },
    "no_words": {
        "ar": "لا يتضمن البحث حروفا أو أرقاما يمكن البحث عنها: اكتب كلمة أو رقم فصل.",
        "fr": "La recherche ne contient ni lettre ni chiffre à chercher : écrivez un mot ou un numéro d'article.",
    },
    "query_too_long": {
        "ar": "نص البحث طويل جدا: 2000 حرف على الأكثر.",
        "fr": "La recherche est trop longue : 2 000 caractères au plus.",
    },
    "invalid_query": {"ar": "طلب بحث غير صالح: {detail}", "fr": "Recherche invalide : {detail}"},
    "invalid_request": {"ar": "طلب غير صالح: {detail}", "fr": "Requête invalide : {detail}"},
    "method_not_allowed": {
        "ar": "هذه الطريقة غير مقبولة على هذا العنوان (واجهة البرمجة موصوفة في /docs).",
        "fr": "Cette méthode n'est pas acceptée à cette adresse (l'API est décrite sur /docs).",
    },
    "unknown_work": {
        "ar": "لا يوجد في النصوص المدرجة نص معرفه {work} (القائمة: /api/documents).",
        "fr": "Aucun texte du corpus n'a pour identifiant {work} (la liste : /api/documents).",
    },
    "no_route": {
        "ar": "هذا العنوان غير موجود على هذا الخادم (واجهة البرمجة موصوفة في /docs).",
        "fr": "Cette adresse n'existe pas sur ce serveur (l'API est décrite sur /docs).",
    },
    "not_found": {"ar": "غير موجود في النصوص المدرجة: {detail}", "fr": "Introuvable dans le corpus : {detail}"},
    "internal_error": {
        "ar": "تعذر على الخادم إتمام هذا الطلب. أعد المحاولة بعد قليل؛ وإن تكرر الخطأ فأبلغ المسؤول عن الخادم.",
        "fr": "Le serveur n'a pas pu traiter cette demande. Réessayez dans un instant ; si l'erreur revient, "
        "prévenez la personne qui gère le serveur.",
    },
    "unauthorized": {
        "ar": "الكتابة تتطلب رمز الدخول (Authorization: Bearer).",
        "fr": "L'écriture demande le jeton d'accès (Authorization: Bearer).",
    },
    # A message only: its code stays `unauthorized`.
    "wrong_token": {
        "ar": "رمز الدخول المرسل ليس رمز الكتابة لهذا الخادم (Authorization: Bearer).",
        "fr": "Le jeton envoyé n'est pas le jeton d'écriture de ce serveur (Authorization: Bearer).",
    },
    "forbidden": {"ar": "الكتابة معطلة على هذا الخادم.", "fr": "L'écriture est désactivée sur ce serveur."},
    # Adding or removing a document: the work it conflicts with named in the reader's language ({work}: its title and
    # id); the precise reason, in English, stays in `detail` (a trial read «…sous un autre texte. this file is…»).
    "work_exists": {
        "ar": "هذا المعرف لوثيقة أضفتها من قبل: {work}. أعط هذه معرفا آخر (work_id، أو --id في سطر الأوامر)، أو عوّض "
        "بها تلك (replace=true، أو --replace).",
        "fr": "Cet identifiant est celui d'un document que vous avez déjà ajouté : {work}. Donnez à celui-ci un autre "
        "identifiant (work_id=…, ou --id en ligne de commande), ou remplacez l'autre (replace=true, ou --replace).",
    },
    # `work_exists` for an id of the starter corpus, which nothing replaces.
    "starter_id": {
        "ar": "هذا المعرف لنص من النصوص المدرجة أصلا: {work}. أعط وثيقتك معرفا آخر (work_id، أو --id في سطر الأوامر).",
        "fr": "Cet identifiant est celui d'un texte du corpus de départ : {work}. Donnez à votre document un autre "
        "identifiant (work_id=…, ou --id en ligne de commande).",
    },
    "duplicate_document": {
        "ar": "هذا الملف مدرج من قبل تحت نص آخر: {work}. لا يضاف مرة ثانية؛ لتغيير عنوانه أو نوعه أرسله بمعرف ذلك النص "
        "مع replace=true.",
        "fr": "Ce fichier figure déjà dans le corpus sous un autre texte : {work}. Il n'est pas ajouté une seconde "
        "fois ; pour changer son titre ou son type, envoyez-le sous l'identifiant de ce texte avec replace=true.",
    },
    "duplicate_starter": {
        "ar": "هذا الملف من النصوص المدرجة أصلا: {work}. لا يضاف مرة ثانية، وهو قابل للبحث كما هو.",
        "fr": "Ce fichier est déjà un texte du corpus de départ : {work}. Il n'est pas ajouté une seconde fois ; on "
        "peut déjà y chercher.",
    },
    "no_document": {
        "ar": "لا توجد وثيقة أضفتها بالمعرف {work} (قائمة النصوص: /api/documents).",
        "fr": "Aucun document que vous avez ajouté n'a l'identifiant {work} (la liste des textes : /api/documents).",
    },
    "starter_work": {
        "ar": "هذا نص من النصوص المدرجة أصلا: {work}. لا تُحذف إلا الوثائق التي أضفتها أنت.",
        "fr": "C'est un texte du corpus de départ : {work}. Seuls les documents que vous avez ajoutés peuvent être "
        "retirés.",
    },
    "official_name": {
        "ar": "هذا الرقم أو العنوان لنص رسمي مدرج: {work}. ستُستشهد وثيقتك على أنها ذلك النص. أعطها عنوانها الخاص.",
        "fr": "Ce numéro ou ce titre est celui d'un texte officiel du corpus : {work}. Votre document serait cité "
        "comme ce texte. Donnez-lui son propre titre.",
    },
    "not_in_corpus": {
        "ar": "نص العنصر {item} من الملف («{label}») ليس نص مادته في النصوص المدرجة: أضف المادة من جديد من نتائج "
        "البحث أو من صفحتها.",
        "fr": "Le texte de l'élément {item} du dossier (« {label} ») n'est pas celui de son article dans le corpus : "
        "ajoutez l'article de nouveau depuis une recherche ou sa page.",
    },
    # `not_in_corpus` for a part of the article (a search result's best passage), where a pack holds whole articles.
    "not_in_corpus_part": {
        "ar": "نص العنصر {item} من الملف («{label}») جزء من مادته فقط، والملف يحمل المواد كاملة: أرسل نصها كاملا "
        "(انظر detail).",
        "fr": "Le texte de l'élément {item} du dossier (« {label} ») n'est qu'une partie de son article ; un dossier "
        "contient des articles entiers : envoyez son texte complet (voir detail).",
    },
    "invalid_document": {"ar": "تعذرت قراءة الملف: {detail}", "fr": "Fichier illisible : {detail}"},
    "invalid_metadata": {"ar": "بيانات النص غير صالحة: {detail}", "fr": "Métadonnées invalides : {detail}"},
    "too_large": {"ar": "الملف كبير جدا: {detail}", "fr": "Fichier trop volumineux : {detail}"},
    "body_too_large": {
        "ar": "الطلب كبير جدا: ملف الدورة التدريبية يحمل مليون حرف على الأكثر.",
        "fr": "La requête est trop volumineuse : un dossier de formation contient au plus un million de caractères.",
    },
}


# A request parameter's error as the reader reads it (pydantic's type → a template with its `ctx`); any other type is
# said in pydantic's English. A trial read «Requête invalide : lang: Input should be 'ar', 'fr' or 'en'».
_VALIDATION: dict[str, dict[str, str]] = {
    "missing": {"ar": "{field}: معطى إلزامي غير موجود", "fr": "{field} : paramètre obligatoire manquant"},
    "literal_error": {"ar": "{field}: يجب أن يكون {expected}", "fr": "{field} : doit valoir {expected}"},
    "enum": {"ar": "{field}: يجب أن يكون {expected}", "fr": "{field} : doit valoir {expected}"},
    "int_parsing": {"ar": "{field}: يجب أن يكون عددا صحيحا", "fr": "{field} : doit être un nombre entier"},
    "bool_parsing": {"ar": "{field}: يجب أن يكون true أو false", "fr": "{field} : doit valoir true ou false"},
    "greater_than_equal": {"ar": "{field}: يجب ألا يقل عن {ge}", "fr": "{field} : doit être au moins {ge}"},
    "less_than_equal": {"ar": "{field}: يجب ألا يزيد على {le}", "fr": "{field} : doit être au plus {le}"},
    "string_too_long": {
        "ar": "{field}: {max_length} حرفا على الأكثر",
        "fr": "{field} : {max_length} caractères au plus",
    },
    "string_pattern_mismatch": {"ar": "{field}: صيغة غير مقبولة", "fr": "{field} : forme non acceptée"},
}


_OR = {"ar": " أو ", "fr": " ou "}


def validation_detail(errors: Sequence[Mapping[str, Any]], language: str) -> str:
    """FastAPI's validation errors as one line in ``language`` (ar, fr; else pydantic's English), naming each field.

    ``[{"type": "literal_error", "loc": ("query", "lang"), "msg": "…", "ctx": {"expected": "'ar', 'fr' or 'en'"}}]``
    → «lang : doit valoir 'ar', 'fr' ou 'en'» in French (a trial read pydantic's «or» in a French sentence)."""
    said = []
    for error in errors:
        field = ".".join(str(p) for p in error["loc"][1:]) or str(error["loc"][0])
        template = _VALIDATION.get(error["type"], {}).get(language)
        context = dict(error.get("ctx") or {})
        if isinstance(context.get("expected"), str):  # pydantic's «'ar', 'fr' or 'en'»
            context["expected"] = context["expected"].replace(" or ", _OR.get(language, " or "))
        try:
            said.append(template.format(field=field, **context) if template else "")
        except (KeyError, IndexError):
            said.append("")
        said[-1] = said[-1] or f"{field}: {error['msg']}"
    return "; ".join(said)


def _accepted(request: Request) -> str | None:
    """The first of Arabic and French the request's Accept-Language names, if any."""
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in ("ar", "fr"):
            return code
    return None


def request_language(request: Request) -> str:
    lang = request.query_params.get("lang")
    return lang if lang in ("ar", "fr") else _accepted(request) or "en"


def reader_language(request: Request) -> str:
    """The language a search's notices are said in: the reader's (Accept-Language) before the `lang` filter, which
    says what to search, not what the reader reads (an Arabic page may narrow a search to French texts)."""
    return _accepted(request) or request_language(request)


# Why a file cannot be read (`ingest.extract.ExtractionError`, the upload's own checks), as the reader reads it: the
# English reason after «FILE: » matched at its start. A trial read «Fichier illisible : x.txt: no recognisable article
# heading». A reason not listed stays in English, the file named.
_UNREADABLE: list[tuple[re.Pattern[str], dict[str, str]]] = [
    (
        re.compile(r"empty file|the request body \(the file\) is empty"),
        {"ar": "الملف فارغ.", "fr": "le fichier est vide."},
    ),
    (
        re.compile(r"the body is a multipart form"),
        {
            "ar": "جسم الطلب استمارة (curl -F) وليس الملف: أرسل الملف نفسه (curl --data-binary @FILE).",
            "fr": "le corps de la requête est un formulaire (curl -F), pas le fichier : envoyez le fichier lui-même "
            "(curl --data-binary @FICHIER).",
        },
    ),
    (
        re.compile(
            r"the file is (?P<kind>a PDF|a Word \(\.docx\) or zip archive), not text: send it under a "
            r"(?P<suffix>\.\w+) name"
        ),
        {
            "ar": "الملف ليس نصا عاديا وإنما ملف {suffix}: أرسله باسم ينتهي بـ{suffix}.",
            "fr": "le fichier n’est pas du texte mais un fichier {suffix} : envoyez-le sous un nom en {suffix}.",
        },
    ),
    (
        re.compile(r"no recognisable article heading"),
        {
            "ar": "لا يتضمن أي عنوان مادة يمكن التعرف عليه («المادة 1»، «الفصل 1»، «Article 1»).",
            "fr": "aucun intitulé d'article reconnaissable («Article 1», «المادة 1», «الفصل 1»).",
        },
    ),
    (
        re.compile(r"article (?P<article>.+?) is (?P<size>\d+) characters long, over (?P<most>\d+)"),
        {
            "ar": "المادة {article} طولها {size} حرف، أي أكثر من {most}: لم يُتعرف على كل عناوين مواد الملف.",
            "fr": "l'article {article} compte {size} caractères, plus de {most} : les intitulés d'articles du fichier "
            "n'ont pas tous été reconnus.",
        },
    ),
    # Metadata refused (`invalid_metadata`), said the same way.
    (
        re.compile(r"title .*: contains control characters"),
        {
            "ar": "العنوان يتضمن محارف تحكم: اكتبه نصا عاديا.",
            "fr": "le titre contient des caractères de contrôle : écrivez-le en texte simple.",
        },
    ),
    (
        re.compile(r"title .*: has no letter"),
        {
            "ar": "العنوان بلا حروف: أعط الوثيقة عنوانا.",
            "fr": "le titre n'a aucune lettre : donnez un titre au document.",
        },
    ),
    (
        re.compile(r"title .*: a word mixes alphabets"),
        {
            "ar": "كلمة في العنوان تخلط أبجديتين (حروفا لاتينية وسيريلية أو يونانية).",
            "fr": "un mot du titre mêle deux alphabets (lettres latines et cyrilliques ou grecques).",
        },
    ),
    (
        re.compile(r"cannot tell the language"),
        {
            "ar": "تعذر تحديد اللغة: حددها (ar أو fr أو en).",
            "fr": "langue impossible à déterminer : indiquez-la (ar, fr ou en).",
        },
    ),
    (
        re.compile(r"no text layer"),
        {
            "ar": "ملف PDF بلا طبقة نص (ممسوح ضوئيا): يلزم التعرف الضوئي على الحروف (OCR).",
            "fr": "PDF sans couche de texte (numérisé) : une reconnaissance de caractères (OCR) est nécessaire.",
        },
    ),
    (re.compile(r"not a PDF"), {"ar": "ليس ملف PDF.", "fr": "ce n'est pas un PDF."}),
    (
        re.compile(r"encrypted PDF"),
        {"ar": "ملف PDF مشفر: يلزم كلمة السر.", "fr": "PDF chiffré : il faut son mot de passe."},
    ),
    (re.compile(r"damaged or truncated PDF"), {"ar": "ملف PDF تالف أو مبتور.", "fr": "PDF endommagé ou tronqué."}),
    (re.compile(r"PDF has no pages"), {"ar": "ملف PDF بلا صفحات.", "fr": "le PDF n'a aucune page."}),
    (re.compile(r"damaged \.docx"), {"ar": "ملف docx تالف.", "fr": "fichier .docx endommagé."}),
    (
        re.compile(r"binary data, not text"),
        {"ar": "بيانات ثنائية وليست نصا.", "fr": "des données binaires, pas du texte."},
    ),
    (re.compile(r"no text$"), {"ar": "لا نص فيه.", "fr": "il ne contient aucun texte."}),
    (
        re.compile(r"unsupported file type"),
        {
            "ar": "نوع ملف غير مقبول (PDF، .txt، .md، .docx).",
            "fr": "type de fichier non pris en charge (PDF, .txt, .md, .docx).",
        },
    ),
]


def unreadable_reason(detail: str, language: str) -> str:
    """An unreadable file's detail («x.txt: no recognisable article heading») in ``language`` where its reason is
    known («x.txt : aucun intitulé d'article reconnaissable…»); the detail itself otherwise."""
    name, separator, reason = detail.partition(": ")
    for pattern, said in _UNREADABLE:
        if separator and language in said and (match := pattern.match(reason)):
            return f"{name}{' : ' if language == 'fr' else ': '}{said[language].format(**match.groupdict())}"
    return detail


def localized_message(code: str, language: str, detail: str, **fields: str) -> str:
    """The message of ``code`` in ``language`` (its template filled with ``detail`` and ``fields``); ``detail`` itself
    where there is no template, or a field it needs is missing."""
    template = MESSAGES.get(code, {}).get(language)
    try:
        return template.format(detail=detail, **fields) if template else detail
    except KeyError:
        return detail
