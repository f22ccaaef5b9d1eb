"""The hidden command ``demo-part``: the large demo's second process (:mod:`.parallel`). It reads what the first
one drew its numbers from (sizes, seed, day, seal key, studio, clause wording) on stdin and writes the rows of the
issued documents to stdout, pickled; nothing else may go there."""

from __future__ import annotations

import os
import pickle
import random
import sys

from .batch import MODELS, uncollected
from .generator import Generator
from .parallel import CopyPipe, Pipe


@uncollected()
def main() -> int:
    # a windowed program (StudioDesk.exe) has no sys.stdin or sys.stdout, but the pipes are its handles 0 and 1
    source = sys.stdin.buffer if sys.stdin else open(0, "rb", closefd=False)  # noqa: SIM115 - the process's own
    out = sys.stdout.buffer if sys.stdout else open(1, "wb", closefd=False)  # noqa: SIM115
    sys.stdout = sys.stderr  # a stray print would break the rows' stream
    part = pickle.load(source)
    seed, copying = part.pop("seed"), part.pop("copy", False)  # copy: PostgreSQL's, COPY's text sent
    generator = Generator(**part, rng=random.Random(seed), role="documents")
    pipe = CopyPipe(out) if copying else Pipe(out)
    generator.batch.writer, generator.batch.order = pipe, MODELS
    generator.utf8_snapshots = not copying
    generator.build()
    generator.batch.finish(*MODELS)
    pipe.close(generator.worded)
    if sys.stderr:  # a windowed program has none
        sys.stderr.flush()
    os._exit(0)  # the rows are sent: freeing a million objects one by one would only keep the first process waiting
