"""The `shop` ruleset section: the redemption catalogue (the playbook's 积分使用方式 by default)."""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from pydantic import Field, field_validator

from ..settings import SectionModel, ruleset_section
from ..settings.types import LocalizedText

ITEM_ID = re.compile(r"^[a-z0-9_]{1,32}$")
MAX_COST = 1_000_000_000  # points, and items in stock: a number past 64 bits fits no column


class ShopItem(SectionModel):
    id: str  # what members type: /redeem trial
    cost: int = Field(gt=0, le=MAX_COST)
    title: LocalizedText
    stock: int | None = Field(default=None, ge=0, le=MAX_COST)  # None: unlimited
    perk: str = ""  # only members whose tier grants this perk (see [tiers.perks]) may redeem
    # A coupon item: redeeming it gives the member a coupon code at once (what it is worth)
    coupon: str = ""
    per_member: int | None = Field(default=None, ge=1)  # most redemptions by one member
    # A limited-time item (a points campaign): on sale from / until these local times.
    available_from: datetime | None = None
    available_until: datetime | None = None

    def on_sale(self, now: datetime, tz: tzinfo) -> bool:
        start, end = (
            t if t is None or t.tzinfo else t.replace(tzinfo=tz)
            for t in (self.available_from, self.available_until)
        )
        return (start is None or start <= now) and (end is None or now < end)

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not ITEM_ID.match(value):
            raise ValueError(f"{value!r} is not an item id (expected 1-32 of a-z, 0-9 and _)")
        return value


# the default catalogue's titles in every shipped language (an operator's own items may give
# one title or some; a reader without theirs gets the first)
TRIAL = {
    "en": "Premium feature trial", "ar": "تجربة الميزات المميزة",
    "de": "Testzugang zu Premium-Funktionen", "es": "Prueba de funciones premium",
    "fa": "آزمایش امکانات ویژه", "id": "Uji coba fitur premium",
    "pt_BR": "Teste de recursos premium", "ru": "Пробный доступ к премиум-функциям",
    "uk": "Пробний доступ до преміум-функцій", "vi": "Dùng thử tính năng cao cấp",
    "zh_Hans": "产品高级功能试用", "zh_Hant": "產品進階功能試用",
}  # fmt: skip
CONSULT = {
    "en": "One-to-one consultation", "ar": "استشارة فردية", "de": "Persönliche Beratung",
    "es": "Consulta individual", "fa": "مشاوره یک‌به‌یک", "id": "Konsultasi empat mata",
    "pt_BR": "Consultoria individual", "ru": "Индивидуальная консультация",
    "uk": "Індивідуальна консультація", "vi": "Tư vấn trực tiếp một kèm một",
    "zh_Hans": "一对一技术咨询", "zh_Hant": "一對一技術諮詢",
}  # fmt: skip
LIFETIME = {
    "en": "Lifetime free access", "ar": "وصول مجاني مدى الحياة",
    "de": "Lebenslang kostenloser Zugang", "es": "Acceso gratuito de por vida",
    "fa": "دسترسی رایگان مادام‌العمر", "id": "Akses gratis seumur hidup",
    "pt_BR": "Acesso gratuito vitalício", "ru": "Бесплатный доступ навсегда",
    "uk": "Безкоштовний доступ назавжди", "vi": "Truy cập miễn phí trọn đời",
    "zh_Hans": "产品终身免费使用", "zh_Hant": "產品終身免費使用",
}  # fmt: skip
MEETUP = {
    "en": "Meetup invitation", "ar": "دعوة إلى لقاء", "de": "Einladung zum Treffen",
    "es": "Invitación a un encuentro", "fa": "دعوت به دورهمی", "id": "Undangan kopdar",
    "pt_BR": "Convite para encontro", "ru": "Приглашение на встречу",
    "uk": "Запрошення на зустріч", "vi": "Lời mời gặp mặt",
    "zh_Hans": "线下聚会邀请", "zh_Hant": "線下聚會邀請",
}  # fmt: skip
DEFAULT_ITEMS = (
    ShopItem(id="trial", cost=100, title=TRIAL),
    ShopItem(id="consult", cost=200, title=CONSULT),
    ShopItem(id="lifetime", cost=500, title=LIFETIME),
    ShopItem(id="meetup", cost=1000, title=MEETUP, stock=20),
)


@ruleset_section("shop")
class ShopConfig(SectionModel):
    items: tuple[ShopItem, ...] = DEFAULT_ITEMS

    @field_validator("items")
    @classmethod
    def _unique(cls, value: tuple[ShopItem, ...]) -> tuple[ShopItem, ...]:
        seen: set[str] = set()
        for item in value:
            if item.id in seen:
                raise ValueError(f"item id {item.id!r} appears twice")
            seen.add(item.id)
        return value

    def item(self, wanted: str) -> ShopItem | None:
        """By id, or by its position in /shop (1-based)."""
        wanted = wanted.lower().lstrip("#")
        if wanted.isdecimal() and 0 < int(wanted) <= len(self.items):
            return self.items[int(wanted) - 1]
        return next((item for item in self.items if item.id == wanted), None)
