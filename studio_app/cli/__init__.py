"""The command line: ``python main.py [--db PATH_OR_URL] <command>``. Errors go to stderr, never a traceback.

What lives where:

- :mod:`.options` — the global options (``--db``, ``--smoke``) and :func:`~.options.global_options`, which
  main.py asks whether to open the window or run a command. Imports argparse only.
- :mod:`.command` — :class:`~.command.Command` (name, help, handler, arguments) and
  :class:`~.command.Access`, how the database is opened for it: read-write, read-only in one snapshot,
  or left to the command (to read, or to restore).
- :mod:`.parser` — the parser built from every group's commands, and :func:`~.parser.run`, the dispatcher.
- one module per group of commands: :mod:`.data` (``demo``, ``list``, ``export``, ``check``, ``rebuild-totals``, the JSON import),
  :mod:`.importing` (``import`` of a JSON export or a CSV, ``numbering continue``), :mod:`.clients` (``client add``,
  ``client edit``), :mod:`.pdf`, :mod:`.einvoice` (``einvoice --check FILE``, ``einvoice NUMBER -o FILE``), :mod:`.backup` (``backup``, ``restore``),
  :mod:`.today`, :mod:`.seal` (``seal-key``), :mod:`.mail` (``send``, ``outbox``, ``settings``).

Adding a command: write its handler, ``run_<name>(args) -> int``, in the module of its group, importing
what it needs inside the handler (building the parser must load no services, models or PDF layer, so
``--help`` and every command start quickly; the window never builds the parser); then add a ``Command(name, help, run_<name>, Access.…, (arg(…), …))``
to that module's ``COMMANDS``. A new group is a new module, added to ``GROUPS`` in :mod:`.parser`.
A user's mistake is a :class:`~studio_app.text.errors.StudioError`: the dispatcher prints its message.
"""
