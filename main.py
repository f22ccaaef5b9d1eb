"""Studio Desk: `python main.py` opens the window; `python main.py <command>` runs headless."""

from __future__ import annotations

import sys
import time

STARTED = time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from studio_app.cli.options import GlobalOptions, global_options
    options = global_options(argv)
    if options.command_line:  # a command, --help or a mistake: the whole parser (every command's module) answers
        from studio_app.cli import parser
        args = parser.parse(argv)
        if args.command:
            return parser.run(args)
        options = GlobalOptions(args.db, args.smoke)
    from ui.app import run_gui  # Qt loads only when a window is wanted
    return run_gui(options.db, smoke=options.smoke, started=STARTED)


if __name__ == "__main__":
    raise SystemExit(main())
