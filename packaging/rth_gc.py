# A PyInstaller run-time hook (build.spec's runtime_hooks), run before PyInstaller's own: those import PySide6
# before main.py starts, so the cyclic garbage collector is held off here as main.py holds it off for its own
# imports (the app turns it back on once its window is painted, and before a command runs).
import gc

gc.disable()
