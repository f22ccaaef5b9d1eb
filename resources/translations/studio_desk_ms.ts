<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Studio Desk</source>
        <translation>Perihal Studio Desk</translation>
    </message>
    <message>
        <source>Studio Desk</source>
        <translation>Studio Desk</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Versi {0}</translation>
    </message>
    <message>
        <source>Clients, projects, quotes, contracts and invoices for small design studios.
Studio Desk is free software under the MIT licence.</source>
        <translation>Pelanggan, projek, sebut harga, kontrak dan invois untuk studio reka bentuk kecil.
Studio Desk ialah perisian bebas di bawah lesen MIT.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Fon</translation>
    </message>
    <message>
        <source>GNU LGPL v3</source>
        <translation>GNU LGPL v3</translation>
    </message>
    <message>
        <source>BSD licence</source>
        <translation>Lesen BSD</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>Lesen MIT</translation>
    </message>
    <message>
        <source>Python Software Foundation License</source>
        <translation>Lesen Python Software Foundation</translation>
    </message>
    <message>
        <source>the language Studio Desk is written in</source>
        <translation>bahasa pengaturcaraan Studio Desk</translation>
    </message>
    <message>
        <source>windows, widgets, PDF preview and printing</source>
        <translation>tetingkap, widget, pratonton PDF dan pencetakan</translation>
    </message>
    <message>
        <source>Qt for Python</source>
        <translation>Qt untuk Python</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s runtime</source>
        <translation>masa jalan Qt untuk Python</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>dokumen PDF</translation>
    </message>
    <message>
        <source>faster PDF documents</source>
        <translation>penjanaan PDF yang lebih pantas</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>pangkalan data</translation>
    </message>
    <message>
        <source>dates, numbers and money in each language</source>
        <translation>tarikh, nombor dan wang dalam setiap bahasa</translation>
    </message>
    <message>
        <source>payment QR codes</source>
        <translation>kod QR pembayaran</translation>
    </message>
    <message>
        <source>where your data is kept</source>
        <translation>lokasi data anda disimpan</translation>
    </message>
    <message>
        <source>MIT-CMU licence</source>
        <translation>Lesen MIT-CMU</translation>
    </message>
    <message>
        <source>images in documents</source>
        <translation>imej dalam dokumen</translation>
    </message>
    <message>
        <source>Apache licence 2.0</source>
        <translation>Lesen Apache 2.0</translation>
    </message>
    <message>
        <source>joined and combined letters (Arabic, Tamil, Devanagari)</source>
        <translation>huruf bersambung dan bergabung (Arab, Tamil, Devanagari)</translation>
    </message>
    <message>
        <source>right-to-left text</source>
        <translation>teks dari kanan ke kiri</translation>
    </message>
    <message>
        <source>GNU LGPL v3 with exceptions</source>
        <translation>GNU LGPL v3 dengan pengecualian</translation>
    </message>
    <message>
        <source>a shared PostgreSQL database</source>
        <translation>pangkalan data PostgreSQL yang dikongsi</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Kegunaan</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Qt, PySide6 and shiboken6 are used under the GNU LGPL v3 and ship as separate shared libraries, which you may replace with your own build; their source code is published by the Qt Project at qt.io.</source>
        <translation>Qt, PySide6 dan shiboken6 digunakan di bawah GNU LGPL v3 dan disertakan sebagai pustaka kongsi yang berasingan, yang boleh anda gantikan dengan binaan anda sendiri; kod sumbernya diterbitkan oleh Qt Project di qt.io.</translation>
    </message>
    <message>
        <source>Documents embed the DejaVu Sans fonts (Bitstream Vera licence; DejaVu changes are in the public domain), so Turkish, Greek and Malay text prints correctly.</source>
        <translation>Dokumen membenamkan fon DejaVu Sans (lesen Bitstream Vera; perubahan DejaVu ialah domain awam), supaya teks bahasa Turki, Greek dan Melayu dicetak dengan betul.</translation>
    </message>
    <message>
        <source>For other scripts they embed parts of Noto Sans, Droid Sans Fallback, Nanum Gothic and Symbola; their licences follow DejaVu&apos;s.</source>
        <translation>Untuk tulisan lain, dokumen membenamkan sebahagian Noto Sans, Droid Sans Fallback, Nanum Gothic dan Symbola; lesennya menyusul selepas lesen DejaVu.</translation>
    </message>
    <message>
        <source>The licence file {0} is missing.</source>
        <translation>Fail lesen {0} tiada.</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>More ▾</source>
        <translation>Lagi ▾</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Tindakan lain</translation>
    </message>
</context>
<context>
    <name>ActivityCard</name>
    <message>
        <source>Activity</source>
        <translation>Aktiviti</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Draf dibuat</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Dikeluarkan</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Dihantar kepada %1</translation>
    </message>
    <message>
        <source>Waiting in the outbox, to %1</source>
        <translation>Menunggu dalam peti keluar, kepada %1</translation>
    </message>
    <message>
        <source>Reminder %1 sent to %2</source>
        <translation>Peringatan %1 dihantar kepada %2</translation>
    </message>
    <message>
        <source>Payment of %1 received (%2)</source>
        <translation>Bayaran %1 diterima (%2)</translation>
    </message>
    <message>
        <source>Refund of %1 paid back (%2)</source>
        <translation>Bayaran balik %1 dibuat (%2)</translation>
    </message>
    <message>
        <source>Credit note %1 issued for %2</source>
        <translation>Nota kredit %1 dikeluarkan untuk %2</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sandaran</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Saiz</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sandarkan sekarang</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Pulihkan yang dipilih…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Pulihkan daripada fail…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>This studio shares a PostgreSQL database. “Back up now” writes a JSON export you can restore from a file; the server&apos;s own backups cover the rest.</source>
        <translation>Studio ini berkongsi pangkalan data PostgreSQL. “Sandarkan sekarang” menghasilkan eksport JSON yang boleh anda pulihkan daripada fail; selebihnya dilindungi oleh sandaran pelayan itu sendiri.</translation>
    </message>
    <message>
        <source>Studio Desk copies %1 every day you open it and before every upgrade, into the backups folder beside it.</source>
        <translation>Studio Desk menyalin %1 setiap hari anda membukanya dan sebelum setiap naik taraf, ke dalam folder sandaran di sebelahnya.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Harian</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Sebelum naik taraf</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Secara manual</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Disimpan: %1.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Pulihkan daripada fail</translation>
    </message>
    <message>
        <source>Studio Desk backups (*.sqlite3 *.db *.json);;All files (*)</source>
        <translation>Sandaran Studio Desk (*.sqlite3 *.db *.json);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Replace the current data with this backup? The current state is backed up first, so you can go back.</source>
        <translation>Gantikan data semasa dengan sandaran ini? Keadaan semasa akan disandarkan dahulu supaya anda boleh kembali kepadanya.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Checking the backup, then restoring it. On a large database this takes a minute or more.</source>
        <translation>Sandaran sedang disemak, kemudian dipulihkan. Bagi pangkalan data yang besar, proses ini mengambil masa seminit atau lebih.</translation>
    </message>
    <message>
        <source>Restored. What was there before is kept in %1.</source>
        <translation>Dipulihkan. Data sebelumnya disimpan dalam %1.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Bersemuka</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Sembang</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Sebut harga dihantar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Sedang berjalan</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Tidak berjaya</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Harga tetap</translation>
    </message>
    <message>
        <source>By the hour</source>
        <translation>Mengikut jam</translation>
    </message>
    <message>
        <source>A fee per extra round</source>
        <translation>Caj bagi setiap pusingan tambahan</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Mesyuarat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>Laporan kemajuan</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>Notis kelewatan</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>None (PDF only)</source>
        <translation>Tiada (PDF sahaja)</translation>
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
        <translation>Ikut sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Cerah</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>Client</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Open the client</source>
        <translation>Buka pelanggan</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Syarikat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>No. cukai</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Bahasa dokumen</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata wang</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Saluran pilihan</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Hari jadi</translation>
    </message>
    <message>
        <source>Company anniversary</source>
        <translation>Ulang tahun syarikat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Log a call, email or note…</source>
        <translation>Rekod panggilan, e-mel atau catatan…</translation>
    </message>
    <message>
        <source>New project for this client</source>
        <translation>Projek baharu untuk pelanggan ini</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Komunikasi</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Butiran pelanggan</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projek</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkibkan</translation>
    </message>
    <message>
        <source>Hide this client from lists; documents stay.</source>
        <translation>Sembunyikan pelanggan ini daripada senarai; dokumen kekal.</translation>
    </message>
    <message>
        <source>e.g. 991-03730-19</source>
        <translation>cth. 991-03730-19</translation>
    </message>
    <message>
        <source>e.g. 0412345614</source>
        <translation>cth. 0412345614</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Buyer reference / Leitweg-ID</source>
        <translation>Rujukan pembeli / Leitweg-ID</translation>
    </message>
    <message>
        <source>Endpoint scheme</source>
        <translation>Skema titik akhir</translation>
    </message>
    <message>
        <source>Endpoint id</source>
        <translation>ID titik akhir</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Jalan</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Poskod</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Bandar</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-invois</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Pelanggan baharu</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarkibkan</translation>
    </message>
    <message>
        <source>Save the client to start its log.</source>
        <translation>Simpan pelanggan untuk memulakan log komunikasinya.</translation>
    </message>
    <message>
        <source>waiting for your answer</source>
        <translation>menunggu jawapan anda</translation>
    </message>
    <message>
        <source>follow up on %1</source>
        <translation>susulan pada %1</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Belum ada rekod.</translation>
    </message>
    <message>
        <source>Archive this client? Their documents are kept.</source>
        <translation>Arkibkan pelanggan ini? Dokumennya akan disimpan.</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Send: %1</source>
        <translation>Hantar: %1</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Mesej baharu</translation>
    </message>
    <message>
        <source>name@example.com, another@example.com</source>
        <translation>nama@contoh.my, lain@contoh.my</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Buang lampiran</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Sk</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Hantar</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Simpan sebagai .eml…</translation>
    </message>
    <message>
        <source>Open in my mail program</source>
        <translation>Buka dalam program e-mel saya</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Cuba lagi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Not sent: %1 The message waits in the outbox; it is tried again on the next start, or when you press Retry in the outbox.</source>
        <translation>Tidak dihantar: %1 Mesej menunggu dalam peti keluar; ia dicuba lagi pada permulaan seterusnya, atau apabila anda menekan Cuba semula dalam peti keluar.</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Simpan mesej</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>Mesej e-mel (*.eml)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>No mail program opened the message. Save it as .eml and open it yourself.</source>
        <translation>Tiada program e-mel membuka mesej ini. Simpan sebagai .eml dan bukanya sendiri.</translation>
    </message>
</context>
<context>
    <name>ContinueNumbering</name>
    <message>
        <source>Number series to continue</source>
        <translation>Siri nombor yang hendak disambung</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invois</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Sebut harga</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Nota kredit</translation>
    </message>
    <message>
        <source>Deposit invoices</source>
        <translation>Invois deposit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Last number already used</source>
        <translation>Nombor terakhir yang telah digunakan</translation>
    </message>
    <message>
        <source>Continue after it</source>
        <translation>Sambung selepasnya</translation>
    </message>
    <message>
        <source>last number</source>
        <translation>nombor terakhir</translation>
    </message>
    <message>
        <source>Done: the next number of this series is number %1.</source>
        <translation>Selesai: nombor seterusnya bagi siri ini ialah %1.</translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>Project</source>
        <translation>Projek</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Sebut harga</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Tarikh ditandatangani</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Fasal</translation>
    </message>
    <message>
        <source>Preview / print</source>
        <translation>Pratonton / cetak</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Keluarkan</translation>
    </message>
    <message>
        <source>Mark signed</source>
        <translation>Rekod tandatangan</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Padam draf</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Hantar…</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>Buka projek</translation>
    </message>
    <message>
        <source>Open the quote</source>
        <translation>Buka sebut harga</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Dikeluarkan</translation>
    </message>
    <message>
        <source>Optional clauses</source>
        <translation>Klausa pilihan</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Kontrak %1</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draf)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tiada</translation>
    </message>
    <message>
        <source>Issued on %1 and signed on %2 — the clauses are sealed.</source>
        <translation>Dikeluarkan pada %1 dan ditandatangani pada %2 — klausa telah dimeterai.</translation>
    </message>
    <message>
        <source>Issued on %1 — the clauses are sealed. Print it for signing, then mark it signed.</source>
        <translation>Dikeluarkan pada %1 — klausa telah dimeterai. Cetak untuk ditandatangani, kemudian rekod tandatangan.</translation>
    </message>
    <message>
        <source>Issue this contract? It gets its number and can no longer be changed.</source>
        <translation>Keluarkan kontrak ini? Kontrak akan diberi nombor dan tidak boleh diubah lagi.</translation>
    </message>
    <message>
        <source>Delete this draft contract?</source>
        <translation>Padam draf kontrak ini?</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Mark the check-in done</source>
        <translation>Tandakan susulan selesai</translation>
    </message>
    <message>
        <source>Snooze a week</source>
        <translation>Tangguh seminggu</translation>
    </message>
    <message>
        <source>Draft a reply…</source>
        <translation>Draf balasan…</translation>
    </message>
    <message>
        <source>Draft a delay notice…</source>
        <translation>Draf notis kelewatan…</translation>
    </message>
    <message>
        <source>Draft the update…</source>
        <translation>Draf makluman kemajuan…</translation>
    </message>
    <message>
        <source>Draft the reminder…</source>
        <translation>Draf peringatan…</translation>
    </message>
    <message>
        <source>Draft the message…</source>
        <translation>Draf mesej…</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Menunggu jawapan anda</translation>
    </message>
    <message>
        <source>Deadlines at risk</source>
        <translation>Tarikh akhir berisiko</translation>
    </message>
    <message>
        <source>Progress updates due</source>
        <translation>Laporan kemajuan yang perlu dihantar</translation>
    </message>
    <message>
        <source>Deposits not paid yet — don&apos;t start the work</source>
        <translation>Deposit belum dibayar — jangan mula kerja</translation>
    </message>
    <message>
        <source>Follow-ups and dates</source>
        <translation>Susulan dan tarikh penting</translation>
    </message>
    <message>
        <source>Show the revenue received in this currency</source>
        <translation>Tunjukkan hasil yang diterima dalam mata wang ini</translation>
    </message>
    <message>
        <source>Workload, next 8 weeks</source>
        <translation>Beban kerja, 8 minggu akan datang</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hari ini, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — waiting %2: %3</source>
        <translation>%1 — menunggu %2: %3</translation>
    </message>
    <message>
        <source>Nobody is waiting for you. Well done.</source>
        <translation>Tiada sesiapa menunggu jawapan anda. Syabas.</translation>
    </message>
    <message numerus="yes">
        <source>late by %n day(s)</source>
        <translation>
            <numerusform>lewat %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” due %2</source>
        <translation>“%1” perlu siap pada %2</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>%n hari lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadline is at risk.</source>
        <translation>Tiada tarikh akhir yang berisiko.</translation>
    </message>
    <message numerus="yes">
        <source>no update for %n day(s)</source>
        <translation>
            <numerusform>tiada laporan selama %n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no update yet (%n day(s))</source>
        <translation>
            <numerusform>belum ada laporan (%n hari)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every active client has heard from you this week.</source>
        <translation>Semua pelanggan aktif telah menerima berita daripada anda minggu ini.</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Belum dijelaskan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Tertunggak</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 — %n day(s) overdue</source>
        <translation>
            <numerusform>%1 · %2 · %3 — lewat %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund owed to %1 on %2: %3</source>
        <translation>Bayaran balik kepada %1 bagi %2: %3</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Tiada invois tertunggak.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 — asked %n day(s) ago</source>
        <translation>
            <numerusform>%1 · %2 · %3 — diminta %n hari lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>Every deposit asked for is paid.</source>
        <translation>Semua deposit yang diminta telah dibayar.</translation>
    </message>
    <message>
        <source>Revenue received in %1, last 12 months</source>
        <translation>Hasil diterima dalam %1, 12 bulan terakhir</translation>
    </message>
    <message>
        <source>In 12 months: %1</source>
        <translation>Dalam 12 bulan: %1</translation>
    </message>
    <message>
        <source>Follow up with %1: %2</source>
        <translation>Hubungi semula %1: %2</translation>
    </message>
    <message>
        <source>View invoices</source>
        <translation>Lihat invois</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation>Hantar peringatan</translation>
    </message>
    <message>
        <source>Deposits waiting</source>
        <translation>Deposit belum diterima</translation>
    </message>
    <message>
        <source>View deposits</source>
        <translation>Lihat deposit</translation>
    </message>
    <message>
        <source>Received this month</source>
        <translation>Diterima bulan ini</translation>
    </message>
    <message>
        <source>View paid invoices</source>
        <translation>Lihat invois berbayar</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Invois tertunggak</translation>
    </message>
    <message>
        <source>No payments received in the last 12 months.</source>
        <translation>Tiada bayaran diterima dalam 12 bulan lepas.</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Rekod bayaran</translation>
    </message>
    <message>
        <source>No hours planned: give active projects an estimate and a deadline.</source>
        <translation>Tiada jam dirancang: beri projek aktif anggaran jam dan tarikh akhir.</translation>
    </message>
    <message>
        <source>View active projects</source>
        <translation>Lihat projek aktif</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln bayaran</numerusform>
        </translation>
    </message>
    <message>
        <source>View all %1 →</source>
        <translation>Lihat kesemua %1 →</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>age in hours</comment>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>age in days</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 w</source>
        <comment>age in weeks</comment>
        <translation>%1 mg</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <comment>age in months</comment>
        <translation>%1 bln</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · tempoh %2</translation>
    </message>
    <message>
        <source>Check in with %1 — “%2” was delivered on %3</source>
        <translation>Hubungi %1 — “%2” diserahkan pada %3</translation>
    </message>
    <message>
        <source>Check in — “%1” delivered on %2</source>
        <translation>Hubungi — “%1” diserahkan pada %2</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>hari jadi</translation>
    </message>
    <message>
        <source>company anniversary</source>
        <translation>ulang tahun syarikat</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dalam %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>Tiada susulan perlu dibuat.</translation>
    </message>
    <message>
        <source>W%1</source>
        <comment>week number</comment>
        <translation>M%1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>Capacity %1</source>
        <translation>Kapasiti %1</translation>
    </message>
    <message>
        <source>Over capacity in %1.</source>
        <translation>Melebihi kapasiti pada minggu: %1.</translation>
    </message>
    <message>
        <source>Within the studio&apos;s %1 hours a week.</source>
        <translation>Dalam had %1 jam seminggu studio.</translation>
    </message>
</context>
<context>
    <name>DelayDialog</name>
    <message>
        <source>Delay notice for %1</source>
        <translation>Notis kelewatan untuk %1</translation>
    </message>
    <message>
        <source>We need a little more time on %1 to get it right; the new delivery date is below.</source>
        <translation>Kami memerlukan sedikit masa lagi untuk %1 supaya hasilnya sempurna; tarikh serahan baharu dinyatakan di bawah.</translation>
    </message>
    <message>
        <source>Send to the client…</source>
        <translation>Hantar kepada pelanggan…</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Tarikh akhir baharu</translation>
    </message>
    <message>
        <source>What you tell the client</source>
        <translation>Apa yang anda beritahu pelanggan</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Prices include tax</source>
        <translation>Harga termasuk cukai</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projek</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Preview / print</source>
        <translation>Pratonton / cetak</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Keluarkan</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Padam draf</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Hantar…</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>Buka projek</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Prices before tax</source>
        <translation>Harga sebelum cukai</translation>
    </message>
    <message>
        <source>Issued on %1 — the figures are sealed.</source>
        <translation>Dikeluarkan pada %1 — angka telah dimeterai.</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(draf)</translation>
    </message>
    <message>
        <source>Save the draft first</source>
        <translation>Simpan draf dahulu</translation>
    </message>
    <message>
        <source>Sum of lines</source>
        <translation>Jumlah baris</translation>
    </message>
    <message>
        <source>Discounts on the whole document</source>
        <translation>Diskaun ke atas seluruh dokumen</translation>
    </message>
    <message>
        <source>Charges on the whole document</source>
        <translation>Caj ke atas seluruh dokumen</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Bersih</translation>
    </message>
    <message>
        <source>VAT %1 %</source>
        <translation>Cukai %1%</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Deposit paid</source>
        <translation>Deposit dibayar</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Telah dibayar</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Dikreditkan</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>Padam draf ini?</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Dihantar.</translation>
    </message>
</context>
<context>
    <name>DocumentSide</name>
    <message>
        <source>Client, dates, payments and activity</source>
        <translation>Pelanggan, tarikh, bayaran dan aktiviti</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tarikh</translation>
    </message>
</context>
<context>
    <name>DocumentsSettings</name>
    <message>
        <source>Document language</source>
        <translation>Bahasa dokumen</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Reset to the shipped text</source>
        <translation>Kembali kepada teks asal</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Bahasa dokumen</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Pratonton dokumen</translation>
    </message>
    <message>
        <source>Quote: validity and how to accept</source>
        <translation>Sebut harga: tempoh sah dan cara menerima</translation>
    </message>
    <message>
        <source>Quote: change requests</source>
        <translation>Sebut harga: permintaan perubahan</translation>
    </message>
    <message>
        <source>Quote: payment when there is no deposit</source>
        <translation>Sebut harga: bayaran jika tiada deposit</translation>
    </message>
    <message>
        <source>Quote: a note on every quote</source>
        <translation>Sebut harga: nota pada setiap sebut harga</translation>
    </message>
    <message>
        <source>Invoice: how to pay</source>
        <translation>Invois: cara membayar</translation>
    </message>
    <message>
        <source>Invoice: nothing left to pay</source>
        <translation>Invois: tiada baki perlu dibayar</translation>
    </message>
    <message>
        <source>Invoice: payment terms</source>
        <translation>Invois: terma pembayaran</translation>
    </message>
    <message>
        <source>Invoice: a note on every invoice</source>
        <translation>Invois: nota pada setiap invois</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turki</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Greece</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>other countries</source>
        <translation>negara lain</translation>
    </message>
    <message>
        <source>Contract: %1</source>
        <translation>Kontrak: %1</translation>
    </message>
    <message>
        <source>%1 (billed by the hour)</source>
        <translation>%1 (dibilkan mengikut jam)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>Kata-kata anda sendiri</translation>
    </message>
    <message>
        <source>The shipped text</source>
        <translation>Teks asal</translation>
    </message>
    <message>
        <source>Placeholders you can use: %1</source>
        <translation>Pemegang tempat yang boleh digunakan: %1</translation>
    </message>
    <message>
        <source>This text takes no placeholders.</source>
        <translation>Teks ini tidak menerima pemegang tempat.</translation>
    </message>
    <message>
        <source>Put back the text Studio Desk ships for “%1”? Your own wording of it is removed.</source>
        <translation>Kembalikan teks asal Studio Desk bagi “%1”? Kata-kata anda sendiri akan dibuang.</translation>
    </message>
    <message>
        <source>Preview page</source>
        <translation>Halaman pratonton</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>← Back</source>
        <translation>← Kembali</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Disimpan.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Export invoices for the accountant (CSV)…</source>
        <translation>Eksport invois untuk akauntan (CSV)…</translation>
    </message>
    <message>
        <source>Export everything as a backup (JSON)…</source>
        <translation>Eksport semua sebagai sandaran (JSON)…</translation>
    </message>
    <message>
        <source>Export invoices for the accountant</source>
        <translation>Eksport invois untuk akauntan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <source>The invoices for the accountant are saved in %2 (invoices: %1).</source>
        <translation>Invois untuk akauntan disimpan dalam %2 (invois: %1).</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Eksport semua</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fail JSON (*.json)</translation>
    </message>
    <message>
        <source>Everything exported to %2.</source>
        <translation>Semua dieksport ke %2.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Mengeksport ke %1…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Mengeksport</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 lagi</translation>
    </message>
</context>
<context>
    <name>FirstDay</name>
    <message>
        <source>Your studio is set up.</source>
        <translation>Studio anda telah disediakan.</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Data contoh</translation>
    </message>
    <message>
        <source>Studio Desk — %1 — %2</source>
        <translation>Studio Desk — %1 — %2</translation>
    </message>
    <message>
        <source>Sample data: nothing here is your studio&apos;s</source>
        <translation>Data contoh: tiada apa-apa di sini milik studio anda</translation>
    </message>
    <message>
        <source>Back to my studio</source>
        <translation>Kembali ke studio saya</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <source>Welcome to Studio Desk</source>
        <translation>Selamat datang ke Studio Desk</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Langkau</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Seterusnya &gt;</translation>
    </message>
    <message>
        <source>Start with my studio</source>
        <translation>Mula dengan studio saya</translation>
    </message>
    <message>
        <source>Your studio</source>
        <translation>Studio anda</translation>
    </message>
    <message>
        <source>Who sends the documents.</source>
        <translation>Siapa yang menghantar dokumen.</translation>
    </message>
    <message>
        <source>Studio name</source>
        <translation>Nama studio</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Laman web</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>No. cukai</translation>
    </message>
    <message>
        <source>Choose your country</source>
        <translation>Pilih negara anda</translation>
    </message>
    <message>
        <source>Country and money</source>
        <translation>Negara dan wang</translation>
    </message>
    <message>
        <source>Your country suggests the currency, the VAT rate and the paper size; change any of them.</source>
        <translation>Negara anda mencadangkan mata wang, kadar cukai dan saiz kertas; ubah mana-mana yang anda mahu.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata wang</translation>
    </message>
    <message>
        <source>VAT rate %</source>
        <translation>Kadar cukai %</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Saiz kertas</translation>
    </message>
    <message>
        <source>Getting paid</source>
        <translation>Butiran bayaran</translation>
    </message>
    <message>
        <source>Printed on quotes and invoices.</source>
        <translation>Dicetak pada sebut harga dan invois.</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Pemegang akaun</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Other payment methods (one per line)</source>
        <translation>Kaedah pembayaran lain (satu setiap baris)</translation>
    </message>
    <message>
        <source>Languages and your way of working</source>
        <translation>Bahasa dan cara anda bekerja</translation>
    </message>
    <message>
        <source>Defaults for new projects; each project can differ.</source>
        <translation>Tetapan lalai untuk projek baharu; setiap projek boleh berbeza.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Bahasa antara muka</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>Bahasa dokumen lalai</translation>
    </message>
    <message>
        <source>Working hours per week</source>
        <translation>Jam bekerja seminggu</translation>
    </message>
    <message>
        <source>Deposit %</source>
        <translation>Deposit %</translation>
    </message>
    <message>
        <source>Revision rounds included</source>
        <translation>Pusingan pindaan termasuk</translation>
    </message>
    <message>
        <source>Fee per extra round</source>
        <translation>Caj setiap pusingan tambahan</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Tiada logo</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Pratonton logo</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Pilih logo…</translation>
    </message>
    <message>
        <source>Logo (PNG, JPEG or SVG)</source>
        <translation>Logo (PNG, JPEG atau SVG)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imej (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from a CSV file</source>
        <translation>Import daripada fail CSV</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Apa yang hendak diimport</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projek</translation>
    </message>
    <message>
        <source>Past invoices</source>
        <translation>Invois terdahulu</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Tiada fail dipilih</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih fail…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Lajur dalam fail</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Diimport sebagai</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Nilai pertama</translation>
    </message>
    <message>
        <source>Columns and the fields they are imported as</source>
        <translation>Lajur dan medan tempat ia diimport</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Lajur</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Menjadi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Butiran</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Pratonton baris</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratonton</translation>
    </message>
    <message>
        <source>Skip refused rows and import the others</source>
        <translation>Langkau baris yang ditolak dan import yang lain</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Pilih fail CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fail CSV (*.csv *.txt);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Read as %1, separated by %2; %3 rows.</source>
        <translation>Dibaca sebagai %1, dipisahkan dengan %2; %3 baris.</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>koma</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>koma bertitik</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>Medan untuk lajur %1</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— tidak diimport —</translation>
    </message>
    <message>
        <source>created</source>
        <translation>akan dicipta</translation>
    </message>
    <message>
        <source>skipped: duplicate</source>
        <translation>dilangkau: pendua</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>%1 (same %2)</source>
        <translation>%1 (%2 sama)</translation>
    </message>
    <message>
        <source>%1 to create, %2 skipped as duplicates, %3 refused.</source>
        <translation>%1 akan dicipta, %2 dilangkau sebagai pendua, %3 ditolak.</translation>
    </message>
    <message>
        <source>Imported %1; %2 skipped as duplicates, %3 refused rows left out.</source>
        <translation>%1 diimport; %2 dilangkau sebagai pendua, %3 baris yang ditolak ditinggalkan.</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation>Rekod interaksi</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>Apa yang dibincangkan atau dipersetujui</translation>
    </message>
    <message>
        <source>The client is waiting for an answer from us</source>
        <translation>Pelanggan menunggu jawapan daripada kami</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projek</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Susulan pada</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(tiada projek)</translation>
    </message>
    <message>
        <source>Choose the client this is about.</source>
        <translation>Pilih pelanggan yang berkaitan.</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Issue date</source>
        <translation>Tarikh dikeluarkan</translation>
    </message>
    <message>
        <source>Supply date</source>
        <translation>Tarikh bekalan</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tarikh akhir bayaran</translation>
    </message>
    <message>
        <source>the client&apos;s purchase order number, if any</source>
        <translation>nombor pesanan pembelian pelanggan, jika ada</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Rujukan pesanan</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Rekod bayaran</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Rekod bayaran balik</translation>
    </message>
    <message>
        <source>Undo last payment</source>
        <translation>Batalkan bayaran terakhir</translation>
    </message>
    <message>
        <source>Create credit note</source>
        <translation>Buat nota kredit</translation>
    </message>
    <message>
        <source>Send reminder…</source>
        <translation>Hantar peringatan…</translation>
    </message>
    <message>
        <source>Record myDATA ΜΑΡΚ…</source>
        <translation>Rekod ΜΑΡΚ myDATA…</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Invois baharu</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(tiada projek)</translation>
    </message>
    <message>
        <source>Deposit invoice</source>
        <translation>Invois deposit</translation>
    </message>
    <message>
        <source>Final invoice</source>
        <translation>Invois akhir</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota kredit</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invois</translation>
    </message>
    <message>
        <source>imported from %1, no PDF</source>
        <translation>diimport daripada %1, tiada PDF</translation>
    </message>
    <message>
        <source>Nothing is left to pay on this invoice.</source>
        <translation>Tiada baki perlu dibayar pada invois ini.</translation>
    </message>
    <message>
        <source>Imported from %1 — issued with another program; its figures are kept as they were.</source>
        <translation>Diimport daripada %1 — dikeluarkan dengan program lain; angkanya disimpan seperti asal.</translation>
    </message>
    <message>
        <source>Issued on %1 — the figures are sealed.</source>
        <translation>Dikeluarkan pada %1 — angka telah dimeterai.</translation>
    </message>
    <message>
        <source>Issued on %1 — the figures are sealed. To change them, create a credit note.</source>
        <translation>Dikeluarkan pada %1 — angka telah dimeterai. Untuk mengubahnya, buat nota kredit.</translation>
    </message>
    <message>
        <source>Refund owed</source>
        <translation>Bayaran balik terhutang</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Baki perlu dibayar</translation>
    </message>
    <message>
        <source>E-invoice: %1, stored with the invoice.</source>
        <translation>E-invois: %1, disimpan bersama invois.</translation>
    </message>
    <message>
        <source>Before this invoice can be issued as %1:</source>
        <translation>Sebelum invois ini boleh dikeluarkan sebagai %1:</translation>
    </message>
    <message>
        <source>E-invoice: %1, ready to issue.</source>
        <translation>E-invois: %1, sedia untuk dikeluarkan.</translation>
    </message>
    <message>
        <source>This invoice cannot be issued yet: its e-invoice would not pass the rules.</source>
        <translation>Invois ini belum boleh dikeluarkan: e-invoisnya tidak akan lulus peraturan.</translation>
    </message>
    <message>
        <source>Refund owed to the client</source>
        <translation>Bayaran balik kepada pelanggan</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Jumlah perlu dibayar</translation>
    </message>
    <message>
        <source>Add a client first: an invoice is addressed to a client.</source>
        <translation>Tambah pelanggan dahulu: setiap invois dialamatkan kepada pelanggan.</translation>
    </message>
    <message>
        <source>Issue this invoice? It gets its number and can no longer be changed.</source>
        <translation>Keluarkan invois ini? Ia akan diberi nombor dan tidak boleh diubah lagi.</translation>
    </message>
    <message>
        <source>Undo the refund of %1 recorded on %2?</source>
        <translation>Batalkan bayaran balik %1 yang direkodkan pada %2?</translation>
    </message>
    <message>
        <source>Undo the payment of %1 received on %2?</source>
        <translation>Batalkan bayaran %1 yang diterima pada %2?</translation>
    </message>
    <message>
        <source>Create a credit note that reverses this invoice? You can edit it before issuing.</source>
        <translation>Buat nota kredit yang membatalkan invois ini? Anda boleh menyuntingnya sebelum dikeluarkan.</translation>
    </message>
</context>
<context>
    <name>LineItems</name>
    <message>
        <source>Line items</source>
        <translation>Butiran</translation>
    </message>
    <message>
        <source>+ Add line</source>
        <translation>+ Tambah baris</translation>
    </message>
    <message>
        <source>Add a line at the end (Enter in the table)</source>
        <translation>Tambah baris di hujung (Enter dalam jadual)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Buang baris</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete in the table)</source>
        <translation>Buang baris yang dipilih (Delete dalam jadual)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Alih ke atas</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Alih ke bawah</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Kuantiti</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga seunit</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Cukai %</translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation>Kategori cukai</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Diskaun %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amaun</translation>
    </message>
    <message>
        <source>This line</source>
        <extracomment>What a row carries besides its cells, kept as loaded so a save never loses it: a discount or charge on the whole document, a discount amount, a price per 100, a deposit deducted with its own VAT.</extracomment>
        <translation>Baris ini</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Padam draf…</translation>
    </message>
    <message>
        <source>Delete this draft? This cannot be undone.</source>
        <translation>Padam draf ini? Tindakan ini tidak boleh dibuat asal.</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Sebut harga baharu</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Kontrak baharu</translation>
    </message>
    <message>
        <source>Which project is the quote for?</source>
        <translation>Sebut harga ini untuk projek yang mana?</translation>
    </message>
    <message>
        <source>Which project is the contract for? Contracts follow an accepted quote.</source>
        <translation>Kontrak ini untuk projek yang mana? Kontrak disediakan daripada sebut harga yang telah diterima.</translation>
    </message>
    <message>
        <source>Search by project or client</source>
        <translation>Cari mengikut projek atau pelanggan</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projek</translation>
    </message>
    <message>
        <source>No project can have one yet: a quote needs an open project, a contract an accepted quote.</source>
        <translation>Belum ada projek yang sesuai: sebut harga memerlukan projek yang terbuka, kontrak memerlukan sebut harga yang diterima.</translation>
    </message>
</context>
<context>
    <name>ListModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Syarikat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata wang</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projek</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tarikh akhir</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombor</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Sah sehingga</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tarikh akhir</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Baki</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Pelanggan baharu</translation>
    </message>
    <message>
        <source>Search clients by name, company or email</source>
        <translation>Cari pelanggan mengikut nama, syarikat atau e-mel</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projek</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Projek baharu</translation>
    </message>
    <message>
        <source>Search projects by title or client</source>
        <translation>Cari projek mengikut tajuk atau pelanggan</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tarikh akhir</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Sebut harga</translation>
    </message>
    <message>
        <source>Search quotes by number, client or project</source>
        <translation>Cari sebut harga mengikut nombor, pelanggan atau projek</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Dikeluarkan</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>%1 from</source>
        <comment>date filter</comment>
        <translation>%1 dari</translation>
    </message>
    <message>
        <source>%1 until</source>
        <comment>date filter</comment>
        <translation>%1 hingga</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Hantar…</translation>
    </message>
    <message>
        <source>Send reminder…</source>
        <translation>Hantar peringatan…</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>Belum ada pelanggan.</translation>
    </message>
    <message>
        <source>No projects yet.</source>
        <translation>Belum ada projek.</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Sebut harga baharu</translation>
    </message>
    <message>
        <source>No quotes yet — a quote is made from a project (“Create quote”).</source>
        <translation>Belum ada sebut harga — sebut harga dibuat daripada projek (“Buat sebut harga”).</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>date filter: issued between</comment>
        <translation>Dikeluarkan</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Kontrak baharu</translation>
    </message>
    <message>
        <source>Search contracts by number, client or project</source>
        <translation>Cari kontrak mengikut nombor, pelanggan atau projek</translation>
    </message>
    <message>
        <source>No contracts yet — a contract is drawn up when a client accepts a quote.</source>
        <translation>Belum ada kontrak — kontrak disediakan apabila pelanggan menerima sebut harga.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invois</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Invois baharu</translation>
    </message>
    <message>
        <source>Search invoices by number, client or project</source>
        <translation>Cari invois mengikut nombor, pelanggan atau projek</translation>
    </message>
    <message>
        <source>No invoices yet — create one, or accept a quote to draft the deposit.</source>
        <translation>Belum ada invois — buat satu, atau terima sebut harga untuk menyediakan draf invois deposit.</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>clients</comment>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Archived</source>
        <comment>clients</comment>
        <translation>Diarkibkan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Sedang berjalan</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarkibkan</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Sebut harga dihantar</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Tidak berjaya</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Belum dibayar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Tertunggak</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Nota kredit</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Semua pelanggan</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Tiada rekod sepadan dengan penapis ini.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Kosongkan penapis</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln pelanggan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln projek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln sebut harga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln kontrak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invois</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Tambah pelanggan</translation>
    </message>
    <message>
        <source>Add a project</source>
        <translation>Tambah projek</translation>
    </message>
    <message>
        <source>Go to projects</source>
        <translation>Pergi ke projek</translation>
    </message>
    <message>
        <source>Go to quotes</source>
        <translation>Pergi ke sebut harga</translation>
    </message>
    <message>
        <source>Create an invoice</source>
        <translation>Buat invois</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>Import daripada fail</translation>
    </message>
</context>
<context>
    <name>LocalDetails</name>
    <message>
        <source>Local details</source>
        <translation>Butiran tempatan</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>Pejabat cukai</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Aktiviti perniagaan</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Nombor cukai</translation>
    </message>
    <message>
        <source>MERSİS number</source>
        <translation>Nombor MERSİS</translation>
    </message>
    <message>
        <source>Trade register number</source>
        <translation>Nombor pendaftaran</translation>
    </message>
    <message>
        <source>SST registration number</source>
        <translation>Nombor pendaftaran SST</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Nombor akaun</translation>
    </message>
    <message>
        <source>DuitNow ID</source>
        <translation>ID DuitNow</translation>
    </message>
    <message>
        <source>VKN or TCKN</source>
        <translation>VKN atau TCKN</translation>
    </message>
    <message>
        <source>Tax office (vergi dairesi)</source>
        <translation>Pejabat cukai (vergi dairesi)</translation>
    </message>
    <message>
        <source>Trade registry number</source>
        <translation>Nombor daftar perdagangan</translation>
    </message>
    <message>
        <source>Tax number (ΑΦΜ)</source>
        <translation>Nombor cukai (AFM)</translation>
    </message>
    <message>
        <source>Tax office (ΔΟΥ)</source>
        <translation>Pejabat cukai (DOY)</translation>
    </message>
    <message>
        <source>ΓΕΜΗ number</source>
        <translation>Nombor GEMI</translation>
    </message>
    <message>
        <source>Profession (επάγγελμα)</source>
        <translation>Profesion (epangelma)</translation>
    </message>
    <message>
        <source>TIN</source>
        <translation>TIN</translation>
    </message>
    <message>
        <source>SSM company number</source>
        <translation>Nombor syarikat SSM</translation>
    </message>
</context>
<context>
    <name>LockedNote</name>
    <message>
        <source>Locked</source>
        <translation>Dikunci</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>Quote</source>
        <translation>Sebut harga</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invois</translation>
    </message>
    <message>
        <source>Deposit request</source>
        <translation>Permintaan deposit</translation>
    </message>
    <message>
        <source>Payment reminder 1 (friendly)</source>
        <translation>Peringatan bayaran 1 (mesra)</translation>
    </message>
    <message>
        <source>Payment reminder 2 (firm)</source>
        <translation>Peringatan bayaran 2 (tegas)</translation>
    </message>
    <message>
        <source>Payment reminder 3 (final)</source>
        <translation>Peringatan bayaran 3 (terakhir)</translation>
    </message>
    <message>
        <source>Thank you for the payment</source>
        <translation>Terima kasih atas bayaran</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>Makluman kemajuan</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>Notis kelewatan</translation>
    </message>
    <message>
        <source>Follow-up after delivery</source>
        <translation>Susulan selepas penghantaran</translation>
    </message>
    <message>
        <source>Birthday or anniversary greeting</source>
        <translation>Ucapan hari jadi atau ulang tahun</translation>
    </message>
    <message>
        <source>Send through an SMTP server</source>
        <translation>Dihantar melalui pelayan SMTP</translation>
    </message>
    <message>
        <source>Hand each message to my mail program</source>
        <translation>Diserahkan kepada program e-mel saya</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Tiada (tidak disulitkan)</translation>
    </message>
    <message>
        <source>On the final reminder, at</source>
        <translation>Pada peringatan terakhir, pada kadar</translation>
    </message>
    <message>
        <source>€40 from business clients in the EU</source>
        <translation>€40 daripada pelanggan perniagaan di EU</translation>
    </message>
    <message>
        <source>Directive 2011/7/EU on late payment in commercial transactions: a fixed sum for the cost of recovery</source>
        <translation>Arahan 2011/7/EU mengenai bayaran lewat dalam urus niaga komersial: jumlah tetap bagi kos kutipan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Hantar mesej ujian</translation>
    </message>
    <message>
        <source>e.g. 12.15</source>
        <translation>cth. 12.15</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tandatangan</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Penghantaran</translation>
    </message>
    <message>
        <source>Messages are</source>
        <translation>Mesej</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Pelayan SMTP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Keselamatan</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata laluan</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% setahun</translation>
    </message>
    <message>
        <source>Payment reminders</source>
        <translation>Peringatan bayaran</translation>
    </message>
    <message>
        <source>Reminders 1, 2 and 3, days after the due date</source>
        <translation>Peringatan 1, 2 dan 3, hari selepas tarikh akhir</translation>
    </message>
    <message>
        <source>Late-payment interest</source>
        <translation>Faedah bayaran lewat</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Pampasan</translation>
    </message>
    <message>
        <source>Message texts</source>
        <translation>Teks mesej</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Pemegang tempat: %1</translation>
    </message>
    <message>
        <source>Save this text</source>
        <translation>Simpan teks ini</translation>
    </message>
    <message>
        <source>Back to the shipped text</source>
        <translation>Kembali kepada teks asal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s password store</source>
        <translation>Disimpan dalam stor kata laluan sistem</translation>
    </message>
    <message>
        <source>The test message was not sent: %1</source>
        <translation>Mesej ujian tidak dihantar: %1</translation>
    </message>
    <message>
        <source>Test message sent to %1. Check that it arrived.</source>
        <translation>Mesej ujian dihantar kepada %1. Semak bahawa ia telah tiba.</translation>
    </message>
    <message>
        <source>The text of “%1” in %2 is saved.</source>
        <translation>Teks “%1” dalam %2 telah disimpan.</translation>
    </message>
    <message>
        <source>The shipped text is back.</source>
        <translation>Teks asal telah dikembalikan.</translation>
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
        <translation>Bahagian</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projek</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Sebut harga</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invois</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Peti keluar</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Cari semua</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Carian</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n message(s) waiting</source>
        <translation>
            <numerusform>Peti keluar: %n mesej menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox could not be sent: %1</source>
        <translation>Peti keluar tidak dapat dihantar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the outbox could not be sent yet.</source>
        <translation>
            <numerusform>%n mesej dalam peti keluar belum dapat dihantar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) from the outbox sent.</source>
        <translation>
            <numerusform>%n mesej daripada peti keluar telah dihantar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Tetapan disimpan.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Baharu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Print or preview…</source>
        <translation>&amp;Cetak atau pratonton…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Pergi</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Log an interaction…</source>
        <translation>&amp;Rekod interaksi…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;First-run assistant…</source>
        <translation>&amp;Pembantu kali pertama…</translation>
    </message>
    <message>
        <source>&amp;About Studio Desk</source>
        <translation>&amp;Perihal Studio Desk</translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation>Direkodkan.</translation>
    </message>
    <message>
        <source>Archive this client? Their documents are kept.</source>
        <translation>Arkibkan pelanggan ini? Dokumennya akan disimpan.</translation>
    </message>
    <message>
        <source>Archive this project? Its documents are kept.</source>
        <translation>Arkibkan projek ini? Dokumennya akan disimpan.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Diarkibkan.</translation>
    </message>
</context>
<context>
    <name>MyDataDialog</name>
    <message>
        <source>myDATA ΜΑΡΚ of %1</source>
        <translation>ΜΑΡΚ myDATA bagi %1</translation>
    </message>
    <message>
        <source>Copy what your provider returned. It is recorded once and printed on the invoice, with the QR code of the link; the invoice as issued is kept as well.</source>
        <translation>Salin maklumat yang diberikan oleh penyedia anda. Ia direkodkan sekali dan dicetak pada invois bersama kod QR pautan; invois asal yang dikeluarkan turut disimpan.</translation>
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
        <translation>Pautan kod QR</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>Kod pengesahan</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>Peti keluar</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Cubaan</translation>
    </message>
    <message>
        <source>Why it was not sent</source>
        <translation>Sebab tidak dihantar</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Ditulis</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Tiada apa-apa yang menunggu untuk dihantar.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Cuba semula</translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Cuba semula semua</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Tidak dihantar</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Sedang dihantar</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mesej</numerusform>
        </translation>
    </message>
    <message>
        <source>This message may have arrived already (%1). Send it again?</source>
        <translation>Mesej ini mungkin sudah tiba (%1). Hantar sekali lagi?</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Dihantar.</translation>
    </message>
    <message>
        <source>Still not sent: %1</source>
        <translation>Masih belum dihantar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent.</source>
        <translation>
            <numerusform>%n mesej dihantar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting.</source>
        <translation>
            <numerusform>%n masih menunggu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this message? It will not be sent.</source>
        <translation>Padam mesej ini? Ia tidak akan dihantar.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>Kata laluan pangkalan data</translation>
    </message>
    <message>
        <source>The server refused this password. Please type it again.</source>
        <translation>Pelayan menolak kata laluan ini. Sila taip semula.</translation>
    </message>
    <message>
        <source>The database %1 needs a password.</source>
        <translation>Pangkalan data %1 memerlukan kata laluan.</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s password store</source>
        <translation>Simpan dalam stor kata laluan komputer ini</translation>
    </message>
    <message>
        <source>This computer has no password store; Studio Desk will ask at each start.</source>
        <translation>Komputer ini tiada stor kata laluan; Studio Desk akan bertanya pada setiap permulaan.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata laluan</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment on %1</source>
        <translation>Rekod bayaran bagi %1</translation>
    </message>
    <message>
        <source>Record a refund on %1</source>
        <translation>Rekod bayaran balik bagi %1</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Pindahan bank</translation>
    </message>
    <message>
        <source>Owed to the client</source>
        <translation>Terhutang kepada pelanggan</translation>
    </message>
    <message>
        <source>Amount paid back (%1)</source>
        <translation>Jumlah dibayar balik (%1)</translation>
    </message>
    <message>
        <source>Paid back on</source>
        <translation>Dibayar balik pada</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>Baki perlu dibayar</translation>
    </message>
    <message>
        <source>Amount received (%1)</source>
        <translation>Amaun diterima (%1)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Tarikh diterima</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Kaedah</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Rujukan</translation>
    </message>
</context>
<context>
    <name>PaymentsCard</name>
    <message>
        <source>Payments</source>
        <translation>Bayaran</translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation>Belum ada yang direkodkan</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Buka dalam pemapar PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was saved to %1.</source>
        <translation>PDF disimpan ke %1.</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata wang</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Pilih warna</translation>
    </message>
    <message>
        <source>Colour code</source>
        <translation>Kod warna</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>What the client wants to achieve, in their words</source>
        <translation>Apa yang ingin dicapai oleh pelanggan, dalam kata-kata mereka sendiri</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projek</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Gambaran keseluruhan</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Skop</translation>
    </message>
    <message>
        <source>Price and terms</source>
        <translation>Harga dan terma</translation>
    </message>
    <message>
        <source>Progress and documents</source>
        <translation>Kemajuan dan dokumen</translation>
    </message>
    <message>
        <source>Check-in done</source>
        <translation>Susulan selesai</translation>
    </message>
    <message>
        <source>Create quote</source>
        <translation>Buat sebut harga</translation>
    </message>
    <message>
        <source>Create final invoice</source>
        <translation>Buat invois akhir</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkibkan</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tajuk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tarikh mula</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tarikh akhir</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Matlamat</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Kuantiti</translation>
    </message>
    <message>
        <source>The client&apos;s currency</source>
        <translation>Mata wang pelanggan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tarikh akhir</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Siap pada</translation>
    </message>
    <message>
        <source>One per line, e.g. “Printing costs”, “Stock photo licences”</source>
        <translation>Satu setiap baris, cth. “Kos cetakan”, “Lesen foto stok”</translation>
    </message>
    <message>
        <source>Deliverables and their formats</source>
        <translation>Hasil kerja dan formatnya</translation>
    </message>
    <message>
        <source>e.g. Logo — SVG, PNG and PDF, 3 colour variants</source>
        <translation>cth. Logo — SVG, PNG dan PDF, 3 variasi warna</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Tidak termasuk</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Kaedah harga</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata wang</translation>
    </message>
    <message>
        <source>Fixed price (net)</source>
        <translation>Harga tetap (bersih)</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Kadar sejam</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>Kadar cukai %</translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation>Anggaran jam</translation>
    </message>
    <message>
        <source>Deposit %</source>
        <translation>Deposit %</translation>
    </message>
    <message>
        <source>Revision rounds included</source>
        <translation>Pusingan pindaan termasuk</translation>
    </message>
    <message>
        <source>Extra rounds billed</source>
        <translation>Caj pusingan tambahan</translation>
    </message>
    <message>
        <source>Fee per extra round</source>
        <translation>Caj setiap pusingan tambahan</translation>
    </message>
    <message>
        <source>Log a revision round…</source>
        <translation>Rekod pusingan pindaan…</translation>
    </message>
    <message>
        <source>Undo the latest round</source>
        <translation>Batalkan pusingan terakhir</translation>
    </message>
    <message>
        <source>Record time…</source>
        <translation>Rekod masa…</translation>
    </message>
    <message>
        <source>Delete the selected time</source>
        <translation>Padam masa yang dipilih</translation>
    </message>
    <message>
        <source>Revision rounds</source>
        <translation>Pusingan pindaan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Quotes, contracts and invoices</source>
        <translation>Sebut harga, kontrak dan invois</translation>
    </message>
    <message>
        <source>Log an update, delay or note…</source>
        <translation>Catat kemas kini, kelewatan atau nota…</translation>
    </message>
    <message>
        <source>Conversation about this project</source>
        <translation>Perbualan tentang projek ini</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Projek baharu</translation>
    </message>
    <message>
        <source>The price of the accepted quote %1; a change of scope is a new quote.</source>
        <translation>Harga sebut harga %1 yang diterima; perubahan skop memerlukan sebut harga baharu.</translation>
    </message>
    <message>
        <source>Save the project to count rounds and time.</source>
        <translation>Simpan projek untuk mengira pusingan dan masa.</translation>
    </message>
    <message>
        <source>Revision rounds used: %1 of %2 included</source>
        <translation>Pusingan pindaan digunakan: %1 daripada %2 yang termasuk</translation>
    </message>
    <message numerus="yes">
        <source>%n billable round(s) not invoiced yet: they go on the final invoice.</source>
        <translation>
            <numerusform>%n pusingan bercaj belum diinvois: ia akan dimasukkan dalam invois akhir.</numerusform>
        </translation>
    </message>
    <message>
        <source>billable</source>
        <translation>bercaj</translation>
    </message>
    <message>
        <source>Time logged: %1 h</source>
        <translation>Masa direkodkan: %1 jam</translation>
    </message>
    <message>
        <source>not billable</source>
        <translation>tidak bercaj</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Sebut harga</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invois</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draf</translation>
    </message>
    <message>
        <source>No revision round yet.</source>
        <translation>Belum ada pusingan pindaan.</translation>
    </message>
    <message>
        <source>No time recorded yet.</source>
        <translation>Belum ada masa direkodkan.</translation>
    </message>
    <message>
        <source>No quote, contract or invoice yet.</source>
        <translation>Belum ada sebut harga, kontrak atau invois.</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Belum ada rekod.</translation>
    </message>
    <message>
        <source>Lost: no new quote or invoice. To go on, set its status again.</source>
        <translation>Hilang: tiada sebut harga atau invois baharu. Untuk meneruskan, tetapkan semula statusnya.</translation>
    </message>
    <message>
        <source>Closed: no new quote or invoice. To go on, set its status again.</source>
        <translation>Ditutup: tiada sebut harga atau invois baharu. Untuk meneruskan, tetapkan semula statusnya.</translation>
    </message>
    <message>
        <source>The next round (%1) is included.</source>
        <translation>Pusingan seterusnya (%1) termasuk dalam harga.</translation>
    </message>
    <message>
        <source>The next round (%1) goes past the %2 included: billable by the hour.</source>
        <translation>Pusingan seterusnya (%1) melebihi %2 yang termasuk: dicaj mengikut jam.</translation>
    </message>
    <message>
        <source>The next round (%1) goes past the %2 included: billable at %3.</source>
        <translation>Pusingan seterusnya (%1) melebihi %2 yang termasuk: dicaj %3.</translation>
    </message>
    <message>
        <source>Add a client first: every project belongs to a client.</source>
        <translation>Tambah pelanggan dahulu: setiap projek milik seorang pelanggan.</translation>
    </message>
    <message>
        <source>Accepted quote %1: %2 net, %3 with VAT; deposit %4 with VAT.</source>
        <translation>Sebut harga diterima %1: %2 bersih, %3 termasuk cukai; deposit %4 termasuk cukai.</translation>
    </message>
    <message>
        <source>Agreed price %1 net; deposit %2.</source>
        <translation>Harga dipersetujui %1 bersih; deposit %2.</translation>
    </message>
    <message>
        <source>Undo revision round %1?</source>
        <translation>Batalkan pusingan pindaan %1?</translation>
    </message>
    <message>
        <source>Delete this time entry?</source>
        <translation>Padam catatan masa ini?</translation>
    </message>
    <message>
        <source>Archive this project? Its documents are kept.</source>
        <translation>Arkibkan projek ini? Dokumennya akan disimpan.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Pilih &amp;semua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naik</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Turun</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Buat asal</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>B&amp;uat semula</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tampal</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Tidak untuk s&amp;emua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Henti paksa</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Cuba semula</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Guna</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Set semula</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Pulihkan lalai</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Buat asal</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>B&amp;uat semula</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin lokasi &amp;pautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tampal</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Valid until</source>
        <translation>Sah sehingga</translation>
    </message>
    <message>
        <source>Mark accepted</source>
        <translation>Tanda diterima</translation>
    </message>
    <message>
        <source>Mark declined</source>
        <translation>Tanda ditolak</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Sebut harga</translation>
    </message>
    <message>
        <source>Issued on %1 and accepted — the figures are sealed.</source>
        <translation>Dikeluarkan pada %1 dan diterima — angka telah dimeterai.</translation>
    </message>
    <message>
        <source>Issued on %1 and declined — the figures are sealed.</source>
        <translation>Dikeluarkan pada %1 dan ditolak — angka telah dimeterai.</translation>
    </message>
    <message>
        <source>Issued on %1 — the figures are sealed. To change them, make a new quote from the project.</source>
        <translation>Dikeluarkan pada %1 — angka telah dimeterai. Untuk mengubahnya, buat sebut harga baharu daripada projek.</translation>
    </message>
    <message>
        <source>Issue this quote? It gets its number and can no longer be changed.</source>
        <translation>Keluarkan sebut harga ini? Ia akan diberi nombor dan tidak boleh diubah lagi.</translation>
    </message>
    <message>
        <source>Mark this quote accepted? A contract and the deposit invoice will be drafted.</source>
        <translation>Tandakan sebut harga ini sebagai diterima? Draf kontrak dan invois deposit akan disediakan.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 h)</source>
        <translation>%1 (%2 daripada %3 jam)</translation>
    </message>
    <message>
        <source>Careful: taking this on puts these weeks over the studio&apos;s capacity: %1.</source>
        <translation>Awas: jika kerja ini diterima, minggu berikut melebihi kapasiti studio: %1.</translation>
    </message>
    <message>
        <source>Mark this quote declined?</source>
        <translation>Tandakan sebut harga ini sebagai ditolak?</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Studio Desk can put back the latest backup, %1. The damaged file is kept aside, not deleted.</source>
        <translation>Studio Desk boleh memulihkan sandaran terkini, %1. Fail yang rosak diasingkan, bukan dipadam.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Pulihkan sandaran terkini</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Log revision round %1</source>
        <translation>Rekod pusingan pindaan %1</translation>
    </message>
    <message>
        <source>What the client asked to change</source>
        <translation>Apa yang pelanggan minta diubah</translation>
    </message>
    <message>
        <source>Requested changes</source>
        <translation>Perubahan yang diminta</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Jam digunakan</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Tarikh diminta</translation>
    </message>
    <message>
        <source>Round %1 of %2 included.</source>
        <translation>Pusingan %1 daripada %2 yang termasuk.</translation>
    </message>
    <message>
        <source>Round %1 goes past the %2 included rounds: it will be billed by the hour.</source>
        <translation>Pusingan %1 melebihi %2 pusingan yang termasuk: ia akan dicaj mengikut jam.</translation>
    </message>
    <message>
        <source>Round %1 goes past the %2 included rounds: it will be billed at %3.</source>
        <translation>Pusingan %1 melebihi %2 pusingan yang termasuk: ia akan dicaj %3.</translation>
    </message>
    <message>
        <source>Log it as a billable round?</source>
        <translation>Rekod sebagai pusingan bercaj?</translation>
    </message>
</context>
<context>
    <name>ScopeActions</name>
    <message>
        <source>Mark deliverable done</source>
        <translation>Tandakan hasil kerja siap</translation>
    </message>
    <message>
        <source>Mark milestone done</source>
        <translation>Tandakan pencapaian siap</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search clients, projects, quotes, invoices…  (Ctrl+K)</source>
        <translation>Cari pelanggan, projek, sebut harga, invois…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projek</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Sebut harga</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invois</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <source>Credit notes have their own number series</source>
        <translation>Nota kredit mempunyai siri nombor sendiri</translation>
    </message>
    <message>
        <source>Deposit invoices have their own number series</source>
        <translation>Invois deposit mempunyai siri nombor sendiri</translation>
    </message>
    <message>
        <source>An SQLite file, or postgresql://user@server/database</source>
        <translation>Fail SQLite, atau postgresql://user@server/database</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Invoicing defaults</source>
        <translation>Tetapan lalai invois</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Appearance and data</source>
        <translation>Paparan dan data</translation>
    </message>
    <message>
        <source>Studio name</source>
        <translation>Nama studio</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Laman web</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>No. cukai</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Getting paid</source>
        <translation>Butiran bayaran</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Pemegang akaun</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Payment methods (one per line)</source>
        <translation>Kaedah bayaran (satu setiap baris)</translation>
    </message>
    <message>
        <source>E-invoicing (the seller on XRechnung, Factur-X and Peppol invoices)</source>
        <translation>E-invois (penjual pada invois XRechnung, Factur-X dan Peppol)</translation>
    </message>
    <message>
        <source>E-invoicing</source>
        <translation>E-invois</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Jalan</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Poskod</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Bandar</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Nombor cukai</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Orang untuk dihubungi</translation>
    </message>
    <message>
        <source>Electronic address scheme</source>
        <translation>Skema alamat elektronik</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Alamat elektronik</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Sandaran…</translation>
    </message>
    <message>
        <source>First-run assistant…</source>
        <translation>Pembantu kali pertama…</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Bahasa antara muka</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Rupa</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Pangkalan data</translation>
    </message>
    <message>
        <source>Defaults for new work</source>
        <translation>Lalai untuk kerja baharu</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata wang</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>Kadar cukai %</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Terma bayaran (hari)</translation>
    </message>
    <message>
        <source>Deposit %</source>
        <translation>Deposit %</translation>
    </message>
    <message>
        <source>Revision rounds included</source>
        <translation>Pusingan pindaan termasuk</translation>
    </message>
    <message>
        <source>Fee per extra round</source>
        <translation>Caj setiap pusingan tambahan</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Kadar sejam</translation>
    </message>
    <message>
        <source>Weekly capacity (hours)</source>
        <translation>Kapasiti mingguan (jam)</translation>
    </message>
    <message>
        <source>Quotes valid for (days)</source>
        <translation>Tempoh sah sebut harga (hari)</translation>
    </message>
    <message>
        <source>Deadlines and follow-ups</source>
        <translation>Tarikh akhir dan susulan</translation>
    </message>
    <message>
        <source>Documents and numbering</source>
        <translation>Dokumen dan penomboran</translation>
    </message>
    <message>
        <source>Quote numbers</source>
        <translation>Nombor sebut harga</translation>
    </message>
    <message>
        <source>Contract numbers</source>
        <translation>Nombor kontrak</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Nombor invois</translation>
    </message>
    <message>
        <source>Credit note numbers</source>
        <translation>Nombor nota kredit</translation>
    </message>
    <message>
        <source>Deposit invoice numbers</source>
        <translation>Nombor invois deposit</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Saiz kertas</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>Bahasa dokumen lalai</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Warna aksen</translation>
    </message>
    <message>
        <source>Continue numbering</source>
        <translation>Sambung penomboran</translation>
    </message>
    <message>
        <source>Warn about deadlines (days ahead)</source>
        <translation>Amaran tarikh akhir (hari lebih awal)</translation>
    </message>
    <message>
        <source>Progress update every (days)</source>
        <translation>Laporan kemajuan setiap (hari)</translation>
    </message>
    <message>
        <source>Follow up after delivery (months)</source>
        <translation>Susulan selepas serahan (bulan)</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Sandaran harian disimpan</translation>
    </message>
    <message>
        <source>Pre-upgrade backups kept</source>
        <translation>Sandaran sebelum naik taraf disimpan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Number formats use {seq} for the running number and {year} for the year, e.g. INV-{year}-{seq:04}.</source>
        <translation>Format nombor menggunakan {seq} untuk nombor siri dan {year} untuk tahun, cth. INV-{year}-{seq:04}.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Database and backups</source>
        <translation>Pangkalan data dan sandaran</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Disimpan.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tiada)</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imej (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The database must be a file, not a folder.</source>
        <translation>Pangkalan data mestilah fail, bukan folder.</translation>
    </message>
    <message>
        <source>This computer has no password store, so Studio Desk will ask for the database password when it connects.</source>
        <translation>Komputer ini tiada stor kata laluan, jadi Studio Desk akan meminta kata laluan pangkalan data apabila menyambung.</translation>
    </message>
    <message>
        <source>Saved. Restart Studio Desk to use the new interface language and database location.</source>
        <translation>Disimpan. Bahasa antara muka dan lokasi pangkalan data baharu akan digunakan selepas Studio Desk dimulakan semula.</translation>
    </message>
    <message>
        <source>Saved. Restart Studio Desk to use the new interface language.</source>
        <translation>Disimpan. Bahasa antara muka baharu akan digunakan selepas Studio Desk dimulakan semula.</translation>
    </message>
    <message>
        <source>Saved. Restart Studio Desk to use the new database location.</source>
        <translation>Disimpan. Lokasi pangkalan data baharu akan digunakan selepas Studio Desk dimulakan semula.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Dikeluarkan</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Dibayar sebahagian</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Tertunggak</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota kredit</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Sebut harga dihantar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Sedang berjalan</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Tidak berjaya</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarkibkan</translation>
    </message>
    <message>
        <source>Refund owed</source>
        <translation>Bayaran balik terhutang</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Dihantar</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
</context>
<context>
    <name>TimeDialog</name>
    <message>
        <source>Record time</source>
        <translation>Rekod masa</translation>
    </message>
    <message>
        <source>e.g. 1:30 or 1.5</source>
        <translation>cth. 1:30 atau 1.5</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Bercaj</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Masa digunakan</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Enter the time as hours and minutes, like 1:30, or as hours, like 1.5.</source>
        <translation>Masukkan masa dalam jam dan minit, seperti 1:30, atau dalam jam, seperti 1.5.</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>▶ Start timer</source>
        <translation>▶ Mula pemasa</translation>
    </message>
    <message>
        <source>Open a project first: the timer records time on the project you are in.</source>
        <translation>Buka projek dahulu: pemasa merekod masa pada projek yang sedang dibuka.</translation>
    </message>
    <message>
        <source>Less than a minute: nothing recorded.</source>
        <translation>Kurang daripada seminit: tiada apa yang direkodkan.</translation>
    </message>
    <message>
        <source>Recorded %1 h on %2.</source>
        <translation>%1 jam direkodkan pada %2.</translation>
    </message>
    <message>
        <source>■ Stop timer</source>
        <translation>■ Henti pemasa</translation>
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
        <translation>Kadar standard</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>Kadar sifar</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Dikecualikan</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Caj balik</translation>
    </message>
    <message>
        <source>Intra-community supply</source>
        <translation>Pembekalan dalam EU</translation>
    </message>
    <message>
        <source>Export outside the EU</source>
        <translation>Eksport ke luar EU</translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation>Tidak tertakluk kepada cukai</translation>
    </message>
</context>
<context>
    <name>VatCategoryDelegate</name>
    <message>
        <source>By the rate</source>
        <translation>Mengikut kadar</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <source>Your first quote will look like this</source>
        <translation>Sebut harga pertama anda akan kelihatan begini</translation>
    </message>
    <message>
        <source>A sample quote with your details. Start with your studio, or explore the app with sample data first (a separate database; your studio stays empty).</source>
        <translation>Contoh sebut harga dengan butiran anda. Mula dengan studio anda, atau terokai aplikasi dengan data contoh dahulu (pangkalan data berasingan; studio anda kekal kosong).</translation>
    </message>
    <message>
        <source>Sample quote preview</source>
        <translation>Pratonton contoh sebut harga</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>Terokai dengan data contoh</translation>
    </message>
</context>
</TS>
