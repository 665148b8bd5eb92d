"""Which language a message goes out in: the chat's, or a member's own for what is said to
them privately. Mixed into `Context`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..actions import Action
from ..events import Event, MessageEvent, PaymentEvent
from ..i18n import choose
from ..refs import Ref
from .state import CommunityState, MemberState

if TYPE_CHECKING:
    from .engine import Engine


class Languages:
    """The language choices of `Context` (mixed into it)."""

    __slots__ = ()
    _engine: Engine
    event: Event
    community: CommunityState

    if TYPE_CHECKING:  # Context's own reading methods

        @property
        def ruleset(self) -> Any: ...

        def peek_member(self, account: str) -> MemberState | None: ...

    def chat_locale(self, chat: Ref | None = None) -> str:
        chat = chat or self.event.chat
        settings = self.community.settings
        hint = getattr(self.event, "language", None)
        return choose(
            (
                settings.chat_locales.get(chat) if chat else None,
                self.community.locale,
                settings.locale,
                self.ruleset.locale,
                hint,
            ),
            self._engine.default_locale,
        )

    def member_locale(
        self, member: MemberState | None, hint: str | None = None, *, here: bool = True
    ) -> str:
        """A member's language, privately: their own choice, else the language of their group
        (the one the event happened in, else the one they were last seen in; `chat_locales`:
        one community's Russian group and Chinese room, else the community's), else, for one
        seen in no group yet, the platform's hint before the community's language. `hint`:
        the event's own (a payment's payer, perhaps never seen before). `here`: False where the
        member is not the one acting in the event's chat (an admin's command names them)."""
        settings = self.community.settings
        chat = self.event.chat
        own = member.locale if member is not None else None
        hint = hint or (member.hint if member is not None else None)
        group = chat if here and chat is not None and chat in settings.chats else None
        group = group or (member.group if member is not None else None)
        if group is None:
            return choose(
                (own, hint, self.community.locale, settings.locale, self.ruleset.locale),
                self._engine.default_locale,
            )
        return choose(
            (
                own,
                settings.chat_locales.get(group),
                self.community.locale,
                settings.locale,
                self.ruleset.locale,
                hint,
            ),
            self._engine.default_locale,
        )

    def private_locale(self, user: Ref) -> str:
        """The language of a private message to `user`: a payer's by the payment's hint too.
        The event's chat is their group only where they acted there (wrote, paid): not where
        an admin's command there named them, nor a paid chat they asked to join, whose hint
        (Telegram's language_code) is theirs though they never wrote."""
        event = self.event
        if isinstance(event, PaymentEvent) and user == event.member:
            return self.member_locale(self.peek_member(user), event.language)
        if isinstance(event, MessageEvent) and user == event.sender:
            return self.member_locale(self.peek_member(user), event.language)
        own = getattr(event, "member", None) == user  # a join request's, perhaps never seen
        hint = getattr(event, "language", None) if own else None
        return self.member_locale(self.peek_member(user), hint, here=False)

    def _locale_for(self, action: Action) -> str:
        event = self.event
        if isinstance(event, PaymentEvent) and action.chat in (event.chat, event.member):
            # a payment's answers (the checkout's, the thanks), in the payer's language
            return self.private_locale(event.member)
        if action.chat.kind == "user" and self.peek_member(action.chat) is not None:
            # theirs, whoever they are: the event's chat is their group only if they acted
            return self.private_locale(action.chat)
        if isinstance(event, MessageEvent) and action.chat in (
            event.answer_in,  # a connected member's private command, answered there
            event.chat if event.private else None,
        ):
            member = self.peek_member(event.sender)  # an answer in a private chat: theirs
            if member is not None:
                return self.member_locale(member)
        return self.chat_locale(action.chat)
