"""What an adapter performs is the `Outgoing` view: the action with its texts rendered in the
reader's locale just before delivery (no I18nText reaches the adapter)."""

from __future__ import annotations

from support.harness import Harness

from groupops.adapters.local import LocalAdapter
from groupops.core.actions import ActionResult, Outgoing, Reply, SendMessage
from groupops.core.engine import Engine
from groupops.core.segments import I18nText, plain_text


class Recording(LocalAdapter):
    """The local adapter, keeping every action as `perform` received it."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.performed: list[Outgoing] = []

    async def perform(self, action: Outgoing) -> ActionResult:
        self.performed.append(action)
        return await super().perform(action)


async def test_perform_receives_text_rendered_in_the_members_locale(sqlite_url):
    h = await Harness.open({}, sqlite_url, run=False)
    h.adapter = adapter = Recording(h.world)
    h.engine = Engine(h.settings, h.database, [adapter], h.clock)
    await h.engine.start(scheduler=False)
    try:
        ann = h.user("ann")
        await h.world.say(h.chat, ann, "/setlang zh-CN")
        await h.settle()
        sent = [a for a in adapter.performed if isinstance(a, SendMessage | Reply)]
        assert sent, adapter.performed
        answer = sent[-1]
        segments = answer.segments
        assert not any(isinstance(s, I18nText) for s in segments)
        assert answer.locale == "zh_Hans"
        assert plain_text(segments) == "你的语言现在是 中文 (简体)。"
    finally:
        await h.close()
