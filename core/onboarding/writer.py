"""Writing what `groupops init` gathered: settings.toml (commented, passes `groupops check`)
and .secrets.toml (mode 0600). TOML strings are written as JSON strings, which TOML reads."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .language import spam_samples_note
from .plan import Plan

SECRETS_MODE = 0o600
HEADER = """\
# groupops settings, written by `groupops init`. `groupops check` validates this file and
# `groupops doctor` tells what the bot can do in each chat. Every section is in the annotated
# example that `groupops init --example --settings example.toml` writes, with its comments.
# Secrets (bot tokens, bridge tokens) are in .secrets.toml beside this file, never here.
"""

# A new community starts with the learning spam defence on: the shipped samples' classifier
# and near copies of judged spam (both off in a bare ruleset, which keeps older files as they were).
# Its review band stays off unless init was given the admins' own chat: with nowhere to send
# reviews to, `groupops check` would warn about them from the first run.
SPAM_DEFENCE = """\
# Spam: a classifier trained on the shipped samples (English, Chinese, Russian) and on what
# admins teach with /spam and /notspam; a near copy of judged spam is spam in any community.
{language_note}\
{review_note}\
[default.rulesets.{ruleset}.moderation]
classifier = {{ enabled = true{review} }}
waves = {{ enabled = true }}
"""
NO_REVIEWS = """\
# review = 0: no borderline messages for admins to judge; set the community's admin_chat
# and remove it (the default, 0.8, sends likely spam to the admins for review).
"""
REVIEWS = """\
# Likely spam (from 0.8, below the 0.9 that acts) goes to the admin chat for review.
"""

# Members spend points in the shop: init offers nothing in the operator's name (without a
# shop section, a ruleset offers the built-in catalogue: the playbook's).
SHOP = """\
# The points shop (/shop, /redeem): empty until you list what you offer, as the annotated
# example does (a product trial, a consultation, a meetup invitation…).
[default.rulesets.{ruleset}.shop]
items = []
"""


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def _table(name: str, values: dict[str, Any]) -> str:
    lines = [f"[{name}]"] + [f"{key} = {_value(value)}" for key, value in values.items()]
    return "\n".join(lines) + "\n"


# the database URL, when it holds a password, goes where the other secrets are
DATABASE_IN_SECRETS = """\
# The database URL holds a password: it is in .secrets.toml ([default.database] url).
"""


def _database_secret(plan: Plan) -> bool:
    try:
        return bool(urlsplit(plan.database_url).password)
    except ValueError:  # a URL the settings check refuses anyway, naming why
        return False


def settings_text(plan: Plan) -> str:
    database = (
        DATABASE_IN_SECRETS
        if _database_secret(plan)
        else _table("default.database", {"url": plan.database_url})
    )
    parts = [HEADER, database]
    for platform, options in plan.platforms.items():
        parts.append(_table(f"default.platforms.{platform}", options))
    ruleset = {"locale": plan.locale, "timezone": plan.timezone, "day_starts_at": "04:00"}
    parts.append(
        "# A ruleset: moderation, welcome, points, campaigns… Every built-in component runs\n"
        "# with its defaults; add sections as in the annotated example that\n"
        "# `groupops init --example --settings example.toml` writes.\n"
        + _table(f"default.rulesets.{plan.ruleset}", ruleset)
    )
    reviewed = plan.admin_chat is not None
    parts.append(
        SPAM_DEFENCE.format(
            ruleset=plan.ruleset,
            language_note=spam_samples_note(plan.locale),
            review_note=REVIEWS if reviewed else NO_REVIEWS,
            review="" if reviewed else ", review = 0",
        )
    )
    parts.append(SHOP.format(ruleset=plan.ruleset))
    community = {
        "ruleset": plan.ruleset,
        "title": plan.title or plan.community,
        "chats": [str(chat.ref) for chat in plan.chats],
    }
    if plan.admin_chat is not None:
        community["admin_chat"] = str(plan.admin_chat)
    comments = "".join(f"# {chat.label()}\n" for chat in plan.chats)
    parts.append(comments + _table(f"default.communities.{plan.community}", community))
    return "\n".join(parts)


def secrets_text(plan: Plan) -> str:
    tables = [
        _table(f"default.platforms.{platform}", values) for platform, values in plan.secrets.items()
    ]
    if _database_secret(plan):
        tables.insert(0, _table("default.database", {"url": plan.database_url}))
    return "\n".join(tables)


def write_private(path: Path, text: str) -> None:
    """Readable by the owner only, from the first byte on."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, SECRETS_MODE)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(text)
    os.chmod(path, SECRETS_MODE)  # an existing file keeps its mode through O_CREAT


def write_files(plan: Plan, settings_path: Path) -> list[Path]:
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    settings_path.write_text(settings_text(plan), encoding="utf-8")
    written = [settings_path]
    if plan.secrets or _database_secret(plan):
        secrets = settings_path.parent / ".secrets.toml"
        write_private(secrets, secrets_text(plan))
        written.append(secrets)
    return written
