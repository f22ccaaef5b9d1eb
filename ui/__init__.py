"""The Qt interface (PySide6): `ui.app` starts it; views, widgets, dialogs and item models live in the subpackages.

Importing PySide6 replaces ``__import__`` with a hook that serves its ``from __feature__ import snake_case``
switches and, to do so, reads the whole source of every module imported after it (``inspect.getsource``: about
150 modules before the first paint, 15–40 ms of every start). The app uses no such switch, so the import in
force before the hook (shiboken's own, which keeps ``from PySide6.QtX import *`` working) is put back here,
before any of our modules imports Qt.
"""

import builtins

import PySide6.QtCore  # noqa: F401  (installs the hook)

builtins.__import__ = getattr(builtins, "__orig_import__", builtins.__import__)
