"""The cli package itself: every command declared one way, main.py's window-or-command decision, and what
is loaded when (the window and `--help` must not pay for the services, the models or the PDF layer)."""

import json
import os
import subprocess
import sys

import pytest

from studio_app.cli import backup, clients, data, einvoice, importing, mail, mydata, parser, pdf, seal, today
from studio_app.cli.command import Access, Command
from studio_app.cli.options import GlobalOptions, global_options
from studio_app.store import lists
from tests.conftest import ROOT

ORDER = ["demo", "list", "export", "check", "rebuild-totals", "import", "numbering", "client", "pdf", "einvoice", "mydata", "backup", "restore", "today",
         "seal-key", "send", "outbox", "settings"]
COMMAND_MODULES = {f"studio_app.cli.{name}" for name in ("parser", "command", "data", "importing", "clients", "pdf", "einvoice", "mydata",
                                                          "backup", "mail", "today", "seal")}
HEAVY = ("reportlab", "peewee", "babel", "studio_app.store.models", "studio_app.work", "studio_app.documents",
         "studio_app.today", "studio_app.files", "studio_app.money")


def python(code: str, *args: object, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-c", code, *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                            timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})
    assert result.returncode == 0, result.stderr
    return result


def modules_after(code: str, *args: object, env: dict[str, str] | None = None) -> set[str]:
    shown = python(code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))", *args, env=env)
    return set(json.loads(shown.stdout.splitlines()[-1]))


def loaded(modules: set[str], prefix: str) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for name in modules)


def test_every_command_is_one_command_record_in_the_module_of_its_group():
    assert list(parser.COMMANDS) == ORDER
    groups = {module: [c.name for c in module.COMMANDS] for module in parser.GROUPS}
    assert groups == {data: ["demo", "list", "export", "check", "rebuild-totals"], importing: ["import", "numbering"], clients: ["client"],
                      pdf: ["pdf"],
                      einvoice: ["einvoice"], mydata: ["mydata"], backup: ["backup", "restore"], today: ["today"], seal: ["seal-key"],
                      mail: ["send", "outbox", "settings"]}
    assert all(isinstance(c, Command) and c.run.__module__ == module.__name__
               for module in parser.GROUPS for c in module.COMMANDS)


def test_how_each_command_opens_the_database():
    access = {name: command.access for name, command in parser.COMMANDS.items()}
    assert [n for n, a in access.items() if a is Access.READS] == ["list", "export", "check", "pdf", "today"]
    assert [n for n, a in access.items() if a is Access.WRITES] == ["demo", "rebuild-totals", "import", "numbering", "client", "mydata", "seal-key",
                                                                    "send", "outbox", "settings"]
    assert [n for n, a in access.items() if a is Access.READS_ITSELF] == ["backup"]
    assert [n for n, a in access.items() if a is Access.OPENS_ITSELF] == ["einvoice", "restore"]


def test_the_list_kinds_are_the_lists_there_are():
    assert data.LISTS == tuple(lists.SPECS)


def test_help_lists_every_command_in_order(capsys):
    with pytest.raises(SystemExit) as stopped:
        parser.parse(["--help"])
    assert stopped.value.code == 0
    listed = capsys.readouterr().out.split("  COMMAND\n", 1)[1].split("\n\n", 1)[0]
    assert [line.split()[0] for line in listed.splitlines() if line.startswith("    ") and line[4] != " "] == ORDER


@pytest.mark.parametrize(("argv", "expected"), [
    ([], GlobalOptions()),
    (["--smoke"], GlobalOptions(smoke=True)),
    (["--db", "a.sqlite3", "--smoke"], GlobalOptions("a.sqlite3", True)),
    (["--db=postgresql://desk@server/studio"], GlobalOptions("postgresql://desk@server/studio")),
    (["--db", "a", "--db", "b"], GlobalOptions("b")),
    (["--sm", "--d", "a"], GlobalOptions("a", True)),  # abbreviations, as the full parser allows them
    (["--db", "-5"], GlobalOptions("-5")),
])
def test_global_options_alone_mean_the_window(argv, expected):
    assert global_options(argv) == expected


@pytest.mark.parametrize("argv", [
    ["list", "clients"], ["--db", "a", "check"], ["check", "--db", "a"], ["--help"], ["-h"], ["--smoke", "--help"],
    ["--db"], ["--db", "--smoke"], ["--bogus"], ["--db", "a", "--"], ["nonsense"],
])
def test_anything_else_goes_to_the_full_command_line(argv):
    assert global_options(argv).command_line


def test_building_the_parser_loads_no_services_models_or_pdf_layer():
    modules = modules_after("from studio_app.cli import parser\nparser.build_parser()\n"
                            "parser.parse(['--db', 'x.sqlite3', 'pdf', 'invoice', 'INV-1', '-o', 'x.pdf'])")
    assert COMMAND_MODULES <= modules
    assert not [prefix for prefix in HEAVY if loaded(modules, prefix)]


def test_opening_the_window_loads_neither_the_pdf_layer_nor_the_commands(tmp_path):
    env = {"STUDIO_DESK_DATA": str(tmp_path / "desk"), "QT_QPA_PLATFORM": "offscreen"}
    modules = modules_after("import sys, main\nassert main.main(sys.argv[1:]) == 0",
                            "--db", tmp_path / "studio.sqlite3", "--smoke", env=env)
    assert "ui.main_window" in modules and "studio_app.cli.options" in modules  # the window was shown
    assert not loaded(modules, "reportlab") and not loaded(modules, "studio_app.documents")
    assert not COMMAND_MODULES & modules


def test_a_command_loads_what_it_needs_when_it_runs(sqlite_db, tmp_path):
    env = {"STUDIO_DESK_DATA": str(tmp_path / "desk")}
    modules = modules_after("import sys, main\nassert main.main(sys.argv[1:]) == 0", "--db", sqlite_db, "check",
                            env=env)
    assert loaded(modules, "studio_app.store.check") and not loaded(modules, "reportlab")
