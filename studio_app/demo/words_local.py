"""The demo's words in each client's language: what a Turkish, Greek or Malay client reads on their documents
(project titles and goals, deliverables and formats, exclusions, milestones, line descriptions, payment methods,
street names). Each list is parallel to the English one in :mod:`.words` and as long, so the generator draws the
same random numbers whatever the language and stays deterministic."""

from __future__ import annotations

from .words import DELIVERABLES, EXCLUSIONS, PAYMENT_METHODS, PROJECTS, SERVICES

MILESTONES = {"en": ("First concepts", "Refined design", "Final files"),
              "tr": ("İlk konseptler", "Geliştirilmiş tasarım", "Son dosyalar"),
              "el": ("Πρώτες ιδέες", "Βελτιωμένος σχεδιασμός", "Τελικά αρχεία"),
              "ms": ("Konsep pertama", "Reka bentuk diperhalus", "Fail akhir")}
LOCAL = {
    "tr": {
        "projects": ["Kurumsal kimlik", "Ambalaj tasarımı", "Web sitesi yenileme", "Faaliyet raporu",
                     "Menü ve yönlendirme", "Kitap kapağı serisi", "Sosyal medya kiti", "Etiket tasarımı",
                     "Fuar standı", "Logo yenileme", "Uygulama illüstrasyonları", "Katalog", "Afiş kampanyası",
                     "Dergi sayfa düzeni"],
        "deliverables": [("Logo", "SVG + PNG logo seti"), ("Marka kılavuzu", "PDF, 24 sayfa"),
                         ("Kartvizit", "Baskıya hazır PDF"), ("Sayfa düzenleri", ".psd sayfa düzenleri"),
                         ("İkonlar", "SVG, 32 ikon"), ("Afiş", "A2 baskı PDF + JPG"),
                         ("Ambalaj açılımı", "Taşmalı AI + PDF"), ("Sosyal medya şablonları", "Figma dosyası + PNG")],
        "exclusions": ["Metin yazarlığı", "Stok fotoğraf lisansları", "Baskı giderleri", "Web yazılımı", "Çeviri",
                       "Fotoğraf çekimi", "Yazı tipi lisansları"],
        "services": ["Tasarım çalışması", "Sanat yönetimi", "İllüstrasyon", "Baskı takibi", "Sayfa düzeni (sayfa başı)",
                     "Fotoğraf rötuşu", "Revizyon turu", "Danışmanlık"],
        "methods": ["Banka havalesi / EFT", "Banka havalesi / EFT", "Banka havalesi / EFT", "PayPal", "Kredi kartı"],
        "goals": "{client} için basılı işlerde ve ekranda tanınır ve tutarlı bir {title}.",
        "street": "{surname} Sokak No. {number}", "revision": "Renk ve boşluk düzeltmeleri",
        "time_note": "Tasarım çalışması",
    },
    "el": {
        "projects": ["Εταιρική ταυτότητα", "Σχεδιασμός συσκευασίας", "Ανανέωση ιστότοπου", "Ετήσια έκθεση",
                     "Μενού και σήμανση", "Σειρά εξωφύλλων βιβλίων", "Πακέτο κοινωνικών δικτύων", "Σχεδιασμός ετικέτας",
                     "Περίπτερο έκθεσης", "Ανανέωση λογότυπου", "Εικονογράφηση εφαρμογής", "Κατάλογος",
                     "Καμπάνια αφισών", "Σελιδοποίηση εντύπου"],
        "deliverables": [("Λογότυπο", "Σετ λογότυπου SVG + PNG"), ("Οδηγός ταυτότητας", "PDF, 24 σελίδες"),
                         ("Επαγγελματικές κάρτες", "PDF έτοιμο για εκτύπωση"), ("Σελιδοποίηση", "Αρχεία .psd"),
                         ("Εικονίδια", "SVG, 32 εικονίδια"), ("Αφίσα", "PDF εκτύπωσης A2 + JPG"),
                         ("Ανάπτυγμα συσκευασίας", "AI + PDF με περιθώρια κοπής"),
                         ("Πρότυπα κοινωνικών δικτύων", "Αρχείο Figma + PNG")],
        "exclusions": ["Κειμενογραφία", "Άδειες φωτογραφιών αρχείου", "Κόστος εκτύπωσης", "Ανάπτυξη ιστότοπου",
                       "Μετάφραση", "Φωτογράφιση", "Άδειες γραμματοσειρών"],
        "services": ["Εργασία σχεδιασμού", "Καλλιτεχνική διεύθυνση", "Εικονογράφηση", "Επίβλεψη εκτύπωσης",
                     "Σελιδοποίηση, ανά σελίδα", "Επεξεργασία φωτογραφιών", "Γύρος αναθεωρήσεων", "Συμβουλευτική"],
        "methods": ["Τραπεζική μεταφορά", "Τραπεζική μεταφορά", "Τραπεζική μεταφορά", "PayPal", "Κάρτα"],
        "goals": "{title} που κάνει την επιχείρηση {client} αναγνωρίσιμη και συνεπή σε έντυπο και οθόνη.",
        "street": "Οδός {surname} {number}", "revision": "Αλλαγές σε χρώματα και αποστάσεις",
        "time_note": "Εργασία σχεδιασμού",
    },
    "ms": {
        "projects": ["Identiti jenama", "Reka bentuk pembungkusan", "Reka semula laman web", "Laporan tahunan",
                     "Menu dan papan tanda", "Siri kulit buku", "Kit media sosial", "Reka bentuk label",
                     "Reruai pameran", "Penyegaran logo", "Ilustrasi aplikasi", "Katalog", "Kempen poster",
                     "Susun atur editorial"],
        "deliverables": [("Logo", "Set logo SVG + PNG"), ("Panduan jenama", "PDF, 24 halaman"),
                         ("Kad perniagaan", "PDF sedia cetak"), ("Susun atur halaman", "Fail .psd"),
                         ("Ikon", "SVG, 32 ikon"), ("Poster", "PDF cetakan A2 + JPG"),
                         ("Bentangan pembungkusan", "AI + PDF dengan lebihan cetak"),
                         ("Templat media sosial", "Fail Figma + PNG")],
        "exclusions": ["Penulisan kandungan", "Lesen foto stok", "Kos percetakan", "Pembangunan web",
                       "Terjemahan", "Fotografi", "Lesen fon"],
        "services": ["Kerja reka bentuk", "Arahan seni", "Ilustrasi", "Pengurusan cetakan", "Susun atur, setiap halaman",
                     "Suntingan foto", "Pusingan pindaan", "Perundingan"],
        "methods": ["Pindahan bank", "Pindahan bank", "Pindahan bank", "DuitNow", "Kad"],
        "goals": "{title} yang menjadikan {client} mudah dikenali dan seragam di cetakan dan skrin.",
        "street": "{number}, Jalan {surname}", "revision": "Pindaan warna dan jarak",
        "time_note": "Kerja reka bentuk",
    },
    "en": {
        "projects": PROJECTS, "deliverables": DELIVERABLES, "exclusions": EXCLUSIONS,
        "services": [description for description, _unit, _price in SERVICES], "methods": PAYMENT_METHODS,
        "goals": "{title} that makes {client} easy to recognise and consistent across print and screen.",
        "street": "{number} {surname} Street", "revision": "Colour and spacing changes", "time_note": "Design session",
    },
}
for _language, _words in LOCAL.items():
    _words["milestones"] = MILESTONES[_language]


def words(language: str) -> dict:
    return LOCAL.get(language, LOCAL["en"])
