"""The request plumbing every page shares: who is signed in (the session's grant), the
CSRF token each form carries, the page's language, and rendering a template with them.
Starlette and Jinja2 come from the `dashboard` extra."""

from __future__ import annotations

import hmac
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from babel import Locale, UnknownLocaleError
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from ..i18n.catalogs import available_locales
from ..i18n.direction import defused
from ..i18n.names import locale_name
from ..i18n.negotiate import match
from ..i18n.render import render_text
from ..metrics.compute import clock_of
from ..money import money
from ..points import TIER_LABELS
from ..segments import TN, I18nText, T
from ..words import word_of
from .links import Grant
from .moments import mixed, said

HERE = Path(__file__).parent
# the console's own tables beside the stored words': a member's tier, as /tier says it
CONSOLE_WORDS = {"tier": TIER_LABELS}


def direction(code: str) -> str:
    """`rtl` for a language written right to left (Arabic, Persian), else `ltr`."""
    try:
        order = Locale.parse(code).character_order
    except (ValueError, UnknownLocaleError):
        return "ltr"
    return "rtl" if order == "right-to-left" else "ltr"


templates = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(("html",)),
    trim_blocks=True,
    lstrip_blocks=True,
)
# a member's name, a title, a message: without the bidi overrides that would turn the page's
# text around them, as the bot's own texts insert them
templates.filters["plain"] = defused
# an amount with its currency: Stars whole (750 XTR), as the decimal column does not keep them
templates.globals["money"] = money


class Refused(HTTPException):
    """A request the console turns down, saying why in the reader's language."""

    def __init__(self, status: int, text: I18nText) -> None:
        super().__init__(status, text.msgid)
        self.text = text


SESSION = "session"  # the session's name: the digest of the link that opened it
NOT_YOURS = T("This is not a community you hold a role in.")
STALE_FORM = T("The form's security token is missing or stale: reload the page.")
CROSS_SITE = T("This form was sent from another site; the console does not take it.")
ONCE = "once"  # a form's one-time mark: the same submission sent again is carried out once
DEFAULT_PORTS = {"http": 80, "https": 443}


class SignInNeeded(Exception):
    """No session (or an expired one): the sign-in page answers."""


def member_url(community: str, key: str) -> str:
    """A member's page. Their key is the platform's id, which the console does not choose: a
    `?`, `#`, `%` or `/..` in it (a Matrix id may hold a `/`) would otherwise end the path
    early or walk out of it, a link to another page and a form sent elsewhere."""
    return f"/c/{quote(community, safe='')}/m/{quote(key, safe=':@')}"


templates.globals["member_url"] = member_url


def grant_of(request: Request) -> Grant | None:
    data = request.session.get("grant")
    return Grant.of(data) if isinstance(data, dict) else None


def require(request: Request, community: str | None = None) -> Grant:
    """The signed-in grant; with `community`, only if it covers it (403 otherwise, the same
    answer for a community that does not exist, so names are not probed)."""
    grant = grant_of(request)
    if grant is None:
        raise SignInNeeded()
    if community is not None and (
        not grant.sees(community) or community not in request.app.state.settings.communities
    ):
        raise Refused(403, NOT_YOURS)
    return grant


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = request.session["csrf"] = secrets.token_urlsafe(24)
    return token


def origin_of(url: str) -> str:
    """`scheme://host[:port]` of `url`, the port left out where it is the scheme's own."""
    parts = urlsplit(url.strip())
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        return ""
    shown = f":{port}" if port and port != DEFAULT_PORTS.get(scheme) else ""
    return f"{scheme}://{host}{shown}" if scheme and host else ""


def same_origin(request: Request) -> bool:
    """A form posted from the console's own pages: its Origin (or, without one, its Referer)
    is the address it was served at or the configured `dashboard.base_url`. A request with
    neither (not a browser's) is left to the CSRF token."""
    sent = request.headers.get("origin") or request.headers.get("referer")
    if sent is None:
        return True
    own = {
        origin_of(str(request.base_url)),
        origin_of(request.app.state.settings.dashboard.base_url),
    }
    return origin_of(sent) in own - {""}


async def form_of(request: Request) -> dict[str, str]:
    """The posted form, once it comes from the console's own origin and its CSRF token
    matches the session's (403 otherwise)."""
    if not same_origin(request):
        raise Refused(403, CROSS_SITE)
    form = await request.form()
    sent = str(form.get("csrf", ""))
    if not hmac.compare_digest(sent.encode(), csrf_token(request).encode()):
        raise Refused(403, STALE_FORM)
    request.state.once = str(form.get(ONCE, ""))[:64]  # names the request it asks for
    return {storable(key): storable(str(value)) for key, value in form.items()}


def storable(text: str) -> str:
    """`text` without what PostgreSQL's text refuses (NUL, and lone surrogates UTF-8 cannot
    hold): a search or a form holding one reads on, rather than failing in the database."""
    return "".join(c for c in text if c != "\0" and not "\ud800" <= c <= "\udfff")


def findable(model: Any, field: str, value: str) -> bool:
    """Whether a row's `field` could hold `value`: without what the database refuses (a NUL)
    and within the column's length. The ORM refuses to look up a value that could not be
    stored (a member's address or an entry's id made 5,000 characters long answered 500):
    such a value is nobody's, and the page says not found."""
    limit = model._meta.fields_map[field].max_length
    return value == storable(value) and (limit is None or len(value) <= limit)


def locale_of(request: Request) -> str:
    chosen = request.session.get("locale")
    if isinstance(chosen, str) and chosen in available_locales():
        return chosen
    for part in request.headers.get("accept-language", "").split(","):
        found = match(part.split(";")[0].strip())
        if found:
            return found
    return "en"


def title_of(request: Request, community: str) -> str:
    """The community's configured title, else its key."""
    config = request.app.state.settings.communities.get(community)
    if config is None:
        return community
    return defused(config.title_in(locale_of(request)) or community)


def flash(request: Request, message: I18nText) -> None:
    """A notice for the next page, said now in the reader's language: the session keeps only
    plain values, and a refusal's reason may hold others (a moment, a nested text)."""
    request.session.setdefault("flash", []).append(render_text(message, locale_of(request)))


def page(request: Request, template: str, status: int = 200, **values: Any) -> HTMLResponse:
    locale = locale_of(request)

    def translate(text: Any, **params: Any) -> str:
        if isinstance(text, I18nText):
            return render_text(text, locale)
        if isinstance(text, str) and text and params is not None:  # "" is the catalog's header
            return render_text(I18nText(text, params), locale)
        return str(text)

    settings = request.app.state.settings
    grant = grant_of(request)
    shown = grant.visible(list(settings.communities)) if grant else []
    zoned = mixed(clock_of(settings, name) for name in shown)

    def when(moment: Any, community: str, day: bool = False) -> str:
        """A stored UTC moment on the community's clock, as the locale writes it."""
        if moment is None:
            return ""
        known = community in settings.communities
        timezone = clock_of(settings, community).timezone if known else "UTC"
        return said(moment, locale, timezone, day=day, zoned=zoned)

    def word(table: str, stored: str) -> str:
        if table in CONSOLE_WORDS:
            return translate(CONSOLE_WORDS[table].get(stored, stored))
        return translate(word_of(table, stored))

    def title(community: str) -> str:
        return title_of(request, community)

    def plural(singular: str, plural: str, n: int, **params: Any) -> str:
        return translate(TN(singular, plural, n, **params))

    notices = [str(notice) for notice in request.session.pop("flash", [])]
    html = templates.get_template(template).render(
        request=request,
        T=translate,
        TN=plural,
        t=translate,
        grant=grant,
        csrf=csrf_token(request),
        once=lambda: secrets.token_urlsafe(16),  # a fresh mark for each form on the page
        locale=locale,
        direction=direction(locale),
        locales=[(code, locale_name(code)) for code in available_locales()],
        notices=notices,
        when=when,
        word=word,
        title=title,
        **values,
    )
    # not kept: Back fetches the page again, with fresh one-time marks (and the forms, with
    # autocomplete off, are not refilled with what was sent), and a signed-in page is not
    # left in a shared cache
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})


def came_from(request: Request) -> str | None:
    """The console page a form was posted from (never another site's address)."""
    target = request.headers.get("referer") or ""
    return target if target.startswith(str(request.base_url)) else None


def back(request: Request, fallback: str) -> Response:
    """See the page the form was on (303: the browser fetches it with GET)."""
    return RedirectResponse(came_from(request) or fallback, status_code=303)
