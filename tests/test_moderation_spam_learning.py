"""The spam classifier in a group: verdicts explained, /spam and /notspam teach the
community's model (the next verdict changes), lessons survive a restart, /undo reverses one,
and a wave copied into another group is stopped from its second message."""

from __future__ import annotations

from support.harness import Harness

from groupops.core.refs import Ref
from groupops.core.storage.models import AuditEntry, SharedBan, SpamLesson

ADMINS = "local:admins"
CLASSIFIER = {"classifier": {"enabled": True}, "waves": {"enabled": True}}
UNSEEN_AD = "Selling cheap garden gnomes wholesale, ask for the catalogue"


def settings(**moderation) -> dict:
    return {
        "rulesets": {"main": {"moderation": {**CLASSIFIER, **moderation}}},
        "communities": {"club": {"admin_chat": ADMINS, "chats": ["local:main", "local:second"]}},
    }


def deleted(h, chat) -> list[str]:
    return [m.text for m in h.world.chats[chat].messages.values() if m.deleted]


def last_id(h, chat, user) -> str:
    return [m.id for m in h.world.chats[chat].messages.values() if m.sender == user][-1]


async def open_club(harness_factory) -> tuple[Harness, object, object]:
    h = await harness_factory(settings())
    h.world.chat("admins")
    boss = h.user("boss", admin=True)
    ann = h.user("ann")
    return h, boss, ann


async def test_starter_knowledge_catches_link_free_scams_and_explains(harness_factory):
    h, _boss, ann = await open_club(harness_factory)
    spammer = h.user("spammer")
    await h.world.say(h.chat, ann, "Has anyone upgraded to the new release yet?")
    await h.world.say(h.chat, spammer, "Earn $400 a day from your phone, DM me for details")
    await h.world.say(h.chat, spammer, "兼职日结，手机操作，加薇信详聊")
    await h.settle()
    assert deleted(h, h.chat) == [
        "Earn $400 a day from your phone, DM me for details",
        "兼职日结，手机操作，加薇信详聊",
    ]
    entry = await AuditEntry.filter(action="delete", rule="classifier").first()
    assert entry.evidence.startswith("spam 0.9") or entry.evidence.startswith("spam 1.00")
    assert "'" in entry.evidence  # names the n-grams that weighed most


async def test_spam_teaches_bans_and_changes_the_next_verdict_even_after_restart(
    harness_factory,
):
    h, boss, _ann = await open_club(harness_factory)
    seller = h.user("seller")
    await h.world.say(h.chat, seller, UNSEEN_AD)
    await h.settle()
    assert deleted(h, h.chat) == []  # nothing it knows yet
    await h.world.say(h.chat, boss, "/spam", reply_to=last_id(h, h.chat, seller))
    await h.settle()
    assert deleted(h, h.chat) == [UNSEEN_AD]
    assert h.world.chats[h.chat].members[seller].status == "banned"
    assert await h.rows(SpamLesson, label="spam", scope="community:club") == 1

    h = await h.restart()
    other = h.user("other")
    await h.world.say(h.chat, other, "Selling cheap garden gnomes in bulk, ask me for a catalogue")
    await h.settle()
    assert "Selling cheap garden gnomes in bulk, ask me for a catalogue" in deleted(h, h.chat)


async def test_notspam_undoes_and_teaches_ham(harness_factory):
    h, boss, ann = await open_club(harness_factory)
    text = "Who wants to earn money from home? My shop pays per day, ask me"
    await h.world.say(h.chat, ann, text)
    await h.settle()
    assert deleted(h, h.chat) == [text]
    message = last_id(h, h.chat, ann)
    await h.world.say(h.chat, boss, f"/notspam {message}")
    await h.settle()
    said = "Learned as not spam: Ann; undone: warning."
    assert said in h.world.texts(h.chat), h.world.texts(h.chat)
    assert await h.rows(SpamLesson, label="ham") == 1
    await h.world.say(h.chat, ann, text)
    await h.settle()
    assert deleted(h, h.chat) == [text]  # the second copy stays


async def test_undo_of_a_lesson_forgets_it(harness_factory):
    h, boss, _ann = await open_club(harness_factory)
    seller = h.user("seller")
    await h.world.say(h.chat, seller, UNSEEN_AD)
    await h.world.say(h.chat, boss, "/spam", reply_to="1")
    await h.settle()
    learn = await AuditEntry.filter(action="learn").first()
    await h.world.say(h.chat, boss, f"/undo {learn.id}")
    await h.settle()
    assert await h.rows(SpamLesson, undone_at=None) == 0


async def test_a_wave_is_stopped_from_its_second_message_in_another_group(harness_factory):
    h, boss, _ann = await open_club(harness_factory)
    second = Ref("local:second")
    first_spammer, second_spammer = h.user("s1"), h.user("s2", chat=second)
    await h.world.say(h.chat, first_spammer, UNSEEN_AD + " #1")
    await h.world.say(h.chat, boss, "/spam", reply_to=last_id(h, h.chat, first_spammer))
    await h.settle()
    await h.world.say(second, second_spammer, UNSEEN_AD.upper() + " !!")
    await h.settle()
    assert deleted(h, second) == [UNSEEN_AD.upper() + " !!"]
    entry = await AuditEntry.filter(rule="waves", action="delete").first()
    assert "like spam seen in local:main" in entry.evidence


def test_a_lessons_own_text_takes_the_latest_lessons_verdict():
    from groupops.core.moderation.classifier import ClassifierConfig
    from groupops.core.moderation.spam_document import Document
    from groupops.core.moderation.spam_models import shared_model

    text = "Earn $500 a day from home, DM me now for details"
    model = shared_model(ClassifierConfig()).copy()
    assert model.probability(Document.of_text(text)) > 0.9
    model.learn_lessons([("spam", text), ("ham", text)], 5.0)  # the later lesson decides
    assert model.probability(Document.of_text(text)) == 0.0
    assert model.probabilities([Document.of_text(text)]) == [0.0]
    assert model.drivers(Document.of_text(text))[0][0] == "taught as ham"
    assert model.probability(Document.of_text(text + " today")) > 0.9  # only that text
    model.learn_lessons([("spam", text)], 5.0)
    assert model.probability(Document.of_text(text)) == 1.0


def community_score(h, text: str, **facts) -> float:
    """The club's model's P(spam) of `text` with the given platform facts."""
    from groupops.core.moderation.classifier import ClassifierConfig
    from groupops.core.moderation.spam_document import Document
    from groupops.core.moderation.spam_features import Facts, meta_tokens
    from groupops.core.moderation.state import Moderation

    state = h.engine.state.get("club")
    model = state.slices[Moderation].learning.model_for(ClassifierConfig(enabled=True))
    tokens = tuple(meta_tokens(Facts(text=text, **facts)))
    return model.probability(Document(Document.of_text(text).words, tokens))


FORWARDED_ADS = [
    "Daily signals for the week ahead, tap below to join",
    "Fresh drop just landed, see the button",
    "New season picks are live, open the link below",
]


async def test_what_the_platform_said_of_a_message_is_learned_with_it_and_kept(harness_factory):
    h, boss, ann = await open_club(harness_factory)
    buttons = {"reply_markup": {"inline_keyboard": [[{"text": "Join", "url": "https://t.me/x"}]]}}
    probe = "New notes for everyone, take a look now"
    await h.world.say(h.chat, ann, "hello all")  # the club's state and lessons are loaded
    await h.settle()
    before = community_score(h, probe, forwarded=True, buttons=True)
    plain_before = community_score(h, probe)
    for number, text in enumerate(FORWARDED_ADS):
        poster = h.user(f"poster{number}")
        await h.world.say(h.chat, poster, text, forwarded_from_channel=True, raw=buttons)
        await h.world.say(h.chat, boss, "/spam", reply_to=last_id(h, h.chat, poster))
    await h.settle()
    lessons = await SpamLesson.filter(scope="community:club", label="spam").order_by("id")
    assert len(lessons) == 3
    assert all({"#forwarded", "#buttons"} <= set(lesson.facts.split()) for lesson in lessons)
    after = community_score(h, probe, forwarded=True, buttons=True)
    assert after > before + 0.1  # a forwarded post with buttons now weighs toward spam
    assert community_score(h, probe) - plain_before < after - before  # the facts, not the words

    h = await h.restart()
    await h.world.say(h.chat, ann, "hello again")
    await h.settle()
    assert community_score(h, probe, forwarded=True, buttons=True) == after  # rebuilt the same


async def test_undo_of_a_spam_lesson_forgets_its_text_and_its_wave(harness_factory):
    h, boss, _ann = await open_club(harness_factory)
    seller, copier = h.user("seller"), h.user("copier")
    await h.world.say(h.chat, seller, UNSEEN_AD)
    await h.world.say(h.chat, boss, "/spam", reply_to=last_id(h, h.chat, seller))
    await h.settle()
    learn = await AuditEntry.filter(action="learn").first()
    await h.world.say(h.chat, boss, f"/undo {learn.id}")
    await h.settle()
    await h.world.say(h.chat, copier, UNSEEN_AD)  # neither pinned as spam nor a wave now
    await h.settle()
    assert deleted(h, h.chat) == [UNSEEN_AD]  # the first copy only


async def test_notspam_on_a_wave_copy_forgets_the_spam_it_was_taken_for(harness_factory):
    # An admin's /spam on a greeting with a short ad after it makes the greeting alone 88 %
    # alike: once an admin says such a greeting is not spam, the remembered ad goes and
    # greetings pass again. (A rule's deletion alone does not remember it: test_wave_poisoning.)
    h = await harness_factory(settings())
    h.world.chat("admins")
    boss, spammer = h.user("boss", admin=True), h.user("spammer")
    greeting = "Good morning everyone, have a lovely day!"
    await h.world.say(h.chat, spammer, greeting + " free money")
    await h.settle()
    await h.world.say(h.chat, boss, "/spam", reply_to=last_id(h, h.chat, spammer))
    await h.settle()
    ann = h.user("ann")
    await h.world.say(h.chat, ann, greeting)
    await h.settle()
    assert deleted(h, h.chat) == [greeting + " free money", greeting]
    assert await AuditEntry.filter(rule="waves", action="delete").count() == 1
    await h.world.say(h.chat, boss, f"/notspam {last_id(h, h.chat, ann)}")
    await h.settle()
    bo = h.user("bo")
    await h.world.say(h.chat, bo, greeting)
    await h.settle()
    assert deleted(h, h.chat) == [greeting + " free money", greeting]  # bo's greeting stays


async def test_the_bots_own_commands_are_never_taken_for_spam(harness_factory):
    """Newcomers typing the giveaway's join command, as its announcement tells them, are
    entered; the classifier and waves leave bot commands alone (a command's words are the
    bot's), where they warned the first and took the rest for copies of her spam. An ad
    behind a command word is still read."""
    lottery = {"kind": "lottery", "ends": "1d", "prize": "A mug", "confirm_window": "0s"}
    extra = settings()
    extra["rulesets"]["main"]["campaigns"] = {"spring-draw": lottery}
    h = await harness_factory(extra)
    h.world.chat("admins")
    names = ("ann", "bob", "cat", "dan", "eve")
    for name in names:
        await h.world.say(h.chat, h.user(name), "/join spring-draw")
    ad = "/points Earn $400 a day from your phone, DM me for details, ask me how, start today"
    await h.world.say(h.chat, h.user("spammer"), ad)
    await h.settle()
    texts = h.world.texts(h.chat)
    joined = [t for t in texts if " is in the draw for spring-draw" in t]
    assert len(joined) == len(names), texts
    assert deleted(h, h.chat) == [ad]
    assert (
        await AuditEntry.filter(target__not="local:user:spammer")
        .exclude(action__startswith="campaign")
        .count()
        == 0
    )


async def test_notspam_after_spam_lifts_the_ban_and_the_shared_list(harness_factory):
    h = await harness_factory(settings(shared_bans="acme"))
    h.world.chat("admins")
    boss = h.user("boss", admin=True)
    seller = h.user("seller")
    await h.world.say(h.chat, seller, UNSEEN_AD)
    message = last_id(h, h.chat, seller)
    await h.world.say(h.chat, boss, "/spam", reply_to=message)
    await h.settle()
    assert h.world.chats[h.chat].members[seller].status == "banned"
    await h.world.say(h.chat, boss, f"/notspam {message}")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "Learned as not spam: Seller; undone: ban."
    assert h.world.chats[h.chat].members[seller].status == "left"  # free to come back
    assert await h.rows(SharedBan, member=seller, lifted_at=None) == 0
    assert h.world.chats[Ref("local:second")].members[seller].status == "left"
    bans = await AuditEntry.filter(action="ban", target=seller)
    assert [(b.chat, b.undone_at is not None) for b in sorted(bans, key=lambda b: b.chat)] == [
        ("local:main", True),
        ("local:second", True),  # the list's ban there, lifted with the first
    ]


async def test_spam_names_a_sender_the_platform_gave_no_name(harness_factory):
    h, boss, _ann = await open_club(harness_factory)
    nameless = h.world.user("wxid_q1")
    h.world.add_member(h.chat, nameless)
    h.world.names[nameless] = ""  # as WeChat's bridge, which names nobody it has not listed
    await h.world.say(h.chat, nameless, UNSEEN_AD)
    await h.world.say(h.chat, boss, "/spam", reply_to=last_id(h, h.chat, nameless))
    await h.settle()
    assert h.world.texts(h.chat) == [  # the ban's notice follows the ban, then the answer
        "@wxid_q1 has been banned: spam.",
        "Learned as spam: wxid_q1, ban.",
    ]
