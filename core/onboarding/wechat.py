"""The WeChat step of `groupops init`: which bridge (a Wechaty puppet service or a OneBot 12
bridge), its endpoint in that bridge's form, its token; the bridge dialled as `doctor` dials
it, then the groups its account is in. A bridge not up or not logged in yet still has its
settings written (it is started and logged in apart from groupops); a value `check` would
refuse, or a token the bridge refuses, has nothing written."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..doctor.findings import Refusal, blockers
from ..redaction import register
from ..registry import load_adapter
from .plan import SeenChat
from .steps import Answers, Echo, Refused, build, choose, find_chats, setting_problem, show


@dataclass(frozen=True, slots=True)
class Bridge:
    """How init asks for one bridge's settings, and their keys in [platforms.wechat]."""

    endpoint_key: str
    form: str  # of the endpoint
    endpoint_question: str
    secret_key: str
    token_question: str
    token_required: bool


BRIDGES = {
    "wechaty": Bridge(
        "endpoint", "host:port", "Wechaty puppet service endpoint (host:port, e.g. 127.0.0.1:8788)",
        "token", "The puppet service's token", True,
    ),
    "onebot12": Bridge(
        "url", "a ws:// or wss:// URL", "OneBot bridge WebSocket URL (e.g. ws://127.0.0.1:6700/)",
        "access_token", "The bridge's access token (Enter if it has none)", False,
    ),
}  # fmt: skip
ADAPTER_QUESTION = "WeChat bridge: wechaty (a Wechaty puppet service) or onebot12 (OneBot 12)"
# OneBot 12 lets the URL carry the token; settings.toml must not, so it goes to the secrets
URL_TOKEN = "access_token"
GIVE_TOKEN = "give the token set in the bridge (--wechat-token or GROUPOPS_INIT_WECHAT_TOKEN)"


def wechat_setting_problem(name: str, key: str, value: str) -> str | None:
    """What `check` would say of one setting as typed: `platforms.wechat.url: …`."""
    found = [p for p in load_adapter(name).option_problems({key: value}) if p.path == key]
    return setting_problem("wechat", found[0]) if found else None


def token_in_url(url: str) -> tuple[str, str]:
    """(the URL without `?access_token=`, that token or "")."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    token = next((v for k, v in query if k == URL_TOKEN), "")
    if not token:
        return url, ""
    register(token)
    rest = urlencode([(k, v) for k, v in query if k != URL_TOKEN])
    return urlunsplit(parts._replace(query=rest)), token


async def wechat_step(
    name: str, endpoint: str, token: str, answers: Answers, echo: Echo
) -> tuple[dict[str, Any], dict[str, str], list[SeenChat]]:
    bridge = BRIDGES[name]
    options: dict[str, Any] = {"adapter": name, bridge.endpoint_key: endpoint}
    secrets = {bridge.secret_key: token} if token else {}
    register(token)
    adapter = build(name, options, secrets)
    findings = await adapter.diagnose([])
    if refused := [f for f in findings if isinstance(f, Refusal)]:
        raise Refused(f"wechat: {refused[0].what}: {GIVE_TOKEN}; nothing written")
    show(findings, echo)
    if blockers(findings):
        echo(
            "the settings are written anyway: start the bridge and log the account in (see "
            "above), then run `groupops doctor`"
        )
        return options, secrets, choose([], answers, "wechat", echo, listed=False)
    # the logged-in account, as the bridge named it while diagnosing
    account = next((ref.local_id for ref in adapter.platform_accounts()), "the bot")
    return options, secrets, await find_chats(adapter, answers, account, echo)
