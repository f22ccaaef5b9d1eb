"""Readiness: what a format needs that an invoice snapshot lacks (filled in below)."""

from __future__ import annotations

from .formats import Problem


def problems(snapshot: dict, fmt: str) -> list[Problem]:
    return []


def require(snapshot: dict, fmt: str) -> None:
    return None
