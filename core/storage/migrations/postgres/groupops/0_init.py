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
CREATE TABLE IF NOT EXISTS "campaigns" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "config" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "created_by" VARCHAR(191) NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_campaigns_communi_ffb8f9" UNIQUE ("community", "name")
);
COMMENT ON TABLE "campaigns" IS 'A campaign (group-buy, referral, challenge, lottery, points) and its running state.';
CREATE TABLE IF NOT EXISTS "campaign_entries" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "campaign" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "data" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_campaign_en_communi_34e7e2" UNIQUE ("community", "campaign", "member")
);
COMMENT ON TABLE "campaign_entries" IS 'A member''s part in a campaign: an entrant, a buyer, an invitee, a challenger.';
CREATE TABLE IF NOT EXISTS "chat_aliases" (
    "old_ref" VARCHAR(191) NOT NULL PRIMARY KEY,
    "new_ref" VARCHAR(191) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "chat_aliases" IS 'A chat that changed id (Telegram group -> supergroup): the old id points to the new.';
CREATE TABLE IF NOT EXISTS "chat_days" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "messages" BIGINT NOT NULL,
    "joins" INT NOT NULL,
    "leaves" INT NOT NULL,
    "removals" INT NOT NULL,
    CONSTRAINT "uid_chat_days_communi_d81bdd" UNIQUE ("community", "chat", "day")
);
COMMENT ON TABLE "chat_days" IS 'Counters of one chat on one community day; the engine adds to them once per batch.';
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
CREATE TABLE IF NOT EXISTS "community_settings" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "value" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(191) NOT NULL,
    CONSTRAINT "uid_community_s_communi_7899db" UNIQUE ("community", "key")
);
COMMENT ON TABLE "community_settings" IS 'A setting an admin changed by command (blocklist, locks, flood, filters, welcome,';
CREATE TABLE IF NOT EXISTS "health_alerts" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "kpi" VARCHAR(32) NOT NULL,
    "period" VARCHAR(32) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "sent_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_health_aler_communi_a26680" UNIQUE ("community", "kpi", "period")
);
COMMENT ON TABLE "health_alerts" IS 'An alert sent for a KPI outside its band; one per community, KPI and alert period.';
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
CREATE TABLE IF NOT EXISTS "member_samples" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "members" INT,
    "readers" INT,
    "muted" INT,
    "sampled_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_member_samp_communi_fcbed2" UNIQUE ("community", "chat", "day")
);
COMMENT ON TABLE "member_samples" IS 'Members of a chat as its platform reported them on a day (the first count of the day).';
CREATE TABLE IF NOT EXISTS "membership_moves" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(255) NOT NULL UNIQUE,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_membership__communi_951ae6" ON "membership_moves" ("community", "at");
CREATE INDEX IF NOT EXISTS "idx_membership__communi_f1dea5" ON "membership_moves" ("community", "member");
COMMENT ON TABLE "membership_moves" IS 'A join or a leave, keyed by its event: the history retention is computed from.';
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
CREATE TABLE IF NOT EXISTS "partition_fences" (
    "partition" SERIAL NOT NULL PRIMARY KEY,
    "epoch" BIGINT NOT NULL,
    "owner" VARCHAR(128) NOT NULL
);
COMMENT ON TABLE "partition_fences" IS 'The newest lease epoch of an event partition: a commit by an older epoch is refused.';
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
CREATE TABLE IF NOT EXISTS "shared_bans" (
    "id" VARCHAR(255) NOT NULL PRIMARY KEY,
    "list_name" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "reason" TEXT NOT NULL,
    "until" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "lifted_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_shared_bans_list_na_17b57d" ON "shared_bans" ("list_name", "member");
COMMENT ON TABLE "shared_bans" IS 'A ban on a shared list: it applies in every chat of every community whose ruleset names';
CREATE TABLE IF NOT EXISTS "speaker_days" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    CONSTRAINT "uid_speaker_day_communi_a60d17" UNIQUE ("community", "chat", "day", "member")
);
CREATE INDEX IF NOT EXISTS "idx_speaker_day_communi_78cebf" ON "speaker_days" ("community", "day");
COMMENT ON TABLE "speaker_days" IS 'A member spoke in a chat on a day (distinct speakers are counted from these rows).';
CREATE TABLE IF NOT EXISTS "tier_marks" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "below_since" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_tier_marks_communi_69cf23" UNIQUE ("community", "member")
);
COMMENT ON TABLE "tier_marks" IS 'Since when a member''s computed tier has been below their current one (demotion grace).';
CREATE TABLE IF NOT EXISTS "warnings" (
    "id" VARCHAR(255) NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "rule" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "cleared_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_warnings_communi_f9c49f" ON "warnings" ("community", "member");
COMMENT ON TABLE "warnings" IS 'A warning counted by the escalation ladder. `id` is its audit entry''s id; it stops';
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
    "eJztXf1z2zbS/lcw7g+1Z9Rc4qRJzpn3nXFS9+rWH5nY9969d+lIEAlZqEhABUArGp//98"
    "OC3xIpkYooUwxmbq4xsUtSD0Dg2cXu4uHgTvBgyqfy2anj8ICpC8omByfo4YBhn+h/FAv0"
    "0AGeTrPNcEnhoWd0cCja97SsacFDqQR2lG4cYU8Sfckl0hF0qihnoHLKuBoTgaYeViMufB"
    "TdA/ERwsgn/pCIE0TuCVMSjQT30SCSGKBQUGuhQSg4eAYPdbmjn0rZXUP3Dxj9MyB9xe8I"
    "3Fo/5d//PnC47+sGNTc/O7zDwe+/6z8oc8kXIkEM/pxO+iNKPDcHNnVBzVzvq/nUXHtP78"
    "6Z+tnIwq8a9h3uBT5L5adzNeYsUaD6ifrqHWFEYEXgCUoEgDkLPC/qo7gbwh+RioRvmdFx"
    "yQgHHvQcaIcvkF476Pevrm/7N2e3/f7BUq/GGpmOiC45nMGI0K8qDQB38Ao//PX4+OXLN8"
    "fPX75+++OrN29+fPv8rZY177vc9OYxfJkUrfBWBrPzv51f3cILcT3swkEJFx6NDlY41DKd"
    "kaKf67t8J3wYY1HcBTmlhZ7QP3GxJ2LcV3VFfCHti/Sj2UVn+PhL3yPsTo31n69frcD5/0"
    "4/ffjl9NPh61dHebCvopZj0wSwpzDHX0UNkDMqHYT4xV9fVMBYS5WCbNryKIczVR2QUw2L"
    "cTWMHUEAjz4uGMw/6RZFfVIya+Q0F/B2I9Vn8T/2EP0VYN+eX57d3J5efoTb+1L+6Rm8Tm"
    "/PoOXYXJ0vXD18vdAvyU3QP85vf0HwJ/rX9dWZgZNLdSfME1O5238dwDvhQPE+47M+drOY"
    "xJfjS4+wRI8mmWUCLgyxM5lh4faXWvgxL5NdbvKP/cUrmOE700mAJrxnhnYpeq+Xl5/wvI"
    "yXpQJreVko2nfxvCIvuyRS6leTCUlCkgBrYvp/BCWLH9J31JSBEqElmYv0cOaB/rfAbIKG"
    "c6QJkiTLrGzrd1/PydJZTt90iZktCCcilq1ZttbOibZptmZ5RPM8wsUFgxgIRDHAkfgq1r"
    "CHOK+AFVjA0rAMV45l3Eqn36zK+kl4W4g9b3YSPn7x6s2rty9fv0rm3uTKqik3nl5TQD0s"
    "1QZENqNmWaxlsaUsNnCpOmNKlJHYtH0dhwXJvsfvqvHXs3si5giA8bGiDuIC6dcMsIeADH"
    "N2gmZj3kOKw3/9HrDJ2Zg6YyQCT99OM9HZGCtE7qlLmKOvhPxztkRlm3rQZ81WENHD332G"
    "BtQdICrR4ME4KtGEzB+/ww/scdBDkmsNLaghBJGZoEoR4NEOgdtoBYH4CC5RJUNHp761RC"
    "7xqG7Tty/hz6sZcsaQ1YILjQoLfZ+aDLqcWBTy5w1JxdMS6BylOP7xxwqUQkuVUgrTZtly"
    "C9iyMy5aQlcgPC5cOxsE9+Bgf3mynkl5LVMkUejg4G0E4WjGrgFxqmHHcMUxDC9VbxBHGh"
    "0cxS+PK0D88rgUYWjKAwx8qg68sXznhu/2V7eYnC7De0u+lFjdWZ0OQLzKIjz7523OGIyh"
    "PLw8/edRziC8uL76Wyyegf7DxfX7Bch5oDQLqzWgMyo7BFyLBsTdzcje/qThEoWpV2dcpx"
    "o7BPnhsSvj2m6dbtQV++B0ynZzwFzOyAa9nFPcQidH5r3t4445Fj9gf4rpHTsodCsmrb3V"
    "TkUnkqsarIhiBXRo7vfDMJj3kCAjIgTW3a3Neg9WK63rcaWI0K1TDp1/ZPx64IITAWN6iC"
    "Cp9KgtCFjc/jM+s89soAfiiN4N0JhrgEOfI1VohiWKJlY0o2rcQwOjM0gkxloCPklwNI6w"
    "QIe/3lxfoSFX46OKO++md2wopN1c35+luGmDyvy3BsKxvAW3ArgT/bvqgBvLdxDcF6+rOL"
    "IWSUTGj/V6yVFIVT03S6LQASdAY/s3Kb6w+gYF0Q3lAKcadgBXGMAhD6pj8aca1uLfwOI3"
    "fLIO3omChfsrHCzDehQup9W5qbqRHR09ToWSG/g4corWkdU6J0du64O5m3RxRs06sdrcv9"
    "Yf/U10czB1N+zmvKbt5tZ1c+tc0ivCXfMivWrO6T4Ed1JS2Ucd5mF8L9FU0wxEGcKJS/kk"
    "jhXFTPX09WEwJwJCTrXYPVUEwk9TB7Mo8k5v+e7r3cdOxpcfpZhYZ7J1Ju/PBNt47GnmA6"
    "mMckbHgmzT4dpiUFvfZ5O+T5ip63jiYnnriLORTtbksJblN9bN7bEsx1idehSH+C1blUlz"
    "b41FqQX7GCSrW5OggxT8n/6XNttcRF10eEs8ciewj8xz0A//i2QwJcL8dXQChTkQ94xoGJ"
    "oE+Y9wkZFZYchTIw9Zn9RYajjq+/YFGdXhIhmVzqUqbpHulZuLutvqYp5R6SIBtLWrdou+"
    "/oHuNfPm0be2J+tXNC20e/kqLWMVN1ZZuqqXr/oAZQOhbBQfhSWlYG0pKi/1zqwY+oujuk"
    "XjGS8ifphBr5cbNMTKGS+vWs08ooI/NEodLipjZR2h1hHa4vn1m0/C32/qYMtVbbFc1arZ"
    "t5MVq3YyB6fI/6FNwjpVwhL5zgC+vRJhBN/XqriWKlgwF8EUxOf3+u1rwJlVsYACoK0ybT"
    "4Zm6vEtPkUlgxbZ9pUM2vKMf4KV1dNl4t1cX2Fi6u9hsDTAb99OyA+66MOyFmdDtoD26+c"
    "YRPBmk0Es37acvStn7YhMkOcCS0rqRA1riUzRqwBPlOrnr91hFpHaIsnMBusuEuArTO0Hc"
    "5QS2k2AbJNFGYPQqXixaLcK5OVWMdmItka2Tfp1i+WCE5JQHLOHOKGh0tKopQeB7IwCKq6"
    "5le4e5629EyLHD7bWnbL2Q5UmJX1qipnVDq4EG+f6VgvhPVCWC9Et7wQ8TJ4E654a1bxWK"
    "riSj7vxwtp1QU9koc0Vuz6lCUhysO5WbKh5uLh0OPOxKNSQVFGZyJ7aORx7ur/UA+CxHpo"
    "RjyoztwrWPi3/ITPzKwiPaTxEPxe3ye07uTRCVzyqL7CGVJ8CqFrEJsWrTqmfKQc8xkk7I"
    "ZBa1+mXKiKgWkT8pV+mG/FCfOVe8nWvfLEpAMGeg2AI3ELbQVo77EX1CoWlijskM/BDZri"
    "dLvOUrTpaxt1RYsIXa0sxXpV4fJanbOYtuYXbg13/oVgT41PPSJUMW3OCqxhzGMj2scgW5"
    "UsawIL4uFp3iMuEEa/fTxHPFCSusSUJh9qkvnOJElA4kNCPnpGEAhoeAfdSLlb4CZr5BEV"
    "yO2Umm/A6NjtRrvduEcLWeN8OPw2KvPh6FPqHrTbj7KK5psa6KYaFuAKAJcYHD97HNe0OE"
    "agsocIr9rDvf77+4sz9PHT2Yfzm/PrqzyvNY1wSV+gymDw6ez0YrGoj16nN6mRm6pZ06J1"
    "pkV7CC9nPBAlXDdsW0dzjVT14oqcqbE3R6Ea7NSC99Yj7gkamDZzUDf4TkdUSAX5v7GX1T"
    "TDkToOvyeicAt4y3evEEUHWgYPsy9mea3ltfszizYeRhd/HFWDvBKFbzrMax/25PeYsdrg"
    "zh1UonS4KBjCq1a4RGV3GZodWedstIm1GHZnMVwQ946IFTXaswJrbAfPiFY0HaZTwtwfON"
    "P0PipXF6q/Q4MJmQ+QjydEIqLJ+xxh+KWIusSfcgWO7sNBlFhz8hDO5o8nD5r8Pw6OCsyI"
    "Jp+0PvK0OE/nd2tKWFOivdOrzcjZf9LmEq+ovPWquSRRsaRtY9KmmZfktQ4fSDU6OLS7FW"
    "7WonyNRuLbn7L4SYsiYWzugLXm9tKauwxZUqEhd5kwqFU2XBQbX3X/Z6plOYvOvYpp8LPI"
    "sAr3ZqiIdmew40CN2O8l0vMGEYQ5pGjTZxu33EF0vrXJrE1meVUXoW3EGnvaPOOucyuPO7"
    "jeJluqsRHCLTuCuOlNtv04iixbBGkPjyODkrsb2Qc5RXu+dtusg3zt4NEm4X8ZNdu/re5f"
    "LFU/qle+ST8vq9v+bn1/axuZ3m/c3Tlt29tt7m17fMFT7aoMsYeZUzMGKaNkcd8Md0Xrbd"
    "PG8p0zW7dvU8HjAj98rRoIL6hZoAuBbplH/gb7U/OipX75SKJXxTvfl0a4opM+vL85lw2H"
    "p7JhafKC4xrvSBAoa0Pc+BQ2LQeZFIdpYoXxssepFbqtIMyqmcd8Zld/v7gIDzdNbuRyIh"
    "HjCkk8t6fE7fdSY93+T+z2t6fE2cLILcuYyexB52FbYWIlGhsx/ZbZzNs/ZAu79QDNaFhA"
    "lwH1A/jlNcZnLG/BXAYzZLObbHzkNW1gVOucZy0zw+SYTi/5/UpDLJHpVQqU0tJ9n99XL4"
    "gOm3XI1Gkyx0L20ITMw9qmYCyRe8JUaO6MqVRczLXZBIkoFEKiJARETWEuMUXQi6Kntn37"
    "2gku+lvUAjbrZZ9MLRtS3WDYrzVjl5G2Zuy+mbE2Y6t5jCf6p9WahyP5LuK79eiq+taFtS"
    "qsVbHaqrgWblm2Rdi0xobgwq2TaxEIvWpJAmQeR4cYnKBAxicjJPuCCHZhpSntCkxft0AJ"
    "LGj47eN5YcrFdu78mQ2SNIykMpcc8+n3EsEpCubnIuq+Cxs0ZGnaBogL4oAIHMdQOY8juc"
    "HStk6JCbJkm2Syq6x90k77xHJom5XfEY6HfdjjLqAixKE+9kqYSKK0yEZCrWeR9h5Cvmpn"
    "6OzD+eXpxeGLV70w3CMtrBqD/+r5kh0YCFgO6s0UGZ0dxtN8uPr/g50M5LcVhvHb0kH8ti"
    "BJPFpya2CcU7KTRcW6a1wTs1owpxo2MGwB34IIPJuRb03Epk3EQA35l3NF/INiOzFt760x"
    "Fo1kRWORIUgr0HYZsGCqYEtnRk1BZIkcrC07Y8O5xKPagNONeKSIgN8r32kDDf0PGjyYvS"
    "LYPnr87oE9DorPHmniIVW2nDLphVFUYE3jrXwKLTTd7OZGZnPDGmpPbKglY74GylmdDoLc"
    "ADuwO0p2t2NfB6/Cd3WwjcQ7ZzM0MPUKykXhAnfjY88rdQhn9bpUXfHl8ZvXiS8Y/ljl/b"
    "25PL24WA4AnOK5x3HBZFB+zmlGpRPzwSp7q4lzTvekoAdUbo5OM9/PPWdt101VncDrrEpn"
    "kla3FipMhOAFGxTl80Si0IGlbddzhCAS3r8G2qmGhbs23NYbuVFX7IM3MpcPxtkmpUIyar"
    "ZGSNv6tzXe5o9YKAro/2y22go9zgsyvdVe52ks3R+BeMVgpdsxQYzMiFSQhiAJIlPujE1u"
    "OAuTEFBy45OozitVJvyIIe5BmFCoYaKCRhCJtOx/buoh6/3PpZ7m5Hk1GF9OpzMRQ19J+c"
    "pdzKbLluFdFYyVqHTJ8N5xIRg+Y/VCgxKFDlDBBTvxuEpAhZYqtxSP37aqSMlHwfXUrue/"
    "M5g1S5aNvMy6ZSOW7puJuOKycRbvBkqEPUhBnqdbizCDC5JuJoYTvDPG7C6sBjLWPbi8SG"
    "znll+xJNjcqt1tP/JA6c6tFTCTUemEI7Fpl1b6Yde3YRZ1d2Op7nLMW0NmSyvSJwJH8EXw"
    "F6xGmfY1K5FIJCsnWkDKAqKK+GjIg7uxCqNawrMD36EBCyDo2SQ4zEydK9enLEyKiJLC0Z"
    "8BVwQdfvfiuOhAwgYesD5RIrypLX7VJnptA2meeDc3+iiWMC4d5alCl2zJ7dXFsRkkjcfN"
    "0ChWtHI8YyTfQXwbKCOgSVS9dS/W6NJ8sGPfkg1GKJg6tm652f3FUuj33WzLfUxEqQ2rqe"
    "U07S7jPvTysJaBkNfqnmN+W3SrRW6QERECewclTpCotbfOBRLKVXWAwOGb95o2ohmmSsOP"
    "RlyYpJ7wMkGKI70Cz41HQk4Jnpgi3pAHxEZU+MQ9ghJ0pgAdOnQFn071pcIEosYetN4hEj"
    "3DekTaRAqtR+SJDaD4q6gBckalgxA3Y8MbyGo5SjIqFuVqKLfmQMW2Yd8pJmydBztwHlir"
    "sqvfUmtsnRtnTNxAD5Vf+fCg0N7JSayxeWQs2/+DD2sU5x4iNyAINl2Rz33C1DsoSxcIGA"
    "PQLBEWPtSvowIx8kUh7kTlg7QVA6aJbprDcUakuDr3lu9fr1aCfnT9Mne2UoKtlLC35swf"
    "4UxRFeBI3EJbAdpoMqlJB1Ity6tbxwX2MSn74OGxKVK96wzAKfdovcqFqcYOAfeiM8ian7"
    "S2XrgwIlp1IM4pdW7LZPvLgrXHl1Hevj0OBsAm1nhWz9ribV5/TUpjv3ba1YLaRl9Uy3q1"
    "6RkrhCxginp1P6cFVftFte2Lao93S3+xxH2PS/IZ0ubeGr+WEewPcfV0hiGkO8Np26Eu8q"
    "hUJ4gqpJ/jUQK77ZD6Jubhsd18FP8VexvQbMwlQSLwiCQKwcvLAudWI8/5zJKzIuB+6HDg"
    "cxc+IP3znmXAGBz1kO54EynAjZcsypX4XoZ+NNjTqewyg0f1TSf1Njy8znrNmvCa5fql8p"
    "KYVbKuHXsQRCs2p60DeCdDWWiGVlSOY1URq1ijA9b+rl1YG7Foy59by59tAsE3180eHW3W"
    "yzlF+ym3rY/bYwpDIDcRP+H5QbEtnLb31hjDoWTfxfPK1nDIVJGc8gkBixRH1ij8S98HHb"
    "raXKDMUSi6O0RkwFGHepWKDkYH6xLsVD6Then9TTxifTx7XH/exUtHrpefigjC9tRDG/He"
    "4rXVnhy+34ZuNB8tM4mSABFcNHRz/GEPcV4BKxAC63/5tvL6bikRl1hMiglQ0rqG/sBhzH"
    "1fC1YkPzc0iSLFqXdcrxjTAHgH3A6NsURDoiWGxOOzKBA1jEAFBgNpdsTn5tSvO/00UkCA"
    "mnvMehJUwnosw7EMZ19mO+vO35flJIuxmcf6khYei7vab7Kgat1j1nVSxhv+gQXTQH8y71"
    "bAHDLta7jDLJSs7DaJ5BMnxXBu9ti1GPbMZjzyNIhEPEMD6prShZDHjwOXKqTXdDHXFIC6"
    "7yAcQKroZRbcJtt+xGdm7gS3NGQExL5MqR4LUDQAs7CuItJjCAu4Fzr8S8DgJXroLwIiEO"
    "DfsocC5vJS/rHavWJDB1oTOmC5huUaHeEaECBVB+FYvgP72Y07A+0eZ1dJXK6bYc3frJtz"
    "mnaXs2293BqqfkoEdcbFND1qW0PRcSq1jqCXd+9XnFxRxE2/FcdYY8cX3RMhC8+HKl++My"
    "odZEhbJP+Zg1f1Z1UD4Ui8g+i+eP68Cv98/rycf0LbYuiqts9ZwdL56831VZkhlagsrpnU"
    "Ueg/Jrh/D9FeAS6AkVspl+IrF0MpF5ZAuMH7p961evwvL87gkA=="
)
