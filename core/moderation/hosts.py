"""The site a link really names, for the link allowlist.

The normalised text folds look-alike letters to Latin, which is what a word list wants and
what an allowlist must not have: `gіthub.com` (a Cyrillic і) folds to `github.com` but is
another site. A host is allowed only as it is written, the way a browser reads it: compatibility
forms and case folded (`ＧｉｔＨｕｂ.com` is github.com), punycode labels decoded
(`xn--gthub-n4a.com` is `gіthub.com`), nothing else. A host that folds to an allowed domain
without being it is a look-alike of that domain.
"""

from __future__ import annotations

import re
import unicodedata

from .normalize import clean, disguised_dots, normalise
from .patterns import HOST, TLDS, domain_allowed

# Links as written: any letters in a host (the normalised text's patterns see only Latin).
_WRITTEN = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'，。）)]+"
    rf"|(?<![\w@.-])[\w-]{{1,63}}(?:\.[\w-]{{1,63}})*\.(?:{TLDS})(?![\w-])"
    r"(?:/[^\s<>\"'，。）)]*)?"
)


def real_host(host: str) -> str:
    """`host` as a browser reads it: compatibility forms and case folded, punycode decoded."""
    host = unicodedata.normalize("NFKC", host).casefold().rstrip(".")
    if "xn--" not in host:
        return host
    return ".".join(_decoded(label) for label in host.split("."))


def _decoded(label: str) -> str:
    if not label.startswith("xn--"):
        return label
    try:
        return label[4:].encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):  # not valid punycode: the label as written
        return label


def written_links(text: str) -> list[tuple[str, str]]:
    """The links in `text` as written, in order: (host as `real_host` reads it, link)."""
    form = disguised_dots(unicodedata.normalize("NFKC", clean(text)).casefold())
    links = []
    for link in _WRITTEN.finditer(form):
        found = HOST.match(link.group(0))
        if found:
            links.append((real_host(found.group(1)), link.group(0)))
    return links


def as_written(host: str, written: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The first of `written` whose host folds to `host` (a link of the normalised text), taken
    from the list so that a second link with the same folded host pairs with the next."""
    for n, (real, link) in enumerate(written):
        if real == host or normalise(real) == host:
            del written[n]
            return real, link
    return None


def lookalike_of(host: str, allowed: tuple[str, ...]) -> str | None:
    """The allowed domain `host` imitates (it folds to it and is not it), else None."""
    folded = normalise(host)
    if folded == host or not domain_allowed(folded, allowed):
        return None
    return next(d for d in allowed if domain_allowed(folded, (d,)))
