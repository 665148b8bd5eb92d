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
    "eJztXW1z2ziS/iso74fYVYoncTJJxqm7Kk/Gs5PZJE4l3pu9HW9JEAlZWJOAlgCtqHL+74"
    "cG+CqREimLMkmjampik90g3QDRTzf65fvBdcDDGZ+J4zPH4SGTHyi7OThF3w8Y9on6oZhg"
    "gA7wbJa9DZckHnuaBxvSoado9R08FjLAjlQ3J9gTRF1yiXACOpOUM2A5Y1xOSYBmHpYTHv"
    "goGgPxCcLIJ/6YBKeI3BImBZoE3EejiGKEDKHiQiNDODqGh7rcUU+l7Lqh8UNG/xOSoeTX"
    "BIZWT/nzzwOH+766IRf6zzYjHPzrX+oXylzyjQggg19nN8MJJZ6bEzZ1gU1fH8rFTF/7mV"
    "6/Z/JXTQt/1XjocC/0WUo/W8gpZwkDVU9UV68JIwGWBJ4ggxBkzkLPi+YongbzR6Qk5i0z"
    "PC6Z4NCDmQNu8wLptYPh8NPF5fDr+eVweLAyqzFHZiKiSw5nsCLUqwotgGt4hac/nZy8eP"
    "H65NmLV29+fPn69Y9vnr1RtPp9V2+9vjMvk0rLDKVl9v6v7z9dwgtxtezMooQLd5oHS2y4"
    "9GSk0s/NXX4S3k1xUDwFOaalmVB/4vJMxHJfNxXxhXQu0o9mH5Ph429Dj7BrOVW/vnq5Rs"
    "7/c/bl3W9nXw5fvTzKC/tTdOdE3wKxp2KOv4oaQs6w9FDEz396XkHGiqpUyPpeXspmp6oj"
    "5JTDyriajJ2AgDyGuGAx/6LuSOqTkl0jx7kkbzdiPY5/6KD01wj78v3H86+XZx8/w/C+EP"
    "/xtLzOLs/hzom+uli6evhqaV6SQdAf7y9/Q/Ar+ufFp3MtTi7kdaCfmNJd/vMA3gmHkg8Z"
    "nw+xm5VJfDm+dAcqenKTURNwYYydmzkO3OHKHX7Cy2hXb/kn/vIVzPC1niSQJrxnBnZJeq"
    "vUyy94UYbLUoKNuMyQDl28qIjLPhIh1KuJBCQhQQA1MfUfQYnyQ2pEBRkoCRQlc5FazjxU"
    "PweY3aDxAimAJMgqKtv56JsxWbrLqUFXkNkScUJi0ZpFa+3caJtGaxZHNI8jXFywiAFAFA"
    "s4Il+HGjoo5zViBRSwsiyN5liVW+n2m2XZvAnvSmLPmt2ET56/fP3yzYtXL5O9N7mybsuN"
    "t9dUoB4Wcgsgm2GzKNai2FIUG7pUnjMZlIHY9P4mDAuUQ49fV8Ov57ckWCAQjI8ldRAPkH"
    "rNEHsIwDBnp2g+5QMkOfzrDwBNzqfUmaIg9NRwConOp1gicktdwhx1xeDP+QqUbepBVwqt"
    "IKKWv3uMRtQdISrQ6Lt2VKIbsrj7C/7O7kYDJLjiUIRKhEAyD6iUBHC0Q2AYxRAgPoFLVA"
    "rj6FRDC+QSj6p7avgS/LweIWcMWUW4dFPiQI1TE0GXA4tC/LwlqHhYAJ2DFCc//lgBUiiq"
    "Ukih71m03AK07EyLVOgaCU8LdWeDwj046C5OVjspr2WKJAw9XLyNSDjasWuIOOWwa7jiGo"
    "aXqreII44eruIXJxVE/OKkVMJwKy9gwFN1xBvT92757l67xeB0VbyX5FuJ1Z3l6YGI11mE"
    "5/+4zBmDsSgPP5794yhnEH64+PTXmDwj+ncfLn5eEjkPpUJhtRZ0hmWPAlekIXH3s7J3v2"
    "m4RGLq1VnXKccehfz9ri/r2h6dbjUVXXA6Zac5ZC5nZItZzjHuYJIj897Occ8ci++wP8P0"
    "mh0UuhWTu4P1TkUnoqsarIhiBnSox3s6DhcDFJAJCQKspluZ9R5oK8XrcSlJoO7OOEz+kf"
    "brgQsuCBlTSwQJqVZtQcDi7p9xxa7YSC3ECb0eoSlXAjY+RyrRHAsUbaxoTuV0gEaaZ5RQ"
    "TBUFfJLgaJzgAB3+/vXiExpzOT2qePKuZ8eGQtrD9e6o4qYNKv1vDQnH9Fa4FYR7o/6uOs"
    "KN6Xso3OevqjiylkFExo/1asVRSGU9N0vC0AMnQGPnN6l8QfuGBdEN5QJOOewCrrCADQ6q"
    "Y/GnHNbi38Li13iyjrwTBivuezhYxvUgXI6rd1t1Iyc6ap0GUmzh48gxWkdW65wcuaMP5m"
    "4zxRk268Rq8/xaf/SjmOZw5m45zXlOO82tm+bWuaTXhLvmSQbVnNNDCO6kpLKP2uRhPBFo"
    "pmAGogzhxKV8GseKYiYH6vo4XJAAQk4V2S2VBMJPUwdzUOSd3vHom93HTsaXH6WYWGeydS"
    "Z3Z4NtPPY084FUlnKGxwrZpsO1xaC2vs8mfZ+wU9fxxMX01hFnI52syWEty0c2ze2xLKdY"
    "nnkUG/mtWpXJ7cEGi1IRDjFQVrcmgQdJ+J/6SZltLqIuOrwkHrkOsI/0c9DT/0YinJFA/3"
    "Z0CoU5EPc0qQlNgvxHuMjIvDDkqZGHbE5qLDUc1bjDgEzqYJEMS+9SFXcI98rNRTVtdWWe"
    "YekjALS1q/YrffUHuhfMW0TfWkf0V7QttFt9lZaxim9WUV3Vy1e9g7KBUDaKT0xJKdAtRe"
    "Wl3mqNob44qu4oecZKxDcZ9ErdoDGWznRVazXziAr+0Ch1uKiMlXWEWkdoi/fXR5+E323o"
    "YMtV7bBc1brdt5cVq/ayB6eS/7cyCetUCUvoeyPw3ZUII/i2VsW1lMEKc1mYAfH5rXr7Gu"
    "LMsliBgkBbZdp80TZXiWnzxZQM22TaVDNrymV8D1dXTZeLdXHdw8XVXkPg4QS/ezsg7vVR"
    "R8hZnh7aA7uvnGETwZpNBLN+2nLpWz9tQ2CGODe0rKRCdHMjmNFkDeCZWvX8rSPUOkJbvI"
    "HZYMV9Ctg6Q9vhDLWQZhtBtgnCdCBUKlYW5V6ZLMUmNBPR1si+SY9+sUDQJQGJBXOIa5pL"
    "CiKlWgeiMAiqOuc93D0PW3qmRQ6fXandcrQDFWZFvarKGZYeKuLdIx3rhbBeCOuF6JcXIl"
    "aDX43G26DFY6qKmnwxjBVpVYUe0UMaK3Z9ypIQ5fFCq2youXg49rhz41EhoSijcyMGaOJx"
    "7qp/qAdBYgM0Jx5UZx4UKP4dP+GKaS0yQEoeAb9V4xjrThydwiWPqiucIclnELoGsWmR1t"
    "HlI8WUzyFh1wStfZvxQFYMTLsh9/TDPBYnzD3Pkq175YFBByz0GgKOyK1oK4j2FnthrWJh"
    "CcMe8RwM0BSm23eWok1f22oqWgToamUp1qsKl+fqncW0M79wi7Cz+rfsAM/c24iTgaoiOB"
    "45OBRkhOBZUFN8EZcUv6a3hKHDUVLs5dTxwvHpnJCb16cySus7VbzB6cuTkcKlJmkifsEc"
    "Pm7iIVcMsi70wMem4nkoRqeIChESBakVwGUoIC4hPgHovUig+ROBflBMZhTo9QjFbXwAyc"
    "S9YjxwoeDNKGaF3DT94oDuqTx6i2bg1hspWE3Vx622zpEeQD82ejVo4si4wvhQIgcp9UZL"
    "OzQuJ4ZwlxQ0Y9R/5aaG59nCOvbc1J6btlMjN55AAl9QLQm7fS3LvvuAMXsovYc2jh1wh3"
    "dbwkab1tkjYgYr4T5VgTowoG1PhsrOK0GZt9/C6s8xWqO/1UZ/ambUneU8p61g3eZZTozN"
    "+tO8xGrnuRPzXDthK89n3Xitd+P9qqZMTQYtc+Vl7g/Wu/MmCWXl8+6U5RRl4t+gyaAQdO"
    "wt4NTYpZMJCQiTiM+AmgdCnx7HaVRiYMp5CbUsyYpLr4mHXDFw740xQ3BIfowu5sycoMM5"
    "trEk0XzKkY9dAh7EQ3DpOQ4UcdEFWmigGNmN4omuCqT/Ke1yuOJQ4+qJdV1o5Z9toQOt+1"
    "F3u/IrrCkjZnvrNechM2u8hnQThh6KtxkHg3X17mMh28DG3oLmFsK4Mzg73ITlDFFlQDfU"
    "B5JVYV0Cdgxk8vFCY6Uozi8d9YnQB60KiAXc5zKFUHojR4cAofQJpVxFdbt/xhUDMKcIFO"
    "Yia/pNT/KA2LyFDUZ80GDE/JxU1WR5rh6qst0frMXLvYaUMyw9FHEjuEwpndrxU1ke63ap"
    "LuX6oCzLZyGZhWSbIdnPeCMgA5LqcExBnYpg7ALqAEdISXGBn0r3UUsHO0Yj6KO2GAEOAm"
    "SEQ5dK3VttESdtALTSOMslDnWjo8gsHmvmMVcMnGeC3KoxvNRXFhVBVhRMQgqr9smZmLeQ"
    "TWAQ8NyFzOWQ7oJGHp0YI2pU2b9WAvIg4E2/sXW97S1BsBz1kbizYVVhJww9BCKNpGRaXG"
    "1xdY9wdUCwKFrK5Sk/KUcPMPW+833ILahop1aOVZbHiry2yBUW5LXOTBKGHgjbnpg8zF5t"
    "T0yseb5VmFFimNWd5RyjDSVr2xy30AXz0eR3bPDCfEyyQCo6YqJqFxUPxjJlt5a8I+gQPB"
    "qZ33XOYEx9NEDQMsIcXlHwgOjDK0gJXD0Za+AhV+ozmIVqwDmVU02lBtnGl1LuNWmLYm2R"
    "D6X5omHWvN+TeW8+rJonOjkmC8+rwPNIZPUBRY7RokaLKEoRBQ+UqvtC1KwKWQInciSbsI"
    "QmHgaGem+lzG24iq2d9eCbki1N3n2XOhY32wVRZPisvrX6tkzf/kawJ6dnHglKtG2WYIOu"
    "nWrSIQbaGrGsQI4EpAZNwBhGf/v8HvFQCqqTewRELbhvdURCzp4eaEKIRDAjqJuUuwXFuB"
    "t5RIUSmjOqV4vmsU1NbHGeDm2vjVfdNN9GVQHHn1L/RLt7V0i039SQbsphBVxBwCVlTX/1"
    "OK5Z13QCLB2U8BqJ/nLx958/nKPPX87fvf/6/uJTHm3pm3BJXaBSy+DL+dmH5aIxSk9vgX"
    "gzbBbwWsBbCng542HJQVV0bxPM1VSVz6R8zuTUWyDDBv1goEa8R9xTNNL3kojdCQ2ERC5O"
    "4nX1bUhwd/gtCQobzex49AoOLuDS8tDlxiyutbi2O7to4x6x+ONYVVwlDrGY4VE3k7OlDm"
    "21zo77aYXDg4IlvE7DJSyblVwXZLxHPWcDGa3FsD+L4T0b85C57xTm5yWGQ55kg/1ADfHQ"
    "0dQV7Yg/oGqCKV2PZ5IETwSKxkGKlWAfKXGHUFX/EKOPWC2Nb7rlJJL8hrCjARIYukfhie"
    "I17aBuCTNe+pxF0dBzrtiYTLjOItTudSolmCgYRpM4kIgRCgYH8rggUC4iUHdmHl5o28W/"
    "b6PMh+zy06KItx1qvnJTowttfx5o27VNf1ozFVYD1tCAv3PK3sWdWYo1YJ5kgwaEaMBh0u"
    "qlsieNkTk0RQSd5CjlpAZQGgTiHKAFIoyJDpXe0D9E8V5HUf+XGRYCmsFMMPWAXKkmtaRX"
    "0+wbeMYV46E8Rp/1XRTwuUDq7+PIgx6NmsnUpoxLK8XlMdULcK0RMyU1qzaPmZpPuiQW7c"
    "+MeReVW6+Xbf9YfHY2Pm2f4KSBLLdpkVJcI+FpoSrsg3Ab8XlYv9IeZFyzjZHf3zZGu++c"
    "gZmYFy3gclsl5eiFgPdtrDhTTh1S0BCmXOIZlj3m6Hy/O+iJyLGUxJ9Job6jSYE2LMVyK3"
    "z781I/bzWsy3g6KK6zNUfke1zF2vhqaiE3vTl3pHfUjDAXxNRRKftECHxdD2KkLL3Lmmyk"
    "ypc9pNpKG3bBRZedZjckW0xxymWnt93Ty9lW85uy2UIqbZvf1njYPxD3mgTnun5moX89Sz"
    "BY7133NGlFp/oM8MtTzrwFmnGYVmTY36LRDVmMkI9viIBD3GCBMPylUBbWn3EJyVTQr504"
    "N5SdfjeenbvT7y5e3I2OCkJVm3xSlTIptkd6DRvJhqu2YXu1Cdzdd+C6xJMFboJ1e0nCYg"
    "MDtw4MLCtFu6635v5L0XZ477AhVc05DGp3he1nM1jrjLHWXDetOcpu3sFBbLEpF98dbLDj"
    "FJ1afm71AKnRD8AzQsA0QDdkJpG2t7DQVS6+/nb29OTHV+gQ4oyABq4SbwIZglH0kcF3Tw"
    "SaBfQ2Sj1aipDa/UOuGEReHB2jC+ZA7LGJe4rbnczUqoAQYjXOAI0cD1MleTlCcwyPg3oe"
    "5klsQgPf1N3kkys2ivhHA9MNJdvNzgR0pawuuW+AsUuvo2JkVTftlKN3OrH5wprttQ+7L3"
    "VrHu61vpdtTLKPtgKR1qi1XWR4egetG5Ey+TajSllvAa3znBZaW2i9Dlr/NSRClGNrc7sK"
    "uL4Gyurweh5wdl2If2+jZDePOzc8lGiulhmfI8EzGW4u14ltEkFzhcLC8jsd/4pFxPeFtj"
    "YD4FFlAPQJwFpwtRcIW784rVXzVs2vV/P8mjJQ5iVqPrm9Qc3D/HCPDD1gGIJiraztOSNP"
    "YRkiQa/ZU8oQcCPJc1l6KHrAAAn1GyS+m2JbsReMT7RTTCfHF5XvauYh99D2epDhFIuCMk"
    "Zr6vHkuKxDq7ZDKxT1HC0xvTVMq2go/W8N6cb0vZNuMydqaYLyqpDXJPbk2fYo6z//1ZS0"
    "955PZQ8z+wrFrGPt0U2zUupb1XERtlVna+e3NRbVugad1dpy1uzFqYwXwZnpkZl4ro6jYG"
    "9Tk5gGUVXiyOvyRKCATEgADcqLrKVdDFmhcQdZ2LLGbYrq7KIb1cZ69lG01jrtnHXqcQfX"
    "Ky6dcmwl4ZYBqKaLS3ckTT+NTOpiln5r+u62bHF33TrIbVRksk3bmwybnd9Wzy8WchjVzt"
    "hmnlfZ7Xy3fr6VjUxvt57uHLed7TbPdvRlFgChdd6ALNf+kj2fNYWCHiTTc4w9zJyavTcy"
    "TFbu28ld0npH1jF978zW3dtU8LjQN69VQ8JLbFbQhYJumUf+K/Zn+kVL/fIRxaCKd34oNH"
    "FFJ70ZX0AAEUaOyYzToUQzD8sJD6DZx4wHarHoLhxQAh3rDoKHaUNBk1YXtRRU9wpKvzTz"
    "mCv26e8fPpzqC8lASRC0wIua1dLVoNbt3yZVY93+D+z2t/XTGy4NgwsWcHmvyIj8UXeKzJ"
    "xBV8xIyXBshfRbZjPvuoZxQLBbT6AZDivQVYH6oSR1MqYSeivMVWEaNLvNwUee0wa+tc55"
    "1jIzTEzp7CO/XWuIJTSDSoFSinroK/LKEVO6qxQPlPHjEXxLIPlzoWyi8UIbS7qRojF3ph"
    "QSQRbKbILimFDxhEIXKX8GewmaBNwvip7a9fC1i26qb1ER2EqcXTK1bJm35hMnrBlrzdgO"
    "m7G2TFDzMr5Rf1qtfTii76N8d98GzCawW6uiMaviMwkoz0PacqrqlsVMM1S0LS4YQWMeXk"
    "8lMnynaARbxAiZ2jG63Toj87dolGRLjMzJCl74ugA/RpfEI9cB9tFXxbPaOb6BZ+jCkMG1"
    "+oMwWC6uLhqZMB8N1M8OXIbmvA5RA5vQ0pEakbrmgZNQfUhuxaOgZOiCnrn5M6M0e9IaLu"
    "00XCy43gu4tuCvefA383CtOJCYvofy3X2sjUXWiXDfVJDtm1LRvimoYh9p0xrizTH1UMaN"
    "bBCCh0E9MaccfZTx7i1Ev7iO3C/EoT72SoxEv6SSnGu4jiPuDsp73aH9+bv3H88+HD5/OT"
    "DbsDIJqSRZ0b98tuKiCwP46OthtQxPDxfxjjdjbYNtU0Ekx2g9Hq3zeOTqxDB3qyIxKZud"
    "4FZPcEeSbcH9ctBRVW9LavX2S2qNc/gCXJkHhR5hc2uw3g2sXaHVC/EoqD/FgkCkB46a75"
    "wiqBoFVzJJIwhSdATCzI1b6tyq3+HG3z6/L6zHs5uRr1jWI2zq+CAx5bMnAvF55PlF1H1r"
    "biiRpU5gIM95gXft6o3jU1YCV6wP2PqAu7FvWx9w91081gNhPRCRAN99+t/9gGvrD+7oZt"
    "ENf3CnsoatiXjfbbkTJuKDHbu2LZGnz4n3F6Ec82/vJfEPim3w9P5ggyGuKSsa4gxBPR9l"
    "84KFQSXkUsypnOrsCwcrq1nbxy7xqDKOocvHRJIA/l7xVhm/6L/Q6LtO0oC8jbu/fGd3ow"
    "KbvKGHVMn1yLgao3T8moZx+adVaBbbrIJMVoE1gh/YCE7WfD2NkfD0UMgNIC+bymHTDLq6"
    "eCW+riPbiLx39lgDW29AeVCo4L762PNKne1Zvv1VgWve6/7i5PWrxM8Ov6zzrH/9ePbhw2"
    "rm/QwvPI4LNoPyhk4Zll7sB+ts2SaaOXXlcJ8wF8S2Hy3XQLKXsutmsk7FkyxLb6pF7qxG"
    "BwkCXnD4U75PJAw9UG373iMCIuD9a0g75bDitv319jMVXfP0upxtU6M7w2aLc7dtflvjbf"
    "6MqZvm+R4UepyXaAbrvc4QXjlMU4ErB4IZlie67io7Raa6PAqZpB4apZ0iRzrOiiEPzwRx"
    "Byt5tEtBYDsadXPIViZoBE5abK1WG4PVHXVpY7C67x21ebi2j5hRb111fuhkru3qaeY4rT"
    "3TOrxr+4U/umnW5XTU1RquzCyLdWWuuDLBGtkugdI2WWztJ9MiT0AgKUj/Vx3QXOIJyNEM"
    "NnkCIurhBMgregIupwSpbYAICZWABUFkxp2pbs/CTB1glAx8GrVap1IneTHEPUjGMhw692"
    "oC+V6rjoGmHrI5Eq3UEZA8r8aGmePpjU/gnjtmubWvp6yeuyVh6dMR/J57sfE5q2f8Jww9"
    "OBRaMppOqqStKKpys+nkTavClT8HXG3tav87h12zRG3kaTapjZh6qDfiimrjPI4LFgh70A"
    "VkkQYZww4ekDSs2GzwzhSza9OQa6pmcFVJ7GbIe6gEW958f4HIPJRqcmulJWVYeuhE271/"
    "J/2w6xsxy7z7Mf73ueatIbMjjfRFbct+LP4CbZS5v0ETBQll5VNMKAyBqCR+XG1Y57fMOM"
    "zyWzRiIRxr6DISc91q0vUpM6UnoiNT9J+QS4IO//L8pKBZZRMP2Hy2aQa1Z5ptgtf2TPOB"
    "zzSjj2JFxqWrPGXoky25u9Z09oy48TNiGmWNVs5sjOh7KN8GOvkoEFVP78UcfdoP9uxb6s"
    "jBfMfTEmykcanou2625T4mIuWWDU1znPaUsQuzPK5lIOS5+ueY3xXcapEbZEKCAHsHJU6Q"
    "6O5gkwvE0FV1gDBE2a2CjWiOqVTiRxMe6PIe5jJBkkPHpYX2SIgZwTfoUEdeq9mZ0MAn7h"
    "EEX+sesOjQDfhspi4VlhJp7EGbHSLRM6xHpE2g0HpEHtgAir+KGkLOsPRQxM3Y8FpktRwl"
    "GRYr5WpShnbkWyHhHKO1d9qNhK3zYB9h/daq7Om31Bpb56sC8e4fahb1yxWYO1mCDRaPAN"
    "LhXNNWT17lLqw7KG1oONHhfKoMEAgKmqrf/NCZIk8tTG8xQHAHxE/ctGWAJN/k0QDph+sj"
    "3YKj390/5IrBvTGWilHCcbEJYHKVIYUE14xM8SAdkAfRsaY/QgSMwZRSpldIBJoE3FdM9w"
    "14snUXDx593cWHE/zuLSL9pa1KuLweSsLQC5y+Tr81URBFp/XXBRkJkwXrFmCUAgxnStxQ"
    "YdHf+bgEYWQpNkGMmHb4bz6ujDEULXJDgiCqS2EBaEr/FroLhQGsAbgtEA580NE0iPS2E3"
    "WBIAoPEAa3FmhCA1IUWbbz8euVZVaPrt+tyIKDxwUOeuUv/bfZKaoKOCK3oq0g2mgzqQkF"
    "Ui6LBVqHBbpY//Xg+11TXrt9Y+sZ92i9BlQpxx4FDu6P/ThKd95/KgJadUScY+pdTEYD9r"
    "h1+O/B4Q8GwDbu/iyfdfa3Wf/qmgnD2nndS2z9a0W1+x3LiGwrx9YSq/2i2vZFtce7pb5Y"
    "4v6MSxIm09uDDX4tTTgc4+r5kmOop8IQRoYXeVTIUzh+Us/xKIFwPsitDxZwNCXhCCr6LT"
    "mEmk+5ICgIPSKIRPDyosC51chzzPGZPlqD8dDhKD2iO84IY3Q0QGridSgi116ytC6t9qNB"
    "0Ehllxk8aqgnaZA2ALdeswf3muXmpbJKzDJZ146tJduK6DfrAN7LUg4UQiuq97WuX0bM0Q"
    "Nr/9EdD1v83JhFajMUH8U0e3Sy3SznGO2n3LY5bo8pPMP+ByJEWfGgzP3BBmNYUSrwAKQ1"
    "eqAIod4MSaxL+0gTggkjIcfDQlD1dwQIC3OJB2iK/dOoKqmu9KMMyh+iewVG8C6Hv2I/MC"
    "71L4fC4TOCRgkAPP109vF8NIhCSuOrihnMY0/n3alBR7HYzOM8ggM2umLxaJGlHY8V2e2K"
    "D945uqmGjIdXNvzRMfo7g7ZHKBI7EpLPFAXo8MrV+P480C8AxOpjJ561rVtgWydTUvncJm"
    "booSHyU5UTm5/KT2x+WjmxMQu9hngThh6Kd8cHuxB0X8fEi+l7Idl9m3gTpWBrne8mDP07"
    "jNrhxpxpUOvIon6q5QJOGHrgsNiH583asX21cfKuqC27euYYrR3btjlukR1L8A0JfsGLgx"
    "I7Nrk/2GTHasqhixc1e3kqu47fEDhZxdGpKvykxkGHLhXKJHMkikaHzAJiLDVl5OlsQmWe"
    "wXkrn4vCOrhNPGJz4Rd4hn4ZnG36uVwGZokJiOsZkbY0DNyzpWF6c9IVfzeVJTwt1HB9EG"
    "4jsDHaj1aRREmiAy5aujn80EE5rxErAAIbR/C4CuBdUhJ8xMFNMQBK7m6AP1LRDX1FWBH8"
    "fKVJNiROo7yUxpiFuhYDeNinWKAxURRj4vF5lFBpMikBwUA9OuJzXejhWj2NFACg5h5Tud"
    "W5LX5nEU5XdzsbltYVdZKVsd7HhoJGvSfr+E2WWK17zLpOynDDHzhgStBfympJZe5vwA5z"
    "Q1nZbRLRJ06K6LBbkWHP1H3ylBBJcIxG1NU9fqDgLQ5dKpHS6QEcsVP3ra7eJKOXWXKb7P"
    "oRVyw+XjdgBMhMl2445Y/jBpADp/swFjr8IWTwEgP0QwBH+PCzGCDwa5bij/XuFRsC35pj"
    "eos1LNboCdaACKM6Eo7pe3fM2YAz0J5x9hXE5aYZdP5205zjtKecbZvl1kD1MxJQZ1oM06"
    "N7GyA6Tqk2AfTy6d1xxdPH4hi7Z+vAchh6SwJBixKrytV3hqWHCKmZUDD1WdWQcETeQ+k+"
    "f/asCv589qwcf8K95RRMZZ+zAtX5+9eLT2WGVMKyrDOpI9H/6ST1Dkp7jXBBGDlNuRJEuh"
    "wvuqQCYYCfH/rU6u7/AXaPbaA="
)
