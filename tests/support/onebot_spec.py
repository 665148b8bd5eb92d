"""OneBot 12 shapes checked by an independent party: NoneBot's `nonebot-adapter-onebot`.

Events are parsed with its v12 pydantic event models; action requests are checked against
the action signatures of its `Bot` (declared in its `bot.pyi`: required parameters, and each
parameter's type, the message included), and answers against its response types. The stub
file is read as source, with postponed annotations, since it only declares.
"""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import pytest

v12 = pytest.importorskip("nonebot.adapters.onebot.v12", reason="pip install '.[test]'")
from nonebot.adapters.onebot.v12 import event as nb_events  # noqa: E402
from pydantic import TypeAdapter  # noqa: E402

EVENT_MODELS: dict[tuple[str, str], type] = {
    ("message", "group"): nb_events.GroupMessageEvent,
    ("message", "private"): nb_events.PrivateMessageEvent,
    ("notice", "group_member_increase"): nb_events.GroupMemberIncreaseEvent,
    ("notice", "group_member_decrease"): nb_events.GroupMemberDecreaseEvent,
    ("meta", "connect"): nb_events.ConnectMetaEvent,
    ("meta", "heartbeat"): nb_events.HeartbeatMetaEvent,
    ("meta", "status_update"): nb_events.StatusUpdateMetaEvent,
}
EXTENSION_PREFIX = "wx."  # the spec's rule: extension actions carry a platform prefix


@cache
def _stub() -> types.ModuleType:
    path = Path(v12.__file__).parent / "bot.pyi"
    source = path.read_text().replace(
        "from typing import Any, Literal, TypedDict, overload",
        "from typing import Any, Literal, overload\nfrom typing_extensions import TypedDict",
    )
    module = types.ModuleType("nonebot.adapters.onebot.v12.bot_stub")
    module.__package__ = v12.__name__
    code = compile("from __future__ import annotations\n" + source, str(path), "exec")
    exec(code, module.__dict__)
    return module


def check_event(event: Mapping[str, Any]) -> Any:
    """The NoneBot model of `event`; raises when NoneBot's model rejects it."""
    model = EVENT_MODELS.get((event.get("type", ""), event.get("detail_type", "")))
    assert model is not None, f"no NoneBot model for {event.get('type')}/{event.get('detail_type')}"
    for segment in event.get("message") or ():
        if segment.get("type") == "reply":  # what NoneBot reads a reply's segment into
            TypeAdapter(nb_events.Reply).validate_python(segment["data"])
    return TypeAdapter(model).validate_python(dict(event))


def check_request(request: Mapping[str, Any]) -> None:
    """An action request: its frame, and its parameters against NoneBot's signature."""
    assert set(request) <= {"action", "params", "echo", "self"}, sorted(request)
    action, params = request["action"], request.get("params") or {}
    assert isinstance(params, dict)
    if "self" in request:
        TypeAdapter(_stub().BotSelf).validate_python(request["self"])
    if action.startswith(EXTENSION_PREFIX):
        return
    method = getattr(_stub().Bot, action, None)
    assert method is not None, f"{action} is not a OneBot 12 action NoneBot knows"
    signature = inspect.signature(method)
    hints = typing.get_type_hints(method, _stub().__dict__)
    required = {
        name
        for name, p in signature.parameters.items()
        if p.kind is p.KEYWORD_ONLY and p.default is inspect.Parameter.empty
    }
    assert required <= set(params), f"{action}: missing {sorted(required - set(params))}"
    for name, value in params.items():
        if name in hints and name != "kwargs":
            TypeAdapter(hints[name]).validate_python(value)


RESPONSES = {  # action -> NoneBot's declared answer (get_status: its event model's Status,
    # since the stub declares `good` as a string where the spec has a boolean)
    "get_status": nb_events.Status,
}


def check_answer(action: str, data: Any) -> None:
    """What a bridge answered `action` with, against NoneBot's declared return type."""
    if action.startswith(EXTENSION_PREFIX):
        return
    expected = RESPONSES.get(action)
    if expected is None:
        expected = typing.get_type_hints(getattr(_stub().Bot, action), _stub().__dict__)["return"]
    TypeAdapter(expected).validate_python(data)
