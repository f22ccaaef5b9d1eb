"""The fields each kind of import fills, and the column names that fill them.

A column name is compared folded: case, accents and everything but letters and digits set aside, so
"E-mail", "e_mail" and "EMAIL" are one name, as are "Müşteri Adı" and "musteri adi", "Τηλέφωνο" and "ΤΗΛΕΦΩΝΟ".

Where the names come from:
- Invoice Ninja (v5): ``app/Export/CSV/ClientExport.php`` and ``InvoiceExport.php`` in invoiceninja/invoiceninja
  head each column with the English text of its key (``texts.name`` "Name", ``vat_number`` "VAT Number",
  ``id_number``, ``address1`` "Street", ``address2`` "Apt/Suite", ``postal_code``, ``paid_to_date``
  "Paid to Date", ``total_taxes``, ``balance``, ``due_date``); newer versions prefix the entity, "Client Name",
  "Contact Email", "Invoice Number", "Invoice Date". Both are here.
- InvoiceShelf/Crater: the columns of its ``customers`` and ``invoices`` tables
  (crater-invoice/crater ``database/migrations/…create_customers_table.php``, ``…create_invoices_table.php``):
  name, email, phone, contact_name, company_name, website; invoice_number, invoice_date, due_date,
  sub_total, tax, total, due_amount, paid_status. (Crater keeps amounts in cents in its database; its CSV
  and report exports show them in major units, which is what is read here.)
- Bonsai and HoneyBook: the column names of their CSV exports as their help centres describe them
  ("Client", "Client Email", "Invoice #", "Issued Date", "Paid Date", "Amount Due"; HoneyBook "Full Name",
  "Project Name", "Project Date", "Payment Status"). We could not check these against a real export here;
  a name that differs is mapped by hand in the window or with ``--map``.
- A generic spreadsheet: the plain English words, and the Turkish, Greek and Malay a studio would type.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from studio_app.text import cleaning
from studio_app.text.errors import StudioError
from studio_app.text.messages import field_label

KINDS = ("clients", "projects", "invoices")
# A required field may come from these instead: a person's name from its two parts, the client by e-mail.
INSTEAD = {"name": ("first_name", "last_name"), "client": ("client_email",)}
_NOT_ALNUM = re.compile(r"[^0-9a-z\u0370-\u03ff]")


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    required: bool = False
    names: tuple[str, ...] = ()


def _f(name: str, label: str, names: str, required: bool = False) -> Field:
    return Field(name, label, required, tuple(n.strip() for n in names.split("|") if n.strip()))


_CLIENT_NAME = "Client|Customer|Client Name|Customer Name|Müşteri|Müşteri Adı|Πελάτης|Pelanggan|Nama Pelanggan"
_CLIENT_EMAIL = ("Client Email|Customer Email|Contact Email|Müşteri E-posta|Email πελάτη|E-mel Pelanggan|"
                 "customer_email")

FIELDS: dict[str, tuple[Field, ...]] = {
    "clients": (
        _f("name", field_label("Name"), "Name|Client Name|Customer Name|Display Name|Full Name|Contact Name|Client|"
           "Customer|Ad|Adı|Ad Soyad|Adı Soyadı|İsim|Müşteri|Müşteri Adı|Όνομα|Ονοματεπώνυμο|Πελάτης|Nama|"
           "Nama Penuh|Pelanggan|Nama Pelanggan|contact_name", required=True),
        _f("first_name", field_label("First name"), "First Name|Contact First Name|Given Name|Ad (İlk)|Όνομα (μικρό)|"
           "Nama Pertama"),
        _f("last_name", field_label("Last name"), "Last Name|Contact Last Name|Surname|Family Name|Soyad|Soyadı|"
           "Επώνυμο|Nama Akhir|Nama Keluarga"),
        _f("company", field_label("Company"), "Company|Company Name|Organization|Organisation|Business|Business Name|"
           "company_name|Firma|Firma Adı|Şirket|Şirket Adı|Kurum|Εταιρεία|Επωνυμία|Επιχείρηση|Syarikat|"
           "Nama Syarikat|Organisasi"),
        _f("email", field_label("Email"), "Email|E-mail|Email Address|Contact Email|Client Email|Primary Email|"
           "E-posta|E-posta Adresi|Eposta|Ηλεκτρονικό ταχυδρομείο|Διεύθυνση email|E-mel|Emel|Alamat E-mel"),
        _f("phone", field_label("Phone"), "Phone|Phone Number|Telephone|Mobile|Contact Phone|Work Phone|Telefon|"
           "Telefon No|Cep Telefonu|Τηλέφωνο|Κινητό|No. Telefon|Nombor Telefon|Telefon Bimbit"),
        _f("address", field_label("Address"), "Address|Street|Address 1|Address1|Billing Address|Street Address|"
           "address_street_1|Adres|Açık Adres|Διεύθυνση|Οδός|Alamat|Alamat 1"),
        _f("address2", field_label("Address line 2"), "Address 2|Address2|Apt/Suite|Address Line 2|"
           "address_street_2|Adres 2|Διεύθυνση 2|Alamat 2"),
        _f("city", field_label("City"), "City|Town|Şehir|İl|İlçe|Πόλη|Bandar"),
        _f("postal_code", field_label("Postal code"), "Postal Code|Post Code|Postcode|ZIP|Zip Code|Posta Kodu|"
           "Ταχυδρομικός κώδικας|Τ.Κ.|Poskod"),
        _f("state", field_label("State or region"), "State|Region|Province|County|Bölge|Νομός|Περιφέρεια|Negeri"),
        _f("country", field_label("Country"), "Country|Country Name|Billing Country|Ülke|Χώρα|Negara"),
        _f("tax_id", field_label("VAT id"), "VAT Number|VAT|VAT ID|VAT No|Tax ID|Tax Number|Tax No|TIN|ID Number|"
           "tax_id|Vergi No|Vergi Numarası|Vergi Kimlik No|VKN|ΑΦΜ|Α.Φ.Μ.|Αριθμός ΦΠΑ|No. Cukai|Nombor Cukai|"
           "ID Cukai|No. SST|No. Pendaftaran SST"),
        _f("language", field_label("Language"), "Language|Locale|Dil|Γλώσσα|Bahasa"),
        _f("currency", field_label("Currency"), "Currency|Currency Code|Para Birimi|Döviz|Νόμισμα|Mata Wang"),
        _f("notes", field_label("Notes"), "Notes|Note|Private Notes|Public Notes|Comments|Notlar|Not|Açıklama|"
           "Σημειώσεις|Σχόλια|Nota|Catatan"),
        _f("birthday", field_label("Birthday"), "Birthday|Date of Birth|Birth Date|DOB|Doğum Günü|Doğum Tarihi|"
           "Γενέθλια|Ημερομηνία γέννησης|Hari Lahir|Tarikh Lahir"),
    ),
    "projects": (
        _f("client", field_label("Client"), _CLIENT_NAME, required=True),
        _f("client_email", field_label("Client email"), _CLIENT_EMAIL),
        _f("title", field_label("Project title"), "Title|Project|Project Name|Project Title|Name|Proje|Proje Adı|"
           "Başlık|Έργο|Τίτλος|Όνομα έργου|Projek|Nama Projek|Tajuk", required=True),
        _f("status", field_label("Status"), "Status|Stage|Project Status|Durum|Aşama|Κατάσταση|Στάδιο|Peringkat"),
        _f("deadline", field_label("Deadline"), "Deadline|Due Date|Due|End Date|Project Date|Delivery Date|"
           "Teslim Tarihi|Son Tarih|Bitiş Tarihi|Προθεσμία|Ημερομηνία παράδοσης|Tarikh Akhir|Tarikh Siap|Tarikh Tamat"),
        _f("price", field_label("Price"), "Price|Budget|Amount|Fee|Total|Project Price|Fiyat|Bütçe|Tutar|Ücret|Τιμή|"
           "Ποσό|Προϋπολογισμός|Αμοιβή|Harga|Bajet|Amaun|Yuran"),
        _f("currency", field_label("Currency"), "Currency|Currency Code|Para Birimi|Döviz|Νόμισμα|Mata Wang"),
    ),
    "invoices": (
        _f("number", field_label("Invoice number"), "Invoice Number|Number|Invoice #|Invoice No|Invoice No.|"
           "Invoice|No|invoice_number|Fatura No|Fatura Numarası|Fatura|Belge No|Αριθμός|Αριθμός τιμολογίου|"
           "Αρ. τιμολογίου|Τιμολόγιο|No. Invois|Nombor Invois|Invois", required=True),
        _f("client", field_label("Client"), _CLIENT_NAME, required=True),
        _f("client_email", field_label("Client email"), _CLIENT_EMAIL),
        _f("issue_date", field_label("Issue date"), "Invoice Date|Date|Issue Date|Issued Date|Issued|Date Issued|"
           "invoice_date|Fatura Tarihi|Tarih|Düzenleme Tarihi|Ημερομηνία|Ημερομηνία έκδοσης|Tarikh|Tarikh Invois",
           required=True),
        _f("due_date", field_label("Due date"), "Due Date|Due|Payment Due|Due On|due_date|Vade|Vade Tarihi|"
           "Son Ödeme Tarihi|Λήξη|Ημερομηνία λήξης|Tarikh Matang|Tarikh Akhir Bayaran|Tarikh Tamat Tempoh"),
        _f("currency", field_label("Currency"), "Currency|Currency Code|Para Birimi|Döviz|Νόμισμα|Mata Wang"),
        _f("net", field_label("Net total"), "Net|Net Total|Subtotal|Sub Total|sub_total|Net Amount|Amount (net)|"
           "Ara Toplam|Matrah|Net Tutar|Καθαρό|Καθαρή αξία|Υποσύνολο|Jumlah Kecil|Amaun Bersih"),
        _f("tax", field_label("Tax total"), "Tax|VAT|Total Taxes|Tax Amount|VAT Amount|Tax Total|KDV|KDV Tutarı|"
           "Vergi|ΦΠΑ|Φόρος|Ποσό ΦΠΑ|Cukai|SST|Amaun Cukai"),
        _f("gross", field_label("Total"), "Total|Amount|Gross|Total Amount|Invoice Total|Grand Total|Genel Toplam|"
           "Toplam|Toplam Tutar|Σύνολο|Γενικό σύνολο|Πληρωτέο|Jumlah|Jumlah Besar|Jumlah Keseluruhan"),
        _f("paid", field_label("Paid amount"), "Paid|Paid Amount|Amount Paid|Paid to Date|Payments|Ödenen|"
           "Ödenen Tutar|Tahsil Edilen|Πληρωμένο ποσό|Εισπραχθέν|Dibayar|Amaun Dibayar"),
        _f("balance", field_label("Amount due"), "Balance|Amount Due|Due Amount|Balance Due|due_amount|Outstanding|"
           "Kalan|Bakiye|Kalan Tutar|Υπόλοιπο|Οφειλόμενο|Baki|Amaun Tertunggak"),
        _f("status", field_label("Paid status"), "Status|Paid Status|Payment Status|paid_status|Invoice Status|"
           "Durum|Ödeme Durumu|Κατάσταση|Κατάσταση πληρωμής|Status|Status Bayaran"),
        _f("paid_date", field_label("Paid date"), "Paid Date|Payment Date|Paid On|Date Paid|Ödeme Tarihi|"
           "Ημερομηνία πληρωμής|Ημερομηνία εξόφλησης|Tarikh Bayaran|Tarikh Dibayar"),
        _f("line_description", field_label("Line description"), "Item|Description|Item Description|Item Notes|"
           "Product|Item Product|Service|Line|Açıklama|Hizmet|Ürün|Kalem|Περιγραφή|Είδος|Υπηρεσία|Keterangan|"
           "Perihal|Butiran|Perkhidmatan"),
        _f("line_quantity", field_label("Line quantity"), "Quantity|Qty|Item Quantity|Miktar|Adet|Ποσότητα|Kuantiti"),
        _f("line_unit_price", field_label("Line unit price"), "Unit Price|Rate|Item Cost|Item Price|Price|Unit Cost|"
           "Birim Fiyat|Fiyat|Τιμή μονάδας|Τιμή|Harga Seunit|Harga"),
        _f("line_tax_rate", field_label("Line tax rate"), "Tax Rate|VAT %|VAT Rate|Item Tax Rate|Tax %|KDV Oranı|"
           "KDV %|Συντελεστής ΦΠΑ|ΦΠΑ %|Kadar Cukai|Kadar SST"),
    ),
}


def normal(name: str) -> str:
    """A column name as it is compared: folded, letters and digits only."""
    return _NOT_ALNUM.sub("", cleaning.fold(name))


def _lookup(kind: str) -> dict[str, tuple[str, int]]:
    """folded column name -> (field, rank among its names); a name listed under two fields goes to the first."""
    found: dict[str, tuple[str, int]] = {}
    for f in FIELDS[kind]:
        for rank, alias in enumerate((f.name, *f.names)):
            found.setdefault(normal(alias), (f.name, rank))
    return found


_LOOKUP: dict[str, dict[str, tuple[str, int]]] = {kind: _lookup(kind) for kind in FIELDS}


def fields(kind: str) -> tuple[Field, ...]:
    if kind not in FIELDS:
        raise StudioError("Choose what to import: {allowed}.", allowed=", ".join(KINDS))
    return FIELDS[kind]


def guess(kind: str, headers: Sequence[str]) -> dict[str, int]:
    """field -> column index for the columns whose names are recognised; of two columns for one field, the
    name listed first wins ("VAT Number" over Invoice Ninja's "ID Number"), then the column further left."""
    fields(kind)
    best: dict[str, tuple[int, int]] = {}
    for index, header in enumerate(headers):
        name, rank = _LOOKUP[kind].get(normal(header), (None, 0))
        if name and (name not in best or rank < best[name][0]):
            best[name] = (rank, index)
    return {name: index for name, (_, index) in sorted(best.items(), key=lambda item: item[1][1])}


def resolve(kind: str, headers: Sequence[str], overrides: Mapping[str, str] | None = None) -> dict[str, int]:
    """The columns each field is read from: the recognised names, then ``overrides`` (field -> column name,
    or "" to read a field from no column). A required field without a column is refused, naming it."""
    known = {f.name: f for f in fields(kind)}
    mapping = guess(kind, headers)
    by_name = {normal(h): i for i, h in reversed(list(enumerate(headers)))}
    for name, column in (overrides or {}).items():
        if name not in known:
            raise StudioError("There is no field “{name}” to import {kind} into; the fields are: {allowed}.",
                              name=str(name)[:40], kind=kind, allowed=", ".join(known))
        if not column:
            mapping.pop(name, None)
            continue
        index = by_name.get(normal(column))
        if index is None:
            raise StudioError("The file has no column “{column}” (given for {name}); its columns are: {columns}.",
                              column=str(column)[:60], name=name, columns=", ".join(h[:40] for h in headers))
        mapping[name] = index
    for f in fields(kind):
        if f.required and f.name not in mapping and not any(other in mapping for other in INSTEAD.get(f.name, ())):
            raise StudioError("The file has no column for the required field “{name}” ({label}); name the column "
                              "with --map {name}=COLUMN or choose it in the mapping. Its columns are: {columns}.",
                              name=f.name, label=f.label, columns=", ".join(h[:40] for h in headers))
    return mapping


def parse_map(items: Sequence[str]) -> dict[str, str]:
    """``FIELD=COLUMN`` options as a dict; a malformed one is refused."""
    found = {}
    for item in items:
        name, sep, column = item.partition("=")
        if not sep or not name.strip():
            raise StudioError("Write --map as FIELD=COLUMN (for example --map tax_id=\"Vergi No\"), not “{item}”.",
                              item=item[:60])
        found[name.strip()] = column.strip()
    return found
