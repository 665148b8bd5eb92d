"""The platform steps of `groupops init` as the command runs them: each platform's answers
taken from its options or asked, its credentials checked (the Bot API token, the WeChat
bridge, a Matrix access token against its homeserver), the chats added to the plan; a
refusal ends init in one line with nothing written."""

from __future__ import annotations

from collections.abc import Callable

import click

from ..onboarding.plan import Plan
from ..onboarding.prompting import prompt as prompt_inside_loop
from ..onboarding.steps import Answers, Refused, matrix_setting_problem, matrix_step, telegram_step
from ..onboarding.wechat import (
    BRIDGES,
    GIVE_TOKEN,
    token_in_url,
    wechat_setting_problem,
    wechat_step,
)
from ..redaction import redact
from .common import EXIT_SETTINGS, fail

TOKEN_TRIES = 3


def say(line: str) -> None:
    """Every line init prints: a library's error may quote the token."""
    click.echo(redact(line))


def ask(value: str | None, prompt: str, interactive: bool, **options) -> str:
    if value or not interactive:
        return value or ""
    return prompt_inside_loop(prompt, **options)


async def gather(plan: Plan, o: dict, answers: Answers) -> None:
    if "telegram" in o["platforms"]:
        for attempt in range(TOKEN_TRIES if answers.interactive else 1):
            token = ask(
                o["token"] if attempt == 0 else None,
                "Bot token from @BotFather",
                answers.interactive,
                hide_input=True,
            ).strip()  # a paste brings the spaces or line break around it along
            if not token:
                fail("--token is required for telegram (or GROUPOPS_INIT_TOKEN)", EXIT_SETTINGS)
            found = await telegram_step(o["driver"], token, o["base_url"] or "", answers, say)
            if found is not None:
                break
        else:
            # refused, or never asked (the Bot API unreachable): the lines above say which
            fail("telegram: the token was not confirmed (see above); nothing written")
        plan.platforms["telegram"], chats = found
        plan.secrets["telegram"] = {"token": token}
        plan.chats += chats
    if "wechat" in o["platforms"]:
        await gather_wechat(plan, o, answers)
    if "matrix" in o["platforms"]:
        await gather_matrix(plan, o, answers)


def wechat_endpoint(name: str) -> Callable[[str], str]:
    """The endpoint as typed, checked in the chosen bridge's form (click asks again)."""
    key = BRIDGES[name].endpoint_key

    def value(typed: str) -> str:
        typed = typed.strip()
        if problem := wechat_setting_problem(name, key, typed):
            raise click.UsageError(problem)
        return typed

    return value


async def gather_wechat(plan: Plan, o: dict, answers: Answers) -> None:
    """The endpoint checked as typed (asked again when asking, else one line and exit 2);
    the token asked hidden and asked again when the bridge refuses it, as a Telegram one."""
    name = o["wechat_adapter"]
    bridge = BRIDGES[name]
    endpoint = ask(o["wechat_endpoint"], bridge.endpoint_question, answers.interactive,
                   value_proc=wechat_endpoint(name)).strip()  # fmt: skip
    if not endpoint:
        fail(f"--wechat-endpoint is required for {name} ({bridge.form})", EXIT_SETTINGS)
    if problem := wechat_setting_problem(name, bridge.endpoint_key, endpoint):
        fail(f"wechat: {problem}", EXIT_SETTINGS)
    endpoint, in_url = token_in_url(endpoint) if name == "onebot12" else (endpoint, "")
    given = (o["wechat_token"] or "").strip()
    if in_url and given and in_url != given:
        fail("wechat: the URL's access_token and --wechat-token differ: give one", EXIT_SETTINGS)
    token = given or in_url
    for attempt in range(TOKEN_TRIES if answers.interactive else 1):
        if attempt or not token:
            # Enter is an answer only where the bridge may have no token
            blank = {} if bridge.token_required else {"default": "", "show_default": False}
            token = ask(None, bridge.token_question, answers.interactive, hide_input=True,
                        **blank).strip()  # fmt: skip
        if not token and bridge.token_required:
            fail(f"--wechat-token is required for {name} (or GROUPOPS_INIT_WECHAT_TOKEN)",
                 EXIT_SETTINGS)  # fmt: skip
        try:
            options, secrets, chats = await wechat_step(name, endpoint, token, answers, say)
            break
        except Refused as exc:
            if attempt == TOKEN_TRIES - 1 or not answers.interactive:
                fail(str(exc))
            say(str(exc).replace(f": {GIVE_TOKEN}; nothing written", ""))
    plan.platforms["wechat"] = options
    if secrets:
        plan.secrets["wechat"] = secrets
    plan.chats += chats


def checked(setting: str) -> Callable[[str], str]:
    """A typed URL or user id checked at once: click says what is wrong and asks again,
    before the token is asked for."""

    def value(typed: str) -> str:
        typed = typed.strip()  # a paste brings the spaces around it along
        if problem := matrix_setting_problem(setting, typed):
            raise click.UsageError(problem)
        return typed

    return value


async def gather_matrix(plan: Plan, o: dict, answers: Answers) -> None:
    """Asked again after a refusal when asking (the URL and user id offered as typed), as
    a refused Telegram token is."""
    asked = {
        "matrix_homeserver": "Matrix homeserver URL (e.g. https://matrix.example.org)",
        "matrix_user": "The bot's Matrix user id (e.g. @groupops:example.org)",
        "matrix_token": "The bot's access token",
    }
    setting = {"matrix_homeserver": "homeserver", "matrix_user": "user_id"}
    given = {key: o[key] or "" for key in asked}
    for attempt in range(TOKEN_TRIES if answers.interactive else 1):
        for key, prompt in asked.items():
            hidden = key == "matrix_token"
            how = {"hide_input": True} if hidden else {"value_proc": checked(setting[key])}
            if attempt == 0 or not answers.interactive:
                given[key] = ask(given[key], prompt, answers.interactive, **how)
            elif hidden:
                given[key] = prompt_inside_loop(prompt, **how)
            else:
                given[key] = prompt_inside_loop(prompt, default=given[key], **how)
            given[key] = given[key].strip()  # a paste brings the spaces around it along
            if not given[key]:
                env = " (or GROUPOPS_INIT_MATRIX_TOKEN)" if hidden else ""
                fail(f"--{key.replace('_', '-')} is required for matrix{env}", EXIT_SETTINGS)
        try:
            options, secrets, chats = await matrix_step(
                given["matrix_homeserver"], given["matrix_user"], given["matrix_token"],
                answers, say,
            )  # fmt: skip
            break
        except Refused as exc:
            if attempt == TOKEN_TRIES - 1 or not answers.interactive:
                fail(str(exc))
            say(str(exc).removesuffix("; nothing written"))
    plan.platforms["matrix"] = options
    plan.secrets["matrix"] = secrets
    plan.chats += chats
