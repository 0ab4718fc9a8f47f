"""Passages handed between pipeline components without copies (search.shared_document)."""

import copy
from dataclasses import replace
from typing import Any

from haystack import Document, Pipeline, component

from search.shared_document import SharedDocument, shared


@component
class _Emit:
    @component.output_types(documents=list[Document])
    def run(self, documents: list[Document]) -> dict[str, Any]:
        return {"documents": documents}


@component
class _Keep:
    def __init__(self) -> None:
        self.received: list[Document] = []

    @component.output_types(documents=list[Document])
    def run(self, documents: list[Document]) -> dict[str, Any]:
        self.received = documents
        return {"documents": documents}


def _pipeline() -> tuple[Pipeline, _Keep]:
    keep = _Keep()
    pipeline = Pipeline()
    pipeline.add_component("emit", _Emit())
    pipeline.add_component("keep", keep)
    pipeline.connect("emit.documents", "keep.documents")
    return pipeline, keep


def test_a_pipeline_hands_a_shared_passage_on_uncopied_and_copies_a_plain_one() -> None:
    document = Document(content="synthetic passage", meta={"key": "w:1", "history": ["a", "b"]})
    for given, same in ((shared(document), True), (document, False)):
        pipeline, keep = _pipeline()
        pipeline.run({"emit": {"documents": [given]}})
        assert (keep.received[0] is given) is same
        assert keep.received[0] == document


def test_a_shared_passage_keeps_its_fields_equality_and_kind() -> None:
    document = Document(content="synthetic passage", meta={"key": "w:1"}, score=0.4, embedding=[0.1, 0.2])
    passage = shared(document)
    assert isinstance(passage, SharedDocument)
    assert passage == document and document == passage and passage.id == document.id
    assert passage.to_dict() == document.to_dict()
    assert copy.deepcopy(passage) is passage
    assert shared(passage) is passage
    assert isinstance(replace(passage, score=0.9), SharedDocument)
    assert passage != shared(replace(document, content="another synthetic passage"))
