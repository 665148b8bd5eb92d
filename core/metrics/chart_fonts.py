"""Fonts that draw every script a chart shows.

A chart's text (a community's title, labels in the report's locale, members' names) can mix
scripts. matplotlib falls back glyph by glyph through a list of families, and since 3.11 it
shapes and orders text with libraqm, so Arabic joins and reads right to left by itself. What it
cannot do is know which installed font covers which script: this module builds the family list
from the fonts' own character maps (matplotlib's font_manager and FT2Font), and logs once per
script when no installed font covers it, rather than letting a chart print boxes in silence.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache

from loguru import logger
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.text import Text

# matplotlib's own family: Latin, Greek, Cyrillic and Arabic
BASE_FAMILY = "DejaVu Sans"
# asked first where installed, so Chinese is drawn with Chinese glyph forms and Arabic with a
# text face; any other installed font that covers a character comes after them
PREFERRED = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Sans CJK TC",
    "Noto Sans Arabic",
    "Noto Naskh Arabic",
    "Amiri",
    "KacstOne",
    "KacstBook",
)
# what a person installs to get a script drawn (Debian's packages; the docs list others)
INSTALL_HINT = "fonts-wqy-microhei (Chinese), fonts-kacst (Arabic), fonts-noto-core (most others)"

# matplotlib's Last Resort font "covers" everything with boxes naming the missing character
NOT_A_SCRIPT_FONT = ("Last Resort",)

_warned: set[str] = set()


def script_of(char: str) -> str:
    """A readable name of the character's script: the first word of its Unicode name."""
    name = unicodedata.name(char, "")
    return name.split(" ")[0] if name else f"U+{ord(char):04X}"


@cache
def _charmap(path: str, index: int) -> frozenset[int]:
    font = font_manager.get_font(font_manager.FontPath(path, index))
    return frozenset(font.get_charmap())


@cache
def _upright_faces() -> dict[str, font_manager.FontEntry]:
    """One regular upright face per family, preferred families first, then by name."""
    faces: dict[str, font_manager.FontEntry] = {}
    for entry in font_manager.fontManager.ttflist:
        if entry.name.startswith(NOT_A_SCRIPT_FONT):
            continue
        if entry.style == "normal" and entry.weight in (400, "normal", "regular", "book"):
            faces.setdefault(entry.name, entry)
    rank = {family: position for position, family in enumerate(PREFERRED)}
    ordered = sorted(faces, key=lambda family: (rank.get(family, len(rank)), family))
    return {family: faces[family] for family in ordered}


def _covers(family: str, codepoint: int) -> bool:
    entry = _upright_faces().get(family)
    return entry is not None and codepoint in _charmap(entry.fname, entry.index)


@cache
def _added_system_fonts() -> int:
    """Fonts installed after matplotlib cached its font list (its cache is kept across runs)."""
    known = {entry.fname for entry in font_manager.fontManager.ttflist}
    added = 0
    for path in font_manager.findSystemFonts():
        if path not in known:
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue  # a file FreeType cannot read draws nothing anyway
            added += 1
    _upright_faces.cache_clear()
    return added


@cache
def family_covering(codepoint: int) -> str | None:
    """The first installed family that has a glyph for `codepoint`."""
    for attempt in range(2):
        for family in _upright_faces():
            if _covers(family, codepoint):
                return family
        if attempt == 0 and not _added_system_fonts():
            break
    return None


def _drawable(char: str) -> bool:
    """A character that needs a glyph: not a space, a control or a format mark (LRO, ZWJ)."""
    return not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf", "Cs")


def families_for(texts: Iterable[str]) -> list[str]:
    """The family list for matplotlib's fallback: the base family, then one per other script."""
    families = [BASE_FAMILY]
    for char in sorted(set("".join(texts))):
        codepoint = ord(char)
        if not _drawable(char) or any(_covers(f, codepoint) for f in families):
            continue
        family = family_covering(codepoint)
        if family is not None:
            families.append(family)
            continue
        script = script_of(char)
        if script not in _warned:
            _warned.add(script)
            logger.warning(
                "charts: no installed font draws {} text (e.g. {!r}); it shows as boxes. "
                "Install a font that covers it, e.g. {}",
                script,
                char,
                INSTALL_HINT,
            )
    return families


def uncovered(text: str) -> set[str]:
    """The scripts of `text` that no installed font draws (without logging)."""
    return {script_of(c) for c in text if _drawable(c) and family_covering(ord(c)) is None}


def apply_fonts(figure: Figure) -> set[str]:
    """Give every text of a laid-out figure the families that draw all of its characters;
    the scripts no installed font draws (already logged)."""
    texts = [t for t in figure.findobj(Text) if isinstance(t, Text)]
    for axes in figure.axes:  # tick labels are made on demand: these lists make them now
        texts += axes.get_xticklabels() + axes.get_yticklabels()
    families = families_for(t.get_text() for t in texts)
    for text in texts:
        text.set_fontfamily(families)
    for axes in figure.axes:
        axes.tick_params(labelfontfamily=families)
    return uncovered("".join(t.get_text() for t in texts))
