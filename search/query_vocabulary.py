"""The words the citation parser (`search.query`) knows: words that name a kind of text, connectors and markers,
usual names and abbreviations of the corpus's works and of texts outside it, verbs, months, and the few counts
that bound how far it reads.
"""

from __future__ import annotations

from search.query_folding import _fold_text, _keyset

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
        "الخاصة",
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
        # Short words keep their clitic once analysed: «الخاصة بقمع», «اتفاقية لزجر».
        "بقمع",
        "لقمع",
        "بزجر",
        "لزجر",
        "بمنع",
        "لمنع",
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
# Words that qualify any text of the corpus: «la loi marocaine», «الاتفاقية الأممية», «le décret d'application»,
# «القانون الجديد»; also skipped between a type word and its subject («الاتفاقية الأممية لمكافحة الجريمة المنظمة»,
# «la convention onusienne contre la criminalité transnationale organisée»).
_QUALIFIERS = _keyset(
    [
        "الدولية",
        "الدولي",
        "international",
        "internationale",
        "marocaine",
        "marocain",
        "moroccan",
        "المغربي",
        "المغربية",
        "onusienne",
        "onusien",
        "الأممية",
        "الأممي",
        "التطبيقي",
        "nouvelle",
        "nouveau",
        "new",
        "الجديد",
        "الجديدة",
        # «le Protocole additionnel visant à … la traite des personnes» (a judge's trial: read as no text at all).
        "additionnel",
        "additional",
        # Not «الإضافي»: «البروتوكول الإضافي» is a usual name of the Palermo Protocol itself (a citation hunt).
    ]
)
# Terms too common in titles to name a work on their own («القانون رقم», «Convention des Nations Unies»).
_GENERIC = (
    _ALL_TYPE_WORDS
    | _QUALIFIERS
    | _keyset(
        [
            "رقم",
            "numéro",
            "الأمم",
            "المتحدة",
            "nations",
            "unies",
            "additionnel",
            "الاختياري",
            "facultatif",
            "morocco",
            "maroc",
            "المغرب",
            "onu",
            "application",
            "oit",  # «la convention de l'OIT sur le travail forcé»: the ILO's conventions are the corpus's too
            "ilo",
        ]
    )
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
    # The Palermo Protocol's sibling on migrant smuggling, which the corpus lacks (Law 02-03 is Morocco's law on it).
    "protocole contre le trafic illicite de migrants",
    "protocole relatif au trafic illicite de migrants",
    "protocole sur le trafic illicite de migrants",
    "protocol against the smuggling of migrants",
    "smuggling of migrants protocol",
    "migrant smuggling protocol",
    "بروتوكول مكافحة تهريب المهاجرين",
    "بروتوكول تهريب المهاجرين",
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
# Words that say a sibling's subject alone, right after the protocol's name («… de Palerme armes à feu»).
_SIBLING_HEADS: dict[str, tuple[str, ...]] = {
    "un-palermo-protocol": tuple("armes firearms الأسلحة".split()),
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
# Those of them that name a text even before the article, with no «من» / «de» («الدستور، الفصل 22», «Constitution
# art. 22»): not «accord», «القرار», «الاتفاق», everyday words too («l'accord de la victime, article 5»).
_OUTSIDE_KINDS_BEFORE = frozenset(
    "الدستور دستور constitution الميثاق ميثاق charte charter المعاهده معاهده treaty".split()
)
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
    # The 1949 convention by the second half of its title: «الاتفاقية الخاصة بقمع استغلال بغاء الغير».
    "un-convention-1949": (
        "exploitation de la prostitution d'autrui",
        "exploitation of the prostitution of others",
        "استغلال بغاء الغير",
        "استغلال دعارة الغير",
    ),
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
    # «le protocole relatif à la traite des personnes», «protocole sur la traite» (a judge's trial).
    "un-palermo-protocol": (
        "traite des êtres humains",
        "traite des personnes",
        "traite",
        "trafficking in persons",
        "الاتجار بالبشر",
        "الاتجار بالأشخاص",
    ),
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
_ACT = "act"  # English for a law, not a type word of the catalogue's: only read last in an English name
_SUBJECT_WORDS = 9  # a type word and the words after it that may say which work of that kind is meant
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
