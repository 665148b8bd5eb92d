"""A campaign whose start is ahead: created at once (listed, its jobs armed) but announced
only at its start, by a `start` job the scheduler keeps across restarts. Until then members
are told when it starts, and nobody takes part."""

from __future__ import annotations

from ..engine import Context
from ..segments import I18nText, T
from .kinds import KINDS, arm
from .store import ACTIVE, CLOSED, Campaign

# in `campaign.state` while the announcement waits for the start; absent once announced (and
# in campaigns launched by earlier releases, which were announced at creation)
UNANNOUNCED = "unannounced"


def hold(ctx: Context, campaign: Campaign) -> None:
    """Keep the announcement (and what the kind prepares with it) for the start."""
    campaign.state[UNANNOUNCED] = True
    arm(ctx, campaign, "start", campaign.starts_at)


def unannounced(campaign: Campaign) -> bool:
    return bool(campaign.state.get(UNANNOUNCED))


def announce_due(ctx: Context, campaign: Campaign) -> bool:
    """Announce a held campaign once its start has come (its job; a resume after it). A paused
    one waits for its resume: it would be told to every chat while taking no part."""
    if campaign.status != ACTIVE or ctx.now < campaign.starts_at or not unannounced(campaign):
        return False
    del campaign.state[UNANNOUNCED]
    KINDS[campaign.kind].launched(ctx, campaign)
    return True


def lapse(ctx: Context, campaign: Campaign) -> None:
    """Its end came and it was never announced (paused before its start and not resumed): it
    closes with only the admins told. Concluding it would tell every chat of the end of a
    campaign they never heard of."""
    campaign.status = CLOSED
    ctx.audit("campaign.close", evidence=campaign.name, outcome="never started")
    admin_chat = ctx.community.settings.admin_chat
    if admin_chat is not None:
        text = T(
            "{title} reached its end without having started (it was paused before its start): "
            "it is closed, and no chat was told of it.",
            title=campaign.title,
        )
        ctx.send(text, chat=admin_chat)


def not_started(campaign: Campaign) -> I18nText:
    """What a member asking about it hears before its start."""
    return T(
        "{title} has not started yet: it starts {starts}.",
        title=campaign.title,
        starts=campaign.starts_at,
    )


def held(campaign: Campaign) -> I18nText:
    """The admin who created it hears this instead of the announcement, which waits."""
    return T(
        "{title} is scheduled: every chat is told of it when it starts, {starts}.",
        title=campaign.title,
        starts=campaign.starts_at,
    )


def end_refused(campaign: Campaign) -> I18nText:
    """`/campaign end` before the start: its end would tell every chat of an unknown campaign."""
    return T(
        "{title} has not started yet (it starts {starts}): /campaign close {name} cancels it.",
        title=campaign.title,
        starts=campaign.starts_at,
        name=campaign.name,
    )
