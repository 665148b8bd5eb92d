"""Parsing chat commands: `/warn@MyBot 2h spam` -> Command("warn", ["2h", "spam"])."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .events import BIDI_MARKS, MessageEvent

PREFIXES = ("/", "!", "／")  # "／": the slash of a Chinese or Japanese keyboard's full width
ASCII_PREFIX = {"／": "/"}
UNMARKED = str.maketrans("", "", BIDI_MARKS)  # a copied command's arguments carry them too


@dataclass(frozen=True, slots=True)
class Command:
    name: str  # lower-case, without prefix or @bot suffix
    args: tuple[str, ...]
    rest: str  # everything after the command word, as typed

    def arg(self, index: int, default: str = "") -> str:
        return self.args[index] if index < len(self.args) else default


@lru_cache(maxsize=1024)  # a chat repeats its commands; every command component asks
def parse_command(text: str) -> Command | None:
    stripped = text.translate(UNMARKED).strip()
    if len(stripped) < 2 or stripped[0] not in PREFIXES:
        return None
    head, _, rest = stripped[1:].partition(" ")
    name = head.partition("@")[0].lower()
    if not name or not name.replace("_", "").isalnum():
        return None
    rest = rest.strip()
    return Command(name, tuple(rest.split()), rest)


def command_of(event: MessageEvent) -> Command | None:
    """The bot's command a message carries; none where it is addressed to another bot, nor
    in the group's linked channel's post the platform copies in (Telegram's automatic
    forward): that is the channel's text, nobody asking the bot anything."""
    if event.for_other_bot or event.automatic_forward:
        return None
    return parse_command(event.text)


def is_command_text(text: str) -> bool:
    """A message led by a command prefix (`/join draw1`, `!give`, any bot's): a command, not
    taking part in the conversation (the activity rate's speakers, an invitee's must_speak)."""
    return text.translate(UNMARKED).lstrip()[:1] in PREFIXES


# Said after a word as after a sentence (签到！, Eingecheckt!): the word all the same
TRAILING = "!.！。~～ "  # not "?": "签到？" asks


def matches_word(text: str, words: tuple[str, ...]) -> bool:
    """True when `text` is one of `words` (commands compared without their @bot suffix, a
    word with the punctuation a sentence ends with)."""
    stripped = text.strip()
    if not stripped:
        return False
    # only a command is parsed: every chat line meets this, and the parse cache is for commands
    command = parse_command(stripped) if stripped[0] in PREFIXES else None
    prefix = ASCII_PREFIX.get(stripped[0], stripped[0])
    candidate = f"{prefix}{command.name}" if command and not command.args else stripped.lower()
    if candidate in words or stripped in words or candidate.rstrip(TRAILING) in words:
        return True
    if command is None or command.args:
        return False
    # a word typed as a command (/签到, ／签到): the word itself; a command word with any
    # prefix commands take (`!checkin` for `/checkin`: IRC clients keep a leading `/`)
    return command.name in words or any(lead + command.name in words for lead in PREFIXES)
