"""Files as the tools and spreadsheets write them: the header rows of real exports, each encoding and delimiter."""

from __future__ import annotations

import codecs
from pathlib import Path

# Invoice Ninja v5 client export (headers from texts.<key>: name, vat_number, address1, …)
INVOICE_NINJA_CLIENTS = (
    "Name,Number,ID Number,VAT Number,Street,Apt/Suite,City,State,Postal Code,Country,Phone,Website,Currency,"
    "Private Notes,First Name,Last Name,Email\n"
    "Kaya Tasarım,0001,,TR1234567890,Bağdat Cd. 12,D:4,İstanbul,Kadıköy,34710,Turkey,+90 216 555 0101,,TRY,"
    "\"Likes calls, not e-mail\",Deniz,Kaya,deniz@kaya.com.tr\n"
    "Athena Design Ltd,0002,,EL094019245,Ermou 1,,Athens,,10563,Greece,,,EUR,,Eleni,Papadaki,eleni@athena.gr\n"
)
# Invoice Ninja v5 invoice export
INVOICE_NINJA_INVOICES = (
    "Invoice Number,Client Name,Invoice Date,Due Date,Amount,Balance,Paid to Date,Status,Total Taxes,Currency\n"
    "INV-2026-0040,Kaya Tasarım,2026-01-15,2026-01-29,1200.00,0.00,1200.00,Paid,200.00,TRY\n"
    "INV-2026-0041,Athena Design Ltd,2026-02-20,2026-03-06,3000.60,1000.60,2000.00,Partial,500.10,EUR\n"
)
# InvoiceShelf / Crater: its table columns
CRATER_CUSTOMERS = ("name,email,phone,company_name,contact_name,website\n"
                    "Rahman Studio,hello@rahman.my,+60 3 5555 0101,Rahman Sdn Bhd,Aisyah Rahman,\n")
CRATER_INVOICES = ("invoice_number,customer_name,invoice_date,due_date,sub_total,tax,total,due_amount,paid_status\n"
                   "INV-000007,Rahman Studio,2026-03-01,2026-03-31,1000.00,80.00,1080.00,1080.00,UNPAID\n")
BONSAI_INVOICES = ("Invoice #,Client,Client Email,Issued Date,Due Date,Paid Date,Status,Currency,Total Amount,"
                   "Amount Paid,Amount Due\n"
                   "B-17,Kaya Tasarım,deniz@kaya.com.tr,12/31/2025,01/14/2026,01/10/2026,Paid,TRY,500.00,500.00,0.00\n")
HONEYBOOK_CLIENTS = ("Full Name,Email,Phone,Company Name,Address\n"
                     "Sam Carter,sam@carter.co,+1 555 0100,Carter & Co,\"12 Main St\nSpringfield\"\n")
TURKISH_CLIENTS = ("Müşteri Adı;Şirket;E-posta;Telefon;Adres;Ülke;Vergi No;Dil;Para Birimi;Doğum Tarihi\r\n"
                   "Ayşe Yılmaz;Şişli Kahve Evi;ayse@kahve.com.tr;+90 212 555 0102;Halaskargazi Cd. 5;Türkiye;"
                   "9876543210;Türkçe;TRY;31.12.1985\r\n"
                   "İsmail Işık;Ilgaz Ağaç;ismail@ilgaz.com.tr;;;Türkiye;;tr;TL;01.02.1990\r\n")
GREEK_CLIENTS = ("Ονοματεπώνυμο;Επωνυμία;Email;Τηλέφωνο;Διεύθυνση;Χώρα;ΑΦΜ;Γλώσσα;Νόμισμα\r\n"
                 "Γιώργος Παπαδόπουλος;Αθηναϊκή Σχεδίαση ΑΕ;giorgos@athina.gr;+30 210 555 0103;Ερμού 10;Ελλάδα;"
                 "EL094019245;Ελληνικά;EUR\r\n")
MALAY_CLIENTS = ("Nama\tSyarikat\tE-mel\tNo. Telefon\tAlamat\tNegara\tNo. Cukai\tBahasa\tMata Wang\n"
                 "Aisyah Rahman\tRahman Sdn Bhd\taisyah@rahman.my\t+60 3 5555 0104\tJalan Ampang 1\tMalaysia\t"
                 "W10-1808-32000123\tBahasa Melayu\tMYR\n")


def write(folder: Path, name: str, text: str, encoding: str = "utf-8", bom: bytes = b"") -> Path:
    path = folder / name
    path.write_bytes(bom + text.encode(encoding))
    return path


def excel(folder: Path, name: str, text: str) -> Path:
    """As Excel saves "CSV UTF-8" for a Turkish or Greek locale: sep= line, BOM, CRLF, semicolons."""
    return write(folder, name, "sep=;\r\n" + text.replace("\r\n", "\n").replace("\n", "\r\n"), bom=codecs.BOM_UTF8)
