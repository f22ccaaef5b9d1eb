# A PyInstaller run-time hook (build.spec's runtime_hooks), run before PyInstaller's own: its PySide6 hook imports
# PySide6.QtCore before main.py starts, so the import ui/__init__.py makes cheaper (shiboken's bracket-tower regular
# expressions compiled when first used, PySide6's source-reading import hook taken off again) is made here first,
# as it is in a start from source.
import ui  # noqa: F401
