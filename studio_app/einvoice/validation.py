"""Validation (work in progress)."""

from __future__ import annotations

from .formats import Failure


def validate(xml: bytes, fmt: str | None = None) -> list[Failure]:
    return []
