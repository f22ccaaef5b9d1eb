"""Message templates per language: the shipped texts in resources/mail/<lang>.json, and the studio's own edits
(``MailTemplate`` rows), which take their place. Placeholders are written ``{client}``; a template may use only
the names in :data:`PLACEHOLDERS`, and saving one that uses another is refused with that name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import lru_cache

from studio_app.files.resources import resource_path
from studio_app.store import db
from studio_app.store.models import MailTemplate
from studio_app.text import cleaning
from studio_app.text.errors import StudioError
from studio_app.text.i18n import LANGUAGES
from studio_app.text.messages import field_label

NAMES: tuple[str, ...] = ("quote", "contract", "invoice", "credit_note", "deposit_request", "reminder_1",
                          "reminder_2", "reminder_3", "thank_you", "progress_update", "delay_notice", "follow_up",
                          "greeting")
PLACEHOLDERS: tuple[str, ...] = ("client", "project", "number", "amount", "due_date", "new_deadline",
                                 "milestones_done", "next_milestone", "studio", "signature", "occasion")
_FIELD = re.compile(r"\{([^{}]*)\}")
_DANGLING = re.compile(r"^[\s:–-]+|[\s:–-]+$")  # a separator left by an empty placeholder


def shipped(language: str) -> dict:
    """The shipped file of ``language`` (English for a language without one)."""
    return _shipped(language if language in LANGUAGES else "en")


@lru_cache(maxsize=None)
def _shipped(language: str) -> dict:
    return json.loads(resource_path("mail", f"{language}.json").read_text(encoding="utf-8"))


def word(language: str, key: str) -> str:
    """A short phrase the messages use (``occasion_birthday``, ``none_yet``) in ``language``."""
    return shipped(language).get("words", {}).get(key) or _shipped("en").get("words", {}).get(key, key)


def get(name: str, language: str) -> tuple[str, str]:
    """(subject, body) of template ``name`` in ``language``: the studio's edit, else the shipped text."""
    _check_name(name)
    language = language if language in LANGUAGES else "en"
    edited = MailTemplate.get_or_none((MailTemplate.language == language) & (MailTemplate.name == name))
    if edited is not None:
        return edited.subject, edited.body
    entry = shipped(language)["templates"][name]
    return entry["subject"], entry["body"]


def is_edited(name: str, language: str) -> bool:
    return MailTemplate.select().where((MailTemplate.language == language) & (MailTemplate.name == name)).exists()


def set(name: str, language: str, subject: str, body: str) -> None:  # noqa: A001 (the contract's name)
    """Save the studio's version of a template; refused (nothing saved) when it uses an unknown placeholder."""
    _check_name(name)
    language = cleaning.choice(language, LANGUAGES, field_label("Language"), field="language")
    subject = cleaning.clean(subject, field_label("Subject"), required=True, max_len=300, field="subject")
    body = cleaning.clean(body, field_label("Message"), required=True, multiline=True, max_len=20_000, field="body")
    check(subject, "subject")
    check(body, "body")
    with db.transaction():
        MailTemplate.delete().where((MailTemplate.language == language) & (MailTemplate.name == name)).execute()
        MailTemplate.create(language=language, name=name, subject=subject, body=body)


def reset(name: str, language: str) -> None:
    """Go back to the shipped text."""
    with db.transaction():
        MailTemplate.delete().where((MailTemplate.language == language) & (MailTemplate.name == name)).execute()


def check(text: str, field: str = "body") -> None:
    """Refuse a placeholder the app does not fill, naming it."""
    for found in _FIELD.findall(text):
        if found not in PLACEHOLDERS:
            raise StudioError("The template uses {{{name}}}, which Studio Desk does not fill in; use one of: {known}.",
                              field=field, name=found[:40], known=", ".join("{" + p + "}" for p in PLACEHOLDERS))


def fill(text: str, values: Mapping[str, object]) -> str:
    """``text`` with every known placeholder replaced (an empty string where there is no value)."""
    return _FIELD.sub(lambda m: str(values.get(m.group(1), "") or "") if m.group(1) in PLACEHOLDERS
                      else m.group(0), text)


def render(name: str, language: str, values: Mapping[str, object]) -> tuple[str, str]:
    """(subject, body) of template ``name`` in ``language`` with ``values`` filled in."""
    subject, body = get(name, language)
    subject = _DANGLING.sub("", " ".join(fill(subject, values).split()))
    return subject, _tidy(fill(body, values))


def _tidy(body: str) -> str:
    """No run of blank lines where an empty placeholder stood, and no trailing spaces."""
    lines = [line.rstrip() for line in body.splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return text.strip() + "\n"


def _check_name(name: str) -> None:
    if name not in NAMES:
        raise StudioError("There is no message template “{name}”.", name=str(name)[:40])
