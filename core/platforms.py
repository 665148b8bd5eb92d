"""Building the configured adapters from `[platforms.NAME]` tables."""

from __future__ import annotations

from typing import Any

from .adapter import Adapter
from .errors import GroupopsError, MissingExtra, MissingLibrary, SettingsProblem, StartupError
from .redaction import one_line
from .refs import Ref
from .registry import UnknownAdapter, adapter_names, load_adapter
from .settings.schema import Settings


def platform_problems(platforms: dict[str, dict[str, Any]]) -> list[SettingsProblem]:
    """Each platform table names an installed adapter of that platform, with valid options."""
    problems = []
    for platform, options in platforms.items():
        name = options.get("adapter")
        if not isinstance(name, str):
            problems.append(
                SettingsProblem(
                    f"platforms.{platform}.adapter",
                    f"is required (expected one of: {', '.join(adapter_names())})",
                )
            )
            continue
        try:
            cls = load_adapter(name)
        except (UnknownAdapter, MissingExtra, MissingLibrary) as exc:
            problems.append(SettingsProblem(f"platforms.{platform}.adapter", str(exc)))
            continue
        if getattr(cls, "platform", platform) != platform and name != "local":
            problems.append(
                SettingsProblem(
                    f"platforms.{platform}.adapter",
                    f"adapter {name!r} serves platform {cls.platform!r}, not {platform!r}",
                )
            )
        problems += [
            SettingsProblem(f"platforms.{platform}.{p.path}".rstrip("."), p.message)
            for p in cls.option_problems({k: v for k, v in options.items() if k != "adapter"})
        ]
    return problems


def chats_on(settings: Settings, platform: str) -> tuple[Ref, ...]:
    """The chats the settings name on `platform`, each once: the communities' chats and
    their admin chats, in the order written."""
    named = [
        chat
        for community in settings.communities.values()
        for chat in (*community.chats, *filter(None, [community.admin_chat]))
    ]
    return tuple(dict.fromkeys(Ref(chat) for chat in named if Ref(chat).platform == platform))


def build_adapters(settings: Settings) -> list[Adapter]:
    adapters = []
    for platform, options in settings.platforms.items():
        cls = load_adapter(options["adapter"])
        try:
            adapter = cls.from_settings({k: v for k, v in options.items() if k != "adapter"})
        except GroupopsError:
            raise
        except Exception as exc:  # a value check keeps names only: `port = "x"` fails here
            raise StartupError(
                f"platforms.{platform}",
                f"the {cls.name} adapter refused its options: {one_line(exc)}",
            ) from None
        if adapter.platform != platform:
            raise GroupopsError(
                f"adapter {cls.name!r} serves {adapter.platform!r}, not {platform!r}"
            )
        adapter.configured_chats = chats_on(settings, platform)
        adapters.append(adapter)
    return adapters
