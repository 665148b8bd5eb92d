"""What the detectors read of a message (`Sample`): its cleaned and folded text, links and
media, the sender's standing (messages, arrival, username), the names known in the community
(an @name that is a member's is no handle to advertise), and whether it is a bot command."""

from __future__ import annotations

from loguru import logger

from ..commands import PREFIXES, parse_command
from ..engine import Context
from ..engine.components import Pipeline
from ..events import MessageEdited, MessageEvent, MessageReceived
from ..segments import Link, Mention, plain_text
from .detector import Sample, folded_name
from .evasion import RLO, unreverse
from .normalize import MAX_PART, clean, normalise
from .state import Moderation, ModerationState

COMMAND_REST = 40  # a member command's words run short (`/join spring-draw`, `/code K7X2`)


def bot_command(text: str, pipeline: Pipeline, for_other_bot: bool = False) -> bool:
    """Whether `text` is one of the pipeline's commands with words of a command's length, or
    a whole-message command word (`/checkin`, `/checkin@TheBot`), or a command of that length
    addressed to another bot (`/points@OtherBot`): an ad behind a command word (`/points BUY
    NOW …`) is read as any message is."""
    if text[:1] not in PREFIXES:
        return False
    command = parse_command(text)
    if command is None:
        return False
    short = len(command.rest) <= COMMAND_REST
    if for_other_bot:
        return short
    return (short and pipeline.command_name(command.name) is not None) or pipeline.answers_word(
        text
    )


def read_text(event: MessageEvent) -> str:
    """The text moderation reads, cleaned (see normalize.clean), as a reader sees it: the
    words the message shows besides its text first (`MessageEvent.moderated_text`), then the
    text. `event.text` drops the bidi marks a message opens with (a command copied from Arabic
    carries them); an override among them reverses what follows on screen, so the text is read
    reversed (`\u202eyenom eerf` shows, and is read, as "free money")."""
    raw = plain_text(event.segments)
    shown = unreverse(raw) if RLO in raw[: len(raw) - len(event.text)] else event.text
    return joined(event.attached, shown)


def joined(attached: str, text: str) -> str:
    """The words shown beside the text, then the text, each cut to `MAX_PART` on its own: a
    1,000-character quote before a 4,000-character text hid the ad at the text's end when
    the two were cut together."""
    text = clean(text[:MAX_PART])
    return f"{clean(attached[:MAX_PART])}\n{text}" if attached else text


def sample_of(event: MessageEvent, ctx: Context, text: str) -> Sample:
    """What the detectors read; `text` is `read_text(event)`."""
    read = event.moderated_text
    if len(event.text) > MAX_PART or len(event.attached) > MAX_PART:
        logger.info(
            "{}: {} characters; moderation checks the first {} of its text and of what it shows "
            "beside it", event.key, len(read), MAX_PART,
        )  # fmt: skip
    elif text != read:
        logger.info("{}: characters that cannot be encoded were replaced", event.key)
    member = ctx.peek_member(event.sender)
    messages = None
    joined = None
    arrival_seen = True  # a sender with no record yet: their first message is now
    if member is not None:
        arrival_seen = member.join_seen
        joined = member.joined_at if member.join_seen else None  # else: there before us
        messages = max(0, member.messages - (1 if isinstance(event, MessageReceived) else 0))
    return Sample(
        text=text,
        norm=normalise(text),
        chat=event.chat or "",
        sender=event.sender,
        time=event.time,
        links=tuple(s.url for s in event.segments if isinstance(s, Link)),
        media=event.media,
        album=event.album,
        forwarded=event.forwarded_from_channel,
        forward=event.forwarded,
        buttons=isinstance(event.raw, dict) and bool(event.raw.get("reply_markup")),
        edited=isinstance(event, MessageEdited),
        member_messages=messages,
        member_joined=joined,
        arrival_seen=arrival_seen,
        has_username=event.sender_has_username,
        known_names=known_names(event, ctx),
        command=bot_command(event.text, ctx.community.pipeline, event.for_other_bot),
    )


def known_names(event: MessageEvent, ctx: Context) -> frozenset[str] | set[str]:
    if "@" not in event.text:
        return frozenset()
    state: ModerationState = ctx.slice(Moderation)
    if state.names is None:
        state.names = set()
        for member in ctx.community.members.values():
            state.names.add(folded_name(member.name))
            state.names.add(folded_name(member.key.rpartition(":")[2]))
    for segment in event.segments:
        if isinstance(segment, Mention):
            state.names.add(folded_name(segment.name))
    state.names.add(folded_name(event.sender_name))
    return state.names
