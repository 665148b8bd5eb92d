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
    "ended_at" TIMESTAMPTZ,
    "held_by" VARCHAR(16) NOT NULL
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
    "eJztXf9z2zay/1cwvh9izyhp4qZp6sx7M07qXtNL4kySvt67+kaCSMhCTQI6ArSiycv//r"
    "AAv0qkRCqkTNKY6TQ2uQvSCxD72cV++XJ0HfBwwRfi0bnj8JDJN5TdHJ2hL0cM+0T9UEww"
    "Qkd4scjehksSTz3Ngw3p2FO0+g6eChlgR6qbM+wJoi65RDgBXUjKGbCcMy7nJEALD8sZD3"
    "wUjYH4DGHkE39KgjNEbgmTAs0C7qNJRDFBhlBxoYkhnDyCh7rcUU+l7Lql8UNG/xOSseTX"
    "BIZWT/nzzyOH+766IVf6zzYjHP373+oXylzymQggg18XN+MZJZ6bEzZ1gU1fH8vVQl97Sa"
    "9fM/mLpoW/ajp2uBf6LKVfrOScs4SBqieqq9eEkQBLAk+QQQgyZ6HnRXMUT4P5I1IS85YZ"
    "HpfMcOjBzAG3eYH02tF4/O7y0/jjxafx+GhjVmOOzERElxzOYEWoVxVaANfwCg9/Oj39/v"
    "sfTx9//+z5D09//PGH54+fK1r9vpu3fvxqXiaVlhlKy+z131+/+wQvxNWyM4sSLnzVPFhi"
    "w6UnI5V+bu7yk/BqjoPiKcgxrc2E+hPXZyKW+7apiC+kc5F+NIeYDB9/HnuEXcu5+vXZ0y"
    "1y/p/zD69+Pf9w/OzpSV7Y76I7p/oWiD0Vc/xV1BByhmWAIn7y05MKMlZUpULW9/JSNjtV"
    "HSGnHFbG1WTsBATkMcYFi/lndUdSn5TsGjnONXm7Eeuj+IceSn+LsD+9fnvx8dP52/cwvC"
    "/Efzwtr/NPF3DnVF9drV09frY2L8kg6I/Xn35F8Cv61+W7Cy1OLuR1oJ+Y0n361xG8Ew4l"
    "HzO+HGM3K5P4cnzpK6jo2U1GTcCFKXZuljhwxxt3+Ckvo9285Z/661cww9d6kkCa8J4Z2C"
    "XprVIvP+NVGS5LCXbiMkM6dvGqIi57S4RQryYSkIQEAdTE1H8EJcoPqREVZKAkUJTMRWo5"
    "81D9HGB2g6YrpACSIJuorPHRd2My14gp2uwsMrPIrD+batvIzGKG9jFDtP9sgoViAUfk2x"
    "BCD+W8Rayg8TeWpdESm3Ir3X6zLLs34aYk9rjdTfj0ydMfnz7//tnTZO9NrmzbcuPtNRWo"
    "h4XcA7Rm2CxitYi1FLGGLpUXTAZlgDW9vwuvAuXY49fVsOrFLQlWCATjY0kdxAOkXjPEHg"
    "Lgy9kZWs75CEkO//ojQI7LOXXmKAg9NZxCncs5lojcUpcwR10xWHO5AVvbetCVQiuIqOXv"
    "PkIT6k4QFWjyRTsl0Q1Zff0b/sK+TkZIcMWhCJUIgWQZUCkJYGaHwDCKIUB8BpeoFMapqY"
    "YWyCUeVffU8CVYeQ0Nr0HnjNGqCNduShyocQygroygy4FFIX7eE1TcLYDOQYrTH36oACkU"
    "VSmk0PcsWu4AWnbmRSp0i4TnhbqzReEeHfUXJ6udlNcyRRKGAS7eViQc7dg1RJxy2DVccQ"
    "3DS9VbxBHHAFfx96cVRPz9aamE4VZewICn6og3ph/c8m1eu8XgdFO8n8jnEqs7yzMAEW+z"
    "CC/++SlnDMaiPH57/s+TnEH45vLd32PyjOhfvbl8uSZyHkqFwmot6AzLAQWuSEPiHmZlN7"
    "9puERi6tVZ1ynHAYX85etQ1rU9Jt1rKvrgdMpOc8hczsges5xjbGCSI/PezvHAHIuvsL/A"
    "9JodFboVk7uj7U5FJ6KrGpiIYgZ0rMd7OA1XIxSQGQkCrKZbmfUeaCvF63EpSaDuLjhM/o"
    "n264ELLggZU0sECalWbUFwYvPPuGJXbKIW4oxeT9CcKwEbnyOVaIkFijZWtKRyPkITzTNJ"
    "KOaKAj5JcDTOcICOf/t4+Q5NuZyfVDxl17NjD9ft4Xp/VHHbBpX+t4aEY3or3ArCvVF/Vx"
    "3hxvQDFO6TZ1UcWesgIuPHerbhKKSynpslYRiAE6C185tUvqB9w4LohnIBpxx2AVdYwAYH"
    "1bH4Uw5r8e9h8Ws8WUfeCYMV9zc4WKb1IFyOa3BbdSsnOmqdBlLs4ePIMVpHVuecHLmjD+"
    "buM8UZNuvE6vL8Wn/0vZjmcOHuOc15TjvNnZvmzrmkt4S75klG1ZzTYwjupKSyj9rkYTwQ"
    "aKFgBqIM4cSlfBbHimImR+r6NFyRAEJOFdktlQTCT1MHc1DknW549N3uYyfjy7eZWtaZ3L"
    "sNtvXY08wHUlnKGR4rZJsO1xWD2vo+2/R9wk5dxxMX01tHnI10siaHtSzv2TR3x7KcY3nu"
    "UWzkt2lVJrdHOyxKRTjGQFndmgQeJOF/6idltrmIuuj4E/HIdYB9pJ+DHv43EuGCBPq3kz"
    "MowoG4p0lNaBLkP8JFRpaFIU+tPGR3UmOp4ajGHQdkVgeLZFgGl6rYINwrNxfVtNWVeYZl"
    "iADQ1qk6rPTVH+heMm8VfWs90V/RttBt9VVasiq+WUV1VS9V9QpKBEKJKD4z5aNAtxSVkn"
    "qhNYb64qi6o+QZKxHfZNArdYOmWDrzTa3VziMq+EOj1GGoBmMdodYR2qP99d4n4fcbOthy"
    "VQ2Wq9q2+w6yYtVB9uBU8n8pk7BOlbCEfjACb65EGMG3tSqupQxWmOvCDIjPb9Xb1xBnls"
    "UKFATaKdPmg7a5SkybD6Zk2C7TpppZUy7jb3B11XS5WBfXN7i4umsI3J3gm7cD4r4edYSc"
    "5RmgPdB85QybCNZuIpj105ZL3/ppWwIzxLmhZSUVops7wYwmawHPrLlB0/Aq6wjtmBHeR/"
    "wzKEeoDVa0ztAOOkMtpNlHkF2CMD0IlYqVRblXJkuxC81EtDWyb9KjXywQdElAYsUc4ppG"
    "koJIqdaBKAyCqs75De6euy090yGHT1NqtxztQIVZUa+qcoZlgIq4eaRjvRDWC2G9EMPyQs"
    "Rq8KPReDu0eExVUZOvxrEirarQI3pIY8WuT1kSojxdaZUNNRePpx53bjwqJBRldG7ECM08"
    "zl31D/UgSGyElsSD6syjAsXf8BOumNYiI6TkEfBbNY6x7sTJGVzyqLrCGZJ8AaFrEJsWaR"
    "1dPlLM+RISdk3Q2ucFD2TFwLQb8o1+mPvihPnGs2TrXrlj0AELvYaAI3Ir2gqivcVeWKtY"
    "WMJwQDwHA7SF6Q6dpWjT1/aaig4BulpZivWqwuW5BmcxNeYX7hB2Vv+WHeCZeztxMlBVBM"
    "cTB4eCTBA8C2qKr+KS4tf0ljB0PEmKvZw5Xjg9WxJy8+OZjNL6zhRvcPb0dKJwqUmaiF8w"
    "h4/beMgVg6wLPfAjU/E8FJMzRIUIiYLUCuAyFBCXEJ8A9F4l0PyBQN8pJjMK9HqE4jY+gG"
    "TiXjEeuFDwZhKzQm6afnFA91SevEALcOtNFKym6uNWW+dED6AfG70aNHFkXGF8KJGDlHqj"
    "pR0a1xNDuEsKmjHqv3IDmBefptbr2GjPTe256aDQp/6CaknYHWpZ9uYDxuyh9AHaOPbAHd"
    "5vCRttWmePiBmshIdUBerIgLYDGSqNV4Iyb7+H1Z9jtEZ/p43+1MyoO8t5TlvBusuznBib"
    "9ad5jdXOcy/muXbCVp7PuvE678b7RU2Zmgxa5srL3B9td+fNEsrK590pyxnKxL9Bk0Eh6N"
    "RbwamxS2czEhAmEV8ANQ+EPj2O06jEyJTzEmpZkg2XXhsPuWLg3ptihuCQ/BG6XDJzgg7n"
    "2MaSRMs5Rz52CXgQj8Gl5zhQxEUXaKGBYmQ3iie6KpD+p7TL4YZDjasn1nWhlX+2hQ60/k"
    "fdNeVX2FJGzPbWa89DZtZ4DekmDAMUbzsOBuvqPcRCtoGNgwXNHYRx53B2uAvLGaLKgG6s"
    "DySrwroE7BjI5OOVxkpRnF866gOhD1oVEAu4z2UKofRGjo4BQukTSrmJ6pp/xhUDMKcIFO"
    "YiW/pNz/KA2LyFDUa802DE/JxU1WR5rgGqsuYP1uLlXkPKGZYBirgVXKaUTu34qSyPdbtU"
    "l3J9UJbls5DMQrLdkOwl3gnIgKQ6HFNQpyIYu4Q6wBFSUlzgp9J91NLBHqEJ9FFbTQAHAT"
    "LCoUul7q22ipM2AFppnOUSh7rRUWQWj7XzmCsGzjNBbtUYXuori4ogKwomIYVV++RMzFvI"
    "ZjAIeO5C5nJId0ETj86METWp7F8rAXkQ8Kbf2LreDpYgWI76SNzZsKqwE4YBApFWUjItrr"
    "a4ekC4OiBYFC3l8pSflGMAmPrQ+T7kFlS0UyvHKstjRV5b5AoL8lpnJgnDAIRtT0zuZq+2"
    "JybWPN8rzCgxzOrOco7RhpJ1bY476IJ5a/I7dnhh3iZZIBUdMVG1i4oHY5myW2veEXQMHo"
    "3M7zpnMKY+GSFoGWEOryh4QPThFaQEbp6MtfCQK/UZLEI14JLKuaZSg+zjSyn3mnRFsXbI"
    "h9J+0TBr3h/IvDcfVs0TnRyThedV4HkksvqAIsdoUaNFFKWIggdK1X0galaFLIETOZJdWE"
    "ITjwNDfbBS5jZcxdbOuvNNyZYm779LHYub/YIoMnxW31p9W6ZvfyXYk/NzjwQl2jZLsEPX"
    "zjXpGANtjVhWIEcCUoNmYAyjf7x/jXgoBdXJPQKiFtwXOiIhZ0+PNCFEIpgR1E3K3YJi3K"
    "08okIJzQXVq0Xz2KYmtjhPj7bX1qtumm+jqoDjT2l4om3eFRLtNzWkm3JYAVcQcElZ0188"
    "jmvWNZ0BSw8lvEWiP1/+/vLNBXr/4eLV64+vL9/l0Za+CZfUBSq1DD5cnL9ZLxqj9PQeiD"
    "fDZgGvBbylgJczHpYcVEX3dsFcTVX5TMrnTM69FTJs0A8GasR7xD1DE30vidid0UBI5OIk"
    "XlffhgR3h9+SoLDRTMOjV3BwAZeWhy43ZnGtxbX92UVb94jFH8em4ipxiMUM97qZnC11aK"
    "t19txPKxweFCzhbRouYdmt5Pog4wPqORvIaC2Gw1kMr9mUh8x9pTA/LzEc8iQ77AdqiMeO"
    "pq5oR/wBVRNM6Xq8kCR4IFA0DlKsBPtIiTuEqvrHGL3Faml81i0nkeQ3hJ2MkMDQPQrPFK"
    "9pB3VLmPHS5yyKlp5zxaZkxnUWoXavUynBRMEwmsSBRIxQMDiQxwWBchGBurPw8ErbLv63"
    "Nsq8yy4/HYp4a1DzlZsafWj7c0fbrm3605mpsBqwhgb8jVP2Ku7MUqwB8yQ7NCBEA46TVi"
    "+VPWmMLKEpIugkRyknNYDSIBDnAC0QYUx0rPSG/iGK9zqJ+r8ssBDQDGaGqQfkSjWpJb2Z"
    "Zt/CM64YD+Uj9F7fRQFfCqT+Po486NGomUxtyri0UlweU70A1xoxU1KzavOYufmkS2LR/s"
    "yYd1G59XrZ9vfFZ2fj0w4JTlrIcpsXKcUtEp4XqsIhCLcVn4f1Kx1AxjXbGPnDbWPUfOcM"
    "zMSyaAGX2yopxyAEfGhjxZlz6pCChjDlEs+wHDBH58vXo4GIHEtJ/IUU6juaFWjDUiy3wX"
    "c4L/WTTsO6jKeD4jpbc0R+wFWsja+2FnLbm3NPekctCHNBTD2Vsk+EwNf1IEbKMrisyVaq"
    "fNlDqr20YR9cdNlpdkOyxxSnXHZ6uz29nO01vymbLaTStfntjIf9DXGvSXCh62cW+tezBK"
    "Pt3nVPk1Z0qi8AvzzkzFuhBYdpRYb9BZrckNUE+fiGCDjEDVYIw18KZWH9BZeQTAX92olz"
    "Q9nZF+PZ+Xr2xcWrr5OTglDVNp9UpUyK7ZFew0ay4apd2F5tAnf/Hbgu8WSBm2DbXpKw2M"
    "DAvQMDy0rRbuutefhStD3eO2xIVXsOg9pdYYfZDNY6Y6w1109rjrKbV3AQW2zKxXdHO+w4"
    "RaeWn1s9QGryHfBMEDCN0A1ZSKTtLSx0lYuPv54/PP3hGTqGOCOggavEm0GGYBR9ZPDdA4"
    "EWAb2NUo/WIqSaf8gVg8iLk0fokjkQe2zinuJ2Jwu1KiCEWI0zQhPHw1RJXk7QEsPjoJ6H"
    "eRKb0cA3dTf57IpNIv7JyHRDyXazMwFdKatLvjXA2KXXUTGyqpt2yjE4ndh+Yc3u2of9l7"
    "o1Dw9a38s2JjlEW4FIa9TaLjI8g4PWrUiZfF5Qpaz3gNZ5TgutLbTeBq3/HhIhyrG1uV0F"
    "XF8DZXV4vQw4uy7Ev7dRspvHnRseSrRUy4wvkeCZDDeX68Q2iaC5QmFh+UbHv2IR8bdCW5"
    "sBcK8yAIYEYC24OgiErV+c1qp5q+a3q3l+TRko8xI1n9zeoeZhfrhHxh4wjEGxVtb2nJGH"
    "sAyRoNfsIWUIuJHkuSw9FD1ghIT6DRLfTbGt2AvGZ9opppPji8p3tfOQb9D2epDxHIuCMk"
    "Zb6vHkuKxDq7ZDKxT1HC0xvTVMq2go/W8N6cb0g5NuOydqaYLyppC3JPbk2Q4o6z//3Za0"
    "D55PZQ8zhwrFrGPt3k2zUup71XERtlVnL+aXKBHuM8FZPjvDXZ7hOfwN9boQZlgOmbXoYT"
    "njgX8gUN9I2mJnnBPbet1W63Bbs63tQtFyZtrNJk7gR1HehCnvTYOowHfkwHwgUEBmJCDM"
    "IUWOhyaGrNADh6xshfAuBUj38UTChk0PUbTW0dM7R4/HHVyvTnvKsZeEO4ZU267T3pOKF2"
    "mQX1+QYydbWHdscQ/JDIOSRXvMcIbNzm+n5xcLOY7K0Owzz5vsdr47P9/KRqa3e093jtvO"
    "dpdnO/oyC4DQNm9AlutwedOP20JBd5I0PcUeZk7NNjYZJiv3/eQuab3oj5h+cGZr8zYVPC"
    "70zWvVkPAamxX0TkHPMXPrOQdSjsGJt3m/oW6ZIAgpWMUvOfcIZuVWa8K3JuepYmxL0MmV"
    "w4Kdl5eXb3I45+Xr9TCa39++vPhwbNyKaR/izU15TutFjsf01tO1e7PQkDypTlvZm5jjGp"
    "6cG3OJd+yk9CP2F/pNS89LI4pRlVPTsdDEFQ9PzfgCYqQxckzyv46Wjk/Aoc8YD9SC0Y3G"
    "oMsL1k2Sj9OeyaZyQNQ1Wd0rqG7XzmOu2Lvf37w50xeSgZI8L4FXNRvCqEHtcWyXTAB7HH"
    "vHsMq2iGm5+h0uWMDl7bAj8nvdDDsTG1Qx6TbDsZcHpmugqOE2DQHBbj2BZjisQDcF6ofw"
    "l9dYnzG9FeamMA2a3edAOs9pY/s7d6jRMTNMzOniLb/daoglNKNKAayKeuwr8sqRrLpxJg"
    "+U8eMRfEugvsVK2UTTlTaWdK9oY+7MKeS6rpTZBPW/oagbhUaZ/gL2EjQLuF8U1dr08LXr"
    "iqtvURHYYuN9MrVsJdv2c0OtGWvN2B6bsbYSYvsyvlF/Wq19OKIfonyb73Rqa/RYq6I1q+"
    "I9CSjPQ9pyquqWxUIzVLQtLhlBUx5ezyUyfGdoAlvEBJnyeMoqCNRCXb5AkySLbWJOVvDK"
    "1z2GMPpEPHIdYB99VDxiw8Bo4Rm69nVwrf4gDJaLq+tiJ8wnI/WzA5ddxNXvamAT8j9RI1"
    "LXPHAWQn5wxaOgZOiNg6D1M6O0QIQ1XLppuFhwfRBwbcFf++Bv4eFa8Xkx/QDl23y0jUXW"
    "iXCfV5Dt81LRPi9o1BNp0xrizTENUMatbBCCh0E9MaccQ5Rx8xaiX1wq92fiUB97JUaiX1"
    "Is1zVcjyLuHsp726H9xavXb8/fHD95OjpdCyONRf/08YaLLgzgo6+H1TI8A1zEDW/G2gbb"
    "p0hajtF6PDrn8VirobVXHbyUzU5wpye4J0UQwP1y1FNVb6uGDvZL6oxz+BJcmUeFHmFza7"
    "TdDaxdodULpCmoP8eCQKQHjvoLniEojAlXMsl8CFInBcLMjbsG3qrf4cY/3r8urJPWzMhX"
    "LOsRNvXVkJjzxQOB+DLy/CLqvjA3lMhSJzCQ57zATbt64/iUjcAV6wO2PuB+7NvWB9x/F4"
    "/1QFgPRCTAV+/+9zDg2vqDe7pZ9MMf3NtqDtZE3Gdb7oWJeGfHrl1L5GnhE+qO+R3KKf/8"
    "WhL/qNgGT++PdhjimrKiIc4Q1FlTNi9YGFRCLsWSyrnOvnCwspq1fewSjyrjGBqZzSQJ4O"
    "8VL5Txi/4LTb7oJA3I2/j6ty/s66TAJm/pIVVyPTKuxriAfj3DuPzTKjSLbVZBJqvAGsF3"
    "bARnm0bU0BgJzwCF3ALysqkcNs2gr4tX4us6so3IB2ePtbD1BpQHhQruo489r9TZnuU7XH"
    "XO9r3u35/++Czxs8Mv2zzrH9+ev3mzmXm/wCuP44LNoLxnZYZlEPvBNlu2jX6VfTncJ8wF"
    "sR1Gy7WQ7KXsuoWsU/EkyzKYKr6N1eggQcALDn/K94mEYQCq7dB7REAEvH8NaaccVty2hf"
    "BhpqJvnl6Xs316J2TYbNOErs1vZ7zN7zF10zzfo0KP8xrNaLvXGcIrx2kqcOVAMMPyQNdd"
    "ZWfIdP1AIZPUQ5O0GfZEx1kx5OGFIO5oI492LQisoVF3h2xlgkbgpMXWarUxWP1RlzYGq/"
    "/eUZuHa/s7GvXWV+eHTubar55mjtPaM53DuzmXTIK66k5zntNOc6enWZfTUVdruDKzLNaV"
    "ueHKBGtkvwRK2/y2s59MhzwBgaQg/V90QHOJJyBHM9rlCYioxzMgr+gJ+DQnSG0DREioBC"
    "wIIgvuzHV7FmbqAKNk4DNo2aJDyXSSF0Pcg2Qsw6Fzr2aQ77XpGGjrIbsj0UodAcnzamyY"
    "OZ7B+AS+cccst/b1lNVztyQsQzqCP3CPTL5k9Yz/hGEAh0JrRtNplbQVRVVuNp0+71S48v"
    "uAq61d7X8XsGuWqI08zS61EVOP9UZcUW1cxHHBAmEPuoCs0iBj2MEDkoYVmw3emWN2bRpy"
    "zdUMbiqJZob8BpVgy5sfLhCZh1JNbq20pAzLAJ1ozft30g+7vhGzznsY4/+Qa94aMg1ppA"
    "9qW/Zj8Rdoo8z9HZooSCgrn2JCYQhEJfHjasM6v2XBYZZfoAkL4VhDl5FY6laTrk+ZKT0R"
    "HZmi/4RcEnT8tyenBc0q23jA7rNNM6g90+wSvLZnmnd8phl9FBsyLl3lKcOQbMnmWtPZM+"
    "LWz4hplDVaObMxoh+gfFvo5KNAVD29F3MMaT84sG+pJwfzPU9LsJHGpaLvu9mW+5iIlHs2"
    "NM1x2lPGPszytJaBkOcanmO+KbjVITfIjAQB9o5KnCDR3dEuF4ihq+oAYYiyWwUb0RJTqc"
    "SPZjzQ5T3MZYIkh45LK+2REAuCb9CxjrxWszOjgU/cEwi+1j1g0bEb8MVCXSosJdLag3Y7"
    "RKJnWI9Il0Ch9YjcsQEUfxU1hJxhGaCI27HhtchqOUoyLFbK1aQM7cj3QsI5RmvvdBsJW+"
    "fBIcL6rVU50G+pM7bORwXi3T/ULOqXKzB3sgQ7LB4BpOOlpq2evMpdWHdQ2tBwouPlXBkg"
    "EBQ0V7/5oTNHnlqY3mqE4A6In7hpywBJPsuTEdIP10e6BUe/zT/kisG9KZaKUcJxsQlgcp"
    "UhhQTXjEzxIB2QB9Gxpj9CBIzBlFKmV0gEmgXcV0zfGvBk6y4e3fu6i3cn+OYtIv2lbUq4"
    "vB5KwjAInL5Nv7VREEWn9dcFGQmTBesWYJQCDGdO3FBh0d/4tARhZCl2QYyYdvwXn1bGGI"
    "oWuSFBENWlsAA0pX8B3YXCANYA3BYIBz7oaBpEetuJukAQhQcIg1srNKMBKYosa3z8emWZ"
    "1aPrdyuy4OB+gYNB+Uv/MjtFVQFH5Fa0FUQbbSY1oUDKZbFA57BAH+u/Hn352pbX7tDYes"
    "E9Wq8BVcpxQIGD++MwjtLG+09FQKuOiHNMg4vJaMEetw7/Azj8wQDYx92f5bPO/i7rX10z"
    "YVw7r3uNbXitqJrfsYzI9nJsrbHaL6prX1R3vFvqiyXuS1ySMJneHu3wa2nC8RRXz5ecQj"
    "0VhjAyvMijQp7B8ZN6jkcJhPNBbn2wgqMpCUdQ0W/JIdRyzgVBQegRQSSClxcFzq1WnmOO"
    "z/TRGoyHjifpEd2jjDAmJyOkJl6HInLtJUvr0mo/GgSNVHaZwaPGepJGaQNw6zW7c69Zbl"
    "4qq8Qsk3Xt2FqynYh+sw7ggyzlQCG0onpf2/plxBwDsPbv3fGwxc+tWaQ2Q/FeTLNHZ/vN"
    "co7Rfspdm+PumMIL7L8hQpQVD8rcH+0whhWlAg9AWqMHihDqzZDEurSPNCGYMBJyPCwEVX"
    "9HgLAwl3iA5tg/i6qS6ko/yqD8LrpXYAQ3OfwV+45xqX85Fg5fEDRJAODZu/O3F5NRFFIa"
    "X1XMYB57Ou9ODTqJxWYe5xEcsMkVi0eLLO14rMhuV3zwztFNNWQ8vLLhTx6h3xm0PUKR2J"
    "GQfKEoQIdXrsb355F+ASBWHzvxrG3dAds6mZLK5zYxwwANkZ+qnNj8VH5i89PGiY1Z6DXE"
    "mzAMULwNH+xC0H0dEy+mH4RkD23izZSCrXW+mzAM7zCqwY0506DWkUX9VMsFnDAMwGFxCM"
    "+btWOHauPkXVF7dvXMMVo7tmtz3CE7luAbEvyMV0cldmxyf7TLjtWUYxevavbyVHYdvyFw"
    "soqjU1X4SY2Djl0qlEnmSBSNDpkFxFhqysjT2YTKPIPzVr4UhXVw23jE7sIvrpEXPEovOG"
    "IL41ZSnLYMTHf22NbrYM6L1NoWCc8LtdkQhNsKRIz2oE3UUJLUgIuWbg4r9FDOW8QKyt/G"
    "DNyvYnefKAne4uCmGOwkd3dAHanoxr4irAh0PtIk8xGnEV1KYyxCXXcBvOlzLNCUKIop8f"
    "gySp40WZOAVqD2HPG5LupwrZ5GCsBOe4+p3NbcIhyLcPq629kQtL6ok6yM9T42FjTqM1nH"
    "R7LGal1h1k1Shhv+wAFTgv5QVjcqc38Hdlgaysoukog+cUhEB9uKDHumxpOnhEiCR2hCXd"
    "3PB4rb4tClEimdHsBxOnVf6EpNMnqZNRdJ04+4YvFRugEjQGY6csOJfhwjgBw4yYex0PF3"
    "IYOXGKHvAjiuh5/FCIEPsxR/bJzGl8IReyRvi0Tc/VZssUb/sQZEE9WRcEw/uCPNFpyB9j"
    "xzqCAuN82g8/eb5hynPdHs2ix3Bqqfk4A682KYHt3bAdFxSrULoJdPb8PVTe+LY+wb2wSW"
    "w9BbEghalERVrr4zLANESO2EfanPqoaEI/IBSvfJ48dV8Ofjx+X4E+6tp1sq+5wVqM7fPl"
    "6+KzOkEpZ1nUkdif5PJ6T3UNpbhAvCyGnKjYDR9djQNRUIA7y861Orr/8Ph+cyKQ=="
)
