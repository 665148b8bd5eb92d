"""Right-to-left messages: what is interpolated into them is isolated so it cannot scramble.

Unicode's bidi algorithm (UAX #9) orders a line by the direction of its characters. In an Arabic
or Persian sentence, a Latin name next to a number (`Ann (1234)`), a count right after a name, or
the slash of `/join` takes its place from the Arabic around it, and the sentence reads in the
wrong order. Each interpolated value is therefore wrapped in FIRST STRONG ISOLATE … POP
DIRECTIONAL ISOLATE, which lays it out on its own, in its own direction, as one unit of the
sentence; a command written in the translation gets a LEFT-TO-RIGHT MARK, so its slash stays
on its left; and a message that opens with a Latin mention (`Ann, أهلًا بك!…`) starts with a
RIGHT-TO-LEFT MARK, since a line's first strong letter sets its direction. Which locales need
this comes from CLDR's character order (Babel), so a new right-to-left catalog (he, ur…) needs
no code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from string import Formatter

from babel import Locale, UnknownLocaleError

FSI, PDI, LRM, RLM = "\u2068", "\u2069", "\u200e", "\u200f"
# embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): in a member's name they
# would reverse the sentence around it (a name opening with U+202E makes "broke the rules"
# read backwards, and lets a member forge what moderators read), or run on past it when left
# open. Values lose them before they are inserted; the isolates added here come after.
EMBEDDINGS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
# Invisible characters with no job in a name (zero-width space, word joiner, invisible
# operators, byte order mark, soft hyphen, Mongolian vowel separator): `Wendy` with one is
# shown as Wendy, so a member imitating another gains nothing from them in the bot's texts.
EMBEDDINGS.update(dict.fromkeys(map(ord, "\u00ad\u180e\u200b\u2060\u2061\u2062\u2063\u2064\ufeff")))
# The joiners (ZWJ, ZWNJ) stay only where they join: inside an emoji sequence (👨‍💻, ❤️‍🔥) and
# between letters of the scripts whose letters join or conjoin (Persian's ZWNJ, Indic
# half-forms). Elsewhere (`zero\u200dwidth`) they hide in a name as a zero-width space does.
JOINERS = re.compile("[\u200c\u200d]")
# every character `defused` may drop (a search for a name as shown reads the names holding one)
HIDDEN = "".join(map(chr, EMBEDDINGS)) + "\u200c\u200d"
# Arabic, Syriac, Thaana, N'Ko … (U+0600–U+08FF), the Indic scripts to Sinhala (U+0900–U+0DFF),
# Myanmar, Mongolian, Khmer and Arabic's presentation forms
JOINING = re.compile(
    "[\u0600-\u08ff\u0900-\u0dff\u1000-\u109f\u1780-\u18af\ufb50-\ufdff\ufe70-\ufefc"
    # emoji, their variation selector and skin tones (U+1F3FB–F are in the range)
    "\u2190-\u2bff\ufe0f\U0001f000-\U0001faff]"
)


class Isolated(str):
    """A value the code that inserts it has laid out on its own (FSI…PDI around a defused
    name, as a chart label does): `format_value` keeps it as it is."""

    __slots__ = ()


def defused(value: str) -> str:
    """`value` (a member's name, an admin's reason) without bidi embeddings, overrides and
    isolates, so it cannot turn the text around it, nor invisible characters that hide in it."""
    value = value.translate(EMBEDDINGS)
    if "\u200c" not in value and "\u200d" not in value:
        return value
    return JOINERS.sub(lambda found: _joining(value, found.start()), value)


def _joining(value: str, at: int) -> str:
    """The joiner at `at` if it stands between two characters it can join, else nothing."""
    before, after = value[at - 1 : at], value[at + 1 : at + 2]
    joins = bool(before and after and JOINING.match(before) and JOINING.match(after))
    return value[at] if joins else ""


@dataclass(frozen=True, slots=True)
class Marks:
    """What a message in one direction wraps around its values, puts before commands, and
    before a message that opens with something else than its text (a member's mention)."""

    open: str
    close: str
    before_command: str
    paragraph: str


# CLDR character order -> marks; left-to-right text needs none
MARKS: dict[str, Marks] = {"right-to-left": Marks(FSI, PDI, LRM, RLM)}
# written against the value that follows: a note's `#`, a command's `/`, a mention's `@`, a
# gain's `+`; isolated with it, so `#12` does not become `12#`
ATTACHED = "#/@+"
# links are left bare: platforms end a link at different characters, and one that took the
# isolate's mark into the link would break it (they close their sentences, so cannot scramble)
BARE_FIELDS = frozenset({"url", "link"})
# a Latin command in a translation's text, not a URL's path
COMMAND = re.compile(r"(?<![\w/:.])/[A-Za-z][A-Za-z0-9_]*")
# a command's Latin argument (`confirm`, `on|off`, `key=value`); a sentence's full stop after
# it is not one
WORD = r"[A-Za-z0-9_|=:-]+(?:\.[A-Za-z0-9_]+)*"


@cache
def character_order(locale: str) -> str:
    try:
        return str(Locale.parse(locale).character_order)
    except (UnknownLocaleError, ValueError):
        return "left-to-right"


def marks_for(locale: str) -> Marks | None:
    """The marks a message in `locale` needs, or None for a left-to-right locale."""
    return MARKS.get(character_order(locale))


@lru_cache(maxsize=4096)
def isolate(template: str, marks: Marks) -> str:
    """`template` with each `{field}` (and the `#`, `/`, `@` or `+` written against it) between
    the marks, and each command in its text led by the command mark. A template whose braces
    str.format cannot read is returned as written, as render_text shows it."""
    try:
        parts = list(Formatter().parse(template))
    except ValueError:
        return template
    out: list[str] = []
    for literal, field, spec, conversion in parts:
        text = COMMAND.sub(lambda m: marks.before_command + m.group(0), _escaped(literal))
        if field is None:
            out.append(text)
            continue
        braced = (
            "{"
            + field
            + (f"!{conversion}" if conversion else "")
            + (f":{spec}" if spec else "")
            + "}"
        )
        if field in BARE_FIELDS:
            out.append(text + braced)
            continue
        attached = ""
        if text and text[-1] in ATTACHED:
            text, attached = text[:-1], text[-1]
        out.append(text + marks.open + attached + braced + marks.close)
    return _arguments_closed("".join(out), marks)


def _arguments_closed(template: str, marks: Marks) -> str:
    """Each command with arguments (`/join {name}`, `/forgetme confirm`) closed by the command
    mark too, so it reads left to right as one: between the command's Latin letters and the
    sentence's right-to-left ones a value would take the sentence's direction, and `/join
    spring` showed as `spring /join`."""
    if marks.before_command + "/" not in template:
        return template
    phrase = re.compile(
        re.escape(marks.before_command)
        + COMMAND.pattern
        + rf"(?: (?:{WORD}|{re.escape(marks.open)}[^{re.escape(marks.close)}]*"
        + rf"{re.escape(marks.close)}))+"
    )
    return phrase.sub(lambda found: found.group(0) + marks.before_command, template)


def _escaped(literal: str) -> str:
    """Literal text back in format syntax (Formatter.parse has turned `{{` into `{`)."""
    return literal.replace("{", "{{").replace("}", "}}")
