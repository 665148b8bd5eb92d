"""Erasing a member on request (`/forgetme`), as a table: what is deleted outright and what
is kept under a pseudonym because a record must stay whole (the audit log, the points
ledger, orders, counts behind the community's figures). Bans keep the platform account:
they could not be enforced otherwise.

Each account of the member gets its own alias (core/privacy/alias.py), so rows that were
unique per account stay unique. The statements join the event's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, NamedTuple

from ..engine.connections import PREFIX as CONNECTED
from ..moderation import community_scope
from ..refs import Ref
from ..storage.statements import Sql, sql
from .alias import PREFIX
from .rewrite import rewrite, rewritten

# (table, member column): rows deleted
DELETED: tuple[tuple[str, str], ...] = (
    ("members", "key"),
    ("account_links", "account"),
    ("account_links", "member"),
    ("link_codes", "account"),
    ("link_codes", "member"),
    ("link_guesses", "account"),
    ("warnings", "member"),
    ("tier_marks", "member"),
    ("join_challenges", "member"),
    ("forget_requests", "member"),
)
# (table, member column): rows kept, the member replaced by a pseudonym
PSEUDONYMISED: tuple[tuple[str, str], ...] = (
    ("audit_log", "actor"),
    ("audit_log", "target"),
    ("ledger", "member"),
    ("orders", "member"),
    ("coupons", "member"),
    ("redemptions", "member"),
    ("checkins", "member"),
    ("activity_days", "member"),
    ("speaker_days", "member"),
    ("membership_moves", "member"),
    ("campaign_entries", "member"),
    ("honours", "member"),
    ("referrals", "inviter"),
    ("referrals", "invitee"),
    ("paid_memberships", "member"),
    ("membership_periods", "member"),
    ("community_settings", "updated_by"),  # a setting they changed as an admin: the community's
)
# (table, column): texts naming the member among other things, the account replaced by the
# alias. Ledger keys and coupon causes are idempotency keys: left naming the account, they
# would swallow the same cause when the member comes back (a check-in shown but not saved).
REWRITTEN: tuple[tuple[str, str, str], ...] = (
    ("ledger", "key", ""),
    ("ledger", "ref", ""),
    ("coupons", "cause", ""),
    ("audit_log", "detail", ""),  # e.g. a /link entry's other account
    ("campaign_entries", "data", ""),  # e.g. the inviter of another member's referral entry
    # a referral campaign's personal links and codes, each naming whom it credits: a join
    # through one later credits the alias (a giveaway's frozen entrant list stays whole)
    ("campaigns", "state", "kind = 'referral'"),
)
# Delivered actions keep their payload for a while (the outbox's retention): those sent to the
# member's private chat, mentioning them or naming them (a warning's reply in the group) lose
# it. Their result (the message ids a captcha cleanup reads) stays; pending and failed ones
# keep theirs, still to be sent or cancelled.
DELIVERED = "status IN ('sent', 'cancelled')"


class Erased(NamedTuple):
    """The rows of one account in one community (`{column} = member`)."""

    community: str
    member: str


class Pseudonymised(NamedTuple):
    alias: str
    community: str
    member: str


class Mentioned(NamedTuple):
    community: str
    quoted: str  # the account as JSON writes it, quotes included: a whole id, never a prefix


# The captcha's timeouts for them (their payload names the account): the captcha decided
# their pending questions before the erasure (core/joins/erased.py).
CAPTCHA_JOBS_DELETED = sql(
    "DELETE FROM scheduled_jobs WHERE community = ? AND job = 'captcha.timeout'"
    " AND REPLACE(payload, ?, '') <> payload",
    Mentioned,
)


class InChat(NamedTuple):
    community: str
    chat: str


# The member's private chats (a platform's id of the person): no longer where entries were,
# nor where delivered actions went (a private message's chat is the account itself).
PRIVATE_AUDIT_CLEARED = sql(
    "UPDATE audit_log SET chat = '' WHERE community = ? AND chat = ?", InChat
)
PRIVATE_OUTBOX_SCRUBBED = sql(
    f"UPDATE outbox SET payload = '', chat = '' WHERE community = ? AND chat = ? AND {DELIVERED}",
    InChat,
)


class Rekeyed(NamedTuple):
    """A kept row's key with the person's id (`local_id`) replaced by the alias's digits."""

    local_id: str
    token: str
    community: str
    member: str
    pattern: str


# Kept rows are keyed by their cause's event (`{event key}#a{n}`), and a platform's event key
# may carry the person's id (Telegram: a message in their private chat, `m{id}/…`; their
# membership change, `c{chat}/{id}/…`). Left there, the erasure's own entry, filed under the
# alias, would name the account that alias stands for. One replacement for all of them keeps
# the keys unique and the rows of one account together, as their alias does.
AUDIT_REKEYED = sql(
    "UPDATE audit_log SET id = REPLACE(id, ?, ?)"
    " WHERE community = ? AND ? IN (actor, target) AND id LIKE ?",
    Rekeyed,
)
# A lesson's id is its log entry's (a connected admin's /spam sent privately: `m{id}/…`), so
# it is rekeyed alike, before the log, and stays the lesson of that entry.
LESSONS_REKEYED = sql(
    "UPDATE spam_lessons SET id = REPLACE(id, ?, ?) WHERE id IN (SELECT id FROM audit_log"
    " WHERE community = ? AND ? IN (actor, target) AND action = 'learn' AND id LIKE ?)",
    Rekeyed,
)
MOVES_REKEYED = sql(
    "UPDATE membership_moves SET key = REPLACE(key, ?, ?)"
    " WHERE community = ? AND member = ? AND key LIKE ?",
    Rekeyed,
)
MENTIONS_SCRUBBED = sql(
    f"UPDATE outbox SET payload = '' WHERE community = ? AND {DELIVERED}"
    " AND REPLACE(payload, ?, '') <> payload",
    Mentioned,
)
# What the member said, quoted as evidence in the audit log about them, goes; so do the details
# that quote it with their name then (a spam lesson's text, a review's message).
EVIDENCE_CLEARED = sql(
    "UPDATE audit_log SET evidence = '' WHERE community = ? AND target = ?", Erased
)
QUOTES_CLEARED = sql(
    "UPDATE audit_log SET detail = '{}' WHERE community = ? AND target = ?"
    """ AND (detail LIKE '%"text"%' OR detail LIKE '%"name"%')""",
    Erased,
)


class Setting(NamedTuple):
    community: str
    key: str


# Their connection to a group (`/connect`), a setting keyed by the account (engine/connections.py).
CONNECTION_DELETED = sql("DELETE FROM community_settings WHERE community = ? AND key = ?", Setting)


class Lessons(NamedTuple):
    scope: str
    community: str
    member: str


class LessonsBy(NamedTuple):
    alias: str
    scope: str
    member: str


# What admins taught the classifier from the member's messages (a lesson's id is the log entry
# that taught it, whose target is the sender). A /notspam lesson is an ordinary message of
# theirs: it goes, words and all, and so does a lesson undone (it no longer counts). A /spam
# lesson in force keeps its text, or a spammer could unteach the classifier by asking to be
# forgotten; its entry no longer names them. The community's model is rebuilt from the lessons
# left when its state is read afresh after the erasure. Runs before the log is pseudonymised.
LESSONS_DROPPED = sql(
    "DELETE FROM spam_lessons WHERE scope = ? AND (label <> 'spam' OR undone_at IS NOT NULL)"
    " AND id IN (SELECT id FROM audit_log WHERE community = ? AND target = ?"
    " AND action = 'learn')",
    Lessons,
)
# The lessons a forgotten admin taught are kept (the classifier's), under their alias.
LESSONS_BY_THEM = sql("UPDATE spam_lessons SET actor = ? WHERE scope = ? AND actor = ?", LessonsBy)


def erasure(
    community: str, aliases: dict[str, str], private_chats: set[str], names: Iterable[str] = ()
) -> list[tuple[Sql[Any], tuple[Any, ...]]]:
    """The statements that forget a member's every account in `community`, each renamed to
    its alias (`aliases`: account -> alias), their `private_chats` with the bot, and the
    delivered messages that named them (`names`: display name, handle) in a group."""
    statements: list[tuple[Sql[Any], tuple[Any, ...]]] = []
    for name in sorted(filter(None, names)):  # as the outbox's JSON quotes it, whole
        named = Mentioned(community, json.dumps(name, ensure_ascii=False))
        statements.append((MENTIONS_SCRUBBED, named))
    for chat in sorted(private_chats):
        statements.append((PRIVATE_AUDIT_CLEARED, InChat(community, chat)))
    for chat in sorted({*private_chats, *aliases}):
        statements.append((PRIVATE_OUTBOX_SCRUBBED, InChat(community, chat)))
    for account, alias in aliases.items():
        quoted = Mentioned(community, json.dumps(account))
        scope = community_scope(community)
        statements.append((LESSONS_DROPPED, Lessons(scope, community, account)))
        statements.append((LESSONS_BY_THEM, LessonsBy(alias, scope, account)))
        statements.append((CONNECTION_DELETED, Setting(community, f"{CONNECTED}{account}")))
        statements.append((EVIDENCE_CLEARED, Erased(community, account)))
        statements.append((QUOTES_CLEARED, Erased(community, account)))
        statements.append((CAPTCHA_JOBS_DELETED, quoted))
        statements.append((MENTIONS_SCRUBBED, quoted))
        for table, column in DELETED:
            gone = Sql(f"DELETE FROM {table} WHERE community = ? AND {column} = ?", row=Erased)
            statements.append((gone, Erased(community, account)))
        for table, column in PSEUDONYMISED:
            text = f"UPDATE {table} SET {column} = ? WHERE community = ? AND {column} = ?"
            statements.append(
                (Sql(text, row=Pseudonymised), Pseudonymised(alias, community, account))
            )
        for table, column, only in REWRITTEN:
            statements.append((rewrite(table, column, only), rewritten(community, account, alias)))
        local_id = Ref(account).local_id
        rekeyed = Rekeyed(local_id, alias.removeprefix(PREFIX), community, alias, f"%{local_id}%")
        statements.append((LESSONS_REKEYED, rekeyed))
        statements.append((AUDIT_REKEYED, rekeyed))
        statements.append((MOVES_REKEYED, rekeyed))
        # a name ending in their bare id: a paid plan's personal invite link (`paid:{id}`)
        statements.append((MENTIONS_SCRUBBED, Mentioned(community, f':{local_id}"')))
    return statements
