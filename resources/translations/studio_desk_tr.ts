<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Studio Desk</source>
        <translation>Studio Desk hakkında</translation>
    </message>
    <message>
        <source>Studio Desk</source>
        <translation>Studio Desk</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Sürüm {0}</translation>
    </message>
    <message>
        <source>Clients, projects, quotes, contracts and invoices for small design studios.
Studio Desk is free software under the MIT licence.</source>
        <translation>Küçük tasarım stüdyoları için müşteriler, projeler, teklifler, sözleşmeler ve faturalar.
Studio Desk, MIT lisansıyla dağıtılan özgür bir yazılımdır.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Kitaplıklar</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Yazı tipleri</translation>
    </message>
    <message>
        <source>GNU LGPL v3</source>
        <translation>GNU LGPL v3</translation>
    </message>
    <message>
        <source>BSD licence</source>
        <translation>BSD lisansı</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>MIT lisansı</translation>
    </message>
    <message>
        <source>Python Software Foundation License</source>
        <translation>Python Software Foundation Lisansı</translation>
    </message>
    <message>
        <source>the language Studio Desk is written in</source>
        <translation>Studio Desk&apos;in yazıldığı programlama dili</translation>
    </message>
    <message>
        <source>windows, widgets, PDF preview and printing</source>
        <translation>pencereler, arayüz öğeleri, PDF önizleme ve yazdırma</translation>
    </message>
    <message>
        <source>Qt for Python</source>
        <translation>Python için Qt</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s runtime</source>
        <translation>Python için Qt&apos;nin çalışma zamanı kitaplığı</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF belgeler</translation>
    </message>
    <message>
        <source>faster PDF documents</source>
        <translation>daha hızlı PDF üretimi</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>veritabanı</translation>
    </message>
    <message>
        <source>dates, numbers and money in each language</source>
        <translation>her dilde tarih, sayı ve para biçimleri</translation>
    </message>
    <message>
        <source>payment QR codes</source>
        <translation>ödeme QR kodları</translation>
    </message>
    <message>
        <source>where your data is kept</source>
        <translation>verilerinizin saklandığı klasör</translation>
    </message>
    <message>
        <source>MIT-CMU licence</source>
        <translation>MIT-CMU lisansı</translation>
    </message>
    <message>
        <source>images in documents</source>
        <translation>belgelerdeki görseller</translation>
    </message>
    <message>
        <source>Apache licence 2.0</source>
        <translation>Apache Lisansı 2.0</translation>
    </message>
    <message>
        <source>joined and combined letters (Arabic, Tamil, Devanagari)</source>
        <translation>birleşen ve bitişen harfler (Arapça, Tamilce, Devanagari)</translation>
    </message>
    <message>
        <source>right-to-left text</source>
        <translation>sağdan sola yazılan metin</translation>
    </message>
    <message>
        <source>GNU LGPL v3 with exceptions</source>
        <translation>GNU LGPL v3 (istisnalarla)</translation>
    </message>
    <message>
        <source>a shared PostgreSQL database</source>
        <translation>ortak PostgreSQL veritabanı</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Bileşen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisans</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Kullanım amacı</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>Qt, PySide6 and shiboken6 are used under the GNU LGPL v3 and ship as separate shared libraries, which you may replace with your own build; their source code is published by the Qt Project at qt.io.</source>
        <translation>Qt, PySide6 ve shiboken6, GNU LGPL v3 kapsamında kullanılır ve ayrı paylaşımlı kitaplıklar olarak gelir; bunları kendi derlemenizle değiştirebilirsiniz. Kaynak kodları Qt Project tarafından qt.io adresinde yayımlanır.</translation>
    </message>
    <message>
        <source>Documents embed the DejaVu Sans fonts (Bitstream Vera licence; DejaVu changes are in the public domain), so Turkish, Greek and Malay text prints correctly.</source>
        <translation>Belgelere DejaVu Sans yazı tipleri gömülür (Bitstream Vera lisansı; DejaVu değişiklikleri kamu malıdır), böylece Türkçe, Yunanca ve Malayca metinler doğru yazdırılır.</translation>
    </message>
    <message>
        <source>For other scripts they embed parts of Noto Sans, Droid Sans Fallback, Nanum Gothic and Symbola; their licences follow DejaVu&apos;s.</source>
        <translation>Diğer yazı sistemleri için Noto Sans, Droid Sans Fallback, Nanum Gothic ve Symbola yazı tiplerinin parçalarını içerirler; lisansları DejaVu lisansından sonra yer alır.</translation>
    </message>
    <message>
        <source>The licence file {0} is missing.</source>
        <translation>{0} lisans dosyası bulunamadı.</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>More ▾</source>
        <translation>Diğer ▾</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Diğer işlemler</translation>
    </message>
</context>
<context>
    <name>ActivityCard</name>
    <message>
        <source>Activity</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Taslak oluşturuldu</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Kesinleştirildi</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>İmzalandı</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>%1 adresine gönderildi</translation>
    </message>
    <message>
        <source>Waiting in the outbox, to %1</source>
        <translation>Giden kutusunda bekliyor, alıcı: %1</translation>
    </message>
    <message>
        <source>Reminder %1 sent to %2</source>
        <translation>%1. hatırlatma %2 adresine gönderildi</translation>
    </message>
    <message>
        <source>Payment of %1 received (%2)</source>
        <translation>%1 ödeme alındı (%2)</translation>
    </message>
    <message>
        <source>Refund of %1 paid back (%2)</source>
        <translation>%1 iade edildi (%2)</translation>
    </message>
    <message>
        <source>Credit note %1 issued for %2</source>
        <translation>%2 tutarında %1 numaralı alacak dekontu kesinleştirildi</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Yedekler</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Alındığı tarih</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Şimdi yedekle</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Seçileni geri yükle…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Dosyadan geri yükle…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>This studio shares a PostgreSQL database. “Back up now” writes a JSON export you can restore from a file; the server&apos;s own backups cover the rest.</source>
        <translation>Bu stüdyo ortak bir PostgreSQL veritabanı kullanıyor. “Şimdi yedekle”, daha sonra dosyadan geri yükleyebileceğiniz bir JSON dışa aktarımı oluşturur; gerisini sunucunun kendi yedekleri karşılar.</translation>
    </message>
    <message>
        <source>Studio Desk copies %1 every day you open it and before every upgrade, into the backups folder beside it.</source>
        <translation>Studio Desk, %1 dosyasını açtığınız her gün ve her güncellemeden önce yanındaki yedekler klasörüne kopyalar.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Günlük</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Güncelleme öncesi</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Elle</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Geri yükleme öncesi</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Kaydedildi: %1.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Dosyadan geri yükle</translation>
    </message>
    <message>
        <source>Studio Desk backups (*.sqlite3 *.db *.json);;All files (*)</source>
        <translation>Studio Desk yedekleri (*.sqlite3 *.db *.json);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Replace the current data with this backup? The current state is backed up first, so you can go back.</source>
        <translation>Mevcut veriler bu yedekle değiştirilsin mi? Geri dönebilmeniz için mevcut durum önce yedeklenir.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Geri yükle</translation>
    </message>
    <message>
        <source>Checking the backup, then restoring it. On a large database this takes a minute or more.</source>
        <translation>Yedek denetleniyor, ardından geri yükleniyor. Büyük bir veritabanında bu bir dakika ya da daha uzun sürebilir.</translation>
    </message>
    <message>
        <source>Restored. What was there before is kept in %1.</source>
        <translation>Geri yüklendi. Önceki veriler şurada saklanıyor: %1.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Yüz yüze</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Mesajlaşma</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Potansiyel</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Teklif verildi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Devam ediyor</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapandı</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kaybedildi</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Sabit fiyat</translation>
    </message>
    <message>
        <source>By the hour</source>
        <translation>Saatlik</translation>
    </message>
    <message>
        <source>A fee per extra round</source>
        <translation>Ek tur başına ücret</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefon görüşmesi</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Toplantı</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>İlerleme bilgisi</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>Gecikme bildirimi</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>None (PDF only)</source>
        <translation>Yok (yalnızca PDF)</translation>
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
        <translation>Sistem ayarını kullan</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <source>Client</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Open the client</source>
        <translation>Müşteriyi aç</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>Vergi no.</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Belge dili</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Tercih ettiği kanal</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Doğum günü</translation>
    </message>
    <message>
        <source>Company anniversary</source>
        <translation>Şirket yıldönümü</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Log a call, email or note…</source>
        <translation>Görüşme, e-posta veya not ekle…</translation>
    </message>
    <message>
        <source>New project for this client</source>
        <translation>Bu müşteri için yeni proje</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>İletişim geçmişi</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Müşteri bilgileri</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projeler</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arşivle</translation>
    </message>
    <message>
        <source>Hide this client from lists; documents stay.</source>
        <translation>Bu müşteriyi listelerde gizler; belgeleri silinmez.</translation>
    </message>
    <message>
        <source>e.g. 991-03730-19</source>
        <translation>ör. 991-03730-19</translation>
    </message>
    <message>
        <source>e.g. 0412345614</source>
        <translation>ör. 0412345614</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <source>Buyer reference / Leitweg-ID</source>
        <translation>Alıcı referansı / Leitweg-ID</translation>
    </message>
    <message>
        <source>Endpoint scheme</source>
        <translation>Uç nokta şeması</translation>
    </message>
    <message>
        <source>Endpoint id</source>
        <translation>Uç nokta kimliği</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Cadde / sokak</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-fatura</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Yeni müşteri</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arşivlendi</translation>
    </message>
    <message>
        <source>Save the client to start its log.</source>
        <translation>İletişim kaydını başlatmak için müşteriyi kaydedin.</translation>
    </message>
    <message>
        <source>waiting for your answer</source>
        <translation>yanıtınızı bekliyor</translation>
    </message>
    <message>
        <source>follow up on %1</source>
        <translation>takip tarihi: %1</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Henüz kayıt yok.</translation>
    </message>
    <message>
        <source>Archive this client? Their documents are kept.</source>
        <translation>Bu müşteri arşivlensin mi? Belgeleri saklanır.</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Send: %1</source>
        <translation>Gönder: %1</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Yeni ileti</translation>
    </message>
    <message>
        <source>name@example.com, another@example.com</source>
        <translation>ad@ornek.com, diger@ornek.com</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Eki kaldır</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kime</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Bilgi</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Ekler</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>.eml olarak kaydet…</translation>
    </message>
    <message>
        <source>Open in my mail program</source>
        <translation>E-posta programımda aç</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Not sent: %1 The message waits in the outbox; it is tried again on the next start, or when you press Retry in the outbox.</source>
        <translation>Gönderilmedi: %1 İleti giden kutusunda bekliyor; bir sonraki açılışta ya da giden kutusunda Yeniden dene&apos;ye bastığınızda tekrar denenir.</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>İletiyi kaydet</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>E-posta iletileri (*.eml)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>%1 olarak kaydedildi.</translation>
    </message>
    <message>
        <source>No mail program opened the message. Save it as .eml and open it yourself.</source>
        <translation>İletiyi hiçbir e-posta programı açmadı. .eml olarak kaydedip kendiniz açın.</translation>
    </message>
</context>
<context>
    <name>ContinueNumbering</name>
    <message>
        <source>Number series to continue</source>
        <translation>Devam ettirilecek numara serisi</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faturalar</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Teklifler</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Sözleşmeler</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Alacak dekontları</translation>
    </message>
    <message>
        <source>Deposit invoices</source>
        <translation>Avans faturaları</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Last number already used</source>
        <translation>Kullanılmış son numara</translation>
    </message>
    <message>
        <source>Continue after it</source>
        <translation>Bundan sonra devam et</translation>
    </message>
    <message>
        <source>last number</source>
        <translation>son numara</translation>
    </message>
    <message>
        <source>Done: the next number of this series is number %1.</source>
        <translation>Tamam: bu serinin sıradaki numarası %1.</translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>Project</source>
        <translation>Proje</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Teklif</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>İmza tarihi</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Maddeler</translation>
    </message>
    <message>
        <source>Preview / print</source>
        <translation>Önizle / yazdır</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Kesinleştir</translation>
    </message>
    <message>
        <source>Mark signed</source>
        <translation>İmzayı kaydet</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Taslağı sil</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Gönder…</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>Projeyi aç</translation>
    </message>
    <message>
        <source>Open the quote</source>
        <translation>Teklifi aç</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Kesinleştirildi</translation>
    </message>
    <message>
        <source>Optional clauses</source>
        <translation>İsteğe bağlı maddeler</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Sözleşme %1</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(taslak)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Issued on %1 and signed on %2 — the clauses are sealed.</source>
        <translation>%1 tarihinde kesinleştirildi, %2 tarihinde imzalandı — maddeler mühürlüdür.</translation>
    </message>
    <message>
        <source>Issued on %1 — the clauses are sealed. Print it for signing, then mark it signed.</source>
        <translation>%1 tarihinde kesinleştirildi — maddeler mühürlüdür. İmza için yazdırın, ardından imzayı kaydedin.</translation>
    </message>
    <message>
        <source>Issue this contract? It gets its number and can no longer be changed.</source>
        <translation>Bu sözleşme kesinleştirilsin mi? Numarasını alır ve artık değiştirilemez.</translation>
    </message>
    <message>
        <source>Delete this draft contract?</source>
        <translation>Bu taslak sözleşme silinsin mi?</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Mark the check-in done</source>
        <translation>Görüşmeyi yapıldı olarak işaretle</translation>
    </message>
    <message>
        <source>Snooze a week</source>
        <translation>Bir hafta ertele</translation>
    </message>
    <message>
        <source>Draft a reply…</source>
        <translation>Yanıt taslağı…</translation>
    </message>
    <message>
        <source>Draft a delay notice…</source>
        <translation>Gecikme bildirimi taslağı…</translation>
    </message>
    <message>
        <source>Draft the update…</source>
        <translation>Durum bilgisi taslağı…</translation>
    </message>
    <message>
        <source>Draft the reminder…</source>
        <translation>Hatırlatma taslağı…</translation>
    </message>
    <message>
        <source>Draft the message…</source>
        <translation>İleti taslağı…</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Yanıtınızı bekleyenler</translation>
    </message>
    <message>
        <source>Deadlines at risk</source>
        <translation>Riskteki teslim tarihleri</translation>
    </message>
    <message>
        <source>Progress updates due</source>
        <translation>Gönderilecek ilerleme bilgileri</translation>
    </message>
    <message>
        <source>Deposits not paid yet — don&apos;t start the work</source>
        <translation>Ödenmemiş avanslar — işe başlamayın</translation>
    </message>
    <message>
        <source>Follow-ups and dates</source>
        <translation>Takipler ve özel günler</translation>
    </message>
    <message>
        <source>Show the revenue received in this currency</source>
        <translation>Bu para biriminde alınan tahsilatları göster</translation>
    </message>
    <message>
        <source>Workload, next 8 weeks</source>
        <translation>İş yükü, önümüzdeki 8 hafta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Bugün, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n saat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n gün</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — waiting %2: %3</source>
        <translation>%1 — %2 süredir yanıt bekliyor: %3</translation>
    </message>
    <message>
        <source>Nobody is waiting for you. Well done.</source>
        <translation>Kimse sizden yanıt beklemiyor. Tebrikler.</translation>
    </message>
    <message numerus="yes">
        <source>late by %n day(s)</source>
        <translation>
            <numerusform>%n gün gecikti</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” due %2</source>
        <translation>“%1” teslimi: %2</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>%n gün kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadline is at risk.</source>
        <translation>Riskte olan teslim tarihi yok.</translation>
    </message>
    <message numerus="yes">
        <source>no update for %n day(s)</source>
        <translation>
            <numerusform>%n gündür bilgi verilmedi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no update yet (%n day(s))</source>
        <translation>
            <numerusform>henüz bilgi verilmedi (%n gün)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every active client has heard from you this week.</source>
        <translation>Bu hafta tüm aktif müşterilerinize bilgi verdiniz.</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Tahsil edilecek</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vadesi geçmiş</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln fatura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 — %n day(s) overdue</source>
        <translation>
            <numerusform>%1 · %2 · %3 — vadesi %n gün geçti</numerusform>
        </translation>
    </message>
    <message>
        <source>Refund owed to %1 on %2: %3</source>
        <translation>%1 adlı müşteriye %2 için iade borcu: %3</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Vadesi geçmiş fatura yok.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 — asked %n day(s) ago</source>
        <translation>
            <numerusform>%1 · %2 · %3 — %n gün önce istendi</numerusform>
        </translation>
    </message>
    <message>
        <source>Every deposit asked for is paid.</source>
        <translation>İstenen tüm avanslar ödendi.</translation>
    </message>
    <message>
        <source>Revenue received in %1, last 12 months</source>
        <translation>Tahsilat (%1), son 12 ay</translation>
    </message>
    <message>
        <source>In 12 months: %1</source>
        <translation>12 ayda: %1</translation>
    </message>
    <message>
        <source>Follow up with %1: %2</source>
        <translation>%1 ile yeniden iletişime geçin: %2</translation>
    </message>
    <message>
        <source>View invoices</source>
        <translation>Faturaları gör</translation>
    </message>
    <message>
        <source>Send reminders</source>
        <translation>Hatırlatma gönder</translation>
    </message>
    <message>
        <source>Deposits waiting</source>
        <translation>Bekleyen avanslar</translation>
    </message>
    <message>
        <source>View deposits</source>
        <translation>Avansları gör</translation>
    </message>
    <message>
        <source>Received this month</source>
        <translation>Bu ay tahsil edilen</translation>
    </message>
    <message>
        <source>View paid invoices</source>
        <translation>Ödenmiş faturaları gör</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Vadesi geçmiş faturalar</translation>
    </message>
    <message>
        <source>No payments received in the last 12 months.</source>
        <translation>Son 12 ayda tahsilat yok.</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Ödeme kaydet</translation>
    </message>
    <message>
        <source>No hours planned: give active projects an estimate and a deadline.</source>
        <translation>Planlanmış saat yok: devam eden projelere süre tahmini ve teslim tarihi girin.</translation>
    </message>
    <message>
        <source>View active projects</source>
        <translation>Devam eden projeleri gör</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln ödeme</numerusform>
        </translation>
    </message>
    <message>
        <source>View all %1 →</source>
        <translation>%1 kaydın tümünü gör →</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>age in hours</comment>
        <translation>%1 sa</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>age in days</comment>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>%1 w</source>
        <comment>age in weeks</comment>
        <translation>%1 hf</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <comment>age in months</comment>
        <translation>%1 ay</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · vade %2</translation>
    </message>
    <message>
        <source>Check in with %1 — “%2” was delivered on %3</source>
        <translation>%1 ile iletişime geçin — “%2” %3 tarihinde teslim edildi</translation>
    </message>
    <message>
        <source>Check in — “%1” delivered on %2</source>
        <translation>Hal hatır sorun — “%1” %2 tarihinde teslim edildi</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>doğum günü</translation>
    </message>
    <message>
        <source>company anniversary</source>
        <translation>şirket yıldönümü</translation>
    </message>
    <message>
        <source>today</source>
        <translation>bugün</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n gün sonra</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>Bekleyen takip yok.</translation>
    </message>
    <message>
        <source>W%1</source>
        <comment>week number</comment>
        <translation>H%1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 sa.</translation>
    </message>
    <message>
        <source>Capacity %1</source>
        <translation>Kapasite %1</translation>
    </message>
    <message>
        <source>Over capacity in %1.</source>
        <translation>Şu haftalarda kapasite aşılıyor: %1.</translation>
    </message>
    <message>
        <source>Within the studio&apos;s %1 hours a week.</source>
        <translation>Stüdyonun haftalık %1 saatlik kapasitesi içinde.</translation>
    </message>
</context>
<context>
    <name>DelayDialog</name>
    <message>
        <source>Delay notice for %1</source>
        <translation>%1 için gecikme bildirimi</translation>
    </message>
    <message>
        <source>We need a little more time on %1 to get it right; the new delivery date is below.</source>
        <translation>%1 üzerinde en iyi sonucu alabilmek için biraz daha zamana ihtiyacımız var; yeni teslim tarihi aşağıdadır.</translation>
    </message>
    <message>
        <source>Send to the client…</source>
        <translation>Müşteriye gönder…</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Yeni teslim tarihi</translation>
    </message>
    <message>
        <source>What you tell the client</source>
        <translation>Müşteriye söyledikleriniz</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Prices include tax</source>
        <translation>Fiyatlara KDV dahil</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proje</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Preview / print</source>
        <translation>Önizle / yazdır</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Kesinleştir</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Taslağı sil</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Gönder…</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>Projeyi aç</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Prices before tax</source>
        <translation>Fiyatlara KDV hariç</translation>
    </message>
    <message>
        <source>Issued on %1 — the figures are sealed.</source>
        <translation>%1 tarihinde kesinleştirildi — tutarlar mühürlüdür.</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(taslak)</translation>
    </message>
    <message>
        <source>Save the draft first</source>
        <translation>Önce taslağı kaydedin</translation>
    </message>
    <message>
        <source>Sum of lines</source>
        <translation>Kalemler toplamı</translation>
    </message>
    <message>
        <source>Discounts on the whole document</source>
        <translation>Belgenin tamamına indirimler</translation>
    </message>
    <message>
        <source>Charges on the whole document</source>
        <translation>Belgenin tamamına ek ücretler</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>VAT %1 %</source>
        <translation>KDV %%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Deposit paid</source>
        <translation>Ödenen avans</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ödenen</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>İade edilen</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>Bu taslak silinsin mi?</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gönderildi.</translation>
    </message>
</context>
<context>
    <name>DocumentSide</name>
    <message>
        <source>Client, dates, payments and activity</source>
        <translation>Müşteri, tarihler, ödemeler ve geçmiş</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tarihler</translation>
    </message>
</context>
<context>
    <name>DocumentsSettings</name>
    <message>
        <source>Document language</source>
        <translation>Belge dili</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Metinler</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Reset to the shipped text</source>
        <translation>Hazır metne geri dön</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Belgelerin dili</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Belgenin önizlemesi</translation>
    </message>
    <message>
        <source>Quote: validity and how to accept</source>
        <translation>Teklif: geçerlilik ve kabul</translation>
    </message>
    <message>
        <source>Quote: change requests</source>
        <translation>Teklif: değişiklik talepleri</translation>
    </message>
    <message>
        <source>Quote: payment when there is no deposit</source>
        <translation>Teklif: avans yoksa ödeme</translation>
    </message>
    <message>
        <source>Quote: a note on every quote</source>
        <translation>Teklif: her teklifteki not</translation>
    </message>
    <message>
        <source>Invoice: how to pay</source>
        <translation>Fatura: nasıl ödenir</translation>
    </message>
    <message>
        <source>Invoice: nothing left to pay</source>
        <translation>Fatura: ödenecek tutar kalmadı</translation>
    </message>
    <message>
        <source>Invoice: payment terms</source>
        <translation>Fatura: ödeme koşulları</translation>
    </message>
    <message>
        <source>Invoice: a note on every invoice</source>
        <translation>Fatura: her faturadaki not</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkiye</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Yunanistan</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malezya</translation>
    </message>
    <message>
        <source>other countries</source>
        <translation>diğer ülkeler</translation>
    </message>
    <message>
        <source>Contract: %1</source>
        <translation>Sözleşme: %1</translation>
    </message>
    <message>
        <source>%1 (billed by the hour)</source>
        <translation>%1 (saatlik ücretle)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>Kendi metniniz</translation>
    </message>
    <message>
        <source>The shipped text</source>
        <translation>Hazır metin</translation>
    </message>
    <message>
        <source>Placeholders you can use: %1</source>
        <translation>Kullanabileceğiniz yer tutucular: %1</translation>
    </message>
    <message>
        <source>This text takes no placeholders.</source>
        <translation>Bu metin yer tutucu almaz.</translation>
    </message>
    <message>
        <source>Put back the text Studio Desk ships for “%1”? Your own wording of it is removed.</source>
        <translation>“%1” için Studio Desk&apos;in hazır metni geri getirilsin mi? Kendi metniniz silinir.</translation>
    </message>
    <message>
        <source>Preview page</source>
        <translation>Önizleme sayfası</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>← Back</source>
        <translation>← Geri</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Export invoices for the accountant (CSV)…</source>
        <translation>Muhasebeci için faturaları dışa aktar (CSV)…</translation>
    </message>
    <message>
        <source>Export everything as a backup (JSON)…</source>
        <translation>Her şeyi yedek olarak dışa aktar (JSON)…</translation>
    </message>
    <message>
        <source>Export invoices for the accountant</source>
        <translation>Muhasebeci için faturaları dışa aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>The invoices for the accountant are saved in %2 (invoices: %1).</source>
        <translation>Muhasebeci için faturalar %2 dosyasına kaydedildi (fatura sayısı: %1).</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Her şeyi dışa aktar</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON dosyaları (*.json)</translation>
    </message>
    <message>
        <source>Everything exported to %2.</source>
        <translation>Her şey %2 dosyasına aktarıldı.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 dosyasına aktarılıyor…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Dışa aktarılıyor</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 daha</translation>
    </message>
</context>
<context>
    <name>FirstDay</name>
    <message>
        <source>Your studio is set up.</source>
        <translation>Stüdyonuz hazır.</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Örnek veriler</translation>
    </message>
    <message>
        <source>Studio Desk — %1 — %2</source>
        <translation>Studio Desk — %1 — %2</translation>
    </message>
    <message>
        <source>Sample data: nothing here is your studio&apos;s</source>
        <translation>Örnek veriler: buradakilerin hiçbiri stüdyonuza ait değil</translation>
    </message>
    <message>
        <source>Back to my studio</source>
        <translation>Stüdyoma dön</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <source>Welcome to Studio Desk</source>
        <translation>Studio Desk&apos;e hoş geldiniz</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Atla</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Geri</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>İleri &gt;</translation>
    </message>
    <message>
        <source>Start with my studio</source>
        <translation>Stüdyomla başla</translation>
    </message>
    <message>
        <source>Your studio</source>
        <translation>Stüdyonuz</translation>
    </message>
    <message>
        <source>Who sends the documents.</source>
        <translation>Belgeleri kim gönderiyor.</translation>
    </message>
    <message>
        <source>Studio name</source>
        <translation>Stüdyo adı</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web sitesi</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>Vergi no.</translation>
    </message>
    <message>
        <source>Choose your country</source>
        <translation>Ülkenizi seçin</translation>
    </message>
    <message>
        <source>Country and money</source>
        <translation>Ülke ve para</translation>
    </message>
    <message>
        <source>Your country suggests the currency, the VAT rate and the paper size; change any of them.</source>
        <translation>Ülkeniz para birimini, KDV oranını ve kâğıt boyutunu önerir; istediğinizi değiştirin.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>VAT rate %</source>
        <translation>KDV oranı %</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Kağıt boyutu</translation>
    </message>
    <message>
        <source>Getting paid</source>
        <translation>Ödeme bilgileri</translation>
    </message>
    <message>
        <source>Printed on quotes and invoices.</source>
        <translation>Tekliflere ve faturalara yazılır.</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Hesap sahibi</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banka</translation>
    </message>
    <message>
        <source>Other payment methods (one per line)</source>
        <translation>Diğer ödeme yöntemleri (her satıra bir tane)</translation>
    </message>
    <message>
        <source>Languages and your way of working</source>
        <translation>Diller ve çalışma biçiminiz</translation>
    </message>
    <message>
        <source>Defaults for new projects; each project can differ.</source>
        <translation>Yeni projeler için varsayılanlar; her proje farklı olabilir.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Arayüz dili</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>Varsayılan belge dili</translation>
    </message>
    <message>
        <source>Working hours per week</source>
        <translation>Haftalık çalışma saati</translation>
    </message>
    <message>
        <source>Deposit %</source>
        <translation>Avans %</translation>
    </message>
    <message>
        <source>Revision rounds included</source>
        <translation>Fiyata dahil revizyon turu</translation>
    </message>
    <message>
        <source>Fee per extra round</source>
        <translation>Ek tur başına ücret</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Logo yok</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logo önizlemesi</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Logo seçin…</translation>
    </message>
    <message>
        <source>Logo (PNG, JPEG or SVG)</source>
        <translation>Logo (PNG, JPEG veya SVG)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo seçin</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Görseller (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from a CSV file</source>
        <translation>CSV dosyasından içe aktar</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Ne içe aktarılacak</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projeler</translation>
    </message>
    <message>
        <source>Past invoices</source>
        <translation>Geçmiş faturalar</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Dosya seçilmedi</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Dosya seç…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Dosyadaki sütun</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Aktarılacağı alan</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>İlk değer</translation>
    </message>
    <message>
        <source>Columns and the fields they are imported as</source>
        <translation>Sütunlar ve aktarılacakları alanlar</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Satırların önizlemesi</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <source>Skip refused rows and import the others</source>
        <translation>Reddedilen satırları atla, diğerlerini içe aktar</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Bir CSV dosyası seçin</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV dosyaları (*.csv *.txt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Read as %1, separated by %2; %3 rows.</source>
        <translation>%1 olarak okundu, ayırıcı: %2; %3 satır.</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgül</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>noktalı virgül</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>sekme</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>%1 sütununun alanı</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— aktarılmaz —</translation>
    </message>
    <message>
        <source>created</source>
        <translation>oluşturulacak</translation>
    </message>
    <message>
        <source>skipped: duplicate</source>
        <translation>atlanacak: tekrar</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>reddedildi</translation>
    </message>
    <message>
        <source>%1 (same %2)</source>
        <translation>%1 (aynı %2)</translation>
    </message>
    <message>
        <source>%1 to create, %2 skipped as duplicates, %3 refused.</source>
        <translation>%1 oluşturulacak, %2 tekrar olarak atlanacak, %3 reddedildi.</translation>
    </message>
    <message>
        <source>Imported %1; %2 skipped as duplicates, %3 refused rows left out.</source>
        <translation>%1 kayıt içe aktarıldı; %2 tekrar atlandı, reddedilen %3 satır dışarıda bırakıldı.</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation>İletişim kaydı ekle</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>Ne konuşuldu ya da ne üzerinde anlaşıldı</translation>
    </message>
    <message>
        <source>The client is waiting for an answer from us</source>
        <translation>Müşteri bizden yanıt bekliyor</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proje</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Takip tarihi</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(proje yok)</translation>
    </message>
    <message>
        <source>Choose the client this is about.</source>
        <translation>Bu kaydın ilgili olduğu müşteriyi seçin.</translation>
    </message>
</context>
<context>
    <name>InvoiceEditor</name>
    <message>
        <source>Issue date</source>
        <translation>Düzenleme tarihi</translation>
    </message>
    <message>
        <source>Supply date</source>
        <translation>Hizmet tarihi</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Son ödeme tarihi</translation>
    </message>
    <message>
        <source>the client&apos;s purchase order number, if any</source>
        <translation>varsa müşterinin sipariş numarası</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Sipariş referansı</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Ödeme kaydet</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>İadeyi kaydet</translation>
    </message>
    <message>
        <source>Undo last payment</source>
        <translation>Son ödemeyi geri al</translation>
    </message>
    <message>
        <source>Create credit note</source>
        <translation>Alacak dekontu oluştur</translation>
    </message>
    <message>
        <source>Send reminder…</source>
        <translation>Hatırlatma gönder…</translation>
    </message>
    <message>
        <source>Record myDATA ΜΑΡΚ…</source>
        <translation>myDATA MARK numarasını kaydet…</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Yeni fatura</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(proje yok)</translation>
    </message>
    <message>
        <source>Deposit invoice</source>
        <translation>Avans faturası</translation>
    </message>
    <message>
        <source>Final invoice</source>
        <translation>Nihai fatura</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Alacak dekontu</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>imported from %1, no PDF</source>
        <translation>%1 dosyasından içe aktarıldı, PDF yok</translation>
    </message>
    <message>
        <source>Nothing is left to pay on this invoice.</source>
        <translation>Bu faturada ödenecek bir şey kalmadı.</translation>
    </message>
    <message>
        <source>Imported from %1 — issued with another program; its figures are kept as they were.</source>
        <translation>%1 dosyasından içe aktarıldı — başka bir programla kesilmiştir; tutarları olduğu gibi saklanır.</translation>
    </message>
    <message>
        <source>Issued on %1 — the figures are sealed.</source>
        <translation>%1 tarihinde kesinleştirildi — tutarlar mühürlüdür.</translation>
    </message>
    <message>
        <source>Issued on %1 — the figures are sealed. To change them, create a credit note.</source>
        <translation>%1 tarihinde kesinleştirildi — tutarlar mühürlüdür. Değiştirmek için alacak dekontu oluşturun.</translation>
    </message>
    <message>
        <source>Refund owed</source>
        <translation>İade edilecek</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Kalan borç</translation>
    </message>
    <message>
        <source>E-invoice: %1, stored with the invoice.</source>
        <translation>E-fatura: %1, faturayla birlikte saklandı.</translation>
    </message>
    <message>
        <source>Before this invoice can be issued as %1:</source>
        <translation>Bu fatura %1 olarak kesinleştirilmeden önce:</translation>
    </message>
    <message>
        <source>E-invoice: %1, ready to issue.</source>
        <translation>E-fatura: %1, kesinleştirilmeye hazır.</translation>
    </message>
    <message>
        <source>This invoice cannot be issued yet: its e-invoice would not pass the rules.</source>
        <translation>Bu fatura henüz kesinleştirilemez: e-faturası kurallardan geçemez.</translation>
    </message>
    <message>
        <source>Refund owed to the client</source>
        <translation>Müşteriye iade edilecek tutar</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Ödenecek tutar</translation>
    </message>
    <message>
        <source>Add a client first: an invoice is addressed to a client.</source>
        <translation>Önce bir müşteri ekleyin: her fatura bir müşteriye kesilir.</translation>
    </message>
    <message>
        <source>Issue this invoice? It gets its number and can no longer be changed.</source>
        <translation>Bu fatura kesinleştirilsin mi? Numarasını alır ve artık değiştirilemez.</translation>
    </message>
    <message>
        <source>Undo the refund of %1 recorded on %2?</source>
        <translation>%2 tarihinde kaydedilen %1 tutarındaki iade geri alınsın mı?</translation>
    </message>
    <message>
        <source>Undo the payment of %1 received on %2?</source>
        <translation>%2 tarihinde alınan %1 tutarındaki ödeme geri alınsın mı?</translation>
    </message>
    <message>
        <source>Create a credit note that reverses this invoice? You can edit it before issuing.</source>
        <translation>Bu faturayı iptal eden bir alacak dekontu oluşturulsun mu? Kesinleştirmeden önce düzenleyebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>LineItems</name>
    <message>
        <source>Line items</source>
        <translation>Kalemler</translation>
    </message>
    <message>
        <source>+ Add line</source>
        <translation>+ Satır ekle</translation>
    </message>
    <message>
        <source>Add a line at the end (Enter in the table)</source>
        <translation>Sona bir satır ekle (tabloda Enter)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Satırı sil</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete in the table)</source>
        <translation>Seçili satırı sil (tabloda Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Yukarı taşı</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Aşağı taşı</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Miktar</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birim</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Birim fiyat</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>KDV %</translation>
    </message>
    <message>
        <source>VAT category</source>
        <translation>KDV kategorisi</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>İndirim %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>This line</source>
        <extracomment>What a row carries besides its cells, kept as loaded so a save never loses it: a discount or charge on the whole document, a discount amount, a price per 100, a deposit deducted with its own VAT.</extracomment>
        <translation>Bu satır</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Taslağı sil…</translation>
    </message>
    <message>
        <source>Delete this draft? This cannot be undone.</source>
        <translation>Bu taslak silinsin mi? Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Yeni teklif</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Yeni sözleşme</translation>
    </message>
    <message>
        <source>Which project is the quote for?</source>
        <translation>Teklif hangi proje için?</translation>
    </message>
    <message>
        <source>Which project is the contract for? Contracts follow an accepted quote.</source>
        <translation>Sözleşme hangi proje için? Sözleşme, kabul edilmiş bir tekliften hazırlanır.</translation>
    </message>
    <message>
        <source>Search by project or client</source>
        <translation>Proje ya da müşteriye göre ara</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projeler</translation>
    </message>
    <message>
        <source>No project can have one yet: a quote needs an open project, a contract an accepted quote.</source>
        <translation>Henüz uygun proje yok: teklif için açık bir proje, sözleşme için kabul edilmiş bir teklif gerekir.</translation>
    </message>
</context>
<context>
    <name>ListModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proje</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Teslim tarihi</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Fiyat</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numara</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geçerlilik</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>İmza tarihi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vade</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Kalan</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Taslak</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Yeni müşteri</translation>
    </message>
    <message>
        <source>Search clients by name, company or email</source>
        <translation>Müşteri ara: ad, şirket veya e-posta</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projeler</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Yeni proje</translation>
    </message>
    <message>
        <source>Search projects by title or client</source>
        <translation>Proje ara: başlık veya müşteri</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Teslim tarihi</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Teklifler</translation>
    </message>
    <message>
        <source>Search quotes by number, client or project</source>
        <translation>Teklif ara: numara, müşteri veya proje</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Kesinleşti</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Sözleşmeler</translation>
    </message>
    <message>
        <source>%1 from</source>
        <comment>date filter</comment>
        <translation>%1 başlangıcı</translation>
    </message>
    <message>
        <source>%1 until</source>
        <comment>date filter</comment>
        <translation>%1 bitişi</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Gönder…</translation>
    </message>
    <message>
        <source>Send reminder…</source>
        <translation>Hatırlatma gönder…</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>Henüz müşteri yok.</translation>
    </message>
    <message>
        <source>No projects yet.</source>
        <translation>Henüz proje yok.</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>Yeni teklif</translation>
    </message>
    <message>
        <source>No quotes yet — a quote is made from a project (“Create quote”).</source>
        <translation>Henüz teklif yok — teklif bir projeden hazırlanır (“Teklif oluştur”).</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>date filter: issued between</comment>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Yeni sözleşme</translation>
    </message>
    <message>
        <source>Search contracts by number, client or project</source>
        <translation>Sözleşme ara: numara, müşteri veya proje</translation>
    </message>
    <message>
        <source>No contracts yet — a contract is drawn up when a client accepts a quote.</source>
        <translation>Henüz sözleşme yok — müşteri bir teklifi kabul ettiğinde sözleşme hazırlanır.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faturalar</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Yeni fatura</translation>
    </message>
    <message>
        <source>Search invoices by number, client or project</source>
        <translation>Fatura ara: numara, müşteri veya proje</translation>
    </message>
    <message>
        <source>No invoices yet — create one, or accept a quote to draft the deposit.</source>
        <translation>Henüz fatura yok — yeni bir fatura oluşturun ya da avans faturası için bir teklifi kabul edin.</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>clients</comment>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Archived</source>
        <comment>clients</comment>
        <translation>Arşivlenmiş</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Devam ediyor</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arşivlendi</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Potansiyel</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Teklif verildi</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapandı</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kaybedildi</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>İmzalandı</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vadesi geçti</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ödendi</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Alacak dekontları</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tüm müşteriler</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Bu filtrelere uyan kayıt yok.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Filtreleri temizle</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln müşteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln proje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln teklif</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln sözleşme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln fatura</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Müşteri ekle</translation>
    </message>
    <message>
        <source>Add a project</source>
        <translation>Proje ekle</translation>
    </message>
    <message>
        <source>Go to projects</source>
        <translation>Projelere git</translation>
    </message>
    <message>
        <source>Go to quotes</source>
        <translation>Tekliflere git</translation>
    </message>
    <message>
        <source>Create an invoice</source>
        <translation>Fatura oluştur</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>Dosyadan içe aktar</translation>
    </message>
</context>
<context>
    <name>LocalDetails</name>
    <message>
        <source>Local details</source>
        <translation>Yerel bilgiler</translation>
    </message>
    <message>
        <source>Tax office</source>
        <translation>Vergi dairesi</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Vergi numarası</translation>
    </message>
    <message>
        <source>MERSİS number</source>
        <translation>MERSİS numarası</translation>
    </message>
    <message>
        <source>Trade register number</source>
        <translation>Sicil numarası</translation>
    </message>
    <message>
        <source>SST registration number</source>
        <translation>SST kayıt numarası</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Hesap numarası</translation>
    </message>
    <message>
        <source>DuitNow ID</source>
        <translation>DuitNow kimliği</translation>
    </message>
    <message>
        <source>VKN or TCKN</source>
        <translation>VKN veya TCKN</translation>
    </message>
    <message>
        <source>Tax office (vergi dairesi)</source>
        <translation>Vergi dairesi</translation>
    </message>
    <message>
        <source>Trade registry number</source>
        <translation>Ticaret sicil numarası</translation>
    </message>
    <message>
        <source>Tax number (ΑΦΜ)</source>
        <translation>Vergi numarası (AFM)</translation>
    </message>
    <message>
        <source>Tax office (ΔΟΥ)</source>
        <translation>Vergi dairesi (DOY)</translation>
    </message>
    <message>
        <source>ΓΕΜΗ number</source>
        <translation>GEMİ numarası</translation>
    </message>
    <message>
        <source>Profession (επάγγελμα)</source>
        <translation>Faaliyet (epangelma)</translation>
    </message>
    <message>
        <source>TIN</source>
        <translation>Vergi kimlik numarası (TIN)</translation>
    </message>
    <message>
        <source>SSM company number</source>
        <translation>SSM şirket numarası</translation>
    </message>
</context>
<context>
    <name>LockedNote</name>
    <message>
        <source>Locked</source>
        <translation>Kilitli</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>Quote</source>
        <translation>Teklif</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sözleşme</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>Deposit request</source>
        <translation>Ön ödeme talebi</translation>
    </message>
    <message>
        <source>Payment reminder 1 (friendly)</source>
        <translation>Ödeme hatırlatması 1 (nazik)</translation>
    </message>
    <message>
        <source>Payment reminder 2 (firm)</source>
        <translation>Ödeme hatırlatması 2 (kararlı)</translation>
    </message>
    <message>
        <source>Payment reminder 3 (final)</source>
        <translation>Ödeme hatırlatması 3 (son)</translation>
    </message>
    <message>
        <source>Thank you for the payment</source>
        <translation>Ödeme için teşekkür</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>Durum bilgisi</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>Gecikme bildirimi</translation>
    </message>
    <message>
        <source>Follow-up after delivery</source>
        <translation>Teslimden sonra hal hatır</translation>
    </message>
    <message>
        <source>Birthday or anniversary greeting</source>
        <translation>Doğum günü ya da yıl dönümü kutlaması</translation>
    </message>
    <message>
        <source>Send through an SMTP server</source>
        <translation>Bir SMTP sunucusu üzerinden gönderilir</translation>
    </message>
    <message>
        <source>Hand each message to my mail program</source>
        <translation>Her ileti e-posta programıma aktarılır</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Yok (şifrelenmemiş)</translation>
    </message>
    <message>
        <source>On the final reminder, at</source>
        <translation>Son hatırlatmada, oranı</translation>
    </message>
    <message>
        <source>€40 from business clients in the EU</source>
        <translation>AB&apos;deki kurumsal müşterilerden 40 €</translation>
    </message>
    <message>
        <source>Directive 2011/7/EU on late payment in commercial transactions: a fixed sum for the cost of recovery</source>
        <translation>Ticari işlemlerde geç ödemeye ilişkin 2011/7/AB Yönergesi: tahsilat masrafları için sabit bir tutar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Deneme iletisi gönder</translation>
    </message>
    <message>
        <source>e.g. 12.15</source>
        <translation>örn. 12.15</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Gönderen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>İmza</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Gönderim</translation>
    </message>
    <message>
        <source>Messages are</source>
        <translation>İletiler</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP sunucusu</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Bağlantı noktası</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Güvenlik</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% yıllık</translation>
    </message>
    <message>
        <source>Payment reminders</source>
        <translation>Ödeme hatırlatmaları</translation>
    </message>
    <message>
        <source>Reminders 1, 2 and 3, days after the due date</source>
        <translation>1., 2. ve 3. hatırlatma, vadeden sonraki gün</translation>
    </message>
    <message>
        <source>Late-payment interest</source>
        <translation>Gecikme faizi</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Tazminat</translation>
    </message>
    <message>
        <source>Message texts</source>
        <translation>İleti metinleri</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Yer tutucular: %1</translation>
    </message>
    <message>
        <source>Save this text</source>
        <translation>Bu metni kaydet</translation>
    </message>
    <message>
        <source>Back to the shipped text</source>
        <translation>Hazır metne dön</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s password store</source>
        <translation>Sistemin parola deposunda saklanıyor</translation>
    </message>
    <message>
        <source>The test message was not sent: %1</source>
        <translation>Deneme iletisi gönderilmedi: %1</translation>
    </message>
    <message>
        <source>Test message sent to %1. Check that it arrived.</source>
        <translation>Deneme iletisi %1 adresine gönderildi. Ulaştığını kontrol edin.</translation>
    </message>
    <message>
        <source>The text of “%1” in %2 is saved.</source>
        <translation>“%1” metni (%2) kaydedildi.</translation>
    </message>
    <message>
        <source>The shipped text is back.</source>
        <translation>Hazır metin geri geldi.</translation>
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
        <translation>Bölümler</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projeler</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Teklifler</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Sözleşmeler</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faturalar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Giden kutusu</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Her yerde ara</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Arama</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n message(s) waiting</source>
        <translation>
            <numerusform>Giden kutusu: %n ileti bekliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox could not be sent: %1</source>
        <translation>Giden kutusu gönderilemedi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the outbox could not be sent yet.</source>
        <translation>
            <numerusform>Giden kutusundaki %n ileti henüz gönderilemedi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) from the outbox sent.</source>
        <translation>
            <numerusform>Giden kutusundan %n ileti gönderildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ayarlar kaydedildi.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Yeni</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>&amp;Print or preview…</source>
        <translation>Ya&amp;zdır veya önizle…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>İçe &amp;aktar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Ara</translation>
    </message>
    <message>
        <source>&amp;Log an interaction…</source>
        <translation>İletişim &amp;kaydı ekle…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;First-run assistant…</source>
        <translation>İlk kullanım &amp;yardımcısı…</translation>
    </message>
    <message>
        <source>&amp;About Studio Desk</source>
        <translation>Studio Desk &amp;hakkında</translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation>Kaydedildi.</translation>
    </message>
    <message>
        <source>Archive this client? Their documents are kept.</source>
        <translation>Bu müşteri arşivlensin mi? Belgeleri saklanır.</translation>
    </message>
    <message>
        <source>Archive this project? Its documents are kept.</source>
        <translation>Bu proje arşivlensin mi? Belgeleri saklanır.</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Arşivlendi.</translation>
    </message>
</context>
<context>
    <name>MyDataDialog</name>
    <message>
        <source>myDATA ΜΑΡΚ of %1</source>
        <translation>%1 için myDATA MARK numarası</translation>
    </message>
    <message>
        <source>Copy what your provider returned. It is recorded once and printed on the invoice, with the QR code of the link; the invoice as issued is kept as well.</source>
        <translation>Sağlayıcınızın verdiği bilgileri kopyalayın. Bir kez kaydedilir ve bağlantının QR koduyla birlikte faturaya yazılır; faturanın düzenlendiği hâli de saklanır.</translation>
    </message>
    <message>
        <source>ΜΑΡΚ</source>
        <translation>MARK</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>QR code link</source>
        <translation>QR kodu bağlantısı</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>Doğrulama kodu</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Outbox</source>
        <translation>Giden kutusu</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kime</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Deneme</translation>
    </message>
    <message>
        <source>Why it was not sent</source>
        <translation>Neden gönderilmedi</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Yazıldı</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Gönderilmeyi bekleyen bir şey yok.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Tümünü yeniden dene</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Gönderilmedi</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>Gönderiliyor</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Bekliyor</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n ileti</numerusform>
        </translation>
    </message>
    <message>
        <source>This message may have arrived already (%1). Send it again?</source>
        <translation>Bu ileti zaten ulaşmış olabilir (%1). Yeniden gönderilsin mi?</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gönderildi.</translation>
    </message>
    <message>
        <source>Still not sent: %1</source>
        <translation>Hâlâ gönderilmedi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent.</source>
        <translation>
            <numerusform>%n ileti gönderildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting.</source>
        <translation>
            <numerusform>%n ileti hâlâ bekliyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this message? It will not be sent.</source>
        <translation>Bu ileti silinsin mi? Gönderilmeyecek.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>Veritabanı parolası</translation>
    </message>
    <message>
        <source>The server refused this password. Please type it again.</source>
        <translation>Sunucu bu parolayı kabul etmedi. Lütfen yeniden yazın.</translation>
    </message>
    <message>
        <source>The database %1 needs a password.</source>
        <translation>%1 veritabanı bir parola istiyor.</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s password store</source>
        <translation>Bu bilgisayarın parola deposunda sakla</translation>
    </message>
    <message>
        <source>This computer has no password store; Studio Desk will ask at each start.</source>
        <translation>Bu bilgisayarda parola deposu yok; Studio Desk her açılışta soracak.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment on %1</source>
        <translation>%1 için ödeme kaydı</translation>
    </message>
    <message>
        <source>Record a refund on %1</source>
        <translation>%1 için iade kaydet</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Banka havalesi / EFT</translation>
    </message>
    <message>
        <source>Owed to the client</source>
        <translation>Müşteriye borçlu olunan</translation>
    </message>
    <message>
        <source>Amount paid back (%1)</source>
        <translation>İade edilen tutar (%1)</translation>
    </message>
    <message>
        <source>Paid back on</source>
        <translation>İade tarihi</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>Kalan borç</translation>
    </message>
    <message>
        <source>Amount received (%1)</source>
        <translation>Alınan tutar (%1)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ödeme tarihi</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Ödeme yöntemi</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Açıklama</translation>
    </message>
</context>
<context>
    <name>PaymentsCard</name>
    <message>
        <source>Payments</source>
        <translation>Ödemeler</translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation>Henüz kayıt yok</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Print…</source>
        <translation>Yazdır…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF olarak kaydet…</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>PDF görüntüleyicide aç</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF olarak kaydet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was saved to %1.</source>
        <translation>PDF şuraya kaydedildi: %1.</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Renk seçin</translation>
    </message>
    <message>
        <source>Colour code</source>
        <translation>Renk kodu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>What the client wants to achieve, in their words</source>
        <translation>Müşterinin ulaşmak istediği hedef, kendi sözleriyle</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proje</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Kapsam</translation>
    </message>
    <message>
        <source>Price and terms</source>
        <translation>Fiyat ve koşullar</translation>
    </message>
    <message>
        <source>Progress and documents</source>
        <translation>İlerleme ve belgeler</translation>
    </message>
    <message>
        <source>Check-in done</source>
        <translation>Görüşme yapıldı</translation>
    </message>
    <message>
        <source>Create quote</source>
        <translation>Teklif oluştur</translation>
    </message>
    <message>
        <source>Create final invoice</source>
        <translation>Nihai fatura oluştur</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arşivle</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Teslim tarihi</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Teslim edilecek iş</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Adet</translation>
    </message>
    <message>
        <source>The client&apos;s currency</source>
        <translation>Müşterinin para birimi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Teslim</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Tamamlanma tarihi</translation>
    </message>
    <message>
        <source>One per line, e.g. “Printing costs”, “Stock photo licences”</source>
        <translation>Her satıra bir tane, örn. “Baskı masrafları”, “Stok fotoğraf lisansları”</translation>
    </message>
    <message>
        <source>Deliverables and their formats</source>
        <translation>Teslim edilecek işler ve formatları</translation>
    </message>
    <message>
        <source>e.g. Logo — SVG, PNG and PDF, 3 colour variants</source>
        <translation>örn. Logo — SVG, PNG ve PDF, 3 renk seçeneği</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Aşamalar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Kapsam dışı</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Fiyatlandırma</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Fixed price (net)</source>
        <translation>Sabit fiyat (net)</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Saatlik ücret</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>KDV oranı %</translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation>Tahmini süre (saat)</translation>
    </message>
    <message>
        <source>Deposit %</source>
        <translation>Avans %</translation>
    </message>
    <message>
        <source>Revision rounds included</source>
        <translation>Fiyata dahil revizyon turu</translation>
    </message>
    <message>
        <source>Extra rounds billed</source>
        <translation>Ek turların ücretlendirmesi</translation>
    </message>
    <message>
        <source>Fee per extra round</source>
        <translation>Ek tur başına ücret</translation>
    </message>
    <message>
        <source>Log a revision round…</source>
        <translation>Revizyon turu kaydet…</translation>
    </message>
    <message>
        <source>Undo the latest round</source>
        <translation>Son turu geri al</translation>
    </message>
    <message>
        <source>Record time…</source>
        <translation>Süre kaydet…</translation>
    </message>
    <message>
        <source>Delete the selected time</source>
        <translation>Seçili zaman kaydını sil</translation>
    </message>
    <message>
        <source>Revision rounds</source>
        <translation>Revizyon turları</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Quotes, contracts and invoices</source>
        <translation>Teklifler, sözleşmeler ve faturalar</translation>
    </message>
    <message>
        <source>Log an update, delay or note…</source>
        <translation>Güncelleme, gecikme veya not ekle…</translation>
    </message>
    <message>
        <source>Conversation about this project</source>
        <translation>Bu projeyle ilgili yazışmalar</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Yeni proje</translation>
    </message>
    <message>
        <source>The price of the accepted quote %1; a change of scope is a new quote.</source>
        <translation>Kabul edilen %1 teklifinin fiyatı; kapsam değişikliği yeni bir teklif gerektirir.</translation>
    </message>
    <message>
        <source>Save the project to count rounds and time.</source>
        <translation>Turları ve süreyi saymak için projeyi kaydedin.</translation>
    </message>
    <message>
        <source>Revision rounds used: %1 of %2 included</source>
        <translation>Kullanılan revizyon turu: %1 (fiyata dahil: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n billable round(s) not invoiced yet: they go on the final invoice.</source>
        <translation>
            <numerusform>Henüz faturalanmamış %n ücretli tur var: nihai faturaya eklenecek.</numerusform>
        </translation>
    </message>
    <message>
        <source>billable</source>
        <translation>ücretli</translation>
    </message>
    <message>
        <source>Time logged: %1 h</source>
        <translation>Kaydedilen süre: %1 sa.</translation>
    </message>
    <message>
        <source>not billable</source>
        <translation>ücretsiz</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 sa.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Teklif</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sözleşme</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>taslak</translation>
    </message>
    <message>
        <source>No revision round yet.</source>
        <translation>Henüz revizyon turu yok.</translation>
    </message>
    <message>
        <source>No time recorded yet.</source>
        <translation>Henüz süre kaydedilmedi.</translation>
    </message>
    <message>
        <source>No quote, contract or invoice yet.</source>
        <translation>Henüz teklif, sözleşme veya fatura yok.</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Henüz kayıt yok.</translation>
    </message>
    <message>
        <source>Lost: no new quote or invoice. To go on, set its status again.</source>
        <translation>Kaybedildi: yeni teklif veya fatura oluşturulamaz. Devam etmek için durumunu yeniden seçin.</translation>
    </message>
    <message>
        <source>Closed: no new quote or invoice. To go on, set its status again.</source>
        <translation>Kapandı: yeni teklif veya fatura oluşturulamaz. Devam etmek için durumunu yeniden seçin.</translation>
    </message>
    <message>
        <source>The next round (%1) is included.</source>
        <translation>Sonraki tur (%1) fiyata dahil.</translation>
    </message>
    <message>
        <source>The next round (%1) goes past the %2 included: billable by the hour.</source>
        <translation>Sonraki tur (%1), fiyata dahil %2 turu aşıyor: saat üzerinden ücretlendirilir.</translation>
    </message>
    <message>
        <source>The next round (%1) goes past the %2 included: billable at %3.</source>
        <translation>Sonraki tur (%1), fiyata dahil %2 turu aşıyor: ücreti %3.</translation>
    </message>
    <message>
        <source>Add a client first: every project belongs to a client.</source>
        <translation>Önce bir müşteri ekleyin: her proje bir müşteriye aittir.</translation>
    </message>
    <message>
        <source>Accepted quote %1: %2 net, %3 with VAT; deposit %4 with VAT.</source>
        <translation>Kabul edilen teklif %1: %2 net, KDV dahil %3; KDV dahil avans %4.</translation>
    </message>
    <message>
        <source>Agreed price %1 net; deposit %2.</source>
        <translation>Anlaşılan fiyat: %1 (net); avans: %2.</translation>
    </message>
    <message>
        <source>Undo revision round %1?</source>
        <translation>%1. revizyon turu geri alınsın mı?</translation>
    </message>
    <message>
        <source>Delete this time entry?</source>
        <translation>Bu zaman kaydı silinsin mi?</translation>
    </message>
    <message>
        <source>Archive this project? Its documents are kept.</source>
        <translation>Bu proje arşivlensin mi? Belgeleri saklanır.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Tümünü &amp;seç</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Artır</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Aza&amp;lt</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Tamam</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;İptal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Kaydetmeden kapat</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Y&amp;inele</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opyala</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapıştır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tümünü seç</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tümünü kaydet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Evet</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Tümüne evet</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hayır</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Tümüne h&amp;ayır</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Yok say</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Uygula</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Varsayılanları geri yükle</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Y&amp;inele</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opyala</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Bağlantı adresini kopyala</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Yapıştır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tümünü seç</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Valid until</source>
        <translation>Geçerlilik tarihi</translation>
    </message>
    <message>
        <source>Mark accepted</source>
        <translation>Kabulü kaydet</translation>
    </message>
    <message>
        <source>Mark declined</source>
        <translation>Reddi kaydet</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Teklif</translation>
    </message>
    <message>
        <source>Issued on %1 and accepted — the figures are sealed.</source>
        <translation>%1 tarihinde kesinleştirildi ve kabul edildi — tutarlar mühürlüdür.</translation>
    </message>
    <message>
        <source>Issued on %1 and declined — the figures are sealed.</source>
        <translation>%1 tarihinde kesinleştirildi ve reddedildi — tutarlar mühürlüdür.</translation>
    </message>
    <message>
        <source>Issued on %1 — the figures are sealed. To change them, make a new quote from the project.</source>
        <translation>%1 tarihinde kesinleştirildi — tutarlar mühürlüdür. Değiştirmek için projeden yeni bir teklif hazırlayın.</translation>
    </message>
    <message>
        <source>Issue this quote? It gets its number and can no longer be changed.</source>
        <translation>Bu teklif kesinleştirilsin mi? Numarasını alır ve artık değiştirilemez.</translation>
    </message>
    <message>
        <source>Mark this quote accepted? A contract and the deposit invoice will be drafted.</source>
        <translation>Teklif kabul edildi olarak kaydedilsin mi? Sözleşme ve avans faturası taslak olarak hazırlanacak.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 h)</source>
        <translation>%1 (%2 / %3 sa)</translation>
    </message>
    <message>
        <source>Careful: taking this on puts these weeks over the studio&apos;s capacity: %1.</source>
        <translation>Dikkat: bu işi alırsanız şu haftalarda stüdyonun kapasitesi aşılıyor: %1.</translation>
    </message>
    <message>
        <source>Mark this quote declined?</source>
        <translation>Teklif reddedildi olarak kaydedilsin mi?</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Studio Desk can put back the latest backup, %1. The damaged file is kept aside, not deleted.</source>
        <translation>Studio Desk en son yedeği (%1) geri yükleyebilir. Hasarlı dosya silinmez, kenara alınır.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>En son yedeği geri yükle</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Log revision round %1</source>
        <translation>Revizyon turu %1 kaydı</translation>
    </message>
    <message>
        <source>What the client asked to change</source>
        <translation>Müşterinin değiştirilmesini istediği</translation>
    </message>
    <message>
        <source>Requested changes</source>
        <translation>İstenen değişiklikler</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Harcanan süre (saat)</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>İstenme tarihi</translation>
    </message>
    <message>
        <source>Round %1 of %2 included.</source>
        <translation>Tur %1 / %2 (fiyata dahil).</translation>
    </message>
    <message>
        <source>Round %1 goes past the %2 included rounds: it will be billed by the hour.</source>
        <translation>Tur %1, fiyata dahil %2 turu aşıyor: saat üzerinden ücretlendirilecek.</translation>
    </message>
    <message>
        <source>Round %1 goes past the %2 included rounds: it will be billed at %3.</source>
        <translation>Tur %1, fiyata dahil %2 turu aşıyor: ücreti %3 olacak.</translation>
    </message>
    <message>
        <source>Log it as a billable round?</source>
        <translation>Ücretli tur olarak kaydedilsin mi?</translation>
    </message>
</context>
<context>
    <name>ScopeActions</name>
    <message>
        <source>Mark deliverable done</source>
        <translation>Teslim edilecek işi tamamlandı olarak işaretle</translation>
    </message>
    <message>
        <source>Mark milestone done</source>
        <translation>Aşamayı tamamlandı olarak işaretle</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search clients, projects, quotes, invoices…  (Ctrl+K)</source>
        <translation>Müşteri, proje, teklif, fatura ara…  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proje</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Teklif</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sözleşme</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Credit notes have their own number series</source>
        <translation>Alacak dekontlarının ayrı numara serisi olsun</translation>
    </message>
    <message>
        <source>Deposit invoices have their own number series</source>
        <translation>Avans faturalarının ayrı numara serisi olsun</translation>
    </message>
    <message>
        <source>An SQLite file, or postgresql://user@server/database</source>
        <translation>Bir SQLite dosyası ya da postgresql://kullanici@sunucu/veritabani</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Stüdyo</translation>
    </message>
    <message>
        <source>Invoicing defaults</source>
        <translation>Faturalama varsayılanları</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Appearance and data</source>
        <translation>Görünüm ve veriler</translation>
    </message>
    <message>
        <source>Studio name</source>
        <translation>Stüdyo adı</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web sitesi</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>Vergi no.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Getting paid</source>
        <translation>Ödeme bilgileri</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Hesap sahibi</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banka</translation>
    </message>
    <message>
        <source>Payment methods (one per line)</source>
        <translation>Ödeme yöntemleri (her satıra bir tane)</translation>
    </message>
    <message>
        <source>E-invoicing (the seller on XRechnung, Factur-X and Peppol invoices)</source>
        <translation>E-fatura (XRechnung, Factur-X ve Peppol faturalarında satıcı)</translation>
    </message>
    <message>
        <source>E-invoicing</source>
        <translation>E-fatura</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Cadde / sokak</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Vergi numarası</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>İletişim kişisi</translation>
    </message>
    <message>
        <source>Electronic address scheme</source>
        <translation>Elektronik adres şeması</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Elektronik adres</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Yedekler…</translation>
    </message>
    <message>
        <source>First-run assistant…</source>
        <translation>İlk kullanım yardımcısı…</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Arayüz dili</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Görünüm</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Veritabanı</translation>
    </message>
    <message>
        <source>Defaults for new work</source>
        <translation>Yeni işler için varsayılanlar</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>KDV oranı %</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Ödeme vadesi (gün)</translation>
    </message>
    <message>
        <source>Deposit %</source>
        <translation>Avans %</translation>
    </message>
    <message>
        <source>Revision rounds included</source>
        <translation>Fiyata dahil revizyon turu</translation>
    </message>
    <message>
        <source>Fee per extra round</source>
        <translation>Ek tur başına ücret</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Saatlik ücret</translation>
    </message>
    <message>
        <source>Weekly capacity (hours)</source>
        <translation>Haftalık kapasite (saat)</translation>
    </message>
    <message>
        <source>Quotes valid for (days)</source>
        <translation>Teklif geçerlilik süresi (gün)</translation>
    </message>
    <message>
        <source>Deadlines and follow-ups</source>
        <translation>Teslim tarihleri ve takip</translation>
    </message>
    <message>
        <source>Documents and numbering</source>
        <translation>Belgeler ve numaralandırma</translation>
    </message>
    <message>
        <source>Quote numbers</source>
        <translation>Teklif numaraları</translation>
    </message>
    <message>
        <source>Contract numbers</source>
        <translation>Sözleşme numaraları</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Fatura numaraları</translation>
    </message>
    <message>
        <source>Credit note numbers</source>
        <translation>Alacak dekontu numaraları</translation>
    </message>
    <message>
        <source>Deposit invoice numbers</source>
        <translation>Avans faturası numaraları</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Kağıt boyutu</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>Varsayılan belge dili</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Vurgu rengi</translation>
    </message>
    <message>
        <source>Continue numbering</source>
        <translation>Numaralandırmayı sürdür</translation>
    </message>
    <message>
        <source>Warn about deadlines (days ahead)</source>
        <translation>Teslim tarihi uyarısı (kaç gün önce)</translation>
    </message>
    <message>
        <source>Progress update every (days)</source>
        <translation>İlerleme bilgisi sıklığı (gün)</translation>
    </message>
    <message>
        <source>Follow up after delivery (months)</source>
        <translation>Teslimden sonra takip (ay)</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Saklanan günlük yedek sayısı</translation>
    </message>
    <message>
        <source>Pre-upgrade backups kept</source>
        <translation>Saklanan güncelleme öncesi yedek sayısı</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Number formats use {seq} for the running number and {year} for the year, e.g. INV-{year}-{seq:04}.</source>
        <translation>Numara biçimlerinde sıra numarası için {seq}, yıl için {year} kullanılır; örn. INV-{year}-{seq:04}.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Database and backups</source>
        <translation>Veritabanı ve yedekler</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo seçin</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Görseller (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The database must be a file, not a folder.</source>
        <translation>Veritabanı bir klasör değil, dosya olmalıdır.</translation>
    </message>
    <message>
        <source>This computer has no password store, so Studio Desk will ask for the database password when it connects.</source>
        <translation>Bu bilgisayarda parola deposu yok; bu yüzden Studio Desk bağlanırken veritabanı parolasını soracak.</translation>
    </message>
    <message>
        <source>Saved. Restart Studio Desk to use the new interface language and database location.</source>
        <translation>Kaydedildi. Yeni arayüz dili ve veritabanı konumu, Studio Desk yeniden başlatıldığında geçerli olur.</translation>
    </message>
    <message>
        <source>Saved. Restart Studio Desk to use the new interface language.</source>
        <translation>Kaydedildi. Yeni arayüz dili, Studio Desk yeniden başlatıldığında geçerli olur.</translation>
    </message>
    <message>
        <source>Saved. Restart Studio Desk to use the new database location.</source>
        <translation>Kaydedildi. Yeni veritabanı konumu, Studio Desk yeniden başlatıldığında geçerli olur.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Kesinleşti</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Kısmen ödendi</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ödendi</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vadesi geçti</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Alacak dekontu</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>İmzalandı</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Potansiyel</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Teklif verildi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Devam ediyor</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapandı</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kaybedildi</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arşivlendi</translation>
    </message>
    <message>
        <source>Refund owed</source>
        <translation>İade borcu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Bekliyor</translation>
    </message>
</context>
<context>
    <name>TimeDialog</name>
    <message>
        <source>Record time</source>
        <translation>Süre kaydet</translation>
    </message>
    <message>
        <source>e.g. 1:30 or 1.5</source>
        <translation>örn. 1:30 veya 1,5</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Ücretli</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Harcanan süre</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Enter the time as hours and minutes, like 1:30, or as hours, like 1.5.</source>
        <translation>Süreyi saat ve dakika olarak (1:30 gibi) ya da saat olarak (1,5 gibi) girin.</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>▶ Start timer</source>
        <translation>▶ Zamanlayıcıyı başlat</translation>
    </message>
    <message>
        <source>Open a project first: the timer records time on the project you are in.</source>
        <translation>Önce bir proje açın: zamanlayıcı, açık olan projeye süre kaydeder.</translation>
    </message>
    <message>
        <source>Less than a minute: nothing recorded.</source>
        <translation>Bir dakikadan kısa: hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Recorded %1 h on %2.</source>
        <translation>%2 projesine %1 saat kaydedildi.</translation>
    </message>
    <message>
        <source>■ Stop timer</source>
        <translation>■ Zamanlayıcıyı durdur</translation>
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
        <translation>Standart oran</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>Sıfır oranlı</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>İstisna</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Sorumlu sıfatıyla beyan</translation>
    </message>
    <message>
        <source>Intra-community supply</source>
        <translation>AB içi teslim</translation>
    </message>
    <message>
        <source>Export outside the EU</source>
        <translation>AB dışına ihracat</translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation>KDV kapsamı dışında</translation>
    </message>
</context>
<context>
    <name>VatCategoryDelegate</name>
    <message>
        <source>By the rate</source>
        <translation>Orana göre</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <source>Your first quote will look like this</source>
        <translation>İlk teklifiniz böyle görünecek</translation>
    </message>
    <message>
        <source>A sample quote with your details. Start with your studio, or explore the app with sample data first (a separate database; your studio stays empty).</source>
        <translation>Bilgilerinizle hazırlanmış örnek bir teklif. Stüdyonuzla başlayın ya da önce uygulamayı örnek verilerle keşfedin (ayrı bir veritabanı; stüdyonuz boş kalır).</translation>
    </message>
    <message>
        <source>Sample quote preview</source>
        <translation>Örnek teklif önizlemesi</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>Örnek verilerle keşfet</translation>
    </message>
</context>
</TS>
