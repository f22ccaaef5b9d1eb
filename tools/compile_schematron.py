"""Compile the official ISO Schematron rules of XRechnung and Peppol BIS to XSLT 2 with SchXslt, through saxonche.

The EN 16931 rules ship as XSLT already (CEN/TC 434 publishes them compiled); these two projects publish
Schematron (.sch) only. The result goes to resources/einvoice/<name>/ and is committed, so nothing is compiled
at run time. Run it again after updating a mirror:

    .venv/bin/python tools/compile_schematron.py [--mirror /work/.mirror]

Each source is read from a git mirror at its HEAD (``git archive``; VERSION files name the commits), so the output
is the same but for the time stamp SchXslt writes (dct:created).
"""

from __future__ import annotations

import argparse
import io
import subprocess
import tarfile
import tempfile
from pathlib import Path

from saxonche import PySaxonProcessor

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "einvoice"
SCHXSLT = ("schxslt+schxslt", "core/src/main/resources/xslt/2.0", "pipeline-for-svrl.xsl")
#: name -> (mirror, folder to extract, the .sch inside it, output file)
SOURCES = {
    "xrechnung-cii": ("itplr-kosit+xrechnung-schematron", "src/validation/schematron",
                      "cii/XRechnung-CII-validation.sch", "xrechnung/XRechnung-CII-validation.xsl"),
    "xrechnung-ubl": ("itplr-kosit+xrechnung-schematron", "src/validation/schematron",
                      "ubl/XRechnung-UBL-validation.sch", "xrechnung/XRechnung-UBL-validation.xsl"),
    "peppol-ubl": ("OpenPEPPOL+peppol-bis-invoice-3", "rules/sch", "PEPPOL-EN16931-UBL.sch",
                   "peppol/PEPPOL-EN16931-UBL.xsl"),
}


def extract(mirror: Path, repo: str, folder: str, into: Path) -> Path:
    """The folder of the mirror's HEAD, written under ``into``."""
    git = mirror / repo / "repo"
    data = subprocess.run(["git", "-C", str(git), "archive", "--format=tar", "HEAD", folder],
                          check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into / folder


def compile_all(mirror: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp, PySaxonProcessor(license=False) as saxon:
        saxon.set_configuration_property("http://saxon.sf.net/feature/allowedProtocols", "file")
        pipeline = extract(mirror, SCHXSLT[0], SCHXSLT[1], Path(tmp) / "schxslt") / SCHXSLT[2]
        xslt = saxon.new_xslt30_processor()
        compiled = xslt.compile_stylesheet(stylesheet_file=str(pipeline))
        for name, (repo, folder, sch, target) in SOURCES.items():
            source = extract(mirror, repo, folder, Path(tmp) / name) / sch
            out = OUT / target
            out.parent.mkdir(parents=True, exist_ok=True)
            compiled.transform_to_file(source_file=str(source), output_file=str(out))
            print(f"{name}: {source.name} -> {out.relative_to(ROOT)} ({out.stat().st_size:,} bytes)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    compile_all(parser.parse_args().mirror)


if __name__ == "__main__":
    main()
