"""Fixed patterns for links, invites and contact details, applied to normalised text.

Every pattern is linear (no nested repetition) and runs on text capped at `MAX_SCAN`.
"""

from __future__ import annotations

import re

TLDS = (
    "com|net|org|io|cn|me|xyz|top|cc|co|info|biz|ru|app|dev|link|site|online|shop|vip|club|"
    "tk|ly|gg|in|us|uk|de|tv|ai|hk|tw|jp|kr|sg|win|bet|live|pro|store|fun|icu|cyou|sbs|"
    "xn--[a-z0-9-]{2,59}"  # an internationalised top-level domain (.рф is xn--p1ai)
)
URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'，。）)]+"
    rf"|(?<![\w@.-])[a-z0-9][a-z0-9-]{{0,62}}(?:\.[a-z0-9-]{{1,63}})*\.(?:{TLDS})"
    r"(?![a-z0-9-])(?:/[^\s<>\"'，。）)]*)?"
    # an address by number, with a port or a path (a version number, 1.2.3.4, has neither)
    r"|(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?::\d{2,5})?/[^\s<>\"'，。）)]*"
)
HOST = re.compile(r"^(?:https?://)?(?:www\.)?([^/:?#\s]+)")

INVITE = re.compile(
    r"(?:t\.me|(?<![\w.])t \. ?me|(?<![\w.])t\. me|telegram\.me|telegram\.dog)"
    r"/(?:joinchat/|\+)[\w-]+"
    r"|tg://(?:join\?invite=[\w-]+|resolve\?domain=\w+)"  # the app's own links
    r"|chat\.whatsapp\.com/\w+"
    r"|discord(?:\.gg|app\.com/invite|\.com/invite)/\w+"
    r"|weixin\.qq\.com/g/[\w-]+"
    r"|qm\.qq\.com/\S+"
    r"|(?:加|进|入)(?:群|裙|q群)\s*[:：]?\s*\d{5,12}"
)
# Every invitation above has a dot in its address or one of these characters before a number.
_INVITE_HAN = frozenset("加进入")


def might_invite(norm: str) -> bool:
    """A cheap test that rules out most messages before the alternation scans them."""
    return "." in norm or "tg:" in norm or not _INVITE_HAN.isdisjoint(norm)


# Public Telegram group or channel handles posted as links: an invitation too.
TELEGRAM_HANDLE = re.compile(r"(?:t\.me|telegram\.me)/[a-z][a-z0-9_]{3,31}(?![a-z0-9_/])")

PHONE = re.compile(
    r"(?<![\d])(?:1[3-9]\d(?:[\s-]?\d){8})(?![\d])"  # mainland mobile
    r"|(?<![\w+])\+\d{1,3}(?:[\s-]?\d){7,13}(?![\d])"  # international with a plus
    # ... with the area code in brackets: +7 (999) 123-45-67, +44 (20) 7946 0958
    r"|(?<![\w+])\+\d{1,3}[\s-]?\(\d{1,5}\)(?:[\s-]?\d){5,10}(?![\d])"
    # Russian and Kazakh domestic: 8 then a mobile (9xx) or toll-free (800) code, 10 digits
    r"|(?<![\w+])8[\s-]?(?:\((?:9\d\d|800)\)|9\d\d|800)(?:[\s-]?\d){7}(?![\d])"
)
# WeChat ids and their disguises: 微信/薇信/威信/vx/wx/加v/+v followed by an id. A Latin
# keyword counts only as a word of its own (not wxPython, Ctrl+V). After 号, id or a colon,
# or straight after a Chinese keyword (加微信wangwei), any id counts; after a mere space, or
# straight after a Latin one, it must hold a digit, _ or - ("wx python" is prose, and is
# folded to "微信 python"; "vx abc12345" is an ad).
_ID = r"(?:[a-z][-_a-z0-9]{5,19}|\d{5,12})(?![-_a-z0-9])"
_CODED_ID = r"(?:(?=[a-z]*[-_0-9])[a-z][-_a-z0-9]{5,19}|\d{5,12})(?![-_a-z0-9])"
_MARKED = r"(?:(?:号|id)\s*[:：=]?\s*|\s*[:：=]\s*)" + _ID
# 企鹅 (the penguin) is QQ's nickname, as 扣扣 its sound
_HAN_KEYWORD = r"(?:微信|薇信|威信|徽信|危信|v信|加v|加微|加薇|加威|扣扣|企鹅)"
_LATIN_KEYWORD = r"(?<![a-z0-9_])(?:weixin|wechat|vx|wx|\+v|➕v|qq)"
WECHAT = re.compile(
    _HAN_KEYWORD + "(?:" + _MARKED + "|" + _ID + r"|\s+" + _CODED_ID + ")"
    "|" + _LATIN_KEYWORD + "(?:" + _MARKED + r"|\s*" + _CODED_ID + ")"
)  # fmt: skip
# "v x: id", the keyword's letters spaced: only with a mark ("10 w x 20 h" is prose), and
# apart from WECHAT, which every message meets (an alternative of its own cost it a third)
SPACED_WECHAT = re.compile(r"(?<![a-z0-9_.])[vw](?: |\. ?)x" + _MARKED)
_SPACINGS = ("v x", "w x", "v.x", "w.x", "v. x", "w. x")


def spaced_wechat(norm: str) -> re.Match[str] | None:
    """`v x: id`, `v.x: id` (the keyword's letters parted)."""
    return SPACED_WECHAT.search(norm) if any(s in norm for s in _SPACINGS) else None


# A phone number written in Chinese numerals, or with letters for digits (138o0l38000):
# runs read as digits before PHONE looks at them.
# the financial forms too (壹叁捌…, as on cheques), which no ordinary sentence runs seven of
_HAN_DIGITS = re.compile(r"[〇零一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]{7,}")
_HAN_DIGIT = str.maketrans(
    "〇零一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖", "00123456789122334566789"
)
_LETTER_DIGIT = re.compile(r"(?<=\d)[ol](?=[\dol]*\d)")


# Digits as a phone number has them (a run, digits parted by a space or a dash, or a digit
# beside a letter posing as one): one scan before the costlier patterns, its leading digit
# outside the alternation so that the search skips to digits (about 1 µs less a message)
PHONE_HINT = re.compile(r"\d(?:\d{6}|[\s-]\d|[ol])")


def might_spell_digits(norm: str) -> bool:
    """A run of Chinese numerals long enough for a phone number (a mobile starts with 一/壹)."""
    return ("一" in norm or "壹" in norm) and _HAN_DIGITS.search(norm) is not None


def phone_form(norm: str) -> str:
    """`norm` with Chinese-numeral runs and letters posing as digits in a number as digits."""
    if not norm.isascii():
        norm = _HAN_DIGITS.sub(lambda run: run.group(0).translate(_HAN_DIGIT), norm)
    return _LETTER_DIGIT.sub(lambda letter: "0" if letter.group(0) == "o" else "1", norm)


USERNAME = re.compile(r"(?<![\w@])@([a-z][a-z0-9_]{4,31})(?![\w])")


def host_of(url: str) -> str:
    found = HOST.match(url)
    return found.group(1).lower().rstrip(".") if found else ""


def domain_allowed(host: str, allowed: tuple[str, ...]) -> bool:
    return any(host == domain or host.endswith("." + domain) for domain in allowed)
