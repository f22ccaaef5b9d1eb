"""`einvoice --check FILE` as a person runs it: each failed rule on a line with its id, the exit code says it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from studio_app import einvoice
from tests.processes import ROOT, studio

from .cases import CASES


def test_check_a_good_and_a_bad_file(tmp_path):
    good = tmp_path / "INV-2026-0001.xml"
    good.write_bytes(einvoice.build(CASES["standard"], "facturx"))
    result = studio("einvoice", "--check", good)
    assert (result.returncode, result.stdout, result.stderr) == (0, "valid: UN/CEFACT CII D16B, Factur-X EN 16931\n",
                                                                 "")
    bad = tmp_path / "bad.xml"
    bad.write_bytes(good.read_bytes().replace(b"<ram:DuePayableAmount>", b"<ram:DuePayableAmount>9", 1))
    result = studio("einvoice", "--check", bad)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert lines == [
        "BR-CO-16: Amount due for payment (BT-115) = Invoice total amount with VAT (BT-112) -Paid amount (BT-113) "
        "+Rounding amount (BT-114). (/CrossIndustryInvoice/SupplyChainTradeTransaction/ApplicableHeaderTradeSettlement"
        "/SpecifiedTradeSettlementHeaderMonetarySummation)"]


def test_check_refuses_a_hostile_file_and_a_folder_in_one_line(tmp_path):
    hostile = tmp_path / "x.xml"
    hostile.write_text('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>')
    result = studio("einvoice", "--check", hostile)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == "studio-desk: The file declares a DOCTYPE, which an e-invoice never does; it was not " \
                            "read.\n"
    result = studio("einvoice", "--check", Path(tmp_path))
    assert result.returncode == 1 and result.stderr.startswith("studio-desk: “") and "is not a file" in result.stderr


def test_without_saxonche_the_check_is_the_xsd_and_says_so(tmp_path):
    """The packaged app has no saxonche: the same command checks the XSD only and says so (a module set to None in
    sys.modules is one Python cannot find, as when it is not installed)."""
    good = tmp_path / "INV-2026-0001-peppol.xml"
    good.write_bytes(einvoice.build(CASES["standard"], "peppol"))
    code = ("import runpy, sys; sys.modules['saxonche'] = None; sys.argv = ['main.py', 'einvoice', '--check', "
            f"{str(good)!r}]; runpy.run_path('main.py', run_name='__main__')")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.stdout == "valid: UBL 2.1 Invoice, Peppol BIS Billing 3.0 (XSD only)\n", result.stderr
    assert result.stderr == ("studio-desk: note: Only the XSD was checked: the EN 16931 rules need the "
                             "einvoice-check extra (saxonche).\n")
    assert result.returncode == 0
