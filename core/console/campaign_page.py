"""The Campaigns page: the start form of every kind, the starts asked for, and each campaign
with its leaderboard and draw record. A start the console refuses is answered with this page
again, the refusal on one line above its form and the form holding what was typed, so the
operator mends one field instead of typing the whole form afresh."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from starlette.requests import Request
from starlette.responses import Response

from ..campaigns.kinds import STATUS_LABELS
from ..campaigns.store import ACTIVE
from ..cli.verify_draw import record_from_state
from ..segments import I18nText
from ..storage.models import Campaign
from .boards import leaderboard
from .campaign_form import kind_forms
from .paging import clamp, number_of, offset_of, page_of
from .requests import CAMPAIGN_VERBS, drawable
from .start_outcomes import STATES as START_STATES
from .start_outcomes import latest
from .web import page, require


@dataclass(frozen=True, slots=True)
class Typed:
    """What a refused start form held, shown in it again, and why it was refused."""

    kind: str
    community: str
    name: str
    options: dict[str, str] = field(default_factory=dict)
    refusal: I18nText | None = None
    name_refused: bool = False  # the name is what was refused: that field is marked


async def campaigns(request: Request) -> Response:
    return await shown(request)


async def shown(request: Request, status: int = 200, typed: Typed | None = None) -> Response:
    """The page; with `typed`, the refused form filled in again, answered with `status`."""
    grant = require(request, request.query_params.get("community") or None)
    wanted = request.query_params.get("community")
    names = [wanted] if wanted else grant.visible(list(request.app.state.settings.communities))
    size = request.app.state.settings.dashboard.page_size
    found = Campaign.filter(community__in=names)
    total = await found.count()
    number = clamp(number_of(request.query_params), size, total)
    rows = await found.order_by("-starts_at", "name").offset(offset_of(number, size)).limit(size)
    pager = page_of(rows, number, size, total, "/campaigns", request.query_params)
    boards, records, draws = {}, {}, set()
    now = request.app.state.clock.now()  # a running campaign whose start is ahead: scheduled
    ahead = {(r.community, r.name) for r in rows if r.status == ACTIVE and now < r.starts_at}
    for row in rows:
        boards[(row.community, row.name)] = await leaderboard(row.community, row.name, row.kind)
        records[(row.community, row.name)] = _draw_record(row)
        if drawable(row.kind, json.loads(row.state or "{}")):
            draws.add((row.community, row.name))
    return page(request, "campaigns.html", status, campaigns=rows, pager=pager, boards=boards,
                records=records, verbs=CAMPAIGN_VERBS, kinds=kind_forms(), communities=names,
                draws=draws, statuses=STATUS_LABELS, ahead=ahead, asked=await latest(names),
                asked_states=START_STATES, typed=typed)  # fmt: skip


def _draw_record(row: Campaign) -> str:
    """A giveaway's published draw (what `groupops verify-draw` recomputes), or its
    commitment and entrants' digest while it is not drawn yet."""
    state = json.loads(row.state or "{}")
    if "commitment" not in state:
        return ""
    try:
        return record_from_state(row.community, row.name, json.loads(row.config or "{}"),
                                 state).to_json()  # fmt: skip
    except (ValueError, KeyError):
        shown = {k: state[k] for k in ("commitment", "digest", "draw_at") if k in state}
        return json.dumps(shown, ensure_ascii=False, indent=2, default=str)
