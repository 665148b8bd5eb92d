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
    "eJztXW1z27ay/isY9UPtGdVNnDRJnbl3xk3dU/f4JRO795x76o4EkZCFiiRYALSiyfV/v1"
    "jwXSIlUhZlisHMmdOY2CWpByDw7GJ38aV3z1ngM18cnVoWCzx5Qb1p7wR96XnYJeofxQJ9"
    "1MO+n22GSxKPHK2DQ9GBo2R1Cx4JybElVeMYO4KoSzYRFqe+pMwDlVOPyQnhyHewHDPuou"
    "geiI0RRi5xR4SfIPJAPCnQmDMXDSOJIQoFlRYahoLDI3iozSz1VOrdN3T/wKN/B2Qg2T2B"
    "W6un/PFHz2KuqxrkXP/s8A69P/9Uf1DPJp+JADH4058OxpQ4dg5saoOavj6Qc19f+4nen3"
    "vyFy0Lv2o0sJgTuF4q78/lhHmJAlVPVFfviUc4lgSeIHkAmHuB40R9FHdD+CNSkfAtMzo2"
    "GePAgZ4D7fAF0mu9weDq+nZwc3Y7GPSWejXWyHREdMliHowI9apCA3APr/Ddj8fHr169PX"
    "7x6s27H16/ffvDuxfvlKx+3+Wmt4/hy6RohbfSmJ3/4/zqFl6IqWEXDkq48Kh1sMShlu6M"
    "FP1c3+U74cME8+IuyCkt9IT6iYs9EeO+qiviC2lfpB/NLjrDxZ8HDvHu5UT9+eb1Cpz/5/"
    "TTh19PPx28eX2YB/sqajnWTQB7CnP8VdQAOaPSQYhf/viyAsZKqhRk3ZZHOZyp6oCcahiM"
    "q2FscQJ4DHDBYP5ZtUjqkpJZI6e5gLcdqR7F/9hD9FeAfXt+eXZze3r5EW7vCvG3o/E6vT"
    "2DlmN9db5w9eDNQr8kN0H/Or/9FcGf6D/XV2caTibkPddPTOVu/9ODd8KBZAOPzQbYzmIS"
    "X44vPcISPZ5mlgm4MMLWdIa5PVhqYcesTHa5yT12F69gD9/rTgI04T0ztEvSB7W8/IznZb"
    "wsFVjLy0LRgY3nFXnZJRFCvZpISBISBFiTp/5HULL4IXVHRRko4UrSs5EazixQ/+bYm6LR"
    "HCmCJMgyK9v63ddzsnSWUzddYmYLwomIYWuGrbVzom2arRke0TyPsHHBIAYCUQxwJL6KNe"
    "whzitgBRawNCzDlWMZt9LpN6uyfhLeFmIvmp2Ej1++fvv63as3r5O5N7myasqNp9cUUAcL"
    "uQGRzagZFmtYbCmLDWwqzzzJy0hs2r6Ow4LkwGH31fjr2QPhcwTAuFhSCzGO1GsG2EFAhp"
    "l3gmYT1keSwX/dPrDJ2YRaE8QDR91OMdHZBEtEHqhNPEtdCfnnbInKNvWgO8VWEFHD3z5C"
    "Q2oPERVo+EU7KtGUzB+/wV+8x2EfCaY0lKCCEERmnEpJgEdbBG6jFDhiY7hEpQgdnerWAt"
    "nEoapN3b6EP69myBlDVgkuNErM1X1qMuhyYlHInzckFc9LoHOU4viHHypQCiVVSil0m2HL"
    "LWDL1qRoCV2B8KRw7WwQ3F5vf3mymklZLVMkUejg4G0E4WjGrgFxqmHGcMUxDC9VbxBHGh"
    "0cxa+OK0D86rgUYWjKAwx8qg68sXznhu/2V7eYnC7De0s+l1jdWZ0OQLzKIjz7923OGIyh"
    "PLg8/fdhziC8uL76Ryyegf7DxfVPC5CzQCoWVmtAZ1R2CLgSDYi9m5G9/UnDJhJTp864Tj"
    "V2CPKXx66Ma7N1ulFX7IPTKdvNgWczj2zQyznFLXRyZN6bPu6YY/EDdn1M771eoVsxae2v"
    "dipakVzVYEUUK6ADfb/vRsG8jzgZE86x6m5l1juwWildh0lJuGr1GXT+ofbrgQuOB56nhg"
    "gSUo3agoDF7T/jzrvzhmogjun9EE2YAjj0OVKJZligaGJFMyonfTTUOsNEYqIk4JMER+MY"
    "c3Tw2831FRoxOTmsuPOue8eEQprN9f1Zips2qPR/ayAcyxtwK4A7Vb+rDrixfAfBffmmii"
    "NrkURk/FhvlhyFVNZzsyQKHXACNLZ/k+ILq29QEN1QDnCqYQZwhQEc8qA6Fn+qYSz+DSx+"
    "zSfr4J0oGLif4GAZ1aNwOa3OTdWN7Oioccql2MDHkVM0jqzWOTlyWx+evUkXZ9SME6vN/W"
    "v80V9FNwe+vWE35zVNN7eum1vnkl4R7poX6VdzTg8guJOSyj7qMA/jW4F8RTMQ9RBOXMon"
    "cawo9mRfXR8Fc8Ih5FSJPVBJIPw0dTDzIu/0lu++3n1sZXz5UYqJcSYbZ/L+TLCNx55mPp"
    "DKKGd0DMgmHa4tBrXxfTbp+4SZuo4nLpY3jjgT6WRMDmNZfmXd3B7LcoLlqUNxiN+yVZk0"
    "99dYlEpwgEGyujUJOkjC/6l/KbPNRtRGB7fEIfccu0g/B33330gEPuH6r8MTKMyBmKNFw9"
    "AkyH+Eix6ZFYY8NfKQ9UmNpYajuu+Ak3EdLpJR6Vyq4hbpXrm5qLqtLuYZlS4SQFO7arfo"
    "qx9oX3vOPPrW9mT9iqaFdi9fpWWs4sYqS1f18lUfoGwglI1i47CkFKwtReWl3usVQ31xVL"
    "UoPONFxA0z6NVyg0ZYWpPlVauZR1Twh0apw0VlrIwj1DhCWzy/fvVJ+PtNHUy5qi2Wq1o1"
    "+3ayYtVO5uAU+b+USVinSlgi3xnAt1cijOCHWhXXUgUD5iKYnLjsQb19DTizKgZQALRVps"
    "0nbXOVmDafwpJh60ybamZNOcZPcHXVdLkYF9cTXFztNQSeD/jt2wHxWR91QM7qdNAe2H7l"
    "DJMI1mwimPHTlqNv/LQNkRliTWlZSYWocS2Z0WIN8Jla9fyNI9Q4Qls8gZlgxV0CbJyh7X"
    "CGGkqzCZBtojB7ECoVLxblXpmsxDo2E8nWyL5Jt36xQHBKAhJzzyJ2eLikIFKqcSAKg6Cq"
    "az7B3fO8pWda5PDZ1rJbznagwqyoV1U5o9LBhXj7TMd4IYwXwnghuuWFiJfBm3DFW7OKx1"
    "IVV/L5IF5Iqy7okTyksWLbpV4Sojya6yUbai4ejBxmTR0qJBRltKaij8YOY7b6D3UgSKyP"
    "ZsSB6sz9goV/y0+48/Qq0kcKD84e1H1C604cnsAlh6orzEOS+RC6BrFp0aqjy0eKCZtBwm"
    "4YtPbZZ1xWDEybkif6Yb4WJ8wT95KNe+WZSQcM9BoAR+IG2grQPmAnqFUsLFHYIZ+DGzTF"
    "6XadpWjS1zbqihYRulpZivWqwuW1Omcxbc0v3Bru/CvBjpycOoTLYtqcFVjDmCdadIBBti"
    "pZVgQWxMPTvMeMI4z++fEcsUAKahNdmnykSOZ7nSQBiQ8J+ehrQSCg4R1UI2V2gZuskUdU"
    "ILc+1d+A1jHbjWa7cY8Wssb5cPhtVObD0afUPWi3H2UVzTc10E01DMAVAC4xOH5xGK5pcY"
    "xBZQ8RXrWHe/37Txdn6OOnsw/nN+fXV3leqxvhkrpApcbg09npxWJRH7VOb1IjN1UzpkXr"
    "TIv2EF7msYCXcN2wbR3N1VLViysyT06cOQrVYKcWvLcOsU/QULfpg7rBdzqmXEjI/429rL"
    "oZjtSx2APhhVvAW757hSg60NJ46H0xw2sNr92fWbTxMLr446ga5JUofNVhXvuwJ7/HjNUE"
    "d+6gEqXFeMEQXrXCJSq7y9DsyDpnok2MxbA7i+E3Rr0PcQ3yXqHhkBdZYz9A3YBBUtS8sh"
    "3hkRkEa0AhdQv7Ut3gRNH9aRiaAfdEB4yH/+BEjUAhD/vA8z3kYyEIxH1g6oA4RzCk7QJr"
    "YuvPuFNWiTxCH3Ur4mwmkPp9DDkQO6KVlPUReDIOH2E+fGIMXoCBAYIy8bQ1qx2VVH7/I7"
    "O4RcWA/zQxJybmpHO2iKlt1CzjM6x6Bxgzu5ZdGMt3Ed+t13bHnpgVDeDy0KlUoxMA7zpy"
    "ypowahWVRVpxkmiqYkrqbwA5lpK4vhTqOxoXrIalXG5Jb3c2+stW07rMPigtOBmifGqOxH"
    "c4irXx1dRAbnpy3o+TTXo+8ewol2IfUY7KJtYjcYlK58IbTUJYewjIPrjoctUNArJBF6da"
    "pnvb3b3M26h/UzVzqnHb+rc1HvYLYt8TvuIU1KxAf7V33dGiFZ3qPvCX75jnzOMDYUL192"
    "g4JfMhcvGUCEQeCJ8jDL8UUVvZBUxCKPnBMCpddfIl9Ow8nnyx8fxxeFgQqNPkk9bXdiiu"
    "hFXP722Cdba7iWkc5M8drGMcuM3XvCJO0QGSq+aSRMWERWwcFqEMJ8FqHe+banRwaHcrob"
    "tFFZEacRg8Z3lx44wxzhhjzT3RmqPe9ANsxBabcnFrf40dp+TU8LOrB0gNvwedIQKlPpoS"
    "Hw5Xc3RtPMjxvfn19LvjH96gA4gzAhm4Spwx5EdE0Uchv/tWIJ/ThyjweiFCavsPufMg8u"
    "LwCF3D2W7YC+OesBXGRflqVBAwF6nso6HlYKqQl0M0w/A4yGYOn+SNKXcxgIHY+M4bRvpD"
    "HZ6V3E0fmBoGdKWqNnlqhUCb3hNRK9gk1ejcmth8lcD22of7j7oxD3dpHkbzUh2QMyoG5Y"
    "oH+EarRq3pIqPTOWrdCMrks0/VYr0Btc5rGmptqHUZtb4MV5hCYn2ZrD6raHVU2LEqp/aV"
    "LNPFHXFaFuco2rMIE4spj1KLo5lZMVtlkhNOFJ0tyljexi13UFrSbHeY7Q7jsuwitI2s/s"
    "9bJL9F3KoRt6XDLFwvQzzV2AjhlkWaNJ0hvifRppkTvPYw2BTSJjdyvecUTRhV26yD/MHX"
    "401qV2XUTP+2un+xkIMoBHyTfl5WN/3d+v5WNjJ92Li7c9qmt9vc29GXWUCEVnkDslq7i1"
    "l60RQLepaApRF2sGfVLKCTUTK4b4a7pPW2uGL5zpmt27ep4HGBG75WDYQX1AzQhUC3zCN/"
    "g11fv2ipXz6S6Ffxzg+EFq7opA/vL6CqJ4ZzoGQci+I7WI4ZdxEncCYTscG17kIlH6zLgB"
    "6kVUHD6JCoLqhqK8hgaOYxd97V7xcXJ/pCciObEYE8JpHA85pFf8zJ3i1baozb35QBagu4"
    "5lTvZzACC8q9Zvag87CtMLESjY2Yfsts5m2X4oBzResBmtEwgC4D6gaS1Cn9l8gbMJfBDN"
    "nsJhsfeU0TGNU651nLzDAxof4le1hpiCUy/UqBUkp64CrxyhFTujiqPmTMIfhB5wjMw4N5"
    "wVgiD8STobkzoUIyPldmE+R4Q+A+hWKorg9zCRpz5hZFT2379rVzx9W3qARMQvk+mVomW7"
    "HBjDpjxi4jbczYfTNjTbZL8xhP1U+rNQ9H8l3Ed/vVbGtbF8aqMFbFaqvimttl2RZh0xob"
    "gnG7Tq5FwNWqJQiQeRylCZ+gQIT0PrMviGAXVuhziaPkXzi/DRr++fG8MOViO3e+84ZJGk"
    "ZyrJyYMB9Oa5iBWaJ+LqL2+7BBQZambYA4JxaIwGESlfM4khsUHORQaIIs2SaZwgXGPmmn"
    "fWI4tMlo7gjHw25xQvPPxKIudkqYiFuS0myHWkeR9h5Cvmpn6OzD+eXpxcHL1/0w3CM9FT"
    "gG//WLJTsw4LAc1JspMjo7jKf5cPW/vZ0M5HcVhvG70kH8rqD+UrTk1sA4p2Qmi4qHBjJF"
    "zGrBnGqYwLAFfAsi8EyxK2MiNm0iBnLEPp9L4vaK7cS0vb/GWNSSFY1FD0FagbLLgAVTCV"
    "s6M6pP84aT+5Rlp204mzhUGXCqEY8l4fB7xXtloKH/QsMveq8Ito8ev/niPQ4L7MaGHlJl"
    "yymTXhhFBdY03sqn0ELTzWxuZDY3jKH2zIZaMuZroJzV6SDIDbADs6Nkdjv2dfBKfF8H20"
    "i8czZDA1Mvp4wXLnA3LnacUodwVq9LhctfHb99k/iC4Y9V3t+by9OLi+UAQB/PHYYLJoPy"
    "cw8zKp2YD1bZW02ce7gnBT32/Pi4+JTIZZzXHiy523mi4aTVrYUKE85ZrRNpE4UOLG27ni"
    "M4EfD+NdBONQzc9U//Nd7IrnojzUF53e7f1nibP2IuKaD/i95qK/Q4L8j0V3ud/Vh6MAbx"
    "isFKtxOCPDIjQkIagiCI+Mya6NxwL0xCQMmNT6I6r1Tq8CMPMQfChEINHRU0hkikZf9zUw"
    "95wkEHyfNqML6cTmcihp5I+cpdzLrLluFdFYyVqHTJ8N5xIRg28+qFBiUKHaCCC3bicZWA"
    "CiVVbikev2tVkZKPnKmpXc1/ZzBrliwbeZl1y0YsPdATccVl4yzeDRQIO5CCPE+3FmEG5y"
    "TdTAwneGuCvfuwGshE9eDyIrGdWz5hSTC5VbvbfmSBVJ1bK2Amo9IJR2LTLq30w65vwyzq"
    "7sZS3eWYN4bMllakTwROt47gL1iNMu1rViKeSFZOtICUBUQlcdGIBfcTGUa1hMdyv0dDL4"
    "CgZ53gMNN1rmyXemFSRJQUjv4OmCTo4JuXx0VnfTfwgPWJEuFNTfGrNtFrE0jzzLu50Uex"
    "hHHpKE8VumRLbq8ujskgaTxuhkaxopXjGSP5DuLbQBkBVnRO6ap1L9bo0nywY9+SCUYomD"
    "q2brmZ/cVS6PfdbMt9TETKDaup5TTNLuM+9PKoloGQ1+qeY35bdKtFbpAx4Rw7vRInSNTa"
    "X+cCCeWqOkDg8M0HRRv1IfIKfn0WPCT1hJcJkgypFXiuPRLCJ3iqi3h78THzxD6EEnS6AB"
    "06sDnzfXWpMIGosQetd4hEzzAekTaRQuMReWYDKP4qaoCcUekgxM3Y8BqyWo6SjIpBuRrK"
    "rTlQsW3Yd4oJG+fBDpwHxqrs6rfUGlvnxpoQO1BD5Tc26hXaOzmJNTaPiGUHf7FRjeLcI2"
    "QHBMGmK3KZSzz5HsrSBRzGADQLhLkL9esoRx75LBGzovJByooB00Q1zeE4I1JcnXvL969X"
    "K0E9un6ZO1MpwVRK2Ftz5q9wpqgKcCRuoK0AbTSZ1KQDqZbh1a3jAvuYlN378tgUqd51Bq"
    "DPHFqvcmGqsUPAnegMsuYnra0XLoyIVh2Ic0qd2zLZ/rJg7PFllLdvj4MBsIk1ntUztnib"
    "11+d0jionXa1oLbRF9WyXm16xgohCzxJnbqf04Kq+aLa9kW1x7ulvlhi/4RL8hnS5v4av5"
    "YWHIxw9XSGEaQ7w2nboS5yqJAniEqknuNQArvtkPrG5+Gx3Wwc/xV7G9BswgRBPHCIIBLB"
    "y4sC51Yjz7nzkrMi4H7oYOgyGz4g9fOOMmAMD/tIdbyOFGDaSxblSnwrQj8a7OlUdpnBow"
    "a6k/obHl5nvGZNeM1y/VJ5ScwqGdeOOQiiFZvTxgG8k6HMFUMrKsexqohVrNEBa3/XLqyN"
    "WLThz63lzyaB4KvrZoeON+vlnKL5lNvWx+0xhX3sXhAhynL7M+39NcawklTkAUQrW8PKph"
    "TqzZDEOvNesvAwQnUnZDlYCKp+B0dYhJcYRxPsnkRFw3QivjIov4/aCozgbd7+zvveY1L/"
    "cSAs5hM0TAjgydXp5dmwr+6uTOnkqlIG89jRYfHqpsMYtvBxDsHcG9558d0iSzu+V2S3Kz"
    "1456jxW5HcXtnwh0fodw9qEaIIdiQk85UErOGVi+X80dMvAMLqYyeOsa1bYFsnXVJ53yZW"
    "6KAh8mOVHZsfy3dsflzasQkHeg14E4UOwrvljV2pjLk6Jl4s3wlkd23iqfW1qAZ3+UBOFD"
    "pgT+/CMWTMrK5S8LynZMNK0DlFY2a1rY9bZGYRPCX8ZzzvlZhZSftaM0tLDmw8r2FmwYaA"
    "MjvYlMDGH442/eBf6j7owKZCWQyWRNHdIfCdhIaEskHGnOkoeNgOZDNRWEWtiUesTxuOj/"
    "myce5Y+SULJ6cEwuZweZNY3OK1tfHKSuY4vUZpYzQfLTOJkjh8XDR0c/xhD3FeASsQArPN"
    "/XWVT7mlhF9iPi0mQEnrGvojldzAVYIVyc8NTZL1cBqEpFYMPwDeAbdDEyzQiCiJEXHYLM"
    "r3CxP9gMFANRPiMn248r16GikgQM09Zj0JKmE9huEYhrMvs52JmtqX5SSLsZ7HBoJGJxfV"
    "8ZssqBr3mHGdlPGGf2HuKaA/6XcrYA6Z9jXcYRZKVnabRPKJkyLai1Vi2NExz8hRIBJ+hI"
    "bU1hXioVwaDmwqkVrTOewAU/s9RF3DxmxRmPa2H3Hnxbu/IRkBsc8+VWMBNqHjbW1kweYz"
    "3AsdfB948BJ99D2HHWb4t+gj8GuW8o/V7hUTod2aXWTDNQzX6AjXgACYOgjH8p3b5mzAGW"
    "j2OLtK4nLdDGv+Zt2c0zS7nG3r5dZQ9VPCqTUppulR2xqKjlOpdQS9vHufcEBgETf9Whxj"
    "jZ0S+0C4KDyGt3z5zqh0kCFtkfxnQsHUZ1UD4Ui8g+i+fPGiCv988aKcf0LbYoagss+9gq"
    "Xzt5vrqzJDKlFZXDOpJdH/6RzqPUR7BbgARm6lXIpxXAxnXFgC4QY/Pfeu1eP/Aw3zTHk="
)
