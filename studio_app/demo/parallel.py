"""The large demo on two cores. ``multiprocessing`` is not in the bundle, so the second process is the program
itself (``StudioDesk demo-part``, a hidden command; ``python -c`` in a checkout): it draws the same numbers from
the same seed, makes only the issued documents (snapshots, chain links, seals, and the contracts' clauses they hold)
and streams their rows back over a pipe, while this process makes every other row; this one's writer thread inserts
both. Both processes draw the whole sequence of numbers: about 10 % more work in all, so the build is faster only
where the second core is free."""

from __future__ import annotations

import contextlib
import pickle
import subprocess
import sys
import tempfile
import threading
from typing import BinaryIO

from studio_app.store import bulk, bulk_postgres, db
from studio_app.store.migrations import m0018_search_fragments as m0018
from studio_app.store.models import Contract, IssuedDocument

from .batch import Batch, Writer, index_statements
from .copying import Copier

_PIPE_BYTES = 1 << 20
# Tables whose indexes are kept up as the rows go in rather than made after: the issued documents' two small ones
# (their rows come in key order, nearly). Made after, each read the 700 MB table again at the very end, once the other
# process is done and nothing else is left to run.
KEPT_UP = (IssuedDocument,)
COMMAND = "demo-part"  # main.py runs it before the command line is parsed: it is in no --help


def command() -> list[str]:
    if getattr(sys, "frozen", False):  # the bundle: sys.executable is StudioDesk itself
        return [sys.executable, COMMAND]
    return [sys.executable, "-c", "import sys; from studio_app.demo import part; sys.exit(part.main())"]


def build_writing(generator, models: tuple, held: frozenset, part: dict | None) -> tuple[Batch, list, set, dict]:
    """Build the rows while a writer thread inserts them, each table's indexes and search table built by that
    thread once the table is complete; with ``part`` (what the second process needs to draw the same numbers) the
    issued documents come from that process. What is left for :func:`bulk.restore_indexes`: the triggers, the
    search tables not made yet (the third value: those made), and the fragment counts (the fourth: made from the
    rows here, while the other process finishes)."""
    tables = dict(db.current().execute_sql("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'"))
    set_aside = bulk.set_aside_indexes(models)
    indexes = index_statements(set_aside, tables)
    searched = {table: name for table, name in bulk.search_tables().items()
                if table in {model._meta.table_name for model in models}}
    for table, name in searched.items():  # the rows its triggers did not see
        indexes[table].append(bulk.rebuild_sql(name))
    for sql in [sql for model in KEPT_UP for sql in indexes.pop(model._meta.table_name, ())]:
        db.current().execute_sql(sql)
    generator.utf8_snapshots = True
    with Writer(indexes, {"issued_document": ("snapshot",)}) as writer:
        batch, counted = _generate(generator, writer, models, held, part)
    return batch, [entry for entry in set_aside if entry[0] != "index"], set(searched.values()), counted


def build_copying(generator, models: tuple, held: frozenset, aside, part: dict | None) -> tuple[Batch, dict]:
    """PostgreSQL: build the rows while a :class:`.copying.Copier` thread sends them by COPY, each table's indexes
    built by it once the table is complete (the projects' after their agreements are linked); with ``part`` the
    issued documents come from the second process, as COPY's text."""
    with Copier(aside, later=("project",)) as writer:
        return _generate(generator, writer, models, held, part)


def _generate(generator, writer, models: tuple, held: frozenset, part: dict | None) -> tuple[Batch, dict]:
    """The rows built, ``writer`` taking them as they come (with ``part`` the issued documents from the second
    process); the batch, and the fragment counts of the searched tables (made from the rows here)."""
    generator.batch.writer, generator.batch.order, generator.batch.held = writer, models, held
    with Documents(part, writer) if part else contextlib.nullcontext() as documents:
        batch = generator.build()
        counted = {model._meta.table_name: m0018.counts(_keys(batch, model)) for model in models
                   if model._meta.table_name in m0018.TABLES}
        _let_go(generator)
    if documents is not None:
        _word(batch, documents.worded)
    batch.finish(*models)  # the held tables, numbered and worded now, and their indexes
    return batch, counted


def _let_go(generator) -> None:
    """The generator has made its rows: what it kept to make them, and the finished tables' rows (the writer has
    them), are freed while the other process finishes, not one by one at the very end (0.5 s)."""
    generator.batch.let_go()
    vars(generator).clear()


def _keys(batch: Batch, model: type) -> list[str]:
    at = batch.columns[model].index("search_key")
    return [row[at] for row in batch.rows[model]]


def _word(batch: Batch, worded: dict[int, str]) -> None:
    """The contracts' clauses, as the other process filled them in (their snapshots hold them too); the contracts'
    rows are held until now."""
    rows, at = batch.rows[Contract], batch.columns[Contract].index("clauses")
    for contract_id, clauses in worded.items():
        row = rows[contract_id - 1]
        rows[contract_id - 1] = (*row[:at], clauses, *row[at + 1:])


class Documents:
    """The second process, and a thread that hands the rows it sends to the writer. Leaving waits for its last
    row; a failure on either side stops the other, and what failed there is raised here."""

    def __init__(self, part: dict, writer: Writer) -> None:
        self.part, self.writer, self.error = part, writer, None
        self.worded: dict[int, str] = {}
        self.errors = tempfile.TemporaryFile()
        self.process = subprocess.Popen(command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.errors,
                                        bufsize=_PIPE_BYTES)
        if sys.platform == "linux":  # each read of the pipe waits for the GIL again: 1 MB at a time, not 64 KB
            import fcntl
            with contextlib.suppress(OSError):
                fcntl.fcntl(self.process.stdout.fileno(), fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
        self.thread = threading.Thread(target=self._read, name="demo-documents", daemon=True)

    def __enter__(self) -> Documents:
        try:
            pickle.dump(self.part, self.process.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            self.process.stdin.close()
        except OSError:  # it stopped at once: what it said is raised on leaving
            pass
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is not None:
            self.process.kill()
        self.thread.join()
        code = self.process.wait()
        self.process.stdout.close()
        if exc[0] is None and (self.error is not None or code != 0):
            self.errors.seek(0)
            said = self.errors.read()[-4000:].decode("utf-8", "replace")
            self.errors.close()
            raise RuntimeError(f"the demo's second process failed (exit code {code}, {self.error!r}):\n{said}") \
                from self.error
        self.errors.close()

    def _read(self) -> None:
        try:
            while (job := pickle.load(self.process.stdout)) is not None:
                if job[0] == "clauses":
                    self.worded = job[1]
                else:
                    self.writer.insert(*job)
        except BaseException as error:  # noqa: BLE001 - raised by __exit__ in the thread that runs the fill
            self.error = error
            self.process.stdout.close()  # it may be waiting to write to the pipe: that now fails, and it stops


class Pipe:
    """The second process's writer: the rows go to the first one, pickled, with the times as the text SQLite
    stores (what the sqlite3 adapter there would make of them, here on the second core)."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.stamps: dict = {}

    def insert(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        at = columns.index("issued_at")
        stamps = self.stamps
        for index, row in enumerate(rows):
            stamp = stamps.get(row[at])
            if stamp is None:
                stamp = stamps[row[at]] = row[at].isoformat(" ")
            rows[index] = (*row[:at], stamp, *row[at + 1:])
        pickle.dump((table, columns, rows), self.out, protocol=pickle.HIGHEST_PROTOCOL)

    def finished(self, table: str) -> None:
        """Its indexes are built by the first process once every row of the table has reached it."""

    def close(self, worded: dict[int, str]) -> None:
        """The contracts' clauses (their rows are the other process's), then the end."""
        pickle.dump(("clauses", worded), self.out, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(None, self.out)
        self.out.flush()


class CopyPipe(Pipe):
    """PostgreSQL: the rows go as the text COPY reads, made here on the second core."""

    def insert(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        pickle.dump((table, columns, bulk_postgres.copy_text(rows, len(columns))), self.out,
                    protocol=pickle.HIGHEST_PROTOCOL)
