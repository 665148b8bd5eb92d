"""Traditional Chinese from Simplified: OpenCC's Taiwan conversion (characters and phrases),
with the reviewed corrections below.

`scripts/i18n.py update` fills the zh_Hant catalog's new entries this way from zh_Hans (each
marked for review), so a string translated into Simplified Chinese is never missing in
Traditional. The corrections were found reviewing the whole catalog's conversion.
"""

from __future__ import annotations

from functools import cache
from typing import Any

# derived catalog -> the catalog it is converted from
DERIVED = {"zh_Hant": "zh_Hans"}
REVIEW_NOTE = "converted from zh_Hans with OpenCC: review"

# s2twp's result -> what the text means here
CORRECTIONS = {
    # computing terms where the text means the everyday word
    "型別": "類型",
    "引數": "參數",
    "釋出": "發布",
    "稽核": "審核",
    "許可權": "權限",
    "全域性": "全域",
    # guesses that read wrong in Taiwan and Hong Kong
    "併發送": "並傳送",
    "併發言": "並發言",
    "回復": "回覆",
    "賬": "帳",
    "后": "後",
    "平臺": "平台",
    "當前": "目前",
    "周": "週",
    "運營": "營運",
    "轉化率": "轉換率",
    # Traditional Chinese quotation marks
    "“": "「",
    "”": "」",
    "‘": "『",
    "’": "』",
}


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("s2twp.json")


def to_traditional(text: str) -> str:
    converted: str = _converter().convert(text)
    for wrong, right in CORRECTIONS.items():
        converted = converted.replace(wrong, right)
    return converted
