"""Messages for `groupops bench moderation`, made at run time from a seed: chatter in English,
Chinese and Russian drawn from vocabularies of a few thousand words with Zipf-like
frequencies (plus numbers, names and links), and spam made from templates with random codes,
handles and amounts. Nearly every message is a text not seen before, so a cache keyed by
message cannot make the figures look better than a real group's.

Chatter must break no default rule and spam must break one (the bench test counts on it):
chatter leaves out `@`, long digit runs and the Han characters of contact and invite
words, and the benchmark's synthetic blocklist leaves out the chatter's Han characters.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence

from ..moderation.evasion import contact_words

WORDS_PER_LANGUAGE = 3_000
ZIPF = 1.07  # weight of the word of rank r: 1 / r**ZIPF


def _split(words: str) -> list[str]:
    return words.split()


EN_COMMON = _split(
    "the be to of and a in that have i it for not on with he as you do at this but his by "
    "from they we say her she or an will my one all would there their what so up out if "
    "about who get which go me when make can like time no just him know take people into "
    "year your good some could them see other than then now look only come its over think "
    "also back after use two how our work first well way even new want because any these "
    "give day most us is are was were been has had did does release bug fix test deploy "
    "server log error thanks please help review merge branch build docs guide question "
    "answer meeting tomorrow today morning evening team project issue version update config"
)
ZH_COMMON = _split(
    "我们 你们 他们 今天 明天 昨天 现在 时候 问题 版本 部署 日志 测试 文档 项目 大家 谢谢 "
    "早上 晚上 知道 觉得 可以 需要 应该 已经 还是 因为 所以 但是 如果 这个 那个 什么 怎么 "
    "为什么 工作 时间 地方 朋友 学习 老师 学生 电脑 手机 网络 服务 数据 代码 功能 用户 "
    "社区 讨论 分享 建议 意见 看看 试试 一下 一起 这里 那里 东西 事情 可能 其实"
)
RU_COMMON = _split(
    "и в не на я быть он с что а по это она этот к но они мы как из у который то за свой "
    "весь год от так о для ты же все тот мочь вы человек такой его сказать только или ещё "
    "бы себя один как уже до время если сам когда другой вот говорить наш мой знать стать "
    "при чтобы дело жизнь кто первый очень два день её новый рука даже во со раз где там "
    "спасибо привет версия ошибка сервер лог тест сборка документация вопрос ответ завтра"
)
NAMES = _split(
    "Alice Bob Carol Dave Erin Frank Grace Heidi Ivan Judy Mallory Oscar Peggy Trent Victor "
    "Walter 小王 小李 老张 阿明 晓红 志强 Иван Мария Алексей Ольга Дмитрий Наталья Сергей Анна"
)
SITES = ("github.com", "docs.python.org", "wiki.example.org", "gitlab.com", "stackoverflow.com")

# Han characters for made-up Chinese words: none of 加 进 入 群 微 信 (contact and invite
# words) nor of the blocklist's real entries.
HAN = (
    "的一是不了人在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过"
    "家学对可她里后小么心多天而能好都然没日于起还成事只作当想看文无方经十样与关各重新线内数"
    "正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通"
    "并提直题党程展五果料象员革位常文总次品式活设及管特件长求老头基资边流路级少图山统接知较"
    "将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车点电"
)
HAN = "".join(dict.fromkeys(c for c in HAN if c not in "加进入群裙微信薇威徽危刷单代开发票"))
EN_ONSETS = _split("b c d f g h j k l m n p r s t v br cr dr fl gr pl pr st tr sh th")
EN_VOWELS = _split("a e i o u ea ou ai")
EN_CODAS = ["", "", "n", "r", "s", "t", "l", "nd", "st", "ng", "ck"]
RU_ONSETS = _split("б в г д ж з к л м н п р с т ф ц ч ш пр ст кр")
RU_VOWELS = _split("а е и о у ы я ю")
RU_CODAS = ["", "", "н", "т", "й", "л", "с", "р", "в", "ть"]


def _syllables(rng: random.Random, parts: Sequence[list[str]], count: int) -> str:
    onsets, vowels, codas = parts
    return "".join(
        rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas) for _ in range(count)
    )


def vocabulary(language: str, rng: random.Random) -> list[str]:
    """Common words first (the most frequent ranks), then made-up words of the language's
    letters; none spells a contact word."""
    common = {"en": EN_COMMON, "zh": ZH_COMMON, "ru": RU_COMMON}[language]
    words = dict.fromkeys(common)
    while len(words) < WORDS_PER_LANGUAGE:
        if language == "en":
            word = _syllables(rng, (EN_ONSETS, EN_VOWELS, EN_CODAS), rng.choice((1, 2, 2, 3)))
        elif language == "ru":
            word = _syllables(rng, (RU_ONSETS, RU_VOWELS, RU_CODAS), rng.choice((1, 2, 2, 3)))
        else:
            word = "".join(rng.choice(HAN) for _ in range(rng.choice((1, 2, 2, 2, 3))))
        if contact_words(word) == word:
            words[word] = None
    return list(words)


def zipf_weights(count: int) -> list[float]:
    return list(itertools.accumulate(1 / rank**ZIPF for rank in range(1, count + 1)))


class Chatter:
    """Ordinary group messages, varied like a real group's."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words = {lang: vocabulary(lang, rng) for lang in ("en", "zh", "ru")}
        self.weights = zipf_weights(WORDS_PER_LANGUAGE)

    def _words(self, language: str, count: int) -> list[str]:
        return self.rng.choices(self.words[language], cum_weights=self.weights, k=count)

    def _extra(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.4:
            return str(rng.choice((rng.randint(1, 99), rng.randint(100, 9999))))
        if roll < 0.8:
            return rng.choice(NAMES)
        site = rng.choice(SITES)
        path = "/".join(self._words("en", rng.randint(1, 3)))
        return f"https://{site}/{path}"

    def message(self) -> str:
        rng = self.rng
        language = rng.choices(("en", "zh", "ru"), (5, 3, 2))[0]
        count = rng.randint(1, 12) if rng.random() < 0.85 else rng.randint(13, 60)
        words = self._words(language, count)
        for _ in range(rng.random() < 0.4):  # at most one number, name or link
            words.insert(rng.randrange(len(words) + 1), self._extra())
        if language == "zh":
            text = "".join(w if not w.isascii() else f" {w} " for w in words).strip()
            return text + rng.choice(("", "。", "？", "！", "，对吧"))
        text = " ".join(words)
        if rng.random() < 0.5 and not text.startswith("http"):
            text = text[:1].upper() + text[1:]
        return text + rng.choice(("", ".", "?", "!", "...", " :)"))


def _code(rng: random.Random, alphabet: str, low: int, high: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))


LOWER, DIGITS = "abcdefghijklmnopqrstuvwxyz", "0123456789"
MIXED = LOWER + LOWER.upper() + DIGITS


def spam(rng: random.Random) -> str:
    """One ad, from a template that a default rule catches, with its own codes and amounts."""
    amount, code = rng.randint(50, 5000), _code(rng, MIXED, 6, 10)
    handle = _code(rng, LOWER, 3, 6) + _code(rng, DIGITS, 3, 6)
    templates: Sequence[str] = (
        f"兼职刷單日结{amount}元 加 微 信 vx{_code(rng, DIGITS, 6, 9)}",
        f"Earn ${amount}/day, join t.me/+{code} now",
        f"加V: {handle} 低价代购，私聊",
        f"Best crypto signals https://{_code(rng, LOWER, 4, 8)}.example/{code}",
        f"ＦＲＥＥ m\u200bоney {rng.choice(('click here', 'today', 'for you'))} {code}",
        f"Заработок от {amount}$ в день, пиши в whatsapp chat.whatsapp.com/{code}",
        f"代开发票 {rng.randint(1, 17)}个点 联系{handle}",
    )
    return rng.choice(templates)
