"""The cli package itself: every command declared one way, and what is loaded when (`--help` must not pay
for the services, the models or the PDF layer)."""

import json
import os
import subprocess
import sys

import pytest

from studio_app.cli import backup, data, parser, pdf, seal, today
from studio_app.cli.command import Access, Command
from studio_app.store import lists
from tests.conftest import ROOT

ORDER = ["demo", "list", "export", "import", "check", "pdf", "backup", "restore", "today", "seal-key"]
COMMAND_MODULES = {f"studio_app.cli.{name}" for name in ("parser", "command", "data", "pdf", "backup", "today",
                                                          "seal")}
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
    assert groups == {data: ["demo", "list", "export", "import", "check"], pdf: ["pdf"],
                      backup: ["backup", "restore"], today: ["today"], seal: ["seal-key"]}
    assert all(isinstance(c, Command) and c.run.__module__ == module.__name__
               for module in parser.GROUPS for c in module.COMMANDS)


def test_how_each_command_opens_the_database():
    access = {name: command.access for name, command in parser.COMMANDS.items()}
    assert [n for n, a in access.items() if a is Access.READS] == ["list", "export", "check", "pdf", "today"]
    assert [n for n, a in access.items() if a is Access.WRITES] == ["demo", "import", "seal-key"]
    assert [n for n, a in access.items() if a is Access.OPENS_ITSELF] == ["backup", "restore"]


def test_the_list_kinds_are_the_lists_there_are():
    assert data.LISTS == tuple(lists.SPECS)


def test_help_lists_every_command_in_order(capsys):
    with pytest.raises(SystemExit) as stopped:
        parser.parse(["--help"])
    assert stopped.value.code == 0
    listed = capsys.readouterr().out.split("  COMMAND\n", 1)[1].split("\n\n", 1)[0]
    assert [line.split()[0] for line in listed.splitlines() if line.startswith("    ") and line[4] != " "] == ORDER


def test_building_the_parser_loads_no_services_models_or_pdf_layer():
    modules = modules_after("from studio_app.cli import parser\nparser.build_parser()\n"
                            "parser.parse(['--db', 'x.sqlite3', 'pdf', 'invoice', 'INV-1', '-o', 'x.pdf'])")
    assert COMMAND_MODULES <= modules
    assert not [prefix for prefix in HEAVY if loaded(modules, prefix)]


def test_a_command_loads_what_it_needs_when_it_runs(sqlite_db, tmp_path):
    env = {"STUDIO_DESK_DATA": str(tmp_path / "desk")}
    modules = modules_after("import sys, main\nassert main.main(sys.argv[1:]) == 0", "--db", sqlite_db, "check",
                            env=env)
    assert loaded(modules, "studio_app.store.check") and not loaded(modules, "reportlab")
