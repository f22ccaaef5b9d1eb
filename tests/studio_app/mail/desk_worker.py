"""A desk in a process of its own, sending from a shared database.

    desk_worker.py TARGET MODE [ID] [START_FILE]

MODE ``crash_after_accepted``: send message ID and stop dead (os._exit) right after the server's 250 to
DATA, before anything is written. ``retry``: print "ready", wait for START_FILE, then retry the whole outbox
and print each result.
"""

import os
import sys
import time
from pathlib import Path

from studio_app.mail import outbox
from studio_app.store import startup

target, mode = sys.argv[1], sys.argv[2]
startup.open_database(target)


def stop(row) -> None:
    os._exit(9)


if mode == "crash_after_accepted":
    outbox.after_accepted = stop
    outbox.send(int(sys.argv[3]))
elif mode == "retry":
    start = Path(sys.argv[4])
    print("ready", flush=True)
    while not start.exists():
        time.sleep(0.001)
    for result in outbox.retry_all():
        print(f"{result.id} {result.status}")
print("finished")
