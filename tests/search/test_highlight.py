"""Highlighted sentences: offsets of the passage's sentences that match the question."""

from search.highlight import highlight_sentences


def test_highlights_point_at_the_matching_sentence() -> None:
    text = "Texte d'essai sans rapport. La victime de la traite est protégée. Fin."
    ((start, end),) = highlight_sentences(text, "protection de la victime de traite")
    assert text[start:end] == "La victime de la traite est protégée."
    assert highlight_sentences(text, "zzz") == []


def test_highlights_do_not_cut_numbers() -> None:
    text = "يعاقب بغرامة من 10.000 إلى 500.000 درهم كل من ارتكب جريمة الاتجار بالبشر."
    assert highlight_sentences(text, "غرامة الاتجار بالبشر") == [(0, len(text))]


def test_highlights_use_the_translations_of_the_query() -> None:
    text = "تتخذ تدابير الحماية. يستفيد ضحايا الاتجار بالبشر من المساعدة القضائية."
    assert highlight_sentences(text, "l'aide aux victimes") == []
    (span,) = highlight_sentences(text, "l'aide aux victimes", translations=["ضحا"])
    assert text[span[0] : span[1]].startswith("يستفيد ضحايا")


def test_the_abbreviations_of_legal_references_do_not_end_a_sentence() -> None:
    # A trial saw Palermo art. 3's highlight cut at «énoncés à l'al.».
    text = "Phrase d'essai sans rapport. Les moyens énoncés à l'al. a) et à l'art. 3 du texte d'essai. Fin."
    ((start, end),) = highlight_sentences(text, "moyens énoncés")
    assert text[start:end] == "Les moyens énoncés à l'al. a) et à l'art. 3 du texte d'essai."
