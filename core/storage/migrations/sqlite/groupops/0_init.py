from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "account_links" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "account" VARCHAR(191) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_account_lin_communi_7ee7df" UNIQUE ("community", "account")
) /* Another platform account of a member: events from `account` count for `member`. */;
CREATE TABLE IF NOT EXISTS "activity_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "messages" INT NOT NULL,
    "last_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_activity_da_communi_bbc819" UNIQUE ("community", "member", "day")
) /* Messages a member sent on one community day: tiers and honours rank by these. */;
CREATE INDEX IF NOT EXISTS "idx_activity_da_communi_c25066" ON "activity_days" ("community", "day");
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
    "created_at" TIMESTAMP NOT NULL,
    "undone_at" TIMESTAMP
) /* Every automatic or manual action: who, to whom, by which rule, on what evidence, and how */;
CREATE INDEX IF NOT EXISTS "idx_audit_log_communi_402be1" ON "audit_log" ("community", "created_at");
CREATE INDEX IF NOT EXISTS "idx_audit_log_communi_caa19b" ON "audit_log" ("community", "target");
CREATE TABLE IF NOT EXISTS "campaigns" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "config" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "created_by" VARCHAR(191) NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_campaigns_communi_ffb8f9" UNIQUE ("community", "name")
) /* A campaign (group-buy, referral, challenge, lottery, points) and its running state. */;
CREATE TABLE IF NOT EXISTS "campaign_entries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "campaign" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "data" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_campaign_en_communi_34e7e2" UNIQUE ("community", "campaign", "member")
) /* A member's part in a campaign: an entrant, a buyer, an invitee, a challenger. */;
CREATE TABLE IF NOT EXISTS "chat_aliases" (
    "old_ref" VARCHAR(191) NOT NULL PRIMARY KEY,
    "new_ref" VARCHAR(191) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* A chat that changed id (Telegram group -> supergroup): the old id points to the new. */;
CREATE TABLE IF NOT EXISTS "chat_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "messages" BIGINT NOT NULL,
    "joins" INT NOT NULL,
    "leaves" INT NOT NULL,
    "removals" INT NOT NULL,
    CONSTRAINT "uid_chat_days_communi_d81bdd" UNIQUE ("community", "chat", "day")
) /* Counters of one chat on one community day; the engine adds to them once per batch. */;
CREATE TABLE IF NOT EXISTS "chats" (
    "ref" VARCHAR(191) NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "platform" VARCHAR(32) NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_chats_communi_225f6e" ON "chats" ("community");
CREATE TABLE IF NOT EXISTS "checkins" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_checkins_communi_ae8935" UNIQUE ("community", "member", "day")
);
CREATE TABLE IF NOT EXISTS "communities" (
    "name" VARCHAR(64) NOT NULL PRIMARY KEY,
    "ruleset" VARCHAR(64) NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* A community as last synced from settings. */;
CREATE TABLE IF NOT EXISTS "community_settings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "value" TEXT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "updated_by" VARCHAR(191) NOT NULL,
    CONSTRAINT "uid_community_s_communi_7899db" UNIQUE ("community", "key")
) /* A setting an admin changed by command (blocklist, locks, flood, filters, welcome, */;
CREATE TABLE IF NOT EXISTS "coupons" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "title" VARCHAR(191) NOT NULL,
    "cause" VARCHAR(191) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "issued_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP,
    "redeemed_at" TIMESTAMP,
    "redeemed_ref" VARCHAR(191) NOT NULL,
    CONSTRAINT "uid_coupons_communi_4df8bb" UNIQUE ("community", "code"),
    CONSTRAINT "uid_coupons_communi_c2215a" UNIQUE ("community", "cause")
) /* `cause` names why it was given (`challenge:club:week7:telegram:user:42`): one coupon */;
CREATE INDEX IF NOT EXISTS "idx_coupons_communi_136882" ON "coupons" ("community", "member");
CREATE TABLE IF NOT EXISTS "federations" (
    "id" VARCHAR(32) NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "owner" VARCHAR(191) NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* A federation: communities, possibly of different operators and platforms, that share */;
CREATE INDEX IF NOT EXISTS "idx_federations_owner_8011a1" ON "federations" ("owner");
CREATE TABLE IF NOT EXISTS "federation_admins" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "federation" VARCHAR(32) NOT NULL,
    "account" VARCHAR(191) NOT NULL,
    "added_by" VARCHAR(191) NOT NULL,
    "added_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_federation__federat_28341f" UNIQUE ("federation", "account")
) /* An account that may ban in the federation's name, promoted by the owner (who is not */;
CREATE TABLE IF NOT EXISTS "federation_bans" (
    "id" VARCHAR(255) NOT NULL PRIMARY KEY,
    "entry" VARCHAR(255) NOT NULL,
    "federation" VARCHAR(32) NOT NULL,
    "account" VARCHAR(191) NOT NULL,
    "reason" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "actor" VARCHAR(191) NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "lifted_at" TIMESTAMP
) /* One account banned in a federation. `entry` is the audit entry of the ban that decided */;
CREATE INDEX IF NOT EXISTS "idx_federation__federat_4fe8a8" ON "federation_bans" ("federation", "account");
CREATE INDEX IF NOT EXISTS "idx_federation__entry_7fb9bd" ON "federation_bans" ("entry");
CREATE TABLE IF NOT EXISTS "federation_members" (
    "community" VARCHAR(64) NOT NULL PRIMARY KEY,
    "federation" VARCHAR(32) NOT NULL,
    "joined_by" VARCHAR(191) NOT NULL,
    "joined_at" TIMESTAMP NOT NULL
) /* A community in a federation (one federation per community), joined by its owner or a */;
CREATE INDEX IF NOT EXISTS "idx_federation__federat_6d6f25" ON "federation_members" ("federation");
CREATE TABLE IF NOT EXISTS "health_alerts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "kpi" VARCHAR(32) NOT NULL,
    "period" VARCHAR(32) NOT NULL,
    "value" REAL NOT NULL,
    "sent_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_health_aler_communi_a26680" UNIQUE ("community", "kpi", "period")
) /* An alert sent for a KPI outside its band; one per community, KPI and alert period. */;
CREATE TABLE IF NOT EXISTS "honours" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "month" DATE NOT NULL,
    "title" VARCHAR(32) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "score" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_honours_communi_7e279c" UNIQUE ("community", "month", "title")
) /* A monthly honour as settled: `month` is the first day of the month it covers. */;
CREATE TABLE IF NOT EXISTS "join_challenges" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
    "created_at" TIMESTAMP NOT NULL,
    "due_at" TIMESTAMP NOT NULL,
    "done_at" TIMESTAMP,
    CONSTRAINT "uid_join_challe_communi_7ab41e" UNIQUE ("community", "chat", "member")
) /* A newcomer's captcha: asked on join (or join request), then passed, failed or timed */;
CREATE INDEX IF NOT EXISTS "idx_join_challe_member_0d0dc9" ON "join_challenges" ("member", "status");
CREATE TABLE IF NOT EXISTS "ledger" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "delta" BIGINT NOT NULL,
    "reason" VARCHAR(64) NOT NULL,
    "key" VARCHAR(255) NOT NULL UNIQUE,
    "ref" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* Append-only points ledger; `key` makes every award idempotent (`checkin:{member}:{day}`). */;
CREATE INDEX IF NOT EXISTS "idx_ledger_communi_6bd4aa" ON "ledger" ("community", "member");
CREATE TABLE IF NOT EXISTS "link_codes" (
    "digest" VARCHAR(64) NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "account" VARCHAR(191) NOT NULL,
    "claimant" VARCHAR(191) NOT NULL,
    "expires_at" TIMESTAMP NOT NULL
) /* A `\/link` code, kept only as its SHA-256 (the code itself is in the member's private */;
CREATE INDEX IF NOT EXISTS "idx_link_codes_communi_05532a" ON "link_codes" ("community");
CREATE TABLE IF NOT EXISTS "link_guesses" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "account" VARCHAR(191) NOT NULL,
    "at" TIMESTAMP NOT NULL
) /* A wrong `\/link` code, kept over the lockout window so a restart does not lift a */;
CREATE INDEX IF NOT EXISTS "idx_link_guesse_communi_c5e988" ON "link_guesses" ("community");
CREATE TABLE IF NOT EXISTS "console_login_links" (
    "token_hash" VARCHAR(64) NOT NULL PRIMARY KEY,
    "user" VARCHAR(191) NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "communities" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP
) /* A one-time sign-in link to the operator console, stored as the SHA-256 of its token. */;
CREATE TABLE IF NOT EXISTS "members" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "key" VARCHAR(191) NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "locale" VARCHAR(32),
    "status" VARCHAR(16) NOT NULL,
    "joined_at" TIMESTAMP,
    "left_at" TIMESTAMP,
    "last_message_at" TIMESTAMP,
    "last_active_at" TIMESTAMP,
    "messages" BIGINT NOT NULL,
    "balance" BIGINT NOT NULL,
    "tier" VARCHAR(32) NOT NULL,
    "consumption" VARCHAR(32) NOT NULL,
    CONSTRAINT "uid_members_communi_9b4260" UNIQUE ("community", "key")
) /* A person in a community. `key` is their first account's reference. */;
CREATE TABLE IF NOT EXISTS "member_samples" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "members" INT,
    "readers" INT,
    "muted" INT,
    "sampled_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_member_samp_communi_fcbed2" UNIQUE ("community", "chat", "day")
) /* Members of a chat as its platform reported them on a day (the first count of the day). */;
CREATE TABLE IF NOT EXISTS "membership_moves" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(255) NOT NULL UNIQUE,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "at" TIMESTAMP NOT NULL
) /* A join or a leave, keyed by its event: the history retention is computed from. */;
CREATE INDEX IF NOT EXISTS "idx_membership__communi_951ae6" ON "membership_moves" ("community", "at");
CREATE INDEX IF NOT EXISTS "idx_membership__communi_f1dea5" ON "membership_moves" ("community", "member");
CREATE TABLE IF NOT EXISTS "membership_periods" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "plan" VARCHAR(32) NOT NULL,
    "kind" VARCHAR(8) NOT NULL,
    "reference" VARCHAR(191) NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "amount" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(8) NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_membership__communi_e9c2d4" UNIQUE ("community", "reference")
) /* One bought period: `kind` start or renew; `reference` the payment (a Telegram Stars */;
CREATE INDEX IF NOT EXISTS "idx_membership__communi_cd5e34" ON "membership_periods" ("community", "created_at");
CREATE TABLE IF NOT EXISTS "orders" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "amount" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(8) NOT NULL,
    "reference" VARCHAR(191) NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "plan" VARCHAR(32),
    CONSTRAINT "uid_orders_communi_e55ee3" UNIQUE ("community", "reference")
) /* A purchase by a member: used by consumption tiers and the conversion KPI. */;
CREATE INDEX IF NOT EXISTS "idx_orders_communi_ce1282" ON "orders" ("community", "member");
CREATE INDEX IF NOT EXISTS "idx_orders_communi_b28be8" ON "orders" ("community", "created_at");
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
    "created_at" TIMESTAMP NOT NULL,
    "done_at" TIMESTAMP
) /* An action committed with its cause and delivered afterwards; id = `{event key}#{n}`. */;
CREATE INDEX IF NOT EXISTS "idx_outbox_status_a2aaed" ON "outbox" ("status", "platform");
CREATE TABLE IF NOT EXISTS "paid_memberships" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "plan" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "started_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "renewals" INT NOT NULL,
    "ended_at" TIMESTAMP,
    CONSTRAINT "uid_paid_member_communi_ae5124" UNIQUE ("community", "member", "plan")
) /* A member's plan: active until `expires_at`; then lapsed, or refunded. */;
CREATE TABLE IF NOT EXISTS "partition_fences" (
    "partition" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "epoch" BIGINT NOT NULL,
    "owner" VARCHAR(128) NOT NULL
) /* The newest lease epoch of an event partition: a commit by an older epoch is refused. */;
CREATE TABLE IF NOT EXISTS "processed_events" (
    "key" VARCHAR(255) NOT NULL PRIMARY KEY,
    "outcome" VARCHAR(16) NOT NULL,
    "processed_at" TIMESTAMP NOT NULL
) /* Event keys already committed: a redelivered event changes nothing. */;
CREATE INDEX IF NOT EXISTS "idx_processed_e_process_eb5e5b" ON "processed_events" ("processed_at");
CREATE TABLE IF NOT EXISTS "redemptions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "number" INT NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "item" VARCHAR(64) NOT NULL,
    "cost" BIGINT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "settled_at" TIMESTAMP,
    "settled_by" VARCHAR(191) NOT NULL,
    CONSTRAINT "uid_redemptions_communi_01229a" UNIQUE ("community", "number")
) /* A shop item bought with points; `number` is what admins and members quote (#12). */;
CREATE TABLE IF NOT EXISTS "referrals" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "invitee" VARCHAR(191) NOT NULL,
    "inviter" VARCHAR(191) NOT NULL,
    "joined_at" TIMESTAMP NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "settled_at" TIMESTAMP,
    CONSTRAINT "uid_referrals_communi_ba2d8e" UNIQUE ("community", "invitee")
) /* An invite waiting for its invitee to stay and speak (then confirmed) or leave (dropped). */;
CREATE TABLE IF NOT EXISTS "saved_windows" (
    "id" VARCHAR(255) NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "saved" TEXT NOT NULL,
    "until" TIMESTAMP NOT NULL
) /* A moderation window (who sent how much lately, who posted the same text), saved with */;
CREATE INDEX IF NOT EXISTS "idx_saved_windo_communi_443913" ON "saved_windows" ("community");
CREATE TABLE IF NOT EXISTS "scheduled_jobs" (
    "id" VARCHAR(255) NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "job" VARCHAR(64) NOT NULL,
    "due_at" TIMESTAMP NOT NULL,
    "payload" TEXT NOT NULL,
    "policy" VARCHAR(8) NOT NULL,
    "recurring" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "fired_at" TIMESTAMP,
    "lease_owner" VARCHAR(64),
    "lease_until" TIMESTAMP
) /* A job due at a moment; recurring jobs arm their next occurrence when they fire. */;
CREATE INDEX IF NOT EXISTS "idx_scheduled_j_status_df219c" ON "scheduled_jobs" ("status", "due_at");
CREATE TABLE IF NOT EXISTS "shared_bans" (
    "id" VARCHAR(255) NOT NULL PRIMARY KEY,
    "list_name" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "reason" TEXT NOT NULL,
    "until" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "lifted_at" TIMESTAMP
) /* A ban on a shared list: it applies in every chat of every community whose ruleset names */;
CREATE INDEX IF NOT EXISTS "idx_shared_bans_list_na_17b57d" ON "shared_bans" ("list_name", "member");
CREATE TABLE IF NOT EXISTS "spam_lessons" (
    "id" VARCHAR(255) NOT NULL PRIMARY KEY,
    "scope" VARCHAR(96) NOT NULL,
    "label" VARCHAR(8) NOT NULL,
    "text" TEXT NOT NULL,
    "actor" VARCHAR(191) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "undone_at" TIMESTAMP
) /* A message taught to the spam classifier as spam or ham: by an admin's \/spam or */;
CREATE INDEX IF NOT EXISTS "idx_spam_lesson_scope_6cfdb9" ON "spam_lessons" ("scope", "label");
CREATE TABLE IF NOT EXISTS "speaker_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    CONSTRAINT "uid_speaker_day_communi_a60d17" UNIQUE ("community", "chat", "day", "member")
) /* A member spoke in a chat on a day (distinct speakers are counted from these rows). */;
CREATE INDEX IF NOT EXISTS "idx_speaker_day_communi_78cebf" ON "speaker_days" ("community", "day");
CREATE TABLE IF NOT EXISTS "tier_marks" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "below_since" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_tier_marks_communi_69cf23" UNIQUE ("community", "member")
) /* Since when a member's computed tier has been below their current one (demotion grace). */;
CREATE TABLE IF NOT EXISTS "warnings" (
    "id" VARCHAR(255) NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "rule" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "cleared_at" TIMESTAMP
) /* A warning counted by the escalation ladder. `id` is its audit entry's id; it stops */;
CREATE INDEX IF NOT EXISTS "idx_warnings_communi_f9c49f" ON "warnings" ("community", "member");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXf9z2zay/1cwvh9izyhu4qRJ6sx7M27qXtNL4kzivrt39Y0EkZCEmgRUArSqycv//r"
    "AAv0qkRCqiTNKY6TQ2uQvSCxD47Ae7iy9H04CHcz4XpxeOw0Mm31F2e3SOvhwx7BP1Q7HA"
    "AB3h+Tx7Gy5JPPa0DjaiQ0/J6jt4LGSAHaluTrAniLrkEuEEdC4pZ6BywbickQDNPSwnPP"
    "BR1AbiE4SRT/wxCc4RuSNMCjQJuI9GkcQIGUGlhUZGcHQKD3W5o55K2bSh9kNG/wzJUPIp"
    "gabVU37//cjhvq9uyKX+s00LR//5j/qFMpf8RQSIwa/z2+GEEs/NGZu6oKavD+Vyrq/9SK"
    "dvmfxZy8JfNR463At9lsrPl3LGWaJA1RPV1SlhJMCSwBNkEILNWeh5UR/F3WD+iFTEvGVG"
    "xyUTHHrQc6BtXiC9djQcfri6Hn6+vB4Oj9Z6NdbIdER0yeEMRoR6VaENMIVXePzD2dmzZy"
    "/Pnjx78er75y9ffv/qySslq993/dbLr+ZlUmuZprTN3v797YdreCGuhp0ZlHDhq9bBEhst"
    "3Rmp9XN9l++ENzMcFHdBTmmlJ9SfuNoTsd03dUV8Ie2L9KM5RGf4+K+hR9hUztSvL55vsP"
    "P/XHx688vFp+MXz0/yxv4Q3TnTt8DsqZnjr6KGkTMqPTTx0x+eVrCxkio1sr6Xt7KZqeoY"
    "OdWwNq5mYycgYI8hLhjMP6k7kvqkZNbIaa7Y241UT+MfOmj9Dca+fvv+8vP1xfuP0LwvxJ"
    "+ettfF9SXcOdNXlytXj1+s9EvSCPrn2+tfEPyK/n314VKbkws5DfQTU7nrfx/BO+FQ8iHj"
    "iyF2szaJL8eXvsISPbnNLBNwYYyd2wUO3OHaHX7Gy2TXb/ln/uoVzPBUdxJYE94zA7skvV"
    "PLy094WYbLUoGtuMyIDl28rIjL3hMh1KuJBCQhQQA1MfUfQcnih1SLCjJQEihJ5iI1nHmo"
    "fg4wu0XjJVIASZB1VLb31rdjsnSWU42uIbMV4UTEojWL1to50TaN1iyOaB5HuLhgEAOAKD"
    "ZwJL4JNXTQzhvMCihgbVialWPdbqXTb1Zl+yS8L4s9aXYSPnv6/OXzV89ePE/m3uTKpik3"
    "nl5Tg3pYyB2AbEbNoliLYktRbOhSeclkUAZi0/vbMCxIDj0+rYZfL+9IsERgGB9L6iAeIP"
    "WaIfYQgGHOztFixgdIcvjXHwCaXMyoM0NB6KnmFBJdzLBE5I66hDnqisGfizUo29SDbhRa"
    "QUQNf/cUjag7QlSg0RdNVKJbsvz6N/yFfR0NkOBKQwkqE4LIIqBSEsDRDoFmlEKA+AQuUS"
    "kM0amaFsglHlX3VPMl+HkzQs44skpw5abEgWqnJoIuBxaF+HlHUHG/ADoHKc6+/74CpFBS"
    "pZBC37NouQVo2ZkVLaEbLDwrXDsbNO7RUXdxsppJeS1XJFHo4eBtxMLRjF3DxKmGHcMVxz"
    "C8VL1BHGn0cBQ/O6tg4mdnpRaGW3kDA56qY95YvnfDd/+rWwxO1817Tf4q8bqzOj0w8SaP"
    "8PJf1zlnMDbl8fuLf53kHMJ3Vx/+HotnTP/m3dWPKybnoVQorNaAzqgc0OBKNCTuYUb2/i"
    "cNl0hMvTrjOtU4oJG/fO3LuLZbpzt1RRdIp2w3h8zljOzQyznFPXRy5N7bPu4ZsfgG+3NM"
    "p+yokFZM7g42k4pOJFc1WBHFCuhYt/d4HC4HKCATEgRYdbdy6z1YrZSux6Ukgbo759D5J5"
    "rXAwouCBlTQwQJqUZtQcDi/p9xw27YSA3ECZ2O0IwrAxvOkUq0wAJFEytaUDkboJHWGSUS"
    "MyUBnyQQjRMcoONfP199QGMuZycVd95179hQSLu53p2luGmHSv9bw8KxvDVuBePeqr+rjn"
    "Fj+R4a9+mLKkTWKojI8Fgv1ohCKuvRLIlCD0iAxvZvUvvC6hsWRDeUGzjVsAO4wgA2OKiO"
    "x59qWI9/B49f48k69k4UrLm/gWAZ14NwOa3eTdWN7OiocRpIsQPHkVO0RFbrSI7c1gdzd+"
    "nijJolsdrcv5aPfhDdHM7dHbs5r2m7uXXd3DpKekO4a15kUI2cHkJwJyWVOWqTh/FIoLmC"
    "GYgyhBNK+TyOFcVMDtT1cbgkAYScKrE7KgmEn6YEc1DETu+59e30sZPh8qMUE0smWzK5Ox"
    "Ns47GnmQ+kspUzOtbINh2uLQ615T6b5D5hpq7DxMXyloizkU7W5bCe5QPr5vZ4ljMsLzyK"
    "jf3Wvcrk9mCLR6kEhxgkq3uToIMk/E/9pNw2F1EXHV8Tj0wD7CP9HPT4v5EI5yTQv52cQ2"
    "EOxD0takKTIP8RLjKyKAx5auQh25MaSx1H1e4wIJM6WCSj0rtUxT3CvXJ3UXVbXZtnVPoI"
    "AG3tqsNaX/2B7hXzltG31pH1K5oW2r18lZaxim9WWbqql696A2UDoWwUn5iSUrC2FJWXeq"
    "1XDPXFUXVH2TNeRHyTQa+WGzTG0pmtr1rNPKICHxqlDheVsbJEqCVCWzy/Pvgk/G5DB1uu"
    "ao/lqjbNvr2sWHWQOTi1/B/KJaxTJSyR743B91cijOC7WhXXUgVrzFVjBsTnd+rta5gzq2"
    "INCgZtlWvzSftcJa7NJ1MybJtrU82tKbfxN1BdNSkXS3F9A8XVXkfg/gy/fz8gPuujjpGz"
    "Oj30B/ZfOcMmgjWbCGZ52nLrW562ITBDnFtaVlIhurkVzGixBvBMrXr+lgi1RGiLJzAbrH"
    "hIA1sytB1kqIU0uxiyTRCmA6FS8WJRzspkJbahmUi2RvZNuvWLBYJTEpBYMoe45nBJQaRU"
    "40AUBkFV1/wGuud+S8+0iPDZ17JbjnagwqyoV1U5o9LDhXj/SMeyEJaFsCxEv1iIeBn8bF"
    "a8Lat4LFVxJV8O44W06oIeyUMaK3Z9ypIQ5fFSL9lQc/F47HHn1qNCQlFG51YM0MTj3FX/"
    "UA+CxAZoQTyozjwoWPj3/IQbpleRAVL2CPidasd4d+LkHC55VF3hDEk+h9A1iE2LVh1dPl"
    "LM+AISdk3Q2l9zHsiKgWm35Bt5mIdCwnzjXrKlV+4ZdMBAr2HgSNyatoJp77AX1ioWligc"
    "EM9BA01hukNnKdr0tZ26okWArlaWYr2qcHmt3nlMe+OFW4Sd1b9lG3jm3lacDFIVwfHIwa"
    "EgIwTPgpriy7ik+JTeEYaOR0mxl3PHC8fnC0JuX57LKK3vXOkG58/PRgqXmqSJ+AVz+LiJ"
    "h9wwyLrQDZ+aiuehGJ0jKkRIFKRWAJehgLiE+ASg9zKB5o8E+k4pmVbgrEcobuMDSCbuDe"
    "OBCwVvRrEq5KbpFwd0T+XJazQHWm+kYDVVH7eaOke6Af3Y6NXgEEfGFcaHEjlILW+09ITG"
    "1cQQ7pKCwxj1X7ntwPNsYR27b2r3Tdu5IjeeQAJfUC0Lu30ty77/gDG7KX2AYxw7QId328"
    "JmNa0zR8QK1sJ9qgJ1ZEDbgRyVvVeCMm+/g9efU7ROf6ud/tTNqNvLeU1bwbrNvZw4m/W7"
    "eUXV9nMn+rl2wlZez9J4rafxflZdpjqDllF5mfuDzXTeJJGsvN+dqpyjTPwbHDIoBB17S9"
    "g1dulkQgLCJOJzkOaB0LvHcRqVGJhyXkINS7JG6TXxkBsG9N4YMwSb5KfoasHMDjrsYxtP"
    "Ei1mHPnYJcAgHgOl5zhQxEUXaKGBUmS3Sie6KpD+p/SUwzVCjasn1qXQyj/bQgKt+1F3++"
    "IVNpQRs2frNceQmTFew7qJQg/N2wzBYKneQwxkG9jYW9DcQhh3AXuH27CcEaoM6IZ6Q7Iq"
    "rEvAjoFMPl5qrBTF+aWtPhJ6o1UBsYD7XKYQSk/k6BgglN6hlOuobv/PuGEA5pSAwlxkw3"
    "nTkzwgNm9hgxHvNRgx3ydVV7K8Vg+Xsv1vrMXDvYaVMyo9NHEjuEwtOrXjp7I6lnapbuX6"
    "oCyrZyGZhWTbIdmPeCsgA5HqcExBnYpg7ArqAEdISWkBT6XPUUsbO0UjOEdtOQIcBMgIhy"
    "6V+my1ZZy0AdBK4yyXONSNtiKzeKyZx9wwIM8EuVNteClXFhVBVhJMQgqr5uRMzFvIJtAI"
    "MHchczmku6CRRyfGiRpV5tdKQB4EvOk3ttTbwRIEy1EfiU82rGrsRKGHQKSRlEyLqy2u7h"
    "GuDggWRUO5POUn1egBpj50vg+5gyXaqZVjldWxJq9tcoUFea09k0ShB8a2Oyb3M1fbHRPr"
    "nu8UZpQ4ZnV7OadoQ8na1sctpGDem/yOLSzM+yQLpCIRE1W7qLgxlim7tcKOoGNgNDK/65"
    "zBWPpkgODICLN5RYEB0ZtXkBK4vjPWwENu1GcwD1WDCypnWko1sguXUs6atGVhbRGH0nzR"
    "MOveH8i9Nx9WzR2dnJKF51XgeWSy+oAip2hRo0UUZYjiF4I9ObvwSCCLwURWYAuOmGnRIQ"
    "bZGrE1II4EhCpPYHFG//j4FvFQCqqDjQXsoriv9Q5Jbn0faEHYGTEtqJuUuwXFQRt5RIWS"
    "XnOqR4vWsUXWbbGADk2vjVcBM99GVQPHn1L/TLt/aBbNNzWsm2pYA1cwcEmZtZ89jmvWWZ"
    "uASgctvMGiP1399uO7S/Tx0+Wbt5/fXn3Ioy19Ey6pC1RqG3y6vHi3msSu1ukdIG9GzQJe"
    "C3hLAS9nPCwhzqJ722CulqrMkfmcyZm3REYN6tNDzVqPuOdopO8lEUQTGggJp57H8UP6Ni"
    "TcOfyOBIWF7/fceoWzg0BL20OXP7G41uLa7syijR8eFH8c6wtXsYkThQd9uI0tvWSrh3U8"
    "FEs4PCgYwptWuETlcOdS92Sds4EV1mM4nMfwK6fsTVwn96jQcciLbPEfYG9mmBTerexHML"
    "KAIyqCRwI5eC5VA+cK7t+aAymgTXTMA/NDQNQIFPIkqsY7x0JAad4Jph6IBwiG9HrSQwPP"
    "uFFeiTxFH/VdFPCFQOrv48iDEzO0kqkUEie6xsVK1AtwcECyBU6qlvKdmU86W5Y3t3+fLm"
    "5R8bt6uQ8PxWOxJ20cEpQ0EHM4K1oUN1h4VrgU9sG4jSA+i6oPYOOaRaX9/haV3n8dU8zE"
    "omgAlyczpBq9MPChkxmcGacOKSjPW27xjMoBI6a+fD3qicmxlMSfS6G+o0nBaliK5db0Du"
    "ejP201rMvsg1JcZ2qOxA84irXz1dRAbnpy7kgl7zlhbnSCZBet7BMh8LQexEhVehfDao/B"
    "bQ8A6QJFl+1mNyQ7dHGqZbu33d3L2U79m6rZtLa29W9rGPZ3xJ2S4FJXMynk17MCg83suq"
    "dFK5Lqc8AvjznzlmjOoVuRUX+NRrdkOUI+viUCQb2eJcLwl0KRHn/OJYSSw+l5xLml7PyL"
    "YXa+nn9x8fLr6KQgUKfJJ1VJWrMn1rVtE9MS5PcdrGMJ3MYJXJd4soAm2DSXJCo2LGLnsI"
    "iywkCbTjo5fGGgDs8d93mMfYtSuhshDGqf0dPPo3ksGWO9uW56c5TdvoGN2GJXLr472OLH"
    "KbkhHBJcOUBq9B3ojBAoDdAtmUuk/S0sdI7v518uHp99/wIdQ5wRyMBV4k0gPyKKPjL47p"
    "FA84DeRYHXKxFS+3/IDYPIi5NTdMUcgjAzcU9x8dm5GhUE3EUqB2jkeJgqy8sRWmB4HGQz"
    "myexCQ18UwWFT27YKNIfDUxt2uzZAiagK1V1SUUvstRddOmUiFrBJqlG79bE5suctNc/7L"
    "7VrXt40JL1tkzsIYo8RqtGrekio9M7aN2IlVt0YnDbxriF1nuE1n8PiRDl2NrcrgKupyBZ"
    "HV4vAs6mhfj3jhgo6XHnlocSLdQw4wskOMJIWV7iQCKXE30qFYJSl4Vl/vba/g2LhL8V2t"
    "oMgAeVAdAnAGvB1UEgbP3zluwyb5f5zcs8n1IGi3nJMp/c3rLMQ/9wjww9UBjCwlp5teeM"
    "PIZhiASdsseU6QO+keS5LD0UPWCAhPoNjv82pUZiFoxPNCkm+S1hRcVLmnnIN6z2upHhDI"
    "uCIg4bqhHktCyhVZvQCkU9oiWWt45plRWq/Ye6d3pHLU1QXjfyhsSevNoBbf37f5qy9sHz"
    "qexmZl+hmCXWHlw3q0V9l085o2YjzNvWv63xqDYdl1LtkJSaJ6Mo50VwZk4sSZir0yjY21"
    "RkpEFUkzFiXR4JFJAJCeC4uCJvaR9NVihbTpa2qGObojq7SKPaWM8+mtZ6p53zTj3u4Hql"
    "NVONnSzcMgDVdGnNjqTpp5FJXczSb80pSC0b3F33DnITFZnsUvQ/o2b7t9X9i4UcRrUzdu"
    "nndXXb363vb+Uj07uduzunbXu7zb0dfZkFQGgTG5DVOlyy55OmUNC9ZHqOsYeZU7PyeEbJ"
    "2n03u0tab8s6lu+d27p/nwoeF/rzusf4rqhZQxcaumWM/Gfsz/WLlvLykcSgCjs/FFq4Ik"
    "lv2hcQQISRYzLjdCjR3MNywgMfBWTOAzVYgFr3oQQ61ucnHafHKZm0uuhAJXWvoPRLM4+5"
    "YR9+e/fuXF9IGkqCoAVe1qyWrhq1tH+blhpL+98z7W/rpzdcGgYXDODyk7Ii8Qd9TlZmD7"
    "piRkpGYyek3zKfed81jAOC3XoGzWhYg64b1A8lqZMxlchbY64b06DZXTY+8po28K115FnL"
    "3DAxo/P3/G6jI5bIDCoFSinpoa/EK0dM6VOleKCcH4/gOwLJn0vlE42X2lkid4RJ4+7MKC"
    "SCLJXbBMUxoeIJhVOk/DnMJWgScL8oemrfzdcuuqm+RSVgK3F2ydWyZd6aT5ywbqx1Yzvs"
    "xtoyQc3b+Fb9abXm4Ui+j/bd/zFgNoHdehWNeRUfSUB5HtKWS1X3LOZaoaJvccUIGvNwOp"
    "PI6J2jEUwRI2RqxyivIFADdfEajZJsiZHZWcFLXxfgx+iaeGQaYB99VjpizcFo4Bm6MGQw"
    "VX8QBs/F1UUjE+WTgfrZgctwOK9DVMMmtHSkWqSueeAkVB+SW3ErKGm64Mzc/J5Rmj1pHZ"
    "d2Oi4WXB8EXFvw1zz4m3u4VhxILN9D++4/1sYi68S4ryrY9lWpaV8VVLGPVtMa5s0p9dDG"
    "jUwQgodBPTOnGn208f49RL+4jtxPxKE+9kqcRL+kkpxrtE4j7Q7ae9Om/eWbt+8v3h0/fT"
    "4w07ByCakkWdM/f7JG0YUBfPT1sFpGp4eDeM+TsfbBdqkgklO0jEfrGI9cnRjm7lQkJlWz"
    "HdzqDu5Isi3QL0cdXeptSa3efkmtIYevgMo8KmSEza3BZhpYU6HVC/EoqD/DgkCkB44O3z"
    "lHUDUKrmSSRhCk6AiEmRsfqXOnfocb//j4trAez35avmFZRtjU8UFixuePBOKLiPlF1H1t"
    "biiTpSQwiOdY4H1TvXF8ylrgiuWALQfcjXnbcsDdp3gsA2EZiMiAbz7872HAteWDOzpZdI"
    "MP7lTWsHURv3Va7oSLeG/brm1L5Olz4v1VKMf8r7eS+EfFPnh6f7DFEdeSFR1xhqCej/J5"
    "wcOgEnIpFlTOdPaFg5XXrP1jl3hUOcdwysdEkgD+XvFaOb/ov9Doi07SgLyNr3/7wr6OCn"
    "zyhh5SJdcjQzVG6fg1HePyT6vQLbZZBZmsAusE37MTnIz5eitGotNDIzeAvGwqh00z6Org"
    "lXhax7aReO/8sQam3oDyoHCB++xjzysl27N6h6sC1zzr/uzs5YuEZ4dfNjHrn99fvHu3nn"
    "k/x0uP44LJoPxAp4xKL+aDTb5sE4c5dWVznzAXzHaYVa6BZC/l181lnYonWZXeVIvcW40O"
    "EgS8YPOnfJ5IFHqwtB16jgiIgPevYe1Uw5rbnq93mK7oGtPrcrZLje6Mmi3O3bb+bQ3b/B"
    "FTN83zPSpknFdkBptZZwivHKapwJUDwYzKI113lZ0jU10ehUxSD43SkyJHOs6KIQ/PBXEH"
    "a3m0K0Fge2p1e8hWJmgEdlpsrVYbg9Wd5dLGYHWfHbV5uPYcMbO8dZX80Mlcu9XTzGlaf6"
    "Z1eNeeF/7gulmX01FXa1CZWRVLZa5RmeCN7JZAaQ9ZbO0n0yImIJAUrP+zDmguYQJyMoNt"
    "TEAkPZyAeEUm4HpGkJoGiJBQCVgQRObcmenjWZipA4yShs+jo9ap1EleDHEPkrGMhs69mk"
    "C+1zox0NRDtkeilRIByfNqTJg5nd5wAt84Y5Z7+7rL6tEtiUqftuAPfBYbX7B6zn+i0INN"
    "oRWn6axK2oqSKnebzl61Klz5Y8DV1K7mv0uYNUuWjbzMtmUjlh7qibjisnEZxwULhD04BW"
    "SZBhnDDB6QNKzYTPDODLOpOZBrpnpwfZHYT5PfsCTY8uaHC0TmoVSdWystKaPSQxJt//xO"
    "+mHXd2JWdQ/j/B9yzFtHZk8r0ic1Lfux+QtWo8z9LStRkEhW3sWEwhCISuLH1YZ1fsucQy"
    "+/RiMWwraGLiOx0EdNuj5lpvREtGWK/gy5JOj4b0/PCg6rbOIB2/c2TaN2T7NN8Nruad7z"
    "nmb0UazZuHSUpwp98iX3dzSd3SNufI+YRlmjlTMbI/ke2reBk3wUiKq37sUafZoPDswtdW"
    "RjvuNpCTbSuNT0XXfbch8TkXLHA01zmnaXsQu9PK7lIOS1+kfM7wtutYgGmZAgwN5RCQkS"
    "3R1so0CMXFUChCHK7hRsRAtMpTI/mvBAl/cwlwmSHE5cWmpGQswJvkXHOvJa9c6EBj5xTy"
    "D4Wp8Bi47dgM/n6lJhKZHGHrSdEImeYRmRNoFCy4jcswMUfxU1jJxR6aGJm/HhtclqESUZ"
    "FWvlalaG48h3QsI5RevvtBsJW/LgEGH91qvs6bfUGl/nswLx7j9VL+qXK3B3sgJbPB4Bos"
    "OFlq2evMpdGHdQ2tBoouPFTDkgEBQ0U7/5oTNDnhqY3nKA4A6Yn7jpkQGS/CVPBkg/XG/p"
    "Fmz97v8hNwzujbFUihK2i00Ak6scKSS4VmRKB+mAPIiONecjRMAYXCnleoVEoEnAfaX0rQ"
    "FPtu7i0YOvu3h/ht+/R6S/tHULl9dDSRR6gdM3rW9NFETRaf11QUaiZMG6BRilAMOZETdU"
    "WPRXPi5BGFmJbRAjlh3+wceVMYaSRW5IEER1KSwAh9K/htOFwgDGANwWCAc+rNE0iNZtJz"
    "oFgig8QBjcWqIJDUhRZNne269Xllk9uv5pRRYcPCxw0Cu+9A8zU1Q1cCRuTVvBtNFkUhMK"
    "pFoWC7QOC3Sx/uvRl69NsXaHxtZz7tF6B1ClGgc0ONAfhyFK937+VAS06pg4p9S7mIwG/H"
    "FL+B+A8AcHYBe6P6tnyf42r7+6ZsKwdl73ilr/jqLa/4xlTLYTsbWiar+otn1R7WG31BdL"
    "3B9xScJkenuwhdfSgsMxrp4vOYZ6KgxhZHSRR4U8h+0n9RyPEgjng9z6YAlbUxK2oKLfkk"
    "2oxYwLgoLQI4JIBC8vCsitRp5jts/01hq0h45H6RbdacYYo5MBUh2vQxG5ZsnSurSaR4Og"
    "kcqUGTxqqDtpkB4Ablmze2fNcv1SeUnMKllqx9aSbUX0myWADzKUA4XQiup9bTovI9bogb"
    "f/4LaHLX5uzCO1GYoPops9Otmtl3OK9lNuWx+3xxWeY/8dEaKseFDm/mCLM6wkFXgA0Rpn"
    "oAih3gxJrEv7SBOCCS0hx8NCUPV3BAgLc4kHaIb986gqqa70oxzK76J7BU7wPpu/Yd8xLv"
    "Uvx8Lhc4JGCQA8/3Dx/nI0iEJK46tKGdxjT+fdqUZHsdnM4zyCAza6YXFrkacdtxX57UoP"
    "3jm6qZqMm1c+/Mkp+o3BsUcoMjsSks+VBKzhlavx/X6kXwCE1cdOPOtbt8C3Trqk8r5NrN"
    "BDR+SHKjs2P5Tv2PywtmNjBnoN8yYKPTTvnjd2Iei+josXy/fCsod28dT6WnTcZ/lAThR6"
    "4E8fghiyblZfIXieKdnx0MmconWz2tbHLXKzCL4lwU94eVTiZiX3t7pZWnLo4mXNoyaV28"
    "FvCWz84WjTD35S7aBjlwrlMTgSRa1D4DsxjoTyQXSym/IeYDuQL0RhmdYmHrG9Lgk8Q78M"
    "zp5JuVqlZEUJhOv5OLZyCdyzlUt6sxETfzeVLTwrXOH6YNxGYGM0H60jiZI4fFw0dHP4oY"
    "N23mBWAAR2m/th1We7piR4j4PbYgCU3N0Cf6SSG/pKsCL4+UyTZD2cBiGpFWMe6lIBQADP"
    "sEBjoiTGxOOLKN/PJPoBgoFyacTnug7BVD2NFACg5h5T+SRuW5vNIpyuznY2aqory0nWxn"
    "oeGwoaHY1YhzdZUbX0mKVOynDDP3HAlKE/lZU6ytzfgh0WRrIybRLJJyRFtBerxLBnyhJ5"
    "yogkOEUj6uojaKAeKw5dKpFa0wPYAabua11cSEYvs0Kb7PsRNyze/TVgBMTMIdKwCR1vay"
    "MHNp+hLXT8XcjgJQbouwB2mOFnMUDAa5bij830io3Qbs0ussUaFmv0BGtAAEwdC8fyvdvm"
    "bIAMtHucfQVxuW6GNX+3bs5p2l3OtvVya6D6BQmoMyuG6dG9LRAdp1LbAHp59+65IOdDIc"
    "YaO4b+jgSCFuX9lC/fGZUeIqQ9gv9MKJj6rGpYOBLvoXWfPnlSBX8+eVKOP+Heaoag8s9Z"
    "wdL56+erD2WOVKKyumZSR6L/0znUHbT2BuOCMXIr5VqM42o448oSCA38eN+7Vl//HyG5U9"
    "c="
)
