"""PDF documents: quote, contract and invoice, drawn with reportlab platypus from a frozen snapshot.

reportlab is imported only inside this package; ``render`` is the one entry point. :mod:`.logo` keeps the
studio's logo in a snapshot when it is issued.
"""

from __future__ import annotations

from studio_app.text.errors import StudioError


def render(snapshot: dict, logo: bytes | None = None) -> bytes:
    """The PDF bytes of a quote, contract or invoice snapshot; identical input gives identical bytes.

    ``logo`` is the studio's logo of today: a snapshot issued with its own logo frozen in it is drawn with that
    one instead (:mod:`.logo`)."""
    from . import contract, invoice, logo as frozen_logo, page, quote  # lazily: importing the package must not load reportlab
    from .context import Context

    builders = {"invoice": invoice, "quote": quote, "contract": contract}
    kind = snapshot.get("kind")
    if kind not in builders:
        raise StudioError("Cannot draw a document of kind “{kind}”.", kind=str(kind)[:20])
    module = builders[kind]
    ctx = Context(snapshot, frozen_logo.for_snapshot(snapshot, logo))
    title = module.title(ctx)
    number = ctx.document.get("number") or ctx.text("draft")
    seller = ctx.seller.get("name") or ""
    return page.build(module.story(ctx), ctx.theme, title=f"{title} {number}", author=seller,
                      footer_left=f"{seller} · {title} {number}", page_of=ctx.text("page_of"))
