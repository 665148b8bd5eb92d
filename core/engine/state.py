"""In-memory community state: members and component slices, loaded lazily per community."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..refs import Ref
from ..roles import Role
from ..segments import I18nText
from ..storage.models import Member
from .community_locale import load_locale
from .grants import load_grants
from .tables import MEMBER_COLUMNS

if TYPE_CHECKING:
    from ..days import CommunityClock
    from ..settings.ruleset import RulesetBase
    from ..settings.schema import CommunitySettings
    from ..storage.database import Database
    from .components import Pipeline
    from .slices import Slice


# member statuses of those no longer in the community: they may not enter a campaign, be drawn,
# buy, be rewarded or be listed on a leaderboard
GONE = ("banned", "left")
# the status of one whose ban an admin lifted: out of the chat until they come back (not
# counted as present), but not gone: their entries, points and places stand
UNBANNED = "unbanned"
# the status of a linked account's own record: it counts for another member (whose record holds
# the balance, warnings and status) and keeps only what is the account's, its name on its
# platform; no count, list or sweep takes it for a member
LINKED = "linked"


@dataclass(slots=True)
class MemberState:
    key: str  # the member's first account reference
    name: str = ""
    locale: str | None = None  # the member's own choice
    status: str = "member"  # member, left, banned, unbanned (see UNBANNED)
    joined_at: datetime | None = None
    left_at: datetime | None = None
    last_message_at: datetime | None = None  # last message in a group: silence is measured from it
    last_active_at: datetime | None = None  # last sign of life: message, reaction or button
    messages: int = 0
    balance: int = 0
    tier: str = ""  # activity tier ("core", "active", "normal", "lurker"); "" until computed
    consumption: str = ""  # consumption band from orders; "" until computed
    handle: str = ""  # the public handle the member was last seen with (Telegram's @name)
    # joined_at is a join the platform reported; False: first seen by a message (a member who
    # was there before the bot, or joined unseen), so not a newcomer by time
    join_seen: bool = False
    hint: str | None = None  # the platform's language hint (Telegram's language_code)
    # the community's group the member was last seen in (a message, or a join where the
    # platform gives no language hint): what is said to them privately is in that group's
    # language, after a restart too (members.last_group)
    group: Ref | None = None

    def seen_in_group(self) -> bool:
        """Seen in one of the community's groups (a join or a message) and not gone since: a
        private chat alone proves nothing (anyone can write to the bot, a banned account too)."""
        return self.status == "member" and self.joined_at is not None

    def row(self, community: str) -> tuple[Any, ...]:
        return (
            community,
            self.key,
            self.name,
            self.locale,
            self.status,
            self.joined_at,
            self.left_at,
            self.last_message_at,
            self.last_active_at,
            self.messages,
            0,  # a new row starts empty; ledger entries move it (see points.ledger.BALANCE_MOVE)
            self.tier,
            self.consumption,
            self.handle,
            self.join_seen,
            self.hint,
            self.group,
        )


@dataclass(slots=True)
class CommunityState:
    name: str
    settings: CommunitySettings
    ruleset: RulesetBase
    pipeline: Pipeline
    clock: CommunityClock
    members: dict[str, MemberState] = field(default_factory=dict)
    accounts: dict[str, str] = field(default_factory=dict)  # linked account -> member key
    slices: dict[type[Slice], Any] = field(default_factory=dict)
    granted: dict[str, Role] = field(default_factory=dict)  # roles given by /promote
    locale: str | None = None  # the language set by `/setlang community`

    @property
    def title(self) -> str | I18nText:
        """What texts say as `{community}`: with a title per language, the one of the
        language each text is rendered in."""
        return self.settings.title_said(self.name, self.language)

    @property
    def plain_title(self) -> str:
        """The title in the community's language, for what is no text of a reader's."""
        return self.settings.title_in(None, self.language) or self.name

    @property
    def language(self) -> str | None:
        """The community's language: set by `/setlang community`, else the settings'."""
        return self.locale or self.settings.locale or self.ruleset.locale

    def chat_title(self, chat: Ref | str) -> str:
        """What the operators call `chat` in the admin chat: the community's title where
        settings give one (chat titles are not kept), with the id when the community has
        several chats; else the chat's id."""
        if not self.settings.title:
            return str(chat)
        title = self.plain_title
        return f"{title} ({chat})" if len(self.settings.chats) > 1 else title

    def __post_init__(self) -> None:
        for group in self.settings.linked_accounts:  # linked accounts share the first's record
            self.accounts.update({account: group[0] for account in group[1:]})

    def member_key(self, account: str) -> str:
        return self.accounts.get(account, account)

    def account_name(self, account: str, platform: str | None = None) -> str:
        """The name `account`'s member goes by where a text goes to `platform`: the name of
        their account on that platform, else that of `account`, else the member's ("" if none
        is known). Each account's name is kept on its own record, the key account's on the
        member's: a member writing on WeChat is not named in Chinese in the Russian group."""
        key = self.member_key(account)
        mine = [key, *(a for a, k in self.accounts.items() if k == key and a != key)]
        there = [a for a in mine if platform is not None and a.partition(":")[0] == platform]
        for holder in (*there, account, key):
            record = self.members.get(holder)
            if record is not None and record.name:
                return record.name
        return ""


class StateStore:
    """Loads community state on first use and forgets it when told (after a failed commit)."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._states: dict[str, CommunityState] = {}
        self._stale: set[str] = set()
        # Awaited with each freshly loaded state (a cluster gives back its saved windows).
        self.on_load: list[Callable[[CommunityState], Awaitable[None]]] = []

    def get(self, name: str) -> CommunityState | None:
        return self._states.get(name)

    def loaded(self) -> list[CommunityState]:
        return list(self._states.values())

    def invalidate(self, name: str) -> None:
        self._states.pop(name, None)

    def invalidate_later(self, name: str) -> None:
        """Drop `name`'s state before the next batch is built, once the batch being committed
        has landed (a partition changing hands: dropping it mid-batch would lose changes)."""
        self._stale.add(name)

    def take_stale(self) -> set[str]:
        stale, self._stale = self._stale, set()
        return stale

    async def load(self, blank: CommunityState) -> CommunityState:
        rows = await Member.filter(community=blank.name).values_list(*MEMBER_COLUMNS[1:])
        for row in rows:
            member = MemberState(*row)
            if member.group is not None:  # stored as its text
                member.group = Ref(member.group)
            blank.members[member.key] = member
        blank.granted = await load_grants(blank.name)
        blank.locale = await load_locale(blank.name)
        for slice_type in blank.pipeline.slices():
            blank.slices[slice_type] = await slice_type.load(blank.name, self.database)
        for hook in self.on_load:
            await hook(blank)
        self._states[blank.name] = blank
        return blank
