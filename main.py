"""Studio Desk: `python main.py` opens the window; `python main.py <command>` runs headless."""

from __future__ import annotations

import sys
import time

STARTED = time.perf_counter()


def _window_arguments(argv: list[str]) -> tuple[str | None, bool] | None:
    """``(db, smoke)`` when the arguments only open the window (``--db X``, ``--smoke``), else None.

    Opening the window then skips building the command line's parser, which imports every
    command's module (PDF, backup, today), none of which the window needs to appear.
    """
    target, smoke, rest = None, False, list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--smoke":
            smoke = True
        elif arg == "--db" and rest and not rest[0].startswith("-"):
            target = rest.pop(0)
        elif arg.startswith("--db=") and len(arg) > 5:
            target = arg[5:]
        else:
            return None  # a command, --help, or a mistake: the full parser answers
    return target, smoke


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    window = _window_arguments(argv)
    if window is None:
        from studio_app.cli import parser
        args = parser.parse(argv)
        if args.command:
            return parser.run(args)
        window = args.db, args.smoke
    from ui.app import run_gui  # Qt loads only when a window is wanted
    return run_gui(window[0], smoke=window[1], started=STARTED)


if __name__ == "__main__":
    raise SystemExit(main())
