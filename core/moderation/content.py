"""Detectors that read what a message says: links, invites, contact details, blocklist,
operator regexes and required tags."""

from __future__ import annotations

from typing import Any

from pydantic import Field, field_validator

from ..segments import T
from ..settings import SectionModel
from .automaton import WordList
from .detector import Detector, DetectorConfig, Sample, detector, excerpt, quoted
from .evasion import word_form
from .evidence import Evidence
from .hosts import as_written, lookalike_of, real_host, written_links
from .normalize import normalise, pictographs_dropped
from .operator_regex import RegexSet, compile_pattern
from .patterns import (
    INVITE,
    PHONE,
    PHONE_HINT,
    TELEGRAM_HANDLE,
    URL,
    USERNAME,
    WECHAT,
    domain_allowed,
    host_of,
    might_invite,
    might_spell_digits,
    phone_form,
    spaced_wechat,
)
from .steps import ActionSpec


def urls(sample: Sample) -> list[str]:
    """URLs in the text and in link segments, found once per message."""
    found = sample.found.get("urls")
    if found is None:
        found = [m.group(0) for m in URL.finditer(sample.norm)] if "." in sample.norm else []
        found += [link.lower() for link in sample.links]
        sample.found["urls"] = found
    return found


def words_of(sample: Sample) -> str:
    """The word form of the message (see evasion.word_form), found once per message."""
    words = sample.found.get("words")
    if words is None:
        words = sample.found["words"] = word_form(sample.norm)
    return words


class InvitesConfig(DetectorConfig):
    telegram_handles: bool = True  # t.me/somegroup counts as an invitation


@detector
class Invites(Detector[InvitesConfig]):
    name = "invites"
    reason = T("invitations to other groups")
    order = 30
    config_model = InvitesConfig

    def check(self, sample: Sample) -> str | None:
        norm = sample.norm
        if not might_invite(norm):
            return None
        found = INVITE.search(norm)
        if found is None and self.config.telegram_handles and "me/" in norm:
            found = TELEGRAM_HANDLE.search(norm)
        return quoted(sample, found.start(), found.end()) if found else None


class LinksConfig(DetectorConfig):
    allow: tuple[str, ...] = ()  # domains (and their subdomains) that may be posted

    @field_validator("allow")
    @classmethod
    def _lower(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(real_host(domain.strip(".")) for domain in value)


@detector
class Links(Detector[LinksConfig]):
    name = "links"
    reason = T("links to sites not allowed here")
    order = 50
    config_model = LinksConfig
    default_enabled = False  # many groups share links; switch on where they are ads

    def check(self, sample: Sample) -> str | None:
        allow = self.config.allow
        segments = {link.lower() for link in sample.links}
        # the normalised text folds look-alike letters: its links are read again as written
        written = None if sample.text.isascii() else written_links(sample.text)
        for url in urls(sample):
            host, link = host_of(url), url
            if written is not None and url not in segments:
                host, link = as_written(host, written) or (host, url)
            host = real_host(host)
            if domain_allowed(host, allow):
                continue
            imitated = lookalike_of(host, allow)
            return _lookalike(link, host, imitated) if imitated else url[:200]
        return None


def _lookalike(url: str, host: str, imitated: str) -> Evidence:
    return Evidence(
        T("{host} looks like {domain} but is another site: {link}",
          host=host, domain=imitated, link=url[:200])
    )  # fmt: skip


class ContactsConfig(DetectorConfig):
    phones: bool = True
    wechat: bool = True
    usernames: bool = True  # @usernames of people who are not members


@detector
class Contacts(Detector[ContactsConfig]):
    name = "contacts"
    reason = T("contact details or ads")
    order = 40
    config_model = ContactsConfig

    def check(self, sample: Sample) -> str | None:
        norm, config = sample.norm, self.config
        if config.wechat:
            found = WECHAT.search(norm) or spaced_wechat(norm)
            if found:
                return quoted(sample, found.start(), found.end())
        if config.phones:
            hinted = PHONE_HINT.search(norm) is not None
            if hinted and (found := PHONE.search(norm)):
                return quoted(sample, found.start(), found.end())
            if hinted or might_spell_digits(norm):
                spelled = phone_form(norm)  # 一三八〇〇…, 138o0l38000
                if spelled != norm and (found := PHONE.search(spelled)):
                    return excerpt(spelled, found.start(), found.end())
        # a command's @name is whom it is about (/give @ann 5), not an ad
        if config.usernames and "@" in norm and not sample.command:
            for found in USERNAME.finditer(norm):
                if found.group(1) not in sample.known_names:
                    return quoted(sample, found.start(), found.end())
        return None


class BlocklistConfig(DetectorConfig):
    words: tuple[str, ...] = ()


@detector
class Blocklist(Detector[BlocklistConfig]):
    name = "blocklist"
    reason = T("a blocked word")
    order = 10
    config_model = BlocklistConfig

    def __init__(self, config: BlocklistConfig, extra: tuple[str, ...] = ()) -> None:
        super().__init__(config)
        self.words = WordList((*config.words, *extra))

    @classmethod
    def build(cls, config: BlocklistConfig, changes: Any) -> Blocklist:
        """The ruleset's words with what admins added by command, less what they removed."""
        words = tuple(
            w for w in (*config.words, *changes.blocklist_added)
            if w not in changes.blocklist_removed
        )  # fmt: skip
        return cls(config.model_copy(update={"words": ()}), words)

    @property
    def idle(self) -> bool:
        return not self.words

    def check(self, sample: Sample) -> str | None:
        found = self.words.find(sample.norm)
        if found:
            return quoted(sample, *found)
        words = words_of(sample)
        if words is not sample.norm and words != sample.norm:
            found = self.words.find(words)
            if found:
                return excerpt(words, *found)
        # a pictograph inside a word, not between words (folded to "-" in the norm)
        joined = pictographs_dropped(sample.text) if "-" in sample.norm else None
        if joined is not None:
            found = self.words.find(joined)
            return excerpt(joined, *found) if found else None
        return None


class RegexRule(SectionModel):
    name: str = Field(min_length=1)
    pattern: str = Field(min_length=1)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        compile_pattern(value)  # refused here, so `groupops check` names the key path
        return value


class RegexConfig(DetectorConfig):
    patterns: tuple[RegexRule, ...] = ()


@detector
class Regex(Detector[RegexConfig]):
    name = "regex"
    reason = T("a forbidden pattern")
    order = 20
    config_model = RegexConfig

    def __init__(self, config: RegexConfig) -> None:
        super().__init__(config)
        self.set = RegexSet([rule.pattern for rule in config.patterns])
        self.names = [rule.name for rule in config.patterns]

    @property
    def idle(self) -> bool:
        return not self.names

    def check(self, sample: Sample) -> str | None:
        found = self.set.first(sample.norm)
        if found is None:
            return None
        index, start, end = found
        return f"{self.names[index]}: {quoted(sample, start, end)}"


class TagCategory(SectionModel):
    name: str = Field(min_length=1)
    keywords: tuple[str, ...] = Field(min_length=1)  # a post mentioning one of these ...
    tags: tuple[str, ...] = Field(min_length=1)  # ... must start with one of these


class TagsConfig(DetectorConfig):
    action: ActionSpec = "remind"  # a reminder to add the tag, not a warning
    categories: tuple[TagCategory, ...] = (
        TagCategory(
            name="jobs",
            keywords=("招聘", "求职", "hiring", "job offer", "内推"),
            tags=("[招聘]", "[求职]", "[hiring]", "[job]"),
        ),
    )


@detector
class Tags(Detector[TagsConfig]):
    name = "tags"
    reason = T("a post of this kind needs its tag, such as [招聘] or [hiring]")
    order = 60
    config_model = TagsConfig
    default_enabled = False

    def __init__(self, config: TagsConfig) -> None:
        super().__init__(config)
        self.categories = [
            (c.name, tuple(map(normalise, c.keywords)),
             tuple(normalise(form) for tag in c.tags for form in _bracket_forms(tag)))
            for c in config.categories
        ]  # fmt: skip

    def check(self, sample: Sample) -> str | None:
        head = sample.norm.lstrip()
        for name, keywords, tags in self.categories:
            if any(k in sample.norm for k in keywords) and not head.startswith(tags):
                return f"{name}: {head[:60]}"
        return None


# the brackets Chinese keyboards type for a tag: 【招聘】 and ［招聘］ are [招聘] too
BRACKETS = (("[", "]"), ("【", "】"), ("［", "］"))


def _bracket_forms(tag: str) -> tuple[str, ...]:
    if not (tag.startswith("[") and tag.endswith("]")):
        return (tag,)
    inner = tag[1:-1]
    return tuple(f"{open_}{inner}{close}" for open_, close in BRACKETS)
