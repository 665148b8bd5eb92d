"""The join captcha through both Telegram drivers against the fake Bot API: the newcomer is
restricted, presses a button (a callback query) or fails, and the chat's state shows it."""

from __future__ import annotations

import asyncio

import pytest
from loguru import logger
from support.fake_telegram.methods import ApiError
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness

from groupops.core.storage.models import AuditEntry, JoinChallenge

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
WELCOME = "Welcome to Test Club, Ann! Please read the group rules and say hello."


def captcha(**options) -> dict:
    return {"rulesets": {"main": {"captcha": {"enabled": True, **options}}}}


def question_of(h: TelegramHarness, chat_id: int = CHAT_ID) -> dict:
    (asked,) = [m for m in h.world.bot_messages(chat_id) if m.get("reply_markup")]
    return asked


async def joined(h: TelegramHarness, user_id: int = 42, name: str = "Ann") -> dict:
    h.world.user(user_id, name)
    h.world.join(CHAT_ID, user_id)
    await h.settle()
    return question_of(h)


async def answered(h) -> None:
    """Every button press answered once (answerCallbackQuery), as a client waits for."""
    for _ in range(500):
        if h.world.queries and all(h.world.queries.values()):
            break
        await asyncio.sleep(0.01)
    assert list(h.world.queries.values()) == [
        {"callback_query_id": query} for query in h.world.queries
    ]


async def logged(h: TelegramHarness) -> list[tuple[str, str]]:
    """The log's entries and outcomes (what /log shows), once every action was answered."""
    await h.settle()
    rows = await AuditEntry.filter(action__startswith="captcha.").order_by("created_at", "id")
    return [(row.action, row.outcome) for row in rows]


async def test_button_press_lifts_the_restriction_and_clears_the_question(driver, open_harness):
    h = await open_harness(driver, captcha(mode="button"))
    asked = await joined(h)
    member = h.world.chats[CHAT_ID].members[42]
    assert member["status"] == "restricted" and member["can_send_messages"] is False
    assert asked["text"] == (
        "Ann, welcome! Press the button below within 5 minutes to show you are human, "
        "or you will be removed."
    )
    assert h.texts() == [asked["text"]]  # no welcome beside the question
    h.world.press(CHAT_ID, 42, asked["message_id"], "I am human")
    await h.settle()
    assert h.world.chats[CHAT_ID].members[42]["status"] == "member"
    assert h.texts() == [WELCOME]  # the question is gone, the welcome comes once they passed
    await answered(h)  # the button's spinner stops
    row = await JoinChallenge.get(member="telegram:user:42")
    assert row.status == "passed"
    assert await logged(h) == [("captcha.asked", "done"), ("captcha.passed", "done")]


async def test_someone_else_pressing_does_not_let_the_newcomer_in(driver, open_harness):
    h = await open_harness(driver, captcha(mode="button"))
    h.member(43, "Bo")
    asked = await joined(h)
    h.world.press(CHAT_ID, 43, asked["message_id"], "I am human")
    await h.settle()
    assert h.world.chats[CHAT_ID].members[42]["status"] == "restricted"
    await answered(h)  # a press that does nothing is answered too
    assert question_of(h)["message_id"] == asked["message_id"]


async def test_a_newcomer_pressing_under_another_newcomers_question_solves_neither(
    driver, open_harness
):
    h = await open_harness(driver, captcha(mode="button"))
    xena = await joined(h, 302, "Xena")
    h.world.user(303, "Yuri")
    h.world.join(CHAT_ID, 303)
    await h.settle()
    yuri = [m for m in h.world.bot_messages(CHAT_ID) if m.get("reply_markup")][-1]
    assert yuri["message_id"] != xena["message_id"]
    h.world.press(CHAT_ID, 303, xena["message_id"], "I am human")  # Yuri, under Xena's
    await h.settle()
    assert h.world.chats[CHAT_ID].members[302]["status"] == "restricted"
    assert h.world.chats[CHAT_ID].members[303]["status"] == "restricted"
    asked = [m["message_id"] for m in h.world.bot_messages(CHAT_ID) if m.get("reply_markup")]
    assert asked == [xena["message_id"], yuri["message_id"]]  # both questions stand
    h.world.press(CHAT_ID, 303, yuri["message_id"], "I am human")  # under his own: let in
    await h.settle()
    assert h.world.chats[CHAT_ID].members[303]["status"] == "member"
    assert h.world.chats[CHAT_ID].members[302]["status"] == "restricted"


async def test_one_wrong_press_among_the_math_buttons_removes_by_default(driver, open_harness):
    h = await open_harness(driver, captcha(mode="math"))  # guessing in turn: 1 in 4 passes
    asked = await joined(h)
    a, b = (int(n) for n in asked["text"].rstrip("?").split("what is ")[1].split(" + "))
    wrong = [key["text"] for key in h.world.buttons(CHAT_ID, asked["message_id"])
             if key["text"] != str(a + b)]  # fmt: skip
    h.world.press(CHAT_ID, 42, asked["message_id"], wrong[0])
    await h.settle()
    assert h.world.chats[CHAT_ID].status(42) == "left"
    assert (await JoinChallenge.get(member="telegram:user:42")).status == "failed"


async def test_math_wrong_answers_remove_the_newcomer(driver, open_harness):
    h = await open_harness(driver, captcha(mode="math", press_attempts=2))
    asked = await joined(h)
    labels = [key["text"] for key in h.world.buttons(CHAT_ID, asked["message_id"])]
    a, b = (int(n) for n in asked["text"].rstrip("?").split("what is ")[1].split(" + "))
    wrong = [label for label in labels if label != str(a + b)]
    assert len(labels) == 4 and len(wrong) == 3
    h.world.press(CHAT_ID, 42, asked["message_id"], wrong[0])
    await h.settle()
    assert h.world.chats[CHAT_ID].members[42]["status"] == "restricted"
    assert h.texts()[-1] == "Ann, that is not the answer: 1 try left."  # told, not left guessing
    h.world.press(CHAT_ID, 42, asked["message_id"], wrong[1])
    await h.settle()
    assert h.world.chats[CHAT_ID].status(42) == "left"  # kicked: removed, may come back
    assert h.texts() == []  # the question and the hint are gone; one who failed is not welcomed
    assert (await JoinChallenge.get(member="telegram:user:42")).status == "failed"


async def test_math_right_answer_lets_in(driver, open_harness):
    h = await open_harness(driver, captcha(mode="math"))
    asked = await joined(h)
    a, b = (int(n) for n in asked["text"].rstrip("?").split("what is ")[1].split(" + "))
    h.world.press(CHAT_ID, 42, asked["message_id"], str(a + b))
    await h.settle()
    assert h.world.chats[CHAT_ID].members[42]["status"] == "member"
    assert h.texts() == [WELCOME]


async def test_text_code_is_pressed_among_decoys(driver, open_harness):
    h = await open_harness(driver, captcha(mode="text"))
    asked = await joined(h)
    code = asked["text"].split("showing ")[1].split(" ")[0]
    assert code in [key["text"] for key in h.world.buttons(CHAT_ID, asked["message_id"])]
    h.world.press(CHAT_ID, 42, asked["message_id"], code)
    await h.settle()
    assert h.world.chats[CHAT_ID].members[42]["status"] == "member"


async def test_no_answer_in_time_bans_and_clears_the_question(driver, open_harness):
    h = await open_harness(driver, captcha(mode="button", on_timeout="ban", timeout="2m"))
    await joined(h)
    h.clock.advance(minutes=1)
    await h.engine.scheduler.run_due()
    await h.settle()
    assert h.world.chats[CHAT_ID].members[42]["status"] == "restricted"
    h.clock.advance(minutes=1, seconds=1)
    assert await h.engine.scheduler.run_due() >= 1
    await h.settle()
    assert h.world.chats[CHAT_ID].status(42) == "kicked"
    assert h.texts() == []  # never welcomed
    assert (await JoinChallenge.get(member="telegram:user:42")).status == "removed"
    assert await logged(h) == [("captcha.asked", "done"), ("captcha.removed", "done")]


async def test_join_request_is_asked_privately_then_approved(driver, open_harness):
    h = await open_harness(driver, captcha(mode="button"))
    h.world.user(42, "Ann")
    h.world.request_join(CHAT_ID, 42)
    await h.settle()
    assert h.world.chats[CHAT_ID].status(42) == "left"  # waiting for approval
    asked = question_of(h, 42)
    h.world.press(42, 42, asked["message_id"], "I am human")
    await h.settle()
    assert h.world.chats[CHAT_ID].members[42]["status"] == "member"  # approved, not restricted
    assert h.world.texts(42) == ["Thank you! Your request to join is approved."]
    assert h.texts() == [WELCOME]


async def test_the_thanks_go_before_the_approval_and_a_refused_one_does_not_hold_it(
    driver, open_harness
):
    """Telegram lets a bot write through a join request only until it is processed: the
    thanks are sent first (after the approval they were refused and lost), and thanks refused
    (the request older than 5 minutes) do not hold the approval back."""
    h = await open_harness(driver, captcha(mode="button", timeout="10m"))
    h.world.user(42, "Ann")
    h.world.request_join(CHAT_ID, 42)
    await h.settle()
    h.clock.advance(minutes=6)  # past the 5 minutes in which the bot may write to Ann
    h.world.press(42, 42, question_of(h, 42)["message_id"], "I am human")
    await h.settle()
    assert h.world.chats[CHAT_ID].members[42]["status"] == "member"  # approved all the same
    assert h.world.texts(42) == []
    assert h.texts() == [WELCOME]


async def test_unanswered_join_request_is_declined(driver, open_harness):
    h = await open_harness(driver, captcha(mode="math"))
    h.world.user(42, "Ann")
    h.world.request_join(CHAT_ID, 42)
    await h.settle()
    h.clock.advance(minutes=6)
    await h.engine.scheduler.run_due()
    await h.settle()
    assert 42 not in h.world.chats[CHAT_ID].join_requests
    assert h.world.chats[CHAT_ID].status(42) == "left"
    assert h.world.texts(42) == []  # the question was cleaned up


async def test_admin_exemption_and_passing_elsewhere(driver, open_harness):
    extra = captcha(mode="button", passed_anywhere=True)
    h = await open_harness(driver, extra)
    owner = 10
    h.world.user(42, "Ann")
    h.world.say(CHAT_ID, owner, "/captcha exempt @nobody_here")
    h.world.say(CHAT_ID, owner, "/captcha exempt 42")
    await h.settle()
    assert h.texts()[-2].startswith("I don't know @nobody_here yet")
    assert h.texts()[-1] == "42 will not be asked the captcha."  # whom, by the id given
    h.world.join(CHAT_ID, 42)
    await h.settle()
    assert h.world.chats[CHAT_ID].members[42]["status"] == "member"
    assert h.texts()[-1] == WELCOME  # not asked: welcomed on joining
    assert await JoinChallenge.filter(member="telegram:user:42").count() == 0


async def test_captcha_command_switches_mode(driver, open_harness):
    h = await open_harness(driver)
    h.world.say(CHAT_ID, 10, "/captcha math")
    await h.settle()
    assert h.texts() == ["The join captcha is on (a sum to solve) in every chat of Test Club."]
    asked = await joined(h)
    assert "what is" in asked["text"]
    assert "5 minutes" in asked["text"]


async def test_a_question_left_unanswered_goes_when_its_newcomer_leaves(driver, open_harness):
    """Left and rejoined, a newcomer is asked afresh: the first question had stayed behind."""
    h = await open_harness(driver, captcha(mode="button"))
    first = await joined(h)
    h.world.leave(CHAT_ID, 42)
    await h.settle()
    assert h.world.chats[CHAT_ID].messages[first["message_id"]].get("deleted")
    h.world.join(CHAT_ID, 42)
    await h.settle()
    assert [t for t in h.texts() if t.startswith("Ann, welcome! Press")] == [first["text"]]


async def test_a_newcomer_made_an_admin_before_the_timeout_is_let_in(driver, open_harness):
    """As ChanServ gives an op +o just after they join: the admin list changes, and the op is
    not removed when the question times out."""
    h = await open_harness(driver, captcha(mode="button", timeout="2m"))
    await joined(h)
    h.world.member_change(CHAT_ID, 42, {"status": "administrator"}, actor=10)
    await h.settle()
    h.clock.advance(minutes=2, seconds=1)
    await h.engine.scheduler.run_due()
    await h.settle()
    assert h.world.chats[CHAT_ID].status(42) == "administrator"  # not kicked
    assert (await JoinChallenge.get(member="telegram:user:42")).status == "passed"


async def test_a_command_typed_while_asked_is_no_answer(driver, open_harness):
    """A newcomer asked to type a sum who types a command: it costs no try and, as any line
    before the answer, is removed unanswered (a command word must not carry a newcomer's ad
    past the captcha)."""
    h = await open_harness(driver, captcha(mode="question", attempts=2))
    h.world.user(42, "Ann")
    h.world.join(CHAT_ID, 42)
    await h.settle()
    h.world.say(CHAT_ID, 42, "/points")
    h.world.say(CHAT_ID, 42, "/rules")
    await h.settle()
    said = h.texts()
    assert not [t for t in said if "not the answer" in t or "only the number" in t], said
    assert not [t for t in said if "point" in t or "rules" in t.lower()], said
    assert h.world.chats[CHAT_ID].present(42)
    h.world.say(CHAT_ID, 42, "-1")
    await h.settle()
    assert h.texts()[-1] == "Ann, that is not the answer: 1 try left."


async def question_held_past_its_deadline(h: TelegramHarness) -> None:
    """Ann joins while the group's messages wait their turn (Telegram answered 429): her
    question is still queued when the 2 minutes from her joining are over."""
    h.fake.refuse["sendMessage"] = [ApiError(429, "Too Many Requests: retry after 4", 4)]
    h.world.user(42, "Ann")
    h.world.join(CHAT_ID, 42)
    await h.fake.wait_until(lambda: ("sendMessage", 429) in h.fake.rejected)
    h.clock.advance(minutes=2, seconds=1)
    await h.engine.scheduler.run_due()
    await h.settle()  # the question goes out once Telegram takes messages again


async def test_a_question_shown_late_gives_the_full_time_from_when_it_is_shown(
    driver, open_harness
):
    h = await open_harness(driver, captcha(mode="button", timeout="2m"))
    await question_held_past_its_deadline(h)
    assert h.world.chats[CHAT_ID].members[42]["status"] == "restricted"  # not removed unasked
    asked = question_of(h)
    h.clock.advance(minutes=1)
    await h.engine.scheduler.run_due()
    h.world.press(CHAT_ID, 42, asked["message_id"], "I am human")
    await h.settle()
    assert h.world.chats[CHAT_ID].members[42]["status"] == "member"
    assert h.texts() == [WELCOME]


async def test_a_question_shown_late_and_left_unanswered_removes_at_its_own_deadline(
    driver, open_harness
):
    h = await open_harness(driver, captcha(mode="button", timeout="2m"))
    await question_held_past_its_deadline(h)
    question_of(h)
    h.clock.advance(minutes=2, seconds=1)
    for _ in range(2):  # the deadline first guessed while it was queued, then its own
        await h.engine.scheduler.run_due()
        await h.settle()
    assert h.world.chats[CHAT_ID].status(42) == "left"  # kicked: may come back
    assert h.texts() == []  # the question went with her
    assert (await JoinChallenge.get(member="telegram:user:42")).status == "removed"


async def test_a_429_during_the_questions_is_logged_on_one_line(driver, open_harness):
    lines: list[str] = []
    sink = logger.add(lines.append, level="INFO", format="{level} {message}")
    try:
        h = await open_harness(driver, captcha(mode="button", timeout="2m"))
        await question_held_past_its_deadline(h)
    finally:
        logger.remove(sink)
    (said,) = [line for line in lines if "rate limited" in line]
    assert said.startswith(f"INFO telegram telegram:{CHAT_ID}: rate limited, retry after 4s "), said
    assert said.count("\n") == 1, said  # the record's own end only


def rejoin_restricted(h: TelegramHarness, user_id: int = 42) -> None:
    """`user_id` leaves and comes back while restricted: Telegram keeps a restriction across
    a leave and a rejoin (the member reads restricted, `is_member` false, then true)."""
    kept = {k: v for k, v in h.world.chats[CHAT_ID].members[user_id].items() if k != "user"}
    h.world.member_change(CHAT_ID, user_id, {**kept, "is_member": False}, actor=user_id)
    h.world.notice(CHAT_ID, user_id, left_chat_member=h.world.users[user_id])
    h.world.member_change(CHAT_ID, user_id, {**kept, "is_member": True}, actor=user_id)
    h.world.notice(CHAT_ID, user_id, new_chat_members=[h.world.users[user_id]])


@pytest.mark.parametrize("mode", ["question", "button"])
async def test_a_muted_member_who_rejoins_is_not_asked_and_stays_muted(driver, mode, open_harness):
    """A member muted for an hour who leaves and rejoins cannot type an answer: they are not
    asked (nor removed for not answering), and no press lets them out of the mute early."""
    h = await open_harness(driver, captcha(mode=mode, timeout="2m"))
    h.member(42, "Ann", username="ann")
    h.world.say(CHAT_ID, 42, "hello everyone")
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/mute @ann 1h")
    await h.settle()
    mute = h.world.chats[CHAT_ID].members[42]
    assert mute["status"] == "restricted" and mute["until_date"] > 0
    rejoin_restricted(h)
    await h.settle()
    assert not [t for t in h.texts() if "to be let in" in t or "Press the button" in t]
    h.clock.advance(minutes=2, seconds=1)
    await h.engine.scheduler.run_due()
    await h.settle()
    member = h.world.chats[CHAT_ID].members[42]
    assert member["status"] == "restricted" and member["is_member"]  # not removed
    assert member["until_date"] == mute["until_date"]  # the mute runs to its end
    assert member["can_send_messages"] is False


@pytest.mark.parametrize("mode", ["question", "button"])
async def test_a_newcomer_muted_while_asked_is_neither_removed_nor_unmuted(
    driver, mode, open_harness
):
    """A moderator mutes a newcomer the captcha is asking: one asked to type cannot, and is
    not removed when the time is up; one who presses passes, and stays muted either way."""
    h = await open_harness(driver, captcha(mode=mode, timeout="2m"))
    h.world.user(42, "Ann", None, "ann")
    h.world.join(CHAT_ID, 42)
    await h.settle()
    (asked,) = [m for m in h.world.bot_messages(CHAT_ID) if "Ann, " in m.get("text", "")]
    h.world.say(CHAT_ID, OWNER_ID, "/mute @ann 1h")
    await h.settle()
    mute = h.world.chats[CHAT_ID].members[42]
    assert mute["status"] == "restricted" and mute["until_date"] > 0
    if mode == "button":
        h.world.press(CHAT_ID, 42, asked["message_id"], "I am human")
        await h.settle()
    h.clock.advance(minutes=2, seconds=1)
    await h.engine.scheduler.run_due()
    await h.settle()
    member = h.world.chats[CHAT_ID].members[42]
    assert member["status"] == "restricted" and member["is_member"]  # not removed
    assert member["until_date"] == mute["until_date"]  # the mute runs to its end
    assert (await JoinChallenge.get(member="telegram:user:42")).status == "passed"
    assert h.world.chats[CHAT_ID].messages[asked["message_id"]].get("deleted")
