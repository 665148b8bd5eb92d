"""The link allowlist reads a host as it is written: a look-alike of an allowed domain
(`gіthub.com` with a Cyrillic і, its punycode, an accented letter) is removed and the admins are
told which domain it imitates; the allowed domain in its everyday forms still passes."""

from __future__ import annotations

import pytest
from test_moderation_detectors import ADMINS, deleted, open_club

ALLOW = {"links": {"enabled": True, "allow": ["github.com"]}}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("see https://gіthub.com/login to claim free airdrop", "gіthub.com"),  # Cyrillic і
        ("see gіthub.com/login to claim", "gіthub.com"),  # no scheme
        ("see https://xn--gthub-n4a.com/login", "gıthub.com"),  # punycode of a dotless ı
        ("https://gíthub.com/login", "gíthub.com"),  # an accent
        ("https://github.соm/login", "github.соm"),  # Cyrillic letters in the top level
    ],
)
async def test_a_lookalike_of_an_allowed_domain_is_removed_and_named(harness_factory, text, host):
    h = await open_club(harness_factory, ALLOW)
    await h.world.say(h.chat, h.user("ann"), text)
    await h.settle()
    assert deleted(h) == [text]
    assert h.world.texts(h.chat) == [
        "@Ann, please mind the group rules: links to sites not allowed here."
    ]
    [notice] = h.world.texts(ADMINS)
    assert f"{host} looks like github.com but is another site" in notice


@pytest.mark.parametrize(
    "text",
    [
        "see https://github.com/groupops/groupops",
        "привет, вот код: https://github.com/groupops/groupops",
        "代码在 github.com/groupops 上",
        "mirror: github[.]com/groupops",
        "ｇｉｔｈｕｂ.ｃｏｍ/groupops",  # fullwidth: the same site to a browser
        "https://GitHub.com/groupops and https://gist.github.com/x",
    ],
)
async def test_the_allowed_domain_as_written_passes(harness_factory, text):
    h = await open_club(harness_factory, ALLOW)
    await h.world.say(h.chat, h.user("ann"), text)
    await h.settle()
    assert deleted(h) == [] and h.world.texts(h.chat) == []


async def test_an_allowlist_entry_in_punycode_allows_the_site_as_written(harness_factory):
    h = await open_club(
        harness_factory, {"links": {"enabled": True, "allow": ["xn--e1afmkfd.xn--p1ai"]}}
    )
    await h.world.say(h.chat, h.user("ann"), "сайт: https://пример.рф/новости")
    await h.settle()
    assert deleted(h) == []
