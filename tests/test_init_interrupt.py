"""One Ctrl-C at init's hidden token prompt stops it: the prompt is read while init's event
loop runs, whose Ctrl-C handler only cancelled the loop's task, so the first press did nothing
and a second printed "Aborted!"."""

from __future__ import annotations

import os
import pty
import select
import sys
import time

from support.cli import clean_env


def _read_until(fd: int, wanted: bytes, seconds: float) -> bytes:
    said, deadline = b"", time.monotonic() + seconds
    while wanted not in said and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # the child closed the terminal: it ended
                break
            if not chunk:
                break
            said += chunk
    return said


def test_one_ctrl_c_at_the_token_prompt_stops_init(tmp_path):
    pid, terminal = pty.fork()  # the child gets the terminal as an operator's shell has it
    if pid == 0:
        os.chdir(tmp_path)
        command = [sys.executable, "-m", "groupops.core.cli", "init", "--platform", "telegram"]
        os.execve(sys.executable, command, clean_env())
    try:
        assert b"Bot token from @BotFather" in _read_until(terminal, b"BotFather:", 120)
        time.sleep(0.5)  # the prompt is reading now
        os.write(terminal, b"\x03")  # Ctrl-C, as the terminal sends it
        pressed = time.monotonic()
        said = _read_until(terminal, b"\x00never", 20)
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(terminal)
    assert time.monotonic() - pressed < 15, said  # one press stops it at once
    assert os.waitstatus_to_exitcode(status) == 1  # as a Ctrl-C at init's other prompts
    assert said.decode().strip().endswith("Aborted!") and b"Traceback" not in said
    assert list(tmp_path.iterdir()) == []  # nothing written
