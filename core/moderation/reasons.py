"""What members and admins are told each rule is about, translated."""

from __future__ import annotations

from ..segments import I18nText, T

REASONS: dict[str, I18nText] = {
    "blocklist": T("a blocked word"),
    "regex": T("a forbidden pattern"),
    "invites": T("invitations to other groups"),
    "contacts": T("contact details or ads"),
    "links": T("links to sites not allowed here"),
    "tags": T("a post of this kind needs its tag, such as [招聘] or [hiring]"),
    "newcomers": T("links or contacts from a new member"),
    "forwards": T("posts forwarded from channels"),
    "locks": T("a message type locked in this group"),
    "duplicates": T("the same message from several accounts"),
    "flood": T("flooding the chat"),
    "classifier": T("spam"),
    "cas": T("an account on the global spam ban list"),
    "waves": T("a copy of a spam message"),
    "manual": T("a moderator's decision"),
}


def reason_of(rule: str, note: str = "") -> I18nText:
    if note:
        return I18nText(note, {"_variants": {}})
    return REASONS.get(rule, REASONS["manual"])
