"""Studio Desk: `python main.py` opens the window; `python main.py <command>` runs headless."""

from __future__ import annotations

import gc
import sys
import time

STARTED = time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Start-up creates some 300,000 objects that all live on (modules, Qt's enums, widgets); the cyclic
    # collector would walk them about a hundred times before the window is painted (~40 ms). It resumes
    # before a command runs, and in the window once the Today view has painted its figures (ui.app).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(argv)
    finally:
        gc.enable() if collecting else gc.disable()


def _run(argv: list[str]) -> int:
    if argv[:1] == ["demo-part"]:  # hidden (in no --help): the large demo's second process, studio_app.demo.parallel
        gc.enable()
        from studio_app.demo import part
        return part.main()
    from studio_app.cli.options import GlobalOptions, global_options
    options = global_options(argv)
    if options.command_line:  # a command, --help or a mistake: the whole parser (every command's module) answers
        from studio_app.cli import parser
        args = parser.parse(argv)
        if args.command:
            gc.enable()  # a command may build a large demo: collect as usual
            return parser.run(args)
        options = GlobalOptions(args.db, args.smoke)
    from ui.app import run_gui  # Qt loads only when a window is wanted
    return run_gui(options.db, smoke=options.smoke, started=STARTED)


if __name__ == "__main__":
    raise SystemExit(main())
