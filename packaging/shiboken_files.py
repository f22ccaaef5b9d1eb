"""shiboken6's support modules as files, compiled, for the bundle (build.spec ships them as ``shiboken6/files.dir``).

shiboken6 keeps the Python half of its signature support (``shibokensupport``: a dozen modules, ~150 KB of source)
as a zip inside its shared library and compiles every module from source at each start (~25 ms before any
window). When a ``files.dir`` folder sits beside ``shiboken6/__init__``, it imports them from there instead, as
ordinary files (PySide6's own switch: ``SBK_EMBED=0`` writes that folder). Shipping it with bytecode that is never
checked against the source's time stamp (the bundle's copies carry the build's times) makes the import a load.
"""

from __future__ import annotations

import py_compile
import shutil
import sys
from pathlib import Path


def write(target: Path) -> Path:
    """The support modules of the installed shiboken6, extracted into ``target`` and compiled there."""
    import shiboken6  # noqa: F401  (loads the support modules from the embedded zip)
    loader = sys.modules["shibokensupport.signature.loader"].__loader__
    archive = getattr(loader, "zfile", None)
    if archive is None:  # already files (a files.dir in the build machine's own shiboken6)
        source = Path(sys.modules["shibokensupport"].__file__).resolve().parent.parent
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
    else:
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        archive.extractall(target, members=[name for name in archive.namelist() if name.endswith(".py")])
    for path in target.rglob("*.py"):
        py_compile.compile(str(path), doraise=True, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    return target
