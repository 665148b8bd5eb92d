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
    CONSTRAINT "uid_activity_da_communi_077e81" UNIQUE ("community", "day", "member")
);
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
CREATE TABLE IF NOT EXISTS "coupons" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "title" VARCHAR(191) NOT NULL,
    "cause" VARCHAR(191) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "issued_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "redeemed_at" TIMESTAMPTZ,
    "redeemed_ref" VARCHAR(191) NOT NULL,
    CONSTRAINT "uid_coupons_communi_4df8bb" UNIQUE ("community", "code"),
    CONSTRAINT "uid_coupons_communi_c2215a" UNIQUE ("community", "cause")
);
CREATE INDEX IF NOT EXISTS "idx_coupons_communi_136882" ON "coupons" ("community", "member");
COMMENT ON TABLE "coupons" IS '`cause` names why it was given (`challenge:club:week7:telegram:user:42`): one coupon';
CREATE TABLE IF NOT EXISTS "federations" (
    "id" VARCHAR(32) NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "owner" VARCHAR(191) NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_federations_owner_8011a1" ON "federations" ("owner");
COMMENT ON TABLE "federations" IS 'A federation: communities, possibly of different operators and platforms, that share';
CREATE TABLE IF NOT EXISTS "federation_admins" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "federation" VARCHAR(32) NOT NULL,
    "account" VARCHAR(191) NOT NULL,
    "added_by" VARCHAR(191) NOT NULL,
    "added_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_federation__federat_28341f" UNIQUE ("federation", "account")
);
COMMENT ON TABLE "federation_admins" IS 'An account that may ban in the federation''s name, promoted by the owner (who is not';
CREATE TABLE IF NOT EXISTS "federation_bans" (
    "id" VARCHAR(255) NOT NULL PRIMARY KEY,
    "entry" VARCHAR(255) NOT NULL,
    "federation" VARCHAR(32) NOT NULL,
    "account" VARCHAR(191) NOT NULL,
    "reason" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "actor" VARCHAR(191) NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "lifted_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_federation__federat_4fe8a8" ON "federation_bans" ("federation", "account");
CREATE INDEX IF NOT EXISTS "idx_federation__entry_7fb9bd" ON "federation_bans" ("entry");
COMMENT ON TABLE "federation_bans" IS 'One account banned in a federation. `entry` is the audit entry of the ban that decided';
CREATE TABLE IF NOT EXISTS "federation_members" (
    "community" VARCHAR(64) NOT NULL PRIMARY KEY,
    "federation" VARCHAR(32) NOT NULL,
    "joined_by" VARCHAR(191) NOT NULL,
    "joined_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_federation__federat_6d6f25" ON "federation_members" ("federation");
COMMENT ON TABLE "federation_members" IS 'A community in a federation (one federation per community), joined by its owner or a';
CREATE TABLE IF NOT EXISTS "forget_requests" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "asked_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_forget_requ_communi_fcbfc9" UNIQUE ("community", "member")
);
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
CREATE TABLE IF NOT EXISTS "inbound_cursors" (
    "key" VARCHAR(191) NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "inbound_cursors" IS 'Where an adapter''s inbound stream resumes (a Matrix sync token), saved after the events';
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
CREATE TABLE IF NOT EXISTS "console_login_links" (
    "token_hash" VARCHAR(64) NOT NULL PRIMARY KEY,
    "user" VARCHAR(191) NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "communities" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "ended_at" TIMESTAMPTZ
);
COMMENT ON TABLE "console_login_links" IS 'A one-time sign-in link to the operator console, stored as the SHA-256 of its token.';
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
    "handle" VARCHAR(64) NOT NULL,
    "join_seen" BOOL NOT NULL,
    "hint" VARCHAR(32),
    "last_group" VARCHAR(191),
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
CREATE TABLE IF NOT EXISTS "membership_periods" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "plan" VARCHAR(32) NOT NULL,
    "kind" VARCHAR(8) NOT NULL,
    "reference" VARCHAR(191) NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "currency" VARCHAR(8) NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_membership__communi_e9c2d4" UNIQUE ("community", "reference")
);
CREATE INDEX IF NOT EXISTS "idx_membership__communi_cd5e34" ON "membership_periods" ("community", "created_at");
COMMENT ON TABLE "membership_periods" IS 'One bought period: `kind` start or renew; `reference` the payment (a Telegram Stars';
CREATE TABLE IF NOT EXISTS "orders" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "currency" VARCHAR(8) NOT NULL,
    "reference" VARCHAR(191) NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "plan" VARCHAR(32),
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
CREATE TABLE IF NOT EXISTS "paid_memberships" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "plan" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "renewals" INT NOT NULL,
    "ended_at" TIMESTAMPTZ,
    CONSTRAINT "uid_paid_member_communi_ae5124" UNIQUE ("community", "member", "plan")
);
COMMENT ON TABLE "paid_memberships" IS 'A member''s plan: active until `expires_at`; then lapsed, or refunded.';
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
    "facts" VARCHAR(255),
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
    CONSTRAINT "uid_speaker_day_communi_82bcd5" UNIQUE ("community", "day", "chat", "member")
);
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
    "eJztXf9z2zay/1cwvh9izyhu4qRJ6sx7M07qXtNL4kzivt67+kaCRMhCTQI6ArSiycv//r"
    "AAv0qkRMqkTNKY6TQ2uQvSCxD72cV++XZw7fNgzufi+Gwy4QGT7ym7OThF3w4Y9oj6IZ9g"
    "gA7wfJ6+DZckHruaBxvSoato9R08FtLHE6luTrEriLrkEDHx6VxSzoDljHE5Iz6au1hOue"
    "+hcAzEpwgjj3hj4p8ickuYFGjqcw+NQooRMoSKC40M4egYHurwiXoqZdcNjR8w+p+ADCW/"
    "JjC0esqffx5MuOepG3Kp/2wzwsG//61+ocwhX4kAMvh1fjOcUuI6GWFTB9j09aFczvW1N/"
    "T6HZO/aFr4q8bDCXcDjyX086WccRYzUPVEdfWaMOJjSeAJ0g9A5ixw3XCOomkwf0RCYt4y"
    "xeOQKQ5cmDngNi+QXDsYDj9eXA6/nF8OhwdrsxpxpCYivDThDFaEelWhBXANr/D4p5OTZ8"
    "9enjx59uLVj89fvvzx1ZNXila/7/qtl9/NyyTSMkNpmb37+7uPl/BCXC07syjhwnfNgyU2"
    "XHoyEuln5i47CW9n2M+fggzTykyoP3F1JiK5b5qK6EIyF8lHs4/J8PDXoUvYtZypX1883y"
    "Dn/zn7/PbXs8+HL54fZYX9Mbxzom+B2BMxR19FBSGnWHoo4qc/PS0hY0VVKGR9Lytls1NV"
    "EXLCYWVcTsYTn4A8hjhnMf+s7kjqkYJdI8O5Im8nZD2Ofuig9DcI+/Ldh/Mvl2cfPsHwnh"
    "D/cbW8zi7P4c6JvrpcuXr4YmVe4kHQH+8uf0XwK/rXxcdzLU4u5LWvn5jQXf7rAN4JB5IP"
    "GV8MsZOWSXQ5uvQdVPT0JqUm4MIYT24W2HeGa3f4CS+iXb/lnXirVzDD13qSQJrwninYJe"
    "mtUi8/42URLksItuIyQzp08LIkLvtAhFCvJmKQhAQB1MTUfwTFyg+pERVkoMRXlMxBajnz"
    "QP3sY3aDxkukAJIg66is9tG3YzLHiCnc7Cwys8isO5tq08jMYobmMUO4/6yDhXwBh+SbEE"
    "IH5bxBrKDx15al0RLrcivcftMs2zfhuiT2pNlN+OTp85fPXz178Tzee+Mrm7bcaHtNBOpi"
    "IXcArSk2i1gtYi1ErIFD5TmTfhFgTe5vw6tAOXT5dTmsen5L/CUCwXhY0gniPlKvGWAXAf"
    "Dl7BQtZnyAJId/vQEgx8WMTmbID1w1nEKdixmWiNxSh7CJumKw5mINtjb1oCuFVhBRy985"
    "RiPqjBAVaPRNOyXRDVl+/xv+xr6PBkhwxaEIlQiBZOFTKQlg5gmBYRSDj/gULlEpjFNTDS"
    "2QQ1yq7qnhC7DyChpegc4po1URrtyU2FfjGEBdGkEXA4tc/LwjqLhfAJ2BFCc//lgCUiiq"
    "Qkih71m03AK0PJnlqdANEp7l6s4GhXtw0F2crHZSXskUiRl6uHgbkXC4Y1cQccJh13DJNQ"
    "wvVW0Rhxw9XMXPTkqI+NlJoYThVlbAgKeqiDei793yrV+7ReB0XbyX5GuB1Z3m6YGIN1mE"
    "5/+8zBiDkSgPP5z98yhjEL6/+Pj3iDwl+rfvL96siJwHUqGwSgs6xbJHgSvSgDj7Wdn1bx"
    "oOkZi6VdZ1wrFHIX/73pd1bY9Jd5qKLjid0tMcMIczssMsZxhrmOTQvLdz3DPH4lvszTG9"
    "Zge5bsX47mCzU3ES0pUNTEQRAzrU4z0eB8sB8smU+D5W063Mehe0leJ1uZTEV3fnHCb/SP"
    "v1wAXnB4ypJYKEVKs2Jzix/mdcsSs2UgtxSq9HaMaVgI3PkUq0wAKFGytaUDkboJHmGcUU"
    "M0UBnyQ4GqfYR4e/fbn4iMZczo5KnrLr2bGH6/ZwvTuquGmDSv9bQcIRvRVuCeHeqL+rin"
    "Aj+h4K9+mLMo6sVRCR8mO9WHMUUlnNzRIz9MAJ0Nj5TSJf0L5BTnRDsYATDruASyxgg4Oq"
    "WPwJh7X4d7D4NZ6sIu+YwYr7Dg6WcTUIl+Hq3VbdyImOWqe+FDv4ODKM1pHVOidH5uiDOb"
    "tMcYrNOrHaPL/WH/0gpjmYOztOc5bTTnPrprl1LukN4a5ZkkE55/QQgjspKe2jNnkYjwSa"
    "K5iBKEM4dimfRrGimMmBuj4OlsSHkFNFdkslgfDTxMHs53mnax59u/t4kvLl20wt60zu3A"
    "bbeOxp6gMpLeUUjxWyTYdri0FtfZ9N+j5hp67iiYvorSPORjpZk8Nalg9smttjWc6wPHMp"
    "NvJbtyrj24MtFqUiHGKgLG9NAg+S8D/1kzLbHEQddHhJXHLtYw/p56DH/41EMCe+/u3oFI"
    "pwIO5qUhOaBPmPcJGRRW7IUyMP2Z7UWGg4qnGHPplWwSIplt6lKtYI94rNRTVtVWWeYukj"
    "ALR1qvYrffUHOhfMXYbfWkf0V7gttFt9FZasim6WUV3lS1W9hRKBUCKKT035KNAteaWkXm"
    "uNob44qu4oeUZKxDMZ9ErdoDGWk9m61mrmESX8oWHqMFSDsY5Q6wjt0P764JPwuw0dbLmq"
    "GstVbdp9e1mxai97cCL5v5RJWKVKWEzfG4HXVyKM4NtKFdcSBivMVWH6xOO36u0riDPNYg"
    "UKAm2VafNZ21wFps1nUzJsm2lTzqwplvEdXF0VXS7WxXUHF1d7DYH7E3z9dkDU16OKkNM8"
    "PbQH6q+cYRPBmk0Es37aYulbP21DYIZMbmhRSYXw5lYwo8kawDMrbtAkvMo6QltmhHcR//"
    "TKEWqDFa0ztIXOUAtpdhFkmyBMB0KlImVR7JVJU2xDMyFtheyb5OgXCwRdEpBYsglxTCNJ"
    "QaRU60DkBkGV57yDu+d+S8+0yOFTl9otRjtQYVZUq6qcYumhIq4f6VgvhPVCWC9Ev7wQkR"
    "r8YjTeFi0eUZXU5MthpEjLKvSQHtJYseNRFocoj5daZUPNxcOxyyc3LhUSijJObsQATV3O"
    "HfUPdSFIbIAWxIXqzIMcxV/zE66Y1iIDpOTh81s1jrHuxNEpXHKpusIZknwOoWsQmxZqHV"
    "0+Usz4AhJ2TdDa1zn3ZcnAtBtyRz/MQ3HC3PEs2bpX7hl0wEKvIOCQ3Iq2hGhvsRtUKhYW"
    "M+wRz8EATWG6fWcp2vS1naaiRYCuUpZitapwWa7eWUy1+YVbhJ3Vv0UHeObeVpwMVCXB8W"
    "iCA0FGCJ4FNcWXUUnxa3pLGDocxcVeTiduMD5dEHLz8lSGaX2nitc/fX4yUrjUJE1EL5jB"
    "x0085IpB1oUe+NhUPA/E6BRRIQKiILUCuAz5xCHEIwC9lzE0fyTQD4rJjAK9HqG4jQcgmT"
    "hXjPsOFLwZRayQm6ZfHNA9lUev0RzceiMFq6n6uNXWOdID6MeGrwZNHBlXGB9K5CCl3mhh"
    "h8bVxBDukJxmjPqvXAPm+aep1To22nNTe27aK/Spv6BKEnb6Wpa9/oAxeyi9hzaOHXCHd1"
    "vCRptW2SMiBivhPlWBOjCgbU+GSu2VoMzb72D1Zxit0d9qoz8xM6rOcpbTVrBu8yzHxmb1"
    "aV5htfPciXmunLCV5bNuvNa78X5RU6Ymgxa58lL3B5vdedOYsvR5d8JyilLxb9BkUAg6dp"
    "dwauzQ6ZT4hEnE50DNfaFPj6M0KjEw5byEWpZkzaXXxEOuGLj3xpghOCQ/RhcLZk7Q4Rzb"
    "WJJoMePIww4BD+IhuPQmEyjiogu0UF8xshvFE14VSP9T2OVwzaHG1ROrutCKP9tcB1r3o+"
    "7q8itsKCNme+s15yEza7yCdGOGHoq3GQeDdfXuYyHbwMbeguYWwrgzODvchuUMUWlAN9QH"
    "kmVhXQx2DGTy8FJjpTDOLxn1kdAHrQqI+dzjMoFQeiNHhwCh9AmlXEd19T/jigGYUwQKc5"
    "EN/aanWUBs3sIGI95rMGJ2TspqsixXD1VZ/Qdr0XKvIOUUSw9F3AguU0qncvxUmse6XcpL"
    "uTooS/NZSGYh2XZI9gZvBWRAUh6OKahTEoxdQB3gECkpLvBT6T5qyWDHaAR91JYjwEGAjH"
    "DgUKl7qy2jpA2AVhpnOWRCnfAoMo3HmnnMFQPnmSC3agw38ZWFRZAVBZOQwqp9cibmLWBT"
    "GAQ8dwFzOKS7oJFLp8aIGpX2rxWAPAh4029sXW97SxAsRn0k6mxYVtgxQw+BSCMpmRZXW1"
    "zdI1ztEyzylnJxyk/C0QNMve98H3ILKnpSKccqzWNFXlnkCgvySmcmMUMPhG1PTO5nr7Yn"
    "JtY83ynMKDbMqs5yhtGGkrVtjlvogvlg8ju2eGE+xFkgJR0xYbWLkgdjqbJbK94RdAgejd"
    "TvOmcwoj4aIGgZYQ6vKHhA9OEVpASun4w18JAr9RnMAzXggsqZplKD7OJLKfaatEWxtsiH"
    "0nzRMGve78m8Nx9WxROdDJOF52XgeSiy6oAiw2hRo0UUhYiC+0rVfSZqVoUsgBMZkm1YQh"
    "MPfUO9t1LmNlzF1s66903Jlibvvksdi5vdgihSfFbfWn1bpG9/JdiVszOX+AXaNk2wRdfO"
    "NOkQA22FWFYgRwJSg6ZgDKN/fHqHeCAF1ck9AqIWnNc6IiFjTw80IUQimBHUTcqdnGLcjT"
    "yiRAnNOdWrRfPYpia2OE+HttfGq26ab6OsgKNPqX+ird8VEu43FaSbcFgBlxBwQVnTX1yO"
    "K9Y1nQJLByW8QaI/X/z+5v05+vT5/O27L+8uPmbRlr4Jl9QFKrUMPp+fvV8tGqP09A6IN8"
    "VmAa8FvIWAlzMeFBxUhfe2wVxNVfpMyuNMztwlMmzQDwZqxLvEOUUjfS+O2J1SX0jk4Dhe"
    "V9+GBPcJvyV+bqOZmkcv4eACLi0PXW7M4lqLa7uzizbuEYs+jnXFVeAQixgedDM5W+rQVu"
    "vsuJ9WTLifs4Q3abiYZbuS64KM96jnbCCjtRj2ZzG8Y2MeMOetwvy8wHDIkmyxH6ghHk40"
    "dUk74g+ommBK1+O5JP4jgcJxkGIl2ENK3AFU1T/E6ANWS+OrbjmJJL8h7GiABIbuUXiqeE"
    "07qFvCjJc+Y1E09JwrNiZTrrMItXudSgkmCobRJPYlYoSCwYFcLgiUi/DVnbmLl9p28e7a"
    "KPM+u/y0KOKtRs1XbGp0oe3PPW27tulPa6bCasAKGvA3TtnbqDNLvgbMkmzRgBANOIxbvZ"
    "T2pDGygKaIoJMmSjmpAZQGgTgHaIEIY6JDpTf0D2G811HY/2WOhYBmMFNMXSBXqkkt6fU0"
    "+waeccV4II/RJ30X+XwhkPr7OHKhR6NmMrUpo9JKUXlM9QJca8RUSc2yzWNm5pMuiEX7M2"
    "XeheXWq2XbPxSfnY1P2yc4aSDLbZanFDdIeJarCvsg3EZ8HtavtAcZV2xj5PW3jVH9nTMw"
    "E4u8BVxsqyQcvRDwvo2VyYzTCclpCFMs8RTLHnN0vn0/6InIsZTEm0uhvqNpjjYsxHJrfP"
    "vzUj9tNaxLeToorrI1h+R7XMXa+GpqITe9OXekd9ScMAfE1FEpe0QIfF0NYiQsvcuabKTK"
    "lz2k2kkbdsFFl55mJyA7THHCZae33dPL2U7zm7DZQiptm9/WeNjfE+ea+Oe6fmaufz1NMN"
    "jsXXc1aUmn+hzwy2PO3CWac5hWZNhfo9ENWY6Qh2+IgENcf4kw/KVQFtabcwnJVNCvnUxu"
    "KDv9Zjw730+/OXj5fXSUE6ra5JPKlEmxPdIr2Eg2XLUN26tN4O6+A9chrsxxE2zaS2IWGx"
    "i4c2BgUSnaTb0191+KtsN7hw2pas5hULkrbD+bwVpnjLXmumnNUXbzFg5i80256O5gix2n"
    "6NTyc8oHSI1+AJ4RAqYBuiFzibS9hYWucvHl17PHJz++QIcQZwQ0cJW4U8gQDKOPDL57JN"
    "Dcp7dh6tFKhFT9D7liEHlxdIwu2ARij03cU9TuZK5WBYQQq3EGaDRxMVWSlyO0wPA4qOdh"
    "nsSm1PdM3U0+vWKjkH80MN1Q0t3sTEBXwuqQuwYYO/Q6LEZWdtNOOHqnE5svrNle+7D7Ur"
    "fm4V7re9nGJPtoKxBqjUrbRYqnd9C6ESmTr3OqlPUO0DrLaaG1hdaboPXfAyJEMbY2t8uA"
    "62ugLA+vFz5n17n49zZMdnP55IYHEi3UMuMLJHgqw83hOrFNImiukFtYvtbxr1hIfFdoaz"
    "MAHlQGQJ8ArAVXe4Gw1YvTWjVv1fxmNc+vKQNlXqDm49tb1DzMD3fJ0AWGISjW0tqeM/IY"
    "liES9Jo9pgwBN5I8k6WHwgcMkFC/QeK7KbYVecH4VDvFdHJ8XvmuZh5yB22vBxnOsMgpY7"
    "ShHk+Gyzq0Kju0AlHN0RLRW8O0jIbS/1aQbkTfO+k2c6KWJCivC3lDYk+WbY+y/vPfTUl7"
    "7/lU9jCzr1DMOtYe3DQrpb5THRdhW3V2Yn6JEuEuE5zmszPcthlujc28qQVrucarFbutKv"
    "NUcGa6oMa+yeMwnN9UnaZ+WHc69Ks9EsgnU+JDC/o8e7iOIUu0ZiFLW7i6TXG7XXSU22je"
    "PorW+h86539w+QRXKx+ecOwk4ZYBqKbLh3ekEEMSe9bFOgyt6azcssXddesgs1GR6S6NjV"
    "Jsdn5bPb9YyGFYHWWXeV5nt/Pd+vlWNjK93Xm6M9x2tts82+GXmQOENnkD0lz7S+d90hQK"
    "updc3jF2MZtU7K6SYrJy303uklYLSojoe2e21m9TweMCz7xWBQmvsFlBbxX0DDOnmnMg4e"
    "ideOv3G+pK/oKQnFX8hnOXYFZstcZ8K3IeK8amBB1f2S/YeXNx8T6Dc968W43u+P3Dm/PP"
    "h8atmLTHXd+UZ7RaQHNEbz1d2zcLDcnjoqmlvYkZrv7JuTaXeMtOSr9gb67ftPC8NKQYlD"
    "k1HQpNXPLw1IwvIHQXo4nJSddBvHMXyyn3oc3WnPtqwej+V9B8BOvevYdJK1+T0B4281X3"
    "coquNfOYK/bx9/fvT/WFeKA4/UjgZcU+JWpQexzbJhPAHsfeM6yynUsaLsqGcxZwcZfmkP"
    "xB92hOxQaVzAVNcezkgWkbKKq5e4BPsFNNoCkOK9B1gXoB/OUV1mdEb4W5LkyDZnc5kM5y"
    "2pDz1h1qtMwMEzM6/8BvNxpiMc2gVACroh56irx0JKvu58h9Zfy4BN8SKLuwVDbReKmNJd"
    "3C2Jg7MwopmEtlNkFZaqg1RqF/ozeHvQRNfe7lRbXWPXzlctfqW1QEtgZ2l0wtW2C1+ZRF"
    "a8ZaM7bDZqwt0Ne8jG/Un1ZpHw7p+yjf+htw2tIx1qpozKr4RHzKs5C2mKq8ZTHXDCVtiw"
    "tG0JgH1zOJDN8pGsEWMUKmapuyCny1UBev0SjOYhuZkxW89HTrG4wuiUuufeyhL4pHrBkY"
    "DTxDl2T2r9UfhMFycXS55pj5aKB+nsBlB3H1uxrYhPyP1IjUMQ+cBpC2WvIoKB46p1t99s"
    "woqVtgDZd2Gi4WXO8FXFvw1zz4m7u4UnxeRN9D+dYfbWORdSzcVyVk+6pQtK9y+seE2rSC"
    "eDNMPZRxIxuE4IFfTcwJRx9lXL+F6OVXcP2ZTKiH3QIj0Suo4eoYruOQu4Py3nRof/723Y"
    "ez94dPnw9OVsJII9E/f7Lmogt8+OirYbUUTw8Xcc2bsbbBdqndlWG0Ho/WeTxWSjvtVJ4t"
    "YbMT3OoJ7kgRBHC/HHRU1dtilr39klrjHL4AV+ZBrkfY3BpsdgNrV2j5AmkK6s+wIBDpgc"
    "O2d6cI6jXClVQyH4LUSYEwc6Jmdrfqd7jxj0/vcuuk1TPyFUt7hE19NSRmfP5IIL4IPb+I"
    "Oq/NDSWyxAkM5BkvcN2u3ig+ZS1wxfqArQ+4G/u29QF338VjPRDWAxEK8O3H/90PuLb+4I"
    "5uFt3wB3e2moM1EXfZljthIt7bsWvbEnka+ITaY34Hcsy/vpPEO8i3wZP7gy2GuKYsaYgz"
    "BHXWlM0LFgaVkEuxoHKmsy8mWFnN2j52iEuVcQz9taaS+PD3itfK+EX/hUbfdJIG5G18/9"
    "s39n2UY5M39JAyuR4pV2OYjl/RMC7+tHLNYptVkMoqsEbwPRvB8ZqvpjFinh4KuQHkZVM5"
    "bJpBVxevxNdVZBuS984ea2Dr9Sn3cxXcFw+7bqGzPc23v+qczXvdn528fBH72eGXTZ71Lx"
    "/O3r9fz7yf46XLcc5mUNxKMcXSi/1gky3bRBvFrhzuE+aA2Paj5RpI9lJ23VxWqXiSZulN"
    "Fd/aanQQ3+c5hz/F+0TM0APVtu89wicC3r+CtBMOK27b2XY/U9E1T6/D2S69E1JstmlC2+"
    "a3Nd7mT5g6SZ7vQa7HeYVmsNnrDOGVwyQVuHQgmGF5pOuuslNkun6ggEnqolHSo3mk46wY"
    "cvFcEGewlke7EgRW06jbQ7ZSQSNw0mJrtdoYrO6oSxuD1X3vqM3Dtf0djXrrqvNDJ3PtVk"
    "8zw2ntmdbh3YxLJkZdVac5y2mnudXTrMvpqKsVXJlpFuvKXHNlgjWyWwKlbX7b2k+mRZ4A"
    "X1KQ/i86oLnAE5ChGWzzBITUwymQl/QEXM4IUtsAERIqAQuCyJxPZro9CzN1gFE88Cm0bN"
    "GhZDrJiyHuQjKW4dC5V1PI91p3DDT1kO2RaIWOgPh5FTbMDE9vfAJ33DGLrX09ZdXcLTFL"
    "n47g99wjky9YNeM/ZujBodCK0XRSJm1FURWbTSevWhWu/MnnamtX+9857JoFaiNLs01tRN"
    "RDvRGXVBvnUVywQNiFLiDLJMgYdnCfJGHFZoOfzDC7Ng25ZmoG15VEPUPeQSXY8ub7C0Tm"
    "gVSTWyktKcXSQyda/f6d5MOubsSs8u7H+N/nmreGTE0a6bPalr1I/DnaKHV/iybyY8rSp5"
    "hQGAJRSbyo2rDOb5lzmOXXaMQCONbQZSQWutWk41FmSk+ER6boPwGXBB3+7elJTrPKJh6w"
    "/WzTDGrPNNsEr+2Z5j2faYYfxZqMC1d5wtAnW7K+1nT2jLjxM2IaZo2WzmwM6Xso3wY6+S"
    "gQVU3vRRx92g/27FvqyMF8x9MSbKRxoei7brZlPiYi5Y4NTTOc9pSxC7M8rmQgZLn655iv"
    "C261yA0yJb6P3YMCJ0h4d7DNBWLoyjpAGKLsVsFGtMBUKvGjKfd1eQ9zmSDJoePSUnskxJ"
    "zgG3SoI6/V7Eyp7xHnCIKvdQ9YdOj4fD5Xl3JLiTT2oO0OkfAZ1iPSJlBoPSL3bABFX0UF"
    "IadYeijiZmx4LbJKjpIUi5VyOSlDO/KdkHCG0do77UbC1nmwj7B+a1X29Ftqja3zRYF45w"
    "81i/rlcsydNMEWi0cA6XChacsnr3IH1h2UNjSc6HAxUwYIBAXN1G9eMJkhVy1MdzlAcAfE"
    "T5ykZYAkX+XRAOmH6yPdnKPf+h9yxeDeGEvFKOG42AQwOcqQQoJrRqZ4kA7Ig+hY0x8hBM"
    "ZgSinTKyACTX3uKaa7BjzZuosHD77u4v0Jvn6LSH9p6xIurocSM/QCp2/Sb00URNFp/VVB"
    "RsxkwboFGIUAYzIjTqCw6G98XIAw0hTbIEZEO/yLj0tjDEWLnIAgiOpSWACa0r+G7kKBD2"
    "sAbguEfQ90NPVDvT0Ju0AQhQcIg1tLNKU+yYssq338amWZ1aOrdyuy4OBhgYNe+Uv/MjtF"
    "WQGH5Fa0JUQbbiYVoUDCZbFA67BAF+u/Hnz73pTXbt/Yes5dWq0BVcKxR4GD+2M/jtLa+0"
    "+FQKuKiDNMvYvJaMAetw7/PTj8wQDYxd2f5rPO/jbrX10zYVg5r3uFrX+tqOrfsYzIdnJs"
    "rbDaL6ptX1R7vFvqiyXOG1yQMJncHmzxa2nC4RiXz5ccQz0VhjAyvMilQp7C8ZN6jksJhP"
    "NBbr2/hKMpCUdQ4W/xIdRixgVBfuASQSSClxc5zq1GnmOOz/TRGoyHDkfJEd1xShijowFS"
    "E69DEbn2kiV1abUfDYJGSrvM4FFDPUmDpAG49Zrdu9csMy+lVWKaybp2bC3ZVkS/WQfwXp"
    "ayrxBaXr2vTf0yIo4eWPsP7njY4ufGLFKbofggptml091mOcNoP+W2zXF7TOE59t4TIYqK"
    "B6XuD7YYw4pSgQcgrdADRQj1ZkhiXdpHmhBMGAlNXCwEVX+Hj7Awl7iPZtg7DauS6ko/yq"
    "D8IbyXYwTXOfwV+4FxqX85FBM+J2gUA8DTj2cfzkeDMKQ0uqqYwTx2dd6dGnQUic08ziXY"
    "Z6MrFo0WWtrRWKHdrvjgncObashoeGXDHx2j3xm0PUKh2JGQfK4oQIeXrsb354F+ASBWHz"
    "txrW3dAts6npLS5zYRQw8NkZ/KnNj8VHxi89PaiY1Z6BXEGzP0ULw1H+xC0H0VEy+i74Vk"
    "923iTZWCrXS+GzP07zCqxo051aB2IvP6qRYLOGbogcNiH543a8f21cbJuqJ27OqZYbR2bN"
    "vmuEV2LME3xP8ZLw8K7Nj4/mCbHasphw5eVuzlqew6fkPgZBWHp6rwkxoHHTpUKJNsIlE4"
    "OmQWEGOpKSNPZxMq8wzOW/lC5NbBbeIR2wu/OEZe8Ci94IgtjFtKcdoyMO3ZYxuvgznLU2"
    "sbJDzL1WZ9EG4jEDHcg9ZRQ0FSA85buhms0EE5bxArKH8bM/Cwit1dUuJ/wP5NPtiJ726B"
    "OlLRDT1FWBLofKFx5iNOIrqUxpgHuu4CeNNnWKAxURRj4vJFmDxpsiYBrUDtOeJxXdThWj"
    "2N5ICd5h5Tuq25RTgW4XR1t7MhaF1RJ2kZ631sKGjYZ7KKj2SF1brCrJukCDf8gX2mBP25"
    "qG5U6v4W7LAwlKVdJCF97JAID7YVGXZNjSdXCZH4x2hEHd3PB4rb4sChEimd7sNxOnVe60"
    "pNMnyZFRdJ3Y+4YtFRugEjQGY6csOJfhQjgCZwkg9jocMfAgYvMUA/+HBcDz+LAQIfZiH+"
    "WDuNL4Qj9kjeFom4/63YYo3uYw2IJqoi4Yi+d0eaDTgD7XlmX0FcZppB5+82zRlOe6LZtl"
    "luDVQ/Iz6dzPJhenhvC0THCdU2gF48vTVXN30ojrE7tgkshqG3xBc0L4mqWH2nWHqIkJoJ"
    "+1KfVQUJh+Q9lO7TJ0/K4M8nT4rxJ9xbTbdU9jnLUZ2/fbn4WGRIxSyrOpNOJPo/nZDeQW"
    "lvEC4II6Mp1wJGV2NDV1QgDPDmvk+tvv8/8lK/bw=="
)
