"""PDF documents (reportlab). Interim renderer until the documents layer lands."""

from __future__ import annotations

import io


def render(snapshot: dict) -> bytes:
    from reportlab.pdfgen import canvas
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=1)
    page.drawString(72, 760, f"{snapshot['kind']} {snapshot['document'].get('number') or 'draft'}")
    page.save()
    return buffer.getvalue()
