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
    "eJztXf9z2zay/1cwvh9iz6hu4qRp6sx7M07qtuk5cSbxveu7+kaCSMhCTRI8ALSiyfP//r"
    "AAv0qkRCqiTNGY6TQ2uQvSCxD47Ae7i68HN5xFIQvF8ZnjsCiQFzS4PThFXw8C7BP1Q7nA"
    "AB3gMMzfhksSjz2tg43o0FOy+g4eC8mxI9XNCfYEUZdcIhxOQ0lZACpnAZNTwlHoYTlh3E"
    "dxG4hNEEY+8ceEnyJyRwIp0IQzH41iiREygkoLjYzg6Bge6jJHPZUGNy21HwX0PxEZSnZD"
    "oGn1lD//PHCY76sbcq7/bNPCwb//rX6hgUu+EAFi8Gt4O5xQ4rkFY1MX1PT1oZyH+tobev"
    "MukL9oWfirxkOHeZEfZPLhXE5ZkCpQ9UR19YYEhGNJ4AmSR2DzIPK8uI+SbjB/RCZi3jKn"
    "45IJjjzoOdA2L5BdOxgOP1xeDT+fXw2HB0u9mmjkOiK+5LAARoR6VaENcAOv8N1PJyfPn/"
    "948vT5y1c/vPjxxx9ePX2lZPX7Lt/68d68TGYt05S22btf3324ghdiatiZQQkX7rUOltho"
    "6c7IrF/ou2InvJ1iXt4FBaWFnlB/4mJPJHZf1RXJhawvso9mF53h4y9DjwQ3cqp+fflihZ"
    "3/5+zT29/OPh2+fHFUNPaH+M6JvgVmz8ycfBUNjJxT6aGJn/30rIaNlVSlkfW9opXNTNXE"
    "yJmGtXE9GzucgD2GuGQw/6zuSOqTilmjoLlgbzdWPU5+2EPrrzD21bv355+vzt5/hOZ9If"
    "7jaXudXZ3DnRN9db5w9fDlQr+kjaB/vrv6DcGv6F+XH861OZmQN1w/MZO7+tcBvBOOJBsG"
    "bDbEbt4myeXk0j0s0ZPb3DIBF8bYuZ1h7g6X7rATViW7fMs/8Rev4ADf6E4Ca8J75mCXpH"
    "dqefkZz6twWSawFpcZ0aGL5zVx2XsihHo1kYIkJAigpkD9R1C6+CHVooIMlHAlGbhIDWcW"
    "qZ85Dm7ReI4UQBJkGZVtvfX1mCyb5VSjS8hsQTgVsWjNorVuTrRtozWLI9rHES4uGcQAIM"
    "oNHIuvQg17aOcVZgUUsDQszcqxbLfK6Tevsn4S3pbFnrY7CZ88e/Hji1fPX75I5970yqop"
    "N5leM4N6WMgNgGxOzaJYi2IrUWzkUnkeSF4FYrP76zAsSA49dlMPv57fET5HYBgfS+ogxp"
    "F6zQh7CMAwC07RbMoGSDL41x8AmpxNqTNFPPJUcwqJzqZYInJHXRI46orBn7MlKNvWg64V"
    "WkFEDX/3GI2oO0JUoNFXTVSiWzK//xv+GtyPBkgwpaEElQlBZMaplARwtEOgGaXAEZvAJS"
    "qFITpV0wK5xKPqnmq+Aj+vRsg5R1YJLtyUmKt2GiLoamBRip83BBUPC6ALkOLkhx9qQAol"
    "VQkp9D2LljuAlp1p2RK6wsLT0rWzReMeHOwvTlYzKWvkiqQKPRy8rVg4nrEbmDjTsGO45h"
    "iGl2o2iGONHo7i5yc1TPz8pNLCcKtoYMBTTcybyPdu+G5/dUvA6bJ5r8iXCq87r9MDE6/y"
    "CM//uCo4g4kpD9+f/XFUcAgvLj/8mojnTP/24vLNgslZJBUKazSgcyo7NLgSjYi7m5G9/U"
    "nDJRJTr8m4zjR2aOSv930Z13brdKOu2AfSKd/NUeCygGzQywXFLXRy7N7bPu4ZsfgW+yGm"
    "N8FBKa2Y3h2sJhWdWK5usCJKFNChbu+7cTQfIE4mhHOsulu59R6sVkrXY1ISru6GDDr/SP"
    "N6QMHxKAjUEEFCqlFbErC4/WdcB9fBSA3ECb0ZoSlTBjacI5VohgWKJ1Y0o3I6QCOtM0ol"
    "pkoCPkkgGieYo8PfP19+QGMmp0c1d95179hQSLu5vj9LcdsOlf63gYUTeWvcGsa9VX9XE+"
    "Mm8j007rOXdYisRRCR47FeLhGFVDajWVKFHpAAre3fZPaF1TcqiW6oNnCmYQdwjQFscFAT"
    "jz/TsB7/Bh6/xpNN7J0qWHN/A8EybgbhClq9m6pb2dFR45RLsQHHUVC0RFbnSI7C1kfgbt"
    "LFOTVLYnW5fy0f/Si6OQrdDbu5qGm7uXPd3DlKekW4a1FkUI+cHkJwJyW1OWqTh/FEoFDB"
    "DEQDhFNK+TSJFcWBHKjr42hOOIScKrE7KgmEn2YEMy9jp7fc+nr62Mlx+XGKiSWTLZm8Px"
    "Ns67GnuQ+ktpVzOtbINh2uKw615T7b5D5hpm7CxCXyloizkU7W5bCe5SPr5u54llMszzyK"
    "jf2Wvcr09mCNR6kEhxgk63uToIMk/E/9pNw2F1EXHV4Rj9xw7CP9HPTdfyMRhYTr345OoT"
    "AHYp4WNaFJkP8IFwMyKw15auUh65MaKx1H1e6Qk0kTLJJT6V2q4hbhXrW7qLqtqc1zKn0E"
    "gLZ21W6tr/5A9zLw5vG3tifrVzwtdHv5qixjldyss3TVL1/1FsoGQtkoNjElpWBtKSsv9V"
    "qvGOqLo+qOsmeyiPgmg14tN2iMpTNdXrXaeUQNPjROHS4rY2WJUEuEdnh+ffRJ+PsNHWy5"
    "qi2Wq1o1+/ayYtVO5uDM8n8pl7BJlbBUvjcG316JMILvGlVcyxSsMReNyYnP7tTbNzBnXs"
    "UaFAzaKdfmk/a5KlybT6Zk2DrXpp5bU23jb6C6GlIuluL6Boqru47Awxl++35ActZHEyPn"
    "dXroD2y/coZNBGs3EczytNXWtzxtS2CGOLe0qqRCfHMtmNFiLeCZRvX8LRFqidAOT2A2WH"
    "GXBrZkaDfIUAtpNjFklyDMHoRKJYtFNSuTl1iHZmLZBtk32dYvFghOSUBiHjjENYdLCiKl"
    "GgeiNAiqvuY30D0PW3qmQ4TPtpbdarQDFWZFs6rKOZUeLsTbRzqWhbAshGUh+sVCJMvgZ7"
    "PirVnFE6maK/l8mCykdRf0WB7SWLHr0yANUR7P9ZINNRcPxx5zbj0qJBRldG7FAE08xlz1"
    "D/UgSGyAZsSD6syDkoV/y0+4DvQqMkDKHpzdqXaMdyeOTuGSR9UVFiDJQghdg9i0eNXR5S"
    "PFlM0gYdcErX0JGZc1A9NuyTfyMI+FhPnGvWRLrzww6ICB3sDAsbg1bQ3T3mEvalQsLFXY"
    "IZ6DBtrCdLvOUrTpaxt1RYcAXaMsxWZV4YpavfOYtsYLdwY7/0Jc6AxjlRLUnLu/Bi9PUs"
    "naQDlTOUU54gyqkwtBx94c4KZLJxPC9WHfIUiz+GjvJP5Cies8QKEGJSnBytt/yHUAGRtj"
    "Bb4BXR+jy1lgoDcA4Ph08tmUIR+7BAqiHwJMdxzI/tCZHZQrxeBW6cRXBdL/VJZHX4DIfx"
    "4owJ0UtbGnJbYdwbIi/9AW5W4P2Jkx3sC6qUIPzdtOYqd1/nYxkC0j2lvA3EEYdwZ84Dos"
    "Z4RqA7qhJhnrwroU7BjI5OO5xkoxQZi1+kQgeEUFxDjzmcwglJ7I0SFAKKpkmFxGddt/xn"
    "UAYE4JKMxFVhxUMykCYvMWlsV8UBaz2Cd1V7KiVg+Xsu2HcCfDvYGVcyo9NHE7B/+6bmPi"
    "Ja9jaZf6Vm4OyvJ6FpJZSLYekr3BawEZiNSHYwrq1ARjl1BAJEZKSgt4Kl2AOWvsGI2gAP"
    "N8BDgIkBGOXCp1UeZ5stsL0ErjLJc4VI3+JTzWzmOuAyDPBLlTbXgZVxZXT4HDoiXEvmlO"
    "DlF59BpFwQQaAeYOjgWFfXI08ujEOFGj2vxaBcgboD8P9Btb6m1nkUXVqI8kJdHrGjtV6C"
    "EQaSWWy+Jqi6t7hKs5waJsKFfHCmQaPcDUuw4UIHewRDuNgjPyOtbkjU2usCBrtGeSKvTA"
    "2HbH5GHmartjYt3zjUKMUsesaS8XFO1peV3r4w5SMO9NtvIaFuZ9mtNck4iJw+Rrbozl8v"
    "UW2BF0CIxG7nco8ZpKHw0Q1Jozm1cUGBC9ecU4wss7Yy085Fp9BmGkGpxROdVSqpFNuJRq"
    "1qQrC2uHOJT2sw2te78j9958WA13dApKFp7XgeexyZoDioKiRY0WUVQhit8I9uT0zCNclo"
    "OJvMAaHDHVokMMsg1ia0AcCQhVnsDijP7+8R1ikRRUBxsL2EVxX+sdksL6PtCCsDNiWlA3"
    "KXNLqgq08ogauYAh1aNF69jqTLY60x5Nr62nD5pvo3b6YPwp9c+024dm8XzTwLqZhjVwDQ"
    "NX5Gf+4jHcMEFzAip7aOEVFv358h9vLs7Rx0/nb999fnf5oYi29E24pC5QqW3w6fzsYvEM"
    "VLVObwB5c2oW8FrAWwl4WcCiCuIsvrcO5mqp+mfRs0BOvTkyalDYCopdeMQ9RSN9L40gml"
    "AuJByXlMQP6duQcOewO8JLK2ZtufUaRUdBS9tDlxGyuNbi2v2ZRVuvOpp8HMsLV7mJU4VH"
    "XRVzH0qY7TFitbVw22dqhcN4yRBetcKlKrs70KYn65wNrLAew+48ht8ZDdRU6cEEQg5KHY"
    "eiyBr/AfZmhk4iXduPCMgMatvxJwI5OJSqgVMF929NJTtoEx0ybn7gRI1AIY+gxgcJUIiF"
    "IFAmD1MPxDmCIb2c9NDCM66VVyKP0Ud9F3E2E0j9fQx5UGpPK5lKIUmia1KsRL0AAwckX+"
    "Ck4eGw8Rq26KD8mVvchMQyEg1zHx6Lx2JL9O0SlNijYPcN8VlUvQMbM7eRX5jI99G+L+uY"
    "dxGk5az7cilHJxCzsgFcncyQafTCwLtOZnCmjDplp8hWWzynssOIqa/3Bz0xOZaS+KEU6j"
    "ualKyGlVhuSW93PvqzTsO63D4oxU2m5lh8h6NYO19tDeS2J+fYNWlg4ExjhzYOSeDGpef3"
    "0crxKfPNQFyq0rsYVnt+RncAyD5QdIXD4CKyQRdnWrZ7u929LNiofzM1m9bWtf7tDMN+Qd"
    "wbws91NZNSfj0vMFjNrntatCapHgJ++Y4F3hyFDLoVGfXXaHRL5iPk41siENTrmSMMfykU"
    "6fFDJiGU/HAUn/R7+tUwO/enX108vx8dlQTqtPmkOklrZQcHN+O9bbDOdjcxLUH+0ME6ls"
    "Bt/4hg4skSmmDVXJKq2LCIjcMiqgoDrTh18wEKA+3x3PGQ5191KKW7FcKAk0mzkTuxZIwl"
    "Y6w3N+iKN0eD27ewEVvuyiV3B2v8OCWnhp9bP0Bq9D3ojBAoDdAtCSXS/hYWOsf3829n35"
    "388BIdQpwRyMBV4k0gPyKOPjL47olAIad3ceD1QoTU9h9yHUDkxdExugwcgnBg4p6S4rOh"
    "GhUE3EUqB2jkeJgqy8sRmmF4HGQzmycFE8p9UwWFTa6DUaw/GpjatPmzBUxAV6bqkm89UN"
    "2lN0Q0CjbJNHq3JrZf5qS7/uH+W926hzstWW/LxO6iyGO8ajSaLnI6vYPWrViZfAmpWqw3"
    "gNZFTQutLbReBa1/jYgQ1dja3K4Drm9Asj68nnEW3JTi3ztioKTHnFsWSTRTw4zNkGAII2"
    "V5iblELiP6VCoEpS5Ly/xttf3rIBb+VmhrMwAeVQZAnwCsBVc7gbDNz1uyy7xd5lcu86uK"
    "+9Yr6duwjm+oZFlg6uum8+xxHJpg6odQHlcQieeIJ0KtvfqIcYeUFSbZRpM1iuyRuS1B0q"
    "U9yH1c9O3OZB9N28pqnxx4X9e8iXzvKJRWdieVz4abFYLJNDaycMcCStsuBLMnSSUZj76P"
    "OSWdqdndscG9795BYaIik01KVObUbP92un+xkMM402uTfl5Wt/3d+f5WPjK927i7C9q2t7"
    "vc2/GXWQKEVrEBea3dhSY/bQsFPUhc8hh7uPQAzVWGzylZu29md0mbRbIk8r1zW7fvU8Hj"
    "Ij9seujUgpo1dKmhO8bIf8Z+qF+0kpePJQZ12Pmh0MI1SXrTvoDi3Rg5Jo5Th5yGHpYTxn"
    "3ESci4GixArftQsA/rat+HWfFvEwQal/9W90oSFdt5zHXw4R8XF6f6QtpQumUv8LxhbT/V"
    "qKX9u7TUWNr/gWl/W+2v5URGXDKAq+u6x+KPuqp7bg+6ZvxUTmMjpN8xn3nbFbc4wW4zg+"
    "Y0rEGXDepHkjSJ70vlrTGXjWnQ7CYbH0VNGxjVOfKsY26YmNLwPbtb6YilMoNagVJKeugr"
    "8doRU7oGuj5L1CP4Tocqz7OjxskdCaRxd6ZUSMbnym2CUi6Qn0eh5rkfwlyCJpz5ZdFT22"
    "6+cYkY9S0qAVs3Zp9cLVuUoMXEeevGLlvaurH75sbapNb2bXyr/rRG83As30f7br9ovU23"
    "sF5Fa17FR3MU9hq/4mN6YHZNz8KcsF3Tt7gMCBqz6GYqkdE7RSOYIkbIZDoqr4CrgTp7jU"
    "ZptsTI7Kzgua/LRWJ0RTxyw7GPPisdseRgtPAMXcaE36g/CIPn4uoSJ6ny0UD97MBlOErK"
    "IaphE1o6Ui1S1zxwEqkPya25FZQ2XXLCU3HPKCtcZB2XbjouFlzbiiY9AX+hhxvFgSTyPb"
    "Tv9mNtLLJOjfuqhm1fVZr2VUnNxXg1bWDeglIPbdzOQcEs4s3MnGn00cbb9xD98qoHPxOH"
    "+tircBL9iroHrtE6jrX30N6rNu3P3757f3Zx+OzFwEzDyiWkkuRN/+LpEkUXcfjom2G1nE"
    "4PB/GWJ2Ptg21SSKqgaBmPzjEehXJhgbtRrbBMzXZwpzt4T5JtgX452NOl3laz7u2X1Bly"
    "+BKozINSRtjcGqymgTUVWr8Qj4L6UywIRHrguFT0KYqEif3IJY0gSNERCAduUgD6Tv0ON/"
    "7+8V1pPZ7ttHwd5BlhU8cHiSkLnwjEZjHzi6j72txQJstIYBAvsMDbpnqT+JSlwBXLAVsO"
    "eD/mbcsB7z/FYxkIy0DEBnz74X93A64tH7ynk8V+8MF7lTVsXcRvnZb3wkV8sG3XriXy9D"
    "nx/jKSY/blnST+QbkPnt0frHHEtWRNRzxAUM9H+bzgYVAJuRQzKqc6+8LBymvW/rFLPKqc"
    "Y3UTTyTh8PeK18r5Rf+FRl91kgbkbdz/7WtwPyrxyVt6SJ1cjxzVGKfjN3SMqz+tUrfYZh"
    "XksgqsE/zATnA65putGKlOD43cAvKyqRw2zWBfB6/EN01sG4v3zh9rYerllPHSBe6zjz2v"
    "kmzP6/XpYPDnJz++THl2+GUVs/75/dnFxXLmfYjnHsMlk8EV+VJlzkylF/PBKl/2/I+rgh"
    "ubDM/D92d/HBVc2YvLD78m4rnh/Pbi8s1+VtIOSeCC2XazyrWQ7KX8ulA2qXiSV+lNtcit"
    "1eggnLOSzZ/qeSJV6MHStus5ghMB79/A2pmGNXdjc1umd6Ou2Dem12XBJjW6c2q2OHfX+r"
    "czbPNHTN0sz/eglHFekBmsZp0hvHKYpQLXDgQzKk903dXgFJnq8igKJPXQKDsweKTjrALk"
    "4VAQd7CUR7sQBLalVteHbOWCRmCnxdZqtTFY+7Nc2his/WdHbR6uPUfMLG/7Sn7oZK7N6m"
    "kWNK0/0zm8W6BkUtTVtJuLmrabO93NupyOutqAysyrWCpzicoEb2SzBEp7yGJnP5kOMQFc"
    "UrD+LzqguYIJKMgM1jEBsfRwAuI1mYCrKUFqGiBCQiVgQRAJmTPVx7MEpg4wShs+jY9ap1"
    "IneQWIeZCMZTR07tUE8r2WiYG2HrI+Eq2SCEif12DCLOj0hhP4xhmz2tvXXdaMbklV+rQF"
    "v+Oz2NgsaOb8pwo92BRacJpO6qStKKlqt+nkVafClT9ypqZ2Nf+dw6xZsWwUZdYtG4n0UE"
    "/ENZeN8yQuWCDswSkg8yzIGGZwTrKwYjPBO1Mc3JgDuaaqB5cXie00+Q1Lgi1vvrtAZBZJ"
    "1bmN0pJyKj0k0bbP72QfdnMnZlF3N87/Lse8dWS2tCJ9UtOyn5i/ZDXK3V+zEvFUsvYuJh"
    "SGQFQSP6k2rPNbQga9/BqNggi2NXQZiZk+atL1aWBKT8Rbpug/EZMEHf7t2UnJYZVtPGD9"
    "3qZp1O5pdgle2z3NB97TjD+KJRtXjvJMoU++5PaOprN7xK3vEdM4a7R2ZmMs30P7tnCSjw"
    "JRzda9RKNP88GOuaU92Zjf87QEG2lcafp9d9sKHxORcsMDTQuadpdxH3p53MhBKGr1j5jf"
    "FtzqEA0yIZxj76CCBInvDtZRIEauLgESIBrcKdiIZphKZX40YVyX9zCXCZIMTlyaa0ZChA"
    "TfokMdea16Z0K5T9wjCL7WZ8CiQ5ezMFSXSkuJtPag9YRI/AzLiHQJFFpG5IEdoOSraGDk"
    "nEoPTdyOD69N1ogoyalYK9ezMhxHvhESLihaf6fbSNiSB7sI67deZU+/pc74Op8ViHf/qX"
    "pRv1yJu5MXWOPxCBAdzrRs/eRV5sK4g9KGRhMdzqbKAYGgoKn6zY+cKfLUwPTmAwR3wPzE"
    "zY4MkOSLPBog/XC9pVuy9bv9h1wHcG+MpVKUsF1sAphc5UghwbRioHSQDsiD6FhzPkIMjM"
    "GVUq5XRASacOYrpW8NeLJ1Fw8efd3FhzP89j0i/aUtW7i6Hkqq0Aucvmp9a6Mgik7rbwoy"
    "UiUL1i3AqAQYzpS4kcKiv7NxBcLIS6yDGIns8C82ro0xlCxyI4IgqkthATiU/jWcLhRxGA"
    "NwWyDMfVijKY/XbSc+BYIoPEACuDVHE8pJWWTZ1ttvVpZZPbr5aUUWHDwucNArvvQvM1PU"
    "NXAsbk1bw7TxZNIQCmRaFgt0DgvsY/3Xg6/3bbF2u8bWIfNoswOoMo0dGhzoj90QpVs/fy"
    "oGWk1MXFDqXUxGC/64Jfx3QPiDA7AJ3Z/Xs2R/l9dfXTNh2Dive0Gtf0dRbX/GMibbiNha"
    "ULVfVNe+qO6wW+qLJe4bXJEwmd0erOG1tOBwjOvnS46hnkqAMDK6yKNCnsL2k3qORwmE80"
    "FuPZ/D1pSELaj4t3QTajZlgiAeeUQQieDlRQm51cpzzPaZ3lqD9tDhKNuiO84ZY3Q0QKrj"
    "dSgi0yxZVpdW82gQNFKbMoNHDXUnDbIDwC1r9uCsWaFfai+JeSVL7dhasp2IfrME8E6GMl"
    "cIraze16rzMhKNHnj7j2572OLn1jxSm6H4KLrZo5PNermgaD/lrvVxd1zhEPsXRIiq4kG5"
    "+4M1zrCSVOABRBucgSKEejMksS7tI00IJrSEHA8LQdXfwREW5hLjaIr907gqqa70oxzK7+"
    "N7JU7wNpu/Dr4PmNS/HAqHhQSNUgB4+uHs/floEIeUJleVMrjHns67U42OErOZx3kE82B0"
    "HSStxZ520lbstys9eOf4pmoyaV758EfH6B8BHHuEYrMjIVmoJGANr12N788D/QIgrD524l"
    "nfugO+ddoltfdtEoUeOiI/1dmx+al6x+anpR0bM9AbmDdV6KF5t7yxC0H3TVy8RL4Xlt21"
    "i6fW17LjPqsHcqrQA396F8SQdbP6CsGLTMmGh04WFK2b1bU+7pCbRfAt4T/j+UGFm5XeX+"
    "tmacmhi+cNj5pUbge7JbDxh+NNP/hJtYMOXSqUx+BIFLcOge/EOBLKB9HJbsp7gO1ANhOl"
    "ZVrbeMT6uiTwDP0yOH8m5WKVkgUlEG7m49jKJXDPVi7pzUZM8t3UtvC0dIXrg3FbgY3xfL"
    "SMJCri8HHZ0C3ghz208wqzAiCw29yPqz7bFSX8Pea35QAovbsG/kglN/SVYE3w85mmyXo4"
    "C0JSK0YY6VIBQABPsUBjoiTGxGOzON/PJPoBgoFyacRnug7BjXoaKQFA7T2m9knctjabRT"
    "j7OtvZqKl9WU7yNtbz2FDQ+GjEJrzJgqqlxyx1UoUb/ol5oAz9qarUUe7+GuwwM5K1aZNY"
    "PiUp4r1YJYY9U5bIU0Yk/BiNqKuPoIF6rDhyqURqTeewA0zd17q4kIxfZoE22fYjroNk99"
    "eAERAzh0jDJnSyrY0c2HyGttDh91EALzFA33PYYYafxQABr1mJP1bTKzZCuzO7yBZrWKzR"
    "E6wBATBNLJzI926bswUy0O5x9hXEFboZ1vzNurmgaXc5u9bLnYHqZ4RTZ1oO0+N7ayA6zq"
    "TWAfTq7t1yQc7HQoy1dgz9HeGCluX9VC/fOZUeIqQtgv9cKJj6rBpYOBbvoXWfPX1aB38+"
    "fVqNP+HeYoag8s+DkqXz98+XH6ocqVRlcc2kjkT/p3Oo99DaK4wLxiislEsxjovhjAtLID"
    "Tw5qF3re7/HzxVvA0="
)
