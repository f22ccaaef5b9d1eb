"""Lists sort names and titles as people read them in the interface language, in SQL, on both engines; every
write path keeps the stored collation keys (migration 12) in step with the text."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from studio_app.files import export
from studio_app.store import db, lists, migrations, pickers, sort_keys, startup
from studio_app.store.models import Client, Project
from studio_app.text import collation
from studio_app.work import clients, projects
from tests import factories

NAMES = ["Zoë Baker", "Zeynep Çelik", "Ωμέγα Παπαδοπούλου", "İlker Şahin", "Çağla Demir", "Iraz Kaya", "Άλφα Νικολάου",
         "Cem Aydın", "Ilgaz Oral", "Dilek Ateş"]
ORDER = {
    "en": ["Çağla Demir", "Cem Aydın", "Dilek Ateş", "Ilgaz Oral", "İlker Şahin", "Iraz Kaya", "Zeynep Çelik",
           "Zoë Baker", "Άλφα Νικολάου", "Ωμέγα Παπαδοπούλου"],
    "tr": ["Cem Aydın", "Çağla Demir", "Dilek Ateş", "Ilgaz Oral", "Iraz Kaya", "İlker Şahin", "Zeynep Çelik",
           "Zoë Baker", "Άλφα Νικολάου", "Ωμέγα Παπαδοπούλου"],
    "el": ["Άλφα Νικολάου", "Ωμέγα Παπαδοπούλου", "Çağla Demir", "Cem Aydın", "Dilek Ateş", "Ilgaz Oral",
           "İlker Şahin", "Iraz Kaya", "Zeynep Çelik", "Zoë Baker"],
}
ORDER["ms"] = ORDER["en"]


@pytest.fixture
def named(any_db, today):
    """Clients written in an order unlike any collation, each with a project titled after the client."""
    made = {}
    for name in NAMES:
        client = factories.client(name=name, company=name.split()[-1] + " Studio", email="", tax_id="")
        made[name] = client.id
        factories.project(client.id, title=f"{name.split()[0]} poster")
    return made


def names_in(kind: str, language: str, **options) -> list[str]:
    _, rows = lists.page(kind, lists.Filter(include_archived=True), language=language, **options)
    return [row["name"] if kind == "clients" else row["client"] for row in rows]


@pytest.mark.parametrize("language", ["en", "tr", "el", "ms"])
def test_clients_and_projects_sort_in_the_interface_languages_collation(named, language):
    assert names_in("clients", language, sort="name", descending=False) == ORDER[language]
    assert names_in("clients", language, sort="name", descending=True) == ORDER[language][::-1]
    assert names_in("projects", language, sort="client", descending=False) == ORDER[language]
    firsts = [name.split()[0] for name in ORDER[language]]
    _, rows = lists.page("projects", lists.Filter(), sort="title", descending=False, language=language)
    assert [row["title"].removesuffix(" poster") for row in rows] == firsts
    assert [name for _, name in pickers.names("clients", language=language)] == ORDER[language]


def test_documents_sort_by_their_clients_key(named):
    for name in NAMES[:4]:
        factories.issued_invoice(named[name])
    _, rows = lists.page("invoices", lists.Filter(), sort="client", descending=False, language="tr")
    assert [row["client"] for row in rows] == [n for n in ORDER["tr"] if n in NAMES[:4]]
    _, rows = lists.page("invoices", lists.Filter(), sort="client", descending=True, language="el")
    assert [row["client"] for row in rows] == [n for n in ORDER["el"] if n in NAMES[:4]][::-1]


def test_a_renamed_client_and_project_move_to_their_new_place(named):
    clients.update(named["Zoë Baker"], name="Ayla Baker", company="Baker Studio", email="", tax_id="")
    assert names_in("clients", "tr", sort="name", descending=False)[0] == "Ayla Baker"
    project = Project.get(Project.client == named["Zoë Baker"])
    projects.update(project.id, title="Açık hava")
    _, rows = lists.page("projects", lists.Filter(), sort="title", descending=False, language="tr")
    assert [row["title"] for row in rows][:2] == ["Açık hava", "Cem poster"]
    stored = Client.get_by_id(named["Zoë Baker"])
    assert bytes(stored.name_key_tr) == collation.sort_key("Ayla Baker", "tr")
    assert bytes(stored.company_key_el) == collation.sort_key("Baker Studio", "el")


def test_every_peewee_write_keeps_the_keys(any_db):
    Client.insert(name="Şule", company="").execute()
    Client.insert_many([{"name": "Ümit", "company": "Ödül"}, {Client.name: "Ilgın", Client.company: ""}]).execute()
    Client.insert_many([("Çınar", "")], fields=[Client.name, Client.company]).execute()
    client = Client.create(name="Oya")
    client.name = "Öznur"
    client.save()
    Client.update(company="Çatı").where(Client.name == "Öznur").execute()
    for row in Client.select():
        for name in collation.COLLATIONS:
            assert bytes(getattr(row, f"name_key_{name}")) == collation.collator(name).key(row.name), row.name
            assert bytes(getattr(row, f"company_key_{name}")) == collation.collator(name).key(row.company), row.name


def test_an_export_keeps_its_order_and_doctored_keys_are_made_again(named, tmp_path):
    export.export_json(tmp_path / "out.json")
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    for row in data["tables"]["client"] + data["tables"]["project"]:
        for column in sort_keys.key_columns("client") + sort_keys.key_columns("project"):
            if column in row:
                row[column] = "AAAA"  # a key that would sort every row first
    (tmp_path / "doctored.json").write_text(json.dumps(data), encoding="utf-8")
    db.close()
    startup.open_database(tmp_path / "copy.sqlite3")
    export.import_json(tmp_path / "doctored.json")
    assert names_in("clients", "tr", sort="name", descending=False) == ORDER["tr"]
    export.export_json(tmp_path / "again.json")
    assert (tmp_path / "again.json").read_text(encoding="utf-8") == (tmp_path / "out.json").read_text(encoding="utf-8")


def test_migration_12_gives_the_rows_already_there_their_keys(tmp_path):
    fixtures = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "schemas").glob("v*.sqlite3"))
    path = tmp_path / "old.sqlite3"
    shutil.copy(fixtures[-1], path)
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT id, name, company FROM client").fetchall()
        titles = conn.execute("SELECT id, title FROM project").fetchall()
    conn.close()
    startup.open_database(path)
    assert migrations.current_version(db.current()) == migrations.LATEST and before and titles
    for client_id, name, company in before:
        row = Client.get_by_id(client_id)
        assert (bytes(row.name_key_tr), bytes(row.company_key_root)) == \
            (collation.sort_key(name, "tr"), collation.sort_key(company, "en"))
    for project_id, title in titles:
        assert bytes(Project.get_by_id(project_id).title_key_el) == collation.sort_key(title, "el")
    plan = " ".join(str(row) for row in db.current().execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM client WHERE archived = 0 ORDER BY name_key_tr, id").fetchall())
    assert "client_archived_name_key_tr" in plan and "TEMP B-TREE" not in plan


def test_a_csv_import_gives_clients_and_projects_their_keys(any_db, tmp_path):
    from studio_app.importing import plan
    from tests.studio_app.importing import samples
    plan.import_csv("clients", samples.excel(tmp_path, "tr.csv", samples.TURKISH_CLIENTS))
    plan.import_csv("clients", samples.write(tmp_path, "el.csv", samples.GREEK_CLIENTS, "cp1253"))
    names = [c.name for c in Client.select()]
    assert len(names) > 2
    for row in Client.select():
        assert bytes(row.name_key_tr) == collation.sort_key(row.name, "tr") and bytes(row.name_key_el)
    assert names_in("clients", "el", sort="name", descending=False) == \
        sorted(names, key=lambda name: collation.sort_key(name, "el"))
