"""E-mail: the studio's messages to its clients, drafted from templates, stored in an outbox, sent by SMTP.

- ``addresses`` — checking the addresses a designer types (several, comma or semicolon separated).
- ``settings``  — the e-mail settings on the Studio row (validated here) and the SMTP password in the keyring.
- ``templates`` — the message templates per language (shipped in resources/mail, edited per studio).
- ``compose``   — drafts: for a document, a payment reminder, and each dashboard habit.
- ``message``   — a draft as an RFC 5322 message (``EmailMessage``, SMTP policy, Message-ID, attachments).
- ``smtp``      — talking to the server: connect, log in, send bytes; every failure a StudioError.
- ``outbox``    — queue, send, retry: stored before sending, never sent twice.
- ``eml``       — a message for the user's own mail program (.eml file).
- ``reminders`` — the reminder ladder per invoice, reminders sent, statutory late-payment interest.
"""
