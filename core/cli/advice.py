"""What `groupops check` warns about: settings that are valid but do nothing — a ruleset no
community uses, calendar posts whose component is not in the pipeline, exemptions naming tiers
nothing assigns, a chat's language for a chat the community lacks, a language no catalog
serves, a captcha the platforms cannot ask as configured, a paid plan's reminder longer than
its period, a text per language lacking one a group speaks — and secrets written in
settings.toml itself. Paths are given as written in the file (`default.rulesets.NAME…`)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import SettingsProblem
from ..points.tiers_config import ACTIVITY_TIERS, CONSUMPTION_TIERS
from ..redaction import url_credentials
from ..settings.loader import is_secret_key, parse_toml
from ..settings.schema import Settings
from .captcha_advice import captcha_advice
from .locale_advice import locale_advice
from .paid_advice import paid_advice
from .review_advice import review_advice
from .text_advice import text_advice

URL_KEYS = ("url", "redis_url")  # database.url, cluster.redis_url: may hold a password
KNOWN_TIERS = (*ACTIVITY_TIERS, *CONSUMPTION_TIERS)  # what the tiers component assigns
EXEMPTIONS = ("captcha", "lurkers", "moderation")  # sections with exempt_tiers


def advice(settings: Settings, env: str = "default") -> list[SettingsProblem]:
    found: list[SettingsProblem] = [
        *_unused_rulesets(settings, env),
        *_stray_locales(settings, env),
        *locale_advice(settings, env),
        *_chat_shapes(settings, env),
        *_shared_admin_chats(settings, env),
        *_ended_campaigns(settings, env),
        *captcha_advice(settings, env),
        *paid_advice(settings, env),
        *review_advice(settings, env),
        *text_advice(settings, env),
    ]
    for name, ruleset in settings.rulesets.items():
        where = f"{env}.rulesets.{name}"
        posts = len(ruleset.calendar.posts)
        if posts and ruleset.pipeline is not None and "calendar" not in ruleset.pipeline:
            found.append(
                SettingsProblem(
                    f"{where}.calendar.posts",
                    f"{posts} post(s) are never sent: 'calendar' is not in {where}.pipeline",
                )
            )
        chosen = ruleset.pipeline
        if chosen is not None and "moderation" in chosen and "arrival_bans" not in chosen:
            found.append(
                SettingsProblem(
                    f"{where}.pipeline",
                    "'moderation' without 'arrival_bans': members on the shared ban list or "
                    "CAS are not banned when they join (add 'arrival_bans' before 'captcha')",
                )
            )
        for section in EXEMPTIONS:
            unknown = [t for t in getattr(ruleset, section).exempt_tiers if t not in KNOWN_TIERS]
            if unknown:
                found.append(
                    SettingsProblem(
                        f"{where}.{section}.exempt_tiers",
                        f"{', '.join(map(repr, unknown))}: no tier of that name is ever "
                        f"assigned (tiers: {', '.join(KNOWN_TIERS)}); give such members a role "
                        "in the community instead",
                    )
                )
    return found


def _ended_campaigns(settings: Settings, env: str) -> list[SettingsProblem]:
    """A campaign whose end has passed: `run` leaves it unstarted (it would only announce a
    closed offer), so it is a leftover."""
    now = datetime.now(UTC)
    found = []
    for name, ruleset in settings.rulesets.items():
        for campaign, spec in ruleset.campaigns.root.items():
            ended = spec.ended(now, ruleset.clock)
            if ended is not None:
                when = ruleset.clock.local(ended).strftime("%Y-%m-%d %H:%M")
                found.append(
                    SettingsProblem(
                        f"{env}.rulesets.{name}.campaigns.{campaign}.ends",
                        f"{when} has passed: the campaign is never started (move its end, or "
                        "remove it)",
                    )
                )
    return found


def _unused_rulesets(settings: Settings, env: str) -> list[SettingsProblem]:
    """A ruleset no community names (a docs snippet pasted under another ruleset's name)."""
    if not settings.communities:
        return []
    used = {community.ruleset for community in settings.communities.values()}
    return [
        SettingsProblem(
            f"{env}.rulesets.{name}",
            "no community uses this ruleset, so its settings do nothing (a community names "
            f"it with ruleset = {name!r}; in use: {', '.join(sorted(used))})",
        )
        for name in settings.rulesets
        if name not in used
    ]


def _shared_admin_chats(settings: Settings, env: str) -> list[SettingsProblem]:
    """An admin chat two communities name: commands and review buttons there act for one of
    them only (a chat belongs to one community), so the other's reviews cannot be answered.
    An admin chat members are in: what is meant for the admins reaches them."""
    owners: dict[str, list[str]] = {}
    for name, community in settings.communities.items():
        if community.admin_chat is not None:
            owners.setdefault(str(community.admin_chat), []).append(name)
    return [
        SettingsProblem(
            f"{env}.communities.{names[0]}.admin_chat",
            f"{chat!r} is the admin chat of {', '.join(names)}: commands and review buttons "
            f"there act for {names[-1]} only; give each community its own admin chat",
        )
        for chat, names in owners.items()
        if len(names) > 1
    ] + [
        SettingsProblem(
            f"{env}.communities.{name}.admin_chat",
            f"{str(community.admin_chat)!r} is one of {owner}'s chats: spam reviews (with the "
            "spam's text), reports and alerts would be posted where members read them; name a "
            "chat of the admins alone",
        )
        for name, community in settings.communities.items()
        for owner, other in settings.communities.items()
        if community.admin_chat is not None and community.admin_chat in other.chats
    ]


def _stray_locales(settings: Settings, env: str) -> list[SettingsProblem]:
    """A chat_locales entry for a chat the community does not list (a typo in the id)."""
    return [
        SettingsProblem(
            f"{env}.communities.{name}.chat_locales",
            f"{str(chat)!r} is not one of the community's chats, so its language is never used",
        )
        for name, community in settings.communities.items()
        for chat in community.chat_locales
        if chat not in community.chats
    ]


# platform -> (what its group chats' ids look like, what to say of one that does not)
CHAT_SHAPES = {
    "telegram": (
        re.compile(r"-\d+"),
        "a Telegram group's id is a negative number (-100… for a supergroup); `groupops init` "
        "lists the chats the bot is in",
    ),
    "wechat": (
        re.compile(r".+@chatroom"),
        "a WeChat group's id ends with @chatroom (wxid_… is a person's)",
    ),
    "matrix": (
        re.compile(r"!.+"),
        "a Matrix room is named by its id (!…, in the room's settings); an alias (#…) is not",
    ),
}


def _chat_shapes(settings: Settings, env: str) -> list[SettingsProblem]:
    """A chat id that cannot be a group on its platform: its messages would never match."""
    found = []
    for name, community in settings.communities.items():
        if not community.chats:  # e.g. a docs snippet pasted without its chats line
            found.append(
                SettingsProblem(
                    f"{env}.communities.{name}.chats",
                    "is empty: this community serves no chat (`groupops init`, run in an "
                    "empty folder, lists the chats the bot sees)",
                )
            )
        for index, chat in enumerate(community.chats):
            shape = CHAT_SHAPES.get(chat.platform)
            if shape is not None and not shape[0].fullmatch(chat.local_id):
                found.append(
                    SettingsProblem(
                        f"{env}.communities.{name}.chats[{index}]", f"{str(chat)!r}: {shape[1]}"
                    )
                )
    return found


def _secret_paths(table: Any, where: str) -> list[str]:
    if not isinstance(table, dict):
        return []
    found = []
    for key, value in table.items():
        if is_secret_key(key) and isinstance(value, str) and value:
            found.append(f"{where}.{key}")
        elif str(key).lower() in URL_KEYS and isinstance(value, str) and url_credentials(value):
            found.append(f"{where}.{key}")  # a password inside a database or Redis URL
        else:
            found += _secret_paths(value, f"{where}.{key}" if where else str(key))
    return found


def secrets_in_file(path: Path | None) -> list[SettingsProblem]:
    """Secrets written in the settings file, which is meant to be shared and committed; they
    work there, so this warns rather than refuses (the value is never echoed)."""
    if path is None or not path.is_file():
        return []
    return [
        SettingsProblem(
            where,
            f"a secret in {path.name}; move it to .secrets.toml beside it (git-ignored) or to "
            "a GROUPOPS_* environment variable",
        )
        for where in _secret_paths(parse_toml(path), "")
    ]
