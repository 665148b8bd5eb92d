"""`/setlang`: a member's own language, used for what is sent to them privately."""

from __future__ import annotations

from groupops.core.i18n import available_locales

CAPTCHA = {"rulesets": {"main": {"captcha": {"enabled": True, "mode": "button"}}}}


async def test_a_members_language_is_used_for_their_private_messages(harness_factory):
    h = await harness_factory(CAPTCHA)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/setlang zh_Hans")
    await h.world.say(h.chat, ann, "/setlang klingon")
    await h.settle()
    assert h.world.texts(h.chat)[-2:] == [
        "你的语言现在是 中文 (简体)。",
        f"I don't speak 'klingon'. Choose one of: {', '.join(available_locales())}.",
    ]
    await h.world.leave(h.chat, ann)
    await h.world.request_join(h.chat, ann)  # asked again, privately, in Chinese
    await h.settle()
    (question,) = h.world.private_texts(ann)
    assert question.startswith("Ann，欢迎！请在")
