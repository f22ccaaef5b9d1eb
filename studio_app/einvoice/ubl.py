"""UN/CEFACT UBL 2.1 (work in progress)."""

from __future__ import annotations


def build(snapshot: dict, fmt: str) -> bytes:
    raise NotImplementedError("UBL is being written on branch einvoice-xml")
