"""An adapter that answers no member queries (`Adapter.queries` is None): the engine and the
features fall back to what groupops knows itself, as for a platform that does not say."""

from __future__ import annotations

from support.harness import Harness

from groupops.adapters.local import LocalAdapter
from groupops.core.adapter_queries import QUERY_CAPABILITIES, MemberQueries
from groupops.core.capabilities import Capability


class Unasked(LocalAdapter):
    """The local platform behind an adapter that offers no `MemberQueries`."""

    @property
    def queries(self) -> MemberQueries | None:
        return None


async def test_adminlist_without_queries_names_only_the_admins_groupops_knows(sqlite_url):
    extra = {"communities": {"club": {"roles": {"deputy": ["local:user:dee"]}}}}
    h = await Harness.open(extra, sqlite_url, run=False)
    await h.start_with(Unasked(h.world, capabilities=set(Capability) - set(QUERY_CAPABILITIES)))
    try:
        ann = h.user("ann", admin=True)  # an admin the platform would name, were it asked
        dee = h.user("dee")
        await h.world.say(h.chat, dee, "hi")
        await h.world.say(h.chat, ann, "/adminlist")
        await h.settle()
        assert h.engine.admins.known(h.chat) == {}  # the admin list was never asked for
        assert h.world.texts(h.chat)[-1] == "Admins of Test Club:\n• Dee (Deputy owner)"
    finally:
        await h.close()
