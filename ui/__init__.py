"""The Qt interface (PySide6): `ui.app` starts it; views, widgets, dialogs and item models live in the subpackages.

Two costs of importing PySide6 are avoided here, before any of our modules imports Qt:

- shiboken6 keeps the Python half of its signature support (``shibokensupport``, a dozen modules) as a zip inside
  its library and compiles every module from source at each import (~25 ms of CPU). Their code objects are kept
  beside Python's own bytecode (``__pycache__``, or ``sys.pycache_prefix``) with the source they were compiled
  from, and used while the source is the same. (The bundle ships them as files instead:
  ``packaging/shiboken_files.py``; then nothing is compiled here.)
- Importing PySide6 replaces ``__import__`` with a hook that serves its ``from __feature__ import snake_case``
  switches and, to do so, reads the whole source of every module imported after it (``inspect.getsource``: about
  150 modules before the first paint, 15–40 ms of every start). The app uses no such switch, so the import in
  force before the hook (shiboken's own, which keeps ``from PySide6.QtX import *`` working) is put back.
- Three of those modules compile, as they load, regular expressions of a three-level tower of brackets (6,000
  characters each, ~10 ms of CPU together): two for the ``.pyi`` stub generator, one for parsing a signature
  (an error message about a call's arguments). Each is compiled when first used instead.
"""

import builtins
import marshal
import os
import re
import sys

_COMPILED = os.path.join(sys.pycache_prefix or os.path.join(os.path.dirname(__file__), "__pycache__"),
                         f"shibokensupport.{sys.implementation.cache_tag}.marshal")


def _kept() -> dict:
    try:
        with open(_COMPILED, "rb") as file:
            kept = marshal.load(file)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}


class _Deferred:
    """A pattern compiled when one of its methods is first called (all shiboken does with these)."""

    def __init__(self, args: tuple, kwargs: dict) -> None:
        self._args, self._kwargs, self._pattern = args, kwargs, None

    def __getattr__(self, name: str):
        if name.startswith("__"):  # a class body's ABCMeta asks each attribute for __isabstractmethod__
            raise AttributeError(name)
        if callable(getattr(re.Pattern, name, None)):
            return lambda *args, **kwargs: getattr(self._compiled(), name)(*args, **kwargs)
        return getattr(self._compiled(), name)

    def _compiled(self) -> re.Pattern:
        if self._pattern is None:
            self._pattern = _re_compile(*self._args, **self._kwargs)
        return self._pattern


_re_compile = re.compile


def _compile_when_used(*args, **kwargs):
    caller = sys._getframe(1).f_code.co_filename
    if "shibokensupport" in caller and "signature" in caller:
        return _Deferred(args, kwargs)
    return _re_compile(*args, **kwargs)


def _import_qt_core() -> None:
    """``import PySide6.QtCore`` with shiboken's support modules compiled once, not at every start."""
    kept = _kept()
    compiled: dict[str, tuple[bytes, object]] = {}
    compile_ = builtins.compile

    def compile_kept(source, filename, mode, *args, **kwargs):
        if (args or kwargs or mode != "exec" or not isinstance(source, bytes) or not isinstance(filename, str)
                or not filename.startswith("shibokensupport/")):
            return compile_(source, filename, mode, *args, **kwargs)
        entry = kept.get(filename)
        if not (isinstance(entry, tuple) and len(entry) == 2 and entry[0] == source):
            entry = (source, compile_(source, filename, mode))
        compiled[filename] = entry
        return entry[1]

    builtins.compile, re.compile = compile_kept, _compile_when_used
    try:
        import PySide6.QtCore  # noqa: F401  (loads shibokensupport, installs the import hook)
    finally:
        builtins.compile, re.compile = compile_, _re_compile
    if compiled and any(kept.get(name) is not entry for name, entry in compiled.items()) \
            and not sys.dont_write_bytecode:
        try:  # as Python writes its bytecode: quietly, or not at all (a read-only install)
            os.makedirs(os.path.dirname(_COMPILED), exist_ok=True)
            partial = f"{_COMPILED}.{os.getpid()}"
            with open(partial, "wb") as file:
                marshal.dump(compiled, file)
            os.replace(partial, _COMPILED)
        except OSError:
            pass


_import_qt_core()
builtins.__import__ = getattr(builtins, "__orig_import__", builtins.__import__)
