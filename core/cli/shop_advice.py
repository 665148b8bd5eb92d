"""What `groupops check` says of a points shop nobody wrote: a ruleset without a `shop`
section offers members the built-in catalogue (a product trial, a consultation, lifetime
access, a meetup: the playbook's), which they can spend points on, in the operator's name."""

from __future__ import annotations

from ..errors import SettingsProblem
from ..points.shop_config import DEFAULT_ITEMS
from ..settings.schema import Settings


def shop_advice(settings: Settings, env: str) -> list[SettingsProblem]:
    used = {community.ruleset for community in settings.communities.values()}
    return [
        SettingsProblem(
            f"{env}.rulesets.{name}.shop",
            "not set, so members can redeem points for the built-in catalogue ("
            f"{', '.join(item.id for item in DEFAULT_ITEMS)}) in your name: list your own "
            "items, or write items = [] for no shop",
        )
        for name, ruleset in settings.rulesets.items()
        if name in used
        and (ruleset.pipeline is None or "shop" in ruleset.pipeline)
        and ruleset.shop.items == DEFAULT_ITEMS
    ]
