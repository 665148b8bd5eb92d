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
    CONSTRAINT "uid_activity_da_communi_077e81" UNIQUE ("community", "day", "member")
) /* Messages a member sent on one community day: tiers and honours rank by these. */;
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
CREATE TABLE IF NOT EXISTS "forget_requests" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "asked_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_forget_requ_communi_fcbfc9" UNIQUE ("community", "member")
);
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
CREATE TABLE IF NOT EXISTS "inbound_cursors" (
    "key" VARCHAR(191) NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* Where an adapter's inbound stream resumes (a Matrix sync token), saved after the events */;
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
) /* A `\\/link` code, kept only as its SHA-256 (the code itself is in the member's private */;
CREATE INDEX IF NOT EXISTS "idx_link_codes_communi_05532a" ON "link_codes" ("community");
CREATE TABLE IF NOT EXISTS "link_guesses" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "account" VARCHAR(191) NOT NULL,
    "at" TIMESTAMP NOT NULL
) /* A wrong `\\/link` code, kept over the lockout window so a restart does not lift a */;
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
    "handle" VARCHAR(64) NOT NULL,
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
    "facts" VARCHAR(255),
    "actor" VARCHAR(191) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "undone_at" TIMESTAMP
) /* A message taught to the spam classifier as spam or ham: by an admin's \\/spam or */;
CREATE INDEX IF NOT EXISTS "idx_spam_lesson_scope_6cfdb9" ON "spam_lessons" ("scope", "label");
CREATE TABLE IF NOT EXISTS "speaker_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    CONSTRAINT "uid_speaker_day_communi_82bcd5" UNIQUE ("community", "day", "chat", "member")
) /* A member spoke in a chat on a day (distinct speakers are counted from these rows). */;
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
    "PweY3aDxAimAJMgqKtv56JsxmWvEFG12FplZZNadTbVpZGYxQ/OYIdp/VsFCsYAj8nUIoY"
    "NyXiNW0Pgry9JoiVW5lW6/WZbNm/CuJPas2U345PnL1y/fvHj1Mtl7kyvrttx4e00F6mEh"
    "twCtGTaLWC1iLUWsoUvlOZNBGWBN72/Cq0A59Ph1Nax6fkuCBQLB+FhSB/EAqdcMsYcA+H"
    "J2iuZTPkCSw7/+AJDjfEqdKQpCTw2nUOd8iiUit9QlzFFXDNacr8DWph50pdAKImr5u8do"
    "RN0RogKNvmunJLohi7u/4O/sbjRAgisORahECCTzgEpJADM7BIZRDAHiE7hEpTBOTTW0QC"
    "7xqLqnhi/ByktoeAk6Z4xWRbh0U+JAjWMAdWUEXQ4sCvHzlqDiYQF0DlKc/PhjBUihqEoh"
    "hb5n0XIL0LIzLVKhayQ8LdSdDQr34KC7OFntpLyWKZIw9HDxNiLhaMeuIeKUw67himsYXq"
    "reIo44eriKX5xUEPGLk1IJw628gAFP1RFvTN+75bt77RaD01XxXpJvJVZ3lqcHIl5nEZ7/"
    "4zJnDMaiPPx49o+jnEH44eLTX2PyjOjffbj4eUnkPJQKhdVa0BmWPQpckYbE3c/K3v2m4R"
    "KJqVdnXaccexTy97u+rGt7TLrVVHTB6ZSd5pC5nJEtZjnHuINJjsx7O8c9cyy+w/4M02t2"
    "UOhWTO4O1jsVnYiuamAiihnQoR7v6ThcDFBAJiQIsJpuZdZ7oK0Ur8elJIG6O+Mw+Ufarw"
    "cuuCBkTC0RJKRatQXBibt/xhW7YiO1ECf0eoSmXAnY+BypRHMsULSxojmV0wEaaZ5RQjFV"
    "FPBJgqNxggN0+PvXi09ozOX0qOIpu54de7huD9e7o4qbNqj0vzUkHNNb4VYQ7o36u+oIN6"
    "bvoXCfv6riyFoGERk/1qsVRyGV9dwsCUMPnACNnd+k8gXtGxZEN5QLOOWwC7jCAjY4qI7F"
    "n3JYi38Li1/jyTryThisuO/hYBnXg3A5rt5t1Y2c6Kh1GkixhY8jx2gdWa1zcuSOPpi7zR"
    "Rn2KwTq83za/3Rj2Kaw5m75TTnOe00t26aW+eSXhPumicZVHNODyG4k5LKPmqTh/FEoJmC"
    "GYgyhBOX8mkcK4qZHKjr43BBAgg5VWS3VBIIP00dzEGRd3rHo292HzsZX77N1LLO5M5tsI"
    "3HnmY+kMpSzvBYIdt0uLYY1Nb32aTvE3bqOp64mN464mykkzU5rGX5yKa5PZblFMszj2Ij"
    "v1WrMrk92GBRKsIhBsrq1iTwIAn/Uz8ps81F1EWHl8Qj1wH2kX4OevrfSIQzEujfjk6hCA"
    "finiY1oUmQ/wgXGZkXhjw18pDNSY2lhqMadxiQSR0skmHpXariDuFeubmopq2uzDMsfQSA"
    "tk7VfqWv/kD3gnmL6FvriP6KtoV2q6/SklXxzSqqq3qpqndQIhBKRPGJKR8FuqWolNRbrT"
    "HUF0fVHSXPWIn4JoNeqRs0xtKZrmqtZh5RwR8apQ5DNRjrCLWO0A7tr48+Cb/b0MGWq9ph"
    "uap1u28vK1btZQ9OJf9vZRLWqRKW0PdG4LsrEUbwba2KaymDFeayMAPi81v19jXEmWWxAg"
    "WBtsq0+aJtrhLT5ospGbbJtKlm1pTL+B6urpouF+viuoeLq72GwMMJfvd2QNzXo46Qszw9"
    "tAd2XznDJoI1mwhm/bTl0rd+2obADHFuaFlJhejmRjCjyRrAM0tu0DS8yjpCW2aEdxH/9M"
    "oRaoMVrTO0hc5QC2m2EWSbIEwHQqViZVHulclSbEIzEW2N7Jv06BcLBF0SkFgwh7imkaQg"
    "Uqp1IAqDoKpz3sPd87ClZ1rk8NmV2i1HO1BhVtSrqpxh6aEi3j3SsV4I64WwXoh+eSFiNf"
    "jVaLwNWjymqqjJF8NYkVZV6BE9pLFi16csCVEeL7TKhpqLh2OPOzceFRKKMjo3YoAmHueu"
    "+od6ECQ2QHPiQXXmQYHi3/ETrpjWIgOk5BHwWzWOse7E0Slc8qi6whmSfAahaxCbFmkdXT"
    "5STPkcEnZN0Nq3GQ9kxcC0G3JPP8xjccLc8yzZulceGHTAQq8h4IjciraCaG+xF9YqFpYw"
    "7BHPwQBNYbp9Zyna9LWtpqJFgK5WlmK9qnB5rt5ZTDvzC7cIO6t/yw7wzL2NOBmoKoLjkY"
    "NDQUYIngU1xRdxSfFreksYOhwlxV5OHS8cn84JuXl9KqO0vlPFG5y+PBkpXGqSJuIXzOHj"
    "Jh5yxSDrQg98bCqeh2J0iqgQIVGQWgFchgLiEuITgN6LBJo/EegHxWRGgV6PUNzGB5BM3C"
    "vGAxcK3oxiVshN0y8O6J7Ko7doBm69kYLVVH3causc6QH0Y6NXgyaOjCuMDyVykFJvtLRD"
    "43JiCHdJQTNG/VeuAPPi09R6HRvtuak9N+0V+tRfUC0Ju30ty777gDF7KL2HNo4dcId3W8"
    "JGm9bZI2IGK+E+VYE6MKBtT4bKzitBmbffwurPMVqjv9VGf2pm1J3lPKetYN3mWU6MzfrT"
    "vMRq57kT81w7YSvPZ914rXfj/aqmTE0GLXPlZe4P1rvzJgll5fPulOUUZeLfoMmgEHTsLe"
    "DU2KWTCQkIk4jPgJoHQp8ex2lUYmDKeQm1LMmKS6+Jh1wxcO+NMUNwSH6MLubMnKDDObax"
    "JNF8ypGPXQIexENw6TkOFHHRBVpooBjZjeKJrgqk/yntcrjiUOPqiXVdaOWfbaEDrftRd7"
    "vyK6wpI2Z76zXnITNrvIZ0E4YeircZB4N19e5jIdvAxt6C5hbCuDM4O9yE5QxRZUA31AeS"
    "VWFdAnYMZPLxQmOlKM4vHfWJ0AetCogF3OcyhVB6I0eHAKH0CaVcRXW7f8YVAzCnCBTmIm"
    "v6TU/ygNi8hQ1GfNBgxPycVNVkea4eqrLdH6zFy72GlDMsPRRxI7hMKZ3a8VNZHut2qS7l"
    "+qAsy2chmYVkmyHZz3gjIAOS6nBMQZ2KYOwC6gBHSElxgZ9K91FLBztGI+ijthgBDgJkhE"
    "OXSt1bbREnbQC00jjLJQ51o6PILB5r5jFXDJxngtyqMbzUVxYVQVYUTEIKq/bJmZi3kE1g"
    "EPDchczlkO6CRh6dGCNqVNm/VgLyIOBNv7F1ve0tQbAc9ZG4s2FVYScMPQQijaRkWlxtcX"
    "WPcHVAsChayuUpPylHDzD1vvN9yC2oaKdWjlWWx4q8tsgVFuS1zkwShh4I256YPMxebU9M"
    "rHm+VZhRYpjVneUcow0la9sct9AF89Hkd2zwwnxMskAqOmKiahcVD8YyZbeWvCPoEDwamd"
    "91zmBMfTRA0DLCHF5R8IDowytICVw9GWvgIVfqM5iFasA5lVNNpQbZxpdS7jVpi2JtkQ+l"
    "+aJh1rzfk3lvPqyaJzo5JgvPq8DzSGT1AUWO0aJGiyhKEQUPlKr7QtSsClkCJ3Ikm7CEJh"
    "4GhnpvpcxtuIqtnfXgm5ItTd59lzoWN9sFUWT4rL61+rZM3/5GsCenZx4JSrRtlmCDrp1q"
    "0iEG2hqxrECOBKQGTcAYRn/7/B7xUAqqk3sERC24b3VEQs6eHmhCiEQwI6iblLsFxbgbeU"
    "SFEpozqleL5rFNTWxxng5tr41X3TTfRlUBx59S/0S7e1dItN/UkG7KYQVcQcAlZU1/9Tiu"
    "Wdd0AiwdlPAaif5y8fefP5yjz1/O373/+v7iUx5t6ZtwSV2gUsvgy/nZh+WiMUpPb4F4M2"
    "wW8FrAWwp4OeNhyUFVdG8TzNVUlc+kfM7k1Fsgwwb9YKBGvEfcUzTS95KI3QkNhEQuTuJ1"
    "9W1IcHf4LQkKG83sePQKDi7g0vLQ5cYsrrW4tju7aOMesfjjWFVcJQ6xmOFRN5OzpQ5ttc"
    "6O+2mFw4OCJbxOwyUsm5VcF2S8Rz1nAxmtxbA/i+E9G/OQue8U5uclhkOeZIP9QA3x0NHU"
    "Fe2IP6Bqgildj2eSBE8EisZBipVgHylxh1BV/xCjj1gtjW+65SSS/IawowESGLpH4YniNe"
    "2gbgkzXvqcRdHQc67YmEy4ziLU7nUqJZgoGEaTOJCIEQoGB/K4IFAuIlB3Zh5eaNvFv2+j"
    "zIfs8tOiiLcdar5yU6MLbX8eaNu1TX9aMxVWA9bQgL9zyt7FnVmKNWCeZIMGhGjAYdLqpb"
    "InjZE5NEUEneQo5aQGUBoE4hygBSKMiQ6V3tA/RPFeR1H/lxkWAprBTDD1gFypJrWkV9Ps"
    "G3jGFeOhPEaf9V0U8LlA6u/jyIMejZrJ1KaMSyvF5THVC3CtETMlNas2j5maT7okFu3PjH"
    "kXlVuvl23/WHx2Nj5tn+CkgSy3aZFSXCPhaaEq7INwG/F5WL/SHmRcs42R3982RrvvnIGZ"
    "mBct4HJbJeXohYD3baw4U04dUtAQplziGZY95uh8vzvoicixlMSfSaG+o0mBNizFcit8+/"
    "NSP281rMt4OiiuszVH5Htcxdr4amohN705d6R31IwwF8TUUSn7RAh8XQ9ipCy9y5pspMqX"
    "PaTaSht2wUWXnWY3JFtMccplp7fd08vZVvObstlCKm2b39Z42D8Q95oE57p+ZqF/PUswWO"
    "9d9zRpRaf6DPDLU868BZpxmFZk2N+i0Q1ZjJCPb4iAQ9xggTD8pVAW1p9xCclU0K+dODeU"
    "nX43np270+8uXtyNjgpCVZt8UpUyKbZHeg0byYartmF7tQnc3XfgusSTBW6CdXtJwmIDA7"
    "cODCwrRbuut+b+S9F2eO+wIVXNOQxqd4XtZzNY64yx1lw3rTnKbt7BQWyxKRffHWyw4xSd"
    "Wn5u9QCp0Q/AM0LANEA3ZCaRtrew0FUuvv529vTkx1foEOKMgAauEm8CGYJR9JHBd08Emg"
    "X0Nko9WoqQ2v1DrhhEXhwdowvmQOyxiXuK253M1KqAEGI1zgCNHA9TJXk5QnMMj4N6HuZJ"
    "bEID39Td5JMrNor4RwPTDSXbzc4EdKWsLrlvgLFLr6NiZFU37ZSjdzqx+cKa7bUPuy91ax"
    "7utb6XbUyyj7YCkdaotV1keHoHrRuRMvk2o0pZbwGt85wWWltovQ5a/zUkQpRja3O7Cri+"
    "Bsrq8HoecHZdiH9vo2Q3jzs3PJRorpYZnyPBMxluLteJbRJBc4XCwvI7Hf+KRcT3hbY2A+"
    "BRZQD0CcBacLUXCFu/OK1V81bNr1fz/JoyUOYlaj65vUHNw/xwjww9YBiCYq2s7TkjT2EZ"
    "IkGv2VPKEHAjyXNZeih6wAAJ9RskvptiW7EXjE+0U0wnxxeV72rmIffQ9nqQ4RSLgjJGa+"
    "rx5LisQ6u2QysU9RwtMb01TKtoKP1vDenG9L2TbjMnammC8qqQ1yT25Nn2KOs//9WUtPee"
    "T2UPM/sKxaxj7dFNs1LqW9VxEbZVZ2vntzUW1boGndXactbsxamMF8GZ6ZGZeK6Oo2BvU5"
    "OYBlFV4sjr8kSggExIAA3Ki6ylXQxZoXEHWdiyxm2K6uyiG9XGevZRtNY67Zx16nEH1ysu"
    "nXJsJeGWAaimi0t3JE0/jUzqYpZ+a/rutmxxd906yG1UZLJN25sMm53fVs8vFnIY1c7YZp"
    "5X2e18t36+lY1Mb7ee7hy3ne02z3b0ZRYAoXXegCzX/pI9nzWFgh4k03OMPcycmr03MkxW"
    "7tvJXdJ6R9Yxfe/M1t3bVPC40DevVUPCS2xW0BsFPcXMreccSDl6J97d+A1bduDxFfsz/a"
    "Klxx4RxaDK4cdQaOKKZyBmfAHxWRg5JvFQR2rNPCwnPIBeKjMeqMWim5xAhXmsGzQepv0a"
    "TdZi1LFR3SuorNPMY67Yp79/+HCqLyQDJTHmAi9qFqNXg9pTlTZpcnuq8sCnKrY8fcOVd3"
    "DBAi5vxRmRP+pGnJkj/ooJPxmOrQyplrkkdl0iOiDYrSfQDIcV6KpA/VCSOglpCb0V5qow"
    "DZrd5lwpz2njClvnm2yZGSamdPaR3641xBKaQaU4NEU99BV55YA03bSLB8r48Qi+JZBbu1"
    "A20XihjSXdp9KYO1MKeTYLZTZB7VEoKEOhSZc/g70ETQLuFwWn7Xr42jVN1beoCGyh0y6Z"
    "WraKXvN5KdaMtWZsh81YW4WpeRnfqD+t1j4c0fdRvrvvsmbrA1irojGr4jMJKM9D2nKq6p"
    "bFTDNUtC0uGEFjHl5PJTJ8p2gEW8QImdI8ups9I/O3aJQko4zMyQpe+Lq/AUaXxCPXAfbR"
    "V8UjVgyMBp6h624G1+oPwmC5uLomZ8J8NFA/O3AZeh87RA1sIndHakTqmgdOQvUhuRWPgp"
    "KhC1oS58+M0uRUa7i003Cx4Hov4NqCv+bB38zDtcJsYvoeynf3ETYWWSfCfVNBtm9KRfum"
    "oElApE1riDfH1EMZN7JBCB4G9cSccvRRxru3EP3iMn2/EIf62CsxEv2SQn2u4TqOuDso73"
    "WH9ufv3n88+3D4/OXAbMPKJKSSZEX/8tmKiy4M4KOvh9UyPD1cxDvejLUNtk2Blhyj9Xi0"
    "zuORK8PD3K1q8KRsdoJbPcEdyWUG98tBR1W9rVjW2y+pNc7hC3BlHhR6hM2twXo3sHaFVq"
    "9zpKD+FAsCkR446m10iqAoF1zJ5OQgyIASCDM37lh0q36HG3/7/L6w3NFuRr5iWY+wKZOE"
    "xJTPngjE55HnF1H3rbmhRJY6gYE85wXetas3jk9ZCVyxPmDrA+7Gvm19wN138VgPhPVARA"
    "J89+l/9wOurT+4o5tFN/zBnU3KtibiNttyJ0zEBzt2bVsiTwOfUHvM71CO+bf3kvgHxTZ4"
    "en+wwRDXlBUNcYagXJKyecHCoBJyKeZUTnX2hYOV1aztY5d4VBnH0ERlIkkAf694q4xf9F"
    "9o9F0naUDext1fvrO7UYFN3tBDquR6ZFyNUTp+TcO4/NMqNIttVkEmq8AawQ9sBCdrvp7G"
    "SHh6KOQGkJdN5bBpBl1dvBJf15FtRN47e6yBrTegPChUcF997HmlzvYs3/6K7DXvdX9x8v"
    "pV4meHX9Z51r9+PPvwYTXzfoYXHscFm0F5v6wMSy/2g3W2bBO9srpyuE+YC2Lbj5ZrINlL"
    "2XUzWafiSZalN8U4d1ajgwQBLzj8Kd8nEoYeqLZ97xEBEfD+NaSdclhx2/aF+5mKrnl6Xc"
    "62KYGeYbO1z9s2v63xNn/G1E3zfA8KPc5LNIP1XmcIrxymqcCVA8EMyxNdd5WdIlO8H4VM"
    "Ug+N0kacIx1nxZCHZ4K4g5U82qUgsB2NujlkKxM0AicttlarjcHqjrq0MVjd947aPFzbps"
    "2ot646P3Qy13b1NHOc1p5pHd617dgf3TTrcjrqag1XZpbFujJXXJlgjWyXQGl7WLb2k2mR"
    "JyCQFKT/qw5oLvEE5GgGmzwBEfVwAuQVPQGXU4LUNkCEhErAgiAy485Ut2dhpg4wSgY+jT"
    "rZU6mTvBjiHiRjGQ6dezWBfK9Vx0BTD9kciVbqCEieV2PDzPH0xidwzx2z3NrXU1bP3ZKw"
    "9OkIfs+t7vic1TP+E4YeHAotGU0nVdJWFFW52XTyplXhyp8DrrZ2tf+dw65ZojbyNJvURk"
    "w91BtxRbVxHscFC4Q96AKySIOMYQcPSBpWbDZ4Z4rZtWnINVUzuKokdjPkPVSCLW++v0Bk"
    "Hko1ubXSkjIsPXSi7d6/k37Y9Y2YZd79GP/7XPPWkNmRRvqitmU/Fn+BNsrc36CJgoSy8i"
    "kmFIZAVBI/rjas81tmHGb5LRqxEI41dBmJuW416fqUmdIT0ZEp+k/IJUGHf3l+UtCssokH"
    "bD7bNIPaM802wWt7pvnAZ5rRR7Ei49JVnjL0yZbcXWs6e0bc+BkxjbJGK2c2RvQ9lG8DnX"
    "wUiKqn92KOPu0He/YtdeRgvuNpCTbSuFT0XTfbch8TkXLLhqY5TnvK2IVZHtcyEPJc/XPM"
    "7wputcgNMiFBgL2DEidIdHewyQVi6Ko6QBii7FbBRjTHVCrxowkPdHkPc5kgyaHj0kJ7JM"
    "SM4Bt0qCOv1exMaOAT9wiCr3UPWHToBnw2U5cKS4k09qDNDpHoGdYj0iZQaD0iD2wAxV9F"
    "DSFnWHoo4mZseC2yWo6SDIuVcjUpQzvyrZBwjtHaO+1GwtZ5sI+wfmtV9vRbao2t81WBeP"
    "cPNYv65QrMnSzBBotHAOlwrmmrJ69yF9YdlDY0nOhwPlUGCAQFTdVvfuhMkacWprcYILgD"
    "4idu2jJAkm/yaID0w/WRbsHR7+4fcsXg3hhLxSjhuNgEMLnKkEKCa0ameJAOyIPoWNMfIQ"
    "LGYEop0yskAk0C7ium+wY82bqLB4++7uLDCX73FpH+0lYlXF4PJWHoBU5fp9+aKIii0/rr"
    "goyEyYJ1CzBKAYYzJW6osOjvfFyCMLIUmyBGTDv8Nx9XxhiKFrkhQRDVpbAANKV/C92Fwg"
    "DWANwWCAc+6GgaRHrbibpAEIUHCINbCzShASmKLNv5+PXKMqtH1+9WZMHB4wIHvfKX/tvs"
    "FFUFHJFb0VYQbbSZ1IQCKZfFAq3DAl2s/3rw/a4pr92+sfWMe7ReA6qUY48CB/fHfhylO+"
    "8/FQGtOiLOMfUuJqMBe9w6/Pfg8AcDYBt3f5bPOvvbrH91zYRh7bzuJbb+taLa/Y5lRLaV"
    "Y2uJ1X5Rbfui2uPdUl8scX/GJQmT6e3BBr+WJhyOcfV8yTHUU2EII8OLPCrkKRw/qed4lE"
    "A4H+TWBws4mpJwBBX9lhxCzadcEBSEHhFEInh5UeDcauQ55vhMH63BeOhwlB7RHWeEMToa"
    "IDXxOhSRay9ZWpdW+9EgaKSyywweNdSTNEgbgFuv2YN7zXLzUlklZpmsa8fWkm1F9Jt1AO"
    "9lKQcKoRXV+1rXLyPm6IG1/+iOhy1+bswitRmKj2KaPTrZbpZzjPZTbtsct8cUnmH/AxGi"
    "rHhQ5v5ggzGsKBV4ANIaPVCEUG+GJNalfaQJwYSRkONhIaj6OwKEhbnEAzTF/mlUlVRX+l"
    "EG5Q/RvQIjeJfDX7EfGJf6l0Ph8BlBowQAnn46+3g+GkQhpfFVxQzmsafz7tSgo1hs5nEe"
    "wQEbXbF4tMjSjseK7HbFB+8c3VRDxsMrG/7oGP2dQdsjFIkdCclnigJ0eOVqfH8e6BcAYv"
    "WxE8/a1i2wrZMpqXxuEzP00BD5qcqJzU/lJzY/rZzYmIVeQ7wJQw/Fu+ODXQi6r2PixfS9"
    "kOy+TbyJUrC1zncThv4dRu1wY840qHVkUT/VcgEnDD1wWOzD82bt2L7aOHlX1JZdPXOM1o"
    "5t2xy3yI4l+IYEv+DFQYkdm9wfbLJjNeXQxYuavTyVXcdvCJys4uhUFX5S46BDlwplkjkS"
    "RaNDZgExlpoy8nQ2oTLP4LyVz0VhHdwmHrG58Itr5AWP0guO2MK4lRSnLQPTnj228TqY0y"
    "K1tkbC00Jt1gfhNgIRoz1oFTWUJDXgoqWbwwodlPMasYLytzEDj6vY3SUlwUcc3BSDneTu"
    "BqgjFd3QV4QVgc5XmmQ+4jSiS2mMWajrLoA3fYoFGhNFMSYen0fJkyZrEtAK1J4jPtdFHa"
    "7V00gB2GnuMZXbmluEYxFOV3c7G4LWFXWSlbHex4aCRn0m6/hIllitK8y6Scpwwx84YErQ"
    "X8rqRmXub8AOc0NZ2UUS0ScOiehgW5Fhz9R48pQQSXCMRtTV/XyguC0OXSqR0ukBHKdT96"
    "2u1CSjl1lykez6EVcsPko3YATITEduONGPYwSQAyf5MBY6/CFk8BID9EMAx/Xwsxgg8GGW"
    "4o+V0/hSOGKP5G2RiIffii3W6D7WgGiiOhKO6Xt3pNmAM9CeZ/YVxOWmGXT+dtOc47Qnmm"
    "2b5dZA9TMSUGdaDNOjexsgOk6pNgH08undcXXTx+IYu2ebwHIYeksCQYuSqMrVd4alhwip"
    "mbAv9VnVkHBE3kPpPn/2rAr+fPasHH/CveV0S2WfswLV+fvXi09lhlTCsqwzqSPR/+mE9A"
    "5Ke41wQRg5TbkSMLocG7qkAmGAnx/61Oru/wFl4867"
)
