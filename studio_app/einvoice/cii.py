"""UN/CEFACT CII D16B (work in progress)."""

from __future__ import annotations


def build(snapshot: dict, fmt: str) -> bytes:
    raise NotImplementedError("CII is being written on branch einvoice-xml")
