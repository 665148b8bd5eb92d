from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "account_links" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "account" VARCHAR(191) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_account_lin_communi_7ee7df" UNIQUE ("community", "account")
);
COMMENT ON TABLE "account_links" IS 'Another platform account of a member: events from `account` count for `member`.';
CREATE TABLE IF NOT EXISTS "activity_days" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "messages" INT NOT NULL,
    "last_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_activity_da_communi_bbc819" UNIQUE ("community", "member", "day")
);
CREATE INDEX IF NOT EXISTS "idx_activity_da_communi_c25066" ON "activity_days" ("community", "day");
COMMENT ON TABLE "activity_days" IS 'Messages a member sent on one community day: tiers and honours rank by these.';
CREATE TABLE IF NOT EXISTS "audit_log" (
    "id" VARCHAR(255) NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "actor" VARCHAR(191) NOT NULL,
    "target" VARCHAR(191) NOT NULL,
    "action" VARCHAR(32) NOT NULL,
    "rule" VARCHAR(64) NOT NULL,
    "evidence" TEXT NOT NULL,
    "outcome" VARCHAR(32) NOT NULL,
    "detail" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "undone_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_audit_log_communi_402be1" ON "audit_log" ("community", "created_at");
CREATE INDEX IF NOT EXISTS "idx_audit_log_communi_caa19b" ON "audit_log" ("community", "target");
COMMENT ON TABLE "audit_log" IS 'Every automatic or manual action: who, to whom, by which rule, on what evidence, and how';
CREATE TABLE IF NOT EXISTS "chat_aliases" (
    "old_ref" VARCHAR(191) NOT NULL PRIMARY KEY,
    "new_ref" VARCHAR(191) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "chat_aliases" IS 'A chat that changed id (Telegram group -> supergroup): the old id points to the new.';
CREATE TABLE IF NOT EXISTS "chats" (
    "ref" VARCHAR(191) NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "platform" VARCHAR(32) NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_chats_communi_225f6e" ON "chats" ("community");
CREATE TABLE IF NOT EXISTS "checkins" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_checkins_communi_ae8935" UNIQUE ("community", "member", "day")
);
CREATE TABLE IF NOT EXISTS "communities" (
    "name" VARCHAR(64) NOT NULL PRIMARY KEY,
    "ruleset" VARCHAR(64) NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "communities" IS 'A community as last synced from settings.';
CREATE TABLE IF NOT EXISTS "honours" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "month" DATE NOT NULL,
    "title" VARCHAR(32) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "score" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_honours_communi_7e279c" UNIQUE ("community", "month", "title")
);
COMMENT ON TABLE "honours" IS 'A monthly honour as settled: `month` is the first day of the month it covers.';
CREATE TABLE IF NOT EXISTS "ledger" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "delta" BIGINT NOT NULL,
    "reason" VARCHAR(64) NOT NULL,
    "key" VARCHAR(255) NOT NULL UNIQUE,
    "ref" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_ledger_communi_6bd4aa" ON "ledger" ("community", "member");
COMMENT ON TABLE "ledger" IS 'Append-only points ledger; `key` makes every award idempotent (`checkin:{member}:{day}`).';
CREATE TABLE IF NOT EXISTS "members" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "key" VARCHAR(191) NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "locale" VARCHAR(32),
    "status" VARCHAR(16) NOT NULL,
    "joined_at" TIMESTAMPTZ,
    "left_at" TIMESTAMPTZ,
    "last_message_at" TIMESTAMPTZ,
    "last_active_at" TIMESTAMPTZ,
    "messages" BIGINT NOT NULL,
    "balance" BIGINT NOT NULL,
    "tier" VARCHAR(32) NOT NULL,
    "consumption" VARCHAR(32) NOT NULL,
    CONSTRAINT "uid_members_communi_9b4260" UNIQUE ("community", "key")
);
COMMENT ON TABLE "members" IS 'A person in a community. `key` is their first account''s reference.';
CREATE TABLE IF NOT EXISTS "orders" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "currency" VARCHAR(8) NOT NULL,
    "reference" VARCHAR(191) NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_orders_communi_e55ee3" UNIQUE ("community", "reference")
);
CREATE INDEX IF NOT EXISTS "idx_orders_communi_ce1282" ON "orders" ("community", "member");
CREATE INDEX IF NOT EXISTS "idx_orders_communi_b28be8" ON "orders" ("community", "created_at");
COMMENT ON TABLE "orders" IS 'A purchase by a member: used by consumption tiers and the conversion KPI.';
CREATE TABLE IF NOT EXISTS "outbox" (
    "id" VARCHAR(255) NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "platform" VARCHAR(32) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "tag" VARCHAR(64) NOT NULL,
    "priority" SMALLINT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "error" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "done_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_outbox_status_a2aaed" ON "outbox" ("status", "platform");
COMMENT ON TABLE "outbox" IS 'An action committed with its cause and delivered afterwards; id = `{event key}#{n}`.';
CREATE TABLE IF NOT EXISTS "processed_events" (
    "key" VARCHAR(255) NOT NULL PRIMARY KEY,
    "outcome" VARCHAR(16) NOT NULL,
    "processed_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_processed_e_process_eb5e5b" ON "processed_events" ("processed_at");
COMMENT ON TABLE "processed_events" IS 'Event keys already committed: a redelivered event changes nothing.';
CREATE TABLE IF NOT EXISTS "redemptions" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "number" INT NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "item" VARCHAR(64) NOT NULL,
    "cost" BIGINT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "settled_at" TIMESTAMPTZ,
    "settled_by" VARCHAR(191) NOT NULL,
    CONSTRAINT "uid_redemptions_communi_01229a" UNIQUE ("community", "number")
);
COMMENT ON TABLE "redemptions" IS 'A shop item bought with points; `number` is what admins and members quote (#12).';
CREATE TABLE IF NOT EXISTS "referrals" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "invitee" VARCHAR(191) NOT NULL,
    "inviter" VARCHAR(191) NOT NULL,
    "joined_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "settled_at" TIMESTAMPTZ,
    CONSTRAINT "uid_referrals_communi_ba2d8e" UNIQUE ("community", "invitee")
);
COMMENT ON TABLE "referrals" IS 'An invite waiting for its invitee to stay and speak (then confirmed) or leave (dropped).';
CREATE TABLE IF NOT EXISTS "scheduled_jobs" (
    "id" VARCHAR(255) NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "job" VARCHAR(64) NOT NULL,
    "due_at" TIMESTAMPTZ NOT NULL,
    "payload" TEXT NOT NULL,
    "policy" VARCHAR(8) NOT NULL,
    "recurring" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "fired_at" TIMESTAMPTZ,
    "lease_owner" VARCHAR(64),
    "lease_until" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_scheduled_j_status_df219c" ON "scheduled_jobs" ("status", "due_at");
COMMENT ON TABLE "scheduled_jobs" IS 'A job due at a moment; recurring jobs arm their next occurrence when they fire.';
CREATE TABLE IF NOT EXISTS "tier_marks" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "below_since" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_tier_marks_communi_69cf23" UNIQUE ("community", "member")
);
COMMENT ON TABLE "tier_marks" IS 'Since when a member''s computed tier has been below their current one (demotion grace).';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXftv4zYS/lcI3w/NAukicbJJmsUdkG5zbXp5FJvgrtcHbFqibTYSqVJUvEYu//tx9L"
    "YtyZIjObJKoOjG5Awlf6Rnvhm+nnsTwT2HO+77C8PgHpPXlD32ztFzj2GbqD+yBfZRDztO"
    "uhqKJB5Zvg4ORAeWkvVr8MiVAhtSVY6x5RJVZBLXENSRlDNQuWBcTolAjoXlmAsbhW0gPk"
    "YY2cQeEXGOyBNh0kVjwW00DCWGKBBUWmgYCA7fw0NNbqinUjZpqH2P0T89MpB8QqBp9ZRf"
    "f+0Z3LZVhZz7Xztooff77+oDZSb5QlwQg4/O42BMiWUugE1NUPPLB3Lu+GXf0skVk//0Ze"
    "FbjQYGtzybJfLOXE45ixWoeqIqnRBGBJYEniCFB5gzz7LCPoq6IfgSiUjwlikdk4yxZ0HP"
    "gXbwAklZbzC4vXsY3F8+DAa9lV6NNFIdERYZnMGIUK/q+gBM4BW+/qbfPzo67R8cnZx9OD"
    "49/XB2cKZk/fddrTp9CV4mQStoysfs6vur2wd4Ia6GXTAooeDF18ESB1p+ZyToL/TdYid8"
    "mmKR3QULSks9ob7ick9EuBd1RVSQ9EXyo9lGZ9j4y8AibCKn6uPJcQHO/774/OmHi897J8"
    "fvFsG+DWv6fhXAnsAc/SoqgJxS6SDEh98clsBYSeWC7NctohxYqiogJxoa43IYG4IAHgOc"
    "MZi/UzWS2iTHaixoLuFthqrvoz92EP0CsB+ubi7vHy5ufoLmbdf90/Lxuni4hJq+XzpfKt"
    "07WeqXuBH0n6uHHxB8RL/c3V76cHJXToT/xETu4ZcevBP2JB8wPhtgM41JVBwVvYCLHj+m"
    "3AQUjLDxOMPCHKzU8D7Pk12tsvv2cglmeOJ3EqAJ75miXZI+KffyHZ7n8bJEYC0vC0QHJp"
    "6X5GU3xHXVq7kxSUIuAdbE1H8Exc4PqRYVZaBEKElmIjWcuaf+Fpg9otEcKYLkklVWVnvr"
    "6zlZYuVUoyvMbEk4FtFsTbO1dhraptma5hHN8wgTZwxiIBDZAIfiRaxhB3EugBVYwMqwDD"
    "zHKm655jetst4I14XYQbNGuH94fHp8dnRyHNveuKTI5EbmNQHUwq7cgMim1DSL1Sw2l8V6"
    "JpWXTIo8EpvUr+OwIDmw+KQcf718ImKOABgbS2ogLpB6TQ9bCMgwZ+doNuX7SHL4194HNj"
    "mbUmOKhGep5hQTnU2xROSJmoQZqiTgn7MVKtvUg35TbAURNfzN92hIzSGiLho++4lK9Ejm"
    "L3/Dz+xluI9crjSUoIIQRGaCSkmARxsEmlEKAvExFFHpBolO1bSLTGJRVaeaz+HPxQw5Fc"
    "gqwaVKiYVqpyKDzicWmfx5Q1LxtgR6gVL0P3woQSmUVC6l8Os0W24BWzamWS60AOFppu9s"
    "ENxeb3d5srKkvFIoEit0cPA2gnBosStAnGjoMVxyDMNLVRvEoUYHR/FRvwTER/1chKFqEW"
    "DgU1XgjeQ7N3zr924ROV2F94F8yYm60zodgLgoIrz8+WEhGIyg3Lu5+PndQkB4fXf7fSSe"
    "gv7T9d23S5BzTyoWVmlAp1S2CLgS9Yi5nZFdv9EwicTUqjKuE40tgvz80pVxradON+qKXU"
    "g6pbvZYyZnZINeXlCsoZPD8F73cccSi8oNyguL4gC/lbxiUr1fnFaEQHyAQZKUXbGIQAdJ"
    "+J/6i6kXRNREew/EIhOBbeQ/B339D+R6DhH+p3fnMFeNuOWLOhyGA6QEoZCRWcayxYYesj"
    "7Pl5uzU+0OBBlXYiSJSueydzUGifnZO9VtVTFPqXQwbNTLubaMvvqC5h2z5uFvbUf8V2gW"
    "2u2+PvsvluO8PgdTTetcVzmfld/dr/AHFe2S9gOv8APtncV5O+DrT3NFe0SqgJzW6aC/rT"
    "/jIqmslqeNFTqQRWxsAliTGU1m3pDMEOORsjwyE1SuJTO+WAN8ptI6cL3mW6/5brEB02u+"
    "twmwXvPdjjXfmtJsAmSbKMwOzCdEziI/K5OWWMdmQllaYVIh3vSGXQSr65E7ZwYxg0MJXC"
    "KlGgdu5kxBec1XpHv8fyt4hki+cwmfutxuPtuBlUlutdV4KZUOOuL6mY7OQugshM5CdCoL"
    "8YO/OTzbd4d1a7x2uL28rMe2OZNTax7uSgfnC77WIuY5Gvp1/p4dmH0fU6G8sqLycOoQFP"
    "jViErlu5+IyPTqNbdeIjECWj4evqnTmRGdGdkho9p0ZiT6cZSN22OFv3Tkvgs0a4fn0nS+"
    "rvl8nWtwkTGEizxcrLK90wY64ud0AKFzftuLGK6JOSGi4HSCtMCa2MHyRUuGDo5DmPk1Vz"
    "FgtEw3UP+Iho9kPkQ2fiT+Xn04WQC+KaImsR0uYfP/3jCcKz1/Dqz5y/mzIv8vw3cZYUST"
    "T6p8ZkDofPTBWjqUaLF51ZOsu0/aTGJJXM2WxCqatG1M2hTzcqvtcU80Oji067cdymdXQT"
    "cU79wUXCNTFm+5nl1PB+loTkdzr4vmbgKWlBnI3cQMqiiGC3hW6fkfR8lyhihDOFmD8T4M"
    "rIK5GSrC2ZnwIPuvXKTsBhFwMEbWpE8dTa6f6QG3oKd3WsSgdEz2F+ZVrYK2kWjsbZeOdZ"
    "1bWdzA1SbZEo2NEG7ZkRpNT7K5Eksv47zpfHwTjS2O4NS+luatxEkZI7HMRFM24mQZ5D84"
    "ZRvFBwuK+ryYtkUHC4aKjDc6aTxR0/3b6v6FI+HDw/Y3PVF+UV33d+v7279aaOPuXtDWvd"
    "3m3s6/eKMoG9DJuze2PKsywhbOPHy1CPiUksZ9M9zh3rEqtD+S71zYWn9MBY/zbKfqidhL"
    "ahroTKBbk5G/E2ZeQj6o2i/Ox3MQKp+O94QxxS6BG1aSm509l5hQkho6qQsFYbeEqoFdEl"
    "Dxr5+uMrPy9bT8GxvGmfp484Y75c5XLuIzhvyvi6j5MahQkCWZfRAXxAAR07/bpWSqP25g"
    "3Y2H0dqslbtc0he96EkCPUmwK5lsvXBrF6cKsJ19Rfh3xKA2trJhTpSWQ8hA632ovYOQF2"
    "23ufx0dXNxvXd4vB8wAhUtUknS4B8frBAvT4A7qGYpUjpbpFyfbv+7HdZ1VmIYn+UO4rOM"
    "dUShy62A8YKSNhYlt+ZwRcwqwZxo6NhhfZCmF211NbHXnhDRkyP+5UoSu5cdJyb1+2uCRV"
    "+yZLDIwss5/UVWcGGmiWbU3zPvIgOryM6P4eIrMhEeSyLg+7of4Wz9vy/exAkXcWbEjQ09"
    "pMy2m9QMdHQ+rb6MU1/G2RLrqc9x7sCymPbfeLrb5PZRfbUq+EbyHcS3gUPI8aTSzE4g3r"
    "mYoQHTKygXmQ7u3saWlZsQTut1aQPeUf/0JM4Fw4ei7O/9zcX19eo8pIPnFscZxiD/ksKU"
    "SifsQVG81cQthTuy5hM29wNs2/FytS/6xComsh2ZgXOunUirdGZdQ//w+PT47OjkOLYUcU"
    "mRuVi1FESIrHvSCy7pjRQ64Nq2bSMEceH9K6CdaGi49cWx2+mKXchGLpzcsNm1sfrS2Bb3"
    "b2uyzT8JbhDXJeYl5FV7mRnnJZn94qyzE0kP/FRtycVKl1Fa10XYguOA50mO+BxhJEiSFQ"
    "5SwMEdsC5iXE7VUFnNNtfT5CvOh9dHU2wvj8w9qTq30sxnSqUTEWHTsUnyw67ujJZ1t0M5"
    "tjnmtUeqySN9JnDcXgh/hjdK1a/xRCKWLL1iFtaeIqoCajTi3mQqg+nJ4JzAj2jIPFi95q"
    "9UncE95Ni0KQtWt4YnZaA/PS4J2vvbYT/r8MEGHrB+xWvQqD7fQi9d3VlvVn9aPvxRrGCc"
    "O8oThS5l42tLtOmlwM1PgNJw0U/phSmhfAfxrd8gGIpEVfN7kUaX7MGWNxTqWaUM01F75K"
    "YTxbnQ73rYtvBjCm5D2qCbFzV1ungXenlUKUBY1OrAZFtDdKtFaZAxEQJbvZwkSFi7vy4F"
    "EsiVTYDAQZtPijaiGaZwRyoac+Gvzg6KCZIcKQ889zMSrkPwI9qTUwILutmYCpuY75DSsA"
    "h+ImjPFNxxVFHmSvDGHrQ+IRI+Q2dE2kQKdUbkjQOg6FdRAeSUSgchbiaG9yGrlChJqWiU"
    "y6HcmsMT24Z9p5iwTh5sIXmgo8qu/pZaE+vcG1Niemqo/MhHvcx4Z0FiTczjRrKDP/io9M"
    "yvkkWmRxBMuiKb24TJj3C+kCdgDEC1i7Cww/sGGPkiETfCcyBUFAOhiaqaw00EmfcY1N5+"
    "tU2v6tHVzyvSW171ltedDWf+CCxFWYBDcQ1tCWhDY1KRDiRamle3jgvs4u663vNLU6R621"
    "s5HG7RakdQJRpbBNxSDW4njqn9BKqQaFWBeEGpc1Mm9bsFHY+volx/PA4BwCbReFpPx+Jt"
    "9r8WwS4Z8BmrliZeUuveRUb1W6wAMo9JalX9OS2p6l9U235RrcluPVAibrB47GVmtuLa/e"
    "KsFpyjPbCVYMmM1j2N80bRAd1fubABzvHg2DVoDk2xi0ZESYyIxWdh6inIOUnEGUysE5v7"
    "B7ZN1NNIxkR+c49ZP40fHdCtZ/H1LP7OJAr0kdy7P7vs27GBSzNPNC6mDUuqOhOmeUMeb7"
    "ggghrTbNYQ1q3hDDiRWscX8rv3FRvgsxzuX8XbvnJjVb4fDe9PqWLhUyodNPGNXCEMP6sK"
    "CIfiHUT38OCgjAM9OMh3oAerdy5wJknWpRY/3t/d5jHBWGXZaVJDov8hi7q7uO+qAFwAo3"
    "imYXlSYckFQgPfvvWi9pf/A+TBOog="
)
