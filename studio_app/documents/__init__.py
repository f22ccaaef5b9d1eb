"""PDF documents: quote, contract and invoice, drawn with reportlab platypus from a frozen snapshot (and the
payment reminder letter, :func:`.reminder.render`, from an invoice's snapshot and the figures of the day).

reportlab is imported only inside this package; ``render`` is the one entry point. :mod:`.logo` says how a
snapshot names the studio's logo it was issued with, and which logo it is drawn with.
"""

from __future__ import annotations

from studio_app.text.errors import StudioError


def render(snapshot: dict, logo: bytes | None = None) -> bytes:
    """The PDF bytes of a quote, contract or invoice snapshot, drawn with ``logo``; identical input gives identical
    bytes.

    An issued snapshot names the logo it was issued with; ``studio_app.work.frozen_logo.for_snapshot`` picks the
    bytes to pass (``studio_app.work.issuing.render`` does)."""
    from . import contract, invoice, page, quote  # lazily: importing the package must not load reportlab
    from .context import Context

    builders = {"invoice": invoice, "quote": quote, "contract": contract}
    kind = snapshot.get("kind")
    if kind not in builders:
        raise StudioError("Cannot draw a document of kind “{kind}”.", kind=str(kind)[:20])
    module = builders[kind]
    ctx = Context(snapshot, logo)
    title = module.title(ctx)
    number = ctx.document.get("number") or ctx.text("draft")
    seller = ctx.seller.get("name") or ""
    return page.build(module.story(ctx), ctx.theme, title=f"{title} {number}", author=seller,
                      language=ctx.language, footer_left=f"{seller} · {title} {number}", page_of=ctx.text("page_of"))
