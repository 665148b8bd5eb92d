"""`/setlang` takes a language by its name as well as its code, in any language groupops
speaks: "/setlang Deutsch" and "/setlang русский" were refused as unknown."""

from __future__ import annotations

from groupops.core.i18n import language_name, render_text
from groupops.core.segments import T
from groupops.core.storage.models import Member


def now_in(locale: str) -> str:
    return render_text(
        T("Your language is now {language}.", language=language_name(locale)), locale
    )


async def test_a_language_named_in_words_is_chosen(harness_factory):
    h = await harness_factory()
    ann, bob, cy = h.user("ann"), h.user("bob"), h.user("cy")
    await h.world.say(h.chat, ann, "/setlang Deutsch")
    await h.world.say(h.chat, bob, "/setlang русский")
    await h.world.say(h.chat, cy, "/setlang klingon")
    await h.settle()
    said = h.world.texts(h.chat)
    assert said[:2] == [now_in("de"), now_in("ru")]
    assert said[2].startswith("I don't speak 'klingon'. Choose one of: ")
    kept = await Member.filter(community="club", key__in=[ann, bob]).values_list("key", "locale")
    assert sorted(kept) == sorted([(ann, "de"), (bob, "ru")])  # for what is sent them later
