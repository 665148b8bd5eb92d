"""The content calendar's ruleset section (`[rulesets.NAME.calendar]`): posts on a cron
schedule. Declared apart from the component (calendar.py), so that validating settings
(`groupops check`) does not import the engine."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import field_validator

from ..settings import SectionModel, ruleset_section
from ..settings.types import Cron, LocalizedText

NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,47}$")


class Post(SectionModel):
    name: str  # unique in the calendar; names the job
    cron: Cron  # minute hour day month weekday, in the community clock
    text: LocalizedText  # one text, or one per locale; {community} is filled in
    policy: Literal["late", "skip"] = "skip"  # after downtime: post late once, or drop it
    enabled: bool = True

    @field_validator("name")
    @classmethod
    def _check_name(cls, value: str) -> str:
        if not NAME.match(value):
            raise ValueError(
                f"{value!r} is not a post name (expected lower-case letters, digits, '-' or '_', "
                "at most 48 characters)"
            )
        return value


@ruleset_section("calendar")
class CalendarConfig(SectionModel):
    posts: tuple[Post, ...] = ()

    @field_validator("posts")
    @classmethod
    def _unique(cls, posts: tuple[Post, ...]) -> tuple[Post, ...]:
        seen: set[str] = set()
        for post in posts:
            if post.name in seen:
                raise ValueError(f"post name {post.name!r} is used twice")
            seen.add(post.name)
        return posts
