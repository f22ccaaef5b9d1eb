<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>late by %n day(s)</source>
        <translation>
            <numerusform>late by %n day</numerusform>
            <numerusform>late by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no update for %n day(s)</source>
        <translation>
            <numerusform>no update for %n day</numerusform>
            <numerusform>no update for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no update yet (%n day(s))</source>
        <translation>
            <numerusform>no update yet (%n day)</numerusform>
            <numerusform>no update yet (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invoice</numerusform>
            <numerusform>%Ln invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln payment</numerusform>
            <numerusform>%Ln payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 — %n day(s) overdue</source>
        <translation>
            <numerusform>%1 · %2 · %3 — %n day overdue</numerusform>
            <numerusform>%1 · %2 · %3 — %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 — asked %n day(s) ago</source>
        <translation>
            <numerusform>%1 · %2 · %3 — asked %n day ago</numerusform>
            <numerusform>%1 · %2 · %3 — asked %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln quote</numerusform>
            <numerusform>%Ln quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s)</source>
        <translation>
            <numerusform>%Ln contract</numerusform>
            <numerusform>%Ln contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invoice</numerusform>
            <numerusform>%Ln invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Outbox: %n message(s) waiting</source>
        <translation>
            <numerusform>Outbox: %n message waiting</numerusform>
            <numerusform>Outbox: %n messages waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the outbox could not be sent yet.</source>
        <translation>
            <numerusform>%n message in the outbox could not be sent yet.</numerusform>
            <numerusform>%n messages in the outbox could not be sent yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) from the outbox sent.</source>
        <translation>
            <numerusform>%n message from the outbox sent.</numerusform>
            <numerusform>%n messages from the outbox sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent.</source>
        <translation>
            <numerusform>%n message sent.</numerusform>
            <numerusform>%n messages sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting.</source>
        <translation>
            <numerusform>%n still waiting.</numerusform>
            <numerusform>%n still waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message numerus="yes">
        <source>%n billable round(s) not invoiced yet: they go on the final invoice.</source>
        <translation>
            <numerusform>%n billable round not invoiced yet: it goes on the final invoice.</numerusform>
            <numerusform>%n billable rounds not invoiced yet: they go on the final invoice.</numerusform>
        </translation>
    </message>
</context>
</TS>
