"""The design tokens: spacing, type scale, radii and the colours of each theme. Pure data, no Qt.

ui.theme turns them into the QPalette and the style sheet; painting code reads them through
``ui.theme.current()``, never a hex value of its own.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass, replace
from typing import Callable

GRID = 8


def space(steps: float) -> int:
    """``steps`` grid units in pixels: space(1) == 8, space(0.5) == 4."""
    return int(round(steps * GRID))


TYPE: dict[str, int] = {"caption": 11, "small": 12, "body": 13, "label": 13, "title": 16, "heading": 20,
                        "display": 28}
WEIGHT: dict[str, int] = {"regular": 400, "medium": 500, "semibold": 600, "bold": 700}
RADIUS: dict[str, int] = {"small": 4, "medium": 6, "large": 10, "pill": 999}

DEFAULT_ACCENT = "#2F5D8A"


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    surface: str
    surface_alt: str
    border: str
    border_strong: str
    text: str
    text_muted: str
    accent: str
    on_accent: str
    accent_text: str
    focus: str
    hover: str
    danger: str
    warning: str
    success: str
    info: str


_LIGHT = Theme(**{"name": "light", "window": "#F5F6F8", "surface": "#FFFFFF", "surface_alt": "#EEF0F3",
                  "border": "#DDE1E6", "border_strong": "#858C97", "text": "#1A1D21", "text_muted": "#596170",
                  "accent": DEFAULT_ACCENT, "on_accent": "#FFFFFF", "accent_text": DEFAULT_ACCENT,
                  "focus": DEFAULT_ACCENT, "hover": "#EDF1F6", "danger": "#B42318", "warning": "#A1460A",
                  "success": "#067647", "info": "#175CD3"})
_DARK = Theme(**{"name": "dark", "window": "#18191C", "surface": "#222428", "surface_alt": "#1D1F23",
                 "border": "#33363C", "border_strong": "#767C87", "text": "#E8EAED", "text_muted": "#A4AAB4",
                 "accent": "#5B8FC7", "on_accent": "#FFFFFF", "accent_text": "#8DB7E6", "focus": "#8DB7E6",
                 "hover": "#2B2E33", "danger": "#F97066", "warning": "#FDB022", "success": "#47CD89",
                 "info": "#6CB4FF"})

TONES = ("neutral", "info", "warning", "danger", "success", "muted", "refund")

_TONE_COLOURS: dict[str, dict[str, tuple[str, str]]] = {  # tone: (background, text)
    "light": {"neutral": ("#E9ECF0", "#3A414C"), "info": ("#DDEAFB", "#1849A9"),
              "warning": ("#FDEDC4", "#8A3A0B"), "danger": ("#FDE3E0", "#A8200D"),
              "success": ("#D9F5E3", "#08603C"), "muted": ("#F0F1F3", "#5B626E"),
              "refund": ("#EFE6FD", "#5B34B0")},
    "dark": {"neutral": ("#343841", "#D5D9E0"), "info": ("#14305C", "#A8CCFF"),
             "warning": ("#4A2C08", "#FCC75A"), "danger": ("#561A12", "#FFACA4"),
             "success": ("#0B3A25", "#7DE2AC"), "muted": ("#2A2C31", "#9BA1AB"),
             "refund": ("#33215F", "#D9C2FC")},
}

STATUS_TONES: dict[str, str] = {
    "draft": "neutral", "lead": "neutral", "queued": "neutral",
    "issued": "info", "quoted": "info", "active": "info", "sent": "info",
    "partly paid": "warning", "waiting": "warning",
    "overdue": "danger", "failed": "danger",
    "paid": "success", "accepted": "success", "signed": "success", "delivered": "success",
    "lost": "muted", "declined": "muted", "archived": "muted", "closed": "muted",
    "credit note": "refund", "refund owed": "refund",
}


def tone_colours(theme: Theme, tone: str) -> tuple[str, str]:
    """(background, text) of a status tone in ``theme``; text is at least 4.5:1 on the background."""
    table = _TONE_COLOURS["dark" if theme.name == "dark" else "light"]
    return table.get(tone, table["neutral"])


def status_tone(status: str) -> str:
    return STATUS_TONES.get(status, "neutral")


# -- colour arithmetic (WCAG 2) -------------------------------------------------------------------------------

def _rgb(colour: str) -> tuple[float, float, float]:
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    return tuple(int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02X}" for c in rgb)


def luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """The WCAG 2 contrast ratio of two colours, 1.0 to 21.0."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(a: str, b: str, amount: float) -> str:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return _hex(tuple(x + (y - x) * amount for x, y in zip(_rgb(a), _rgb(b))))  # type: ignore[arg-type]


def _shift(colour: str, ok: Callable[[str], bool], lighter: bool) -> str:
    """``colour`` made lighter (or darker) in small steps of HLS lightness until ``ok`` holds."""
    h, lightness, s = colorsys.rgb_to_hls(*_rgb(colour))
    candidate = colour
    for _ in range(60):
        if ok(candidate):
            return candidate
        lightness = min(1.0, lightness + 0.02) if lighter else max(0.0, lightness - 0.02)
        candidate = _hex(colorsys.hls_to_rgb(h, lightness, s))
    return candidate


def _valid_hex(colour: str | None) -> bool:
    value = (colour or "").strip().lstrip("#")
    return len(value) in (3, 6) and all(c in "0123456789abcdefABCDEF" for c in value)


def _accent_colours(base: Theme, accent: str) -> dict[str, str]:
    """The accent as a filled background (selection, primary button), as text and as the focus ring, each
    moved in lightness until it holds its contrast in ``base``."""
    dark = base.name == "dark"
    if dark:  # bright enough to read against the dark surface, with white or near-black text on it
        fill = _shift(accent, lambda c: contrast(c, base.surface) >= 3.0, lighter=True)
        on_accent = max(("#FFFFFF", "#111317"), key=lambda t: contrast(t, fill))
        if contrast(on_accent, fill) < 4.5:  # a mid-tone: move the fill away from its text
            fill = _shift(fill, lambda c: contrast(on_accent, c) >= 4.5, lighter=on_accent != "#FFFFFF")
    else:  # white text on it, as the light theme's selection and primary buttons have
        on_accent = "#FFFFFF"
        fill = _shift(accent, lambda c: contrast(on_accent, c) >= 4.5, lighter=False)
    text = _shift(accent, lambda c: min(contrast(c, base.surface), contrast(c, base.window),
                                        contrast(c, base.surface_alt)) >= 4.5, lighter=dark)
    return {"accent": fill, "on_accent": on_accent, "accent_text": text, "focus": text}


def theme_tokens(name: str, accent: str | None = None) -> Theme:
    """The colours of ``name`` ("light" or "dark") with the studio's ``accent`` as the accent."""
    base = _DARK if name == "dark" else _LIGHT
    colour = "#" + accent.strip().lstrip("#") if _valid_hex(accent) else DEFAULT_ACCENT
    return replace(base, **_accent_colours(base, colour))
