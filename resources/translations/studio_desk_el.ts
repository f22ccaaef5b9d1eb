<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Studio Desk</source>
        <translation>Σχετικά με το Studio Desk</translation>
    </message>
    <message>
        <source>Studio Desk</source>
        <translation>Studio Desk</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Έκδοση {0}</translation>
    </message>
    <message>
        <source>Clients, projects, quotes, contracts and invoices for small design studios.
Studio Desk is free software under the MIT licence.</source>
        <translation>Πελάτες, έργα, προσφορές, συμβάσεις και τιμολόγια για μικρά στούντιο σχεδιασμού.
Το Studio Desk είναι ελεύθερο λογισμικό με άδεια MIT.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Βιβλιοθήκες</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Γραμματοσειρές</translation>
    </message>
    <message>
        <source>GNU LGPL v3</source>
        <translation>GNU LGPL v3</translation>
    </message>
    <message>
        <source>BSD licence</source>
        <translation>Άδεια BSD</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>Άδεια MIT</translation>
    </message>
    <message>
        <source>Python Software Foundation License</source>
        <translation>Άδεια Python Software Foundation</translation>
    </message>
    <message>
        <source>the language Studio Desk is written in</source>
        <translation>η γλώσσα προγραμματισμού του Studio Desk</translation>
    </message>
    <message>
        <source>windows, widgets, PDF preview and printing</source>
        <translation>παράθυρα, στοιχεία διεπαφής, προεπισκόπηση PDF και εκτύπωση</translation>
    </message>
    <message>
        <source>Qt for Python</source>
        <translation>Qt για Python</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s runtime</source>
        <translation>το περιβάλλον εκτέλεσης του Qt για Python</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>έγγραφα PDF</translation>
    </message>
    <message>
        <source>faster PDF documents</source>
        <translation>ταχύτερη δημιουργία PDF</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>η βάση δεδομένων</translation>
    </message>
    <message>
        <source>dates, numbers and money in each language</source>
        <translation>ημερομηνίες, αριθμοί και ποσά σε κάθε γλώσσα</translation>
    </message>
    <message>
        <source>payment QR codes</source>
        <translation>κωδικοί QR πληρωμής</translation>
    </message>
    <message>
        <source>where your data is kept</source>
        <translation>ο φάκελος όπου φυλάσσονται τα δεδομένα σας</translation>
    </message>
    <message>
        <source>MIT-CMU licence</source>
        <translation>Άδεια MIT-CMU</translation>
    </message>
    <message>
        <source>images in documents</source>
        <translation>εικόνες στα έγγραφα</translation>
    </message>
    <message>
        <source>Apache licence 2.0</source>
        <translation>Άδεια Apache 2.0</translation>
    </message>
    <message>
        <source>joined and combined letters (Arabic, Tamil, Devanagari)</source>
        <translation>ενωμένα και συνδυασμένα γράμματα (αραβικά, ταμίλ, ντεβαναγκάρι)</translation>
    </message>
    <message>
        <source>right-to-left text</source>
        <translation>κείμενο από δεξιά προς τα αριστερά</translation>
    </message>
    <message>
        <source>GNU LGPL v3 with exceptions</source>
        <translation>GNU LGPL v3 με εξαιρέσεις</translation>
    </message>
    <message>
        <source>a shared PostgreSQL database</source>
        <translation>κοινόχρηστη βάση δεδομένων PostgreSQL</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Στοιχείο</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Έκδοση</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Άδεια</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Χρήση</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστη</translation>
    </message>
    <message>
        <source>Qt, PySide6 and shiboken6 are used under the GNU LGPL v3 and ship as separate shared libraries, which you may replace with your own build; their source code is published by the Qt Project at qt.io.</source>
        <translation>Τα Qt, PySide6 και shiboken6 χρησιμοποιούνται με την άδεια GNU LGPL v3 και διανέμονται ως ξεχωριστές κοινόχρηστες βιβλιοθήκες, τις οποίες μπορείτε να αντικαταστήσετε με δική σας έκδοση· ο πηγαίος κώδικάς τους δημοσιεύεται από το Qt Project στο qt.io.</translation>
    </message>
    <message>
        <source>Documents embed the DejaVu Sans fonts (Bitstream Vera licence; DejaVu changes are in the public domain), so Turkish, Greek and Malay text prints correctly.</source>
        <translation>Τα έγγραφα ενσωματώνουν τις γραμματοσειρές DejaVu Sans (άδεια Bitstream Vera· οι αλλαγές του DejaVu ανήκουν στο δημόσιο τομέα), ώστε τα τουρκικά, τα ελληνικά και τα μαλαισιανά να τυπώνονται σωστά.</translation>
    </message>
    <message>
        <source>For other scripts they embed parts of Noto Sans, Droid Sans Fallback, Nanum Gothic and Symbola; their licences follow DejaVu&apos;s.</source>
        <translation>Για άλλα συστήματα γραφής ενσωματώνουν τμήματα των Noto Sans, Droid Sans Fallback, Nanum Gothic και Symbola· οι άδειές τους ακολουθούν εκείνη του DejaVu.</translation>
    </message>
    <message>
        <source>The licence file {0} is missing.</source>
        <translation>Το αρχείο άδειας {0} λείπει.</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>More ▾</source>
        <translation>Περισσότερα ▾</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Περισσότερες ενέργειες</translation>
    </message>
</context>
<context>
    <name>ActivityCard</name>
    <message>
        <source>Activity</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Δημιουργήθηκε πρόχειρο</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Εκδόθηκε</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Υπογράφηκε</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Στάλθηκε στο %1</translation>
    </message>
    <message>
        <source>Waiting in the outbox, to %1</source>
        <translation>Σε αναμονή στα εξερχόμενα, προς %1</translation>
    </message>
    <message>
        <source>Reminder %1 sent to %2</source>
        <translation>Η υπενθύμιση %1 στάλθηκε στο %2</translation>
    </message>
    <message>
        <source>Payment of %1 received (%2)</source>
        <translation>Εισπράχθηκε πληρωμή %1 (%2)</translation>
    </message>
    <message>
        <source>Refund of %1 paid back (%2)</source>
        <translation>Επιστράφηκαν %1 (%2)</translation>
    </message>
    <message>
        <source>Credit note %1 issued for %2</source>
        <translation>Εκδόθηκε το πιστωτικό %1 για %2</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Αντίγραφα ασφαλείας</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Λήψη αντιγράφου τώρα</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Επαναφορά επιλεγμένου…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Επαναφορά από αρχείο…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>This studio shares a PostgreSQL database. “Back up now” writes a JSON export you can restore from a file; the server&apos;s own backups cover the rest.</source>
        <translation>Αυτό το στούντιο χρησιμοποιεί κοινόχρηστη βάση δεδομένων PostgreSQL. Η «Λήψη αντιγράφου τώρα» δημιουργεί μια εξαγωγή JSON που μπορείτε να επαναφέρετε από αρχείο· τα υπόλοιπα καλύπτονται από τα αντίγραφα ασφαλείας του ίδιου του διακομιστή.</translation>
    </message>
    <message>
        <source>Studio Desk copies %1 every day you open it and before every upgrade, into the backups folder beside it.</source>
        <translation>Το Studio Desk αντιγράφει το %1 κάθε μέρα που το ανοίγετε και πριν από κάθε αναβάθμιση, στον φάκελο αντιγράφων ασφαλείας δίπλα του.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ημερήσιο</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Πριν από αναβάθμιση</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Χειροκίνητα</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Πριν από επαναφορά</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Αποθηκεύτηκε: %1.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Επαναφορά από αρχείο</translation>
    </message>
    <message>
        <source>Studio Desk backups (*.sqlite3 *.db *.json);;All files (*)</source>
        <translation>Αντίγραφα ασφαλείας Studio Desk (*.sqlite3 *.db *.json);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Replace the current data with this backup? The current state is backed up first, so you can go back.</source>
        <translation>Να αντικατασταθούν τα τρέχοντα δεδομένα με αυτό το αντίγραφο ασφαλείας; Η τρέχουσα κατάσταση αποθηκεύεται πρώτα, ώστε να μπορείτε να επιστρέψετε.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Checking the backup, then restoring it. On a large database this takes a minute or more.</source>
        <translation>Γίνεται έλεγχος του αντιγράφου ασφαλείας και μετά η επαναφορά του. Σε μεγάλη βάση δεδομένων αυτό διαρκεί ένα λεπτό ή και περισσότερο.</translation>
    </message>
    <message>
        <source>Restored. What was there before is kept in %1.</source>
        <translation>Η επαναφορά ολοκληρώθηκε. Τα προηγούμενα δεδομένα φυλάσσονται στο %1.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Δια ζώσης</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Συνομιλία</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Αρχική επαφή</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Στάλθηκε προσφορά</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Παραδόθηκε</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Χάθηκε</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Σταθερή τιμή</translation>
    </message>
    <message>
        <source>By the hour</source>
        <translation>Με την ώρα</translation>
    </message>
    <message>
        <source>A fee per extra round</source>
        <translation>Χρέωση ανά επιπλέον γύρο</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Κλήση</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Συνάντηση</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>Ενημέρωση προόδου</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>Ειδοποίηση καθυστέρησης</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>None (PDF only)</source>
        <translation>Καμία (μόνο PDF)</translation>
    </message>
    <message>
        <source>Factur-X / ZUGFeRD (EN 16931)</source>
        <translation>Factur-X / ZUGFeRD (EN 16931)</translation>
    </message>
    <message>
        <source>XRechnung (CII)</source>
        <translation>XRechnung (CII)</translation>
    </message>
    <message>
        <source>XRechnung (UBL)</source>
        <translation>XRechnung (UBL)</translation>
    </message>
    <message>
        <source>Peppol BIS Billing 3.0</source>
        <translation>Peppol BIS Billing 3.0</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Όπως το σύστημα</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Φωτεινό</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Σκοτεινό</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Open the client</source>
        <translation>Άνοιγμα πελάτη</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>ΑΦΜ</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Γλώσσα εγγράφων</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Προτιμώμενο κανάλι</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Γενέθλια</translation>
    </message>
    <message>
        <source>Company anniversary</source>
        <translation>Επέτειος εταιρείας</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Log a call, email or note…</source>
        <translation>Καταγραφή κλήσης, email ή σημείωσης…</translation>
    </message>
    <message>
        <source>New project for this client</source>
        <translation>Νέο έργο για αυτόν τον πελάτη</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Επικοινωνία</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Στοιχεία πελάτη</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Έργα</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Αρχειοθέτηση</translation>
    </message>
    <message>
        <source>Hide this client from lists; documents stay.</source>
        <translation>Απόκρυψη του πελάτη από τις λίστες· τα έγγραφα διατηρούνται.</translation>
    </message>
    <message>
        <source>e.g. 991-03730-19</source>
        <translation>π.χ. 991-03730-19</translation>
    </message>
    <message>
        <source>e.g. 0412345614</source>
        <translation>π.χ. 0412345614</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <source>Buyer reference / Leitweg-ID</source>
        <translation>Αναφορά αγοραστή / Leitweg-ID</translation>
    </message>
    <message>
        <source>Endpoint scheme</source>
        <translation>Σχήμα τελικού σημείου</translation>
    </message>
    <message>
        <source>Endpoint id</source>
        <translation>Αναγνωριστικό τελικού σημείου</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Οδός</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Ταχυδρομικός κώδικας</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>Ηλεκτρονικό τιμολόγιο</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Νέος πελάτης</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Αρχειοθετημένος</translation>
    </message>
    <message>
        <source>Save the client to start its log.</source>
        <translation>Αποθηκεύστε τον πελάτη για να ξεκινήσει το ιστορικό επικοινωνίας.</translation>
    </message>
    <message>
        <source>waiting for your answer</source>
        <translation>περιμένει την απάντησή σας</translation>
    </message>
    <message>
        <source>follow up on %1</source>
        <translation>νέα επικοινωνία στις %1</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Δεν έχει καταγραφεί τίποτα ακόμη.</translation>
    </message>
    <message>
        <source>Archive this client? Their documents are kept.</source>
        <translation>Αρχειοθέτηση αυτού του πελάτη; Τα έγγραφά του διατηρούνται.</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Send: %1</source>
        <translation>Αποστολή: %1</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Νέο μήνυμα</translation>
    </message>
    <message>
        <source>name@example.com, another@example.com</source>
        <translation>onoma@example.gr, allos@example.gr</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Αφαίρεση συνημμένου</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Κοιν.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Συνημμένα</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Αποθήκευση ως .eml…</translation>
    </message>
    <message>
        <source>Open in my mail program</source>
        <translation>Άνοιγμα στο πρόγραμμα αλληλογραφίας μου</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Δοκιμάστε ξανά</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Not sent: %1 The message waits in the outbox; it is tried again on the next start, or when you press Retry in the outbox.</source>
        <translation>Δεν στάλθηκε: %1 Το μήνυμα περιμένει στα εξερχόμενα· θα δοκιμαστεί ξανά στην επόμενη εκκίνηση ή όταν πατήσετε Επανάληψη στα εξερχόμενα.</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Αποθήκευση του μηνύματος</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>Μηνύματα e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Αποθηκεύτηκε ως %1.</translation>
    </message>
    <message>
        <source>No mail program opened the message. Save it as .eml and open it yourself.</source>
        <translation>Κανένα πρόγραμμα αλληλογραφίας δεν άνοιξε το μήνυμα. Αποθηκεύστε το ως .eml και ανοίξτε το μόνοι σας.</translation>
    </message>
</context>
<context>
    <name>ContinueNumbering</name>
    <message>
        <source>Number series to continue</source>
        <translation>Σειρά αρίθμησης που θα συνεχιστεί</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Τιμολόγια</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Προσφορές</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Συμβάσεις</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Πιστωτικά</translation>
    </message>
    <message>
        <source>Deposit invoices</source>
        <translation>Τιμολόγια προκαταβολής</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Έτος</translation>
    </message>
    <message>
        <source>Last number already used</source>
        <translation>Τελευταίος αριθμός που χρησιμοποιήθηκε</translation>
    </message>
    <message>
        <source>Continue after it</source>
        <translation>Συνέχεια μετά από αυτόν</translation>
    </message>
    <message>
        <source>last number</source>
        <translation>τελευταίος αριθμός</translation>
    </message>
    <message>
        <source>Done: the next number of this series is number %1.</source>
        <translation>Έγινε: ο επόμενος αριθμός αυτής της σειράς είναι ο %1.</translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>Project</source>
        <translation>Έργο</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Προσφορά</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ημερομηνία υπογραφής</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Όροι</translation>
    </message>
    <message>
        <source>Preview / print</source>
        <translation>Προεπισκόπηση / εκτύπωση</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Έκδοση</translation>
    </message>
    <message>
        <source>Mark signed</source>
        <translation>Καταχώριση υπογραφής</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Διαγραφή πρόχειρου</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>Άνοιγμα έργου</translation>
    </message>
    <message>
        <source>Open the quote</source>
        <translation>Άνοιγμα προσφοράς</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Εκδόθηκε</translation>
    </message>
    <message>
        <source>Optional clauses</source>
        <translation>Προαιρετικοί όροι</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Σύμβαση %1</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(πρόχειρο)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Κανένας</translation>
    </message>
    <message>
        <source>Issued on %1 and signed on %2 — the clauses are sealed.</source>
        <translation>Εκδόθηκε στις %1 και υπογράφηκε στις %2 — οι όροι είναι σφραγισμένοι.</translation>
    </message>
    <message>
        <source>Issued on %1 — the clauses are sealed. Print it for signing, then mark it signed.</source>
        <translation>Εκδόθηκε στις %1 — οι όροι είναι σφραγισμένοι. Εκτυπώστε το για υπογραφή και μετά καταχωρίστε την υπογραφή.</translation>
    </message>
    <message>
        <source>Issue this contract? It gets its number and can no longer be changed.</source>
        <translation>Να εκδοθεί αυτή η σύμβαση; Θα λάβει αριθμό και δεν θα μπορεί πλέον να αλλάξει.</translation>
    </message>
    <message>
        <source>Delete this draft contract?</source>
        <translation>Να διαγραφεί αυτό το πρόχειρο σύμβασης;</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>Mark the check-in done</source>
        <translation>Σήμανση της επικοινωνίας ως ολοκληρωμένης</translation>
    </message>
    <message>
        <source>Snooze a week</source>
        <translation>Αναβολή για μία εβδομάδα</translation>
    </message>
    <message>
        <source>Draft a reply…</source>
        <translation>Σύνταξη απάντησης…</translation>
    </message>
    <message>
        <source>Draft a delay notice…</source>
        <translation>Σύνταξη ειδοποίησης καθυστέρησης…</translation>
    </message>
    <message>
        <source>Draft the update…</source>
        <translation>Σύνταξη ενημέρωσης…</translation>
    </message>
    <message>
        <source>Draft the reminder…</source>
        <translation>Σύνταξη υπενθύμισης…</translation>
    </message>
    <message>
        <source>Draft the message…</source>
        <translation>Σύνταξη μηνύματος…</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Περιμένουν την απάντησή σας</translation>
    </message>
    <message>
        <source>Deadlines at risk</source>
        <translation>Προθεσμίες σε κίνδυνο</translation>
    </message>
    <message>
        <source>Progress updates due</source>
        <translation>Ενημερώσεις προόδου που οφείλονται</translation>
    </message>
    <message>
        <source>Deposits not paid yet — don&apos;t start the work</source>
        <translation>Απλήρωτες προκαταβολές — μην ξεκινήσετε</translation>
    </message>
    <message>
        <source>Follow-ups and dates</source>
        <translation>Επικοινωνία και ημερομηνίες</translation>
    </message>
    <message>
        <source>Show the revenue received in this currency</source>
        <translation>Εμφάνιση των εισπράξεων σε αυτό το νόμισμα</translation>
    </message>
    <message>
        <source>Workload, next 8 weeks</source>
        <translation>Φόρτος εργασίας, επόμενες 8 εβδομάδες</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Σήμερα, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ώρα</numerusform>
            <numerusform>%n ώρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ημέρα</numerusform>
            <numerusform>%n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — waiting %2: %3</source>
        <translation>%1 — περιμένει %2: %3</translation>
    </message>
    <message>
        <source>Nobody is waiting for you. Well done.</source>
        <translation>Κανείς δεν περιμένει απάντηση από εσάς. Μπράβο.</translation>
    </message>
    <message numerus="yes">
        <source>late by %n day(s)</source>
        <translation>
            <numerusform>καθυστέρηση %n ημέρας</numerusform>
            <numerusform>καθυστέρηση %n ημερών</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” due %2</source>
        <translation>«%1» έως %2</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>λήγει σε %n ημέρα</numerusform>
            <numerusform>λήγει σε %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadline is at risk.</source>
        <translation>Καμία προθεσμία δεν κινδυνεύει.</translation>
    </message>
    <message numerus="yes">
        <source>no update for %n day(s)</source>
        <translation>
            <numerusform>καμία ενημέρωση εδώ και %n ημέρα</numerusform>
            <numerusform>καμία ενημέρωση εδώ και %n ημέρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no update yet (%n day(s))</source>
        <translation>
            <numerusform>καμία ενημέρωση ακόμη (%n ημέρα)</numerusform>
            <numerusform>καμία ενημέρωση ακόμη (%n ημέρες)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every active client has heard from you this week.</source>
        <translation>Όλοι οι ενεργοί πελάτες έχουν νέα σας αυτή την εβδομάδα.</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Ανεξόφλητα</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Ληξιπρόθεσμα</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln τιμολόγιο</numerusform>
            <numerusform>%Ln τιμολόγια</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 — %n day(s) overdue</source>
        <translation>
            <numerusform>%1 · %2 · %3 — %n ημέρα σε καθυστέρηση</numerusform>
            <numerusform>%1 · %2 · %3 — %n ημέρες σε καθυστέρηση</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund owed to %1 on %2: %3</source>
        <translation>Επιστροφή προς %1 για το %2: %3</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Κανένα ληξιπρόθεσμο τιμολόγιο.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 — asked %n day(s) ago</source>
        <translation>
            <numerusform>%1 · %2 · %3 — ζητήθηκε πριν από %n ημέρα</numerusform>
            <numerusform>%1 · %2 · %3 — ζητήθηκε πριν από %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>Every deposit asked for is paid.</source>
        <translation>Όλες οι προκαταβολές που ζητήσατε έχουν εξοφληθεί.</translation>
    </message>
    <message>
        <source>Revenue received in %1, last 12 months</source>
        <translation>Εισπράξεις σε %1, τελευταίοι 12 μήνες</translation>
    </message>
    <message>
        <source>In 12 months: %1</source>
        <translation>Σε 12 μήνες: %1</translation>
    </message>
    <message>
        <source>Follow up with %1: %2</source>
        <translation>Επικοινωνία με %1: %2</translation>
    </message>
    <message>
        <source>View invoices</source>
        <translation>Προβολή τιμολογίων</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation>Αποστολή υπενθυμίσεων</translation>
    </message>
    <message>
        <source>Deposits waiting</source>
        <translation>Προκαταβολές σε αναμονή</translation>
    </message>
    <message>
        <source>View deposits</source>
        <translation>Προβολή προκαταβολών</translation>
    </message>
    <message>
        <source>Received this month</source>
        <translation>Εισπράξεις αυτού του μήνα</translation>
    </message>
    <message>
        <source>View paid invoices</source>
        <translation>Προβολή εξοφλημένων</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Ληξιπρόθεσμα τιμολόγια</translation>
    </message>
    <message>
        <source>No payments received in the last 12 months.</source>
        <translation>Καμία είσπραξη τους τελευταίους 12 μήνες.</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Καταχώριση πληρωμής</translation>
    </message>
    <message>
        <source>No hours planned: give active projects an estimate and a deadline.</source>
        <translation>Δεν υπάρχουν προγραμματισμένες ώρες: δώστε στα ενεργά έργα εκτίμηση ωρών και προθεσμία.</translation>
    </message>
    <message>
        <source>View active projects</source>
        <translation>Προβολή ενεργών έργων</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln πληρωμή</numerusform>
            <numerusform>%Ln πληρωμές</numerusform>
        </translation>
    </message>
    <message>
        <source>View all %1 →</source>
        <translation>Προβολή και των %1 →</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>age in hours</comment>
        <translation>%1 ώ</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>age in days</comment>
        <translation>%1 ημ</translation>
    </message>
    <message>
        <source>%1 w</source>
        <comment>age in weeks</comment>
        <translation>%1 εβδ</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <comment>age in months</comment>
        <translation>%1 μήν</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · λήξη %2</translation>
    </message>
    <message>
        <source>Check in with %1 — “%2” was delivered on %3</source>
        <translation>Επικοινωνία με %1 — το «%2» παραδόθηκε στις %3</translation>
    </message>
    <message>
        <source>Check in — “%1” delivered on %2</source>
        <translation>Επικοινωνία — το «%1» παραδόθηκε στις %2</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>γενέθλια</translation>
    </message>
    <message>
        <source>company anniversary</source>
        <translation>επέτειος εταιρείας</translation>
    </message>
    <message>
        <source>today</source>
        <translation>σήμερα</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>σε %n ημέρα</numerusform>
            <numerusform>σε %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>Δεν εκκρεμεί καμία επικοινωνία.</translation>
    </message>
    <message>
        <source>W%1</source>
        <comment>week number</comment>
        <translation>Ε%1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ώ.</translation>
    </message>
    <message>
        <source>Capacity %1</source>
        <translation>Δυναμικότητα %1</translation>
    </message>
    <message>
        <source>Over capacity in %1.</source>
        <translation>Υπέρβαση δυναμικότητας τις εβδομάδες: %1.</translation>
    </message>
    <message>
        <source>Within the studio&apos;s %1 hours a week.</source>
        <translation>Εντός των %1 ωρών την εβδομάδα του στούντιο.</translation>
    </message>
</context>
<context>
    <name>DelayDialog</name>
    <message>
        <source>Delay notice for %1</source>
        <translation>Ειδοποίηση καθυστέρησης: %1</translation>
    </message>
    <message>
        <source>We need a little more time on %1 to get it right; the new delivery date is below.</source>
        <translation>Χρειαζόμαστε λίγο περισσότερο χρόνο για το %1, ώστε το αποτέλεσμα να είναι όπως πρέπει· η νέα ημερομηνία παράδοσης αναγράφεται παρακάτω.</translation>
    </message>
    <message>
        <source>Send to the client…</source>
        <translation>Αποστολή στον πελάτη…</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Νέα προθεσμία</translation>
    </message>
    <message>
        <source>What you tell the client</source>
        <translation>Τι λέτε στον πελάτη</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Prices include tax</source>
        <translation>Οι τιμές περιλαμβάνουν ΦΠΑ</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Έργο</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Preview / print</source>
        <translation>Προεπισκόπηση / εκτύπωση</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Έκδοση</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Διαγραφή πρόχειρου</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>Άνοιγμα έργου</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Έγγραφο</translation>
    </message>
    <message>
        <source>Prices before tax</source>
        <translation>Τιμές χωρίς ΦΠΑ</translation>
    </message>
    <message>
        <source>Issued on %1 — the figures are sealed.</source>
        <translation>Εκδόθηκε στις %1 — τα ποσά είναι σφραγισμένα.</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(πρόχειρο)</translation>
    </message>
    <message>
        <source>Save the draft first</source>
        <translation>Αποθηκεύστε πρώτα το πρόχειρο</translation>
    </message>
    <message>
        <source>Sum of lines</source>
        <translation>Σύνολο γραμμών</translation>
    </message>
    <message>
        <source>Discounts on the whole document</source>
        <translation>Εκπτώσεις σε όλο το παραστατικό</translation>
    </message>
    <message>
        <source>Charges on the whole document</source>
        <translation>Επιβαρύνσεις σε όλο το παραστατικό</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Καθαρή αξία</translation>
    </message>
    <message>
        <source>VAT %1 %</source>
        <translation>ΦΠΑ %1%</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <source>Deposit paid</source>
        <translation>Καταβληθείσα προκαταβολή</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Πληρωμές</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Πιστώσεις</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>Διαγραφή αυτού του πρόχειρου;</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Στάλθηκε.</translation>
    </message>
</context>
<context>
    <name>DocumentSide</name>
    <message>
        <source>Client, dates, payments and activity</source>
        <translation>Πελάτης, ημερομηνίες, πληρωμές και ιστορικό</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Ημερομηνίες</translation>
    </message>
</context>
<context>
    <name>DocumentsSettings</name>
    <message>
        <source>Document language</source>
        <translation>Γλώσσα εγγράφου</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Κείμενα</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Κείμενο</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Reset to the shipped text</source>
        <translation>Επαναφορά στο αρχικό κείμενο</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Γλώσσα των εγγράφων</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Προεπισκόπηση του εγγράφου</translation>
    </message>
    <message>
        <source>Quote: validity and how to accept</source>
        <translation>Προσφορά: ισχύς και αποδοχή</translation>
    </message>
    <message>
        <source>Quote: change requests</source>
        <translation>Προσφορά: αιτήματα αλλαγών</translation>
    </message>
    <message>
        <source>Quote: payment when there is no deposit</source>
        <translation>Προσφορά: πληρωμή χωρίς προκαταβολή</translation>
    </message>
    <message>
        <source>Quote: a note on every quote</source>
        <translation>Προσφορά: σημείωση σε κάθε προσφορά</translation>
    </message>
    <message>
        <source>Invoice: how to pay</source>
        <translation>Τιμολόγιο: τρόπος πληρωμής</translation>
    </message>
    <message>
        <source>Invoice: nothing left to pay</source>
        <translation>Τιμολόγιο: δεν απομένει οφειλή</translation>
    </message>
    <message>
        <source>Invoice: payment terms</source>
        <translation>Τιμολόγιο: όροι πληρωμής</translation>
    </message>
    <message>
        <source>Invoice: a note on every invoice</source>
        <translation>Τιμολόγιο: σημείωση σε κάθε τιμολόγιο</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Τουρκία</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Ελλάδα</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Μαλαισία</translation>
    </message>
    <message>
        <source>other countries</source>
        <translation>άλλες χώρες</translation>
    </message>
    <message>
        <source>Contract: %1</source>
        <translation>Σύμβαση: %1</translation>
    </message>
    <message>
        <source>%1 (billed by the hour)</source>
        <translation>%1 (χρέωση ανά ώρα)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>Δική σας διατύπωση</translation>
    </message>
    <message>
        <source>The shipped text</source>
        <translation>Το αρχικό κείμενο</translation>
    </message>
    <message>
        <source>Placeholders you can use: %1</source>
        <translation>Σύμβολα κράτησης θέσης που μπορείτε να χρησιμοποιήσετε: %1</translation>
    </message>
    <message>
        <source>This text takes no placeholders.</source>
        <translation>Αυτό το κείμενο δεν δέχεται σύμβολα κράτησης θέσης.</translation>
    </message>
    <message>
        <source>Put back the text Studio Desk ships for “%1”? Your own wording of it is removed.</source>
        <translation>Να επανέλθει το αρχικό κείμενο του Studio Desk για «%1»; Η δική σας διατύπωση θα αφαιρεθεί.</translation>
    </message>
    <message>
        <source>Preview page</source>
        <translation>Σελίδα προεπισκόπησης</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>← Back</source>
        <translation>← Πίσω</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Αποθηκεύτηκε.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Export invoices for the accountant (CSV)…</source>
        <translation>Εξαγωγή τιμολογίων για τον λογιστή (CSV)…</translation>
    </message>
    <message>
        <source>Export everything as a backup (JSON)…</source>
        <translation>Εξαγωγή όλων ως αντίγραφο ασφαλείας (JSON)…</translation>
    </message>
    <message>
        <source>Export invoices for the accountant</source>
        <translation>Εξαγωγή τιμολογίων για τον λογιστή</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Αρχεία CSV (*.csv)</translation>
    </message>
    <message>
        <source>The invoices for the accountant are saved in %2 (invoices: %1).</source>
        <translation>Τα τιμολόγια για τον λογιστή αποθηκεύτηκαν στο %2 (τιμολόγια: %1).</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Εξαγωγή όλων</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Αρχεία JSON (*.json)</translation>
    </message>
    <message>
        <source>Everything exported to %2.</source>
        <translation>Όλα εξήχθησαν στο %2.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Εξαγωγή στο %1…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Εξαγωγή</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 ακόμη</translation>
    </message>
</context>
<context>
    <name>FirstDay</name>
    <message>
        <source>Your studio is set up.</source>
        <translation>Το στούντιό σας είναι έτοιμο.</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Δείγμα δεδομένων</translation>
    </message>
    <message>
        <source>Studio Desk — %1 — %2</source>
        <translation>Studio Desk — %1 — %2</translation>
    </message>
    <message>
        <source>Sample data: nothing here is your studio&apos;s</source>
        <translation>Δείγμα δεδομένων: τίποτα εδώ δεν ανήκει στο στούντιό σας</translation>
    </message>
    <message>
        <source>Back to my studio</source>
        <translation>Επιστροφή στο στούντιό μου</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <source>Welcome to Studio Desk</source>
        <translation>Καλώς ήρθατε στο Studio Desk</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Παράλειψη</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Πίσω</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Επόμενο &gt;</translation>
    </message>
    <message>
        <source>Start with my studio</source>
        <translation>Έναρξη με το στούντιό μου</translation>
    </message>
    <message>
        <source>Your studio</source>
        <translation>Το στούντιό σας</translation>
    </message>
    <message>
        <source>Who sends the documents.</source>
        <translation>Ποιος στέλνει τα έγγραφα.</translation>
    </message>
    <message>
        <source>Studio name</source>
        <translation>Επωνυμία στούντιο</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>ΑΦΜ</translation>
    </message>
    <message>
        <source>Choose your country</source>
        <translation>Επιλέξτε τη χώρα σας</translation>
    </message>
    <message>
        <source>Country and money</source>
        <translation>Χώρα και χρήματα</translation>
    </message>
    <message>
        <source>Your country suggests the currency, the VAT rate and the paper size; change any of them.</source>
        <translation>Η χώρα σας προτείνει το νόμισμα, τον συντελεστή ΦΠΑ και το μέγεθος χαρτιού· αλλάξτε όποιο θέλετε.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>VAT rate %</source>
        <translation>Συντελεστής ΦΠΑ %</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Μέγεθος χαρτιού</translation>
    </message>
    <message>
        <source>Getting paid</source>
        <translation>Στοιχεία πληρωμής</translation>
    </message>
    <message>
        <source>Printed on quotes and invoices.</source>
        <translation>Τυπώνεται στις προσφορές και στα τιμολόγια.</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Δικαιούχος</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Τράπεζα</translation>
    </message>
    <message>
        <source>Other payment methods (one per line)</source>
        <translation>Άλλοι τρόποι πληρωμής (ένας ανά γραμμή)</translation>
    </message>
    <message>
        <source>Languages and your way of working</source>
        <translation>Γλώσσες και ο τρόπος που δουλεύετε</translation>
    </message>
    <message>
        <source>Defaults for new projects; each project can differ.</source>
        <translation>Προεπιλογές για νέα έργα· κάθε έργο μπορεί να διαφέρει.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Γλώσσα περιβάλλοντος</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>Προεπιλεγμένη γλώσσα εγγράφων</translation>
    </message>
    <message>
        <source>Working hours per week</source>
        <translation>Ώρες εργασίας την εβδομάδα</translation>
    </message>
    <message>
        <source>Deposit %</source>
        <translation>Προκαταβολή %</translation>
    </message>
    <message>
        <source>Revision rounds included</source>
        <translation>Γύροι αναθεωρήσεων στην τιμή</translation>
    </message>
    <message>
        <source>Fee per extra round</source>
        <translation>Χρέωση ανά επιπλέον γύρο</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Χωρίς λογότυπο</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Προεπισκόπηση λογοτύπου</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Επιλογή λογοτύπου…</translation>
    </message>
    <message>
        <source>Logo (PNG, JPEG or SVG)</source>
        <translation>Λογότυπο (PNG, JPEG ή SVG)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Λογότυπο</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Επιλογή λογοτύπου</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Εικόνες (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from a CSV file</source>
        <translation>Εισαγωγή από αρχείο CSV</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Τι θα εισαχθεί</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Πελάτες</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Έργα</translation>
    </message>
    <message>
        <source>Past invoices</source>
        <translation>Παλαιότερα τιμολόγια</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Δεν επιλέχθηκε αρχείο</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Επιλογή αρχείου…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Στήλη στο αρχείο</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Εισάγεται ως</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Πρώτη τιμή</translation>
    </message>
    <message>
        <source>Columns and the fields they are imported as</source>
        <translation>Στήλες και τα πεδία στα οποία εισάγονται</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Στήλες</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Γίνεται</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Προεπισκόπηση των γραμμών</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Προεπισκόπηση</translation>
    </message>
    <message>
        <source>Skip refused rows and import the others</source>
        <translation>Παράλειψη των γραμμών που απορρίφθηκαν και εισαγωγή των υπολοίπων</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Επιλέξτε αρχείο CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Αρχεία CSV (*.csv *.txt);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Read as %1, separated by %2; %3 rows.</source>
        <translation>Διαβάστηκε ως %1, με διαχωριστικό %2· %3 γραμμές.</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>κόμμα (,)</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>«;»</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>στηλοθέτη</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>Πεδίο για τη στήλη %1</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— δεν εισάγεται —</translation>
    </message>
    <message>
        <source>created</source>
        <translation>θα δημιουργηθεί</translation>
    </message>
    <message>
        <source>skipped: duplicate</source>
        <translation>παραλείπεται: διπλότυπο</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>απορρίφθηκε</translation>
    </message>
    <message>
        <source>%1 (same %2)</source>
        <translation>%1 (ίδιο %2)</translation>
    </message>
    <message>
        <source>%1 to create, %2 skipped as duplicates, %3 refused.</source>
        <translation>%1 θα δημιουργηθούν, %2 παραλείπονται ως διπλότυπα, %3 απορρίφθηκαν.</translation>
    </message>
    <message>
        <source>Imported %1; %2 skipped as duplicates, %3 refused rows left out.</source>
        <translation>Εισήχθησαν %1· %2 παραλείφθηκαν ως διπλότυπα, %3 γραμμές που απορρίφθηκαν έμειναν εκτός.</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation>Καταγραφή επικοινωνίας</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>Τι ειπώθηκε ή τι συμφωνήθηκε</translation>
    </message>
    <message>
        <source>The client is waiting for an answer from us</source>
        <translation>Ο πελάτης περιμένει απάντηση από εμάς</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Έργο</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Περίληψη</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Νέα επικοινωνία στις</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(χωρίς έργο)</translation>
    </message>
    <message>
        <source>Choose the client this is about.</source>
        <translation>Επιλέξτε τον πελάτη που αφορά.</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Issue date</source>
        <translation>Ημερομηνία έκδοσης</translation>
    </message>
    <message>
        <source>Supply date</source>
        <translation>Ημερομηνία παροχής</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Προθεσμία πληρωμής</translation>
    </message>
    <message>
        <source>the client&apos;s purchase order number, if any</source>
        <translation>ο αριθμός παραγγελίας του πελάτη, αν υπάρχει</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Αναφορά παραγγελίας</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Καταχώριση πληρωμής</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Καταχώριση επιστροφής</translation>
    </message>
    <message>
        <source>Undo last payment</source>
        <translation>Αναίρεση τελευταίας πληρωμής</translation>
    </message>
    <message>
        <source>Create credit note</source>
        <translation>Δημιουργία πιστωτικού</translation>
    </message>
    <message>
        <source>Send reminder…</source>
        <translation>Αποστολή υπενθύμισης…</translation>
    </message>
    <message>
        <source>Record myDATA ΜΑΡΚ…</source>
        <translation>Καταχώριση ΜΑΡΚ myDATA…</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Νέο τιμολόγιο</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(χωρίς έργο)</translation>
    </message>
    <message>
        <source>Deposit invoice</source>
        <translation>Τιμολόγιο προκαταβολής</translation>
    </message>
    <message>
        <source>Final invoice</source>
        <translation>Τελικό τιμολόγιο</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Πιστωτικό τιμολόγιο</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Τιμολόγιο</translation>
    </message>
    <message>
        <source>imported from %1, no PDF</source>
        <translation>εισήχθη από το %1, χωρίς PDF</translation>
    </message>
    <message>
        <source>Nothing is left to pay on this invoice.</source>
        <translation>Δεν απομένει τίποτα πληρωτέο σε αυτό το τιμολόγιο.</translation>
    </message>
    <message>
        <source>Imported from %1 — issued with another program; its figures are kept as they were.</source>
        <translation>Εισήχθη από το %1 — εκδόθηκε με άλλο πρόγραμμα· τα ποσά του διατηρούνται όπως ήταν.</translation>
    </message>
    <message>
        <source>Issued on %1 — the figures are sealed.</source>
        <translation>Εκδόθηκε στις %1 — τα ποσά είναι σφραγισμένα.</translation>
    </message>
    <message>
        <source>Issued on %1 — the figures are sealed. To change them, create a credit note.</source>
        <translation>Εκδόθηκε στις %1 — τα ποσά είναι σφραγισμένα. Για να τα αλλάξετε, δημιουργήστε πιστωτικό.</translation>
    </message>
    <message>
        <source>Refund owed</source>
        <translation>Προς επιστροφή</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Υπόλοιπο</translation>
    </message>
    <message>
        <source>E-invoice: %1, stored with the invoice.</source>
        <translation>Ηλεκτρονικό τιμολόγιο: %1, αποθηκευμένο μαζί με το τιμολόγιο.</translation>
    </message>
    <message>
        <source>Before this invoice can be issued as %1:</source>
        <translation>Πριν εκδοθεί αυτό το τιμολόγιο ως %1:</translation>
    </message>
    <message>
        <source>E-invoice: %1, ready to issue.</source>
        <translation>Ηλεκτρονικό τιμολόγιο: %1, έτοιμο για έκδοση.</translation>
    </message>
    <message>
        <source>This invoice cannot be issued yet: its e-invoice would not pass the rules.</source>
        <translation>Αυτό το τιμολόγιο δεν μπορεί να εκδοθεί ακόμη: το ηλεκτρονικό του τιμολόγιο δεν θα περνούσε τους κανόνες.</translation>
    </message>
    <message>
        <source>Refund owed to the client</source>
        <translation>Ποσό προς επιστροφή στον πελάτη</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Πληρωτέο ποσό</translation>
    </message>
    <message>
        <source>Add a client first: an invoice is addressed to a client.</source>
        <translation>Προσθέστε πρώτα έναν πελάτη: κάθε τιμολόγιο απευθύνεται σε πελάτη.</translation>
    </message>
    <message>
        <source>Issue this invoice? It gets its number and can no longer be changed.</source>
        <translation>Να εκδοθεί αυτό το τιμολόγιο; Θα λάβει αριθμό και δεν θα μπορεί πλέον να αλλάξει.</translation>
    </message>
    <message>
        <source>Undo the refund of %1 recorded on %2?</source>
        <translation>Αναίρεση της επιστροφής %1 που καταχωρίστηκε στις %2;</translation>
    </message>
    <message>
        <source>Undo the payment of %1 received on %2?</source>
        <translation>Αναίρεση της πληρωμής %1 που εισπράχθηκε στις %2;</translation>
    </message>
    <message>
        <source>Create a credit note that reverses this invoice? You can edit it before issuing.</source>
        <translation>Να δημιουργηθεί πιστωτικό τιμολόγιο που αντιλογίζει αυτό το τιμολόγιο; Μπορείτε να το επεξεργαστείτε πριν από την έκδοση.</translation>
    </message>
</context>
<context>
    <name>LineItems</name>
    <message>
        <source>Line items</source>
        <translation>Γραμμές</translation>
    </message>
    <message>
        <source>+ Add line</source>
        <translation>+ Προσθήκη γραμμής</translation>
    </message>
    <message>
        <source>Add a line at the end (Enter in the table)</source>
        <translation>Προσθήκη γραμμής στο τέλος (Enter στον πίνακα)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Αφαίρεση γραμμής</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete in the table)</source>
        <translation>Αφαίρεση της επιλεγμένης γραμμής (Delete στον πίνακα)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Μετακίνηση πάνω</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Μετακίνηση κάτω</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ποσότ.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Τιμή μονάδας</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>ΦΠΑ %</translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation>Κατηγορία ΦΠΑ</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Έκπτωση %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>This line</source>
        <extracomment>What a row carries besides its cells, kept as loaded so a save never loses it: a discount or charge on the whole document, a discount amount, a price per 100, a deposit deducted with its own VAT.</extracomment>
        <translation>Αυτή η γραμμή</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Διαγραφή πρόχειρου…</translation>
    </message>
    <message>
        <source>Delete this draft? This cannot be undone.</source>
        <translation>Να διαγραφεί αυτό το πρόχειρο; Η ενέργεια δεν αναιρείται.</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Νέα προσφορά</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Νέα σύμβαση</translation>
    </message>
    <message>
        <source>Which project is the quote for?</source>
        <translation>Για ποιο έργο είναι η προσφορά;</translation>
    </message>
    <message>
        <source>Which project is the contract for? Contracts follow an accepted quote.</source>
        <translation>Για ποιο έργο είναι η σύμβαση; Η σύμβαση συντάσσεται από αποδεκτή προσφορά.</translation>
    </message>
    <message>
        <source>Search by project or client</source>
        <translation>Αναζήτηση με έργο ή πελάτη</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Έργα</translation>
    </message>
    <message>
        <source>No project can have one yet: a quote needs an open project, a contract an accepted quote.</source>
        <translation>Δεν υπάρχει ακόμη κατάλληλο έργο: η προσφορά χρειάζεται ανοιχτό έργο, η σύμβαση αποδεκτή προσφορά.</translation>
    </message>
</context>
<context>
    <name>ListModel</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Έργο</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Έκδοση</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ισχύει έως</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Υπογραφή</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Υπόλοιπο</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Πρόχειρο</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <source>All</source>
        <translation>Όλα</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Πελάτες</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Νέος πελάτης</translation>
    </message>
    <message>
        <source>Search clients by name, company or email</source>
        <translation>Αναζήτηση πελατών με όνομα, εταιρεία ή email</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Έργα</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Νέο έργο</translation>
    </message>
    <message>
        <source>Search projects by title or client</source>
        <translation>Αναζήτηση έργων με τίτλο ή πελάτη</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Προσφορές</translation>
    </message>
    <message>
        <source>Search quotes by number, client or project</source>
        <translation>Αναζήτηση προσφορών με αριθμό, πελάτη ή έργο</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Εκδόθηκε</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Συμβάσεις</translation>
    </message>
    <message>
        <source>%1 from</source>
        <comment>date filter</comment>
        <translation>%1 από</translation>
    </message>
    <message>
        <source>%1 until</source>
        <comment>date filter</comment>
        <translation>%1 έως</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <source>Send reminder…</source>
        <translation>Αποστολή υπενθύμισης…</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>Δεν υπάρχουν ακόμη πελάτες.</translation>
    </message>
    <message>
        <source>No projects yet.</source>
        <translation>Δεν υπάρχουν ακόμη έργα.</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Νέα προσφορά</translation>
    </message>
    <message>
        <source>No quotes yet — a quote is made from a project (“Create quote”).</source>
        <translation>Δεν υπάρχουν ακόμη προσφορές — μια προσφορά δημιουργείται από ένα έργο («Δημιουργία προσφοράς»).</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>date filter: issued between</comment>
        <translation>Έκδοση</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Νέα σύμβαση</translation>
    </message>
    <message>
        <source>Search contracts by number, client or project</source>
        <translation>Αναζήτηση συμβάσεων με αριθμό, πελάτη ή έργο</translation>
    </message>
    <message>
        <source>No contracts yet — a contract is drawn up when a client accepts a quote.</source>
        <translation>Δεν υπάρχουν ακόμη συμβάσεις — η σύμβαση συντάσσεται όταν ο πελάτης αποδεχτεί μια προσφορά.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Τιμολόγια</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Νέο τιμολόγιο</translation>
    </message>
    <message>
        <source>Search invoices by number, client or project</source>
        <translation>Αναζήτηση τιμολογίων με αριθμό, πελάτη ή έργο</translation>
    </message>
    <message>
        <source>No invoices yet — create one, or accept a quote to draft the deposit.</source>
        <translation>Δεν υπάρχουν ακόμη τιμολόγια — δημιουργήστε ένα ή αποδεχτείτε μια προσφορά για να συνταχθεί το τιμολόγιο προκαταβολής.</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>clients</comment>
        <translation>Ενεργοί</translation>
    </message>
    <message>
        <source>Archived</source>
        <comment>clients</comment>
        <translation>Αρχειοθετημένοι</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Αρχειοθετήθηκε</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Αρχική επαφή</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Στάλθηκε προσφορά</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Παραδόθηκε</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Χάθηκε</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Πρόχειρο</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Αποδεκτή</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Απορρίφθηκε</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Υπογράφηκε</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ανεξόφλητο</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Ληξιπρόθεσμο</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Εξοφλήθηκε</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Πιστωτικά</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Όλοι οι πελάτες</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Κανένα αποτέλεσμα με αυτά τα φίλτρα.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Καθαρισμός φίλτρων</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln πελάτης</numerusform>
            <numerusform>%Ln πελάτες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln έργο</numerusform>
            <numerusform>%Ln έργα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln προσφορά</numerusform>
            <numerusform>%Ln προσφορές</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln σύμβαση</numerusform>
            <numerusform>%Ln συμβάσεις</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln τιμολόγιο</numerusform>
            <numerusform>%Ln τιμολόγια</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Προσθήκη πελάτη</translation>
    </message>
    <message>
        <source>Add a project</source>
        <translation>Προσθήκη έργου</translation>
    </message>
    <message>
        <source>Go to projects</source>
        <translation>Μετάβαση στα έργα</translation>
    </message>
    <message>
        <source>Go to quotes</source>
        <translation>Μετάβαση στις προσφορές</translation>
    </message>
    <message>
        <source>Create an invoice</source>
        <translation>Δημιουργία τιμολογίου</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>Εισαγωγή από αρχείο</translation>
    </message>
</context>
<context>
    <name>LocalDetails</name>
    <message>
        <source>Local details</source>
        <translation>Τοπικά στοιχεία</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>ΔΟΥ</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Επάγγελμα</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Αριθμός φορολογικού μητρώου</translation>
    </message>
    <message>
        <source>MERSİS number</source>
        <translation>Αριθμός MERSİS</translation>
    </message>
    <message>
        <source>Trade register number</source>
        <translation>Αριθμός μητρώου</translation>
    </message>
    <message>
        <source>SST registration number</source>
        <translation>Αριθμός εγγραφής SST</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Αριθμός λογαριασμού</translation>
    </message>
    <message>
        <source>DuitNow ID</source>
        <translation>Αναγνωριστικό DuitNow</translation>
    </message>
    <message>
        <source>VKN or TCKN</source>
        <translation>VKN ή TCKN</translation>
    </message>
    <message>
        <source>Tax office (vergi dairesi)</source>
        <translation>Εφορία (vergi dairesi)</translation>
    </message>
    <message>
        <source>Trade registry number</source>
        <translation>Αριθμός εμπορικού μητρώου</translation>
    </message>
    <message>
        <source>Tax number (ΑΦΜ)</source>
        <translation>ΑΦΜ</translation>
    </message>
    <message>
        <source>Tax office (ΔΟΥ)</source>
        <translation>ΔΟΥ</translation>
    </message>
    <message>
        <source>ΓΕΜΗ number</source>
        <translation>Αριθμός ΓΕΜΗ</translation>
    </message>
    <message>
        <source>Profession (επάγγελμα)</source>
        <translation>Επάγγελμα</translation>
    </message>
    <message>
        <source>TIN</source>
        <translation>Αριθμός φορολογικού μητρώου (TIN)</translation>
    </message>
    <message>
        <source>SSM company number</source>
        <translation>Αριθμός εταιρείας SSM</translation>
    </message>
</context>
<context>
    <name>LockedNote</name>
    <message>
        <source>Locked</source>
        <translation>Κλειδωμένο</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>Quote</source>
        <translation>Προσφορά</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Σύμβαση</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Τιμολόγιο</translation>
    </message>
    <message>
        <source>Deposit request</source>
        <translation>Αίτημα προκαταβολής</translation>
    </message>
    <message>
        <source>Payment reminder 1 (friendly)</source>
        <translation>Υπενθύμιση πληρωμής 1 (φιλική)</translation>
    </message>
    <message>
        <source>Payment reminder 2 (firm)</source>
        <translation>Υπενθύμιση πληρωμής 2 (αυστηρή)</translation>
    </message>
    <message>
        <source>Payment reminder 3 (final)</source>
        <translation>Υπενθύμιση πληρωμής 3 (τελική)</translation>
    </message>
    <message>
        <source>Thank you for the payment</source>
        <translation>Ευχαριστίες για την πληρωμή</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>Ενημέρωση προόδου</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>Ειδοποίηση καθυστέρησης</translation>
    </message>
    <message>
        <source>Follow-up after delivery</source>
        <translation>Επικοινωνία μετά την παράδοση</translation>
    </message>
    <message>
        <source>Birthday or anniversary greeting</source>
        <translation>Ευχές γενεθλίων ή επετείου</translation>
    </message>
    <message>
        <source>Send through an SMTP server</source>
        <translation>Αποστέλλονται μέσω διακομιστή SMTP</translation>
    </message>
    <message>
        <source>Hand each message to my mail program</source>
        <translation>Παραδίδονται στο πρόγραμμα αλληλογραφίας μου</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Καμία (χωρίς κρυπτογράφηση)</translation>
    </message>
    <message>
        <source>On the final reminder, at</source>
        <translation>Στην τελική υπενθύμιση, με</translation>
    </message>
    <message>
        <source>€40 from business clients in the EU</source>
        <translation>40 € από επαγγελματίες πελάτες στην ΕΕ</translation>
    </message>
    <message>
        <source>Directive 2011/7/EU on late payment in commercial transactions: a fixed sum for the cost of recovery</source>
        <translation>Οδηγία 2011/7/ΕΕ για τις καθυστερήσεις πληρωμών στις εμπορικές συναλλαγές: σταθερό ποσό για το κόστος είσπραξης</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ημέρες</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Αποστολή δοκιμαστικού μηνύματος</translation>
    </message>
    <message>
        <source>e.g. 12.15</source>
        <translation>π.χ. 12.15</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Αποστολέας</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Υπογραφή</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Messages are</source>
        <translation>Τα μηνύματα</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Διακομιστής SMTP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Θύρα</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Ασφάλεια</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Χρήστης</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% ετησίως</translation>
    </message>
    <message>
        <source>Payment reminders</source>
        <translation>Υπενθυμίσεις πληρωμής</translation>
    </message>
    <message>
        <source>Reminders 1, 2 and 3, days after the due date</source>
        <translation>Υπενθυμίσεις 1, 2 και 3, ημέρες μετά τη λήξη</translation>
    </message>
    <message>
        <source>Late-payment interest</source>
        <translation>Τόκοι υπερημερίας</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Αποζημίωση</translation>
    </message>
    <message>
        <source>Message texts</source>
        <translation>Κείμενα μηνυμάτων</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Πεδία αντικατάστασης: %1</translation>
    </message>
    <message>
        <source>Save this text</source>
        <translation>Αποθήκευση κειμένου</translation>
    </message>
    <message>
        <source>Back to the shipped text</source>
        <translation>Επαναφορά του αρχικού κειμένου</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s password store</source>
        <translation>Φυλάσσεται στην αποθήκη κωδικών του συστήματος</translation>
    </message>
    <message>
        <source>The test message was not sent: %1</source>
        <translation>Το δοκιμαστικό μήνυμα δεν στάλθηκε: %1</translation>
    </message>
    <message>
        <source>Test message sent to %1. Check that it arrived.</source>
        <translation>Το δοκιμαστικό μήνυμα στάλθηκε στο %1. Ελέγξτε ότι έφτασε.</translation>
    </message>
    <message>
        <source>The text of “%1” in %2 is saved.</source>
        <translation>Το κείμενο «%1» στα %2 αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>The shipped text is back.</source>
        <translation>Το αρχικό κείμενο επανήλθε.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Studio Desk — %1</source>
        <translation>Studio Desk — %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Ενότητες</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Πελάτες</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Έργα</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Προσφορές</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Συμβάσεις</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Τιμολόγια</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Εξερχόμενα</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Αναζήτηση σε όλα</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n message(s) waiting</source>
        <translation>
            <numerusform>Εξερχόμενα: %n μήνυμα σε αναμονή</numerusform>
            <numerusform>Εξερχόμενα: %n μηνύματα σε αναμονή</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox could not be sent: %1</source>
        <translation>Τα εξερχόμενα δεν στάλθηκαν: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the outbox could not be sent yet.</source>
        <translation>
            <numerusform>%n μήνυμα στα εξερχόμενα δεν μπόρεσε να σταλεί ακόμη.</numerusform>
            <numerusform>%n μηνύματα στα εξερχόμενα δεν μπόρεσαν να σταλούν ακόμη.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) from the outbox sent.</source>
        <translation>
            <numerusform>Στάλθηκε %n μήνυμα από τα εξερχόμενα.</numerusform>
            <numerusform>Στάλθηκαν %n μηνύματα από τα εξερχόμενα.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Οι ρυθμίσεις αποθηκεύτηκαν.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Νέο</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Αποθήκευση</translation>
    </message>
    <message>
        <source>&amp;Print or preview…</source>
        <translation>Ε&amp;κτύπωση ή προεπισκόπηση…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Εισαγωγή…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Μετάβαση</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Αναζήτηση</translation>
    </message>
    <message>
        <source>&amp;Log an interaction…</source>
        <translation>&amp;Καταγραφή επικοινωνίας…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;First-run assistant…</source>
        <translation>&amp;Οδηγός πρώτης εκκίνησης…</translation>
    </message>
    <message>
        <source>&amp;About Studio Desk</source>
        <translation>&amp;Σχετικά με το Studio Desk</translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation>Καταγράφηκε.</translation>
    </message>
    <message>
        <source>Archive this client? Their documents are kept.</source>
        <translation>Αρχειοθέτηση αυτού του πελάτη; Τα έγγραφά του διατηρούνται.</translation>
    </message>
    <message>
        <source>Archive this project? Its documents are kept.</source>
        <translation>Αρχειοθέτηση αυτού του έργου; Τα έγγραφά του διατηρούνται.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Αρχειοθετήθηκε.</translation>
    </message>
</context>
<context>
    <name>MyDataDialog</name>
    <message>
        <source>myDATA ΜΑΡΚ of %1</source>
        <translation>ΜΑΡΚ myDATA του %1</translation>
    </message>
    <message>
        <source>Copy what your provider returned. It is recorded once and printed on the invoice, with the QR code of the link; the invoice as issued is kept as well.</source>
        <translation>Αντιγράψτε ό,τι επέστρεψε ο πάροχός σας. Καταχωρίζεται μία φορά και τυπώνεται στο τιμολόγιο μαζί με τον κωδικό QR του συνδέσμου· το τιμολόγιο όπως εκδόθηκε φυλάσσεται επίσης.</translation>
    </message>
    <message>
        <source>ΜΑΡΚ</source>
        <translation>ΜΑΡΚ</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>QR code link</source>
        <translation>Σύνδεσμος κωδικού QR</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>Κωδικός αυθεντικοποίησης</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>Εξερχόμενα</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Προσπάθειες</translation>
    </message>
    <message>
        <source>Why it was not sent</source>
        <translation>Γιατί δεν στάλθηκε</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Γράφτηκε</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Τίποτα δεν περιμένει να σταλεί.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Επανάληψη όλων</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Δεν στάλθηκε</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Αποστέλλεται</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Σε αναμονή</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n μήνυμα</numerusform>
            <numerusform>%n μηνύματα</numerusform>
        </translation>
    </message>
    <message>
        <source>This message may have arrived already (%1). Send it again?</source>
        <translation>Αυτό το μήνυμα μπορεί να έχει ήδη φτάσει (%1). Να σταλεί ξανά;</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Στάλθηκε.</translation>
    </message>
    <message>
        <source>Still not sent: %1</source>
        <translation>Ακόμη δεν στάλθηκε: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent.</source>
        <translation>
            <numerusform>Στάλθηκε %n μήνυμα.</numerusform>
            <numerusform>Στάλθηκαν %n μηνύματα.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting.</source>
        <translation>
            <numerusform>%n ακόμη σε αναμονή.</numerusform>
            <numerusform>%n ακόμη σε αναμονή.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this message? It will not be sent.</source>
        <translation>Διαγραφή αυτού του μηνύματος; Δεν θα σταλεί.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>Κωδικός βάσης δεδομένων</translation>
    </message>
    <message>
        <source>The server refused this password. Please type it again.</source>
        <translation>Ο διακομιστής απέρριψε αυτόν τον κωδικό. Πληκτρολογήστε τον ξανά.</translation>
    </message>
    <message>
        <source>The database %1 needs a password.</source>
        <translation>Η βάση δεδομένων %1 χρειάζεται κωδικό.</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s password store</source>
        <translation>Να αποθηκευτεί στην αποθήκη κωδικών αυτού του υπολογιστή</translation>
    </message>
    <message>
        <source>This computer has no password store; Studio Desk will ask at each start.</source>
        <translation>Αυτός ο υπολογιστής δεν έχει αποθήκη κωδικών· το Studio Desk θα ρωτά σε κάθε εκκίνηση.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Κωδικός</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment on %1</source>
        <translation>Καταχώριση πληρωμής για το %1</translation>
    </message>
    <message>
        <source>Record a refund on %1</source>
        <translation>Καταχώριση επιστροφής για το %1</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Τραπεζική μεταφορά</translation>
    </message>
    <message>
        <source>Owed to the client</source>
        <translation>Οφειλόμενο στον πελάτη</translation>
    </message>
    <message>
        <source>Amount paid back (%1)</source>
        <translation>Ποσό που επιστράφηκε (%1)</translation>
    </message>
    <message>
        <source>Paid back on</source>
        <translation>Επιστράφηκε στις</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>Υπόλοιπο προς πληρωμή</translation>
    </message>
    <message>
        <source>Amount received (%1)</source>
        <translation>Ποσό που εισπράχθηκε (%1)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ημερομηνία είσπραξης</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Τρόπος πληρωμής</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Αιτιολογία</translation>
    </message>
</context>
<context>
    <name>PaymentsCard</name>
    <message>
        <source>Payments</source>
        <translation>Πληρωμές</translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation>Καμία ακόμη</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Print…</source>
        <translation>Εκτύπωση…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Αποθήκευση ως PDF…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Άνοιγμα σε πρόγραμμα PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Αποθήκευση ως PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Έγγραφα PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was saved to %1.</source>
        <translation>Το PDF αποθηκεύτηκε στο %1.</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Επιλέξτε χρώμα</translation>
    </message>
    <message>
        <source>Colour code</source>
        <translation>Κωδικός χρώματος</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Επιλογή…</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>What the client wants to achieve, in their words</source>
        <translation>Τι θέλει να πετύχει ο πελάτης, με τα δικά του λόγια</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Έργο</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Επισκόπηση</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Αντικείμενο</translation>
    </message>
    <message>
        <source>Price and terms</source>
        <translation>Τιμή και όροι</translation>
    </message>
    <message>
        <source>Progress and documents</source>
        <translation>Πρόοδος και έγγραφα</translation>
    </message>
    <message>
        <source>Check-in done</source>
        <translation>Η επικοινωνία έγινε</translation>
    </message>
    <message>
        <source>Create quote</source>
        <translation>Δημιουργία προσφοράς</translation>
    </message>
    <message>
        <source>Create final invoice</source>
        <translation>Δημιουργία τελικού τιμολογίου</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Αρχειοθέτηση</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ημερομηνία έναρξης</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Στόχοι</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Παραδοτέο</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ποσότ.</translation>
    </message>
    <message>
        <source>The client&apos;s currency</source>
        <translation>Το νόμισμα του πελάτη</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Έγινε</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Ορόσημο</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Ολοκλήρωση</translation>
    </message>
    <message>
        <source>One per line, e.g. “Printing costs”, “Stock photo licences”</source>
        <translation>Ένα ανά γραμμή, π.χ. «Κόστος εκτύπωσης», «Άδειες φωτογραφιών stock»</translation>
    </message>
    <message>
        <source>Deliverables and their formats</source>
        <translation>Παραδοτέα και μορφές τους</translation>
    </message>
    <message>
        <source>e.g. Logo — SVG, PNG and PDF, 3 colour variants</source>
        <translation>π.χ. Λογότυπο — SVG, PNG και PDF, 3 χρωματικές παραλλαγές</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Ορόσημα</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Δεν περιλαμβάνονται</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Τιμολόγηση</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Fixed price (net)</source>
        <translation>Σταθερή τιμή (καθαρή)</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Ωριαία χρέωση</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>Συντελεστής ΦΠΑ %</translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation>Εκτιμώμενες ώρες</translation>
    </message>
    <message>
        <source>Deposit %</source>
        <translation>Προκαταβολή %</translation>
    </message>
    <message>
        <source>Revision rounds included</source>
        <translation>Γύροι αναθεωρήσεων στην τιμή</translation>
    </message>
    <message>
        <source>Extra rounds billed</source>
        <translation>Χρέωση επιπλέον γύρων</translation>
    </message>
    <message>
        <source>Fee per extra round</source>
        <translation>Χρέωση ανά επιπλέον γύρο</translation>
    </message>
    <message>
        <source>Log a revision round…</source>
        <translation>Καταγραφή γύρου αναθεωρήσεων…</translation>
    </message>
    <message>
        <source>Undo the latest round</source>
        <translation>Αναίρεση του τελευταίου γύρου</translation>
    </message>
    <message>
        <source>Record time…</source>
        <translation>Καταχώριση χρόνου…</translation>
    </message>
    <message>
        <source>Delete the selected time</source>
        <translation>Διαγραφή του επιλεγμένου χρόνου</translation>
    </message>
    <message>
        <source>Revision rounds</source>
        <translation>Γύροι αναθεωρήσεων</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Χρόνος</translation>
    </message>
    <message>
        <source>Quotes, contracts and invoices</source>
        <translation>Προσφορές, συμβάσεις και τιμολόγια</translation>
    </message>
    <message>
        <source>Log an update, delay or note…</source>
        <translation>Καταγραφή ενημέρωσης, καθυστέρησης ή σημείωσης…</translation>
    </message>
    <message>
        <source>Conversation about this project</source>
        <translation>Επικοινωνία για αυτό το έργο</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Νέο έργο</translation>
    </message>
    <message>
        <source>The price of the accepted quote %1; a change of scope is a new quote.</source>
        <translation>Η τιμή της αποδεκτής προσφοράς %1· μια αλλαγή εύρους εργασιών γίνεται με νέα προσφορά.</translation>
    </message>
    <message>
        <source>Save the project to count rounds and time.</source>
        <translation>Αποθηκεύστε το έργο για να μετρώνται γύροι και χρόνος.</translation>
    </message>
    <message>
        <source>Revision rounds used: %1 of %2 included</source>
        <translation>Γύροι αναθεωρήσεων: %1 από τους %2 που περιλαμβάνονται</translation>
    </message>
    <message numerus="yes">
        <source>%n billable round(s) not invoiced yet: they go on the final invoice.</source>
        <translation>
            <numerusform>%n γύρος με χρέωση δεν έχει τιμολογηθεί ακόμη: θα μπει στο τελικό τιμολόγιο.</numerusform>
            <numerusform>%n γύροι με χρέωση δεν έχουν τιμολογηθεί ακόμη: θα μπουν στο τελικό τιμολόγιο.</numerusform>
        </translation>
    </message>
    <message>
        <source>billable</source>
        <translation>με χρέωση</translation>
    </message>
    <message>
        <source>Time logged: %1 h</source>
        <translation>Καταγεγραμμένος χρόνος: %1 ώ.</translation>
    </message>
    <message>
        <source>not billable</source>
        <translation>χωρίς χρέωση</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ώ.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Προσφορά</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Σύμβαση</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Τιμολόγιο</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>πρόχειρο</translation>
    </message>
    <message>
        <source>No revision round yet.</source>
        <translation>Δεν υπάρχει ακόμη γύρος αναθεώρησης.</translation>
    </message>
    <message>
        <source>No time recorded yet.</source>
        <translation>Δεν έχει καταγραφεί ακόμη χρόνος.</translation>
    </message>
    <message>
        <source>No quote, contract or invoice yet.</source>
        <translation>Δεν υπάρχει ακόμη προσφορά, σύμβαση ή τιμολόγιο.</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Δεν έχει καταγραφεί τίποτα ακόμη.</translation>
    </message>
    <message>
        <source>Lost: no new quote or invoice. To go on, set its status again.</source>
        <translation>Χάθηκε: δεν δημιουργείται νέα προσφορά ή τιμολόγιο. Για να συνεχίσετε, ορίστε ξανά την κατάστασή του.</translation>
    </message>
    <message>
        <source>Closed: no new quote or invoice. To go on, set its status again.</source>
        <translation>Έκλεισε: δεν δημιουργείται νέα προσφορά ή τιμολόγιο. Για να συνεχίσετε, ορίστε ξανά την κατάστασή του.</translation>
    </message>
    <message>
        <source>The next round (%1) is included.</source>
        <translation>Ο επόμενος γύρος (%1) περιλαμβάνεται.</translation>
    </message>
    <message>
        <source>The next round (%1) goes past the %2 included: billable by the hour.</source>
        <translation>Ο επόμενος γύρος (%1) ξεπερνά τους %2 που περιλαμβάνονται: χρεώνεται με την ώρα.</translation>
    </message>
    <message>
        <source>The next round (%1) goes past the %2 included: billable at %3.</source>
        <translation>Ο επόμενος γύρος (%1) ξεπερνά τους %2 που περιλαμβάνονται: χρεώνεται %3.</translation>
    </message>
    <message>
        <source>Add a client first: every project belongs to a client.</source>
        <translation>Προσθέστε πρώτα έναν πελάτη: κάθε έργο ανήκει σε έναν πελάτη.</translation>
    </message>
    <message>
        <source>Accepted quote %1: %2 net, %3 with VAT; deposit %4 with VAT.</source>
        <translation>Αποδεκτή προσφορά %1: %2 καθαρά, %3 με ΦΠΑ· προκαταβολή %4 με ΦΠΑ.</translation>
    </message>
    <message>
        <source>Agreed price %1 net; deposit %2.</source>
        <translation>Συμφωνημένη τιμή %1 καθαρή· προκαταβολή %2.</translation>
    </message>
    <message>
        <source>Undo revision round %1?</source>
        <translation>Αναίρεση του γύρου αναθεωρήσεων %1;</translation>
    </message>
    <message>
        <source>Delete this time entry?</source>
        <translation>Διαγραφή αυτής της καταχώρισης χρόνου;</translation>
    </message>
    <message>
        <source>Archive this project? Its documents are kept.</source>
        <translation>Αρχειοθέτηση αυτού του έργου; Τα έγγραφά του διατηρούνται.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Επι&amp;λογή όλων</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Αύξηση</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Μείωση</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Εντάξει</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Αποθήκευση</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ά&amp;κυρο</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Κλείσιμο</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Κλείσιμο χωρίς αποθήκευση</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Επα&amp;νάληψη</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Αντι&amp;γραφή</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Επικόλληση</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Επιλογή όλων</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Εντάξει</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Αποθήκευση όλων</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ναι</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ναι σε &amp;όλα</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>Ό&amp;χι</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Όχι &amp;σε όλα</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Ματαίωση</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Παράβλεψη</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Βοήθεια</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Επαναφορά προεπιλογών</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Επα&amp;νάληψη</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Αντι&amp;γραφή</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Αντιγραφή &amp;διεύθυνσης συνδέσμου</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Επικόλληση</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Επιλογή όλων</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Valid until</source>
        <translation>Ισχύει έως</translation>
    </message>
    <message>
        <source>Mark accepted</source>
        <translation>Αποδοχή</translation>
    </message>
    <message>
        <source>Mark declined</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Προσφορά</translation>
    </message>
    <message>
        <source>Issued on %1 and accepted — the figures are sealed.</source>
        <translation>Εκδόθηκε στις %1 και έγινε αποδεκτή — τα ποσά είναι σφραγισμένα.</translation>
    </message>
    <message>
        <source>Issued on %1 and declined — the figures are sealed.</source>
        <translation>Εκδόθηκε στις %1 και απορρίφθηκε — τα ποσά είναι σφραγισμένα.</translation>
    </message>
    <message>
        <source>Issued on %1 — the figures are sealed. To change them, make a new quote from the project.</source>
        <translation>Εκδόθηκε στις %1 — τα ποσά είναι σφραγισμένα. Για να τα αλλάξετε, φτιάξτε νέα προσφορά από το έργο.</translation>
    </message>
    <message>
        <source>Issue this quote? It gets its number and can no longer be changed.</source>
        <translation>Να εκδοθεί αυτή η προσφορά; Θα λάβει αριθμό και δεν θα μπορεί πλέον να αλλάξει.</translation>
    </message>
    <message>
        <source>Mark this quote accepted? A contract and the deposit invoice will be drafted.</source>
        <translation>Να καταχωριστεί η προσφορά ως αποδεκτή; Θα συνταχθούν πρόχειρα της σύμβασης και του τιμολογίου προκαταβολής.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 h)</source>
        <translation>%1 (%2 από %3 ώ.)</translation>
    </message>
    <message>
        <source>Careful: taking this on puts these weeks over the studio&apos;s capacity: %1.</source>
        <translation>Προσοχή: αν αναλάβετε αυτή τη δουλειά, οι παρακάτω εβδομάδες ξεπερνούν τη δυναμικότητα του στούντιο: %1.</translation>
    </message>
    <message>
        <source>Mark this quote declined?</source>
        <translation>Να καταχωριστεί η προσφορά ως απορριφθείσα;</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Studio Desk can put back the latest backup, %1. The damaged file is kept aside, not deleted.</source>
        <translation>Το Studio Desk μπορεί να επαναφέρει το πιο πρόσφατο αντίγραφο ασφαλείας, %1. Το κατεστραμμένο αρχείο φυλάσσεται χωριστά, δεν διαγράφεται.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Επαναφορά του πιο πρόσφατου αντιγράφου</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Log revision round %1</source>
        <translation>Καταγραφή γύρου αναθεωρήσεων %1</translation>
    </message>
    <message>
        <source>What the client asked to change</source>
        <translation>Τι ζήτησε να αλλάξει ο πελάτης</translation>
    </message>
    <message>
        <source>Requested changes</source>
        <translation>Ζητούμενες αλλαγές</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Ώρες εργασίας</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Ημερομηνία αιτήματος</translation>
    </message>
    <message>
        <source>Round %1 of %2 included.</source>
        <translation>Γύρος %1 από τους %2 που περιλαμβάνονται.</translation>
    </message>
    <message>
        <source>Round %1 goes past the %2 included rounds: it will be billed by the hour.</source>
        <translation>Ο γύρος %1 ξεπερνά τους %2 γύρους που περιλαμβάνονται: θα χρεωθεί με την ώρα.</translation>
    </message>
    <message>
        <source>Round %1 goes past the %2 included rounds: it will be billed at %3.</source>
        <translation>Ο γύρος %1 ξεπερνά τους %2 γύρους που περιλαμβάνονται: θα χρεωθεί %3.</translation>
    </message>
    <message>
        <source>Log it as a billable round?</source>
        <translation>Να καταγραφεί ως γύρος με χρέωση;</translation>
    </message>
</context>
<context>
    <name>ScopeActions</name>
    <message>
        <source>Mark deliverable done</source>
        <translation>Σήμανση παραδοτέου ως ολοκληρωμένου</translation>
    </message>
    <message>
        <source>Mark milestone done</source>
        <translation>Σήμανση ορόσημου ως ολοκληρωμένου</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search clients, projects, quotes, invoices…  (Ctrl+K)</source>
        <translation>Αναζήτηση πελατών, έργων, προσφορών, τιμολογίων…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Έργο</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Προσφορά</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Σύμβαση</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Τιμολόγιο</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>Credit notes have their own number series</source>
        <translation>Τα πιστωτικά τιμολόγια έχουν δική τους αρίθμηση</translation>
    </message>
    <message>
        <source>Deposit invoices have their own number series</source>
        <translation>Τα τιμολόγια προκαταβολής έχουν δική τους αρίθμηση</translation>
    </message>
    <message>
        <source>An SQLite file, or postgresql://user@server/database</source>
        <translation>Αρχείο SQLite ή postgresql://user@server/database</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Στούντιο</translation>
    </message>
    <message>
        <source>Invoicing defaults</source>
        <translation>Προεπιλογές τιμολόγησης</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Έγγραφα</translation>
    </message>
    <message>
        <source>Appearance and data</source>
        <translation>Εμφάνιση και δεδομένα</translation>
    </message>
    <message>
        <source>Studio name</source>
        <translation>Επωνυμία στούντιο</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>ΑΦΜ</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Λογότυπο</translation>
    </message>
    <message>
        <source>Getting paid</source>
        <translation>Στοιχεία πληρωμής</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Δικαιούχος</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Τράπεζα</translation>
    </message>
    <message>
        <source>Payment methods (one per line)</source>
        <translation>Τρόποι πληρωμής (ένας ανά γραμμή)</translation>
    </message>
    <message>
        <source>E-invoicing (the seller on XRechnung, Factur-X and Peppol invoices)</source>
        <translation>Ηλεκτρονική τιμολόγηση (ο πωλητής στα τιμολόγια XRechnung, Factur-X και Peppol)</translation>
    </message>
    <message>
        <source>E-invoicing</source>
        <translation>Ηλεκτρονική τιμολόγηση</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Οδός</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Ταχυδρομικός κώδικας</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Αριθμός φορολογικού μητρώου</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Υπεύθυνος επικοινωνίας</translation>
    </message>
    <message>
        <source>Electronic address scheme</source>
        <translation>Σχήμα ηλεκτρονικής διεύθυνσης</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Ηλεκτρονική διεύθυνση</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Αντίγραφα ασφαλείας…</translation>
    </message>
    <message>
        <source>First-run assistant…</source>
        <translation>Οδηγός πρώτης εκκίνησης…</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Γλώσσα περιβάλλοντος</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Εμφάνιση</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Βάση δεδομένων</translation>
    </message>
    <message>
        <source>Defaults for new work</source>
        <translation>Προεπιλογές για νέες δουλειές</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>Συντελεστής ΦΠΑ %</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Όροι πληρωμής (ημέρες)</translation>
    </message>
    <message>
        <source>Deposit %</source>
        <translation>Προκαταβολή %</translation>
    </message>
    <message>
        <source>Revision rounds included</source>
        <translation>Γύροι αναθεωρήσεων στην τιμή</translation>
    </message>
    <message>
        <source>Fee per extra round</source>
        <translation>Χρέωση ανά επιπλέον γύρο</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Ωριαία χρέωση</translation>
    </message>
    <message>
        <source>Weekly capacity (hours)</source>
        <translation>Εβδομαδιαία δυναμικότητα (ώρες)</translation>
    </message>
    <message>
        <source>Quotes valid for (days)</source>
        <translation>Ισχύς προσφορών (ημέρες)</translation>
    </message>
    <message>
        <source>Deadlines and follow-ups</source>
        <translation>Προθεσμίες και παρακολούθηση</translation>
    </message>
    <message>
        <source>Documents and numbering</source>
        <translation>Έγγραφα και αρίθμηση</translation>
    </message>
    <message>
        <source>Quote numbers</source>
        <translation>Αρίθμηση προσφορών</translation>
    </message>
    <message>
        <source>Contract numbers</source>
        <translation>Αρίθμηση συμβάσεων</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Αρίθμηση τιμολογίων</translation>
    </message>
    <message>
        <source>Credit note numbers</source>
        <translation>Αρίθμηση πιστωτικών</translation>
    </message>
    <message>
        <source>Deposit invoice numbers</source>
        <translation>Αρίθμηση τιμολογίων προκαταβολής</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Μέγεθος χαρτιού</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>Προεπιλεγμένη γλώσσα εγγράφων</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Χρώμα έμφασης</translation>
    </message>
    <message>
        <source>Continue numbering</source>
        <translation>Συνέχιση αρίθμησης</translation>
    </message>
    <message>
        <source>Warn about deadlines (days ahead)</source>
        <translation>Προειδοποίηση για προθεσμίες (ημέρες πριν)</translation>
    </message>
    <message>
        <source>Progress update every (days)</source>
        <translation>Ενημέρωση προόδου κάθε (ημέρες)</translation>
    </message>
    <message>
        <source>Follow up after delivery (months)</source>
        <translation>Επικοινωνία μετά την παράδοση (μήνες)</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Ημερήσια αντίγραφα που διατηρούνται</translation>
    </message>
    <message>
        <source>Pre-upgrade backups kept</source>
        <translation>Αντίγραφα πριν από αναβάθμιση που διατηρούνται</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Number formats use {seq} for the running number and {year} for the year, e.g. INV-{year}-{seq:04}.</source>
        <translation>Στις μορφές αρίθμησης, το {seq} είναι ο αύξων αριθμός και το {year} το έτος, π.χ. INV-{year}-{seq:04}.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>Database and backups</source>
        <translation>Βάση δεδομένων και αντίγραφα ασφαλείας</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Επιλογή…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Επιλογή λογοτύπου</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Εικόνες (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The database must be a file, not a folder.</source>
        <translation>Η βάση δεδομένων πρέπει να είναι αρχείο, όχι φάκελος.</translation>
    </message>
    <message>
        <source>This computer has no password store, so Studio Desk will ask for the database password when it connects.</source>
        <translation>Αυτός ο υπολογιστής δεν έχει αποθήκη κωδικών, οπότε το Studio Desk θα ζητά τον κωδικό της βάσης δεδομένων όταν συνδέεται.</translation>
    </message>
    <message>
        <source>Saved. Restart Studio Desk to use the new interface language and database location.</source>
        <translation>Αποθηκεύτηκε. Η νέα γλώσσα περιβάλλοντος και η νέα θέση της βάσης δεδομένων θα ισχύσουν μετά την επανεκκίνηση του Studio Desk.</translation>
    </message>
    <message>
        <source>Saved. Restart Studio Desk to use the new interface language.</source>
        <translation>Αποθηκεύτηκε. Η νέα γλώσσα περιβάλλοντος θα ισχύσει μετά την επανεκκίνηση του Studio Desk.</translation>
    </message>
    <message>
        <source>Saved. Restart Studio Desk to use the new database location.</source>
        <translation>Αποθηκεύτηκε. Η νέα θέση της βάσης δεδομένων θα ισχύσει μετά την επανεκκίνηση του Studio Desk.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Πρόχειρο</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Εκδόθηκε</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Μερικώς εξοφλημένο</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Εξοφλήθηκε</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Ληξιπρόθεσμο</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Πιστωτικό τιμολόγιο</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Αποδεκτή</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Απορρίφθηκε</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Υπογράφηκε</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Αρχική επαφή</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Στάλθηκε προσφορά</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Παραδόθηκε</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Χάθηκε</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Αρχειοθετήθηκε</translation>
    </message>
    <message>
        <source>Refund owed</source>
        <translation>Οφειλόμενη επιστροφή</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Στάλθηκε</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Σε αναμονή</translation>
    </message>
</context>
<context>
    <name>TimeDialog</name>
    <message>
        <source>Record time</source>
        <translation>Καταχώριση χρόνου</translation>
    </message>
    <message>
        <source>e.g. 1:30 or 1.5</source>
        <translation>π.χ. 1:30 ή 1,5</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Με χρέωση</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Χρόνος εργασίας</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ημέρα</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Enter the time as hours and minutes, like 1:30, or as hours, like 1.5.</source>
        <translation>Πληκτρολογήστε τον χρόνο σε ώρες και λεπτά, π.χ. 1:30, ή σε ώρες, π.χ. 1,5.</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>▶ Start timer</source>
        <translation>▶ Έναρξη χρονομέτρου</translation>
    </message>
    <message>
        <source>Open a project first: the timer records time on the project you are in.</source>
        <translation>Ανοίξτε πρώτα ένα έργο: το χρονόμετρο καταγράφει χρόνο στο έργο που έχετε ανοιχτό.</translation>
    </message>
    <message>
        <source>Less than a minute: nothing recorded.</source>
        <translation>Λιγότερο από ένα λεπτό: δεν καταγράφηκε τίποτα.</translation>
    </message>
    <message>
        <source>Recorded %1 h on %2.</source>
        <translation>Καταγράφηκαν %1 ώ. στο %2.</translation>
    </message>
    <message>
        <source>■ Stop timer</source>
        <translation>■ Διακοπή χρονομέτρου</translation>
    </message>
    <message>
        <source>%1 — %2:%3</source>
        <translation>%1 — %2:%3</translation>
    </message>
</context>
<context>
    <name>VatCategory</name>
    <message>
        <source>Standard rate</source>
        <translation>Κανονικός συντελεστής</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>Μηδενικός συντελεστής</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Απαλλασσόμενο</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Αντίστροφη επιβάρυνση</translation>
    </message>
    <message>
        <source>Intra-community supply</source>
        <translation>Ενδοκοινοτική παράδοση</translation>
    </message>
    <message>
        <source>Export outside the EU</source>
        <translation>Εξαγωγή εκτός ΕΕ</translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation>Εκτός πεδίου ΦΠΑ</translation>
    </message>
</context>
<context>
    <name>VatCategoryDelegate</name>
    <message>
        <source>By the rate</source>
        <translation>Σύμφωνα με τον συντελεστή</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <source>Your first quote will look like this</source>
        <translation>Η πρώτη σας προσφορά θα μοιάζει έτσι</translation>
    </message>
    <message>
        <source>A sample quote with your details. Start with your studio, or explore the app with sample data first (a separate database; your studio stays empty).</source>
        <translation>Ένα δείγμα προσφοράς με τα στοιχεία σας. Ξεκινήστε με το στούντιό σας ή εξερευνήστε πρώτα την εφαρμογή με δείγμα δεδομένων (ξεχωριστή βάση δεδομένων· το στούντιό σας μένει άδειο).</translation>
    </message>
    <message>
        <source>Sample quote preview</source>
        <translation>Προεπισκόπηση δείγματος προσφοράς</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>Εξερεύνηση με δείγμα δεδομένων</translation>
    </message>
</context>
</TS>
