"""A language being added (docs/languages.md, Adding a language): its catalog, started with
`scripts/i18n.py init` and partly translated, serves its groups at once. A message it has
translated reads in the language; one it has not reads in English, values and all: an English
sentence around a Japanese duration (`muted for 1 時間`) read as neither language."""

from __future__ import annotations

from support.harness import Harness
from support.locales import serving, started_catalog


async def test_a_partly_translated_catalog_reads_whole_sentences(tmp_path, db_url):
    locales = tmp_path / "locales"
    started_catalog(
        locales, "ja", {"Your language is now {language}.": "言語を{language}にしました。"}
    )
    with serving(locales):
        h = await Harness.open({"rulesets": {"main": {"locale": "ja"}}}, db_url)
        try:
            ann = h.user("ann")
            await h.world.say(h.chat, ann, "/setlang 日本語")
            await h.settle()
            for n in range(6):  # more than the flood limit of 5 in 10 seconds
                await h.world.say(h.chat, ann, f"hi {n}")
            await h.settle()
            texts = h.world.texts(h.chat)
        finally:
            await h.close()
    assert texts == [
        "言語を日本語にしました。",
        "@Ann has been muted for 1 hour: flooding the chat.",
    ]
