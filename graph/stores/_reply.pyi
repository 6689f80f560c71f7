# Types of the C module graph/stores/_reply.c (FalkorDB's compact replies read in C).
from typing import Any

from _typeshed import ReadableBuffer

class Refused(ValueError): ...

class Scanner:
    def feed(self, buffer: ReadableBuffer, length: int, /) -> int: ...

def decode(
    buffer: ReadableBuffer, length: int, error_class: type[Exception], /
) -> tuple[Any, ...]: ...
