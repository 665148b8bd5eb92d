"""Disguises that survive Unicode folding: text written backwards under a right-to-left
override, contact words spelt by sound (薇信, V信, wei信, weixin, 加v), words split by separators
(`FREE-MONEY`) and digits or symbols standing in for letters (`m0ney`, `fr€e`).

`unreverse` and `contact_words` run inside `normalise`, so every detector sees their result.
`word_form` goes further and is only for detectors that read words (the blocklist and the
classifier): it would break the addresses and ids the link and contact patterns look for.
"""

from __future__ import annotations

import re

RLO, PDF = "\u202e", "\u202c"  # right-to-left override and its end
# Until the override's end, an isolate's end or the end of the line.
_OVERRIDDEN = re.compile("\u202e([^\u202c\u2069\n]*)")

# Sound-alikes and abbreviations of 微信 (WeChat) spammers write to dodge "加微信".
# Latin spellings count only as whole words and not as part of an address (wx.qq.com);
# the pinyin may be written as two words (wei xin).
# A Han character may lead them (加vx, 需要的加weixin); a Latin letter or digit may not.
# 绿泡泡 (the green bubble) is WeChat's nickname, 卫星 (satellite) a sound-alike: only a
# contact pattern's id after them makes an ad, so the satellites of ordinary chat stay prose
_WECHAT = re.compile(
    r"[薇威徽危]信|v信|微x|绿泡泡|卫星"
    r"|(?<![a-z0-9_.\-/@])(?:wei ?xin|wechat|vx|wx|vxin)(?![\w.\-/@])"
    r"|(?<![a-z0-9_.\-/@])wei ?信"  # half pinyin, half Han
)
# 加v anywhere; +v only after Chinese or at the start: Ctrl+V, Shift+V, +v1.2 are not 加v.
_ADD_V = re.compile(
    r"加\s?v(?![a-z\u4e00-\u9fff])|加v(?=[\u4e00-\u9fff])"
    r"|(?:(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\s?|^)[+➕]\s?v(?![a-z0-9._\-])"
)
_CONTACT_HINT = re.compile(r"[信vVwW泡星]")

# Letters that digits and symbols stand in for (only read between letters; see `word_form`).
LOOKALIKES = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"}
    | {"€": "e", "$": "s", "@": "a", "|": "l", "!": "i", "£": "l", "¢": "c", "®": "r", "¥": "y"}
)
_LOOK = "01345 78€$@|!£¢®¥".replace(" ", "")
# A run of look-alikes with a letter on both sides (m0ney, c4$h), or closing a word of three
# or more letters when the run is 0, 3, €, $ or ¥ (fr33, fr€€, m0n€¥); model numbers (mp3,
# win10, h264) keep their digits.
_INTERIOR = re.compile(rf"(?<=[a-z])[{re.escape(_LOOK)}]+(?=[a-z])")
_TRAILING = re.compile(r"(?<![\w€$¥])([a-z]{2,})([03€$¥]{1,3})(?![\w€$¥])")
# Separators inside a word (FREE-MONEY, free_money, free*money), in tokens that are not
# addresses, handles or ids (no dot, slash, colon or @ in them).
_TOKEN = re.compile(r"[^\s]*[a-z][-_*+~=][a-z][^\s]*")
_INNER_SEPARATOR = re.compile(r"(?<=[a-z])[-_*+~=]+(?=[a-z])")
# One scan for a character each rewrite needs: most messages have none, and a character
# class search is cheaper than the lookaround patterns finding nothing.
_HAS_SEPARATOR = re.compile(r"[-_*+~=]")
_HAS_LOOK = re.compile(rf"[{re.escape(_LOOK)}]")


def unreverse(text: str) -> str:
    """Text under U+202E as a reader sees it (reversed), the override removed."""
    if RLO not in text:
        return text
    return _OVERRIDDEN.sub(lambda m: m.group(1)[::-1], text)


def contact_words(norm: str) -> str:
    """`norm` with sound-alikes of 微信 and 加v folded to 微信 and 加微信."""
    if not _CONTACT_HINT.search(norm):
        return norm
    # every spelling _WECHAT knows has 信, an x, "wechat", 泡 or 星; every _ADD_V has a v
    # after 加 + ➕
    if "信" in norm or "x" in norm or "wechat" in norm or "泡" in norm or "星" in norm:
        norm = _WECHAT.sub("微信", norm)
    if "v" in norm and ("加" in norm or "+" in norm or "➕" in norm):
        norm = _ADD_V.sub("加微信", norm)
    return norm


def _split_token(match: re.Match[str]) -> str:
    token = match.group(0)
    if any(mark in token for mark in "./:@"):
        return token
    return _INNER_SEPARATOR.sub(" ", token)


def word_form(norm: str) -> str:
    """`norm` as words: inner separators made spaces, look-alike digits and symbols made
    letters. For matching words only; addresses and numbers may not survive it."""
    if norm.isalpha():
        return norm
    words = _TOKEN.sub(_split_token, norm) if _HAS_SEPARATOR.search(norm) else norm
    if not _HAS_LOOK.search(words):  # _TRAILING's 0 3 € $ are look-alikes too
        return words
    words = _INTERIOR.sub(lambda m: m.group(0).translate(LOOKALIKES), words)
    return _TRAILING.sub(_trailing, words)


def _trailing(match: re.Match[str]) -> str:
    letters, tail = match.groups()
    if len(letters) + len(tail) < 4:  # mp3
        return match.group(0)
    return letters + tail.translate(LOOKALIKES)
