"""The `[platforms.telegram]` settings table: known options, their types, and the checks
`groupops check` reports with key paths."""

from __future__ import annotations

import re
from collections.abc import Mapping
from difflib import get_close_matches
from typing import Any
from urllib.parse import urlsplit

from groupops.core.errors import SettingsProblem

BOT_TOKEN = re.compile(r"[0-9]{1,20}:[A-Za-z0-9_-]{35}")  # as @BotFather hands them out
SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what Telegram accepts for webhooks
WEBHOOK_PORTS = (443, 80, 88, 8443)  # the only ports Telegram's servers deliver webhooks to
MODES = ("polling", "webhook")
OPTIONS: dict[str, type | tuple[type, ...]] = {
    "token": str,
    "mode": str,
    "base_url": str,
    "poll_timeout": (int, float),
    "webhook_url": str,
    "webhook_listen": str,
    "webhook_port": int,
    "webhook_path": str,
    "secret_token": str,
    "command_menu": bool,  # publish the command menu (setMyCommands) at start
    "answer_buttons": bool,  # answer every button press (answerCallbackQuery)
}


def lowered(options: Mapping[str, Any]) -> dict[str, Any]:
    """Environment variables arrive upper-cased (GROUPOPS_PLATFORMS__telegram__TOKEN)."""
    return {key.lower(): value for key, value in options.items()}


def _guess(key: str) -> str:
    close = get_close_matches(key, OPTIONS, n=1)  # a typo: name the option meant
    return f", did you mean {close[0]!r}?" if close else ""


def option_problems(options: Mapping[str, Any]) -> list[SettingsProblem]:
    problems = [
        SettingsProblem(key, f"unknown key{_guess(key)} (expected one of: {', '.join(OPTIONS)})")
        for key in options
        if key not in OPTIONS
    ]
    problems += [
        SettingsProblem(key, f"must be {getattr(kind, '__name__', 'a number')}")
        for key, kind in OPTIONS.items()
        if key in options and not isinstance(options[key], kind)
    ]
    token = options.get("token")
    if not token:
        problems.append(
            SettingsProblem(
                "token",
                "is required: put it in .secrets.toml beside settings.toml or in "
                "GROUPOPS_PLATFORMS__telegram__TOKEN",
            )
        )
    elif isinstance(token, str) and not BOT_TOKEN.fullmatch(token.strip()):
        problems.append(  # the value itself is never echoed: it may be a real token, mistyped
            SettingsProblem(
                "token",
                "is not a bot token (expected <bot id digits>:<35 characters of A-Z, a-z, "
                "0-9, _ and ->, as @BotFather gives it)",
            )
        )
    base_url = options.get("base_url")
    if isinstance(base_url, str) and base_url.strip():
        problems += base_url_problems(base_url.strip())
    mode = options.get("mode", "polling")
    if mode not in MODES:
        close = get_close_matches(str(mode), MODES, n=1)
        guess = f"; did you mean {close[0]!r}?" if close else ""
        problems.append(SettingsProblem("mode", f"{mode!r} is not 'polling' or 'webhook'{guess}"))
    if mode == "webhook":
        if not options.get("webhook_url"):
            problems.append(SettingsProblem("webhook_url", "is required in webhook mode"))
        elif isinstance(options["webhook_url"], str):
            problems += webhook_problems(
                options["webhook_url"], local=bool(options.get("base_url"))
            )
        if not SECRET_TOKEN.fullmatch(str(options.get("secret_token", ""))):
            problems.append(
                SettingsProblem(
                    "secret_token", "must be 1-256 characters of A-Z, a-z, 0-9, _ and -"
                )
            )
    return problems


def base_url_problems(url: str) -> list[SettingsProblem]:
    """A Bot API server's address, as both libraries need it: `127.0.0.1:8081` passed check,
    and every call then failed with the HTTP client's 'unsupported protocol'. The path
    ends before /bot: the libraries add /bot<token>/METHOD (a path ending in /bot reads as
    a refused token)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        return [
            SettingsProblem(
                "base_url", f"{url!r} is not an http(s) URL (expected e.g. http://127.0.0.1:8081)"
            )
        ]
    if parts.path.rstrip("/").endswith("/bot"):
        fixed = url.rstrip("/")[: -len("/bot")]
        return [SettingsProblem("base_url", f"ends in /bot, which the library adds: use {fixed!r}")]
    return []


def webhook_problems(url: str, *, local: bool) -> list[SettingsProblem]:
    """What Telegram would refuse in `setWebhook` (or accept, and then never deliver to):
    its servers post only over HTTPS, to ports 443, 80, 88 or 8443; a local Bot API server
    (`base_url`) also posts over plain HTTP to any port."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return [SettingsProblem("webhook_url", "is not a URL (expected https://HOST/PATH)")]
    if parts.scheme not in ("https", "http") or not parts.hostname:
        return [SettingsProblem("webhook_url", "is not a URL (expected https://HOST/PATH)")]
    if local:
        return []
    if parts.scheme != "https":
        return [
            SettingsProblem(
                "webhook_url",
                "must start with https://: Telegram delivers webhooks only over HTTPS (plain "
                "http works only with a local Bot API server set in base_url)",
            )
        ]
    if port is not None and port not in WEBHOOK_PORTS:
        return [
            SettingsProblem(
                "webhook_url",
                f"port {port}: Telegram delivers webhooks only to port 443, 80, 88 or 8443 "
                "(put a reverse proxy on one of them in front of webhook_port)",
            )
        ]
    return []
