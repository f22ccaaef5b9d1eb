"""The demo's issued documents: each snapshot is ``snapshots.canonical`` of it, put together from parts serialised
once (the studio, each client, each project, each distinct line), as UTF-8; then chained and sealed in id order
per kind, as issuing would."""

from __future__ import annotations

from studio_app.store import sealing
from studio_app.work import snapshots


class Part:
    """A snapshot part many documents share, with its canonical JSON as UTF-8, made once."""

    __slots__ = ("part", "json")

    def __init__(self, part: object) -> None:
        self.part, self.json = part, snapshots.canonical(part).encode("utf-8")


class Freezer:
    """Canonical JSON sorts keys at every level, so a snapshot is its parts in key order: the studio (a quarter
    of the build was the same studio serialised again), the client, the project part and the lines are each
    serialised once, and the UTF-8 of the whole is joined from theirs. The first snapshot of each form (its lines
    shared or not) is checked against the plain serialisation."""

    def __init__(self, seller: dict, style: dict, keys: sealing.Keys) -> None:
        self.seller, self.style, self.keys = Part(seller), Part(style), keys
        self.buyers: dict[int, Part] = {}
        self.last_link: dict[str, str] = {}
        self.checked: set[bool] = set()

    def snapshot(self, kind: str, document: dict, client, project: Part, lines: list[bytes] | None) -> bytes:
        """``snapshots.canonical`` of the snapshot as UTF-8; ``lines``: the document's lines' canonical JSON when
        each is a shared line's (then ``document["lines"]`` is not read again)."""
        buyer = self.buyers.get(client.id)
        if buyer is None:
            buyer = self.buyers[client.id] = Part(snapshots.buyer(client))
        if lines is None:
            body = snapshots.canonical(document).encode("utf-8")
        else:  # the key "lines" unquoted can only be the document's own: inside a string its quotes are escaped
            head, tail = snapshots.canonical({**document, "lines": []}).split('"lines":[]', 1)
            body = b"".join((head.encode("utf-8"), b'"lines":[', b",".join(lines), b"]", tail.encode("utf-8")))
        text = b"".join((b'{"document":', body, b',"kind":"', kind.encode("ascii"), b'","parties":{"buyer":',
                         buyer.json, b',"seller":', self.seller.json, b'},"payment_terms_days":14,"project":',
                         project.json, b',"style":', self.style.json, b"}"))
        if (lines is None) not in self.checked:
            whole = {"kind": kind, "document": document, "parties": {"seller": self.seller.part, "buyer": buyer.part},
                     "project": project.part, "payment_terms_days": 14, "style": self.style.part}
            if text.decode("utf-8") != snapshots.canonical(whole):
                raise AssertionError("the demo's snapshot serialisation differs from snapshots.canonical")
            self.checked.add(lines is None)
        return text

    def chained(self, kind: str, number: str, snapshot: bytes) -> dict[str, object]:
        """The next link of ``kind``'s chain and its seal; no PDF yet: it is rendered when first viewed."""
        link = self.last_link[kind] = sealing.link(self.last_link.get(kind), kind, number, snapshot, None)
        return {"link": link, "link_has_pdf": False, "seal": sealing.seal(self.keys.key, link, None)}
