"""`groupops spam learn|stats|evaluate` and `groupops moderate --db --explain` as an operator
runs them: what they print and what the next preview decides."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from groupops.core.cli import main

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "data" / "spam_eval"


def test_learn_changes_the_preview_and_stats_counts_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "settings.toml", tmp_path / "settings.toml")
    (tmp_path / "spam.txt").write_text("Selling cheap garden gnomes wholesale now\n")
    (tmp_path / "msgs.txt").write_text(
        "Selling cheap garden gnomes wholesale, ask for the catalogue\n"
        '{"text": "bad time", "time": 1e308}\n{"text": "nan", "time": NaN}\nhello all\n'
    )
    db = f"sqlite://{tmp_path / 'spam.db'}"
    runner = CliRunner()
    before = runner.invoke(main, ["moderate", "--ruleset", "tech", "--explain", "msgs.txt"])
    assert before.exit_code == 0, before.output
    assert before.output.startswith(("ok ", "review "))  # not acted on: nothing learned yet
    assert "2 messages" in before.output  # the two bad lines were skipped, not fatal
    learned = runner.invoke(main, ["spam", "learn", "--ruleset", "tech", "--spam", "spam.txt",
                                   "--db", db])  # fmt: skip
    assert learned.output.strip() == "tech: 1 message learned, 0 already known"
    after = runner.invoke(
        main, ["moderate", "--ruleset", "tech", "--db", db, "--explain", "msgs.txt"]
    )
    assert after.output.startswith("remind +delete ")
    assert "classifier: spam 0.9" in after.output  # the score, with what drove it
    stats = runner.invoke(main, ["spam", "stats", "--ruleset", "tech", "--db", db])
    assert "spam  learned     1  (ruleset:tech)" in stats.output
    assert "a message taught with spam learn 3, an admin's /spam or /notspam 5" in stats.output
    assert "regulars: from 20 messages, what the classifier or waves" in stats.output
    # a plain line teaches no platform fact: stats says they weigh nothing yet
    assert "facts: none learned; forwarded, buttons, a caption and no username" in stats.output


def test_preview_names_each_line_it_cannot_read_and_learn_needs_something(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "settings.toml", tmp_path / "settings.toml")
    deep = b'{"text": "x", "a": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    (tmp_path / "msgs.txt").write_bytes(
        b'{"text": 5}\n{"nottext": "x"}\nhello \xff\xfe world\n{"text": "see you"}\n' + deep
    )
    runner = CliRunner()
    result = runner.invoke(main, ["moderate", "--ruleset", "tech", "msgs.txt"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        'warning: line 1: a JSON line needs a "text" string; line skipped',
        'warning: line 2: a JSON line needs a "text" string; line skipped',
        "warning: line 3: not UTF-8; its odd bytes are moderated as they are",
        "warning: line 5: not JSON, read as text",
    ]
    assert "3 messages, " in result.stdout
    nothing = runner.invoke(main, ["spam", "learn", "--ruleset", "tech"])
    assert nothing.exit_code == 2
    assert "nothing to learn: give --spam FILE, --ham FILE or both" in nothing.output


WARNING = "Осторожно: «Заработок онлайн от 3000 в день без опыта, пишите в личку» — это развод"


def test_a_text_taught_as_ham_passes_word_for_word_and_its_kin_are_still_judged(
    tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "settings.toml", tmp_path / "settings.toml")
    (tmp_path / "ham.txt").write_text(WARNING + "\n", encoding="utf-8")
    quoted = "Заработок онлайн от 3000 в день без опыта, пишите в личку"
    (tmp_path / "msgs.txt").write_text(f"{WARNING}\n{quoted}\n", encoding="utf-8")
    db = f"sqlite://{tmp_path / 'spam.db'}"
    runner = CliRunner()
    before = runner.invoke(main, ["moderate", "--ruleset", "tech", "msgs.txt"])  # nothing learned
    assert [line.split()[0] for line in before.output.splitlines()[:2]] == ["remind", "remind"]
    learned = runner.invoke(main, ["spam", "learn", "--ruleset", "tech", "--ham", "ham.txt",
                                   "--db", db])  # fmt: skip
    assert learned.output.strip() == "tech: 1 message learned, 0 already known"
    after = runner.invoke(
        main, ["moderate", "--ruleset", "tech", "--db", db, "--explain", "msgs.txt"]
    )
    lines = after.output.splitlines()
    assert lines[0].startswith("ok ") and lines[1].strip() == "classifier: spam 0.00: taught as ham"
    assert lines[2].startswith("remind +delete ")  # the ad it quotes is still judged


def test_learn_names_a_text_taught_as_both_spam_and_ham(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "settings.toml", tmp_path / "settings.toml")
    (tmp_path / "spam.txt").write_text("Earn money now, DM me\nhello all\n")
    (tmp_path / "ham.txt").write_text("hello all\n")
    (tmp_path / "later.txt").write_text("Earn money now, DM me\n")
    db = f"sqlite://{tmp_path / 'spam.db'}"
    runner = CliRunner()
    first = runner.invoke(main, ["spam", "learn", "--ruleset", "tech", "--db", db,
                                 "--spam", "spam.txt", "--ham", "ham.txt"])  # fmt: skip
    assert first.exit_code == 0, first.output
    both = "is taught as both spam and ham: the latest lesson decides that text\n"
    assert first.stderr == f"warning: 'hello all' {both}"
    assert first.stdout == "tech: 3 messages learned, 0 already known\n"
    later = runner.invoke(main, ["spam", "learn", "--ruleset", "tech", "--db", db,
                                 "--ham", "later.txt"])  # fmt: skip
    assert later.stderr == f"warning: 'Earn money now, DM me' {both}"


def test_evaluate_prints_ours_beside_the_plain_baseline():
    result = CliRunner().invoke(
        main, ["spam", "evaluate", "--spam", str(EVAL / "ru.spam.txt"),
               "--ham", str(EVAL / "ru.ham.txt")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("out of the box         groupops recall")
    assert "plain bayes recall" in lines[1] and "(30 spam, 50 ham)" in lines[3]
    assert "recall at <=2% FP" in lines[0]
    # each half learned in turn: every message measured once, by both models
    assert lines[4].startswith("each half in turn      groupops recall")
    assert "plain bayes recall" in lines[5]
    assert all("(60 spam, 100 ham)" in line for line in lines[4:6])


def test_evaluate_names_a_threshold_that_keeps_false_positives_within_2_percent():
    sets = ["--spam", str(EVAL / "en-groups.spam.txt"), "--ham", str(EVAL / "en-groups.ham.txt")]
    first = CliRunner().invoke(main, ["spam", "evaluate", *sets]).output.splitlines()[0]
    found = re.search(r"recall at <=2% FP +([\d.]+)% \(threshold ([\d.]+)\)", first)
    assert found, first
    recall, threshold = found.groups()
    # the threshold, written as an operator would write it, gives that recall within 2 %
    again = CliRunner().invoke(main, ["spam", "evaluate", *sets, "--threshold", threshold])
    measured = re.search(r"recall +([\d.]+)% +false positives +([\d.]+)%", again.output)
    assert measured, again.output
    assert measured.group(1) == recall and float(measured.group(2)) <= 2.0


def test_evaluate_refuses_a_set_too_small_to_halve(tmp_path):
    (tmp_path / "empty.txt").write_text("\n")
    (tmp_path / "ham.txt").write_text("hello\nsee you\n")
    args = ["spam", "evaluate", "--spam", str(tmp_path / "empty.txt"), "--ham",
            str(tmp_path / "ham.txt")]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert result.output == (
        f"error: --spam: {tmp_path / 'empty.txt'} holds 0 messages; at least 2 are needed\n"
    )


def test_evaluate_as_newcomers_catches_more_and_flags_more_the_baseline_unchanged():
    def run(*extra: str) -> list[str]:
        args = ["spam", "evaluate", "--spam", str(EVAL / "en.spam.txt"),
                "--ham", str(EVAL / "en.ham.txt"), *extra]  # fmt: skip
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        return result.output.splitlines()

    def figures(line: str) -> tuple[float, float]:
        recall, false_positives = re.findall(
            r"recall +([\d.]+)%  false positives +([\d.]+)%", line
        )[0]
        return float(recall), float(false_positives)

    member, newcomer = run(), run("--newcomer-odds", "4")
    assert figures(newcomer[0])[0] > figures(member[0])[0]  # out of the box, recall
    assert figures(newcomer[0])[1] >= figures(member[0])[1]
    assert (newcomer[1], newcomer[3]) == (member[1], member[3])  # the plain baseline's lines
    sets = ["--spam", str(EVAL / "en.spam.txt"), "--ham", str(EVAL / "en.ham.txt")]
    refused = CliRunner().invoke(main, ["spam", "evaluate", *sets, "--newcomer-odds", "0"])
    assert refused.exit_code == 2
    assert (
        "Invalid value for '--newcomer-odds': 0.0 is not in the range 1<=x<=100." in refused.output
    )


def test_a_broken_sample_file_is_one_line_naming_the_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text('ok line\n{"txt": "no text field"}\n')
    result = CliRunner().invoke(main, ["spam", "evaluate", "--spam", str(bad), "--ham", str(bad)])
    assert result.exit_code == 2
    assert result.output.strip() == f'{bad}:2: a JSON line needs a "text" string'


def test_greetings_are_not_sent_for_review_and_explain_shows_their_score(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "settings.toml", tmp_path / "settings.toml")
    greetings = ["hello", "hello all", "hey guys", "Hello everyone, how are you?", "привет всем",
                 "大家好"]  # fmt: skip
    (tmp_path / "hi.txt").write_text("\n".join(greetings) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["moderate", "--ruleset", "tech", "--explain", "hi.txt"])
    assert result.exit_code == 0, result.output
    verdicts = [line for line in result.output.splitlines() if line[:1].strip()]
    assert [line.split()[0] for line in verdicts[: len(greetings)]] == ["ok"] * len(greetings)
    scores = [float(score) for score in re.findall(r"classifier: spam (\d\.\d\d)", result.output)]
    assert len(scores) == len(greetings) and max(scores) < 0.5
    assert f"{len(greetings)} messages, 0 flagged" in result.output
    # a message the classifier let pass is explained too: its score and what drove it
    (tmp_path / "release.txt").write_text("Has anyone tried the new release?\n")
    passed = CliRunner().invoke(main, ["moderate", "--ruleset", "tech", "--explain", "release.txt"])
    assert passed.output.splitlines()[0].startswith("ok ")
    assert re.search(r"classifier: spam 0\.0\d: 'ied' \+0\.\d\d, ", passed.output), passed.output


def test_the_preview_reads_a_pipe_and_says_when_nothing_leans_toward_spam(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "settings.toml", tmp_path / "settings.toml")
    piped = b"ok\nEarn $500 a day from home, DM me now\n" + b"caf\xe9 tonight?\n"
    result = CliRunner().invoke(
        main, ["moderate", "--ruleset", "tech", "--explain", "-"], input=piped
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("ok ") and lines[0].endswith(" ok")
    assert re.fullmatch(r" +classifier: spam 0\.\d\d: nothing in it leans toward spam", lines[1])
    assert "Earn $500 a day" in lines[2] and "+delete" in lines[2]
    assert "3 messages, 1 flagged" in result.output  # the line that is not UTF-8 is judged too


def test_stats_shows_what_a_communitys_verdicts_taught_of_the_platforms_facts(
    tmp_path, monkeypatch
):
    import asyncio
    from datetime import UTC, datetime

    from groupops.core.storage.database import open_database
    from groupops.core.storage.models import SpamLesson

    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "settings.toml", tmp_path / "settings.toml")
    db = f"sqlite://{tmp_path / 'spam.db'}"

    async def verdicts() -> None:  # as three /spam on forwarded posts and one /notspam wrote them
        database = await open_database(db)
        at = datetime(2026, 12, 1, tzinfo=UTC)
        rows = [("spam", "#forwarded #buttons")] * 3 + [("ham", ""), ("spam", None)]
        rows += [("ham", "")]  # a JSON line taught to the ruleset that gave no fact
        for n, (label, facts) in enumerate(rows):
            await SpamLesson.create(
                id=f"e{n}", scope="community:devs" if n < 5 else "ruleset:tech", label=label,
                text=f"message {n}",
                facts=facts, actor="telegram:user:1", created_at=at,
            )  # fmt: skip
        await database.close()

    asyncio.run(verdicts())
    result = CliRunner().invoke(main, ["spam", "stats", "--ruleset", "tech", "--db", db])
    assert result.exit_code == 0, result.output
    assert "spam  learned     4  (community:devs)" in result.output
    # from the 4 verdicts whose facts the platform gave: (3+1)/(3+2) of spam, 1/(1+2) of ham;
    # the facts no verdict carried are not shown (they weigh nothing)
    assert "facts (community:devs, from 4 lessons): #forwarded +0.88, #buttons +0.88\n" in (
        result.output
    )
    assert "facts (ruleset:tech, from 1 lesson): none of them carried a platform fact" in (
        result.output
    )
    assert "facts: none learned" not in result.output


def test_learn_from_json_lines_teaches_the_facts_they_give_and_the_preview_weighs_them(
    tmp_path, monkeypatch
):

    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "settings.toml", tmp_path / "settings.toml")
    forwarded = {"forwarded": True, "buttons": True}
    spam = [{"text": f"Fresh picks number {n} are out", **forwarded} for n in range(6)]
    ham = [{"text": f"see you at the meetup {n}", "forwarded": False} for n in range(6)]
    (tmp_path / "spam.jsonl").write_text("\n".join(map(json.dumps, spam)) + "\n")
    (tmp_path / "ham.jsonl").write_text("\n".join(map(json.dumps, ham)) + "\nplain line\n")
    probe = "New notes for everyone, take a look now"
    (tmp_path / "msgs.jsonl").write_text(
        json.dumps({"text": probe, **forwarded}) + "\n" + json.dumps({"text": probe}) + "\n"
    )
    db = f"sqlite://{tmp_path / 'spam.db'}"
    runner = CliRunner()
    learned = runner.invoke(main, ["spam", "learn", "--ruleset", "tech", "--db", db,
                                   "--spam", "spam.jsonl", "--ham", "ham.jsonl"])  # fmt: skip
    assert learned.exit_code == 0, learned.output
    stats = runner.invoke(main, ["spam", "stats", "--ruleset", "tech", "--db", db])
    # the plain line's facts are not known: 12 of the 13 lessons teach facts
    assert "facts (ruleset:tech, from 12 lessons): #forwarded +1.95, #buttons +1.95" in (
        stats.output
    ), stats.output
    preview = runner.invoke(
        main, ["moderate", "--ruleset", "tech", "--db", db, "--json", "msgs.jsonl"]
    )
    assert preview.exit_code == 0, preview.output
    with_facts, plain = (json.loads(line) for line in preview.output.splitlines()[:2])
    # the same words: reviewed as a forwarded post with buttons, let pass as plain text
    assert (with_facts["action"], plain["action"]) == ("review", None)
    assert re.match(
        r"spam 0\.8\d: '#forwarded' \+2\.0\d, '#buttons' \+2\.0\d, ", with_facts["evidence"][0]
    )
    assert plain["spam_probability"] < 0.2


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("spam.jsonl", b'{"text": "hi"}\n{"text": "ad", "forwarded": "yes"}\n',
         'spam.jsonl:2: "forwarded" must be bool, not "yes"'),
        ("spam.txt", b"first\nsecond\ncaf\xe9\n", "spam.txt:3: not UTF-8 (byte 4 of the line)"),
        ("deep.jsonl", b'{"text": "x", "a": ' + b"[" * 5000 + b"]" * 5000 + b"}\n",
         "deep.jsonl:1: not valid JSON"),  # nested past Python's recursion limit
    ],
)  # fmt: skip
def test_learn_names_the_line_it_cannot_read(tmp_path, monkeypatch, name, content, error):
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "settings.toml", tmp_path / "settings.toml")
    (tmp_path / name).write_bytes(content)
    result = CliRunner().invoke(
        main, ["spam", "learn", "--ruleset", "tech", "--db", f"sqlite://{tmp_path / 'x.db'}",
               "--spam", name],
    )  # fmt: skip
    assert result.exit_code == 2
    assert result.output.strip().endswith(error)


def test_the_preview_names_a_time_or_a_fact_it_cannot_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "settings.toml", tmp_path / "settings.toml")
    lines = (
        '{"text": "hi there", "time": "notatime"}\n{"text": "later", "time": true}\n'
        '{"text": "fresh picks", "forwarded": "no", "media": 3}\n'
        '{"text": "from whom?", "sender": {"a": 1}}\n'
    )
    result = CliRunner().invoke(main, ["moderate", "--ruleset", "tech", "-"], input=lines)
    assert result.exit_code == 0, result.output
    assert "2 messages, 0 flagged" in result.output  # the two lines without a time are skipped
    for warning in (
        'warning: line 1: time "notatime" is not a time; line skipped',
        "warning: line 2: time true is not a time; line skipped",
        'warning: line 3: forwarded "no" is not bool; ignored',
        "warning: line 3: media 3 is not str or null; ignored",
        'warning: line 4: sender {"a": 1} is not a name; ignored',
    ):
        assert warning in result.output, result.output


def test_a_byte_order_mark_is_not_part_of_the_first_line(tmp_path, monkeypatch):

    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "settings.toml", tmp_path / "settings.toml")
    bom = b"\xef\xbb\xbf"
    (tmp_path / "msgs.jsonl").write_bytes(bom + b'{"text": "hello from a Windows editor"}\n')
    previewed = CliRunner().invoke(main, ["moderate", "--ruleset", "tech", "--json", "msgs.jsonl"])
    assert json.loads(previewed.output.splitlines()[0])["text"] == "hello from a Windows editor"
    (tmp_path / "spam.txt").write_bytes(bom + b"Cheap followers, DM me\n")
    db = f"sqlite://{tmp_path / 'x.db'}"
    learned = CliRunner().invoke(
        main, ["spam", "learn", "--ruleset", "tech", "--db", db, "--spam", "spam.txt"]
    )
    assert learned.exit_code == 0, learned.output
    import sqlite3

    [(text,)] = sqlite3.connect(tmp_path / "x.db").execute("SELECT text FROM spam_lessons")
    assert text == "Cheap followers, DM me"


def test_a_text_taught_back_to_its_first_verdict_takes_it_again(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "settings.toml", tmp_path / "settings.toml")
    (tmp_path / "t.txt").write_text("Cheap followers here\n")
    db = f"sqlite://{tmp_path / 'x.db'}"
    runner = CliRunner()
    for label in ("ham", "spam", "ham"):
        taught = runner.invoke(
            main, ["spam", "learn", "--ruleset", "tech", "--db", db, f"--{label}", "t.txt"]
        )
        assert "tech: 1 message learned, 0 already known" in taught.output, taught.output
    again = runner.invoke(
        main, ["spam", "learn", "--ruleset", "tech", "--db", db, "--ham", "t.txt"]
    )
    assert "tech: 0 messages learned, 1 already known" in again.output  # already the latest
    preview = runner.invoke(
        main, ["moderate", "--ruleset", "tech", "--db", db, "--explain", "t.txt"]
    )
    assert "classifier: spam 0.00: taught as ham" in preview.output, preview.output


def test_reading_commands_refuse_a_database_that_is_not_there(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "settings.toml", tmp_path / "settings.toml")
    (tmp_path / "t.txt").write_text("hello\n")
    missing = tmp_path / "typo.db"
    runner = CliRunner()
    for command in (["spam", "stats"], ["moderate", "t.txt"]):
        result = runner.invoke(main, [*command, "--ruleset", "tech", "--db", f"sqlite://{missing}"])
        assert result.exit_code == 1
        assert result.output.strip() == f"error: --db: {missing}: no such database (check the path)"
    assert not missing.exists()


def test_stats_before_the_bots_first_run_makes_no_database(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "settings.toml", tmp_path / "settings.toml")
    result = CliRunner().invoke(main, ["spam", "stats", "--ruleset", "tech"])
    assert result.exit_code == 0, result.output
    assert f"learned: nothing yet ({tmp_path / 'groupops.db'} does not exist)" in result.output
    assert not (tmp_path / "groupops.db").exists()


def test_a_rulesets_sample_files_are_read_beside_the_settings_from_any_folder(
    tmp_path, monkeypatch
):
    deploy, elsewhere = tmp_path / "deploy", tmp_path / "elsewhere"
    (deploy / "samples").mkdir(parents=True)
    elsewhere.mkdir()
    (deploy / "samples" / "ours.txt").write_text(
        "Selling cheap garden gnomes wholesale now\nGarden gnomes wholesale prices, DM\n"
    )
    classifier = 'classifier = { enabled = true, spam_samples = ["samples/ours.txt"] }'
    settings = deploy / "settings.toml"
    settings.write_text(f"[default.rulesets.r.moderation]\n{classifier}\n")
    runner = CliRunner()
    args = ["moderate", "--settings", str(settings), "--ruleset", "r", "--explain", "-"]
    monkeypatch.chdir(elsewhere)  # a service manager's folder
    result = runner.invoke(main, args, input="Selling cheap garden gnomes wholesale, ask\n")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("remind +delete "), result.output  # the file was learned
    settings.write_text(f"[default.rulesets.r.moderation]\n{classifier.replace('ours', 'gone')}\n")
    checked = runner.invoke(main, ["check", "--settings", str(settings)])
    assert checked.exit_code == 2
    assert (
        f"default.rulesets.r.moderation.classifier.spam_samples: {deploy / 'samples' / 'gone.txt'}"
        ": no such sample file"
    ) in checked.output


def test_evaluate_a_rulesets_own_model_at_its_threshold(tmp_path):
    (tmp_path / "ours.txt").write_text(
        "".join(f"Blue Heron bakery on Elm street, fresh croissants {n}\n" for n in range(20))
    )
    settings = tmp_path / "settings.toml"
    settings.write_text(
        "[default.rulesets.r.moderation]\n"
        'classifier = { enabled = true, threshold = 0.95, spam_samples = ["ours.txt"] }\n'
    )
    (tmp_path / "spam.txt").write_text(
        "".join(f"Visit the Blue Heron bakery on Elm street for croissants {n}\n" for n in range(6))
    )
    (tmp_path / "ham.txt").write_text(
        "Who is coming to the meetup?\nThanks, that fixed it\nSee you all tomorrow\n"
        "The docs moved to the new site\n"
    )
    sets = ["--spam", str(tmp_path / "spam.txt"), "--ham", str(tmp_path / "ham.txt")]
    plain = CliRunner().invoke(main, ["spam", "evaluate", *sets])
    ours = CliRunner().invoke(
        main, ["spam", "evaluate", *sets, "--ruleset", "r", "--settings", str(settings)]
    )
    assert ours.exit_code == 0, ours.output
    assert ours.output.startswith("ruleset r, threshold 0.95\n")

    def recall(output: str) -> float:
        first = next(line for line in output.splitlines() if line.startswith("out of the box"))
        found = re.search(r"recall +([\d.]+)%", first)
        assert found, first
        return float(found.group(1))

    assert recall(plain.output) < 100.0 == recall(ours.output)  # the ruleset's file taught it


def test_stats_shows_the_facts_a_rulesets_own_files_taught(tmp_path):

    spam = [{"text": f"Fresh drop {n}", "forwarded": True, "buttons": True} for n in range(3)]
    ham = [{"text": f"see you at the meetup {n}", "forwarded": False} for n in range(3)]
    for name, lines in (("spam.jsonl", spam), ("ham.jsonl", ham)):
        (tmp_path / name).write_text("".join(json.dumps(line) + "\n" for line in lines))
    settings = tmp_path / "settings.toml"
    settings.write_text(
        "[default.rulesets.r.moderation]\nclassifier = { enabled = true, "
        'spam_samples = ["spam.jsonl"], ham_samples = ["ham.jsonl"] }\n'
    )
    result = CliRunner().invoke(
        main, ["spam", "stats", "--ruleset", "r", "--settings", str(settings)]
    )
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if x.startswith("facts ("))
    assert line.startswith("facts (the ruleset's sample files, from 6 lessons): #forwarded +")
    assert "#buttons +" in line and "facts: none learned" not in result.output


@pytest.mark.parametrize("command", [["moderate", "--ruleset", "tech", "-"],
                                     ["spam", "stats", "--ruleset", "tech"]])  # fmt: skip
def test_a_command_that_reads_leaves_another_programs_database_alone(
    tmp_path, monkeypatch, command
):
    import sqlite3

    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "settings.toml", tmp_path / "settings.toml")
    with sqlite3.connect(tmp_path / "theirs.db") as theirs:
        theirs.execute("CREATE TABLE notes (body TEXT)")
    result = CliRunner().invoke(main, [*command, "--db", "sqlite://theirs.db"], input="hi\n")
    assert result.exit_code == 1
    assert result.output.strip().endswith(
        f"error: --db: {tmp_path / 'theirs.db'}: not a groupops database (no migrations table)"
    )
    tables = sqlite3.connect(tmp_path / "theirs.db").execute("SELECT name FROM sqlite_master")
    assert [name for (name,) in tables] == ["notes"]  # no schema added to it


@pytest.mark.parametrize("command", [["migrate"], ["spam", "stats", "--ruleset", "tech"],
                                     ["export"], ["outbox"]])  # fmt: skip
def test_an_empty_db_is_refused_not_read_as_the_settings_database(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "settings.toml", tmp_path / "settings.toml")
    result = CliRunner().invoke(main, [*command, "--db", ""])  # `--db "$UNSET"`
    assert result.exit_code == 2
    assert "Invalid value for '--db': is empty (an unset variable?)" in result.output
    assert not (tmp_path / "groupops.db").exists()


def test_the_preview_knows_the_senders_it_has_seen_as_members(tmp_path, monkeypatch):
    # "@alice" after alice has spoken mentions a member; an unknown handle is still a contact
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "settings.toml", tmp_path / "settings.toml")
    lines = [
        {"text": "hi all", "sender": "alice"},
        {"text": "thanks @alice, great talk", "sender": "bob"},
        {"text": "join @cryptopumpz now", "sender": "carl"},
    ]
    (tmp_path / "m.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    result = CliRunner().invoke(main, ["moderate", "--ruleset", "tech", "--json", "m.jsonl"])
    assert result.exit_code == 0, result.output
    verdicts = [json.loads(line) for line in result.stdout.splitlines()][:-1]
    assert ["contacts" in v["rules"] for v in verdicts] == [False, False, True]
