"""The main job, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def simulate(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "groupops.core.cli", "simulate", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def simulations(*runs: tuple[str, ...]) -> list[subprocess.CompletedProcess]:
    """Several simulations side by side (each its own process, as two operators would run
    them), in the order given."""
    started = [
        (args, subprocess.Popen(
            [sys.executable, "-m", "groupops.core.cli", "simulate", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        ))
        for args in runs
    ]  # fmt: skip
    done = []
    for args, process in started:
        out, err = process.communicate(timeout=300)
        done.append(subprocess.CompletedProcess(args, process.returncode, out, err))
    return done


def test_same_seed_gives_byte_identical_json():
    args = ("--members", "200", "--days", "7", "--seed", "1", "--json")
    first, second = simulations(args, args)
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    summary = json.loads(first.stdout)
    for key in ("members", "messages", "joins", "leaves", "checkins", "points_awarded", "actions"):
        assert key in summary
    assert summary["members_start"] == 200 and summary["days"] == 7
    assert summary["messages"] > 1000 and summary["joins"] > 0 and summary["checkins"] > 0
    campaign_points = sum(c["points_paid"] for c in summary["campaigns"].values())
    earned = summary["points"]["by_reason"]
    # +1 a check-in, as configured (more for core members: the `multiplier:1.5` perk), what
    # campaigns paid (challenge rewards, invites), and the simulated ruleset's speaking and
    # order points
    assert summary["checkins"] <= earned["checkin"] <= 2 * summary["checkins"]
    assert summary["points_awarded"] == (
        earned["checkin"] + campaign_points + earned.get("speak", 0) + earned.get("order", 0)
    )
    assert summary["actions"]["reply"] >= summary["checkins"]  # each check-in is answered
    assert summary["actions"]["send"] > 0  # welcomes


def test_simulated_referral_and_challenge_report_their_outcome():
    summary = json.loads(
        simulate("--members", "120", "--days", "7", "--seed", "3", "--json").stdout
    )
    referral, challenge = summary["campaigns"]["invite3"], summary["campaigns"]["checkin7"]
    assert referral["kind"] == "referral" and challenge["kind"] == "challenge"
    invites = referral["invites"]
    assert invites["confirmed"] > 0 and invites["pending"] + invites["revoked"] > 0
    assert referral["points_paid"] == 5 * invites["confirmed"]  # the campaign's bonus
    assert referral["top"][0][1] >= 1
    assert 0 < challenge["completed"] < challenge["participants"]
    assert challenge["points_paid"] == 20 * challenge["completed"]
    assert challenge["best_runs"]["7"] == challenge["completed"]


def test_another_seed_gives_another_run():
    runs = simulations(*(("--members", "50", "--days", "2", "--seed", seed, "--json")
                         for seed in ("1", "2")))  # fmt: skip
    one, two = (json.loads(run.stdout) for run in runs)
    assert one != two


def test_readable_summary_and_kept_database(tmp_path):
    db = tmp_path / "sim.db"
    result = simulate("--members", "30", "--days", "1", "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Simulated 1 day(s) of a community of 30 members" in result.stdout
    assert "check-ins" in result.stdout
    assert db.is_file() and db.stat().st_size > 0
    # run again on the same file, the first run's check-ins were counted in the second's
    # summary; it is refused instead, and the file is left as it was
    kept = db.read_bytes()
    again = simulate("--members", "5", "--days", "1", "--db", f"sqlite://{db}", cwd=tmp_path)
    assert again.returncode == 2 and again.stdout == ""
    assert again.stderr == (  # one line, not click's usage block
        f"--db: {db} already exists: a simulation starts from an empty database; give a new "
        "file, or remove this one\n"
    )
    assert "Traceback" not in again.stderr and db.read_bytes() == kept


def test_unknown_ruleset_is_refused():
    result = simulate("--ruleset", "nope")
    assert result.returncode == 2
    assert "'nope' is not a ruleset" in result.stderr
