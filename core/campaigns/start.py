"""Starting a campaign by hand: `/campaign new KIND NAME key=value …` in a chat and the
console's form go through `start`, which reads the options as text, validates them with the
kind's spec, launches the campaign and records who started it with what. The settings file's
campaigns are launched by the lifecycle on first sight (`launch`, without the checks). One
whose start is ahead is announced at its start (`scheduled.py`)."""

from __future__ import annotations

import shlex
import typing
from collections.abc import Mapping

from pydantic import ValidationError

from ..engine import Context
from ..segments import I18nText, T
from .kinds import KINDS, arm
from .option_problems import ENDED, problems_of, refused_option
from .scheduled import hold
from .spec import NAME, SPECS, SpecBase
from .store import ACTIVE, Campaign, campaigns_of, save


class CampaignRefused(ValueError):
    """A campaign that cannot be started as asked; `text` says why, for the person asking."""

    def __init__(self, text: I18nText) -> None:
        super().__init__(text.msgid)
        self.text = text


def usage() -> I18nText:
    return T(
        "Usage: /campaign new KIND NAME key=value … (kinds: {kinds}).",
        kinds=", ".join(sorted(SPECS)),
    )


def _is_sequence(spec: type[SpecBase], key: str) -> bool:
    field = spec.model_fields.get(key)
    annotation = field.annotation if field is not None else None
    return typing.get_origin(annotation) in (tuple, list)


def read_options(kind: str, options: Mapping[str, str]) -> dict[str, object]:
    """Option texts as the spec takes them: a kind's own reader (`tiers=3:20,5:30`), a list
    split at commas (`reasons=checkin`), anything else as written; empty ones are left out,
    so their defaults apply."""
    readers = KINDS[kind].options
    read: dict[str, object] = {}
    for key, text in options.items():
        text = text.strip()
        if not text:
            continue
        if key in readers:
            try:
                read[key] = readers[key](text)
            except (ValueError, TypeError):
                raise CampaignRefused(refused_option(key, text)) from None
        elif _is_sequence(SPECS[kind], key):
            read[key] = [part.strip() for part in text.split(",") if part.strip()]
        else:
            read[key] = text
    return read


def spec_of(kind: str, name: str, options: Mapping[str, str]) -> SpecBase:
    """The validated spec of a campaign to start; CampaignRefused says what is wrong."""
    if kind not in SPECS:
        raise CampaignRefused(usage())
    if not NAME.match(name):
        raise CampaignRefused(
            T(
                "{name} is not a campaign name: use lower-case Latin letters, digits, - or _ "
                "(at most 40); title= may be in any language, e.g. title={name}",
                name=name,
            )
        )
    try:
        return SPECS[kind].model_validate(read_options(kind, options))
    except ValidationError as exc:  # said in the asker's language, naming the option
        problems = problems_of(exc)
    except CampaignRefused as refused:
        problems = refused.text
    raise CampaignRefused(T("Cannot create {name}: {problems}", name=name, problems=problems))


def as_command(kind: str, name: str, options: Mapping[str, str]) -> str:
    """The `/campaign new` words that ask for the same campaign (the audit's evidence)."""
    words = ["new", kind, name]
    words += [f"{key}={shlex.quote(text.strip())}" for key, text in options.items() if text.strip()]
    return " ".join(words)


def start(
    ctx: Context, kind: str, name: str, options: Mapping[str, str], actor: str,
    evidence: str = "",
) -> Campaign:  # fmt: skip
    """Start a campaign now as `actor` asked (a member ref, or the console's operator)."""
    spec = spec_of(kind, name, options)
    if name in campaigns_of(ctx):
        raise CampaignRefused(T("{name} is taken or not a valid campaign name.", name=name))
    ended = spec.ended(ctx.now, ctx.community.clock)
    if ended is not None:
        when = ctx.community.clock.local(ended).strftime("%Y-%m-%d %H:%M")
        raise CampaignRefused(
            T("Cannot create {name}: {problems}", name=name, problems=T(ENDED.msgid, value=when))
        )
    campaign = launch(ctx, name, spec, actor)
    ctx.audit("campaign.new", actor=actor, evidence=evidence or as_command(kind, name, options))
    return campaign


def launch(ctx: Context, name: str, spec: SpecBase, created_by: str) -> Campaign:
    starts, ends = spec.window(ctx.now, ctx.community.clock)
    campaign = Campaign(
        name=name,
        kind=spec.kind,  # type: ignore[attr-defined]
        title=spec.title or name,
        status=ACTIVE,
        config=spec.settings(),
        starts_at=starts,
        ends_at=ends,
        created_by=created_by,
        created_at=ctx.now,
    )
    campaigns_of(ctx)[name] = campaign
    if ctx.now < starts:  # told now, it would invite members to what they cannot join yet
        hold(ctx, campaign)
    else:
        KINDS[campaign.kind].launched(ctx, campaign)
    if ends is not None:
        arm(ctx, campaign, "deadline", ends)
    save(ctx, campaign)
    return campaign
