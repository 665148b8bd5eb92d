"""The console's forms (POST, each with its CSRF token): sign in with a link, sign out, the
language, and requests to the engine (warn, mute, ban, adjust points, undo, a spam review's
verdict, a campaign to start or stop) or the outbox (retry). A request is a job the engine
carries out (`requests`)."""

from __future__ import annotations

from dataclasses import replace

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ..campaigns.start import CampaignRefused, spec_of
from ..durations import parse_duration
from ..engine.outbox_rows import requeue
from ..i18n.catalogs import available_locales
from ..moderation.modlog import ERASED_TARGET
from ..privacy import is_forgotten
from ..segments import T
from ..storage.models import AuditEntry, Member, OutboxItem, ScheduledJob
from . import campaign_page
from .asked import ALREADY_ASKED, verdicts_waiting
from .campaign_page import Typed
from .links import end_sessions, is_redeemable, redeem
from .outcomes import outcome_of
from .requests import RequestError, request_key, submit
from .signin_guard import TOO_MANY, SignInGuard
from .start_outcomes import NAME_TAKEN, name_in_use
from .web import (
    SESSION,
    Refused,
    back,
    csrf_token,
    findable,
    flash,
    form_of,
    grant_of,
    member_url,
    page,
    require,
    title_of,
)

OPTION = "opt."  # the start form's option fields: opt.prize, opt.winners, …


def _address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _throttled(request: Request) -> Response | None:
    """The 429 page for an address with too many failed sign-ins this minute."""
    guard: SignInGuard = request.app.state.sign_ins
    wait = guard.blocked_for(_address(request), request.app.state.clock.now())
    if not wait:
        return None
    answer = page(request, "error.html", 429, message=TOO_MANY)
    answer.headers["Retry-After"] = str(wait)
    return answer


def _refused(request: Request) -> Response:
    """A link unknown, used or expired: the page says so, the log says from where."""
    guard: SignInGuard = request.app.state.sign_ins
    now = request.app.state.clock.now()
    guard.failed(_address(request), now, "the link is unknown, used already or expired")
    return page(request, "refused.html", 410)


async def login_page(request: Request) -> Response:
    """A link opens a page with a button: link previews fetching the URL use nothing up."""
    token = request.path_params["token"]
    if (throttled := _throttled(request)) is not None:
        return throttled
    if not await is_redeemable(token, request.app.state.clock.now()):
        return _refused(request)
    return page(request, "login.html", token=token)


async def login(request: Request) -> Response:
    await form_of(request)
    if (throttled := _throttled(request)) is not None:
        return throttled
    redeemed = await redeem(request.path_params["token"], request.app.state.clock.now())
    if redeemed is None:
        return _refused(request)
    session, grant = redeemed
    locale = request.session.get("locale")
    request.session.clear()  # a fresh session: nothing from before the sign-in carries over
    request.session[SESSION] = session
    request.session["grant"] = grant.as_dict()
    if locale:
        request.session["locale"] = locale
    csrf_token(request)
    return RedirectResponse("/communities", status_code=303)


async def logout(request: Request) -> Response:
    await form_of(request)
    session = request.session.get(SESSION)
    if isinstance(session, str):  # a copy of the cookie is no key once signed out
        await end_sessions(request.app.state.clock.now(), session=session)
    request.session.clear()
    return RedirectResponse("/signin", status_code=303)


async def language(request: Request) -> Response:
    form = await form_of(request)
    if form.get("locale") in available_locales():
        request.session["locale"] = form["locale"]
    return back(request, "/communities")


async def signin(request: Request) -> Response:
    if grant_of(request) is not None:
        return RedirectResponse("/communities", status_code=303)
    return page(request, "signin.html", 401)


def _asked(request: Request, community: str, payload: dict) -> tuple[dict, str]:
    """The request's payload with who asks, and the mark naming it (the form's one-time mark
    with the session's token)."""
    grant = require(request, community)
    once = str(getattr(request.state, "once", ""))
    return {**payload, "actor": grant.user or "operator"}, (
        f"{csrf_token(request)}:{once}" if once else ""
    )


async def _request(request: Request, community: str, kind: str, payload: dict) -> None:
    payload, once = _asked(request, community, payload)
    try:
        job = await submit(
            request.app.state.database,
            community,
            kind,
            payload,
            request.app.state.clock.now(),
            once,
        )
    except RequestError as exc:
        raise Refused(400, exc.text) from None
    engine = request.app.state.engine
    if engine is not None:  # served by the bot itself: carried out now
        await engine.scheduler.run_due()
    flash(request, await outcome_of(community, job))  # done, refused and why, or queued


async def act(request: Request) -> Response:
    community, key = request.path_params["community"], request.path_params["key"]
    require(request, community)
    form = await form_of(request)
    # a mistyped address adds no one (a key the database cannot hold is no member's)
    if not findable(Member, "key", key) or not await Member.exists(community=community, key=key):
        raise Refused(404, T("No such member in this community."))
    kind = form.get("kind", "")
    try:
        amount = int(form.get("amount") or 0)
    except ValueError:
        raise Refused(400, T("The amount is a whole number.")) from None
    reason = form.get("reason", "").strip()[:200]
    payload: dict = {"member": key, "amount": amount, "reason": reason}
    written = form.get("duration", "").strip()
    if written and kind in ("mute", "ban"):  # empty: until an admin lifts it
        try:
            payload["seconds"] = int(parse_duration(written).total_seconds())
        except ValueError:
            raise Refused(400, T("Write a duration as 30m, 2h, 3d or 1w.")) from None
    await _request(request, community, kind, payload)
    return back(request, member_url(community, key))


async def _entry(community: str, asked: str) -> AuditEntry | None:
    """The community's audit entry of id `asked`, if there is one."""
    if not findable(AuditEntry, "id", asked):
        return None
    return await AuditEntry.get_or_none(community=community, id=asked)


async def undo(request: Request) -> Response:
    community = request.path_params["community"]
    require(request, community)
    form = await form_of(request)
    entry = await _entry(community, form.get("entry", ""))
    if entry is None:
        raise Refused(404, T("No such log entry in this community."))
    if is_forgotten(entry.target):
        raise Refused(400, ERASED_TARGET)
    await _request(request, community, "undo", {"entry": entry.id})
    return back(request, "/moderation")


async def review(request: Request) -> Response:
    community = request.path_params["community"]
    require(request, community)
    form = await form_of(request)
    entry = await _entry(community, form.get("entry", ""))
    if entry is None or entry.action != "review":
        raise Refused(404, T("No such review in this community."))
    verdict = form.get("verdict", "")
    if verdict not in ("spam", "ham"):  # a form without a verdict teaches nothing
        raise Refused(400, T("Answer a review with Ban or Not spam."))
    if entry.id in await verdicts_waiting([community]):
        raise Refused(409, ALREADY_ASKED)
    await _request(request, community, "review", {"entry": entry.id, "verdict": verdict})
    return back(request, "/moderation")


async def campaign(request: Request) -> Response:
    community = request.path_params["community"]
    require(request, community)
    form = await form_of(request)
    payload = {"campaign": form.get("campaign", ""), "verb": form.get("verb", "")}
    await _request(request, community, "campaign", payload)
    return back(request, "/campaigns")


async def start_campaign(request: Request) -> Response:
    """A campaign started from the console's form: checked here as /campaign new checks it
    (a refusal is shown above the form, which keeps what was typed, and nothing is asked),
    then started by the engine through the same code, in the community the form names, if
    the grant covers it. The same submission sent again (a double click) is not refused as
    taking its own name: it finds the request written the first time."""
    form = await form_of(request)
    community = form.get("community", "")
    require(request, community)
    kind, name = form.get("kind", ""), form.get("name", "").strip().lower()
    options = {key.removeprefix(OPTION): value.strip() for key, value in form.items()
               if key.startswith(OPTION) and value.strip()}  # fmt: skip
    payload = {"campaign_kind": kind, "campaign": name, "options": options}
    typed = Typed(kind, community, form.get("name", "").strip(),
                  {key.removeprefix(OPTION): value for key, value in form.items()
                   if key.startswith(OPTION)})  # fmt: skip
    try:
        spec_of(kind, name, options)
    except CampaignRefused as refused:
        return await campaign_page.shown(request, 400, replace(typed, refusal=refused.text))
    replayed = await ScheduledJob.exists(id=request_key(community, "start", *_asked(request,
                                         community, payload)))  # fmt: skip
    if not replayed and await name_in_use(community, name):
        taken = T(NAME_TAKEN.msgid, name=name, community=title_of(request, community))
        return await campaign_page.shown(
            request, 409, replace(typed, refusal=taken, name_refused=True)
        )
    await _request(request, community, "start", payload)
    return back(request, "/campaigns")


async def retry(request: Request) -> Response:
    form = await form_of(request)
    asked = form.get("id", "")
    row = await OutboxItem.get_or_none(id=asked) if findable(OutboxItem, "id", asked) else None
    if row is None:
        raise Refused(404, T("No such action in the outbox."))
    require(request, row.community)
    requeued, _ = await requeue([row.id])
    flash(request, T("Queued again.") if requeued else T("That action is not a failed one."))
    return back(request, "/outbox")
