"""The glossary (docs/glossary.md) is the one place for business terms: no catalogue uses a word it replaces."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from studio_app.text.casing import fold

ROOT = Path(__file__).resolve().parents[3]


def _tables() -> tuple[list[list[str]], list[list[str]]]:
    text = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    terms_part, replaced_part = text.split("## Replaced words")

    def rows(part: str) -> list[list[str]]:
        lines = [line for line in part.splitlines() if line.startswith("|")][2:]
        return [[cell.strip() for cell in line.strip("|").split("|")] for line in lines]
    return rows(terms_part), rows(replaced_part)


def _texts(language: str) -> list[str]:
    found: list[str] = []
    texts = json.loads((ROOT / "resources" / "texts" / f"{language}.json").read_text(encoding="utf-8"))
    found += texts["labels"].values()
    for group in texts.get("country_labels", {}).values():
        found += group.values()
    for clause in texts["clauses"]:
        found += [clause["title"], clause["body"]]
    found += [v for v in json.loads((ROOT / "resources" / "messages" / f"{language}.json")
                                    .read_text(encoding="utf-8")).values() if v]
    tree = ET.parse(ROOT / "resources" / "translations" / f"studio_desk_{language}.ts")
    for translation in tree.iter("translation"):
        found += [translation.text or ""] + [form.text or "" for form in translation.iter("numerusform")]
    return found


@pytest.mark.parametrize("language", ["tr", "el", "ms"])
def test_no_catalogue_uses_a_word_the_glossary_replaces(language):
    _, replaced = _tables()
    words = [row[1] for row in replaced if row[0] == language]
    assert words, "the glossary lists replaced words for every language"
    offending = []
    for text in _texts(language):
        folded = fold(text, language)
        offending += [f"{word!r} in {text[:80]!r}" for word in words
                      if re.search(rf"(?<!\w){re.escape(fold(word, language))}", folded)]
    assert not offending, "\n".join(offending)


def test_the_glossary_terms_are_the_ones_documents_and_interface_use():
    terms, _ = _tables()
    by_concept = {row[0]: dict(zip(("en", "tr", "el", "ms"), row[1:])) for row in terms}
    tr_texts = json.loads((ROOT / "resources" / "texts" / "tr.json").read_text(encoding="utf-8"))["labels"]
    el_texts = json.loads((ROOT / "resources" / "texts" / "el.json").read_text(encoding="utf-8"))["labels"]
    assert tr_texts["credit_note"] == by_concept["credit note"]["tr"] == "Alacak dekontu"
    assert tr_texts["deposit_invoice"] == by_concept["deposit invoice"]["tr"]
    assert el_texts["invoice"] == by_concept["invoice (Greek document title)"]["el"]
    interface = {lang: " ".join(_texts(lang)) for lang in ("tr", "el", "ms")}
    assert "Avans faturası" in interface["tr"] and "Aşama" in interface["tr"]
    assert "Γύροι αναθεωρήσεων" in interface["el"] and "Pusingan pindaan" in interface["ms"]
