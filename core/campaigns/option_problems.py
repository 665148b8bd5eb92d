"""What is wrong with a campaign's options, said in the asker's language on one line that
names the option (`winners: must be at least 1`), from pydantic's error types (a table);
a type the table does not know still names the option and the value refused."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from ..segments import I18nText, T
from ..settings.problems import key_path
from .spec import DISCOUNT_FALLS, ENDS_BEFORE_STARTS

# pydantic error type -> the problem; {field} is the option, {value} what was typed,
# {limit} the bound from the spec (ge, gt, le, lt, decimal places), {expected} the choices
PROBLEMS: dict[str, I18nText] = {
    "missing": T("{field}: is required"),
    "extra_forbidden": T("{field}: is not an option of this kind"),
    "greater_than_equal": T("{field}: must be at least {limit}"),
    "greater_than": T("{field}: must be more than {limit}"),
    "less_than_equal": T("{field}: must be at most {limit}"),
    "less_than": T("{field}: must be less than {limit}"),
    "int_parsing": T("{field}: {value} is not a whole number"),
    "int_type": T("{field}: {value} is not a whole number"),
    "int_from_float": T("{field}: {value} is not a whole number"),
    "decimal_parsing": T("{field}: {value} is not an amount"),
    "decimal_type": T("{field}: {value} is not an amount"),
    "float_parsing": T("{field}: {value} is not an amount"),
    "decimal_max_places": T("{field}: at most {limit} digits after the point"),
    "bool_parsing": T("{field}: must be true or false"),
    "literal_error": T("{field}: must be one of {expected}"),
    "date_parsing": T("{field}: {value} is not a date (YYYY-MM-DD)"),
    "date_from_datetime_parsing": T("{field}: {value} is not a date (YYYY-MM-DD)"),
    ENDS_BEFORE_STARTS: T("ends: must be after starts"),
    DISCOUNT_FALLS: T(
        "{field}: {size} people at {off}% off after {smaller} at {smaller_off}% off (each bigger "
        "group needs a bigger discount)"
    ),
}
ENDED = T("ends: {value} has passed")  # a campaign that would close as it opens
MOMENTS = ("starts", "ends")  # their validator's refusal: a moment was expected
NOT_A_MOMENT = T("{field}: {value} is not a moment (YYYY-MM-DD HH:MM, or a duration such as 3d)")
REFUSED = T("{field}: {value} is not accepted")
BOTH = T("{first}; {rest}")  # several problems on one line
LIMITS = ("ge", "gt", "le", "lt", "decimal_places", "max_places")


def _problem(error: ErrorDetails) -> I18nText:
    field = key_path(tuple(error["loc"])) or "?"
    context: dict[str, Any] = dict(error.get("ctx") or {})
    limit = next((context[k] for k in LIMITS if k in context), "")
    value = str(error.get("input", ""))
    text = PROBLEMS.get(error["type"])
    if text is None:
        text = NOT_A_MOMENT if field in MOMENTS else REFUSED
    expected = str(context.get("expected", "")).replace("'", "").replace(" or ", ", ")
    params = {k: str(v) for k, v in context.items()}  # an own error's values, by name
    params |= {"field": field, "value": value, "limit": str(limit), "expected": expected}
    return T(text.msgid, **{k: v for k, v in params.items() if "{" + k + "}" in text.msgid})


def problems_of(error: ValidationError) -> I18nText:
    """Every problem of a validation, the first first, on one line."""
    problems = [_problem(e) for e in error.errors(include_url=False)]
    line = problems[-1]
    for problem in reversed(problems[:-1]):
        line = T(BOTH.msgid, first=problem, rest=line)
    return line


def refused_option(key: str, value: str) -> I18nText:
    """An option its kind's reader could not read (`tiers=3-20`)."""
    return T(REFUSED.msgid, field=key, value=value)
