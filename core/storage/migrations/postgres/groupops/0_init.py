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
    "eJztXW1z2ziS/iso74fYVUomcTJJxqm7Kk/Gs5PZJE4l2Zu9HW9JEAlZWJOAlgCtqHL579"
    "cNvkukRCqiTNGomprYRDdAN0Dg6Ua/fD26DmQ4kzP16NxxZCj0Wy5ujs7I1yNBfQY/lBMM"
    "yBGdzfLN+EjTsWd4aEQ69IDWtNCx0gF1NDROqKcYPHKZcgI+01wKZDkXUk9ZQGYe1RMZ+C"
    "Tug8gJocRn/pgFZ4TdMqEVmQTSJ6OYYkQiQuAio4hw9AgHdaUDo3Jx3VL/oeD/CdlQy2uG"
    "XcMof/555Ejfhwa9MH921MPRv/4Fv3Dhsi9MIRn+OrsZTjjz3IKwuYts5vlQL2bm2c/8+o"
    "3Qvxpa/KvGQ0d6oS8y+tlCT6VIGTiMCE+vmWAB1QxH0EGIMheh58VzlExD9EdkJNFb5nhc"
    "NqGhhzOH3NELZM+OhsP3l5+Hny4+D4dHK7OacOQmIn7kSIErAl5VGQFc4ys8/On09OnTF6"
    "ePnz5/+eOzFy9+fPn4JdCa911tevEteplMWlFXRmZv/vrm/Wd8IQnLLlqU+OCb4aGaRlxm"
    "MjLpF+auOAmvpzQon4IC09JMwJ+4PBOJ3NdNRfIgm4vso9nHZPj0y9Bj4lpP4dfnz9bI+X"
    "/OP77+7fzj8fNnJ0Vhv49bTk0Tij0Tc/JVNBByjqWHIn7y05MaMgaqSiGbtqKUo52qiZAz"
    "DivjejJ2AobyGNKSxfwLtGjus4pdo8C5JG83Zn2U/HCA0l8j7M9v3l18+nz+7gN27yv1H8"
    "/I6/zzBbacmqeLpafHz5fmJe2E/PHm828EfyX/vHx/YcQplb4OzIgZ3ed/HuE70VDLoZDz"
    "IXXzMkkeJ4++4RE9uckdE/hgTJ2bOQ3c4UqLPJVVtKtN/qm//IQKem0mCaWJ75mDXZrfwv"
    "HyC11U4bKMYCMui0iHLl3UxGXvmFLwaioFSUQxRE0C/mMkPfwI9AiQgbMAKIVLYDnLEH4O"
    "qLgh4wUBgKTYKirbee+bMVm2y0GnK8hsiTglsWjNorVubrRtozWLI9rHES4tWcQIIMoFHJ"
    "OvQw0HKOc1YkUUsLIso5NjVW6V22+eZfMmvCuJPW53Ez598uzFs5dPnz9L9970ybotN9le"
    "M4F6VOktgGyOzaJYi2IrUWzocn0hdFAFYrP2TRgWKYeevK6HXy9uWbAgKBifau4QGRB4zZ"
    "B6BMGwFGdkPpUDoiX+6w8QTc6n3JmSIPSgO0Ci8ynVhN1ylwkHnkT4c74CZdsa6ArQCmGw"
    "/N1HZMTdEeGKjL4aQyW5YYtvf6FfxbfRgCgJHEAIIkSSecC1ZoijHYbdAENA5AQfca0iQy"
    "d0rYjLPA5t0H0Ffl6PkHOKLBAuNWoaQD8NEXQ1sCjFz1uCirsF0AVIcfrjjzUgBVBVQgrT"
    "ZtFyB9CyMy07QtdIeFp6drYo3KOjw8XJsJPKRqpIytDDxduKhOMdu4GIMw67hmuuYXypZo"
    "s45ujhKn56WkPET08rJYxNRQEjnmoi3oS+d8t396dbAk5XxfuZfanQuvM8PRDxOo3w4h+f"
    "C8pgIsrjd+f/OCkohG8v3/81Ic+J/vXby5+XRC5DDSis0YLOsexR4EAaMnc/K3v3m4bLNO"
    "Vek3WdcexRyF+/9WVd26vTrabiEIxO+WkOhSsF22KWC4w7mORYvbdz3DPD4mvqzyi/Fkel"
    "ZsW0dbDeqOjEdHWdFUnCQI5Nfw/H4WJAAjZhQUBhukGt9/C0Al5Pas0CaJ1JnPwTY9dDE1"
    "wQCgFLhCgNq7bEYXH3Y1yJKzGChTjh1yMylSDgyObINZlTReKNlcy5ng7IyPCMUoopUOAn"
    "iYbGCQ3I8e+fLt+TsdTTk5o372Z2rCukvVw/nKO4bYXK/NtAwgm9FW4N4d7A39VEuAl9D4"
    "X75HkdQ9YyiMjZsZ6vGAq5bmZmSRl6YARo7f4mky+evmGJd0O1gDMOu4BrLOAIBzXR+DMO"
    "q/FvofEbPNlE3imDFfd3GFjGzSBcgat3W3UrNzqwTgOttrBxFBitIatzRo7C1Ydwt5niHJ"
    "s1YnV5fq09+l5Mczhzt5zmIqed5s5Nc+dM0mvcXYskg3rG6SE6d3JW20YdxWE8UGQGMINw"
    "QWhqUj5LfEWp0AN4Pg4XLECXUyC75Zqh+2lmYA7KrNM77n2z+djJ2fLjEBNrTLbG5MPZYF"
    "v3Pc19ILWlnOOxQrbhcF1RqK3ts03bJ+7UTSxxCb01xFlPJ6tyWM3ynk1zdzTLKdXnHqeR"
    "/Fa1yrR5sEGjBMIhRcr62iTyEI3/g59AbXMJd8nxZ+ax64D6xIxDHv43UeGMBea3kzNMzE"
    "GkZ0gj1ySMf8SHgs1LXZ5aGWRzUGOl4gj9DgM2aYJFciy9C1XcIdyrVhdh2prKPMfSRwBo"
    "c1ftV/rwB7qXwlvE39qBnF/xttDt46syjVXSWOfoqp++6jWmDcS0UXISpZTCs6UsvdQrc2"
    "LAF8ehBeSZHCJ+FEEPxw0ZU+1MV0+tdoaoYQ+NQ4fL0lhZQ6g1hHZ4f733QfiHDR1suqod"
    "pqtat/v2MmPVXvbgTPL/BpWwSZawlL43At9dijBGbxtlXMsYrDCXhRkwX97C2zcQZ57FCh"
    "QF2inV5qPRuSpUm49RyrBNqk09taZaxt9h6mpocrEmru8wcXVXEbg7we9eD0hqfTQRcp6n"
    "h/rA7jNn2ECwdgPBrJ22WvrWTtsSmGHODa9KqRA3bgQzhqwFPNMon781hFpDaIc3MOusuE"
    "8BW2NoN4yhFtJsI8guQZgDcJVKDotqq0yeYhOaiWkbRN9kV79UEaySQNRCOMyNiksqpjWs"
    "A1XqBFWf8zvMPXebeqZDBp9dHbvVaAczzKpmWZVzLD08iHePdKwVwlohrBWiX1aI5Bj8FJ"
    "14G07xhKrmSb4YJgdp3QM9pscwVur6XKQuyuOFObIx5+Lx2JPOjceVxqSMzo0akIknpQv/"
    "cA+dxAZkzjzMzjwoOfh3PMKVMKfIgIA8AnkL/UTanTo5w0cehydSEC1n6LqGvmnxqWPSR6"
    "qpnGPAbuS09mUmA13TMe2Gfacd5r4YYb7zLtmaV+4YdOBCbyDgmNyKtoZob6kXNkoWljLs"
    "Ec9hB21hun1HKdrwta2mokOArlGUYrOscEWu3mlMO7MLdwg7w79VF3hR20acjFQ1wfHIoa"
    "FiI4JjYU7xRZJS/JrfMkGOR2mylzPHC8dnc8ZuXpzpOKzvDHiDs2enI8ClUdBE8oIFfNzG"
    "IFcCoy5Mx4+ijOehGp0RrlTIAFIDwBUkYC5jPkPovUih+QNFfgCmqBes9YjJbXwEycy9Ej"
    "JwMeHNKGHF2DTz4ojuuT55RWZo1hsBrObwccPWOTIdmGHjV8MijkICxscUOQSON15ZoXE5"
    "MES6rKQYo/krNxU8zyfWsfem9t60mydy6wEk+AU1krDb17Tsu3cYs5fSeyjjeADm8MOWcH"
    "SaNtkjEgYr4T5lgTqKQNueFJWdZ4KK3n4Lrb/AaJX+Tiv9mZrRdJaLnDaDdZdnOVU2m0/z"
    "Equd54OY58YBW0U+a8brvBnvV5gymAxeZcrLtQ/Wm/MmKWXt++6M5Yzk/N+wyKBSfOwt8N"
    "bY5ZMJC5jQRM6QWgbK3B4nYVRqEKXzUrAs2YpJr41BrgSa98ZUELwkf0Qu5yK6Qcd77EiT"
    "JPOpJD51GVoQj9Gk5ziYxMUkaOEBMIob4ImfKmL+qaxyuGJQkzBiUxNa9WdbakA7fK+7Xd"
    "kV1qQRs7X12rOQRWu8gXRThh6Ktx0DgzX17mMhW8fG3oLmDsK4c7w73ITlIqLagG5oLiTr"
    "wroU7ESQyacLg5ViP7+s1wfKXLQCEAukL3UGocxGTo4RQpkbSr2K6nY/xpVAMAcEgLnYmn"
    "rTkyIgjt7COiPeqTNicU7qnmRFrh4eZbu/WEuWewMp51h6KOJWcBkcOo39p/I81uxSX8rN"
    "QVmez0IyC8k2Q7Kf6UZAhiT14RhAnZpg7BLzAMdICbjQTmXqqGWdPSIjrKO2GCEOQmREQ5"
    "drU1ttkQRtILQyOMtlDnfjq8g8HmtnmCuBxjPFbqEPL7OVxUmQgUJoDGE1NrnI5y0UE+wE"
    "LXehcCWGu5CRxyeREjWqbV+rAHno8Gbe2Jre9hYgWI36WFLZsK6wU4YeApFWQjItrra4uk"
    "e4OmBUlS3l6pCfjKMHmHrf8T7sFo9op1GMVZ7HiryxyAELykZ3JilDD4Rtb0zuZq+2NyZW"
    "Pd/KzShVzJrOcoHRupJ1bY47aIJ5F8V3bLDCvEujQGoaYuJsFzUvxnJpt5asI+QYLRq530"
    "3MYEJ9MiBYMiK6vOJoATGXVxgSuHoz1sIgV/AZzELocM711FBBJ9vYUqqtJl05WDtkQ2k/"
    "aZhV7/ek3kcfVsMbnQKThed14HkssuaAosBoUaNFFFWI4jdGPT0991igy8FEnmADjpga0i"
    "FF2ga+NUhOFLoqT/BwJn/78IbIUCtunI0V3qK4r8wNSeF8HxhCvBmJeoBGLt2S5KCtDFEj"
    "pdeMm9VieGySdZss4IC219azgEXfRl0BJ59S/0S7e2gW7zcNpJtxWAHXEHBFmrVfPUkb5l"
    "mbIMsBSniNRH+5/PvPby/Ih48Xr998enP5voi2TCM+ggdcGxl8vDh/uxzEDuf0FpA3x2YB"
    "rwW8lYBXChlWGM7itk0w11DVtpH5UuiptyARG+anx5y1HnPPyMi0pR5EEx4ojVXPE/8h04"
    "wBd468ZUFp4vsd916jdhByGXmY9CcW11pcezi7aOvFg5KPY/XgKhdxynCvi9vY1Es2e9iB"
    "u2IpRwYlS3jdCZey7K8udU/OOetYYTWG/WkMb8RYhsJ9DZhfVigORZIN+gOPiIeOoa6pR/"
    "yBUZxRKl060yx4oEjcDwFWRn0C4g4xy+8xJe8oLI0vpgQW0fKGiZMBURSrWdAJ8EblKW6Z"
    "iKz0BY2ipXGuxJhNpIlqMOZ1rjWqKBR70zTQRDCOCgfxpGIYvhpAy8yjC6O7+N9buOsuqw"
    "506AZ+L3XaD6EMwR1tu7YIQWemwp6ADU7A3yUXr5NM8eUnYJFkwwmI3gnDNPV8bUuaYHMs"
    "0oRnkgOHE3QAJ4i6iUoyYZ/kGM4N80PAYAUqfRLno59RpTA5/YRyD8nhaIIlvRr218IYV0"
    "KG+hH5YFpJIOeKwN8niYc1owxTlCsrSfWQpOuCF5DmRMyl+KqbzH4afdL5xPQFD7ZMvYvT"
    "vzaL/rsvNjtba2qf4KQFr/tp2aG4RsLT0qOwD8JtxeZh7Up7kHHDsgp+f8sq7D6TNxVqXr"
    "aAq3WVjKMXAt63suJMJXdYSYL6aonnWPboM/z121FPRE61Zv5MK/iOJiWnYSWWW+Hbn5X6"
    "SadhXc7SwWmTrTkm3+MqNspXWwu57c35QGpZzJhw4xrKhyhlnylFr5tBjIyld1EcthB8dw"
    "DIIZjo8tPshmyLKc647PR2e3ql2Gp+MzYb2N21+e2Mhf0tc69ZcGHyeZXa1/MEg/XWdc+Q"
    "1jSqzxC/PJTCW5CZxGklEfsrMrphixHx6Q1TeIkbLAjFvxTT1PkzqTGYCuvHMueGi7OvkW"
    "Xn29lXly6+jU5KXFXbHKlO2Lat2dpAR7Luql3YXlt3V7UG3NYNuC7zdImZYN1ekrJYx8Ct"
    "HQOrUuOtq/W1/9R4B7x3WJeq9gwGjavU9bM4nTXGWG3uMLU5Lm5e40VsuSqXtA426HFAB8"
    "vPre8gNfoBeUYEmQbkhs00MfoWVSbLxaffzh+e/vicHKOfEdLgU+ZNMEIw9j6K8N0DRWYB"
    "v41Dj5Y8pHY/yJVAz4uTR+RSOOh7HPk9JenXZ7Aq0IUY+hmQkeNRDpLXIzKnOBzm84hGEh"
    "Me+FEeMDm5EqOYfzSIsrPnq+tEDl0Zq8u+18HY5ddMNXI2yTh6dya2n+iru/rh4Uvdqod7"
    "LdpiE6XvI81xfGo02i5yPL2D1q1IuVj5vgm0LnJaaG2h9Tpo/deQKVWNraPmOuD6Ginrw+"
    "t5IMV1Kf69jYPdPOncyFCTOSwzOSdK5iLcXGkC2zTBZM+liW532v+ViIm/F9raCIB7FQHQ"
    "JwBrwdVeIGzzioP2mLfH/PpjXl5zgYd5xTGfNm845nF+pMeGHjIM8WCtfdpLwR7iMiSKX4"
    "uHXBDkJloWovRIPMCAKPgNA9+jZFuJFUxOjFHMBMeXpe9qZ5DvOO1NJ8MpVSVpjNbk4ylw"
    "WYNWY4NWqJoZWhJ6q5jWOaHMvw2km9D3Trrt3KhlAcqrQl4T2FNk26Os//xXW9LeezyVvc"
    "zsKxSzhrV7N81wqG+Vx0XZ0mGdnd/OaFTrCobVKxPWsDYYKC9KiqhmV2q5ehQ7e0c5iXkQ"
    "ZyWOrS4PFAnYhAVYMLVMW9pFlzUKd7CFTWvcJa/OQzSjWl/PPorWaqcHp5160qHNkktnHF"
    "tJuGMAqu3k0gcSpp95Jh1ilH5n6gB2bHEfunZQ2KjYZJuyNzk2O7+dnl+q9DDOnbHNPK+y"
    "2/nu/HyDjsxvt57uAred7S7PdvxllgChddaAPNf+gj0ft4WC7iTSc0w9KpyGtTdyTFbu28"
    "ld82ZX1gl979TW3etUOFzoz5oWsl9is4IuFXTHLPKfqD8zL1ppl48pBnWs80NliGsa6aP+"
    "FToQUeJEkXHGlWjmUT2RARb7mMkAFoupwoEp0KmpIHicFRSMwurikoLQVpL6pZ1hrsT7v7"
    "99e2YepB2lTtCKLhpmS4dOrdm/S0eNNfvfsdnf5k9vOTUMLVnA1bUiY/J7XSkydwddMyIl"
    "x7EV0u+YzrzrHMYBo24zgeY4rEBXBeqHmjWJmErprTBXhRmh2W0uPoqc1vGtc8azjqlhas"
    "pn7+TtWkUspRnUcpQC6qEP5LU9pkxVKRmA8uMxessw+HMBOtF4YZQlU0gxUnemHANBFqA2"
    "YXJMzHjCsYqUP8O9hEwC6Zd5T+26+8ZJN+FbBAKbifOQVC2b5q39wAmrxlo19oDVWJsmqH"
    "0Z38Cf1mgfjun7KN/dlwGzAexWq2hNq/jAAi6LkLaaqr5mMTMMNXWLS8HIWIbXU00ivjMy"
    "wi1iRKLcMabcumDzV2SURkuMopsVuvBNAn5KPjOPXQfUJ5+AZ7VyfAtjmMSQwTX8QRQ1F9"
    "ckjUyZTwbws4OPsTivw6DjyLV0BD1yNxpwEsKH5Na8Ckq7LqmZW7wzyqInreLSTcXFguu9"
    "gGsL/toHfzOPNvIDSeh7KN/d+9pYZJ0K92UN2b6sFO3Lkiz28WnaQLwFph7KuJUNQskwaC"
    "bmjKOPMt69huiX55H7hTncp16FkuhXZJJzI65HMfcBynvdpf3F6zfvzt8eP3k2iLZhUAm5"
    "ZnnRP3u8YqILA/zom2G1HE8PF/GON2Ojg22TQaTAaC0enbN4FPLECHerJDEZm53gTk/wgQ"
    "Tbovnl6ECPeptSq7dfUmeMw5doyjwqtQhHTYP1ZmBjCq2fiAeg/pQqhp4eNC6+c0YwaxQ+"
    "yQWNEAzRUYQKNympcwu/Y8PfPrwpzcezm56vRN4iHOXxIWoqZw8UkfPY8ku4+ypqAJFlRm"
    "AkL1iBd23qTfxTVhxXrA3Y2oAPY9+2NuDDN/FYC4S1QMQCfP3+f/cDrq09+EA3i8OwBx9U"
    "1LBVEb93Wz4IFfHOrl27FsjT58D7y1CP5Zc3mvlH5Tp41j7YoIgbypqKuCCYzwd0XtQwuM"
    "ZYijnXUxN94VDQmo1+7DKPg3KMVT4mmgX496pXoPyS/yKjryZIA+M2vv3lq/g2KtHJWxqk"
    "TqxHztQYh+M3VIyrP61StdhGFeSiCqwSfMdKcLrmm50YKU8PhdwC8rKhHDbM4FAXr6bXTW"
    "Qbk/dOH2th6w24DEoPuE8+9bxKY3ueb39Z4Nq3uj89ffE8tbPjL+ss65/enb99uxp5P6ML"
    "T9KSzaC6oFOOpRf7wTpdto1iTodyuc+Ei2LbzynXQrAX6HUz3STjSZ6lN9kid5ajgwWBLL"
    "n8qd4nUoYeHG373iMCpvD9G0g747DitvX19jMVh2bpdaXYJkd3js0m5+7a/HbG2vyBcjeL"
    "8z0qtTgv0QzWW53RvXKYhQLXdgSLWB6YvKvijETZ5UkoNPfIKKsUOTJ+VoJ4dKaYO1iJo1"
    "1yAttRr5tdtnJOI3jTYnO1Wh+swzkurQ/W4VtHbRyurSMWHW+HavwwwVzb5dMscFp9pnN4"
    "19YLv3fTbNLpwNMGpsw8izVlrpgyURvZLoDSFlns7CfTIUtAoDlK/1fj0FxhCSjQDDZZAm"
    "Lq4QTJa1oCPk8ZgW2AKY2ZgBUjbCadqSnPIqI8wCTt+Cwutc61CfISRHoYjBVxmNirCcZ7"
    "rRoG2hpksydapSEgHa/Bhlng6Y1N4Dt3zGpt30xZM3NLytKnK/g912KTc9FM+U8ZenAptK"
    "Q0ndYJWwGqarXp9GWn3JU/BBK2dtj/LnDXrDg2ijSbjo2Eemg24prHxkXiF6wI9bAKyCJz"
    "MsYdPGCZW3G0wTtTKq6jglxTmMHVQ2I3XX7HkWDTm+/PEVmGGia3UVhSjqWHRrTd23eyD7"
    "u5ErPMux/lf59r3ioyOzqRPsK27CfiLzmNcu0bTqIgpax9i4mJIQjXzE+yDZv4lpnEWX5F"
    "RiLEaw2TRmJuSk26PhdR6on4ypT8J5SakeO/PDktKVbZxgCb7zajTu2dZpfgtb3TvOM7zf"
    "ijWJFx5SrPGPqkS+6uNJ29I279jpjHUaO1Ixtj+h7Kt4VKPgCimp17CUef9oM925YO5GL+"
    "wMMSrKdxpegPXW0rfExM6y0LmhY47S3jIczyuJGCUOTqn2F+V3CrQ2aQCQsC6h1VGEHi1s"
    "EmE0hEV9cAIggXtwAbyZxyDeInExmY9B7RY0a0xIpLC2ORUDNGb8ix8byG2ZnwwGfuCTpf"
    "mxqw5NgN5GwGj0pTibQ20GaDSDyGtYh0CRRai8gdK0DJV9FAyDmWHoq4HR3eiKyRoSTHYq"
    "VcT8pYjnwrJFxgtPpOt5GwNR7sw63fapU9/ZY6o+t8AhDv/gGzaF6uRN3JE2zQeBSSDueG"
    "tn7wqnRx3WFqw4iTHM+noICgU9AUfvNDZ0o8WJjeYkCwBcXP3KxkgGZf9MmAmMHNlW7J1e"
    "/uB7kS2DamGhg1XhdHDkwuKFJEScMogIcYhzz0jo3qI8TAGFUpUL1CpsgkkD4wfa/Dk827"
    "eHTv8y7eneB3rxGZL21VwtX5UFKGXuD0dedbGwlRTFh/U5CRMlmwbgFGJcBwpswNAYv+Ls"
    "cVCCNPsQliJLTDf8txbYwBtMQNGUGvLsACWJT+FVYXCgNcA9isCA18PKN5EJ/bTlwFggEe"
    "YAKbFmTCA1bmWbbz/pulZYahm1crsuDgfoGDXtlL/x3tFHUFHJNb0dYQbbyZNIQCGZfFAp"
    "3DAoeY//Xo67e2rHb7xtYz6fFmBagyjj0KHM0f+zGU7rz+VAy0moi4wNQ7n4wW9HFr8N+D"
    "wR8VgG3M/Xk+a+zv8vlrciYMG8d1L7H1rxTV7nesSGRbGbaWWO0X1bUvqjvWLfhimfszrQ"
    "iYzJoHG+xahnA4pvXjJceYT0UQSiJe4nGlz/D6CcbxOEN3PoytDxZ4NaXxCir+Lb2Emk+l"
    "YiQIPaaYJvjyqsS41co40fWZuVrD/sjxKLuie5QTxuhkQGDijSuiNFayLC+tsaOh00htkx"
    "kONTSTNMgKgFur2Z1bzQrzUvtIzDNZ047NJdsJ7zdrAN7LUg4AoZXl+1pXLyPh6IG2f++u"
    "hy1+bk0jtRGK92KaPT7ZbpYLjPZT7tocd0cVnlH/LVOqKnlQrn2wQRkGSgAPSNqgBopS8G"
    "ZEU5PaR0cumNgTcTyqFIe/IyBURY9kQKbUP4uzkppMP6BQ/hC3lSjBu+z+SvwgpDa/HCtH"
    "zhgZpQDw7P35u4vRIHYpTZ4CM6rHnom7g05Hidii4TxGAzG6Eklvsaad9BXr7cCH7xw3Qp"
    "dJ96DDnzwifxdY9ojEYidKyxlQ4BleOxvfn0fmBZAYPnbmWd26A7p1OiW1720Shh4qIj/V"
    "ubH5qfrG5qeVG5tooTcQb8rQQ/Hu+GIXne6bqHgJfS8ku28VD87XsnKf1Qs5ZeiBPr0Pw5"
    "BVs/oKwYuWki2LThYYrZrVtTnukJrF6A0LfqGLowo1K23fqGYZyqFLFw1LTYLaIW8YXvzR"
    "+NIPf4J+yLHLFWgMjiZx7+j4ziJFAnQQE+wG2gNeB8q5Kk3T2sYQm/OS4BjmZWi+JuVylp"
    "IlJiRupuPYzCXYZjOX9OYiJvluakt4WnrC9UG4rcDGeD9aRRIVfvi0bOkW8MMBynmNWBEQ"
    "2Gvu+5Wf7TNnwTsa3JQDoLR1A/zRQDf0gbAm+PnE02A9mjkhwYkxC02qADQAT6kiYwYUY+"
    "bJeRzvFwX6IYLBdGnMlyYPwTWMxkoAUHvD1K7EbXOzWYRzqLud9Zo6lOMkL2Ozjw0Vj0sj"
    "NrGbLLFa85g1nVThhj9oIEDQH6tSHeXaN2CHeURZ22wS06dGivguFsioF6Ul8kCILHhERt"
    "w1JWgwHysNXa4JnOkB3gBz95VJLqTjl1kym+x6iCuR3P5GYATJoiLSeAmdXGsTBy+fsS9y"
    "/EMo8CUG5IcAb5jxZzUgaNesxB/rzSvWQ7szt8gWa1is0ROsgQ4wTSSc0PfumrMFY6C94+"
    "wriCtMM575201zgdPecnZtljsD1c9ZwJ1pOUyP2zZAdJpRbQLo1dO744Sc98Uw1loZ+lsW"
    "KF4W91N9fOdYeoiQdgj+c65g8Fk1kHBM3kPpPnn8uA7+fPy4Gn9i23KEIOjnouTo/P3T5f"
    "sqRSplWT4zuaPJ/5kY6gOU9hrhojAKJ+WKj+OyO+PSEYgd/HzXt1bf/h/TAJxa"
)
