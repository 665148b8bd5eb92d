"""The console's pages (GET): communities, one community, members, a member, moderation,
campaigns, settings and the outbox. Every page shows only the communities of the grant."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ..campaigns.kinds import STATUS_LABELS
from ..durations import format_duration
from ..engine.outbox_rows import troubled
from ..i18n.direction import defused
from ..metrics.labels import KPI_NAMES
from ..moderation import FOREVER, muted
from ..moderation.modlog import UNDO
from ..moderation.overrides import exported
from ..redaction import redact
from ..segments import T
from ..storage.models import AuditEntry, Member, ScheduledJob
from . import svg
from .asked import WAITING, verdicts_waiting
from .checked import checked
from .members import STATUS_NAMES, names_of, record, search
from .overview import community_view
from .paging import clamp, number_of, offset_of, page_of, slice_page
from .readable import about
from .requests import JOB
from .web import findable, member_url, page, require, storable

REVIEWS_PARAM = "reviews"  # the review queue's page, beside the audit log's `page`
OUTBOX_STATES = {
    "waiting": T("waiting"),
    "retrying": T("retrying"),
    "failed": T("failed"),
    # a failed one-time secret (a /link code): not kept, so not retried
    "secret": T("failed; its one-time secret is not kept, so it is not retried"),
}
QUEUED_FOR = timedelta(0)  # every queued action is listed, not only those stuck a while


def _visible(request: Request, wanted: str | None = None) -> list[str]:
    grant = require(request, wanted)
    names = list(request.app.state.settings.communities)
    return [wanted] if wanted else grant.visible(names)


def _now(request: Request) -> Any:
    return request.app.state.clock.now()


def _live(request: Request) -> bool:
    """Served by `groupops run`: the bot is recording now, quiet days up to today count."""
    return request.app.state.engine is not None


async def communities(request: Request) -> Response:
    settings = request.app.state.settings
    views = [
        await community_view(settings, name, _now(request), live=_live(request))
        for name in _visible(request)
    ]
    return page(request, "communities.html", views=views)


async def community(request: Request) -> Response:
    name = request.path_params["community"]
    _visible(request, name)
    settings = request.app.state.settings
    view = await community_view(settings, name, _now(request), detail=True, live=_live(request))
    band = settings.rulesets[view.ruleset].health.activity
    translate = _translator(request)
    moves = [translate(text) for text in ("joins and leaves", "joined", "left or removed")]
    charts = [
        svg.activity_chart(view.kpis, band, translate(KPI_NAMES["activity"])),
        svg.moves_chart(view.kpis, *moves),
        svg.points_chart(view.kpis, translate("points awarded")),
    ]
    segments = [
        svg.share_bars(translate(title), [(translate(label), n) for label, n in rows])
        for title, rows in view.segments
    ]
    return page(request, "community.html", view=view, charts=charts, segment_charts=segments,
                statuses=STATUS_LABELS)  # fmt: skip


def _translator(request: Request) -> Any:
    from ..i18n.render import render_text
    from ..segments import I18nText
    from .web import locale_of

    locale = locale_of(request)
    return lambda text: render_text(
        text if isinstance(text, I18nText) else I18nText(str(text)), locale
    )


def _paging(request: Request) -> tuple[int, int]:
    """The page asked for and the rows on a page."""
    return number_of(request.query_params), request.app.state.settings.dashboard.page_size


async def members(request: Request) -> Response:
    query = request.query_params.get("q", "")
    number, size = _paging(request)
    if query != storable(query):  # a NUL the database cannot hold: no name holds one either
        return page(request, "members.html", query=storable(query), pager=page_of([], 1, size, 0,
                    "/members", request.query_params), statuses=STATUS_NAMES)  # fmt: skip
    found, total = await search(query, _visible(request), offset_of(number, size), size)
    if number != clamp(number, size, total):  # past the end: the last page
        number = clamp(number, size, total)
        found, total = await search(query, _visible(request), offset_of(number, size), size)
    pager = page_of(found, number, size, total, "/members", request.query_params)
    mutes = await muted(((m.community, m.key) for m in found), _now(request))
    return page(request, "members.html", query=query, pager=pager, statuses=STATUS_NAMES,
                mutes=mutes, forever=FOREVER)  # fmt: skip


async def member(request: Request) -> Response:
    name, key = request.path_params["community"], request.path_params["key"]
    _visible(request, name)
    number, size = _paging(request)
    settings = request.app.state.settings
    found = (  # a key the database cannot hold (a NUL, too long) is no member's
        await record(settings, name, key, _now(request), offset_of(number, size), size)
        if findable(Member, "key", key) else None
    )  # fmt: skip
    if found is None:
        return page(request, "error.html", 404, message=T("No such member in this community."))
    if number != clamp(number, size, found.ledger_total):  # past the end: the last page
        number = clamp(number, size, found.ledger_total)
        found = await record(settings, name, key, _now(request), offset_of(number, size), size)
        assert found is not None
    pending = await _pending(name, key)
    pager = page_of(found.ledger, number, size, found.ledger_total, member_url(name, key),
                    request.query_params)  # fmt: skip
    mutes = await muted([(name, key)], _now(request))
    return page(request, "member.html", community=name, record=found, pending=pending,
                pager=pager, statuses=STATUS_NAMES, about=about, mutes=mutes,
                forever=FOREVER)  # fmt: skip


async def _pending(community: str, member: str = "") -> list[dict[str, Any]]:
    """Requests written but not carried out yet (no bot running, or it has not looked)."""
    rows = await ScheduledJob.filter(community=community, job=JOB, status="pending")
    payloads = [json.loads(row.payload or "{}") for row in rows]
    return [p for p in payloads if not member or p.get("member") == member]


async def moderation(request: Request) -> Response:
    names = _visible(request, request.query_params.get("community") or None)
    number, size = _paging(request)
    queue = AuditEntry.filter(community__in=names, action="review", undone_at=None)
    waiting = await queue.count()
    at = clamp(number_of(request.query_params, REVIEWS_PARAM), size, waiting)
    shown = await queue.order_by("-created_at", "-id").offset(offset_of(at, size)).limit(size)
    reviews = page_of(shown, at, size, waiting, "/moderation", request.query_params,
                      REVIEWS_PARAM)  # fmt: skip
    rows = AuditEntry.filter(community__in=names).exclude(action="review")
    total = await rows.count()
    number = clamp(number, size, total)
    log = await rows.order_by("-created_at", "-id").offset(offset_of(number, size)).limit(size)
    pager = page_of(log, number, size, total, "/moderation", request.query_params)
    # an undo or a review names the entry it closed by its id: that entry is shown instead
    named = [e.evidence for e in log if e.action in ("undo", "reviewed") and e.evidence]
    entries = {e.id: e for e in await AuditEntry.filter(id__in=named, community__in=names)}
    choices = _visible(request)  # the filter offers every community the grant covers
    shown_entries = [*reviews.rows, *log, *entries.values()]
    known = await names_of((e.community, who) for e in shown_entries for who in (e.target, e.actor))
    said = {e.id: _reviewed_message(e) for e in reviews.rows}
    return page(request, "moderation.html", pager=pager, reviews=reviews, undoable=set(UNDO),
                communities=choices, chosen=request.query_params.get("community", ""),
                entries=entries, names=known, said=said, asked=await verdicts_waiting(names),
                waiting=WAITING)  # fmt: skip


def _reviewed_message(entry: AuditEntry) -> dict[str, str]:
    """What a review keeps of its message (`recall.review_detail`): its sender's name then, and
    its text."""
    try:
        detail = json.loads(entry.detail or "{}")
    except ValueError:
        detail = {}
    return {"name": str(detail.get("name") or ""), "text": str(detail.get("text") or "")}


async def settings_page(request: Request) -> Response:
    settings = request.app.state.settings
    names = _visible(request, request.query_params.get("community") or None)
    shown = []
    for name in names:
        config = settings.communities[name]
        ruleset = settings.rulesets[config.ruleset]
        # what admins changed by chat command (/setwelcome, /addblocklist …) wins over the file
        changed = await exported(name)
        shown.append((name, config.model_dump(), ruleset.model_dump(), changed))
    # the grant's part of what `groupops check` says: another community's is not theirs
    said, warnings = checked(settings, require(request), names, request.app.state.settings_path)
    check = {"summary": said, "warnings": warnings}
    return page(
        request, "settings.html", check=check,
        from_file=request.app.state.settings_path is not None,
        shown=[(n, _shown(c), _shown(r), _shown(x) if x else "") for n, c, r, x in shown],
    )  # fmt: skip


def _shown(data: Any) -> str:
    """Settings as the page shows them: secrets masked, and a title or a welcome text without
    the bidi overrides and invisible characters a member's name loses."""
    return defused(redact(_pretty(data)))


def _pretty(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_written)


def _written(value: Any) -> Any:
    """A value as the settings file writes it: durations as `14d`, not `P14D`."""
    if isinstance(value, timedelta):
        return format_duration(value)
    if isinstance(value, (set, frozenset)):
        return sorted(map(str, value))
    return str(value)


async def outbox(request: Request) -> Response:
    names = set(_visible(request))
    rows = [
        row for row in await troubled(_now(request), QUEUED_FOR, None) if row.community in names
    ]
    number, size = _paging(request)
    pager = slice_page(rows, number, size, "/outbox", request.query_params)
    return page(request, "outbox.html", pager=pager, states=OUTBOX_STATES)
