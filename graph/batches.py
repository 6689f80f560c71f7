"""Splitting rows into write batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")

DEFAULT_BATCH_SIZE = 1000
MAX_BATCH_SIZE = 100_000  # rows per UNWIND statement, at most (the CLI's --batch-size too)


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Yield lists of at most ``size`` items.

    >>> list(chunks(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    if size < 1:
        raise ValueError("batch size must be at least 1")
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch
