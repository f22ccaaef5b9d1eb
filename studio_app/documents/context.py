"""What every document builder needs: the snapshot, its language's labels, formatter, theme and totals."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from studio_app import money
from studio_app.text import countries
from studio_app.text.i18n import LANGUAGES, document_labels, plural_category, upper
from studio_app.money.lines import as_money_lines
from . import fonts
from .formatting import Formatter
from .styles import Theme, theme


@dataclass
class Context:
    snapshot: dict
    logo: bytes | None = None
    theme: Theme = field(init=False)
    fmt: Formatter = field(init=False)
    labels: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        document = self.snapshot["document"]
        language = document.get("language") if document.get("language") in LANGUAGES else "en"
        self.language = language
        self.theme = theme(self.snapshot.get("style"))
        self.fmt = Formatter(language, document.get("currency") or "EUR")
        # the studio's law picks the tax notes; the studio's own wording (Settings → Documents), as drawn today
        # for a draft or frozen on issuing, goes over them
        self.labels = {**document_labels(language, self.seller.get("country")), **(self.snapshot.get("texts") or {})}

    @property
    def document(self) -> dict:
        return self.snapshot["document"]

    @property
    def seller(self) -> dict:
        return self.snapshot.get("parties", {}).get("seller") or {}

    @property
    def buyer(self) -> dict:
        return self.snapshot.get("parties", {}).get("buyer") or {}

    @property
    def project(self) -> dict | None:
        return self.snapshot.get("project")

    def text(self, key: str, **values: object) -> str:
        """A label in the document's language, placeholders filled (an edited file missing one still renders)."""
        template = self.labels.get(key, key)
        if not values:
            return template
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return template

    def upper(self, text: str) -> str:
        """Capitals as the document's language writes them (MÜŞTERİ, ΠΕΛΑΤΗΣ)."""
        return upper(text, self.language)

    def plural_key(self, key: str, count: int) -> str:
        """``key_zero`` for none, else ``key_one`` / ``key_other`` by CLDR's plural rule of the language."""
        candidates = ([f"{key}_zero"] if count == 0 else []) + [f"{key}_{plural_category(count, self.language)}"]
        return next((c for c in candidates if c in self.labels), f"{key}_other")

    def m_upper(self, key: str) -> str:
        """A label in capitals, as markup (capitalised before escaping: '&amp;' stays an entity)."""
        return fonts.markup(self.upper(self.text(key)))

    @property
    def country(self) -> str:
        """The studio's country code: whose law the document follows."""
        return countries.code(self.seller.get("country"))

    @property
    def buyer_country(self) -> str:
        return countries.code(self.buyer.get("country"))

    def m(self, key: str, **values: object) -> str:
        """The label as Paragraph markup (labels are editable text too, so they are escaped)."""
        return fonts.markup(self.text(key, **values))

    @cached_property
    def totals(self) -> money.Totals:
        document = self.document
        return money.document_totals(as_money_lines(document.get("lines") or []), self.fmt.currency,
                                     prices_include_tax=bool(document.get("prices_include_tax")),
                                     deducted=int(document.get("deducted") or 0))
