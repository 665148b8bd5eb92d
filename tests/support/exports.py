"""Chat exports in the shapes operators produce: Telegram Desktop's result.json (Settings >
Advanced > Export chat history, JSON) and the documented WeChat chat-log CSV."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class TelegramExport:
    def __init__(self, name: str = "Run Club", chat_id: int = 1234567890) -> None:
        self.data: dict[str, Any] = {
            "name": name, "type": "private_supergroup", "id": chat_id, "messages": [],
        }  # fmt: skip
        self.next_id = 1

    def _base(self, at: datetime, kind: str) -> dict[str, Any]:
        message = {
            "id": self.next_id,
            "type": kind,
            "date": at.replace(tzinfo=None).isoformat(),  # local time, no zone, as exported
            "date_unixtime": str(int(at.timestamp())),
        }
        self.next_id += 1
        self.data["messages"].append(message)
        return message

    def say(self, at: datetime, user: int, name: str, text: Any, reply_to: int | None = None):
        message = self._base(at, "message")
        entities = text if isinstance(text, list) else [{"type": "plain", "text": text}]
        message |= {
            "from": name,
            "from_id": f"user{user}",
            "text": text,
            "text_entities": [e for e in entities if isinstance(e, dict)],
        }
        if reply_to is not None:
            message["reply_to_message_id"] = reply_to
        return message["id"]

    def join(self, at: datetime, user: int, name: str) -> None:
        self._base(at, "service").update(
            actor=name, actor_id=f"user{user}", action="join_group_by_link",
            inviter="Group", text="", text_entities=[],
        )  # fmt: skip

    def leave(self, at: datetime, user: int, name: str) -> None:
        self._base(at, "service").update(
            actor=name, actor_id=f"user{user}", action="remove_members", members=[name],
            text="", text_entities=[],
        )  # fmt: skip

    def remove(self, at: datetime, admin: int, admin_name: str, name: str) -> None:
        """An admin's removal: the same action as leaving, with the admin as the actor."""
        self._base(at, "service").update(
            actor=admin_name, actor_id=f"user{admin}", action="remove_members", members=[name],
            text="", text_entities=[],
        )  # fmt: skip

    def invite(self, at: datetime, inviter: int, inviter_name: str, name: str) -> None:
        self._base(at, "service").update(
            actor=inviter_name, actor_id=f"user{inviter}", action="invite_members",
            members=[name], text="", text_entities=[],
        )  # fmt: skip

    def write(self, folder: Path) -> Path:
        path = folder / "result.json"
        path.write_text(json.dumps(self.data, ensure_ascii=False, indent=1), encoding="utf-8")
        return path


def wechat_csv(folder: Path, rows: list[tuple[datetime, str, str, str, str]]) -> Path:
    path = folder / "wechat.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["time", "sender_id", "sender_name", "type", "text"])
        for at, sender, name, kind, text in rows:
            writer.writerow([at.isoformat(), sender, name, kind, text])
    return path


def a_week_of_history(export: TelegramExport) -> TelegramExport:
    """Seven days: regulars chatting and checking in, a spammer with contact ads, a link
    poster, a newcomer who joins and one who leaves."""
    regulars = [(11, "Ann"), (12, "Bo"), (13, "Cy"), (14, "Di")]
    for day in range(7):
        morning = START + timedelta(days=day)
        for n, (user, name) in enumerate(regulars):
            export.say(morning + timedelta(minutes=n), user, name, "签到")
        question = export.say(morning + timedelta(hours=1), 11, "Ann", "How do I deploy this?")
        answer = "Use the compose file from the docs, it works well"
        export.say(morning + timedelta(hours=1, minutes=5), 12, "Bo", answer, reply_to=question)
        export.say(morning + timedelta(hours=2), 13, "Cy", [
            "see ", {"type": "link", "text": "https://promo.example.net/deal"}, " for a deal",
        ])  # fmt: skip
    export.join(START + timedelta(hours=3), 66, "Spammer")
    for n in range(3):
        export.say(START + timedelta(hours=3, minutes=10 * (n + 1)), 66, "Spammer",
                   "vx: abc123456 加我 领红包")  # fmt: skip
    export.join(START + timedelta(days=2), 15, "Eve")
    export.say(START + timedelta(days=2, minutes=5), 15, "Eve", "hello everyone")
    export.leave(START + timedelta(days=4), 14, "Di")
    return export
