"""The captcha challenges of a community: pending ones in memory (and their rows), the
outcome of each kept for the report and for passes that count elsewhere."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from ..engine import Context, Slice
from ..storage.models import JoinChallenge
from ..storage.statements import upsert
from .challenge import Challenge


class ChallengeRow(NamedTuple):
    community: str
    chat: str
    member: str
    mode: str
    answer: str
    choices: str  # JSON
    attempts_left: int
    via: str
    status: str
    message: str  # outbox ids of the question, then of wrong-answer hints
    created_at: datetime | None  # set on every challenge asked (see Challenge)
    due_at: datetime | None
    done_at: datetime | None


CHALLENGE_UPSERT = upsert(
    "join_challenges",
    ChallengeRow,
    key=("community", "chat", "member"),
    update=(
        "mode", "answer", "choices", "attempts_left", "via", "status", "message", "created_at",
        "due_at", "done_at",
    ),
)  # fmt: skip


@dataclass(slots=True)
class Challenges:
    pending: dict[tuple[str, str], Challenge] = field(default_factory=dict)  # (chat, member)
    # Solved in private before a join request was approved: the join that follows is let in.
    approved: set[tuple[str, str]] = field(default_factory=set)

    def find(self, chat: str, member: str) -> Challenge | None:
        return self.pending.get((chat, member))

    def private_of(self, member: str) -> Challenge | None:
        """The join request `member` is answering in private."""
        return next(
            (c for c in self.pending.values() if c.member == member and c.via == "private"), None
        )

    def save(self, ctx: Context, challenge: Challenge) -> None:
        """Keep `challenge` (pending or decided) in memory and write its row with the event."""
        key = (challenge.chat, challenge.member)
        if challenge.status == "pending":
            self.pending[key] = challenge
        else:
            self.pending.pop(key, None)
            if challenge.status == "approved":
                self.approved.add(key)
        answer, choices = challenge.encoded()
        done = None if challenge.status == "pending" else ctx.now
        ctx.write(
            CHALLENGE_UPSERT,
            ChallengeRow(
                ctx.community.name, challenge.chat, challenge.member, challenge.mode, answer,
                choices, challenge.attempts_left, challenge.via, challenge.status,
                challenge.message, challenge.created_at, challenge.due_at, done,
            ),
        )  # fmt: skip


class ChallengeSlice(Slice[Challenges]):
    name = "join_challenges"

    @classmethod
    async def load(cls, community: str, database: Any) -> Challenges:
        state = Challenges()
        for row in await JoinChallenge.filter(
            community=community, status__in=("pending", "approved")
        ):
            if row.status == "approved":
                state.approved.add((row.chat, row.member))
                continue
            extra = json.loads(row.choices or "{}")
            state.pending[(row.chat, row.member)] = Challenge(
                chat=row.chat,
                member=row.member,
                mode=row.mode,
                accepted=tuple(json.loads(row.answer or "[]")),
                choices=tuple(extra.get("choices", ())),
                prompt=dict(extra.get("prompt", {})),
                attempts_left=row.attempts_left,
                via=row.via,
                message=row.message,
                created_at=row.created_at,
                due_at=row.due_at,
            )
        return state


async def passed_elsewhere(member: str, community: str) -> bool:
    return (
        await JoinChallenge.filter(member=member, status__in=("passed", "approved"))
        .exclude(community=community)
        .exists()
    )
