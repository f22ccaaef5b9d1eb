"""The words and figures the demo data is made of: people per language, projects, deliverables, services."""

from __future__ import annotations

from decimal import Decimal

PEOPLE = {
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak", "Selin", "Oğuz", "İpek", "Çağla", "Gökhan", "Şule"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç", "Güneş"],
           ["Kahve Evi", "Tekstil A.Ş.", "Mimarlık", "Yayıncılık", "Gıda Ltd. Şti.", "Turizm", "Kozmetik"],
           ["Şişli, İstanbul", "Kadıköy, İstanbul", "Çankaya, Ankara", "Konak, İzmir", "Muratpaşa, Antalya"], "TR"),
    "el": (["Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Δημήτρης", "Κατερίνα", "Σοφία", "Αλέξανδρος", "Ιωάννα"],
           ["Παπαδόπουλος", "Νικολάου", "Γεωργίου", "Οικονόμου", "Δημητρίου", "Ιωάννου", "Βασιλείου"],
           ["Ταβέρνα", "Εκδόσεις", "Αρχιτεκτονική", "Κρασιά", "Ξενοδοχεία", "Ελαιόλαδο"],
           ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Χανιά"], "GR"),
    "ms": (["Aisyah", "Ahmad", "Nurul", "Hafiz", "Siti", "Faizal", "Mei Ling", "Rajesh", "Farah", "Amir"],
           ["binti Abdullah", "bin Ismail", "Tan", "Lim", "a/l Subramaniam", "binti Hassan", "Wong"],
           ["Kopitiam Sdn. Bhd.", "Batik Enterprise", "Reka Bina", "Penerbitan", "Rempah Ratus"],
           ["Kuala Lumpur", "George Town, Pulau Pinang", "Johor Bahru", "Kota Kinabalu", "Ipoh"], "MY"),
    "en": (["Oliver", "Amelia", "Harry", "Isla", "Jack", "Sophie", "Thomas", "Grace", "Daniel", "Chloe"],
           ["Smith", "Jones", "Taylor", "Brown", "Williams", "Evans", "Walker", "Hughes", "Clarke"],
           ["Coffee Roasters Ltd", "Books", "Architects", "Brewing Co.", "Studio Ltd", "Foods"],
           ["London", "Manchester", "Bristol", "Edinburgh", "Leeds"], "GB"),
}
CURRENCIES = {"tr": ("TRY", "EUR"), "el": ("EUR",), "ms": ("MYR",), "en": ("GBP", "EUR", "USD")}
TAX = {"TR": Decimal(20), "GR": Decimal(24), "MY": Decimal(8), "GB": Decimal(20)}
PROJECTS = ["Brand identity", "Packaging design", "Website redesign", "Annual report", "Menu and signage",
            "Book cover series", "Social media kit", "Label design", "Trade fair booth", "Logo refresh",
            "Illustrations for app", "Catalogue", "Poster campaign", "Editorial layout"]
DELIVERABLES = [("Logo", "SVG + PNG logo set"), ("Brand guide", "PDF, 24 pages"), ("Business cards", "Print-ready PDF"),
                ("Page layouts", ".psd layouts"), ("Icons", "SVG, 32 icons"), ("Poster", "A2 print PDF + JPG"),
                ("Packaging dieline", "AI + PDF with bleed"), ("Social templates", "Figma file + PNG exports")]
EXCLUSIONS = ["Copywriting", "Stock photo licences", "Printing costs", "Web development", "Translation",
              "Photography", "Font licences"]
SERVICES = [("Design work", "h", 6000), ("Art direction", "h", 8000), ("Illustration", "pc", 25000),
            ("Print management", "", 15000), ("Layout, per page", "p", 4500), ("Photo retouching", "pc", 3000),
            ("Revision round", "", 6000), ("Consultation", "h", 9000)]
PAYMENT_METHODS = ["Bank transfer", "Bank transfer", "Bank transfer", "PayPal", "Card"]
INTERACTION_KINDS = ["email", "call", "meeting", "note", "update"]
