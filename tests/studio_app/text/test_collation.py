"""Collation keys: CLDR's root order (its own conformance list), and the Turkish and Greek tailorings against
the order CLDR's rules give for the letters."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from studio_app.text import collation

ROOT_ORDER = Path(__file__).resolve().parents[2] / "fixtures" / "collation" / "root-order.txt"
NAMES = ["Zoë", "Zeynep Çelik", "Ωμέγα", "İlker", "Çağla Demir", "Iraz", "Άλφα", "Cem", "Zoe", "ılık", "Ilgaz",
         "Dilek", "Gökhan Arslan", "Grace Hughes", "Oğuz", "Öykü", "Pelin", "Şule", "Sibel", "Umut", "Ümit"]


def ordered(language: str, names=NAMES) -> list[str]:
    return sorted(names, key=lambda name: collation.sort_key(name, language))


def test_the_root_order_follows_cldrs_conformance_list():
    """11,825 lines of CLDR's CollationTest (Latin, Greek and Cyrillic, with accents and marks), in order."""
    lines = [line.split() for line in ROOT_ORDER.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    keys = [collation.sort_key("".join(chr(int(cp, 16)) for cp in line), "en") for line in lines]
    wrong = [(i, lines[i - 1], lines[i]) for i in range(1, len(keys)) if keys[i] < keys[i - 1]]
    assert len(lines) > 10_000 and wrong == []


def test_english_and_malay_sort_by_the_root_order():
    expected = ["Çağla Demir", "Cem", "Dilek", "Gökhan Arslan", "Grace Hughes", "Ilgaz", "İlker", "Iraz", "ılık",
                "Oğuz", "Öykü", "Pelin", "Sibel", "Şule", "Ümit", "Umut", "Zeynep Çelik", "Zoe", "Zoë", "Άλφα",
                "Ωμέγα"]  # accents count only between names otherwise alike: Ümit before Umut
    assert ordered("en") == expected
    assert ordered("ms") == expected


def test_turkish_letters_come_after_their_base_letter_and_dotless_i_before_i():
    """CLDR tr: &C<ç<<<Ç &G<ğ<<<Ğ &[before 1]i<ı<<<I &i<<<İ &O<ö<<<Ö &S<ş<<<Ş &U<ü<<<Ü."""
    assert ordered("tr") == ["Cem", "Çağla Demir", "Dilek", "Gökhan Arslan", "Grace Hughes", "Ilgaz", "ılık", "Iraz",
                             "İlker", "Oğuz", "Öykü", "Pelin", "Sibel", "Şule", "Umut", "Ümit", "Zeynep Çelik", "Zoe",
                             "Zoë", "Άλφα", "Ωμέγα"]
    alphabet = "a b c ç d e f g ğ h ı i j k l m n o ö p r s ş t u ü v y z".split()
    assert ordered("tr", alphabet[::-1]) == alphabet
    assert ordered("tr", [letter.upper() if letter not in "ıi" else {"ı": "I", "i": "İ"}[letter]
                          for letter in alphabet[::-1]]) == [{"ı": "I", "i": "İ"}.get(a, a.upper()) for a in alphabet]
    # capitals differ from the small letter at the third level only
    assert ordered("tr", ["ıb", "Ia", "ia", "İb"]) == ["Ia", "ıb", "ia", "İb"]
    assert ordered("tr", ["çb", "Ça", "cz"]) == ["cz", "Ça", "çb"]


def test_greek_comes_first_in_the_greek_interface_in_alphabetical_order():
    """CLDR el: [reorder Grek]; tonos and dialytika differ at the second level."""
    assert ordered("el")[:2] == ["Άλφα", "Ωμέγα"]
    assert ordered("el")[2:] == [name for name in ordered("en") if name not in ("Άλφα", "Ωμέγα")]
    alphabet = "α β γ δ ε ζ η θ ι κ λ μ ν ξ ο π ρ σ τ υ φ χ ψ ω".split()
    assert ordered("el", alphabet[::-1]) == alphabet
    assert ordered("el", ["Όμηρος", "Ομάδα", "ομάδα", "Ζωή", "Zeta", "Ευτυχία"]) == \
        ["Ευτυχία", "Ζωή", "ομάδα", "Ομάδα", "Όμηρος", "Zeta"]
    assert ordered("el", ["Ϊ", "Ι", "Ί", "ι"]) == ["ι", "Ι", "Ί", "Ϊ"]


@pytest.mark.parametrize("language", ["en", "tr", "el"])
def test_keys_are_bytes_that_order_as_the_names_and_tie_only_for_equal_text(language):
    keys = {name: collation.sort_key(name, language) for name in NAMES}
    assert all(isinstance(key, bytes) for key in keys.values())
    assert len(set(keys.values())) == len(NAMES)
    assert collation.sort_key("Zoë", language) == collation.sort_key("Zoe\u0308", language)  # NFC and NFD alike


def test_other_scripts_and_empty_text_get_keys_too():
    keys = [collation.sort_key(text) for text in ("", " ", "王小明", "Ирина", "Ийя", "Lluís", "محمد", "😀")]
    assert keys[0] < keys[1] and all(keys)
    assert ordered("en", ["Ирина", "Ийя", "Иван", "Ивлев"]) == ["Иван", "Ивлев", "Ийя", "Ирина"]  # й after и


def test_interface_languages_pick_their_collation():
    assert [collation.collation_for(x) for x in ("en", "ms", "tr", "el", "tr_TR", "el-GR", "de", "")] == \
        ["root", "root", "tr", "el", "tr", "el", "root", "root"]


def test_a_space_ends_every_contraction_so_keys_can_be_built_a_word_at_a_time():
    table = collation._table()
    assert 0x20 not in table.starters and not any(0x20 in key for key in table.contractions)
    for name in ("root", "el"):
        collator = collation.Collator(name)
        for text in ("Deniz Arslan Design", "Αθηνά Design", "l·l ca Ltd", "  two  spaces ", "Şişli ıi"):
            parts: tuple[list, list, list] = ([], [], [])
            collator._run(unicodedata.normalize("NFD", text), *parts)  # the whole text a character at a time
            whole = b"".join(parts[0]) + b"\x00" + b"".join(parts[1]) + b"\x00\x00" + b"".join(parts[2])
            assert collator.key(text) == whole == collator.key(text)


def test_a_text_seen_before_gets_the_key_it_had_and_the_memory_stays_bounded():
    collator = collation.Collator("tr")
    names = ["Şirket 1 Ltd", "Ilgaz İnşaat", "Çağ Design"]
    first = [collator.key(name) for name in names]
    assert [collator.key(name) for name in names] == first == [collation.Collator("tr")._key(n) for n in names]
    for number in range(50_002):  # past the bound: it starts again and still answers right
        collator._texts[f"x{number}"] = b""
    assert collator.key("Çağ Design") == first[2]  # still remembered
    assert collator.key("Ilgaz İnşaat Ltd") == collation.Collator("tr")._key("Ilgaz İnşaat Ltd")
    assert len(collator._texts) == 1
