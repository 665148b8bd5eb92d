"""The chat commands of every registered component, for `groupops commands` and
docs/commands.md and the Telegram command menu: name, aliases, the least role, the platforms
that can carry them out, whether it answers in a private chat, and a one-line description (from
core/catalog_text.py, in the locale asked for; else the component's docstring, in English)."""

from __future__ import annotations

import inspect
from dataclasses import asdict, dataclass

from .capabilities import Capability
from .catalog_text import DESCRIPTIONS, PRIVATE
from .engine.commands import CommandComponent
from .engine.components import registry
from .errors import MissingExtra
from .i18n import SOURCE_LOCALE, render_text
from .registry import adapter_names, load_adapter

# The adapters of each platform: a platform can carry out a command when one of them can.
PLATFORM_ADAPTERS: dict[str, tuple[str, ...]] = {
    "telegram": ("aiogram", "ptb"),
    "wechat": ("wechaty", "onebot12"),
    "matrix": ("matrix",),
}


# Commands a component answers as one of its trigger words (`points.checkin_words`: `/checkin`,
# `签到`) rather than as a command of its own: command -> (component, role, aliases as shipped).
# Listed like the others, so the Telegram menu offers them.
WORD_COMMANDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "checkin": ("checkin", "member", ("签到",)),
}


@dataclass(frozen=True, slots=True)
class CommandInfo:
    name: str
    aliases: tuple[str, ...]
    role: str
    platforms: tuple[str, ...]
    component: str
    description: str
    right: str = ""  # the right it exercises (core/permissions.py), which sets `role`
    private: bool = False  # answers in a private chat with the bot (core/catalog_text.py)

    def as_json(self) -> dict:
        return asdict(self)


def _first_line(text: str | None) -> str:
    """The first sentence of a docstring, on one line."""
    flat = " ".join(inspect.cleandoc(text).split()) if text else ""
    return flat.split(". ")[0].split(": ")[0].rstrip(".")


def platform_adapters() -> dict[str, tuple[str, ...]]:
    """The table above, plus each installed plugin adapter under the platform it serves (the
    local adapter, for simulations and tests, is none)."""
    found = {platform: list(names) for platform, names in PLATFORM_ADAPTERS.items()}
    listed = {name for names in PLATFORM_ADAPTERS.values() for name in names}
    for name in adapter_names():
        if name in listed or name == "local":
            continue
        try:
            platform = load_adapter(name).platform
        except Exception:  # a plugin that does not load says nothing here
            continue
        found.setdefault(platform, []).append(name)
    return {platform: tuple(names) for platform, names in found.items()}


def platform_capabilities() -> dict[str, frozenset[Capability]]:
    """What each platform's adapters can do, of the platforms with an adapter that imports here:
    one that does not (its extra missing) runs no command here, those needing nothing too."""
    found: dict[str, frozenset[Capability]] = {}
    for platform, names in platform_adapters().items():
        union: set[Capability] | None = None
        for name in names:
            try:
                capabilities = load_adapter(name).capabilities
            except Exception:  # an adapter whose extra is missing says nothing here
                continue
            union = (union or set()) | capabilities
        if union is not None:
            found[platform] = frozenset(union)
    return found


def missing_extras() -> dict[str, str]:
    """Each platform none of whose adapters can be imported here, with the extra that installs
    them: no command can be said to run there, so `groupops commands` says why."""
    missing: dict[str, str] = {}
    for platform, names in platform_adapters().items():
        extras = []
        for name in names:
            try:
                load_adapter(name)
            except MissingExtra as exc:
                extras.append(exc.extra)
                continue
            except Exception:  # a broken plugin is no missing extra
                continue
            break
        else:
            if extras:
                missing[platform] = extras[0]
    return missing


def describe(name: str, fallback: str, locale: str = SOURCE_LOCALE) -> str:
    """A command's line in `locale` (the catalog's translation), else `fallback` in English."""
    text = DESCRIPTIONS.get(name)
    return render_text(text, locale) if text is not None else fallback


def commands(locale: str = SOURCE_LOCALE) -> list[CommandInfo]:
    """Every command; descriptions in `locale` (a catalog's name, such as `ru` or `zh_Hans`)."""
    capabilities = platform_capabilities()
    out: list[CommandInfo] = []
    for name, cls in sorted(registry().items()):
        if not issubclass(cls, CommandComponent) or name.startswith("test_"):
            continue
        about = _first_line(cls.__doc__) or _first_line(inspect.getmodule(cls).__doc__)
        for spec in cls.commands:
            description = describe(spec.name, about, locale)
            platforms = tuple(
                p for p, caps in capabilities.items() if all(n in caps for n in spec.needs)
            )
            out.append(
                CommandInfo(
                    spec.name,
                    spec.aliases,
                    spec.role.name.lower(),
                    platforms,
                    name,
                    description,
                    spec.permission.value if spec.permission else "",
                    spec.name in PRIVATE,
                )
            )
    everywhere = tuple(capabilities)  # they need nothing of a platform
    for command, (component, role, aliases) in WORD_COMMANDS.items():
        if component in registry():
            description = describe(command, command, locale)
            private = command in PRIVATE
            out.append(CommandInfo(command, aliases, role, everywhere, component, description, "",
                                   private))  # fmt: skip
    return sorted(out, key=lambda c: c.name)
