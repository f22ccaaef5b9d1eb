"""A tampered file fails with the rule a reader expects; a hostile file is refused before anything reads what it
points at (no local file, no network)."""

from __future__ import annotations

import os
import socket
import threading

import pytest

from studio_app import einvoice
from studio_app.text.errors import StudioError

from .cases import CASES

FORMATS = ("facturx", "xrechnung-cii", "xrechnung-ubl", "peppol")
GROSS = {"facturx": b"GrandTotalAmount>", "xrechnung-cii": b"GrandTotalAmount>",
         "xrechnung-ubl": b"TaxInclusiveAmount currencyID=\"EUR\">", "peppol": b"TaxInclusiveAmount currencyID=\"EUR\">"}


def failed(xml: bytes, fmt: str | None = None) -> set[str]:
    return {f.rule_id for f in einvoice.validate(xml, fmt) if f.fails}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_total_off_by_one_cent_fails_br_co_15(fmt):
    xml = einvoice.build(CASES["standard"], fmt)
    tag = GROSS[fmt]
    start = xml.index(tag) + len(tag)
    value = xml[start:xml.index(b"<", start)]
    cents = int(value.replace(b".", b"")) + 1
    tampered = xml[:start] + f"{cents // 100}.{cents % 100:02d}".encode() + xml[xml.index(b"<", start):]
    assert {"BR-CO-15", "BR-CO-16"} <= failed(tampered, fmt)


@pytest.mark.parametrize("fmt, tag", [("xrechnung-cii", b"ram:BuyerReference"), ("xrechnung-ubl", b"cbc:BuyerReference")])
def test_a_missing_buyer_reference_fails_br_de_15(fmt, tag):
    xml = einvoice.build(CASES["standard"], fmt)
    start, end = xml.index(b"<" + tag + b">"), xml.index(b"</" + tag + b">") + len(tag) + 3
    assert "BR-DE-15" in failed(xml[:start] + xml[end:], fmt)
    assert "BR-DE-15" in failed(xml[:start] + xml[end:])  # the format the file declares


def test_a_file_of_the_wrong_syntax_for_the_format_is_refused_with_a_reason():
    xml = einvoice.build(CASES["standard"], "facturx")
    found = einvoice.validate(xml, "peppol")
    assert [f.rule_id for f in found] == ["SYNTAX"] and "not peppol" in found[0].message


def test_an_xsd_error_is_named_with_its_line():
    xml = einvoice.build(CASES["standard"], "peppol").replace(b"<cbc:IssueDate>", b"<cbc:IssueDate>x", 1)
    xsd = [f for f in einvoice.validate(xml, "peppol") if f.rule_id == "XSD"]
    assert xsd and xsd[0].flag == "fatal" and xsd[0].location.startswith("line ")


# -- hostile files -------------------------------------------------------------------------------------------------

def _listening() -> socket.socket:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(0.5)
    return server


def _refused_quickly(xml: bytes) -> StudioError:
    """validate() must answer at once: reading the FIFO an entity names would block it for ever."""
    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(_catch(xml)), daemon=True)
    worker.start()
    worker.join(20)
    assert not worker.is_alive(), "the parser opened what the entity points at"
    assert isinstance(outcome[0], StudioError), outcome
    return outcome[0]


def _catch(xml: bytes) -> object:
    try:
        return einvoice.validate(xml)
    except StudioError as exc:
        return exc


def test_an_external_entity_is_never_read_nor_fetched(tmp_path):
    fifo = tmp_path / "secret"
    os.mkfifo(fifo)  # opening it for reading would block: the test would hang, not pass
    server = _listening()
    port = server.getsockname()[1]
    good = einvoice.build(CASES["standard"], "facturx").decode().split("\n", 1)[1]
    hostile = (f'<?xml version="1.0"?>\n<!DOCTYPE rsm:CrossIndustryInvoice [\n'
               f'<!ENTITY local SYSTEM "file://{fifo}">\n<!ENTITY remote SYSTEM "http://127.0.0.1:{port}/x">\n]>\n'
               + good.replace("<ram:Name>Logo design</ram:Name>", "<ram:Name>&local;&remote;</ram:Name>"))
    error = _refused_quickly(hostile.encode())
    assert "DOCTYPE" in error.message
    with pytest.raises(socket.timeout):
        server.accept()  # nobody connected
    server.close()


def test_a_billion_laughs_is_refused_without_expanding():
    lol = "".join(f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">\n' for i in range(1, 10))
    hostile = (f'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n{lol}]>\n<lolz>&lol9;</lolz>')
    assert "DOCTYPE" in _refused_quickly(hostile.encode()).message


def test_a_doctype_without_entities_is_refused_too():
    xml = einvoice.build(CASES["standard"], "peppol").replace(b"?>\n", b"?>\n<!DOCTYPE Invoice>\n", 1)
    with pytest.raises(StudioError, match="DOCTYPE"):
        einvoice.validate(xml)


def test_a_doctype_in_another_encoding_is_refused(tmp_path):
    fifo = tmp_path / "secret"
    os.mkfifo(fifo)
    hostile = f'<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM "file://{fifo}">]>\n<a>&x;</a>'
    assert "DOCTYPE" in _refused_quickly(hostile.encode("utf-16")).message


def test_not_xml_is_refused_in_one_line():
    with pytest.raises(StudioError, match="not well-formed XML"):
        einvoice.validate(b"%PDF-1.7 not xml")
