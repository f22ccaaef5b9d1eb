"""`client add --name NAME [--FIELD VALUE …]` and `client edit ID [--FIELD VALUE …]`: a client from a script,
checked by the same rules as the client form (VAT ids, Leitweg-ID, Peppol endpoint, country code)."""

from __future__ import annotations

import argparse

from studio_app.text.errors import StudioError

from .command import Access, Command, arg

# The client fields a script can set (the form's, less the dates and the notes' long text).
FIELDS = ("name", "company", "email", "phone", "address", "street", "postcode", "city", "country", "tax_id",
          "language", "currency", "preferred_channel", "einvoice_format", "buyer_reference", "endpoint_scheme",
          "endpoint_id", "notes")


def _given(args: argparse.Namespace) -> dict[str, object]:
    values = {name: getattr(args, name) for name in FIELDS if getattr(args, name) is not None}
    for name in ("address", "notes"):  # a shell argument has no line breaks: "\n" stands for one
        if name in values:
            values[name] = str(values[name]).replace("\\n", "\n")
    return values


def run_client(args: argparse.Namespace) -> int:
    from studio_app.work import clients  # the services load when the command runs
    values = _given(args)
    if args.action == "add":
        if args.client_id is not None:
            raise StudioError("A new client has no id yet: give its fields only.")
        client = clients.create(**values)
        print(f"Added client {client.id}: {client.name}")
        return 0
    if args.client_id is None:
        raise StudioError("Say which client to edit: client edit ID --FIELD VALUE.")
    if not values:
        raise StudioError("Give at least one field to change, such as --einvoice-format xrechnung-cii.")
    client = clients.update(args.client_id, **values)
    print(f"Saved client {client.id}: {client.name}")
    return 0


COMMANDS = (
    Command("client", "add a client or change one's fields (e-invoice format and identifiers included)",
            run_client, Access.WRITES, (
                arg("action", choices=("add", "edit")),
                arg("client_id", nargs="?", type=int, metavar="ID", help="for edit: the client's id"),
                *(arg(f"--{name.replace('_', '-')}", dest=name, help=help_text) for name, help_text in (
                    ("name", None), ("company", None), ("email", None), ("phone", None),
                    ("address", "the address as printed (use \\n between lines)"), ("street", None),
                    ("postcode", None), ("city", None), ("country", "ISO 3166 code, such as DE"),
                    ("tax_id", "VAT id with its country prefix, such as DE136695976"), ("language", None),
                    ("currency", None), ("preferred_channel", None),
                    ("einvoice_format", "none, facturx, xrechnung-cii, xrechnung-ubl or peppol"),
                    ("buyer_reference", "BT-10; the Leitweg-ID for XRechnung"),
                    ("endpoint_scheme", "Peppol EAS code of the electronic address, such as 0208, 9930, 0204"),
                    ("endpoint_id", "the electronic address (BT-49)"), ("notes", None))),
            )),
)
