"""Studio Desk: `python main.py` opens the window; `python main.py <command>` runs headless."""

from __future__ import annotations

import sys
import time

STARTED = time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from studio_app import cli
    args = cli.parse(argv)
    if args.command:
        return cli.run(args)
    from ui.app import run_gui  # Qt loads only when a window is wanted
    return run_gui(args.db, smoke=args.smoke, started=STARTED)


if __name__ == "__main__":
    raise SystemExit(main())
