"""Passages that a Haystack pipeline hands from one component to the next without copying them.

`Pipeline.run` deep-copies every input of every component, so that a component that changes its input cannot change
what another receives. Ours never change a passage (they make a new one with `dataclasses.replace`), and a passage
carries a few dozen metadata fields: on the starter corpus, copying the four retrieval lists twice each took about
60 ms of a 140 ms search (`daleel bench` measures the whole).

Usage example::

    passage = shared(document)               # same fields, same equality
    copy.deepcopy(passage) is passage        # True
    replace(passage, score=0.5)              # still a SharedDocument
"""

from __future__ import annotations

import dataclasses
from typing import Any

from haystack import Document


class SharedDocument(Document):
    """A `Document` that is never copied: nothing in the search pipeline changes one in place."""

    __hash__ = None  # as a Document's: equal by value, so not hashable

    def __deepcopy__(self, memo: dict[int, Any]) -> SharedDocument:
        return self

    def __eq__(self, other: object) -> bool:
        # Equal to a plain Document of the same fields, as it was before it was shared.
        return isinstance(other, Document) and self.to_dict(flatten=False) == other.to_dict(flatten=False)


def shared(document: Document) -> SharedDocument:
    """``document`` as a `SharedDocument` (itself when it is one already)."""
    if isinstance(document, SharedDocument):
        return document
    return SharedDocument(**{f.name: getattr(document, f.name) for f in dataclasses.fields(document)})
