"""A campaign kind: the first member to say the answer wins the points."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from groupops.core.campaigns.kinds import Kind, kind
from groupops.core.campaigns.spec import SpecBase
from groupops.core.campaigns.store import SUCCEEDED, Campaign, save
from groupops.core.engine import Context
from groupops.core.events import Event, MessageReceived
from groupops.core.points.ledger import award


class QuizSpec(SpecBase):
    kind: Literal["quiz"] = "quiz"
    answer: str = Field(min_length=1)
    points: int = Field(default=10, ge=1)


@kind
class Quiz(Kind):
    kind = "quiz"
    spec = QuizSpec

    def observe(self, event: Event, ctx: Context, campaign: Campaign) -> None:
        if not isinstance(event, MessageReceived) or campaign.status == SUCCEEDED:
            return
        if campaign.config["answer"].lower() not in event.text.lower():
            return
        member = ctx.member(event.sender)
        key = f"quiz:{ctx.community.name}:{campaign.name}"
        award(ctx, member, campaign.config["points"], "quiz", key, ref=campaign.name)
        campaign.status = SUCCEEDED
        save(ctx, campaign)
        ctx.reply(f"{event.sender_name} got it: +{campaign.config['points']} points.")
