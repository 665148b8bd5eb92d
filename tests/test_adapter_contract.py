"""The adapter contract's capability table: a capability is declared by overriding its method
or by naming, in `performers`, the method that performs it; `capabilities` is derived from
both, and `perform` dispatches through them."""

from __future__ import annotations

import pytest

from groupops.adapters.telegram.aiogram_driver import AiogramAdapter
from groupops.adapters.telegram.ptb_driver import PTBAdapter
from groupops.core.actions import ActionResult, Ban, Kick, Mute, SendMessage
from groupops.core.adapter import Adapter
from groupops.core.adapter_queries import QUERY_CAPABILITIES, MemberInfo, MemberQueries
from groupops.core.capabilities import CAPABILITY_METHODS, Capability
from groupops.core.errors import Unsupported
from groupops.core.refs import Ref
from groupops.core.segments import Text

CHAT, USER = Ref("memo:room"), Ref("memo:user:ann")


class Tabled(Adapter):
    platform = "memo"
    name = "tabled"
    performers = {Capability.SEND: "_record", Capability.BAN: "_record"}

    def __init__(self) -> None:
        super().__init__()
        self.done: list[str] = []

    async def start(self, sink) -> None: ...

    async def stop(self) -> None: ...

    async def _record(self, action) -> ActionResult:
        self.done.append(action.kind)
        return ActionResult(message_ids=("1",))

    async def kick(self, action: Kick) -> ActionResult:  # an override still counts
        self.done.append("kick by method")
        return ActionResult()


async def test_performers_and_overrides_make_the_capability_table():
    adapter = Tabled()
    assert Tabled.capabilities == {Capability.SEND, Capability.BAN, Capability.KICK}
    await adapter.perform(SendMessage(chat=CHAT, segments=(Text("hi"),)))
    await adapter.perform(Ban(chat=CHAT, user=USER))
    await adapter.perform(Kick(chat=CHAT, user=USER))
    assert adapter.done == ["send", "ban", "kick by method"]
    with pytest.raises(Unsupported):
        await adapter.perform(Mute(chat=CHAT, user=USER))


def test_a_performer_naming_no_method_is_refused_when_the_class_is_made():
    with pytest.raises(TypeError, match="performers: no method '_missing'"):
        type("Broken", (Adapter,), {"performers": {Capability.SEND: "_missing"}})


@pytest.mark.parametrize("driver", [AiogramAdapter, PTBAdapter])
def test_both_telegram_drivers_declare_every_capability_by_table_or_method(driver):
    assert driver.capabilities == set(CAPABILITY_METHODS)


class Counted(Tabled, MemberQueries):
    """A platform that tells one member and its member count, and nothing else."""

    name = "counted"

    async def get_member(self, chat: Ref, user: Ref) -> MemberInfo:
        return MemberInfo(user=user, name="Ann")

    async def member_count(self, chat: Ref) -> int | None:
        return 7


async def test_member_queries_are_their_own_protocol_with_unknown_as_the_default():
    asked = Counted().queries
    assert isinstance(asked, MemberQueries)
    assert (await asked.get_member(CHAT, USER)).name == "Ann"
    assert await asked.member_count(CHAT) == 7
    assert await asked.readership(CHAT) is None
    assert await asked.holds_rights(CHAT, Capability.BAN) is None
    with pytest.raises(Unsupported) as raised:
        await asked.list_admins(CHAT)
    assert raised.value.capability == Capability.LIST_ADMINS
    # overriding a query that is a capability declares it; the others are no capability
    assert set(QUERY_CAPABILITIES) <= set(CAPABILITY_METHODS)
    assert Capability.GET_MEMBER in Counted.capabilities
    assert Capability.LIST_ADMINS not in Counted.capabilities


def test_an_adapter_without_queries_declares_none_and_offers_none():
    assert Tabled().queries is None
    assert not Tabled.capabilities & set(QUERY_CAPABILITIES)
    assert not hasattr(Tabled, "get_member")  # the actions and the queries are apart


def test_an_adapter_built_from_settings_knows_the_chats_named_on_its_platform():
    """An IRC adapter must join its channels; it was told them in an option of its own, a
    second list beside the communities' chats that could disagree with it. The adapter now
    finds every chat the settings name on its platform, each once, before `start`."""
    from groupops.core.platforms import build_adapters
    from groupops.core.settings.validate import validate_settings

    settings = validate_settings(
        {
            "platforms": {"local": {"adapter": "local"}},
            "rulesets": {"main": {"locale": "en"}},
            "communities": {
                "one": {
                    "ruleset": "main",
                    "chats": ["local:a", "telegram:-1001"],
                    "admin_chat": "local:admins",
                },
                "two": {
                    "ruleset": "main",
                    "chats": ["local:b"],
                    "admin_chat": "local:admins",
                },
            },
        },
        "test settings",
    )
    [adapter] = build_adapters(settings)
    assert adapter.configured_chats == (Ref("local:a"), Ref("local:admins"), Ref("local:b"))
