"""Who waits for an answer: 24 hours is urgent, as of any moment, archived clients left out."""

from studio_app.today.waiting import waiting_for_answer
from studio_app.work import interactions
from studio_app.store.models import Client
from tests.studio_app.today.helpers import T, client


def test_waiting_for_answer_counts_24_hours_as_urgent(studio):
    exactly = client("Exactly a day")
    almost = client("Not quite a day")
    answered = client("Answered")
    old = client("Three days")
    interactions.log(exactly.id, "email", "Can you send the logo files?", waiting_for_reply=True,
                     occurred_at=T(2026, 11, 22, 9, 0))
    interactions.log(almost.id, "call", "Asked for a new date", waiting_for_reply=True,
                     occurred_at=T(2026, 11, 22, 9, 1))
    interactions.log(answered.id, "email", "Question about the invoice", waiting_for_reply=True,
                     occurred_at=T(2026, 11, 20, 10, 0))
    interactions.log(answered.id, "email", "Answered the question", occurred_at=T(2026, 11, 20, 15, 0))
    interactions.log(old.id, "note", "Older message, answered", occurred_at=T(2026, 11, 1, 10, 0))
    interactions.log(old.id, "meeting", "Wants a second concept", waiting_for_reply=True,
                     occurred_at=T(2026, 11, 20, 8, 30))

    waiting = waiting_for_answer()

    assert [w.client_name for w in waiting] == ["Three days", "Exactly a day", "Not quite a day"]
    three, day, almost_day = waiting
    assert (day.waited_hours, day.waited_days, day.urgent) == (24, 1, True)
    assert (almost_day.waited_hours, almost_day.waited_days, almost_day.urgent) == (23, 0, False)
    assert (three.waited_days, three.urgent, three.kind, three.summary) == (3, True, "meeting",
                                                                           "Wants a second concept")
    assert day.client_id == exactly.id and day.since == T(2026, 11, 22, 9, 0)


def test_waiting_for_answer_as_of_an_earlier_moment_and_not_for_archived_clients(studio):
    asked = client("Asked")
    interactions.log(asked.id, "email", "When do the files arrive?", waiting_for_reply=True,
                     occurred_at=T(2026, 11, 21, 12, 0))
    interactions.log(asked.id, "email", "Sent the date", occurred_at=T(2026, 11, 22, 12, 0))
    assert waiting_for_answer() == ()
    before_the_answer = waiting_for_answer(T(2026, 11, 22, 11, 0))
    assert [(w.client_id, w.waited_hours, w.urgent) for w in before_the_answer] == [(asked.id, 23, False)]

    gone = client("Archived")
    interactions.log(gone.id, "email", "Still there?", waiting_for_reply=True, occurred_at=T(2026, 11, 1, 9))
    Client.update(archived=True).where(Client.id == gone.id).execute()
    assert waiting_for_answer() == ()
