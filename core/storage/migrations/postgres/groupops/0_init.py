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
    "used_at" TIMESTAMPTZ
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
    "eJztXW1z2ziS/iso74fYVUomcTJJxqm7Kk/Gs5PZJE4l2Zu9HW9JkAhZWJOAlgCtqHL579"
    "cNvkukRCqiTNKomprYZDdIN0D0041++Xp07ctgLufq0flkIgOh33Jxc3RGvh4J6jH4oZhg"
    "QI7ofJ69jZc0HbuGh4akQxdozR06VtqnEw03p9RVDC45TE18PtdcCmQ5F1LPmE/mLtVT6X"
    "skGoPIKaHEY96Y+WeE3TKhFZn60iOjiGJEQkLgIqOQcPQIH+rICTyVi+uGxg8E/0/Ahlpe"
    "MxwanvLnn0cT6XlwQy/Nnx2OcPSvf8EvXDjsC1NIhr/Ob4ZTzlwnJ2zuIJu5PtTLubn2M7"
    "9+I/Svhhb/qvFwIt3AEyn9fKlnUiQMHJ4IV6+ZYD7VDJ+g/QBlLgLXjeYonobwj0hJwrfM"
    "8DhsSgMXZw65wxdIrx0Nh+8vPw8/XXweDo/WZjXmyExEdGkiBa4IeFVlBHCNr/Dwp9PTp0"
    "9fnD5++vzlj89evPjx5eOXQGved/3Wi2/hy6TSCocyMnvz1zfvP+MLSVh24aLEC98MD9U0"
    "5DKTkUo/N3f5SXg9o37xFOSYVmYC/sTVmYjlvmkq4gvpXKQfzSEmw6Nfhi4T13oGvz5/tk"
    "HO/3P+8fVv5x+Pnz87yQv7fXTn1NxCsadijr+KGkLOsPRQxE9+elJBxkBVKmRzLy/lcKeq"
    "I+SUw8q4mownPkN5DGnBYv4F7mjusZJdI8e5Im8nYn0U/9BB6W8Q9uc37y4+fT5/9wGH95"
    "T6j2vkdf75Au+cmqvLlavHz1fmJRmE/PHm828EfyX/vHx/YcQplb72zRNTus//PMJ3ooGW"
    "QyEXQ+pkZRJfji99QxU9vcmoCbwwppObBfWd4dodeSrLaNdveafe6hUq6LWZJJQmvmcGdm"
    "l+C+rlF7osw2UpwVZcFpIOHbqsiMveMaXg1VQCkohiiJoE/MdIovwIjAiQgTMfKIVDYDnL"
    "AH72qbgh4yUBgKTYOirb++jbMVm6y8Gga8hshTghsWjNorV2brRNozWLI5rHEQ4tWMQIII"
    "oFHJFvQg0dlPMGsSIKWFuWoeZYl1vp9ptl2b4J70tij5vdhE+fPHvx7OXT58+SvTe5smnL"
    "jbfXVKAuVXoHIJthsyjWothSFBs4XF8I7ZeB2PT+NgyLlENXXlfDrxe3zF8SFIxHNZ8Q6R"
    "N4zYC6BMGwFGdkMZMDoiX+6w0QTS5mfDIjfuDCcIBEFzOqCbvlDhMTuBLiz8UalG3qQVeA"
    "VgiD5e88IiPujAhXZPTVOCrJDVt++wv9Kr6NBkRJ4ABCECGSLHyuNUMcPWE4DDD4RE7xEt"
    "cqdHTC0Io4zOVwD4Yvwc+bEXLGkAXClZua+jBOTQRdDiwK8fOOoOJuAXQOUpz++GMFSAFU"
    "pZDC3LNouQVoeTIrUqEbJDwr1J0NCvfoqLs4GXZSWcsUSRh6uHgbkXC0Y9cQccph13DFNY"
    "wvVW8RRxw9XMVPTyuI+OlpqYTxVl7AiKfqiDem793y3b92i8Hpung/sy8lVneWpwci3mQR"
    "Xvzjc84YjEV5/O78Hyc5g/Dt5fu/xuQZ0b9+e/nzishloAGF1VrQGZYDChxIA+YcZmXvf9"
    "NwmKbcrbOuU44DCvnrt76sa3t0utNUdMHplJ3mQDhSsB1mOce4h0mOzHs7xz1zLL6m3pzy"
    "a3FU6FZM7g42OxUnEV3VYEUSM5BjM97DcbAcEJ9Nme9TmG4w613UVsDrSq2ZD3fnEif/xP"
    "j10AXnB0LAEiFKw6otCFjc/zOuxJUYwUKc8usRmUkQcOhz5JosqCLRxkoWXM8GZGR4RgnF"
    "DCjwk0RH45T65Pj3T5fvyVjq2UnFk3czOzYU0h6ud0cVN21QmX9rSDimt8KtINwb+LvqCD"
    "em76Fwnzyv4shaBREZP9bzNUch1/XcLAlDD5wAjZ3fpPJF7RsURDeUCzjlsAu4wgIOcVAd"
    "iz/lsBb/Dha/wZN15J0wWHF/h4NlXA/C5bh6t1U3cqID69TXagcfR47ROrJa5+TIHX0IZ5"
    "cpzrBZJ1ab59f6o+/FNAdzZ8dpznPaaW7dNLfOJb0h3DVPMqjmnB5icCdnlX3UYR7GA0Xm"
    "ADMIF4QmLuWzOFaUCj2A6+NgyXwMOQWyW64Zhp+mDma/yDu959G3u48nGV9+lGJincnWmd"
    "ydDbbx2NPMB1JZyhkeK2SbDtcWg9r6Ppv0feJOXccTF9NbR5yNdLImh7Us79k0t8eynFF9"
    "7nIaym/dqkxuD7ZYlEA4pEhZ3ZpEHqLxf/ATmG0O4Q45/sxcdu1Tj5jnkIf/TVQwZ7757e"
    "QMC3MQ6RrSMDQJ8x/xomCLwpCnRh6yPamx1HCEcYc+m9bBIhmW3qUq7hHulZuLMG11ZZ5h"
    "6SMAtLWrDit9+AOdS+Euo2+tI/or2hbarb5Ky1jFN6uorurlq15j2UAsGyWnYUkp1C1F5a"
    "VeGY0BXxyHOyDPWIl4YQY9qBsypnoyW9dazTyigj80Sh0uKmNlHaHWEdri/fXeJ+F3GzrY"
    "clV7LFe1afftZcWqg+zBqeT/DSZhnSphCX1vBL6/EmGM3taquJYyWGGuCtNnnryFt68hzi"
    "yLFSgKtFWmzUdjc5WYNh/DkmHbTJtqZk25jL/D1VXT5WJdXN/h4mqvIXB3gt+/HRD3+qgj"
    "5CxPD+2B/VfOsIlgzSaCWT9tufStn7YhMMMmN7yspEJ0cyuYMWQN4Jla9fytI9Q6Qlu8gd"
    "lgxUMK2DpD2+EMtZBmF0G2CcJ0IFQqVhblXpksxTY0E9HWyL5Jj36pItglgailmDAnbC6p"
    "mNawDlRhEFR1zu9w99xt6ZkWOXz2pXbL0Q5WmFX1qipnWHqoiPePdKwXwnohrBeiX16IWA"
    "1+CjXeFi0eU1XU5MthrEirKvSIHtNYqeNxkYQoj5dGZWPNxeOxKyc3LlcaizJObtSATF0p"
    "HfiHuxgkNiAL5mJ15kGB4t/zE66E0SIDAvLw5S2ME1p36uQML7kcrkhBtJxj6BrGpkVax5"
    "SPVDO5wITdMGjty1z6umJg2g37Tj/MfXHCfOdZsnWv3DHowIVeQ8ARuRVtBdHeUjeoVSws"
    "YTggnsMBmsJ0h85StOlrO01FiwBdrSzFelXh8ly9s5j25hduEXaGf8sO8MJ7W3EyUlUEx6"
    "MJDRQbEXwW1hRfxiXFr/ktE+R4lBR7OZu4wfhswdjNizMdpfWdAa9/9ux0BLg0TJqIXzCH"
    "j5t4yJXArAsz8KOw4nmgRmeEKxUwgNQAcAXxmcOYxxB6LxNo/kCRH4ApHAV7PWJxGw9BMn"
    "OuhPQdLHgzilkxN828OKJ7rk9ekTm69UYAqzl83LB1jswA5rHRq2ETRyEB42OJHALqjZd2"
    "aFxNDJEOK2jGaP7KbQ3Ps4V17LmpPTdtp0ZuPIEEv6BaEnb6WpZ9/wFj9lD6AG0cO+AO77"
    "aEQ21aZ4+IGayE+1QF6igEbQcyVPZeCSp8+x2s/hyjNfpbbfSnZkbdWc5z2grWbZ7lxNis"
    "P80rrHaeOzHPtRO28nzWjdd6N96vMGUwGbzMlZe5P9jszpsmlJXPu1OWM5KJf8Mmg0rxsb"
    "vEU2OHT6fMZ0ITOUdq6StzehynUalBWM5LwbJkay69Jh5yJdC9N6aC4CH5I3K5EOEJOp5j"
    "h5YkWcwk8ajD0IN4jC69yQSLuJgCLdwHRnEDPNFVRcw/pV0O1xxqEp5Y14VW/tkWOtC6H3"
    "W3L7/ChjJitrdecx6ycI3XkG7C0EPxNuNgsK7eQyxkG9jYW9DcQhh3jmeH27BcSFQZ0A3N"
    "gWRVWJeAnRAyeXRpsFIU55eO+kCZg1YAYr70pE4hlNnIyTFCKHNCqddR3f6fcSUQzAEBYC"
    "62od/0NA+Iw7ewwYh3GoyYn5OqmizP1UNVtv+DtXi515ByhqWHIm4El4HSqR0/leWxbpfq"
    "Uq4PyrJ8FpJZSLYdkv1MtwIyJKkOxwDqVARjl1gHOEJKwIV+KtNHLR3sERlhH7XlCHEQIi"
    "MaOFyb3mrLOGkDoZXBWQ6bcCc6iszisWYecyXQeabYLYzhpr6yqAgyUAiNKazGJxfGvAVi"
    "ioOg5y4QjsR0FzJy+TQ0okaV/WslIA8D3swbW9fbwRIEy1EfizsbVhV2wtBDINJISqbF1R"
    "ZX9whX+4yqoqVcnvKTcvQAUx8634fdooqe1MqxyvJYkdcWOWBBWevMJGHogbDticnd7NX2"
    "xMSa5zuFGSWGWd1ZzjHaULK2zXELXTDvwvyOLV6Yd0kWSEVHTFTtouLBWKbs1op3hByjRy"
    "Pzu8kZjKlPBgRbRoSHVxw9IObwClMC10/GGnjIFXwG8wAGXHA9M1QwyC6+lHKvSVsUa4t8"
    "KM0XDbPm/YHM+/DDqnmik2Oy8LwKPI9EVh9Q5BgtarSIohRRSB9U3UcGs6p0CZzIkWzDEo"
    "Z46IfUBytlbsNVbO2sO9+UbGny7rvUqbrZLYgiw2f1rdW3Zfr2N0ZdPTt3mV+ibbMEW3Tt"
    "zJAOKdLWiGVFcqIwNWiKxjD524c3RAZacZPcozBqwXllIhJy9vTAEGIkQjgC3OTSKSjG3c"
    "gjKpTQnHOzWgyPbWpii/N0aHttvOpm+G1UFXD8KfVPtPt3hUT7TQ3pphxWwBUEXFLW9FdX"
    "0pp1TafI0kEJb5DoL5d///ntBfnw8eL1m09vLt/n0Za5iZfgAtdGBh8vzt+uFo0BPb0D4s"
    "2wWcBrAW8p4JVCBiUHVdG9bTDXUFU+k/Kk0DN3SUI27AeDNeJd5pyRkbmXROxOua80cWgS"
    "r2tuY4L7RN4yv7DRzJ5Hr+DgQi4jD1NuzOJai2u7s4s27hGLP451xVXiEIsZ7nUzOVvq0F"
    "br7LifVk2kX7CEN2m4hGW7kuuCjA+o52wgo7UYDmcxvBFjGQjnNWB+WWI45Em22A88JB5O"
    "DHVFO+IPrJoQlq6nc838B4pE4xBgZdQjIO4Aq+ofU/KOwtL4YlpOEi1vmDgZEEWxexSdAm"
    "/YDuqWidBLn7MoGnrOlRizqTRZhMa9zrVGE4XiaJr6mgjG0eAgrlQMy0X4cGfu0qWxXbzv"
    "bZR5l11+WhTxtkfNV25qdKHtzx1tu7bpT2umwmrAGhrwd8nF67gzS7EGzJNs0YAYDThMWr"
    "1U9qQJtsCmiKiTJqCcYADQIBjngC0QcUxyDHrD/BDFe51E/V/mVClsBjOl3EVyUE2wpNfT"
    "7Bt4xpWQgX5EPpi7xJcLReDvk8TFHo2GKaxNGZdWistjwgtIoxEzJTWrNo+ZhZ90SSzanx"
    "nzLiq3Xi/b/r747Gx82iHBSQNZbrMipbhBwrNCVdgH4Tbi87B+pQPIuGYbI6+/bYz23zmD"
    "CrUoWsDltkrK0QsBH9pYmcwkn7CChjDlEs+wHDBH5+u3o56InGrNvLlW8B1NC7RhKZZb4z"
    "ucl/pJq2FdxtPBaZ2tOSI/4Co2xldTC7npzbkjvaPmTDgopo5K2WNK0et6ECNl6V3WZCNV"
    "vuwh1U7asAsuuuw0OwHbYYpTLju97Z5eKXaa35TNFlJp2/y2xsP+ljnXzL8w9TML/etZgs"
    "Fm77prSCs61eeIXx5K4S7JXOK0kpD9FRndsOWIePSGKTzE9ZeE4l+KZWG9udSYTIX92tnk"
    "houzr6Fn59vZV4cuv41OCkJVm3xSlTIptkd6DRvJhqu2YXu1Cdzdd+A6zNUFboJNe0nCYg"
    "MDdw4MLCtFu6m35uFL0XZ477AhVc05DGp3he1nM1jrjLHWXDetOS5uXuNBbLEpF98dbLHj"
    "gA6Wn1M9QGr0A/KMCDINyA2ba2LsLapMlYtPv50/PP3xOTnGOCOkwavMnWKGYBR9FOK7B4"
    "rMfX4bpR6tREjt/yFXAiMvTh6RSzHB2OMw7iludzKHVYEhxDDOgIwmLuUgeT0iC4qPw3oe"
    "4ZPElPteWHdTTq/EKOIfDcJuKNludmFAV8rqsO8NMHb4dVSMrOqmnXL0Tic2X1izvfZh96"
    "VuzcOD1veyjUkO0VYg0hq1tosMT++gdSNSZl/mHJT1DtA6z2mhtYXWm6D1XwOmVDm2Dm9X"
    "AdfXSFkdXi98Ka4L8e9tlOzmysmNDDRZwDKTC6JkJsPNkSaxTRNsrlBYWH6v41+JiPh7oa"
    "3NALhXGQB9ArAWXB0EwtYvTmvVvFXzm9W8vOYClXmJmk9ub1HzOD/SZUMXGYaoWCtreynY"
    "Q1yGRPFr8ZALgtxEy1yWHokeMCAKfsPE97DYVuwFk1PjFDPJ8UXlu5p5yHdoezPIcEZVQR"
    "mjDfV4clzWoVXboRWoeo6WmN4aplU0lPm3hnRj+t5Jt5kTtTRBeV3IGxJ78mwHlPWf/2pK"
    "2gfPp7KHmX2FYtaxdu+mGZT6TnVclG3V2dr5bY1FtalBZ7W2nDV7cYLxoqQIe2QmnqtHUb"
    "B3WJOY+1FV4sjr8kARn02Zjw3Ki6ylfQxZoXEHW9qyxm2K6uyiG9XGevZRtNY67Zx16soJ"
    "rVdcOuXYScItA1BNF5fuSJp+GpnUxSz91vTdbdni7rp1kNuo2HSXtjcZNju/rZ5fqvQwqp"
    "2xyzyvs9v5bv18g43Mb3ee7hy3ne02z3b0ZRYAoU3egCzX4ZI9HzeFgu4k03NMXSomNXtv"
    "ZJis3HeTu+b1jqxj+t6Zrfu3qfBxgRe+Vg0Jr7BZQRcKumUe+U/Um5sXLfXLRxSDKt75oT"
    "LEFZ304fgKA4gomYSZcSaUaO5SPZU+NvuYSx8Wi+nCgSXQqekgeJw2FAzT6qKWgnCvoPRL"
    "M4+5Eu///vbtmbmQDJQEQSu6rFktHQa1bv82qRrr9r9jt7+tn95waRhasIDLe0VG5Pe6U2"
    "TmDLpiRkqGYyek3zKbed81jH1GnXoCzXBYga4L1As0q5MxldBbYa4LM0Szuxx85Dlt4Fvr"
    "nGctM8PUjM/fyduNhlhCM6gUKAXUQw/IK0dMma5S0gfjx2X0lmHy5xJsovHSGEumkWJo7s"
    "w4JoIswWzC4phY8YRjFylvjnsJmfrSK4qe2vfwtYtuwrcIBLYSZ5dMLVvmrfnECWvGWjO2"
    "w2asLRPUvIxv4E+rtQ9H9H2U7/7bgNkEdmtVNGZVfGA+l3lIW05V3bKYG4aKtsWlYGQsg+"
    "uZJiHfGRnhFjEiYe0Y025dsMUrMkqyJUbhyQpdeqYAPyWfmcuufeqRT8Cz3jm+gWeYwpD+"
    "NfxBFC0XxxSNTJhPBvDzBC9jc94Jg4HD0NIRjMid8IHTAD4kp+JRUDJ0Qc/c/JlRmj1pDZ"
    "d2Gi4WXB8EXFvw1zz4m7u0VhxITN9D+e4/1sYi60S4LyvI9mWpaF8WVLGPtGkN8eaYeijj"
    "RjYIJQO/nphTjj7KeP8WoldcR+4XNuEedUuMRK+kkpwTcj2KuDso702H9hev37w7f3v85N"
    "kg3IbBJOSaZUX/7PGaiy7w8aOvh9UyPD1cxHvejI0NtksFkRyj9Xi0zuORqxMjnJ2KxKRs"
    "doJbPcEdSbZF98tRR1W9LanV2y+pNc7hS3RlHhV6hMNbg81uYOMKrV6IB6D+jCqGkR40ar"
    "5zRrBqFF7JJI0QTNFRhAonbqlzC7/jjb99eFNYj2c/I1+JrEc4rOND1EzOHygiF5Hnl3Dn"
    "VXgDRJY6gZE85wXet6s3jk9ZC1yxPmDrA+7Gvm19wN138VgPhPVARAJ8/f5/DwOurT+4o5"
    "tFN/zBncoatibi927LnTAR7+zYtW2JPH1OvL8M9Fh+eaOZd1Rsg6f3B1sMcUNZ0RAXBOv5"
    "gM2LFgbXmEux4Hpmsi8mFKxmYx87zOVgHGOXj6lmPv696hUYv+S/yOirSdLAvI1vf/kqvo"
    "0KbPKGHlIl1yPjaozS8WsaxuWfVqFZbLMKMlkF1gi+YyM4WfP1NEbC00MhN4C8bCqHTTPo"
    "6uLV9LqObCPy3tljDWy9Ppd+oYL75FHXLXW2Z/kOVwWuea/709MXzxM/O/6yybP+6d3527"
    "frmfdzunQlLdgMyhs6ZVh6sR9ssmWbaObUlcN9JhwU22G0XAPJXmDXzXWdiidZlt5Ui9xb"
    "jQ7m+7Lg8Kd8n0gYeqDaDr1H+Ezh+9eQdsphxW376x1mKrrm6XWk2KVGd4bNFudu2/y2xt"
    "v8gXInzfM9KvQ4r9AMNnudMbxymKYCVw4EC1kemLqr4oyE1eVJIDR3ySjtFDkycVaCuHSu"
    "mDNYy6NdCQLb06jbQ7YyQSN40mJrtdoYrO6oSxuD1X3vqM3DtX3EQvXWVeeHSebarZ5mjt"
    "PaM63Du7Zf+L2bZlNOB67WcGVmWawrc82VidbIbgmUtsliaz+ZFnkCfM1R+r+agOYST0CO"
    "ZrDNExBRD6dIXtET8HnGCGwDTGmsBKwYYXM5mZn2LCKsA0ySgc+iVutcmyQvQaSLyVghh8"
    "m9mmK+17pjoKmHbI9EK3UEJM+rsWHmeHrjE/jOHbPc2jdTVs/dkrD06Qj+wL3Y5ELUM/4T"
    "hh4cCq0YTadV0laAqtxsOn3ZqnDlD76ErR32vwvcNUvURp5mm9qIqYdmI66oNi7iuGBFqI"
    "tdQJZpkDHu4D5Lw4rDDX4yo+I6bMg1gxlcVxL7GfI7VIItb364QGQZaJjcWmlJGZYeOtH2"
    "799JP+z6Rswq72GM/0OueWvI7EkjfYRt2YvFX6CNMve3aCI/oax8iomFIQjXzIurDZv8lr"
    "nEWX5FRiLAYw1TRmJhWk06Hhdh6YnoyJT8J5CakeO/PDktaFbZxAO2n22Gg9ozzTbBa3um"
    "ecdnmtFHsSbj0lWeMvTJltxfazp7Rtz4GTGPskYrZzZG9D2UbwOdfABE1dN7MUef9oMD+5"
    "Y6cjDf8bQEG2lcKvqum225j4lpvWND0xynPWXswiyPaxkIea7+Oeb3Bbda5AaZMt+n7lGJ"
    "EyS6O9jmAgnpqjpABOHiFmAjWVCuQfxkKn1T3iO8zIiW2HFpaTwSas7oDTk2kdcwO1Pue8"
    "w5weBr0wOWHDu+nM/hUmEpkcYetN0hEj3DekTaBAqtR+SODaD4q6gh5AxLD0XcjA1vRFbL"
    "UZJhsVKuJmVsR74TEs4xWnun3UjYOg8OEdZvrcqefkutsXU+AYh3/oBZNC9XYO5kCbZYPA"
    "pJhwtDWz15VTq47rC0YchJjhczMEAwKGgGv3nBZEZcWJjuckDwDoqfOWnLAM2+6JMBMQ83"
    "R7oFR7/7f8iVwHtjqoFR43FxGMDkgCFFlDSMAniICcjD6NiwP0IEjNGUAtMrYIpMfekB0/"
    "cGPNm6i0f3vu7i3Ql+/xaR+dLWJVxeDyVh6AVO36TfmiiIYtL664KMhMmCdQswSgHGZMac"
    "ALDo73JcgjCyFNsgRkw7/LccV8YYQEucgBGM6gIsgE3pX2F3ocDHNYC3FaG+hzqa+5Henk"
    "RdIBjgASbw1pJMuc+KIsv2Pn69sszw6Prdiiw4uF/goFf+0n+HO0VVAUfkVrQVRBttJjWh"
    "QMplsUDrsEAX678eff3WlNfu0Nh6Ll1erwFVynFAgaP74zCO0r33n4qAVh0R55h6F5PRgD"
    "1uHf4HcPijAbCLuz/LZ539bda/pmbCsHZe9wpb/1pR7X/HCkW2k2NrhdV+UW37otrj3YIv"
    "ljk/05KEyfT2YItfyxAOx7R6vuQY66kIQknIS1yu9BkeP8FzXM4wnA9z6/0lHk1pPIKKfk"
    "sOoRYzqRjxA5cppgm+vCpwbjXynPD4zByt4XjkeJQe0T3KCGN0MiAw8SYUURovWVqX1vjR"
    "MGiksssMHzU0kzRIG4Bbr9mde81y81JZJWaZrGvH1pJtRfSbdQAfZCn7gNCK6n1t6pcRc/"
    "TA2r93x8MWPzdmkdoMxXsxzS6f7jbLOUb7KbdtjttjCs+p95YpVVY8KHN/sMUYBkoAD0ha"
    "oweKUvBmRFNT2keHIZg4Epm4VCkOf4dPqAovSZ/MqHcWVSU1lX7AoPwhuldgBO9z+Cvxg5"
    "Da/HKsJnLOyCgBgGfvz99djAZRSGl8FZjRPHZN3h0MOorFFj7OZdQXoysRjxZZ2vFYkd0O"
    "fPjO0U0YMh4ebPiTR+TvAtsekUjsRGk5BwrU4ZWr8f15ZF4AieFjZ661rVtgWydTUvncJm"
    "booSHyU5UTm5/KT2x+WjuxCRd6DfEmDD0U754PdjHovo6JF9P3QrKHNvFAvxa1+yxfyAlD"
    "D+zpQziGrJnVVwie95Ts2HQyx2jNrLbNcYvMLEZvmP8LXR6VmFnJ/a1mlqEcOnRZs9UkmB"
    "3yhuHBH40O/fAnGIccO1yBxTDRJBodA99ZaEiADWKS3cB6wONAuVCFZVqbeMT2uiT4DPMy"
    "NNuTcrVKyQoTEtezcWzlErxnK5f05iAm/m4qS3hWqOH6INxGYGO0H60jiZI4fFq0dHP4oY"
    "Ny3iBWBAT2mPt+1Wf7zJn/jvo3xQAoubsF/migG3pAWBH8fOJJsh5Ng5BAY8wDUyoAHcAz"
    "qsiYAcWYuXIR5fuFiX6IYLBcGvOkqUNwDU9jBQCoucdU7sRta7NZhNPV3c5GTXVFnWRlbP"
    "axoeJRa8Q6fpMVVuses66TMtzwB/UFCPpjWamjzP0t2GERUlZ2m0T0iZMiOosFMuqGZYlc"
    "ECLzH5ERd0wLGqzHSgOHawI63ccTYO68MsWFdPQyK26TfT/iSsSnvyEYQbKwiTQeQsfH2m"
    "SCh884Fjn+IRD4EgPyg48nzPizGhD0a5bij83uFRuh3ZpTZIs1LNboCdbAAJg6Eo7pe3fM"
    "2YAz0J5x9hXE5aYZdf5u05zjtKecbZvl1kD1c+bzyawYpkf3tkB0mlJtA+jl07vngpz3xT"
    "HWWBv6W+YrXpT3U66+Myw9REh7BP+ZUDD4rGpIOCLvoXSfPH5cBX8+flyOP/HeaoYg2Oei"
    "QHX+/unyfZkhlbCs6kw+0eT/TA51B6W9QbgojJymXItxXA1nXFGBOMDPd31q9e3/AeH0/g"
    "w="
)
