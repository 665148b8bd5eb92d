"""Who counts as a newcomer: a member in their first hours or first few messages, where most
group spam comes from (a fresh account posts its ad and leaves). The `newcomers` detector keeps
links and contacts from them; the classifier judges them at stricter thresholds."""

from __future__ import annotations

from datetime import timedelta

from pydantic import Field

from ..settings import SectionModel
from .detector import Sample


class NewcomerSpan(SectionModel):
    hours: int = Field(default=24, ge=0)  # a newcomer for their first N hours ...
    messages: int = Field(default=3, ge=0)  # ... or until they have sent N messages

    def holds(self, sample: Sample) -> bool:
        """Whether the sender is a newcomer; False where the platform says neither fact."""
        if sample.member_messages is not None and sample.member_messages < self.messages:
            return True
        return (
            sample.time is not None
            and sample.member_joined is not None
            and sample.time - sample.member_joined < timedelta(hours=self.hours)
        )
