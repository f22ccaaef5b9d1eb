"""Dashboard figures and documents, measured in this process (documents also in a pool of workers)."""

from __future__ import annotations

import contextlib
import io
import json
import multiprocessing
import os
import resource
import subprocess
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .common import CACHE, HERE, Figure, Settings, log, repeat

TWO_PAGE_LINES = 40  # the invoice of ENVIRONMENT.md's measurements: 40 lines, 2 A4 pages


_opened: list[str] = []  # the target this process has open (a file or a postgresql:// URL)


def open_database(target: Path | str) -> None:
    from studio_app.store import db, startup
    # closed: another figure (issuing) opened and closed a scratch database of its own since
    if db.database.obj is None or db.database.obj.is_closed() or _opened[-1:] != [str(target)]:
        startup.open_database(target)
        _opened[:] = [str(target)]


# -- dashboard ----------------------------------------------------------------------------------------------

def dashboard(db_path: Path | str, settings: Settings) -> list[Figure]:
    open_database(db_path)
    from studio_app.today import cockpit, money, summary, workload
    from studio_app.work import clock
    today = clock.today()
    figures = []
    for function in (money.outstanding, money.overdue_invoices, money.revenue_by_month, workload.workload):
        samples = repeat(lambda: function(today), max(settings.reps, 5) * 2)
        figures.append(Figure(f"dashboard: {function.__name__.replace('_', ' ')}", "ms", samples, 20.0))
    # Each of the Today view's own queries (goal: ≤ 20 ms each), as today.cockpit calls them.
    for name, query in cockpit_queries(today):
        figures.append(Figure(f"dashboard query: {name}", "ms", repeat(query, max(settings.reps, 5) * 2), 20.0))
    figures += work_in_hand_floors(settings)
    # The Today view runs today.cockpit (cards, five lines per panel, the charts): cold as after any write (the kept
    # figures dropped), kept with nothing written since, alternated so the machine's drift hits both alike. The
    # `today` command's summary runs in a process of its own, so it is timed apart: alternated with the Today view,
    # its full lists (ten times longer at 10×) pushed the view's pages out of the caches (10×: 1.2 → 1.9 ms).
    timed: dict[str, list[float]] = {"cold": [], "summary": [], "kept": []}
    cockpit.cockpit(today)  # warm
    for _ in range(max(settings.reps, 5) * 2):
        timed["cold"] += repeat(lambda: cockpit.cockpit(today), 1, warmup=0, before=cockpit.forget)
        timed["kept"] += repeat(lambda: cockpit.cockpit(today), 1, warmup=0)
    timed["summary"] = repeat(lambda: summary.summary(today), max(settings.reps, 5) * 2)
    sent = statements_sent(lambda: cockpit.cockpit(today), before=cockpit.forget)
    figures.append(Figure("dashboard: everything the Today view shows (today.cockpit)", "ms", timed["cold"], 20.0,
                          note="as after a write here or at another desk: every figure read from the database, "
                               f"in {sent} statements"))
    figures.append(Figure("dashboard: the Today view again, nothing written since", "ms", timed["kept"], None,
                          note="the change counter read, the waiting clients read, the rest kept"))
    figures.append(Figure("dashboard: every list in full (today.summary, the `today` command)", "ms",
                          timed["summary"], None, note="no goal of its own"))
    return figures


@contextlib.contextmanager
def counted() -> Iterator[list[str]]:
    """Inside: the statements sent to the database, collected in the list given (a PREPARE, once per
    connection, not counted)."""
    from studio_app.store import db
    database, sent = db.current(), []
    run = database.execute_sql

    def counting(sql, *args, **kwargs):
        if not sql.startswith("PREPARE "):
            sent.append(sql)
        return run(sql, *args, **kwargs)

    database.execute_sql = counting
    try:
        yield sent
    finally:
        del database.execute_sql


def statements_sent(action: Callable[[], object], before: Callable[[], object]) -> int:
    """How many statements ``action`` sends to the database (after ``before``; a PREPARE not counted)."""
    before()
    with counted() as sent:
        action()
    return len(sent)


# What the work-in-hand panels would cost without migration 22's kept rows: counting the projects in hand in
# their index alone, and one index seek per active project into a table that grows with history (its logged
# time, as the workload read it before). At 10× data both grow with the ten times the work in hand.
_IN_HAND = ('SELECT COUNT(*) FROM "project" p WHERE p."status" IN (\'active\', \'quoted\') AND p."archived" = ? '
            'AND p."delivered_on" IS NULL')
_SEEKS = ('SELECT SUM((SELECT SUM(t."minutes") FROM "time_entry" t WHERE t."project_id" = p."id")) FROM "project" p '
          'WHERE p."status" = \'active\' AND p."archived" = ? AND p."status" IN (\'active\', \'quoted\')')


def work_in_hand_floors(settings: Settings) -> list[Figure]:
    from studio_app.today.sql import _rows
    count = _rows(_IN_HAND, [False])[0][0]
    return [Figure("dashboard floor: count the projects in hand, index only", "ms",
                   repeat(lambda: _rows(_IN_HAND, [False]), max(settings.reps, 5) * 2), None,
                   note=f"{count} projects: an exact count of the work in hand, none kept"),
            Figure("dashboard floor: one index seek per active project (its logged time)", "ms",
                   repeat(lambda: _rows(_SEEKS, [False]), max(settings.reps, 5) * 2), None,
                   note="what each per-project lookup of the deadlines, updates and workload panels cost before "
                        "migration 22's kept rows")]


def cockpit_queries(today) -> list[tuple[str, Callable[[], object]]]:
    """The panels' queries of ``today.cockpit``, by the name of the function that runs each."""
    from studio_app.today import cockpit, deadlines, follow_ups, money, updates, waiting
    from studio_app.work import clock
    rows, now = cockpit.ROWS, clock.now()
    return [("money.open_and_overdue", lambda: money.open_and_overdue(today)),
            ("money.deposits_page", lambda: money.deposits_page(today, rows)),
            ("money.overdue_rows", lambda: money.overdue_rows(today, rows)),
            ("money.received_this_month", lambda: money.received_this_month(today)),
            ("money.refunds_owed", money.refunds_owed),
            ("deadlines.deadlines_page", lambda: deadlines.deadlines_page(today, rows)),
            ("updates.updates_page", lambda: updates.updates_page(today, rows)),
            ("follow_ups.follow_ups_due_page", lambda: follow_ups.follow_ups_due_page(today, rows)),
            ("follow_ups.proposed_follow_ups", lambda: follow_ups.proposed_follow_ups(today, rows)),
            ("follow_ups.important_dates_page", lambda: follow_ups.important_dates_page(today, rows)),
            ("waiting.waiting_page", lambda: waiting.waiting_page(now, rows))]


SEARCHED = ("kaya", "ka")  # a surname of the demo; under three letters the trigram index cannot help


def search(target: Path | str, settings: Settings) -> list[Figure]:
    """The global search (Ctrl+K) as the box runs it on each keystroke: up to 8 hits per kind."""
    open_database(target)
    from studio_app.store import search as searching
    figures = []
    for text in SEARCHED:
        hits = searching.find(text)
        samples = repeat(lambda: searching.find(text), max(settings.reps, 5) * 2)
        figures.append(Figure(f"global search “{text}”", "ms", samples, 30.0, note=f"{len(hits)} hits shown"))
    return figures


def naive_outstanding() -> dict[str, int]:
    """Outstanding per currency the naive way: every invoice as a model object, summed in Python."""
    from studio_app.store.models import Invoice
    totals: dict[str, int] = defaultdict(int)
    for invoice in Invoice.select():
        due = invoice.total_gross - invoice.deducted - invoice.paid - invoice.credited
        if invoice.status == "issued" and due > 0:
            totals[invoice.currency] += due
    return dict(totals)


def dashboard_vs_naive(db_path: Path | str, settings: Settings) -> Figure | None:
    open_database(db_path)
    from studio_app.today.money import outstanding
    sql = {a.currency: a.amount for a in outstanding()}
    if naive_outstanding() != sql:
        raise AssertionError("the naive loop and the SQL figure disagree about what is outstanding")
    fast = repeat(outstanding, max(settings.reps, 5) * 2)
    slow = repeat(naive_outstanding, 1 if settings.quick else 3)
    fast.sort()
    slow.sort()
    median = slow[len(slow) // 2] / fast[len(fast) // 2]
    return Figure("outstanding: naive Python loop ÷ SQL aggregate", "×", [median], None, higher_is_better=True,
                  spread=(slow[0] / fast[-1], slow[-1] / fast[0]),
                  note=f"loop over model objects {slow[len(slow) // 2]:.0f} ms, SQL {fast[len(fast) // 2]:.1f} ms")


# -- documents ----------------------------------------------------------------------------------------------

def _snapshot(kind: str) -> dict:
    from studio_app.store.models import IssuedDocument
    record = (IssuedDocument.select(IssuedDocument.snapshot).where(IssuedDocument.kind == kind)
              .order_by(IssuedDocument.id.desc()).first())
    if record is None:
        raise RuntimeError(f"the demo database has no issued {kind}")
    return json.loads(record.snapshot)


def invoice_with_lines(count: int) -> dict:
    """The newest issued invoice with its lines repeated (numbered) to ``count`` lines."""
    snapshot = _snapshot("invoice")
    base = snapshot["document"]["lines"]
    snapshot["document"]["lines"] = [dict(base[n % len(base)], description=f"{base[n % len(base)]['description']} "
                                          f"— item {n + 1}") for n in range(count)]
    return snapshot


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader
    return len(PdfReader(io.BytesIO(pdf)).pages)


def render(snapshot: dict) -> bytes:
    from studio_app.documents import render as render_pdf
    return render_pdf(snapshot)


def documents(db_path: Path, settings: Settings) -> tuple[list[Figure], dict]:
    """One 2-page invoice, one contract, one very long invoice; warm process (fonts registered)."""
    open_database(db_path)
    figures = []
    two_page = invoice_with_lines(TWO_PAGE_LINES)
    pages = page_count(render(two_page))
    samples = repeat(lambda: render(two_page), max(settings.reps, 5) * 3, warmup=2)
    figures.append(Figure("invoice PDF, 2 pages (warm)", "ms", samples, 12.0,
                          note=f"{TWO_PAGE_LINES} lines, {pages} pages, Inter embedded"))
    floor = repeat(lambda: canvas_floor(two_page), max(settings.reps, 5) * 3, warmup=2)
    figures.append(Figure("… its floor: the same lines through reportlab's canvas alone", "ms", floor, None,
                          note="both Inter weights embedded, compressed; no layout, Paragraph, QR code or PDF/A"))
    direct = repeat(lambda: canvas_floor(two_page, direct=True), max(settings.reps, 5) * 3, warmup=2)
    figures.append(Figure("… and with the text written into the content stream directly", "ms", direct, None,
                          note="the same page through reportlab's canvas, each line as documents/plaintext.py "
                               "writes a plain cell: the lowest known here"))
    contract = _snapshot("contract")
    contract_pages = page_count(render(contract))
    figures.append(Figure("contract PDF (warm)", "ms", repeat(lambda: render(contract), max(settings.reps, 5) * 2),
                          None, note=f"{contract_pages} pages; no goal of its own"))
    figures += scripts_and_facturx(two_page, settings)
    long_invoice = invoice_with_lines(settings.long_lines)
    result = {}

    def long() -> None:
        result["pdf"] = render(long_invoice)

    samples = repeat(long, 1 if settings.quick else 3, warmup=0, scale=1.0)
    goal = 0.6 if settings.long_lines >= 5000 else None
    figures.append(Figure(f"invoice PDF, {settings.long_lines:,} lines", "s", samples, goal,
                          note=f"{page_count(result['pdf'])} pages"))
    floor = repeat(lambda: canvas_floor(long_invoice), 1 if settings.quick else 3, warmup=0, scale=1.0)
    figures.append(Figure(f"… the {settings.long_lines:,} lines through reportlab's canvas alone", "s", floor, None,
                          note="as the 2-page invoice's floor row; ours writes plain cells into the page directly"))
    direct = repeat(lambda: canvas_floor(long_invoice, direct=True), 1 if settings.quick else 3, warmup=0, scale=1.0)
    figures.append(Figure(f"… the {settings.long_lines:,} lines written into the content stream directly", "s", direct,
                          None, note="the lowest floor known here: the canvas's bytes, none of platypus's layout"))
    return figures, two_page


def canvas_floor(snapshot: dict, *, direct: bool = False) -> bytes:
    """The invoice's title, parties, line cells, rules and footers drawn where the invoice has them with
    reportlab's canvas and nothing else: what any reportlab PDF of these pages costs (issue 20's floor); 22 lines
    on the first page and 37 on each further one, as the invoice lays them out. ``direct``: each line written
    into the content stream as our plain cells are (``documents.plaintext.draw_line``), not by a text object."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    from studio_app.documents import fonts, plaintext
    fonts.register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    put, put_right = canvas.drawString, canvas.drawRightString
    if direct:
        def put(x: float, y: float, text: str) -> None:
            plaintext.draw_line(canvas, x, y, text)

        def put_right(x: float, y: float, text: str) -> None:
            plaintext.draw_line(canvas, x, y, text, right=True)
    lines, parties = snapshot["document"]["lines"], snapshot["parties"]
    pages = [lines[:22]] + [lines[at:at + 37] for at in range(22, len(lines), 37)]
    for page, rows in enumerate(pages, start=1):
        canvas.setFont(fonts.BOLD, 22)
        put_right(544, 800, f"Invoice {snapshot['document'].get('number') or ''}")
        canvas.setFont(fonts.FAMILY, 9.5)
        for n, text in enumerate([str(parties[side].get(key) or "").replace("\n", ", ")
                                  for side in ("seller", "buyer") for key in ("name", "address", "email", "vat_id")]):
            put(51, 780 - 13 * n, text)
        canvas.setFont(fonts.BOLD, 8)
        for x, title in ((330, "Quantity"), (410, "Unit price"), (450, "VAT"), (544, "Amount")):
            put_right(x, 640, title)
        canvas.setFont(fonts.FAMILY, 9.5)
        for n, row in enumerate(rows):
            y = 620 - 19 * n
            put(54, y, str(n + 1))
            put(80, y, str(row.get("description") or "")[:60])
            for x, value in ((330, row.get("quantity")), (410, row.get("unit_price")), (450, row.get("tax_rate")),
                             (544, row.get("unit_price"))):
                put_right(x, y, str(value or ""))
            canvas.setLineWidth(0.25)
            canvas.line(51, y - 6, 544, y - 6)
        canvas.setFont(fonts.FAMILY, 8)
        put_right(544, 40, f"{page} / {len(pages)}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# -- other scripts, Factur-X ---------------------------------------------------------------------------------

SCRIPT_NAMES = ("王小明", "தமிழ்செல்வி ராஜா", "محمد علي")  # Chinese, Tamil, Arabic
LATIN_NAMES = ("Wang Xiaoming", "Tamilselvi Raja", "Muhammad Ali")


def with_names(snapshot: dict, names: tuple[str, str, str], *, lines: bool = False) -> dict:
    """The invoice with the client's name, company and address (and with ``lines`` every line description) in
    ``names``' script."""
    import copy
    changed = copy.deepcopy(snapshot)
    changed["parties"]["buyer"].update(name=names[0], company=names[1], address=f"{names[2]}\n{names[0]}")
    if lines:
        for n, line in enumerate(changed["document"]["lines"]):
            line["description"] = f"{names[n % 3]} {n + 1}"
    return changed


def alternating(first: dict, second: dict, reps: int) -> tuple[list[float], list[float]]:
    one, two = [], []
    for _ in range(reps):
        one += repeat(lambda: render(first), 1, warmup=0)
        two += repeat(lambda: render(second), 1, warmup=0)
    return sorted(one), sorted(two)


def _ratio_figure(name: str, goal: float | None, latin_ms: list[float], other_ms: list[float], note: str) -> Figure:
    def mid(values: list[float]) -> float:
        return values[len(values) // 2]
    return Figure(name, "×", [mid(other_ms) / mid(latin_ms)], goal,
                  spread=(other_ms[0] / latin_ms[-1], other_ms[-1] / latin_ms[0]),
                  note=f"{mid(other_ms):.1f} ms against {mid(latin_ms):.1f} ms{note}")


def cii_sample(lines: int = 40) -> bytes:
    """A fixed CII XML of about the size of a 40-line invoice's (Factur-X attaches it; its content is not read)."""
    items = "".join(f"<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>{n}"
                    f"</ram:LineID></ram:AssociatedDocumentLineDocument><ram:SpecifiedTradeProduct><ram:Name>Item {n}"
                    "</ram:Name></ram:SpecifiedTradeProduct><ram:SpecifiedLineTradeSettlement>"
                    "<ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>100.00"
                    "</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>"
                    "</ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>\n"
                    for n in range(1, lines + 1))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rsm:CrossIndustryInvoice '
            'xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
            'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">\n'
            f'<rsm:SupplyChainTradeTransaction>\n{items}</rsm:SupplyChainTradeTransaction>\n'
            '</rsm:CrossIndustryInvoice>\n').encode()


def scripts_and_facturx(two_page: dict, settings: Settings) -> list[Figure]:
    """Chinese, Tamil and Arabic names against the same invoice in Latin script (alternating runs, so the
    machine's drift hits both); the Factur-X envelope of the 2-page invoice."""
    from studio_app.documents import facturx
    latin, other = with_names(two_page, LATIN_NAMES), with_names(two_page, SCRIPT_NAMES)
    started = time.perf_counter()
    render(with_names(two_page, SCRIPT_NAMES, lines=True))  # registers the fallback fonts once per process
    first = (time.perf_counter() - started) * 1000
    reps = max(settings.reps, 5) * 3
    names = _ratio_figure("invoice PDF: Chinese, Tamil, Arabic client names ÷ Latin", 1.3,
                          *alternating(latin, other, reps),
                          f"; the first document with these scripts in a process {first:.0f} ms (registers the fonts)")
    every_line = _ratio_figure("… and every line description in them ÷ Latin", None,
                               *alternating(with_names(two_page, LATIN_NAMES, lines=True),
                                            with_names(two_page, SCRIPT_NAMES, lines=True), max(reps // 2, 2)),
                               "; no goal of its own: such cells are Paragraphs, Latin ones plain strings")
    pdf, xml = render(two_page), cii_sample()
    attach = repeat(lambda: facturx.attach(pdf, xml, lang="en", title="Invoice"), max(settings.reps, 5) * 2)
    return [names, every_line,
            Figure("Factur-X: attach the XML to the 2-page invoice (warm)", "ms", attach, 40.0,
                   note=f"PDF/A-3b + {len(xml) // 1024} KB CII XML as an incremental update; rendering comes on top")]


# -- a batch on every core ----------------------------------------------------------------------------------

def _worker_start() -> None:
    from studio_app.documents import fonts
    fonts.register()


def _render_json(text: str) -> int:
    from studio_app.documents import render as render_pdf
    return len(render_pdf(json.loads(text)))


def batch(db_path: Path, settings: Settings) -> list[Figure]:
    """``settings.batch`` issued invoices rendered from their snapshots by one worker per core."""
    open_database(db_path)
    from studio_app.store.models import IssuedDocument
    texts = [snapshot for (snapshot,) in IssuedDocument.select(IssuedDocument.snapshot)
             .where(IssuedDocument.kind == "invoice").order_by(IssuedDocument.id).limit(settings.batch).tuples()]
    cores = os.cpu_count() or 1
    context = multiprocessing.get_context("spawn")  # never fork a process that has Qt and SQLite open
    own_before = resource.getrusage(resource.RUSAGE_SELF)
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=cores, mp_context=context, initializer=_worker_start) as pool:
        sizes = list(pool.map(_render_json, texts, chunksize=max(1, len(texts) // (cores * 20))))
    wall = time.perf_counter() - started
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (children.ru_utime - children_before.ru_utime + children.ru_stime - children_before.ru_stime
           + own.ru_utime - own_before.ru_utime + own.ru_stime - own_before.ru_stime)
    assert len(sizes) == len(texts) and all(sizes)
    goal = 6.0 if settings.batch >= 1000 else None
    workers = children.ru_utime - children_before.ru_utime + children.ru_stime - children_before.ru_stime
    return [
        Figure(f"{len(texts):,} invoice PDFs, {cores} worker processes", "s", [wall], goal,
               note=f"{len(texts) / wall:.0f} documents/s, pool start included"),
        Figure("… cores busy during the batch (CPU time ÷ wall time)", "cores", [cpu / wall], None,
               higher_is_better=True, note=f"{cpu:.1f} s CPU in {wall:.1f} s on {cores} cores; the workers "
                                          f"{workers * 1000 / len(texts):.1f} ms CPU per document, their start "
                                          "and warm-up included"),
    ]


# -- WeasyPrint ---------------------------------------------------------------------------------------------

def weasyprint(two_page: dict, ours: Figure, settings: Settings) -> Figure | None:
    """The same invoice through WeasyPrint (HTML + CSS), in its own venv: how many times slower it is."""
    python = settings.weasy_python
    if python is None or not Path(python).exists():
        log("  WeasyPrint venv not found (make bench creates benchmarks/.venv-weasy): comparison skipped")
        return None
    CACHE.mkdir(parents=True, exist_ok=True)
    snapshot_file = CACHE / "two-page-invoice.json"
    snapshot_file.write_text(json.dumps(two_page, ensure_ascii=False))
    reps = 3 if settings.quick else max(settings.reps, 5) * 2
    done = subprocess.run([str(python), str(HERE / "weasy_compare.py"), str(snapshot_file), "--reps", str(reps),
                           "--pdf", str(CACHE / "two-page-invoice-weasyprint.pdf")],
                          capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        log(f"  WeasyPrint run failed: {done.stderr.strip()[-500:]}")
        return None
    theirs = json.loads(done.stdout.strip().splitlines()[-1])
    samples = sorted(theirs["ms"])
    median = samples[len(samples) // 2] / ours.median
    return Figure("invoice PDF: WeasyPrint time ÷ ours", "×", [median], 15.0, higher_is_better=True,
                  spread=(samples[0] / ours.high, samples[-1] / ours.low),
                  note=f"WeasyPrint {samples[len(samples) // 2]:.0f} ms, {theirs['pages']} pages "
                       f"(harfbuzz subset: {theirs.get('hb_subset', '?')})")
