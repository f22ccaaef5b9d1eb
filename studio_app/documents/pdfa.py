"""Is a PDF an acceptable PDF/A-3b? pikepdf's allow-list validator says (veraPDF's rules, run in process)."""

from __future__ import annotations

import io


def problems(pdf: bytes) -> list[str]:
    """Every reason ``pdf`` is not PDF/A-3b, one line each (rule, where, what); empty when it passes.

    The validator approves only what it recognises, so a line may be a false alarm but an empty list is not.
    It does not check embedded files: check the base PDF before :func:`.facturx.attach` adds the XML."""
    import pikepdf.pdfa  # lazily: only checks and Factur-X need pikepdf

    report = pikepdf.pdfa.validate_written(io.BytesIO(pdf), "3b")
    found = [f"{finding.rule} at {finding.where}: {finding.message}" for finding in report.findings]
    if not found and not report.passed:
        found.append("pikepdf did not approve the file and gave no reason")
    return found
