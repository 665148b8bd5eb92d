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
CREATE TABLE IF NOT EXISTS "join_challenges" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "mode" VARCHAR(16) NOT NULL,
    "answer" TEXT NOT NULL,
    "choices" TEXT NOT NULL,
    "attempts_left" INT NOT NULL,
    "via" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "message" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "due_at" TIMESTAMPTZ NOT NULL,
    "done_at" TIMESTAMPTZ,
    CONSTRAINT "uid_join_challe_communi_7ab41e" UNIQUE ("community", "chat", "member")
);
CREATE INDEX IF NOT EXISTS "idx_join_challe_member_0d0dc9" ON "join_challenges" ("member", "status");
COMMENT ON TABLE "join_challenges" IS 'A newcomer''s captcha: asked on join (or join request), then passed, failed or timed';
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
CREATE TABLE IF NOT EXISTS "spam_lessons" (
    "id" VARCHAR(255) NOT NULL PRIMARY KEY,
    "scope" VARCHAR(96) NOT NULL,
    "label" VARCHAR(8) NOT NULL,
    "text" TEXT NOT NULL,
    "actor" VARCHAR(191) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "undone_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_spam_lesson_scope_6cfdb9" ON "spam_lessons" ("scope", "label");
COMMENT ON TABLE "spam_lessons" IS 'A message taught to the spam classifier as spam or ham: by an admin''s /spam or';
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
    "eJztXW1z27ay/isY9UPtGdVNnDQvztw746TuqXv8konde849dUeCSMhCRRIqAFrR5Pq/Xy"
    "z4LpESqZAyxWDmzGlM7JLUAxB4drG7+NK758yfsZk4OrUs5nvygnrT3gn60vOwS9Q/8gX6"
    "qIdns3QzXJJ45GgdHIgOHCWrW/BISI4tqRrH2BFEXbKJsDidSco8UDn1mJwQjmYOlmPGXR"
    "TeA7Exwsgl7ojwE0QeiCcFGnPmomEoMUSBoNJCw0BweAQPtZmlnkq9+4bu73v0b58MJLsn"
    "cGv1lD/+6FnMdVWDXOifHdyh9+ef6g/q2eQzESAGf86mgzEljp0Bm9qgpq8P5GKmr72n9+"
    "ee/EXLwq8aDSzm+K6XyM8WcsK8WIGqJ6qr98QjHEsCT5DcB8w933HCPoq6IfgRiUjwlikd"
    "m4yx70DPgXbwAsm13mBwdX07uDm7HQx6K70aaaQ6IrxkMQ9GhHpVoQG4h1f44e3x8YsXr4"
    "+fvXj15qeXr1//9ObZGyWr33e16fVj8DIJWsGtNGbn/zi/uoUXYmrYBYMSLjxqHSxxoKU7"
    "I0E/03fZTvgwwTy/CzJKSz2hfuJyT0S4r+uK6ELSF8lHs4vOcPHngUO8ezlRf756uQbn/z"
    "n99OHX008Hr14eZsG+CluOdRPAnsAcfRUVQE6pdBDi52+fl8BYSRWCrNuyKAczVRWQEw2D"
    "cTmMLU4AjwHOGcw/qxZJXVIwa2Q0l/C2Q9Wj6B97iP4asG/PL89ubk8vP8LtXSH+djRep7"
    "dn0HKsry6Wrh68WuqX+CboX+e3vyL4E/3n+upMw8mEvOf6iYnc7X968E7Yl2zgsfkA22lM"
    "osvRpUdYosfT1DIBF0bYms4xtwcrLeyYFcmuNrnH7vIV7OF73UmAJrxninZJ+qCWl5/xoo"
    "iXJQIbeVkgOrDxoiQvuyRCqFcTMUlCggBr8tT/CIoXP6TuqCgDJVxJejZSw5n56t8ce1M0"
    "WiBFkARZZWW1330zJ0tmOXXTFWa2JByLGLZm2Fo7J9qm2ZrhEc3zCBvnDGIgEPkAh+LrWM"
    "Me4rwGVmABK8MyWDlWcSucftMqmyfhuhB71uwkfPz85euXb168ehnPvfGVdVNuNL0mgDpY"
    "yC2IbErNsFjDYgtZrG9TeeZJXkRik/ZNHBYkBw67L8dfzx4IXyAAxsWSWohxpF7Txw4CMs"
    "y8EzSfsD6SDP7r9oFNzifUmiDuO+p2ionOJ1gi8kBt4lnqSsA/5ytUtqkH3Sm2goga/vYR"
    "GlJ7iKhAwy/aUYmmZPH4Hf7iPQ77SDCloQQVhCAy51RKAjzaInAbpcARG8MlKkXg6FS3Fs"
    "gmDlVt6vYF/Hk9Q04ZskpwqVFiru5TkUEXE4tc/rwlqXhaAp2hFMc//VSCUiipQkqh2wxb"
    "bgFbtiZ5S+gahCe5a2eD4PZ6+8uT1UzKKpkisUIHB28jCIczdgWIEw0zhkuOYXipaoM41O"
    "jgKH5xXALiF8eFCENTFmDgU1XgjeQ7N3zrX90icroK7y35XGB1p3U6APE6i/Ds37cZYzCC"
    "8uDy9N+HGYPw4vrqH5F4CvoPF9fvlyBnvlQsrNKATqnsEHAl6hN7NyO7/knDJhJTp8q4Tj"
    "R2CPKXx66Ma7N1ulVX7IPTKd3Nvmczj2zRyxnFGjo5NO9NH3fMsfgBuzNM771erlsxbu2v"
    "dypaoVzZYEUUKaADfb8fRv6ijzgZE86x6m5l1juwWildh0lJuGqdMej8Q+3XAxcc9z1PDR"
    "EkpBq1OQGL9T/jzrvzhmogjun9EE2YAjjwOVKJ5ligcGJFcyonfTTUOsNYYqIk4JMER+MY"
    "c3Tw2831FRoxOTksufOue8eEQprN9f1Zips2qPR/KyAcyRtwS4A7Vb+rCriRfAfBff6qjC"
    "NrmUSk/FivVhyFVFZzs8QKHXACNLZ/k+ALq6+fE91QDHCiYQZwiQEc8KAqFn+iYSz+LSx+"
    "zSer4B0rGLi/wsEyqkbhMlqdm6ob2dFR45RLsYWPI6NoHFmtc3Jktj48e5suTqkZJ1ab+9"
    "f4o7+JbvZn9pbdnNU03dy6bm6dS3pNuGtWpF/OOT2A4E5KSvuogzyM7wWaKZqBqIdw7FI+"
    "iWJFsSf76vrIXxAOIadK7IFKAuGniYOZ53mna777ZvexlfLlhykmxplsnMn7M8E2Hnua+k"
    "BKo5zSMSCbdLi2GNTG99mk7xNm6iqeuEjeOOJMpJMxOYxl+Y11c3ssywmWpw7FAX6rVmXc"
    "3N9gUSrBAQbJ8tYk6CAJ/6f+pcw2G1EbHdwSh9xz7CL9HPTDfyPhzwjXfx2eQGEOxBwtGo"
    "QmQf4jXPTIPDfkqZGHbE5qLDQc1X0HnIyrcJGUSudSFWuke8Xmouq2qpinVLpIAE3tqt2i"
    "r36gfe05i/Bb25P1K5wW2r18FZaxihrLLF3ly1d9gLKBUDaKjYOSUrC25JWXeqdXDPXFUd"
    "Wi8IwWETfIoFfLDRphaU1WV61mHlHCHxqmDueVsTKOUOMIbfH8+s0n4e83dTDlqmosV7Vu"
    "9u1kxaqdzMEJ8n8pk7BKlbBYvjOA11cijOCHShXXEgUD5jKYnLjsQb19BTjTKgZQALRVps"
    "0nbXMVmDafgpJhm0ybcmZNMcZf4eqq6HIxLq6vcHG11xB4OuDrtwOisz6qgJzW6aA9UH/l"
    "DJMI1mwimPHTFqNv/LQNkRliTWlRSYWwcSOZ0WIN8JlK9fyNI9Q4Qls8gZlgxV0CbJyh7X"
    "CGGkqzDZBtojB7ECoVLRbFXpm0xCY2E8pWyL5Jtn6xQHBKAhILzyJ2cLikIFKqcSByg6DK"
    "a36Fu+dpS8+0yOFT17JbzHagwqyoVlU5pdLBhbh+pmO8EMYLYbwQ3fJCRMvgTbDibVjFI6"
    "mSK/liEC2kZRf0UB7SWLHtUi8OUR4t9JINNRcPRg6zpg4VEooyWlPRR2OHMVv9hzoQJNZH"
    "c+JAdeZ+zsJf8xPuPL2K9JHCg7MHdZ/AuhOHJ3DJoeoK85BkMwhdg9i0cNXR5SPFhM0hYT"
    "cIWvs8Y1yWDEybkq/0w3wrTpiv3Es27pUnJh0w0CsAHIobaEtA+4Adv1KxsFhhh3wObtAU"
    "p9t1lqJJX9uqK1pE6CplKVarCpfV6pzFVJtfuDXc+VeCHTk5dQiX+bQ5LbCBMU+06ACDbF"
    "myrAgsiAeneY8ZRxj98+M5Yr4U1Ca6NPlIkcx3OkkCEh9i8tHXgkBAgzuoRsrsHDdZI48o"
    "QW5nVH8DWsdsN5rtxj1ayBrnw8G3UZoPh59S96CtP8oqnG8qoJtoGIBLAFxgcPziMFzR4h"
    "iDyh4ivG4P9/r39xdn6OOnsw/nN+fXV1leqxvhkrpApcbg09npxXJRH7VOb1MjN1EzpkXr"
    "TIv2EF7mMZ8XcN2gbRPN1VLliysyT06cBQrUYKcWvLcOsU/QULfpg7rBdzqmXEjI/428rL"
    "oZjtSx2APhuVvANd+9RBQdaGk89L6Y4bWG1+7PLNp4GF30cZQN8ooVvukwr33Yk99jxmqC"
    "O3dQidJiPGcIr1vhYpXdZWh2ZJ0z0SbGYtidxfAbo96HqAZ5L9dwyIpssB+gbsAgLmpe2o"
    "7wyByCNaCQuoVnUt3gRNH9aRCaAfdEB4wH/+BEjUAhD/vA8z00w0IQiPvA1AFxjmBI2znW"
    "RO3PuFNWiTxCH3Ur4mwukPp9DDkQO6KVlPXhezIKH2Ez+MQYvAADAwSl4mkrVjsqqPz+R2"
    "pxC4sB/2liTkzMSedsEVPbqFnGZ1j1DjBmdiW7MJLvIr6113bHnpjnDeDi0KlEoxMA7zpy"
    "ypowauWVRVpzkmiiYkrqbwE5lpK4MynUdzTOWQ0LudyK3u5s9OetpnWpfVCaczJE8dQciu"
    "9wFGvjq6mB3PTkvB8nm/RmxLPDXIp9RDksm1iNxMUqnQtvNAlh7SEg++Ciy1Q38MkWXZxo"
    "me5td/cyb6v+TdTMqcZt69/WeNgviH1P+JpTUNMC/fXedUeLlnSqz4C//MA8ZxEdCBOov0"
    "PDKVkMkYunRCDyQPgCYfiliNrKLmASQskPhmHpqpMvgWfn8eSLjRePw8OcQJ0mn7S5tkN+"
    "Jaxqfm8TrFPvJqZxkD91sI5x4DZf84o4eQdIrptLYhUTFrF1WIQynASrdLxvotHBod2thO"
    "4WVURqxGHwlOXFjTPGOGOMNfd11txlwJJyDbnLmEGts+HC6jMljThIy1VrF4QQ4SR39yg0"
    "rILsB8rD/Ads6Xij7wVS8wbhxLNIXlpFHbfcQf0bY5MZm8zwqi5C24g19rSVPLvOrRxm4W"
    "ppLInGVgi3zB3edBrLnmyJp44Z2MMdcYjt3so+yCiavZ62WQfZ0/nG2yTYp9RM/7a6f7GQ"
    "gzBOZZt+XlU3/d36/lY2Mn3Yursz2qa329zb5oDgp9pVGWEHe1bFLN+UksF9O9wlrbZNG8"
    "l3zmyt36aCx/lu8FoVEF5SM0DnAt0yj/wNdmf6RQv98qFEv4x3fiC0cEknfXB/AaWHMBSr"
    "l1CpCCpvRqeoIk6gcDyxwbXuQrox1rWKDpLSRUGicFi8SLXlhFk185g77+r3i4sTfSG+kc"
    "2IQB6TSOBFxcxkc/xgy5Ya4/Y3ucptAdccPdiOmlSpPeiSOYMpja2Yfsts5rrzBeHwo2qA"
    "pjQMoKuAur4kVeqTxPIGzFUwAza7zcZHVtMERrXOedYyM0xM6OySPaw1xGKZfqlAKSU9cJ"
    "V46YgpXcFJn4TgEPygRKZkEZweBsYSeSCeDMydCRWS8YUymyARhUJIFFRscmcwl+hjRvOi"
    "p+q+feUEF/UtKgGT9bJPppYJqW4w7NeYsatIGzN238xYk7HVPMZT9dMqzcOhfBfxrb/kVm"
    "XrwlgVxqpYb1Vcc7so2yJo2mBDMG5XybXwuVq1BAEyj8Njgk+QL6Kzh+N9QQS7sEIfngZM"
    "X7XAIRPQ8M+P57kpF/Xc+c4bxmkY8dkXYsJmUFJ2DmaJ+rmI2u+CBgVZkrYB4pxYIAIVb0"
    "vnccQ3yKk2m2uCrNgmqewqY5+00z4xHNpk5XeE42EX9rhzqAixqIudAiYSKy2zkUDrKNTe"
    "Q8jX7QydfTi/PL04eP6yH4R7JEeXReC/fLZiB/ocloNqM0VKZ4fxNB+u/re3k4H8psQwfl"
    "M4iN/kJImHS24FjDNKZrIoebIJU8SsEsyJhgkMW8I3JwLPZOQbE7FpE9GXI/b5XBK3l28n"
    "Ju39DcailixpLHoI0gqUXQYsmErY0plTfeQgHC+iLDttw9nEocqAU414LAmH3yveKQMN/R"
    "caftF7RbB99PjdF+9xmH+6dxMPKbPllEovDKMCKxpvxVNorulmNjdSmxvGUHtiQy0e8xVQ"
    "Tut0EOQG2IHZUTK7Hfs6eCW+r4JtKN45m6GBqZdTxnMXuBsXO06hQzit16Xqii+OX7+Kfc"
    "Hwxzrv783l6cXFagDgDC8chnMmg+LDWVIqnZgP1tlbTRzOsicFPfb8jIvoKJtVnDeefrPb"
    "eaLhpNXaQoUJ56zSsVmxQgeWtl3PEZwIeP8KaCcaBu7qR5QZb2RXvZHmNI9u929rvM0fMZ"
    "cU0P9Fb7XlepyXZPrrvc6zSHowBvGSwUq3EwIHWhMhIQ1BEERmzJro3HAvSEJA8Y1Pwjqv"
    "VOrwIw8xB8KEAg0dFTSGSKRV/3NTD9nsfy70NMfPq8D4MjqdiRhq7Ahr3WWr8K4LxopVum"
    "R477gQDJt71UKDYoUOUMElO/G4TECFkiq2FI/ftKpIyUfO1NSu5r8zmDULlo2szKZlI5Ie"
    "6Im45LJxFu0GCoQdSEFeJFuLMINzkmwmBhO8NcHefVANZKJ6cHWRqOeWX7EkmNyq3W0/Ml"
    "+qzq0UMJNS6YQjsWmXVvJhV7dhlnV3Y6nucswbQ6amFekTgSP4QvhzVqNU+4aViMeSpRMt"
    "IGUBUUlcNGL+/UQGUS3B2YHv0NDzIehZJzjMdZ0r26VekBQRJoWjv30mCTr47vlx3oGEDT"
    "xgc6JEcFNT/KpN9NoE0jzxbm74UaxgXDjKE4Uu2ZL11cUxGSSNx83QMFa0dDxjKN9BfBso"
    "I6BIVLV1L9Lo0nywY9+SCUbImTpqt9zM/mIh9PtutmU+JiLlltXUMppml3EfenlUyUDIan"
    "XPMV8X3WqRG2RMOMdOr8AJErb2N7lAArmyDhA4fPNB0UY0x1Qq+NGYcZ3UE1wmSDKkVuCF"
    "9kiIGcFTXcQb8oC8MeUusQ+hBJ0uQIcObM5mM3UpN4GosQdtdoiEzzAekTaRQuMReWIDKP"
    "oqKoCcUukgxM3Y8BqySo6SlIpBuRzKrTlQsW3Yd4oJG+fBDpwHxqrs6rfUGlvnxpoQ21dD"
    "5Tc26uXaOxmJDTaPiGQHf7FRheLcI2T7BMGmK3KZSzz5DsrS+RzGADQLhLkL9esoRx75LB"
    "GzwvJByooB00Q1LeA4I5Jfnbvm+1erlaAeXb3MnamUYCol7K0581cwU5QFOBQ30JaANpxM"
    "KtKBRMvw6tZxgX1Myu59eWyKVO86A3DGHFqtcmGisUPAnfAMsuYnrdoLF4ZEqwrEGaXObZ"
    "nUvywYe3wV5frtcTAAtrHG03rGFm/z+qtTGgeV066W1Lb6olrWq03PWAFkviepU/VzWlI1"
    "X1Tbvqj2eLfUF0vs97ggnyFp7m/wa2nBwQiXT2cYQboznLYd6CKHCnmCqETqOQ4lsNsOqW"
    "98ERzbzcbRX5G3Ac0nTBDEfYcIIhG8vMhxbjXynDsvPisC7ocOhi6z4QNSP+8oBcbwsI9U"
    "x+tIAaa9ZGGuxPci8KPBnk5plxk8aqA7qb/l4XXGa9aE1yzTL6WXxLSSce2YgyBasTltHM"
    "A7GcpcMbS8chzrilhFGh2w9nftwtqKRRv+3Fr+bBIIvrluduh4u17OKJpPuW193B5TeIbd"
    "CyJEUW5/qr2/wRhWkoo8gGhpa1jZlEK9GZJYZ95LFhxGqO6ELAcLQdXv4AiL4BLjaILdk7"
    "BomE7EVwblj2FbjhFc5+3vvB89JvUfB8JiM4KGMQE8uTq9PBv21d2VKR1fVcpgHjs6LF7d"
    "dBjBFjzOIZh7wzsvultoaUf3Cu12pQfvHDZ+L+LbKxv+8Aj97kEtQhTCjoRkMyUBa3jpYj"
    "l/9PQLgLD62IljbOsW2NZxl5Tet4kUOmiIvC2zY/O2eMfm7cqOTTDQK8AbK3QQ3po3dqUy"
    "5qqYeJF8J5DdtYmn1te8GtzFAzlW6IA9vQvHkDGzukrBs56SLStBZxSNmdW2Pm6RmUXwlP"
    "Cf8aJXYGbF7RvNLC05sPGigpkFGwLK7GBTAht/ONz0g3+p+6ADmwplMVgShXeHwHcSGBLK"
    "BhlzpqPgYTuQzUVuFbUmHrE5bTg65svGmWPlVyycjBIIm8PlTWJxi9fWxisrmeP0GqWN4X"
    "y0yiQK4vBx3tDN8Ic9xHkNrEAIzDb3t1U+5ZYSfon5NJ8Axa0b6I9UcgNXCZYkPzc0TtbD"
    "SRCSWjFmPvAOuB2aYIFGREmMiMPmYb5fkOgHDAaqmRCX6cOV79XTSA4Bau4xm0lQAesxDM"
    "cwnH2Z7UzU1L4sJ2mM9Tw2EDQ8uaiK32RJ1bjHjOukiDf8C3NPAf1Jv1sOc0i1b+AO80Cy"
    "tNsklI+dFOFerBLDjo55Ro4CkfAjNKS2rhAP5dKwb1OJ1JrOYQeY2u8g6ho2ZvPCtOt+xJ"
    "0X7f4GZATEPs+oGguwCR1tayMLNp/hXujgR9+Dl+ijHznsMMO/RR+BX7OQf6x3r5gI7dbs"
    "IhuuYbhGR7gGBMBUQTiS79w2ZwPOQLPH2VUSl+lmWPO36+aMptnlbFsvt4aqnxJOrUk+TQ"
    "/bNlB0nEhtIujF3fsVBwTmcdNvxTHW2CmxD4SL3GN4i5fvlEoHGVKN5D8VCqY+qwoIh+Id"
    "RPf5s2dl+OezZ8X8E9qWMwSVfe7lLJ2/3VxfFRlSscrymkktif5P51DvIdprwAUwMivlSo"
    "zjcjjj0hIIN3j/1LtWj/8PVL6k4Q=="
)
