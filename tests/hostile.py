"""Characters a hostile name or file may carry, and the check that a refusal is one clean line."""

from __future__ import annotations

import subprocess

BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e",
        "\u200f", "\u061c"]
ZERO_WIDTH = ["\u200b", "\ufeff", "\u2060", "\u00ad", "\u180e"]
C0_C1 = ["\x00", "\x1b", "\x07", "\x7f", "\x85", "\x9b"]


def one_clean_line(result: subprocess.CompletedProcess, *contains: str) -> str:
    """The refusal is one line on stderr, no traceback, no hidden character, naming each of ``contains``."""
    err = result.stderr
    assert result.returncode == 1 and err.count("\n") == 1 and "Traceback" not in err, err
    assert not any(c in err for c in BIDI + ZERO_WIDTH + C0_C1), repr(err)
    for part in contains:
        assert part in err, err
    return err
