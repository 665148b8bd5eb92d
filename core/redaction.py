"""Keeps secrets out of logs, error messages and tracebacks.

Every value stored under a secret key in settings is registered here; so is anything shaped
like a Telegram bot token, whether or not it came from settings (a library may log a URL),
the credentials of any URL (`user:password@`, `:password@`, Redis's `password@`, with a
password that may itself hold `@`), a `password=`, `token=`, `access_token=` or `secret=`
pair (in a URL's query or bare in a message) and an `Authorization: Bearer …` credential.
The console, `groupops outbox` and the logs all show text through `redact`.
`install_excepthook` routes uncaught exceptions through `redact` too, so no exit path prints a
secret.
"""

from __future__ import annotations

import re
import sys
import threading
import traceback
from types import TracebackType
from urllib.parse import unquote

MASK = "***"
# the keys whose value is a secret, in a URL's query (`?password=`, OneBot 12's
# `?access_token=`) or a bare `key=value` pair of a message (`client_secret=…`)
SECRET_KEYS = r"(?:[a-z]+_)?(?:password|passwd|token|secret)|api_?key"
# the value of such a pair, masked whatever its length (the key is kept: it says what it was)
# (closing punctuation after it is the sentence's: `(bridge at ws://h/?access_token=***):`)
_SECRET_PAIR = re.compile(
    rf"(?<![\w-])(?:{SECRET_KEYS})=([^\s&#;,'\"`]+?)(?=[):.\]]*(?:[\s&#;,'\"`]|$))", re.I
)
# an HTTP credential quoted with its scheme (`Authorization: Bearer abc…`, `Basic dXNl…`)
_CREDENTIAL = re.compile(r"\b(?:Bearer|Basic|Token)\s+([A-Za-z0-9._~+/=-]{6,})")
_TOKEN_SHAPES = re.compile(
    r"(?<!\d)\d{6,12}:[A-Za-z0-9_-]{30,}"  # Telegram bot token, also inside .../bot<token>/
    # URL credentials: everything between :// and the last @ of the authority
    r"|(?<=://)[^\s/?#]+(?=@[^\s/?#@]*(?:[\s/?#'\"`]|$))"
)
_secrets: set[str] = set()
_pattern: re.Pattern[str] | None = None


def register(*values: str) -> None:
    """Treat these strings as secrets from now on (values under 6 characters are ignored:
    masking them would garble ordinary text)."""
    global _pattern
    _secrets.update(v for v in values if v and len(v) >= 6)
    if _secrets:
        alternatives = sorted(_secrets, key=len, reverse=True)
        _pattern = re.compile("|".join(re.escape(v) for v in alternatives))


# a password or access token in a URL's query (`?access_token=` is OneBot 12's)
QUERY_PASSWORD = re.compile(rf"[?&](?:{SECRET_KEYS})=([^&#\s]+)", re.I)


def mask_query_password(url: str) -> str:
    return QUERY_PASSWORD.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + MASK, url)


SCHEME_LIKE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*(?::/*|/+)|")


def _credentials(url: str) -> tuple[str, str, str] | None:
    """(`scheme://`, the credentials, what follows their @) of a URL whose query password is
    already masked; the credentials run to the URL's last @, so a password holding an
    unencoded / # ? or @ is whole. None without credentials."""
    scheme, sep, rest = url.partition("://")
    if not sep:  # a URL missing its "://" ("postgres//u:pw@db"): after what looks a scheme
        cut = SCHEME_LIKE.match(url).end()  # type: ignore[union-attr]  # matches "" at least
        scheme, rest = url[:cut], url[cut:]
    credentials, at, after = rest.rpartition("@")
    return (scheme + sep, credentials, after) if at else None


def url_credentials(url: str) -> list[str]:
    """The secret parts of a URL: the password of its `user:password@` and a `password=` in
    its query, as written and percent-decoded."""
    found = QUERY_PASSWORD.findall(url)
    parts = _credentials(mask_query_password(url))  # first: that password may hold an @
    if parts is not None:
        prefix, credentials, _ = parts
        user, colon, password = credentials.partition(":")
        if colon:
            found.append(password)
        elif prefix.startswith("redis"):  # redis://password@host: the password alone
            found.append(user)
    return [form for secret in found for form in (secret, unquote(secret)) if secret]


def redact_url(url: str) -> str:
    """The URL with its passwords masked (Redis's `redis://password@host` form included)."""
    url = mask_query_password(url)
    parts = _credentials(url)
    if parts is None:
        return url
    prefix, credentials, after = parts
    user, colon, _ = credentials.partition(":")
    if not colon and not prefix.startswith("redis"):  # a user name alone is no secret: kept,
        return url  # so `postgres://postgres@host/db` can be copied from what is printed
    return f"{prefix}{user}:{MASK}@{after}" if colon and user else f"{prefix}{MASK}@{after}"


def register_url(url: str | None) -> None:
    """Mask this URL's credentials from now on, wherever they appear."""
    if url:
        register(*url_credentials(url))


def _masked_value(found: re.Match[str]) -> str:
    """The match with its group 1 (the secret value) masked, the rest (the key) kept."""
    start, end = found.span(1)
    whole = found.group(0)
    return whole[: start - found.start()] + MASK + whole[end - found.start() :]


def redact(text: str) -> str:
    if _pattern is not None:
        text = _pattern.sub(MASK, text)
    text = _SECRET_PAIR.sub(_masked_value, text)
    text = _CREDENTIAL.sub(_masked_value, text)
    return _TOKEN_SHAPES.sub(MASK, text)


def one_line(exc: BaseException) -> str:
    """What went wrong, in one line and without secrets (the type named for OS errors,
    whose text alone says little: "[Errno 111] Connect call failed")."""
    said = " ".join(str(exc).split())
    text = said or type(exc).__name__  # a bare TimeoutError() says nothing but its name
    if said and isinstance(exc, OSError) and type(exc) is not OSError:
        text = f"{type(exc).__name__}: {text}"
    return redact(text)


def _print_redacted(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    sys.stderr.write(redact("".join(traceback.format_exception(kind, value, tb))))
    sys.stderr.flush()


def install_excepthook() -> None:
    """Uncaught exceptions (main thread and others) print their traceback redacted."""
    sys.excepthook = _print_redacted
    threading.excepthook = lambda args: _print_redacted(
        args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
    )
