"""Detectors that look at how and when a message comes: flood, raids of the same text,
forwarded channel posts, locked media types and restrictions on new members."""

from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta
from typing import Any

from pydantic import Field

from ..bounded import BoundedDict
from ..engine.windows import Window
from ..segments import T
from ..settings.types import Duration
from .content import urls
from .detector import Detector, DetectorConfig, Sample, detector
from .evidence import Evidence
from .normalize import compact
from .patterns import INVITE, PHONE, WECHAT
from .steps import ActionSpec

# a sample's finding: the rest of a burst the flood rule acted on moments ago
FLOOD_TAIL = "flood_tail"


class FloodConfig(DetectorConfig):
    messages: int = Field(default=5, ge=2, le=1000)
    seconds: int = Field(default=10, ge=1, le=86400)
    action: ActionSpec = "mute 1h"
    delete: bool = False


@detector
class Flood(Detector[FloodConfig]):
    name = "flood"
    reason = T("flooding the chat")
    order = 100
    config_model = FloodConfig

    def __init__(self, config: FloodConfig) -> None:
        super().__init__(config)
        self.window = timedelta(seconds=config.seconds)
        # (chat, sender) -> message times within the window; the least recently active first
        self.seen: BoundedDict[tuple[str, ...], deque[datetime]] = BoundedDict("moderation.flood")
        # (chat, sender) -> when the last burst was hit: the rest of that burst, sent before the
        # mute took hold, is not a second burst (one burst was muted twice)
        self.hit: BoundedDict[tuple[str, ...], datetime] = BoundedDict("moderation.flood_hits")
        # (chat, sender) -> their last album: its other items are the same post (an album of
        # seven photos muted its sender for flooding)
        self.album: BoundedDict[tuple[str, ...], str] = BoundedDict("moderation.flood_albums")

    def check(self, sample: Sample) -> str | None:
        if sample.time is None or sample.edited:
            return None
        key = (sample.chat, sample.sender)
        if sample.album is not None:
            if self.album.get(key) == sample.album:
                return None  # counted with the album's first item
            self.album[key] = sample.album
        cutoff = sample.time - self.window  # times at or before it are out of the window
        self.forget(cutoff)
        times = self.seen.get(key) or deque()
        self.seen[key] = times  # written: now the most recently active
        if self.dirty is not None:
            self.dirty.add(key)
        times.append(sample.time)
        while times and times[0] <= cutoff:
            times.popleft()
        last = self.hit.get(key)
        tail = last is not None and sample.time - last < self.window
        if tail:  # sent before the mute took hold: the bot answers none of it (moderate.py)
            sample.found[FLOOD_TAIL] = True
        if len(times) < self.config.messages:
            return None
        times.clear()  # one hit per burst
        self.hit[key] = sample.time  # saved with the window (`changed`), as `key` is dirty
        if tail:
            return None  # the same burst's tail
        return Evidence(
            T("{messages}+ messages in {seconds} s", messages=self.config.messages,
              seconds=self.config.seconds)
        )  # fmt: skip

    def forget(self, before: datetime) -> None:
        """Drop senders quiet since `before`: their window has nothing left."""
        while (oldest := self.seen.oldest()) is not None and (
            not oldest[1] or oldest[1][-1] < before
        ):
            self.seen.drop_oldest()

    def changed(self) -> list[Window]:
        dirty, self.dirty = self.dirty or (), set()
        windows = []
        for key in dirty:
            times, hit = list(self.seen.get(key) or ()), self.hit.get(key)
            if not times and hit is None:
                windows.append(Window(self.name, key, None))
                continue
            # the burst just hit goes with the times: a worker taking the community over
            # must know its tail is no second burst (it muted the member twice)
            last = max([*times, hit] if hit is not None else times)
            saved = {"times": times, "hit": hit}
            windows.append(Window(self.name, key, saved, last, last + self.window))
        return windows

    def restore(self, key: tuple[str, ...], saved: Any) -> None:
        if isinstance(saved, list):  # saved before the hit was kept with the times
            saved = {"times": saved, "hit": None}
        self.seen[key] = deque(datetime.fromisoformat(t) for t in saved["times"])
        if saved.get("hit"):
            self.hit[key] = datetime.fromisoformat(saved["hit"])


class DuplicatesConfig(DetectorConfig):
    accounts: int = Field(default=3, ge=2)  # the same text from this many accounts is a raid
    window: Duration = timedelta(minutes=10)
    min_length: int = Field(default=16, ge=1)  # shorter texts ("hi", "+1") are not counted


@detector
class Duplicates(Detector[DuplicatesConfig]):
    name = "duplicates"
    reason = T("the same message from several accounts")
    order = 90
    config_model = DuplicatesConfig
    default_enabled = False  # friendly groups repeat greetings: switch on for raids

    def __init__(self, config: DuplicatesConfig) -> None:
        super().__init__(config)
        # (chat, text) -> sender -> when; the text repeated longest ago first
        self.seen: BoundedDict[tuple[str, ...], dict[str, datetime]] = BoundedDict(
            "moderation.duplicates"
        )

    def check(self, sample: Sample) -> str | None:
        if sample.time is None or sample.edited:
            return None
        text = compact(sample.norm)
        if len(text) < self.config.min_length:
            return None
        cutoff = sample.time - self.config.window
        self.forget(cutoff)
        key = (sample.chat, text)
        senders = self.seen.get(key) or {}
        self.seen[key] = senders  # written: now the most recent text
        if self.dirty is not None:
            self.dirty.add(key)
        for sender in [s for s, at in senders.items() if at < cutoff]:
            del senders[sender]
        senders[sample.sender] = sample.time
        if len(senders) < self.config.accounts:
            return None
        return Evidence(
            T("{accounts} accounts: {text}", accounts=len(senders), text=sample.norm[:80])
        )

    def forget(self, before: datetime) -> None:
        """Drop texts nobody repeated since `before`."""
        while (oldest := self.seen.oldest()) is not None and (
            not oldest[1] or max(oldest[1].values()) < before
        ):
            self.seen.drop_oldest()

    def changed(self) -> list[Window]:
        dirty, self.dirty = self.dirty or (), set()
        windows = []
        for key in dirty:
            senders = self.seen.get(key)
            if senders:
                last = max(senders.values())
                until = last + self.config.window
                saved = {str(sender): at for sender, at in senders.items()}
                windows.append(Window(self.name, key, saved, last, until))
            else:
                windows.append(Window(self.name, key, None))
        return windows

    def restore(self, key: tuple[str, ...], saved: Any) -> None:
        self.seen[key] = {sender: datetime.fromisoformat(at) for sender, at in saved.items()}


@detector
class Forwards(Detector[DetectorConfig]):
    """Posts forwarded from a channel: the usual way ads arrive."""

    name = "forwards"
    reason = T("posts forwarded from channels")
    order = 70
    default_enabled = False

    def check(self, sample: Sample) -> str | None:
        return "forwarded from a channel" if sample.forwarded else None


class LocksConfig(DetectorConfig):
    # Media types that may not be posted (core/events.py MEDIA_KINDS: photo, video, sticker,
    # gif, document, voice, audio, contact, location, poll); "url" and "forward" lock links and
    # forwards from anyone.
    locked: tuple[str, ...] = ()
    action: ActionSpec = "delete"


@detector
class Locks(Detector[LocksConfig]):
    name = "locks"
    reason = T("a message type locked in this group")
    order = 80
    config_model = LocksConfig

    def __init__(self, config: LocksConfig, extra: tuple[str, ...] = ()) -> None:
        super().__init__(config)
        self.locked = frozenset((*config.locked, *extra))

    @classmethod
    def build(cls, config: LocksConfig, changes: Any) -> Locks:
        """The ruleset's locks with what admins locked and unlocked by command."""
        locked = tuple(x for x in (*config.locked, *changes.locked) if x not in changes.unlocked)
        return cls(config.model_copy(update={"locked": ()}), locked)

    @property
    def idle(self) -> bool:
        return not self.locked

    def check(self, sample: Sample) -> str | None:
        if not self.locked:
            return None
        if sample.media and sample.media in self.locked:
            return Evidence(T("locked: {kind}", kind=sample.media))
        if "forward" in self.locked and (sample.forward or sample.forwarded):
            return Evidence(T("locked: {kind}", kind="forward"))
        if "url" in self.locked and urls(sample):
            return Evidence(T("locked: {kind} ({link})", kind="url", link=urls(sample)[0][:100]))
        return None


class NewcomersConfig(DetectorConfig):
    hours: int = Field(default=24, ge=0)  # restricted for their first N hours ...
    messages: int = Field(default=3, ge=0)  # ... or until they have sent N messages


@detector
class Newcomers(Detector[NewcomersConfig]):
    """New members may not post links, invites or contact details at first."""

    name = "newcomers"
    reason = T("links or contacts from a new member")
    order = 35
    config_model = NewcomersConfig
    default_enabled = False

    def check(self, sample: Sample) -> str | None:
        config = self.config
        messages = sample.member_messages
        new_by_count = sample.arrival_seen and messages is not None and messages < config.messages
        new_by_time = (
            sample.time is not None
            and sample.member_joined is not None
            and sample.time - sample.member_joined < timedelta(hours=config.hours)
        )
        if not (new_by_count or new_by_time):
            return None
        found = urls(sample)
        if found:
            return Evidence(T("link from a new member: {link}", link=found[0][:100]))
        for pattern in (INVITE, WECHAT, PHONE):
            hit = pattern.search(sample.norm)
            if hit:
                return Evidence(
                    T("contact from a new member: {contact}", contact=hit.group(0)[:100])
                )
        return None
