"""What Telegram says of the bot's webhook (getWebhookInfo), for `groupops doctor`: whether
updates go where the settings send them, and whether Telegram's deliveries are failing (a
proxy answering 502, an expired certificate), which the bot itself never sees.

The address is shown by its host only: a webhook path may hold a secret."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from groupops.core.doctor.findings import Finding, Level
from groupops.core.errors import ActionError

from .diagnose import Call

FAILING_NOW = timedelta(hours=1)  # a delivery error this recent, with updates waiting: failing
WEBHOOK_FIX = (
    "check the reverse proxy, its certificate and webhook_listen/webhook_port "
    "(Telegram retries for a day, then drops the updates)"
)


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else "an unreadable address"


def webhook_findings(info: Mapping[str, Any], mode: str, url: str, now: datetime) -> list[Finding]:
    set_url = str(info.get("url") or "")
    waiting = int(info.get("pending_update_count") or 0)
    if mode != "webhook":
        if not set_url:
            return []
        said = f"a webhook is set ({host_of(set_url)}); `groupops run` in polling mode removes it"
        return [Finding("telegram", Level.NOTE, said, "", "")]
    if not set_url:
        said = "no webhook is set yet (`groupops run` sets it to webhook_url)"
        return [Finding("telegram", Level.NOTE, said)]
    if set_url != url:
        return [
            Finding(
                "telegram",
                Level.WARNING,
                f"Telegram posts this bot's updates to {host_of(set_url)}, not to webhook_url "
                f"({host_of(url)}): another deployment of the bot may be receiving them",
                "everything on Telegram while that lasts",
                "stop the other deployment; `groupops run` sets the webhook to webhook_url",
            )
        ]
    found = [
        Finding("telegram", Level.OK, f"Telegram posts updates to webhook_url ({waiting} waiting)")
    ]
    failed_at = info.get("last_error_date")
    if failed_at:
        when = datetime.fromtimestamp(int(failed_at), UTC)
        error = str(info.get("last_error_message") or "no reason given")
        ago = max(now - when, timedelta(0))
        failing = waiting > 0 and ago <= FAILING_NOW
        level = Level.WARNING if failing else Level.NOTE
        said = f"Telegram's last delivery to the webhook failed {when:%Y-%m-%d %H:%M} UTC: {error}"
        off = "updates wait at Telegram until a delivery succeeds" if failing else ""
        found.append(Finding("telegram", level, said, off, WEBHOOK_FIX if failing else ""))
    return found


async def webhook_check(call: Call, mode: str, url: str, now: datetime) -> list[Finding]:
    """getWebhookInfo read and judged; a Bot API without it (some emulators) says nothing."""
    try:
        info = await call("getWebhookInfo", {})
    except ActionError:
        return []
    return webhook_findings(info, mode, url, now) if isinstance(info, Mapping) else []
