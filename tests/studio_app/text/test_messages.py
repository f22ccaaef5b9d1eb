"""StudioError messages in Turkish, Greek and Malay: catalogs complete, placeholders intact, fallback to English."""

from __future__ import annotations

import importlib.util
import json
import sys
import textwrap
from pathlib import Path

import pytest

from studio_app.text import messages, cleaning
from studio_app import money
from studio_app.text.errors import DatabaseVersionError, StudioError
from studio_app.files.resources import resource_path

ROOT = Path(__file__).resolve().parents[3]


def _load_tool():
    spec = importlib.util.spec_from_file_location("extract_messages", ROOT / "tools" / "extract_messages.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("extract_messages", module)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture(autouse=True)
def _fresh_catalogs():
    messages.reload()
    yield
    messages.reload()


# -------------------------------------------------------------------------- the shipped catalogs

def test_every_message_in_studio_app_is_translated_in_every_catalog():
    extraction, reports = tool.check()
    assert not extraction.problems, "\n".join(extraction.problems)
    assert len(extraction.templates) > 50
    problems = [line for report in reports for line in report.lines()]
    assert not problems, (
        "Message catalogs are out of date; run `.venv/bin/python tools/extract_messages.py` and translate "
        "the empty entries in resources/messages/*.json:\n" + "\n".join(problems))


@pytest.mark.parametrize("language", messages.CATALOG_LANGUAGES)
def test_catalog_file_is_sorted_utf8_json_of_strings(language):
    path = resource_path("messages", f"{language}.json")
    raw = path.read_text(encoding="utf-8")
    data = json.loads(raw)
    assert isinstance(data, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in data.items())
    assert list(data) == sorted(data)
    assert "\\u" not in raw  # written with ensure_ascii=False: readable by a translator


@pytest.mark.parametrize("language", messages.CATALOG_LANGUAGES)
def test_translations_keep_the_placeholders_of_their_template(language):
    for template, translation in tool.load_catalog(language).items():
        assert messages.placeholders(translation) == messages.placeholders(template), (language, template)
        # formatting with every placeholder filled must not fail (escaped braces, format specs)
        values = {name: "X" for name in messages.placeholders(template)}
        translation.format(**values)


@pytest.mark.parametrize("language", messages.CATALOG_LANGUAGES)
def test_translations_are_not_english_copies(language):
    # field names that are the same word in the language (and in its interface translation)
    same_word = {"el": {"Email"}, "ms": {"Deposit", "Format", "Status", "unit"}}.get(language, set()) | {"Leitweg-ID"}
    same = [t for t, tr in tool.load_catalog(language).items() if tr.strip() == t.strip() and t not in same_word]
    assert not same, same


@pytest.mark.parametrize("language, expected", [
    ("tr", ["“Ödeme tarihi” alanına 2026-03-31 gibi bir tarih girilmelidir; “32.13.2026” geçerli değil.",
            "“Satır 2: miktar” alanına bir sayı girilmelidir; “iki” geçerli değil.",
            "“Bu satır: miktar” alanına bir sayı girilmelidir; “iki” geçerli değil."]),
    ("en", ["Payment date must be a date like 2026-03-31, not “32.13.2026”.",
            "Line 2: quantity must be a number, not “iki”.", "This line: quantity must be a number, not “iki”."]),
])
def test_the_field_a_message_names_is_translated_too(language, expected):
    from studio_app.money import lines
    with pytest.raises(StudioError) as date_error:
        cleaning.date("32.13.2026", "Payment date")
    with pytest.raises(StudioError) as line_error:
        lines.validate([{"description": "Logo", "quantity": "1"}, {"description": "Poster", "quantity": "iki"}], "EUR")
    this_line = {"tr": "Bu satır", "en": "This line"}[language]
    assert [messages.translate(date_error.value, language), messages.translate(line_error.value, language),
            messages.translate(line_error.value, language, line=this_line)] == expected


def test_labels_passed_through_tables_and_helpers_are_in_the_catalogs():
    templates = tool.extract().templates
    for label in ("Payment terms", "Studio name", "Fee per extra round", "Payment date", "quantity", "Line {number}"):
        assert label in templates, label
    assert "long" not in templates  # a date style, not a field


def test_script_specific_letters_show_up_in_their_catalogs():
    turkish = "".join(tool.load_catalog("tr").values())
    greek = "".join(tool.load_catalog("el").values())
    assert "ı" in turkish and "İ" in turkish and "ş" in turkish and "ğ" in turkish
    assert any("\u0370" <= c <= "\u03ff" for c in greek) and "«" in greek
    assert "“" not in greek and "”" not in greek  # Greek uses «» for quoted values
    assert "'" not in greek  # elision is typeset with ’ (γι’ αυτό)


# -------------------------------------------------------------------------- translate()

def test_translate_formats_the_translation_with_the_params():
    exc = StudioError("There is no invoice numbered {number}.", number="INV-2026-0042")
    assert messages.translate(exc, "tr") == "INV-2026-0042 numaralı bir fatura bulunamadı."
    assert messages.translate(exc, "el") == "Δεν υπάρχει τιμολόγιο με αριθμό INV-2026-0042."
    assert messages.translate(exc, "ms") == "Tiada invois bernombor INV-2026-0042."


def test_translate_works_on_errors_raised_by_services_and_subclasses():
    with pytest.raises(StudioError) as caught:
        cleaning.clean("", "Name", required=True, field="name")
    assert messages.translate(caught.value, "tr") == "“Ad” alanı zorunludur."
    with pytest.raises(StudioError) as caught:
        money.check_currency("XX")
    assert "para birimi kodu" in messages.translate(caught.value, "tr")
    exc = DatabaseVersionError(
        "{where} was written by a newer Studio Desk (database version {found}, this program knows up "
        "to {known}). Please update Studio Desk; the database was not changed.", where="studio.sqlite3",
        found=9, known=3)
    assert messages.translate(exc, "el").startswith("Το studio.sqlite3 γράφτηκε από νεότερη έκδοση")


def test_escaped_braces_stay_single_after_formatting():
    exc = StudioError("The number format “{pattern}” must contain {{seq}} and may contain {{year}}.",
                      field="invoice_format", pattern="INV")
    assert messages.translate(exc, "ms") == "Format nombor “INV” mesti mengandungi {seq} dan boleh mengandungi {year}."


def test_english_and_unknown_languages_get_the_english_message():
    exc = StudioError("There is no client with id {id}.", id=7)
    assert messages.translate(exc, "en") == "There is no client with id 7."
    assert messages.translate(exc, "de") == "There is no client with id 7."
    assert messages.translate(exc, "") == "There is no client with id 7."


def test_region_variants_use_the_language_catalog():
    exc = StudioError("There is no client with id {id}.", id=7)
    assert messages.translate(exc, "tr_TR") == messages.translate(exc, "tr-TR") == messages.translate(exc, "TR")
    assert messages.translate(exc, "tr_TR") == "Kimliği 7 olan bir müşteri bulunamadı."


def test_a_template_missing_from_the_catalog_falls_back_to_english():
    exc = StudioError("A brand new message about {thing}.", thing="the printer")
    assert messages.translate(exc, "tr") == "A brand new message about the printer."


def _with_catalog(tmp_path, monkeypatch, language, content):
    folder = tmp_path / "resources"
    (folder / "messages").mkdir(parents=True)
    (folder / "messages" / f"{language}.json").write_text(content, encoding="utf-8")
    monkeypatch.setattr(messages, "resource_path", lambda *parts: folder.joinpath(*parts))
    messages.reload()


def test_empty_or_mismatched_translations_fall_back_to_english(tmp_path, monkeypatch):
    _with_catalog(tmp_path, monkeypatch, "tr", json.dumps({
        "There is no client with id {id}.": "",
        "There is no quote with id {id}.": "Kimliği {numara} olan bir teklif bulunamadı.",
        "There is no invoice with id {id}.": "Kimliği {id olan bir fatura bulunamadı.",
        "There is no payment with id {id}.": "Kimliği {id:>q} olan bir ödeme bulunamadı.",
        "There is no project with id {id}.": "Kimliği {id} olan bir proje bulunamadı.",
    }, ensure_ascii=False))
    for kind in ("client", "quote", "invoice"):
        exc = StudioError(f"There is no {kind} with id {{id}}.", id=3)
        assert messages.translate(exc, "tr") == f"There is no {kind} with id 3."
    # placeholders match but the format spec is wrong for the value: still English, never an exception
    assert messages.translate(StudioError("There is no payment with id {id}.", id=3), "tr") == \
        "There is no payment with id 3."
    assert messages.translate(StudioError("There is no project with id {id}.", id=3), "tr") == \
        "Kimliği 3 olan bir proje bulunamadı."


def test_an_unreadable_catalog_falls_back_to_english(tmp_path, monkeypatch):
    _with_catalog(tmp_path, monkeypatch, "el", "{ not json")
    exc = StudioError("There is no client with id {id}.", id=7)
    assert messages.translate(exc, "el") == "There is no client with id 7."


def test_translate_without_params_keeps_the_text_as_written():
    exc = StudioError("The demo size must be small or large.")
    assert messages.translate(exc, "ms") == "Saiz demo mestilah small atau large."


# -------------------------------------------------------------------------- the extractor itself

def _write(folder: Path, name: str, source: str) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(source), encoding="utf-8")


@pytest.fixture
def fake_package(tmp_path):
    src = tmp_path / "pkg"
    _write(src, "errors.py", """
        class StudioError(Exception):
            pass
        class DatabaseVersionError(StudioError):
            pass
    """)
    _write(src, "extra.py", """
        from . import errors
        from .errors import DatabaseVersionError, StudioError

        class BackupError(errors.StudioError):
            pass

        class RestoreError(BackupError):
            pass

        NOT_FOUND = "Nothing called {name}."

        def f(exc, n):
            raise StudioError("Plain {a}.", a=1)
            raise errors.StudioError("Implicitly " "joined {b}.", b=2)
            raise DatabaseVersionError("Too new: {v}.", v=3)
            raise RestoreError(template="Restore failed: {why}.", why="x")
            raise StudioError(NOT_FOUND, name="x")
            raise StudioError("Added " + "together.")
            raise StudioError(exc.template, **exc.params)
            raise StudioError(f"Formatted {n}.")
            raise ValueError("Not a studio message.")
    """)
    return src


def test_extractor_finds_subclasses_constants_and_concatenations(fake_package):
    extraction = tool.extract(fake_package)
    assert set(extraction.templates) == {
        "Plain {a}.", "Implicitly joined {b}.", "Too new: {v}.", "Restore failed: {why}.",
        "Nothing called {name}.", "Added together."}
    assert extraction.templates["Plain {a}."][0].startswith("pkg/extra.py:")
    assert len(extraction.problems) == 1 and "f-string" in extraction.problems[0]


def test_update_keeps_translations_adds_empty_entries_and_reports_obsolete(fake_package, tmp_path):
    catalogs = tmp_path / "messages"
    catalogs.mkdir()
    (catalogs / "tr.json").write_text(json.dumps({"Plain {a}.": "Düz {a}.", "Gone.": "Gitti."}), encoding="utf-8")
    _, reports = tool.update(fake_package, catalogs, languages=("tr", "el"))
    tr = json.loads((catalogs / "tr.json").read_text(encoding="utf-8"))
    assert tr["Plain {a}."] == "Düz {a}."
    assert tr["Too new: {v}."] == ""
    assert tr["Gone."] == "Gitti."  # kept until --prune: an edited template can reuse the old translation
    assert list(tr) == sorted(tr)
    assert "Düz" in (catalogs / "tr.json").read_text(encoding="utf-8")  # not \\u-escaped
    assert reports[0].obsolete == ["Gone."]
    assert set(json.loads((catalogs / "el.json").read_text(encoding="utf-8")).values()) == {""}

    tool.update(fake_package, catalogs, languages=("tr",), prune=True)
    assert "Gone." not in json.loads((catalogs / "tr.json").read_text(encoding="utf-8"))


def test_check_lists_missing_empty_obsolete_and_wrong_placeholders(fake_package, tmp_path):
    catalogs = tmp_path / "messages"
    catalogs.mkdir()
    (catalogs / "tr.json").write_text(json.dumps({
        "Plain {a}.": "Düz {b}.", "Implicitly joined {b}.": "", "Gone.": "Gitti."}), encoding="utf-8")
    _, (report,) = tool.check(fake_package, catalogs, languages=("tr",))
    assert not report.ok
    assert "Too new: {v}." in report.missing
    assert report.empty == ["Implicitly joined {b}."]
    assert report.obsolete == ["Gone."]
    assert [t for t, _ in report.mismatched] == ["Plain {a}."]


def test_main_updates_then_check_passes_only_when_everything_is_translated(tmp_path, monkeypatch, capsys):
    src = tmp_path / "app"
    _write(src, "errors.py", """
        class StudioError(Exception):
            pass
        def f():
            raise StudioError("There is no client with id {id}.", id=1)
    """)
    catalogs = tmp_path / "messages"
    monkeypatch.setattr(tool, "SOURCE_DIR", src)
    monkeypatch.setattr(tool, "CATALOG_DIR", catalogs)
    assert tool.main([]) == 0
    assert tool.main(["--check"]) == 1
    assert "tr: empty: 'There is no client with id {id}.'" in capsys.readouterr().out
    for language in tool.LANGUAGES:
        tool.write_catalog(language, {"There is no client with id {id}.": f"[{language}] {{id}}"})
    assert tool.main(["--check"]) == 0
    tool.write_catalog("el", {"There is no client with id {id}.": "[el] {id}", "Old.": "Παλιό."})
    assert tool.main(["--check"]) == 1
    assert "el: obsolete: 'Old.'" in capsys.readouterr().out


def test_an_f_string_makes_check_fail(fake_package, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(tool, "SOURCE_DIR", fake_package)
    monkeypatch.setattr(tool, "CATALOG_DIR", tmp_path / "messages")
    tool.main([])
    for language in tool.LANGUAGES:
        tool.write_catalog(language, {t: t + " ✓" for t in tool.load_catalog(language)})
    assert tool.main(["--check"]) == 1
    assert "f-string" in capsys.readouterr().err
