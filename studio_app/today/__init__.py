"""Today: the client-care figures behind the dashboard and the `today` command, one module per question.

- ``waiting``    — who waits for an answer (their last message is unanswered; 24 hours is urgent).
- ``deadlines``  — which deadlines are at risk: late projects, deadlines and milestones close with work open.
- ``updates``    — which active projects are due a progress update.
- ``money``      — what is owed: outstanding, unpaid and overdue invoices, unpaid deposits, refunds owed to
  clients, and the payments received per month.
- ``follow_ups`` — planned follow-ups, check-ins due months after a delivery, birthdays and anniversaries.
- ``workload``   — planned hours per week against the capacity, and the weeks a quote would push over.
- ``summary``    — all of the above at once, every list in full, as `today` prints it.
- ``cockpit``    — what the Today view shows: the four cards, the first five rows and the count of each panel
  (one query each), the charts; kept between refreshes only while nothing is written.
- ``sql``        — what they share: the SQLite/PostgreSQL spellings, calendar arithmetic, the list cap.

Every figure is one SQL query (aggregates, GROUP BY, correlated MAX/MIN/COUNT subqueries); Python only shapes
the few rows that are shown. Each function takes ``today`` (default :func:`clock.today`) so the dashboard can
be evaluated as of any day, and returns small frozen dataclasses, defined beside the query that returns them,
carrying the ids needed to open the record. Nothing here writes.
"""
