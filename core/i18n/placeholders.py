"""The `{placeholders}` of a message and of its translations, compared.

A translation that drops a placeholder loses what it stood for (a name, a count); one that
adds or misspells one prints `{nom}` to members, since render_text keeps unknown names as
written. Field names are read with the standard library's own format-string parser, the one
`str.format_map` uses when the message is rendered.
"""

from __future__ import annotations

import gettext
from string import Formatter

COUNT = "n"  # the count a plural message is chosen by (TN passes it as `{n}`)
# the counts a language's plural rule is asked about: past them, no rule in CLDR gives a form
# that a smaller number does not
COUNTS = (*range(2000), 10_000, 100_000, 1_000_000, 2_000_000, 10_000_000)


class BadFormat(ValueError):
    """A message or translation whose braces str.format cannot parse."""


def placeholders(text: str) -> frozenset[str]:
    """The field names of `text`: `{name}`, `{n:,}` and `{when!s}` give name, n and when."""
    try:
        return frozenset(name for _, name, _, _ in Formatter().parse(text) if name is not None)
    except ValueError as error:
        raise BadFormat(f"{error}: {text!r}") from error


def _counts_by_form(plural_expr: str, forms: int) -> dict[int, list[int]]:
    """Form index -> the COUNTS a language's rule (a gettext `plural=` expression) gives it."""
    rule = gettext.c2py(plural_expr)
    numbers: dict[int, list[int]] = {form: [] for form in range(forms)}
    for count in COUNTS:
        numbers.setdefault(rule(count), []).append(count)
    return numbers


def form_numbers(plural_expr: str, forms: int, shown: int = 3) -> dict[int, tuple[int, ...]]:
    """Form index -> the first counts a language's rule gives it (French: 0 -> (0, 1),
    1 -> (1000000, 2000000), 2 -> (2, 3, 4)): what a translator fills each form for."""
    return {
        form: tuple(counts[:shown]) for form, counts in _counts_by_form(plural_expr, forms).items()
    }


def single_number_forms(plural_expr: str, forms: int) -> frozenset[int]:
    """The plural forms a language's rule uses for one number only: Arabic's zero, one and
    two (0, 1, 2), German's one; not Russian's one (1, 21, 31…)."""
    numbers = _counts_by_form(plural_expr, forms)
    return frozenset(form for form in range(forms) if len(numbers[form]) == 1)


def placeholder_problem(
    source: str | tuple[str, ...],
    translated: str | tuple[str, ...],
    single: frozenset[int] = frozenset(),
) -> str:
    """Why the translation's placeholders differ from the source's, or "" when they agree.

    A plural form may use the singular's or the plural's placeholders (Chinese has one form,
    written like the English plural; an English singular may spell "one" instead of `{n}`).
    A form in `single`, used for one number only, may leave out the count, as a language says
    it in words (Arabic `نقطتان`, two points; `نقطة واحدة`, one point), and keeps every other
    placeholder."""
    sources = (source,) if isinstance(source, str) else source
    forms = (translated,) if isinstance(translated, str) else translated
    try:
        allowed = [placeholders(text) for text in sources]
        for index, form in enumerate(forms):
            found = placeholders(form)
            said = index in single and len(forms) > 1 and found | {COUNT} in allowed
            if found not in allowed and not said:
                expected = " or ".join(_braced(names) for names in dict.fromkeys(allowed))
                return f"placeholders {_braced(found)} in {form!r}, source has {expected}"
    except BadFormat as error:
        return f"unreadable braces: {error}"
    return ""


def _braced(names: frozenset[str]) -> str:
    return "{" + ", ".join(sorted(names)) + "}" if names else "none"
