"""The payment QR code's modules (documents.qr) are segno's, module for module, in every version a payment uses."""

from __future__ import annotations

import random

import pytest
import segno

from studio_app.documents import qr

EPC = (b"BCD\n002\n2\nSCT\nCOBADEFFXXX\nDeniz Arslan\nDE89370400440532013000\nEUR18800\n\n\nINV-2026-39067")
_random = random.Random(20)
PAYLOADS = [EPC, "Ünal Çağrı · ΑΦΜ 094014201 · 1.234,56 €".encode(), b"0123456789" * 7,
            b"HTTPS://EXAMPLE.COM/" * 4, "https://mydata.aade.gr/timologio/qrcodeview?ΜΑΡΚ=400001234567890".encode()]
PAYLOADS += [bytes(_random.randrange(32, 127) for _ in range(size)) for size in (1, 20, 60, 140, 300, 600, 1200)]


@pytest.mark.parametrize("payload", PAYLOADS, ids=lambda payload: f"{len(payload)} bytes")
def test_the_modules_are_segnos(payload):
    theirs = segno.make_qr(payload, error="m", boost_error=False, mask=0)
    ours = qr.matrix(payload)
    assert [bytes(row) for row in ours] == [bytes(row) for row in theirs.matrix]


def test_the_payments_use_versions_from_small_to_large():
    versions = {segno.make_qr(payload, error="m", boost_error=False, mask=0).version for payload in PAYLOADS}
    assert len(versions) >= 6 and min(versions) <= 2 and max(versions) >= 20
