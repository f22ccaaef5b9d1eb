"""Capitals, plurals, percentages, hours, lists, money and amounts in words as each language writes them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from studio_app import money
from studio_app.text import countries, i18n
from studio_app.text.words_tr import amount_words, number_words


@pytest.mark.parametrize("text, language, expected", [
    ("Müşteri", "tr", "MÜŞTERİ"), ("ılık iğne", "tr", "ILIK İĞNE"), ("Sayın", "tr", "SAYIN"),
    ("Πελάτης", "el", "ΠΕΛΑΤΗΣ"), ("ΠΕΛΆΤΗΣ", "el", "ΠΕΛΑΤΗΣ"), ("Το Στούντιο", "el", "ΤΟ ΣΤΟΥΝΤΙΟ"),
    ("Μάιος", "el", "ΜΑΪΟΣ"), ("ά έ ΐ", "el", "Α Ε Ϊ"), ("Λαϊκή", "el", "ΛΑΪΚΗ"), ("ευρώ", "el", "ΕΥΡΩ"),
    ("Ἀθῆναι", "el", "ΑΘΗΝΑΙ"), ("Pelanggan", "ms", "PELANGGAN"), ("The client", "en", "THE CLIENT"),
])
def test_capitals_follow_the_language(text, language, expected):
    assert i18n.upper(text, language) == expected


def test_case_insensitive_matching_follows_the_language():
    assert i18n.fold("IŞIK", "tr") == i18n.fold("ışık", "tr")
    assert i18n.fold("ΑΘΗΝΑ", "el") == i18n.fold("Αθήνα", "el")
    assert i18n.lower("İSTANBUL", "tr") == "istanbul"


@pytest.mark.parametrize("language, counts", [
    ("en", {0: "No revision rounds are included", 1: "1 revision round is included",
            3: "3 revision rounds are included"}),
    ("tr", {0: "Fiyata revizyon turu dahil değildir", 1: "Fiyata 1 revizyon turu dahildir",
            2: "Fiyata 2 revizyon turu dahildir"}),
    ("el", {0: "Δεν περιλαμβάνονται γύροι αναθεωρήσεων", 1: "Περιλαμβάνεται 1 γύρος αναθεωρήσεων",
            2: "Περιλαμβάνονται 2 γύροι αναθεωρήσεων"}),
    ("ms", {0: "Harga tidak termasuk sebarang pusingan pindaan", 1: "Harga termasuk 1 pusingan pindaan",
            5: "Harga termasuk 5 pusingan pindaan"}),
])
def test_counts_take_the_plural_form_of_the_language_and_none_is_a_sentence(language, counts):
    for count, sentence in counts.items():
        assert i18n.plural_label(language, "revisions_included", count) == sentence
    assert i18n.plural_category(1, "ms") == "other" and i18n.plural_category(1, "el") == "one"


def test_percent_hours_and_lists_in_the_locale_style():
    assert [i18n.format_percent("30", lang) for lang in ("en", "tr", "el", "ms")] == ["30%", "%30", "30%", "30%"]
    assert i18n.format_percent("7.5", "el") == "7,5%"
    assert [i18n.format_hours(Decimal("0"), lang) for lang in ("en", "tr", "el")] == ["0.00", "0,00", "0,00"]
    assert i18n.format_list(["1.200,00 €", "300,00 €"], "el") == "1.200,00 €; 300,00 €"
    assert i18n.format_list(["DEP-1", "DEP-2"], "en") == "DEP-1 and DEP-2"


@pytest.mark.parametrize("currency, locale, expected", [
    ("MYR", "en_GB", "MYR\u00a052,699.68"), ("MYR", "tr_TR", "MYR\u00a052.699,68"),
    ("MYR", "el_GR", "52.699,68\u00a0MYR"), ("MYR", "ms_MY", "RM52,699.68"), ("TRY", "en_GB", "TRY\u00a052,699.68"),
    ("EUR", "en_GB", "€52,699.68"), ("USD", "ms_MY", "USD\u00a052,699.68"),
])
def test_a_currency_code_never_touches_the_figure(currency, locale, expected):
    assert money.format_money(5269968, currency, locale) == expected
    assert money.format_money(-100, currency, locale).startswith("-")


@pytest.mark.parametrize("number, words", [
    (0, "sıfır"), (1, "bir"), (10, "on"), (100, "yüz"), (101, "yüz bir"), (1000, "bin"), (1001, "bin bir"),
    (2019, "iki bin on dokuz"), (11000, "on bir bin"), (100000, "yüz bin"), (1000000, "bir milyon"),
    (2_500_750, "iki milyon beş yüz bin yedi yüz elli"), (1_000_000_000, "bir milyar"),
])
def test_turkish_numbers_in_words(number, words):
    assert number_words(number) == words


def test_turkish_amount_in_words_has_lira_and_kurus():
    assert amount_words(123450) == "bin iki yüz otuz dört TL elli kuruş"
    assert amount_words(144000) == "bin dört yüz kırk TL"
    assert amount_words(5, "TL", "kuruş") == "sıfır TL beş kuruş"


def test_countries_by_code_or_name():
    assert [countries.code(c) for c in ("TR", "Türkiye", "turkey", "EL", "Greece", "my", "Malaysia", "")] == \
        ["TR", "TR", "TR", "GR", "GR", "MY", "MY", ""]
    assert countries.law_groups("GR") == ["EU", "GR"] and countries.law_groups("DE") == ["EU"]
    assert countries.law_groups("MY") == ["non_EU", "MY"]


def test_messages_translate_the_program_words_they_insert():
    from studio_app.text import messages
    from studio_app.text.errors import StudioError
    declined = StudioError("Only an issued quote can be accepted (this one is {status}).", status="declined")
    assert "durumu: reddedildi" in messages.translate(declined, "tr")
    gone = StudioError("This {what} no longer exists; another desk may have just deleted it.", what="invoice")
    assert "Bu belge (fatura)" in messages.translate(gone, "tr")
    assert messages.translate(gone, "en").startswith("This invoice no longer exists")
