"""What `groupops check` says of a join captcha the platforms cannot ask as configured: a
question to press where nothing can be pressed (it is asked as a typed one there), and a
captcha that asks nobody (`where_no_mute = "off"` on a platform that cannot mute)."""

from __future__ import annotations

from ..adapter import Adapter
from ..capabilities import Capability
from ..errors import GroupopsError, SettingsProblem
from ..events import ButtonPressed
from ..joins.config import CaptchaConfig
from ..registry import load_adapter
from ..settings.schema import CommunitySettings, Settings

PRESSED = ("button", "math", "text")  # modes answered by pressing a button


def community_adapters(
    settings: Settings, community: CommunitySettings
) -> list[tuple[str, type[Adapter]]]:
    """The platforms of `community`'s chats with their configured adapter, those that load
    (`check` reports the others)."""
    found = []
    for platform in sorted({chat.platform for chat in community.chats}):
        name = settings.platforms.get(platform, {}).get("adapter")
        try:
            adapter = load_adapter(name) if isinstance(name, str) else None
        except GroupopsError:
            adapter = None
        if adapter is not None:
            found.append((platform, adapter))
    return found


def captcha_advice(settings: Settings, env: str) -> list[SettingsProblem]:
    found = []
    for community_name, community in settings.communities.items():
        captcha: CaptchaConfig = settings.rulesets[community.ruleset].captcha
        if not captcha.enabled:
            continue
        where = f"{env}.rulesets.{community.ruleset}.captcha"
        for platform, adapter in community_adapters(settings, community):
            if Capability.MUTE not in adapter.capabilities and captcha.where_no_mute == "off":
                found.append(
                    SettingsProblem(
                        f"{where}.where_no_mute",
                        f"'off': no newcomer in {community_name}'s {platform} chats is asked "
                        f"the captcha ({platform} cannot mute); 'question' asks a typed one",
                    )
                )
            elif captcha.mode in PRESSED and ButtonPressed.kind not in adapter.delivers:
                asked = "the community's own question" if captcha.questions else "a sum"
                found.append(
                    SettingsProblem(
                        f"{where}.mode",
                        f"{captcha.mode!r} needs a button, and {platform} has none: newcomers "
                        f"in {community_name}'s {platform} chats are asked to type an answer "
                        f"instead ({asked}); mode = 'question' says so",
                    )
                )
    return found
