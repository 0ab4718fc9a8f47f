"""A French question's dense search helped by its Arabic rendering, for the texts the corpus has in Arabic only.

"French" is Latin script: an English question, or Darija in Latin letters, is read as French too, as the analyser
reads it.

Much of the corpus (Law 27-14, the CPP's victims' articles, Law 02-03, the decrees) is in Arabic alone, and the
embedding model (multilingual e5-small) places a French question far from an Arabic article that answers it: for
«avocat gratuit pour une victime de traite» Law 27-14 art. 5 is not in the first fifty by sense. The glossary
(`search.glossary`) knows how the laws word the concepts a French question names; `Glossary.render` writes them
as the Arabic texts do («الضحية الأجنبي الإقامة المغرب المحاكمة»), and the question's embedding is moved toward
that rendering's: ``normalise(e(question) + weight · e(rendering))``. This is query translation, the classic remedy
of cross-language retrieval, by a dictionary rather than a translation model (none is installable here).

Measured (sum of MRR@10 × questions over dev, held-out 1, 2, 3, 8 and 10, definitions and the issue's examples),
first in a harness: 171.88 without; weight 0.5 172.66, 0.7 172.15, 1.0 172.26, 1.5 172.27 (the issue's «victime
étrangère séjour au Maroc jusqu'au procès» then leaves the top five); the rendering's embedding alone in place of the
question's on the Arabic side 172.05, or the mean of their cosines 171.95. As built at 0.5 (`daleel eval --variants
hybrid,hybrid-no-rendering`): 172.46, and on the two sets of questions no one read, held-out 9 MRR@10 0.720 → 0.751,
held-out 11 0.343 → 0.355. Mixed questions blended too: 172.13; Arabic questions toward a French rendering at 0.3:
170.09. After a review (the glossary's «ayants droit» no longer read as «droit»: 172.57), a weight scaled by the
share of the question the rendering covers measured 171.82 (square root) or 172.11 (linear, capped), and leaving out
a rendering of one one-word concept changed nothing: the fixed weight stays.

Usage::

    towards_arabic = CrossLingualQueryBlend(
        embedder=SentenceTransformersTextEmbedder(model=path, prefix="query: "), glossary=load_glossary()
    )
    towards_arabic.warm_up()
    towards_arabic.run(embedding=question_embedding, text="avocat gratuit pour une victime de traite")["embedding"]
"""

from __future__ import annotations

import math
from typing import Any

from haystack import component
from haystack_integrations.components.embedders.sentence_transformers import SentenceTransformersTextEmbedder

from ingest.text import detect_languages
from search.glossary import Glossary

WEIGHT = 0.5  # of the rendering's embedding against the question's (see the module docstring)


def blend(question: list[float], rendering: list[float], weight: float) -> list[float]:
    """``question + weight · rendering``, scaled back to unit length (the store compares by cosine)."""
    mixed = [q + weight * r for q, r in zip(question, rendering, strict=True)]
    norm = math.sqrt(sum(x * x for x in mixed)) or 1.0
    return [x / norm for x in mixed]


@component
class CrossLingualQueryBlend:
    """Moves a French question's embedding toward the embedding of its Arabic rendering by the glossary; any other
    question's embedding passes unchanged.

    Usage example::

        towards_arabic = CrossLingualQueryBlend(embedder=embedder, glossary=load_glossary())
        towards_arabic.run(embedding=vector, text="frais de justice de la victime")["embedding"]
    """

    def __init__(self, embedder: SentenceTransformersTextEmbedder, glossary: Glossary, weight: float = WEIGHT) -> None:
        """
        :param embedder: the question's own embedder (same model and prompt), reused for the rendering.
        :param glossary: where the rendering's words come from.
        :param weight: the rendering's share; 0 turns the blend off (`daleel eval --variants hybrid-no-rendering`).
        """
        self.embedder = embedder
        self.glossary = glossary
        self.weight = weight

    def warm_up(self) -> None:
        """Loads the model, if the pipeline has not already (the embedder is the question's own)."""
        self.embedder.warm_up()

    def blends(self, text: str, narrowed_to: str | None = None) -> bool:
        """Whether `run` moves the embedding of ``text`` (searched within ``narrowed_to``)."""
        return bool(self._rendering(text, narrowed_to))

    def _rendering(self, text: str, narrowed_to: str | None) -> str:
        wanted = self.weight and narrowed_to in (None, "ar") and detect_languages(text) == {"fr"}
        return self.glossary.render(text) if wanted else ""

    @component.output_types(embedding=list[float], rendering=str)
    def run(self, embedding: list[float], text: str, narrowed_to: str | None = None) -> dict[str, Any]:
        """
        :param embedding: the question's embedding.
        :param text: the question as typed.
        :param narrowed_to: the language the search is narrowed to, if any: narrowed to French (or English) texts,
            an Arabic rendering can only pull them toward words they do not have (a review saw «les droits de la
            victime» lose Palermo art. 6 from rank 2 to 6).
        :returns: a dictionary with `embedding`, blended when the question is in Latin script (French, in this
            corpus) and names a concept of the glossary, and `rendering`, the Arabic it was blended with ("" when
            none).
        """
        rendering = self._rendering(text, narrowed_to)
        if not rendering:
            return {"embedding": embedding, "rendering": ""}
        rendered = self.embedder.run(text=rendering)["embedding"]
        return {"embedding": blend(embedding, rendered, self.weight), "rendering": rendering}
