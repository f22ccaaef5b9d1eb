"""A party's details as its country prints them: the Greek VAT prefix EL, and the tax office, national tax number
and registers of Türkiye, Greece and Malaysia."""

from __future__ import annotations

from studio_app.text import countries
from . import fonts
from .context import Context

# The order each country prints its details in (studio_app.work.local_fields.BY_COUNTRY, kept apart so the
# documents need nothing from the services).
_FIELDS = {
    "TR": ("tax_office", "national_tax_id", "mersis_no", "trade_register"),
    "GR": ("profession", "tax_office", "national_tax_id", "trade_register"),
    "MY": ("national_tax_id", "trade_register", "sst_number"),
}


def vat_id(party: dict) -> str:
    """The VAT id as printed: Greece's prefix is EL, whatever was typed before validation existed."""
    tax_id = str(party.get("tax_id") or "")
    if countries.code(party.get("country")) == "GR" and tax_id[:2].upper() == "GR":
        return "EL" + tax_id[2:].lstrip()
    return tax_id


def _label_key(name: str, country: str, value: str) -> str:
    if name == "national_tax_id":
        if country == "TR":
            return "tckn" if len(value) == 11 else "vkn"
        return {"GR": "afm", "MY": "tin"}.get(country, "vkn")
    if name == "trade_register":
        return f"trade_register_{country}"
    return name


def party_lines(ctx: Context, party: dict) -> list[str]:
    """'Vergi dairesi: Kadıköy', 'VKN: 1234567890', …: the party's local details its country prints, as markup."""
    country = countries.code(party.get("country"))
    lines = []
    for name in _FIELDS.get(country, ()):
        value = str(party.get(name) or "")
        if name == "national_tax_id" and country == "GR" and value and vat_id(party).endswith(value):
            continue  # the ΑΦΜ is already printed as the VAT id (EL + ΑΦΜ)
        if value:
            lines.append(f"{ctx.m(_label_key(name, country, value))}: {fonts.markup(value)}")
    return lines


