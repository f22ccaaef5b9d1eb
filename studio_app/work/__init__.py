"""The workflow services: every action a designer takes, called alike by the window, the CLI and the tests.

A project runs from the first enquiry to the last payment through these modules:
:mod:`~studio_app.work.clients`, :mod:`~studio_app.work.projects` (deliverables, scope, revision policy),
:mod:`~studio_app.work.quotes`, :mod:`~studio_app.work.acceptance` (the client's yes: contract and deposit),
:mod:`~studio_app.work.contracts`, :mod:`~studio_app.work.invoices`,
:mod:`~studio_app.work.billing` (the money chain: accepted quote → deposit → final invoice),
:mod:`~studio_app.work.payments`, :mod:`~studio_app.work.revisions`, :mod:`~studio_app.work.timelog`,
:mod:`~studio_app.work.interactions` (what was said to the client and when),
:mod:`~studio_app.work.activity` (what happened to a document: issued, sent, reminded, paid, credited, signed).

Issuing freezes a document: :mod:`~studio_app.work.issuing` is the one path every kind goes through (guard,
lock, the kind's hook, number, store, snapshot, freeze), :mod:`~studio_app.work.snapshots` its content. :mod:`~studio_app.work.settings` holds the studio's profile and
defaults; :mod:`~studio_app.work.local_fields` checks the party details of Türkiye, Greece and Malaysia
(tax office, VKN/TCKN, ΑΦΜ, registers, SST); :mod:`~studio_app.work.clock` today's date, settable in tests.

E-invoices: :mod:`~studio_app.work.identifiers` checks what they carry as it is typed (VAT ids, Leitweg-IDs,
Peppol endpoints, country codes); :mod:`~studio_app.work.efiles` is issuing's e-invoice step (readiness before
the number, the XML and Factur-X PDF frozen with it); :mod:`~studio_app.work.einvoices` what the window and the
command line ask (``readiness``, ``stored_xml``, ``file_for``, ``export``).
"""
