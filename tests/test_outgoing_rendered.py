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


class Bangs(LocalAdapter):
    """A platform whose clients keep "/" for themselves (IRC): members type `!help`."""

    command_prefix = "!"


async def _texts_after(sqlite_url, adapter_class, *said: str) -> list[str]:
    extra = {
        "rulesets": {
            "main": {
                "welcome": {
                    "text": "Welcome {name}! Type /rules; the guide: https://example.org/a/rules",
                    "coalesce": "0s",
                }
            }
        }
    }
    h = await Harness.open(extra, sqlite_url, run=False)
    h.adapter = adapter_class(h.world)
    h.engine = Engine(h.settings, h.database, [h.adapter], h.clock)
    await h.engine.start(scheduler=False)
    try:
        ann = h.world.user("ann", "Ann")
        await h.world.join(h.chat, ann)
        for text in said:
            await h.world.say(h.chat, ann, text)
        await h.settle()
        return h.world.texts(h.chat)
    finally:
        await h.close()


async def test_commands_named_in_texts_read_as_members_type_them_there(sqlite_url):
    """On IRC `/help` never reaches the channel (the client takes it), and the bot said "Send
    /help to me in a private chat". Its texts, and the operator's, now name commands with
    the adapter's prefix; a URL's slashes stay."""
    texts = await _texts_after(sqlite_url, Bangs, "!help")
    assert texts == [
        "Welcome Ann! Type !rules; the guide: https://example.org/a/rules",
        "Send !help to me in a private chat: I list there what you can use.",
    ]


async def test_commands_named_in_texts_keep_the_slash_where_members_type_it(sqlite_url):
    texts = await _texts_after(sqlite_url, LocalAdapter, "/help")
    assert texts[0] == "Welcome Ann! Type /rules; the guide: https://example.org/a/rules"
    assert "Send /help to me in a private chat" in texts[1]
