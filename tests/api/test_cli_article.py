"""`daleel article` as a reader sees it in a terminal, over the small real index."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from typer.testing import CliRunner

import api.cli
from search.library import Library


@pytest.fixture
def cli(indexed, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    _, _, searcher = indexed

    @contextmanager
    def library():  # the index the session's searcher holds open (embedded Qdrant admits one client)
        yield Library(searcher.passages, searcher.catalogue)

    monkeypatch.setattr(api.cli, "_library", library)
    return CliRunner()


def test_the_plain_output_has_the_reference_the_other_language_and_the_other_wordings(cli: CliRunner) -> None:
    result = cli.invoke(api.cli.app, ["article", "ma-penal-code", "448-2", "--lang", "fr"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Code pénal, article 448-2"
    assert "dahir n° 1-59-413" in lines[1]  # the official reference, from the catalogue
    # Said in the reader's language (a trial read «In the other language», «previous» around an Arabic article).
    assert "Dans l’autre langue : الفصل 448-2 من مجموعة القانون الجنائي" in result.output
    assert "Autres rédactions :" in result.output and "27.14" in result.output  # as Law 27-14 enacted it
    assert "précédent 448-1, suivant 448-3" in result.output
    arabic = cli.invoke(api.cli.app, ["article", "ma-penal-code", "448-2", "--lang", "ar"]).output
    assert "باللغة الأخرى: Code pénal, article 448-2" in arabic and "السابق 448-1، التالي 448-3" in arabic
    assert not {"other", "previous", "next", "wordings"} & set(arabic.lower().replace(",", " ").split())


def test_an_unknown_article_is_a_clear_error(cli: CliRunner) -> None:
    result = cli.invoke(api.cli.app, ["article", "ma-penal-code", "9999"])
    assert result.exit_code == 2 and "9999" in result.output


def test_a_language_the_article_lacks_is_said(cli: CliRunner) -> None:
    # The small index has Law 19-12 in French only; before, the French text came without a word.
    result = cli.invoke(api.cli.app, ["article", "ma-law-19-12", "6", "--lang", "ar"])
    # Said in the reader's language (a judge's trial read it in English among French and Arabic).
    assert result.exit_code == 0 and "ليس في المتن نص هذه المادة بالعربية؛ النص أدناه بالفرنسية" in result.output
    french = cli.invoke(api.cli.app, ["article", "ma-law-27-14", "5", "--lang", "fr"])
    assert "le corpus n’a pas cet article en français ; le texte ci-dessous est en arabe" in french.output
    # Cited in French first, as the page copies it, then as the Arabic text it shows is labelled.
    lines = french.output.splitlines()
    assert lines[1] == "Loi n° 27-14, article 5" and "6526" in lines[2], french.output
    assert lines[3] == "المادة الخامسة من القانون رقم 27.14"
    # With the corpus's note on its standing, as the page shows it (a review found the command silent).
    assert "⚠ La période transitoire du deuxième alinéa est close" in result.output


def test_a_translation_that_differs_is_said_above_the_text(cli: CliRunner) -> None:
    result = cli.invoke(api.cli.app, ["article", "ma-penal-code", "448-7", "--lang", "fr"])
    assert result.exit_code == 0, result.output
    note = result.output.index("⚠ Le texte arabe, qui fait foi, diffère ici")
    assert note < result.output.index("Est puni de l’emprisonnement d’un an à cinq ans")
    # The Arabic, which prevails, is told how its translation differs: as information, not as a warning on it.
    arabic = cli.invoke(api.cli.app, ["article", "ma-penal-code", "448-7", "--lang", "ar"])
    assert "ℹ النص العربي هو الذي يعتد به، والترجمة الفرنسية تخالفه هنا" in arabic.output
    # Its own warning is on its own slip only («من سنة على خمس سنوات», a trial).
    own = arabic.output[: arabic.output.index("باللغة الأخرى")]
    [warning] = [line for line in own.splitlines() if "⚠" in line]
    assert "«من سنة إلى خمس سنوات»" in warning


def test_an_amending_article_says_what_it_inserts(cli: CliRunner) -> None:
    result = cli.invoke(api.cli.app, ["article", "ma-law-27-14", "1"])
    assert result.exit_code == 0, result.output
    inserted = "، ".join(f"448-{n}" for n in range(1, 15))
    assert f"تضيف إلى مجموعة القانون الجنائي: {inserted}" in result.output


def test_an_earlier_wording_has_its_whole_warning(cli: CliRunner) -> None:
    # A judge's trial read only «— عُدّلت بالقانون 03.23» above the 82-5-1 Law 27-14 wrote: the page and the API say
    # it is no longer in force, and which of its words are misprints.
    result = cli.invoke(api.cli.app, ["article", "ma-cpp", "82-5-1", "--lang", "ar"])
    assert result.exit_code == 0, result.output
    version = result.output[result.output.index("صيغ أخرى") :]
    assert "⚠ تنبيه: النص أدناه صيغة سابقة للمادة عدّلها بعدها القانون رقم 03.23" in version
    assert "«المهتمين»" in version


def test_search_prints_what_matched_and_the_paragraph_cited(indexed, monkeypatch: pytest.MonkeyPatch) -> None:
    # A review: results come whole when short, and the command printed their first 600 characters only, before the
    # paragraph cited («art. 448-1 CP al. 4» starts at character 1,614 of the French 448-1).
    _, _, searcher = indexed

    @contextmanager
    def shared():
        yield searcher

    monkeypatch.setattr(api.cli, "_searcher", shared)
    output = CliRunner().invoke(api.cli.app, ["search", "art. 448-1 CP al. 4", "--lang", "fr", "--top-k", "1"]).output
    assert "→ Code pénal, article 448-1, alinéa 4" in output
    assert "…L’exploitation ne peut être invoquée que" in output
    assert api.cli.excerpt("Premier alinéa.\nSecond alinéa.", [(16, 30)]) == "…Second alinéa."
    assert api.cli.excerpt("Court.", []) == "Court."
