"""What to do when a platform lacks a capability: the core decides, per ruleset.

`FALLBACKS[kind][choice]` builds the replacement action (or None to drop the step). The
ruleset's `fallbacks` table picks the choice; `settings.ruleset.FALLBACK_CHOICES` lists them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..actions import Action, Ban, Kick, MemberAction, Mute, Reply, SendMessage, SendPrivate
from ..refs import Ref
from ..segments import Mention, T, Text

Builder = Callable[[Action, Ref | None], Action | None]


@dataclass(frozen=True, slots=True)
class Degradation:
    original: Action
    choice: str
    replacement: Action | None

    def describe(self) -> str:
        """What the audit entry's `detail.fallback` keeps (`did_nothing` reads it back)."""
        instead = self.replacement.kind if self.replacement else NOTHING
        return (
            f"{self.original.kind} is not available on {self.original.chat.platform}; "
            f"did {instead} instead (fallback {self.choice!r})"
        )


NOTHING = "nothing"


def did_nothing(described: str) -> bool:
    """Whether a kept `describe()` says nothing stood in for the action."""
    return f"did {NOTHING} instead" in described


def _warn(action: Action, _event_chat: Ref | None) -> Action | None:
    assert isinstance(action, MemberAction)
    notice = T(
        "{member}, this is a warning from the moderators: please follow the group rules.",
        member=Mention(action.user),
    )
    return SendMessage(
        chat=action.chat,
        segments=(notice,),
        priority=action.priority,
        tag=action.tag,
    )


def _kick(action: Action, _event_chat: Ref | None) -> Action | None:
    assert isinstance(action, MemberAction)
    return Kick(chat=action.chat, user=action.user, priority=action.priority, tag=action.tag)


def _mention_in_group(action: Action, event_chat: Ref | None) -> Action | None:
    assert isinstance(action, SendPrivate)
    if event_chat is None or event_chat.kind != "chat":
        return None
    return SendMessage(
        chat=event_chat,
        # the name set apart from the private words that follow it ("Ann: A warning from…")
        segments=(
            T("{member}:", member=Mention(action.chat, action.name)),
            Text(" "),
            *action.segments,
        ),
        thread_id=action.fallback_thread if event_chat == action.fallback_chat else None,
        priority=action.priority,
        tag=action.tag,
    )


def member_group(user: Ref, last_seen: Ref | None, chats: Sequence[Ref]) -> Ref | None:
    """The group a private message to `user` is about where no event's group is (a job's):
    the community's group they were last seen in, else its first chat on their platform."""
    ours = [chat for chat in chats if chat.platform == user.platform]
    return last_seen if last_seen in ours else next(iter(ours), None)


def _reply_as_send(action: Action, _event_chat: Ref | None) -> Action | None:
    assert isinstance(action, Reply)
    return SendMessage(
        chat=action.chat,
        segments=action.segments,
        thread_id=action.thread_id,
        buttons=action.buttons,
        priority=action.priority,
        tag=action.tag,
    )


def _skip(_action: Action, _event_chat: Ref | None) -> None:
    return None


FALLBACKS: dict[str, dict[str, Builder]] = {
    Mute.kind: {"warn": _warn, "kick": _kick, "skip": _skip},
    Ban.kind: {"kick": _kick, "warn": _warn, "skip": _skip},
    SendPrivate.kind: {"mention": _mention_in_group, "skip": _skip},
    Reply.kind: {"send": _reply_as_send},
}


def degrade(action: Action, choice: str, event_chat: Ref | None) -> Degradation:
    builders = FALLBACKS.get(action.kind, {})
    builder = builders.get(choice) or next(iter(builders.values()), _skip)
    return Degradation(action, choice, builder(action, event_chat))
