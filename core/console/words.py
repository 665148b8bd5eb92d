"""The stored words operators would otherwise read raw (an audit entry's action, an outbox
action's kind, a campaign entry's status), each said in the reader's language. One table,
by what the word names; a word the table does not hold (an extension's) is shown as stored."""

from __future__ import annotations

from collections.abc import Mapping

from ..segments import I18nText, T

WORDS: Mapping[str, Mapping[str, I18nText]] = {
    "action": {  # audit_log.action: moderation steps, commands, the console's requests
        "warn": T("warning"),
        "warn_private": T("private warning"),
        "remind": T("reminder"),
        "log": T("logged"),
        "mute": T("mute"),
        "unmute": T("unmute"),
        "kick": T("removal"),
        "ban": T("ban"),
        "unban": T("unban"),
        "fban": T("federation ban"),
        "delete": T("message deleted"),
        "del": T("message deleted"),
        "purge": T("messages purged"),
        "review": T("spam review"),
        "reviewed": T("spam reviewed"),
        "learn": T("classifier lesson"),
        "resetwarns": T("warnings reset"),
        "unwarn": T("warning cleared"),
        "undo": T("undo"),
        "give": T("points given"),
        "take": T("points taken"),
        "campaign.new": T("campaign started"),
        "lottery.reroll": T("draw rerolled"),
        "referral.rejected": T("referral rejected"),
        "coupon.issued": T("coupon issued"),
        "coupon.redeemed": T("coupon redeemed"),
        "captcha": T("captcha"),
        "captcha.asked": T("captcha asked"),
        "antiraid.on": T("raid protection on"),
        "antiraid.off": T("raid protection off"),
        "antiraid.held": T("join held back"),
        "promote": T("promotion"),
        "demote": T("demotion"),
        "pin": T("pin"),
        "unpin": T("unpin"),
        "link": T("accounts linked"),
        "unlink": T("accounts unlinked"),
        "setwelcome": T("welcome changed"),
        "setrules": T("rules changed"),
        "setlang": T("language changed"),
        "privacy.export": T("data exported"),
        "privacy.erase": T("data erased"),
    },
    "outbox": {  # outbox.kind: the platform actions (core/actions.py)
        "send": T("message"),
        "reply": T("reply"),
        "send_private": T("private message"),
        "send_image": T("image"),
        "send_file": T("file"),
        "delete": T("message deleted"),
        "pin": T("pin"),
        "unpin": T("unpin"),
        "unpin_all": T("unpin all"),
        "mute": T("mute"),
        "unmute": T("unmute"),
        "kick": T("removal"),
        "ban": T("ban"),
        "unban": T("unban"),
        "approve_join": T("join approved"),
        "decline_join": T("join declined"),
        "admin_title": T("admin title"),
        "topic": T("topic"),
        "invite_link": T("invite link"),
        "invoice": T("invoice"),
        "checkout": T("checkout"),
        "refund": T("refund"),
    },
    "entry": {  # campaign_entries.status, every kind's
        "entered": T("entered"),
        "forfeited": T("forfeited"),
        "pending": T("pending"),
        "confirmed": T("confirmed"),
        "revoked": T("revoked"),
        "rejected": T("rejected"),
        "active": T("taking part"),
        "completed": T("completed"),
        "joined": T("joined the buy"),
    },
}


def word_of(table: str, stored: str) -> I18nText | str:
    """The catalog text for a stored word, or the word itself when the table lacks it."""
    return WORDS.get(table, {}).get(stored, stored)
