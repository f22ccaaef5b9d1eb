"""Today: the client-care figures behind the dashboard and the `today` command.

Who waits for an answer, which deadlines are at risk, who is due a progress update, what is owed and
overdue, which delivered projects need a follow-up, and whether the studio can take on more.
"""
