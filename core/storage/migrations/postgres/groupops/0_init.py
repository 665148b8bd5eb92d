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
CREATE TABLE IF NOT EXISTS "link_codes" (
    "digest" VARCHAR(64) NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "account" VARCHAR(191) NOT NULL,
    "claimant" VARCHAR(191) NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_link_codes_communi_05532a" ON "link_codes" ("community");
COMMENT ON TABLE "link_codes" IS 'A `/link` code, kept only as its SHA-256 (the code itself is in the member''s private';
CREATE TABLE IF NOT EXISTS "link_guesses" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "account" VARCHAR(191) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_link_guesse_communi_c5e988" ON "link_guesses" ("community");
COMMENT ON TABLE "link_guesses" IS 'A wrong `/link` code, kept over the lockout window so a restart does not lift a';
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
CREATE TABLE IF NOT EXISTS "saved_windows" (
    "id" VARCHAR(255) NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "saved" TEXT NOT NULL,
    "until" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_saved_windo_communi_443913" ON "saved_windows" ("community");
COMMENT ON TABLE "saved_windows" IS 'A moderation window (who sent how much lately, who posted the same text), saved with';
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
    "eJztXW1z27ay/isY90PtGTVNnDRNnbl3xk3dNj3Oy8Tu7bmn7kgQCVmoSYIFQSuaXP/3uw"
    "u+SiIlUiZlisZMp7GJXYB+AALPLhaLLwfXUoS+8IMnp5YlQk+dc+/m4IR8OfCoy+CHYoEB"
    "OaC+ny/GR4qOHa1DI9GhA7K6hI4DJamloHBCnYDBI5sFluS+4sJDlVNPqCmTxHeomgjpkr"
    "gOIiaEEpe5YyZPCLtlngrIRAqXjGKJEYkEQYuMIsHRE2zUFha0yr3rluoPPf5PyIZKXDOs"
    "Glr5888DS7guFKi5/rOjGg7++gt+4Z7NPrMAxfBX/2Y44cyxF8DmNqrp50M19/WzH/n1W0"
    "/9rGXxrxoPLeGErpfJ+3M1FV6qwKFFeHrNPCapYtiCkiFi7oWOE/dR0g3RH5GJRG+Z07HZ"
    "hIYO9hxqRy+QPTsYDt9/uBxenF0OhwcrvZpo5DoifmQJD0cEvGqgAbjGV/jmh+Pj58+/P3"
    "76/OWr7158//13r56+Aln9vqtF399FL5OhFVWlMXv7y9v3l/hCAoZdNCjxwZ3WoYpGWroz"
    "MvQX+m6xE95MqSzuggWlpZ6AP3G5JxLc13VF8iDri+yj2UVnuPTz0GHetZrCry9frMH5f0"
    "4/vfn19NPhyxdHi2C/j0uOdRHCnsGcfBU1QM6p9BDiZz88q4AxSJWCrMsWUY5mqjogZxoG"
    "42oYW5IhHkNaMJh/ghLFXVYyayxoLuFtx6pPkh/2EP01YF++fXd2cXn67iNW7wbBP47G6/"
    "TyDEuO9dP50tPDl0v9klZC/nh7+SvBX8l/Prw/03CKQF1L3WImd/mfA3wnGiox9MRsSO08"
    "Jsnj5NEdLtGTm9wygQ/G1LqZUWkPV0rEsSiTXS1yj93lJ9Sj17qTEE18zxztUvwWlpef6L"
    "yMl2UCG3lZJDq06bwiL3vHggBeLUhJEgkYsiYP/mMkXfwI1AiUgTMJkp5NYDiLEH6W1Lsh"
    "4zkBghSwVVbWeO2bOVk2y0GlK8xsSTgVMWzNsLVuTrRtszXDI9rnETYtGMRIIIoBjsXXsY"
    "Y9xHkNrMgCVoZltHKs4lY6/eZVNk/CTSH2tN1J+PjZi+9fvHr+8kU696ZP1k25yfSaAerQ"
    "QG1BZHNqhsUaFlvKYkObqzNPyTISm5Vv4rAoOXTEdTX+enbL5JwgMC5V3CJCEnjNkDoEyb"
    "DwTshsKgZECfzXHSCbnE25NSUydKA6YKKzKVWE3XKbeRY8ifjnbIXKttXQFbAVwmD420/I"
    "iNsjwgMy+qIdleSGze++ol+8u9GABAI0QBAgRJGZ5Eox5NEWw2pAQRIxwUdcBZGjE6oOiM"
    "0cDmVQfQl/Xs+Qc4YsCC4VKiqhnpoMupxYFPLnLUnFwxLoBUpx/N13FSgFSJVSCl1m2HIH"
    "2LI1LVpC1yA8LVw7WwT34GB/eTLMpKKWKZIq9HDwtoJwPGPXgDjTMGO44hjGl6o3iGONHo"
    "7i58cVIH5+XIowFi0CjHyqDryJfO+Gb/OrW0JOV+G9ZJ9LrO68Tg8gXmcRnv37csEYTKA8"
    "fHf676MFg/D8w/tfEvEc9G/OP/y4BLkIFbCwWgM6p7JDwEE0ZPZuRnbzk4bNFOVOnXGdae"
    "wQ5C93fRnXZut0q67YB6dTvptDzxYe26KXFxQb6OTYvDd93DPH4hvq+pRfeweFbsW0dLDe"
    "qWjFclWDFUmiQA51fd+Mw/mASDZhUlLobjDrHVytQNcRSjEJpb7Azj/Sfj10wcnQ82CIkE"
    "DBqC0IWGy+jSvvyhvBQJzw6xGZCgA48jlyRWY0IPHESmZcTQdkpHVGqcQUJPCTREfjhEpy"
    "+NvFh/dkLNT0qOLOu+4dEwppNtf3Zylu26DS/9ZAOJE34FYA9wb+rjrgJvI9BPfZyyqOrG"
    "USkfNjvVxxFHJVz82SKvTACdDa/k2GL66+YUF0QznAmYYZwBUGcMSD6lj8mYax+Lew+DWf"
    "rIN3qmDgvoeDZVyPwi1o9W6qbmVHB8apVMEWPo4FRePI6pyTY2Hrw7O36eKcmnFidbl/jT"
    "/6UXRz6NtbdvOipunmznVz51zSa8JdF0UG1ZzTQwzu5Kyyjzo6h/F1QHygGYR7hKYu5ZMk"
    "VpR6agDPx+GcSQw5BbFbrhiGn2YOZlnknW649s3uYyvny4+PmBhnsnEm788E23rsae4DqY"
    "xyTseAbI7DdcWgNr7PNn2fOFPX8cQl8sYRZyKdjMlhLMtH1s3dsSynVJ06nEb4rVqVafFg"
    "g0UJgkOKktWtSdQhCv8HP4HZZhNuk8NL5rBrSV2i2yHf/DcJQp9J/dvRCSbmIMLRolFoEp"
    "5/xIcemxWGPLXSyOZDjaWGI9Q7lGxSh4vkVHp3VLFBulduLkK31cU8p9JHAmhyV+0WffgD"
    "7Q+eM4+/tT1Zv+JpodvLV2kaq6SwytJVPX3VG0wbiGmjxCRKKYVrS1F6qdd6xYAvjkMJ4J"
    "ksIm50gh6WGzKmypqurlrtNFHBHxofHS5KY2UcocYR2uH59dEfwt9v6mDSVTWYrmrd7NvL"
    "jFU7mYMz5P8Gk7BOlrBUvjeAN5cijNHbWhnXMgUD5jKYkrniFt6+Bpx5FQMoAtop0+aTtr"
    "lKTJtPUcqwTaZNNbOmHON7uLpqulyMi+seLq7uGgIPB3zzdkBy10cdkPM6PbQHms+cYQ6C"
    "tXsQzPhpy9E3ftqWyAyzbnhZSoW4cCOZ0WIt8Jla+fyNI9Q4Qjs8gZlgxV0CbJyh3XCGGk"
    "qzDZBdojB7ECqVLBblXpm8xCY2E8vWOH2Tbf3SgOAtCSSYexazo8slA6YUjIOgMAiquuY9"
    "3D0Pm3qmQw6fppbdcraDGWaDelmVcyo9XIibZzrGC2G8EMYL0S8vRLIMXkQr3oZVPJGquJ"
    "LPh8lCWnVBj+XxGCu1Xe6lIcrjuV6yMefi4dgR1o3DA4VJGa2bYEAmjhA2/MMdDBIbkBlz"
    "MDvzoGDhb7iFK0+vIgMCeEhxC/VE1l1wdIKPHA5PhEeU8DF0DWPT4lVHp48MpmKGB3ajoL"
    "XPvpCqYmDaDbunH+axOGHuuZds3CsPTDpwoNcAOBY30FaA9pY6Ya1kYanCDvkcVtAWp9v1"
    "KUVzfG2rrugQoat1SrFeVrhFrd5ZTI35hTvDnX9l1FHTU4dJVUyb8wIbGPNUiw4pylYly0"
    "BgUTy6zXsiJKHkXx/fEhGqgNtMpyYfA8l8rQ9J4MGHlHwMtCAS0KgGKOTCLnCTtdJEBXLr"
    "c/0NaB2z3Wi2G/doIWudD0ffRmU+HH9K/YO2+SireL6pgW6mYQCuAHCJwfGzI2hNi2OCKn"
    "uI8Lo93A+//3h+Rj5+Onvz9uLth/eLvFYX4iN4wJXG4NPZ6flyUh9Yp7fJkZupGdOic6ZF"
    "dwiv8EQoS7huVLaJ5mqp6skVhaemzpxEarhTi95bh9knZKTL9EXd6DudcBkoPP+beFl1MV"
    "6pY4lbJgu3gBuuvUIUHWppPPS+mOG1htfuzyzaehhd8nFUDfJKFR51mNc+7MnvMWM1wZ07"
    "yERpCVkwhNetcKnK7k5o9mSdM9EmxmLYncXwm+DemyQH+UGh4bAossF+wLwBwzSpeWU7wm"
    "MzDNbAROoW9RVUcAJ0/yYKzcA6yaGQ0Q+SwQgM1NEAeb5HfBoEDOM+KHdQXBIc0naBNdF4"
    "G1dglagn5KMuJVLMAgJ/nyAOxo5oJbA+Qk8l4SPCx09M4AsINEBILp62Zrajkszvf+YWtz"
    "gZ8F8m5sTEnPTOFjG5jdplfIZV7wBjYdeyCxP5PuLbeG536gWzogFcHjqVafQC4F1HTllT"
    "wa2itEhrbhLNVExK/S0gp0ox11cBfEeTgtWwlMut6O3ORn/WaVqX2wflBTdDlE/NsfgOR7"
    "E2vtoayG1Pzvtxs8mBzzw7PkuxjyjHaRPrkbhUpXfhjeZAWHcIyD646BayG4Rsiy7OtEz3"
    "drt7hbdV/2Zq5lbjrvVvZzzs58y+ZnLNLah5gcF677qjRSs61X3kL98Iz5knF8JE6q/J6I"
    "bNR8SlNywg7JbJOaH4lxJug10gFIaSH47i1FUnXyLPzt3JF5vO70ZHBYE6bba0ObdDcSas"
    "en5vE6zT7CamcZA/dLCOceC2n/OKOUUXSK6bS1IVExaxdVgEGE6BqHW9b6bRw6HdrwPdHc"
    "qI1IrD4CHTixtnjHHGGGvuntYc927e4EZssSmXlA422HEgB8PPrh4gNfoWdUYElQbkhvl4"
    "uZqjc+PhGd+LX0+/Of7uJTnEOCOUwafMmeD5iDj6KOJ3XwfEl/w2DrxeipBqvpErDyMvjp"
    "6QD3i3G/WiuCdqRXFRPowKhuYiVwMyshzKAXk1IjOKzeFp5qglb8KlSxEMIiZX3ijWH+nw"
    "rLQ2fWFqFNCVqdrsvhkCbX7NglrBJplG79bE9rMEdtc+3H/UjXm4S/MwnpfqgJxTMShXvM"
    "A3XjVqTRc5nd5R61ZQZp99Dov1FtR6UdNQa0Ot11HrX0IWBOXcOiquQq6vUbI6vZ5J4V0X"
    "8t9bFlFJzDIpQkVmMMzEjASCUALIKyoVsQULCHBb4vAJUNACZt1o/VdeLHxfamtOADyqEw"
    "B9IrCGXO2EwtZe7s0yb5b59cv8u8iQLFzj36VG5roFPs7fXHVt90FW6BzONMt+9yQOTYjy"
    "h3AZZxCJ54ivA1h7J0wyz2JFiUmaqHIHGaRNVIOJajA7k32EtpXV/mHvwumQC6WV3Umw2W"
    "i9RDCZxlYIdyygtO1EMHtyqCR3UeceninB7Ahb7bAvKJpo6a5ZBwsTFZtsk6Iyp2b6t9P9"
    "SwM1jE96bdPPq+qmvzvf32Aj89utu3tB2/R2l3s7/jILiNA6b0Bea3ehyU/bYkEPEpc8pg"
    "71rJp58nJKBvftcFe8XiRLIt87s7V5mwqbC93otWogvKRmgC4EumMe+Qvq+vpFS/3yscSg"
    "ind+GGjhik76qP4Ak3dTvO5RJSGnvkPVREiXSIZXLzIbXesuJuyjOtv3YZb8OwoCjdN/Q1"
    "nBQcV2mrny3v9+fn6iH6QVpVv2AZ3XzO0HlRq3f5eWGuP2f2C3v8n21/JBRlowgMvzusfi"
    "jzqre24PumL8VE5jK6bfMZu56YxbeH14PUBzGgbQVUDdULE68X2pvAFzFcyIzW6z8bGoaQ"
    "KjOuc865gZFky5/07crjXEUplBpUApkB66IF45YkrnQNd3iTqM3upQ5TnYROO5NpbYLfNU"
    "ZO5MeaCEnIPZhKlc8Hwex5znro9zCZlI4RZFTzVdfe0UMfAtgoDJG7NPppZJStDiwXljxq"
    "4ibczYfTNjzaHW9jG+gT+t1jwcy/cR3+aT1pvjFsaqaNiq+CDtstMWUdEGG0JIu85Zi1DC"
    "qhUwJPM0zgZyQsIgove5fUGCu7ABoZ6d5PjAa1qx4F8f3xYeuWim5itvlB7DSG+PDabCx0"
    "uZZmiWwJ9LuP06KgDIsmMbKC6ZhSJ4Z1TlcxxpBQX3NRWaICu2SS4/kbFPummfGA5tEpf0"
    "hONRt/ho7U/M4i51SpiIW3K41o60nsTaewj5up2hszdv352eHz57MYjCPYB3cMXy4L94um"
    "IHhhKXg3ozRU5nh/E0b97/78FOBvKrCsP4VekgflWQZjFecmtgvKBkJouKdwMLIGa1YM40"
    "TGDYEr4FEXgmp6UxEds2EUM1Fp/fKuYeFNuJWflgg7GoJSsaix7BYwVglyEL5gq3dGZcTf"
    "UmkEXBstM2nM0cDgYcFNKJYhL/3uA1GGjkv8joi94rwu2ju6++eHejAruxpUaqbDnljhfG"
    "UYE1jbfyKbTQdDObG7nNDWOoPbChlo75GijndXoIcgvswOwomd2OfR28il7XwTYW753N0M"
    "LUK7mQhQvchUsdp9QhnNfr0/0kz4+/f5n6gvGXdd7fi3en5+erAYA+nTuCFkwG5dcb51R6"
    "MR+ss7fauN54TxJ67Pktscll0Ks4b7w/erfzRMuHVhsLFWZSiloXz6cKPVjadj1HSBbg+9"
    "dAO9MwcNeG23gjt+qKffBGmvtw+92/nfE2f6RScUT/Z73VVuhxXpIZrPc6+4n0cILiFYOV"
    "LqeMeGzGAoXHEAJGmC+sqT4b7kWHEEha8Umc55UrHX7kEeFgmFCkoaOCJhiJtOp/bquRey"
    "R9T9urwfgWdHoTMdRaCnjdZavwrgvGSlX6ZHjvOBGMmHn1QoNShR5QwSU78bhKQAVIlVuK"
    "x686laTkoxQWXulhn+GsWbJsLMpsWjYS6aGeiCsuG2fJbmBAqINHkOfZ1uKJvrMj20yMJn"
    "hrSr3rKBvIFHpwdZFopsp7LAnmbNXuth9FqKBzawXM5FR64Uhs26WVfdj1bZhl3d1Yqrsc"
    "88aQaWhF+gTTspvAX7Aa5co3rEQylax80AKPLBCumEvGIryeqiiqxRfYy6/JyAsx6FkfcJ"
    "jpPFe2y73oUER8KJz8EwrFyOFXz44LMmW10cDmgxJRpSb5VZfotQmkeeDd3PijWMG4dJRn"
    "Cn2yJZvLi2NOkLQeN8PjWNHK8YyxfA/xbSGNgCi6jnzdupdo9Gk+2LFvyQQjFEwdjVtuZn"
    "+xFPp9N9sWPiam1JbZ1BY0zS7jPvTyuJaBsKjVP8d8U3SrQ26QCZOSOgclTpC4dLDJBRLJ"
    "VXWA4OWbt0AbyYxyBfCTiZD6UE/0mBElCKzAc+2RCHxGb3QSbzwH5E24dJl9hCnodAI6cm"
    "hL4fvwqPAAUWsNbXaIxG0Yj0iXSKHxiDywAZR8FTVAzqn0EOJ2bHgNWS1HSU7FoFwN5c5c"
    "qNg17HvFhI3zYAfOA2NV9vVb6oytcwEk3v4DelG/XIG5kxfYYPEEKDqcadnK276usHHcYU"
    "KDSJMczqZggGBQ0BR+c0NrShwYmM58QLAE4Y+uM4qS2Sn2WR0NiG5cb+kWbP0238iVh2Vj"
    "qkBR4XZxFMBkgyFFAqEVPdAhOiAvuVwpJcZoSoHpFbJA5/wGpfsGPJlsCwePPtvCwwHfvE"
    "Wkv7RVhMtPQaUKveDpuz4GFcJ05NQlGamSIeuGYJQSDGvK7BC46G9iXMIw8hKbKEYiO/xb"
    "jGvc/jEmdsgIRnUBF3Bh2X+NeW9DiWMAiwNCpYtrNJfxum3F+QkZ8AHmYdEc70tkxdd/NF"
    "x/vWRM0HT9PLqGHDwuctArf+nf0UxRFeBY3EBbAdp4MqlJBTItwwU6xwX2MevLwZe7trx2"
    "u+bWvnB4vdTImcYOAXfiS07bn7Qaz4wcE606EC8o9S4mowV73Dj8d+DwRwNgG3d/Xs84+7"
    "u8/uqcCcPa57qX1Lb6ojrWq23PWBFkWzm2llTNF9W1L6o73i34Ypn9Iy05MJkVDzb4tbTg"
    "cEyrn5ccYz4Vj1AS6RKHB+oEt5+gHYczDOfDs/VyjltTCreg4t/STajZVASMyNBhAVMEXz"
    "4ocG610k60faa31rA+cjjKtuie5MAYHQ0IdLwORRTaSxYfxvw6iPxoGDRS2WWGTQ11Jw22"
    "vB3XeM3a8Jot9EvlJTGvZFw75qapTkS/GQfwToayBIZWlO9rXZbMRKMH1v6j2x42/Lk1i9"
    "ScUHwU3ezwyXa9vKBoPuWu9XF3TGGfuucsCMqSB+XKBxuMYZAE8oCi1cNIQRzejCiqU/uo"
    "KAQTayKWQ4OAw98hCQ2iR0KSKXVP4qykOtMPGJTfxmUFRnCT1V9533pC6V8OA0v4jIxSAn"
    "jy/vTd2WgQh5QmT0EZzWNHn7uDSkcJbFFzDqPSG115SW2xpZ3UFdvtoIfvHBdClUn1YMMf"
    "PSG/e5jsmMSwk0AJHyRwDa+cje/PA/0CKAwfO3OMbd0B2zrtksr7NolCDw2RH6rs2PxQvm"
    "Pzw8qOTTTQa8CbKvQQ3oY3djHovo6Jl8j3Atldm3iwvhZd8lE+kFOFHtjTu3AMGTOrrxR8"
    "0VOy5VUTC4rGzOpaH3fIzGL0hsmf6PygxMxKyzeaWVpyaNN5DTMLNwTA7BA3DDf+aLzphz"
    "9BPeTQ5gFYDJYice0Y+M4iQwJsEH3YDawH3A4Us6AwTWsbTWzOS5LcI2pHuOU3BxcsnAUl"
    "FK5n45jMJVhmMpf0ZiPG3NfbLm2M56NVJlESh0+Lhu4Cf9hDnNfAioTAbHM/rvxsl5zJd1"
    "TeFBOgtHQD/VEgN3RBsCL5ueDpYT2aBSHBiuGHOlUAOoCnNCBjBhJj5ohZfN4vOuiHDAbT"
    "pTFX6DwE19AaKyBA7TWzmQSVsB7DcAzD2ZfZzkRN7ctyksdYz2PDgMdXI9bxmyypGveYcZ"
    "2U8YY/qPQA6E9lqY5y5Ru4wyySrOw2ieVTJ0W8Fwti1InSEjkAIpNPyIjb+goazMdKQ5sr"
    "Amu6xB1gbr/WyYVU/DJLbpOmm7jykt3fiIyg2Gefw1jATehkW5tYuPmMdZHDb0MPX2JAvp"
    "W4w4w/BwOCfs1S/rHevWIitDuzi2y4huEaPeEaGABTB+FEvnfbnC04A80eZ19J3EI345q/"
    "XTcvaJpdzq71cmeo+imT3JoW0/S4bANFp5nUJoJe3r0NJ+R8LI6x1q6hv2Uy4EXnfsqX75"
    "xKDxlSg+Q/FwoGn1UNhGPxHqL77OnTKvzz6dNy/ollyycEwT73CpbO3y4+vC8zpFKV5TWT"
    "W4r8nz5DvYdorwEXwVhYKVdiHJfDGZeWQKzgx4fetbr7f6CjjgY="
)
