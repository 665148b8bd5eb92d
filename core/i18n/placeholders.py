"""The `{placeholders}` of a message and of its translations, compared.

A translation that drops a placeholder loses what it stood for (a name, a count); one that
adds or misspells one prints `{nom}` to members, since render_text keeps unknown names as
written. Field names are read with the standard library's own format-string parser, the one
`str.format_map` uses when the message is rendered.
"""

from __future__ import annotations

from string import Formatter


class BadFormat(ValueError):
    """A message or translation whose braces str.format cannot parse."""


def placeholders(text: str) -> frozenset[str]:
    """The field names of `text`: `{name}`, `{n:,}` and `{when!s}` give name, n and when."""
    try:
        return frozenset(name for _, name, _, _ in Formatter().parse(text) if name is not None)
    except ValueError as error:
        raise BadFormat(f"{error}: {text!r}") from error


def placeholder_problem(source: str | tuple[str, ...], translated: str | tuple[str, ...]) -> str:
    """Why the translation's placeholders differ from the source's, or "" when they agree.

    A plural form may use the singular's or the plural's placeholders (Chinese has one form,
    written like the English plural; an English singular may spell "one" instead of `{n}`)."""
    sources = (source,) if isinstance(source, str) else source
    forms = (translated,) if isinstance(translated, str) else translated
    try:
        allowed = [placeholders(text) for text in sources]
        for form in forms:
            found = placeholders(form)
            if found not in allowed:
                expected = " or ".join(_braced(names) for names in dict.fromkeys(allowed))
                return f"placeholders {_braced(found)} in {form!r}, source has {expected}"
    except BadFormat as error:
        return f"unreadable braces: {error}"
    return ""


def _braced(names: frozenset[str]) -> str:
    return "{" + ", ".join(sorted(names)) + "}" if names else "none"
