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
    "used_at" TIMESTAMP,
    "ended_at" TIMESTAMP
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
    "join_seen" INT NOT NULL,
    "hint" VARCHAR(32),
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
    "eJztXf9z2zay/1cwvh9izyhu4qRJ6sx7M07qXtNL4kzivt67+kaCSMhCTQI6ArSiycv//r"
    "AAv0qkRMqiTNKY6TQ2uQvSCxD72cV++XZwHfBwxmfi+MxxeMjke8puDk7RtwOGfaJ+KCYY"
    "oAM8m2VvwyWJx57mwYZ06ClafQePhQywI9XNCfYEUZdcIpyAziTlDFjOGJdTEqCZh+WEBz"
    "6KxkB8gjDyiT8mwSkit4RJgSYB99EoohghQ6i40MgQjo7hoS531FMpu25o/JDR/4RkKPk1"
    "gaHVU/7888Dhvq9uyIX+s80IB//+t/qFMpd8JQLI4NfZzXBCiefmhE1dYNPXh3Ix09fe0O"
    "t3TP6iaeGvGg8d7oU+S+lnCznlLGGg6onq6jVhJMCSwBNkEILMWeh50RzF02D+iJTEvGWG"
    "xyUTHHowc8BtXiC9djAcfry4HH45vxwOD1ZmNebITER0yeEMVoR6VaEFcA2v8Pink5Nnz1"
    "6ePHn24tWPz1++/PHVk1eKVr/v6q2X383LpNIyQ2mZvfv7u4+X8EJcLTuzKOHCd82DJTZc"
    "ejJS6efmLj8Jb6c4KJ6CHNPSTKg/cXkmYrmvm4r4QjoX6Uezj8nw8dehR9i1nKpfXzxfI+"
    "f/Ofv89tezz4cvnh/lhf0xunOib4HYUzHHX0UNIWdYeijipz89rSBjRVUqZH0vL2WzU9UR"
    "csphZVxNxk5AQB5DXLCYf1Z3JPVJya6R41yStxuxHsc/dFD6a4R9+e7D+ZfLsw+fYHhfiP"
    "94Wl5nl+dw50RfXSxdPXyxNC/JIOiPd5e/IvgV/evi47kWJxfyOtBPTOku/3UA74RDyYeM"
    "z4fYzcokvhxf+g4qenKTURNwYYydmzkO3OHKHX7Cy2hXb/kn/vIVzPC1niSQJrxnBnZJeq"
    "vUy894UYbLUoKNuMyQDl28qIjLPhAh1KuJBCQhQQA1MfUfQYnyQ2pEBRkoCRQlc5FazjxU"
    "PweY3aDxAimAJMgqKtv56JsxmWvEFG12FplZZNadTbVpZGYxQ/OYIdp/VsFCsYAj8nUIoY"
    "NyXiNW0Pgry9JoiVW5lW6/WZbNm/CuJPak2U345Onzl89fPXvxPNl7kyvrttx4e00F6mEh"
    "twCtGTaLWC1iLUWsoUvlOZNBGWBN72/Cq0A59Ph1Nax6fkuCBQLB+FhSB/EAqdcMsYcA+H"
    "J2iuZTPkCSw7/+AJDjfEqdKQpCTw2nUOd8iiUit9QlzFFXDNacr8DWph50pdAKImr5u8do"
    "RN0RogKNvmmnJLohi+9/w9/Y99EACa44FKESIZDMAyolAczsEBhGMQSIT+ASlcI4NdXQAr"
    "nEo+qeGr4EKy+h4SXonDFaFeHSTYkDNY4B1JURdDmwKMTPW4KK+wXQOUhx8uOPFSCFoiqF"
    "FPqeRcstQMvOtEiFrpHwtFB3Nijcg4Pu4mS1k/JapkjC0MPF24iEox27hohTDruGK65heK"
    "l6izji6OEqfnZSQcTPTkolDLfyAgY8VUe8MX3vlu/utVsMTlfFe0m+lljdWZ4eiHidRXj+"
    "z8ucMRiL8vDD2T+Pcgbh+4uPf4/JM6J/+/7izZLIeSgVCqu1oDMsexS4Ig2Ju5+VvftNwy"
    "USU6/Ouk459ijkb9/7sq7tMelWU9EFp1N2mkPmcka2mOUc4w4mOTLv7Rz3zLH4FvszTK/Z"
    "QaFbMbk7WO9UdCK6qoGJKGZAh3q8x+NwMUABmZAgwGq6lVnvgbZSvB6XkgTq7ozD5B9pvx"
    "644IKQMbVEkJBq1RYEJ+7+GVfsio3UQpzQ6xGaciVg43OkEs2xQNHGiuZUTgdopHlGCcVU"
    "UcAnCY7GCQ7Q4W9fLj6iMZfTo4qn7Hp27OG6PVzvjipu2qDS/9aQcExvhVtBuDfq76oj3J"
    "i+h8J9+qKKI2sZRGT8WC9WHIVU1nOzJAw9cAI0dn6Tyhe0b1gQ3VAu4JTDLuAKC9jgoDoW"
    "f8phLf4tLH6NJ+vIO2Gw4r6Dg2VcD8LluHq3VTdyoqPWaSDFFj6OHKN1ZLXOyZE7+mDuNl"
    "OcYbNOrDbPr/VHP4hpDmfultOc57TT3Lppbp1Lek24a55kUM05PYTgTkoq+6hNHsYjgWYK"
    "ZiDKEE5cyqdxrChmcqCuj8MFCSDkVJHdUkkg/DR1MAdF3ukdj77ZfexkfPk2U8s6kzu3wT"
    "Yee5r5QCpLOcNjhWzT4dpiUFvfZ5O+T9ip63jiYnrriLORTtbksJblA5vm9liWUyzPPIqN"
    "/FatyuT2YINFqQiHGCirW5PAgyT8T/2kzDYXURcdXhKPXAfYR/o56PF/IxHOSKB/OzqFIh"
    "yIe5rUhCZB/iNcZGReGPLUyEM2JzWWGo5q3GFAJnWwSIald6mKO4R75eaimra6Ms+w9BEA"
    "2jpV+5W++gPdC+Ytom+tI/or2hbarb5KS1bFN6uoruqlqt5CiUAoEcUnpnwU6JaiUlKvtc"
    "ZQXxxVd5Q8YyXimwx6pW7QGEtnuqq1mnlEBX9olDoM1WCsI9Q6Qju0vz74JPxuQwdbrmqH"
    "5arW7b69rFi1lz04lfxfyiSsUyUsoe+NwHdXIozg21oV11IGK8xlYQbE57fq7WuIM8tiBQ"
    "oCbZVp81nbXCWmzWdTMmyTaVPNrCmX8R1cXTVdLtbFdQcXV3sNgfsT/O7tgLivRx0hZ3l6"
    "aA/svnKGTQRrNhHM+mnLpW/9tA2BGeLc0LKSCtHNjWBGkzWAZ5bcoGl4lXWEtswI7yL+6Z"
    "Uj1AYrWmdoC52hFtJsI8g2QZgOhErFyqLcK5Ol2IRmItoa2Tfp0S8WCLokILFgDnFNI0lB"
    "pFTrQBQGQVXnvIO7535Lz7TI4bMrtVuOdqDCrKhXVTnD0kNFvHukY70Q1gthvRD98kLEav"
    "CL0XgbtHhMVVGTL4axIq2q0CN6SGPFrk9ZEqI8XmiVDTUXD8ced248KiQUZXRuxABNPM5d"
    "9Q/1IEhsgObEg+rMgwLFv+MnXDGtRQZIySPgt2ocY92Jo1O45FF1hTMk+QxC1yA2LdI6un"
    "ykmPI5JOyaoLWvMx7IioFpN+SOfpiH4oS541myda/cM+iAhV5DwBG5FW0F0d5iL6xVLCxh"
    "2COegwGawnT7zlK06WtbTUWLAF2tLMV6VeHyXL2zmHbmF24Rdlb/lh3gmXsbcTJQVQTHIw"
    "eHgowQPAtqii/ikuLX9JYwdDhKir2cOl44Pp0TcvPyVEZpfaeKNzh9fjJSuNQkTcQvmMPH"
    "TTzkikHWhR742FQ8D8XoFFEhQqIgtQK4DAXEJcQnAL0XCTR/JNAPismMAr0eobiNDyCZuF"
    "eMBy4UvBnFrJCbpl8c0D2VR6/RDNx6IwWrqfq41dY50gPox0avBk0cGVcYH0rkIKXeaGmH"
    "xuXEEO6SgmaM+q9cAebFp6n1Ojbac1N7btor9Km/oFoSdvtaln33AWP2UHoPbRw74A7vto"
    "SNNq2zR8QMVsJ9qgJ1YEDbngyVnVeCMm+/hdWfY7RGf6uN/tTMqDvLeU5bwbrNs5wYm/Wn"
    "eYnVznMn5rl2wlaez7rxWu/G+0VNmZoMWubKy9wfrHfnTRLKyufdKcspysS/QZNBIejYW8"
    "CpsUsnExIQJhGfATUPhD49jtOoxMCU8xJqWZIVl14TD7li4N4bY4bgkPwYXcyZOUGHc2xj"
    "SaL5lCMfuwQ8iIfg0nMcKOKiC7TQQDGyG8UTXRVI/1Pa5XDFocbVE+u60Mo/20IHWvej7n"
    "blV1hTRsz21mvOQ2bWeA3pJgw9FG8zDgbr6t3HQraBjb0FzS2EcWdwdrgJyxmiyoBuqA8k"
    "q8K6BOwYyOTjhcZKUZxfOuojoQ9aFRALuM9lCqH0Ro4OAULpE0q5iup2/4wrBmBOESjMRd"
    "b0m57kAbF5CxuMeK/BiPk5qarJ8lw9VGW7P1iLl3sNKWdYeijiRnCZUjq146eyPNbtUl3K"
    "9UFZls9CMgvJNkOyN3gjIAOS6nBMQZ2KYOwC6gBHSElxgZ9K91FLBztGI+ijthgBDgJkhE"
    "OXSt1bbREnbQC00jjLJQ51o6PILB5r5jFXDJxngtyqMbzUVxYVQVYUTEIKq/bJmZi3kE1g"
    "EPDchczlkO6CRh6dGCNqVNm/VgLyIOBNv7F1ve0tQbAc9ZG4s2FVYScMPQQijaRkWlxtcX"
    "WPcHVAsChayuUpPylHDzD1vvN9yC2oaKdWjlWWx4q8tsgVFuS1zkwShh4I256Y3M9ebU9M"
    "rHm+VZhRYpjVneUcow0la9sct9AF88Hkd2zwwnxIskAqOmKiahcVD8YyZbeWvCPoEDwamd"
    "91zmBMfTRA0DLCHF5R8IDowytICVw9GWvgIVfqM5iFasA5lVNNpQbZxpdS7jVpi2JtkQ+l"
    "+aJh1rzfk3lvPqyaJzo5JgvPq8DzSGT1AUWO0aJGiyhKEQUPlKr7TNSsClkCJ3Ikm7CEJh"
    "4GhnpvpcxtuIqtnXXvm5ItTd59lzoWN9sFUWT4rL61+rZM3/5KsCenZx4JSrRtlmCDrp1q"
    "0iEG2hqxrECOBKQGTcAYRv/49A7xUAqqk3sERC24r3VEQs6eHmhCiEQwI6iblLsFxbgbeU"
    "SFEpozqleL5rFNTWxxng5tr41X3TTfRlUBx59S/0S7e1dItN/UkG7KYQVcQcAlZU1/8Tiu"
    "Wdd0AiwdlPAaif588fub9+fo0+fzt+++vLv4mEdb+iZcUheo1DL4fH72frlojNLTWyDeDJ"
    "sFvBbwlgJeznhYclAV3dsEczVV5TMpnzM59RbIsEE/GKgR7xH3FI30vSRid0IDIZGLk3hd"
    "fRsS3B1+S4LCRjM7Hr2Cgwu4tDx0uTGLay2u7c4u2rhHLP44VhVXiUMsZnjQzeRsqUNbrb"
    "Pjflrh8KBgCa/TcAnLZiXXBRnvUc/ZQEZrMezPYnjHxjxk7luF+XmJ4ZAn2WA/UEM8dDR1"
    "RTviD6iaYErX45kkwSOBonGQYiXYR0rcIVTVP8ToA1ZL46tuOYkkvyHsaIAEhu5ReKJ4TT"
    "uoW8KMlz5nUTT0nCs2JhOuswi1e51KCSYKhtEkDiRihILBgTwuCJSLCNSdmYcX2nbx79oo"
    "8z67/LQo4m2Hmq/c1OhC25972nZt05/WTIXVgDU04G+csrdxZ5ZiDZgn2aABIRpwmLR6qe"
    "xJY2QOTRFBJzlKOakBlAaBOAdogQhjokOlN/QPUbzXUdT/ZYaFgGYwE0w9IFeqSS3p1TT7"
    "Bp5xxXgoj9EnfRcFfC6Q+vs48qBHo2YytSnj0kpxeUz1AlxrxExJzarNY6bmky6JRfszY9"
    "5F5dbrZds/FJ+djU/bJzhpIMttWqQU10h4WqgK+yDcRnwe1q+0BxnXbGPk97eN0e47Z2Am"
    "5kULuNxWSTl6IeB9GyvOlFOHFDSEKZd4hmWPOTrfvh/0RORYSuLPpFDf0aRAG5ZiuRW+/X"
    "mpn7Ya1mU8HRTX2Zoj8j2uYm18NbWQm96cO9I7akaYC2LqqJR9IgS+rgcxUpbeZU02UuXL"
    "HlJtpQ274KLLTrMbki2mOOWy09vu6eVsq/lN2WwhlbbNb2s87O+Je02Cc10/s9C/niUYrP"
    "eue5q0olN9BvjlMWfeAs04TCsy7K/R6IYsRsjHN0TAIW6wQBj+UigL68+4hGQq6NdOnBvK"
    "Tr8Zz873028uXnwfHRWEqjb5pCplUmyP9Bo2kg1XbcP2ahO4u+/AdYknC9wE6/aShMUGBm"
    "4dGFhWinZdb839l6Lt8N5hQ6qacxjU7grbz2aw1hljrbluWnOU3byFg9hiUy6+O9hgxyk6"
    "tfzc6gFSox+AZ4SAaYBuyEwibW9hoatcfPn17PHJjy/QIcQZAQ1cJd4EMgSj6COD7x4JNA"
    "vobZR6tBQhtfuHXDGIvDg6RhfMgdhjE/cUtzuZqVUBIcRqnAEaOR6mSvJyhOYYHgf1PMyT"
    "2IQGvqm7ySdXbBTxjwamG0q2m50J6EpZXXLXAGOXXkfFyKpu2ilH73Ri84U122sfdl/q1j"
    "zca30v25hkH20FIq1Ra7vI8PQOWjciZfJ1RpWy3gJa5zkttLbQeh20/ntIhCjH1uZ2FXB9"
    "DZTV4fU84Oy6EP/eRsluHndueCjRXC0zPkeCZzLcXK4T2ySC5gqFheV3Ov4Vi4jvCm1tBs"
    "CDygDoE4C14GovELZ+cVqr5q2aX6/m+TVloMxL1Hxye4Oah/nhHhl6wDAExVpZ23NGHsMy"
    "RIJes8eUIeBGkuey9FD0gAES6jdIfDfFtmIvGJ9op5hOji8q39XMQ+6g7fUgwykWBWWM1t"
    "TjyXFZh1Zth1Yo6jlaYnprmFbRUPrfGtKN6Xsn3WZO1NIE5VUhr0nsybPtUdZ//rspae89"
    "n8oeZvYVilnH2oObZqXUt6rjImyrzk7ML1Ei3GaCs3x2hts2w62xmde1YK3WeLVmt1Vlng"
    "rOTBfUxDd5HIXzm6rTNIjqTkd+tUcCBWRCAmhBX2QP72LICq1ZyMIWrm5T3G4XHeU2mreP"
    "orX+h875Hzzu4Hrlw1OOrSTcMgDVdPnwjhRiSGPPuliHoTWdlVu2uLtuHeQ2KjLZprFRhs"
    "3Ob6vnFws5jKqjbDPPq+x2vls/38pGprdbT3eO2852m2c7+jILgNA6b0CWa3/pvE+aQkH3"
    "kss7xh5mTs3uKhkmK/ft5C5pvaCEmL53ZuvubSp4XOib16oh4SU2K+iNgp5i5tZzDqQcvR"
    "Pv7v2GupK/IKRgFb/h3COYlVutCd+SnMeKsSlBJ1f2C3beXFy8z+GcN++Wozt+//Dm/POh"
    "cSum7XFXN+UprRfQHNNbT1fxZtGy47sv2J/pFy09xIsoBlWO8oZCE1c80TPjC4gnxcgxid"
    "I6snTmYTnhAfR+mvFArRbdlAk6YmDdUPYw7S9rsqyjDrPqXkElsGYec8U+/v7+/am+kAyU"
    "5MQIvKjZPEMNas8I24RL7RnhPet6206j4UphuGABl7cOjsgfdOPgTMBKxQTFDMdWboG2Ia"
    "Idl7QPCHbrCTTDYQW6KlA/hL+8xvqM6a0wV4Vp0Ow2p6R5ThsH3TpPe8vMMDGlsw/8dq0h"
    "ltAMKkVVKuqhr8grh1fqJoM8UMaPR/AtgVoAC2UTjRfaWNJ9dY25M6WQF7hQZhPUSoYCWB"
    "SaCvoz2EvQJOB+UajlroevXYNZfYuKwBZm7pKpZat+Np9HZ81Ya8Z22Iy1VeOal/GN+tNq"
    "7cMRfR/lu/uukLaeibUqGrMqPpGA8jykLaeqblnMNENF2+KCETTm4fVUIsN3ikawRYyQKS"
    "WmrIJALdT5azRKUqtG5mQFL3zdjwWjS+KR6wD76IviESsGRgPP0HWCg2v1B2GwXFxdQzhh"
    "Phqonx24DL3aHaIGNnHoIzUidc0DJyHkUlY8CkqGLmihnj8zSpPpreHSTsPFguu9gGsL/p"
    "oHfzMP1woai+l7KN/dx4tZZJ0I91UF2b4qFe2rgqYmkTatId4cUw9l3MgGIXgY1BNzytFH"
    "Ge/eQvSLy4r+TBzqY6/ESPRLCou6hus44u6gvNcd2p+/fffh7P3h0+eDk6XYxlj0z5+suO"
    "jCAD76elgtw9PDRbzjzVjbYNsUlMoxWo9H6zweS/WGtqoZlrLZCW71BHckMx/cLwcdVfW2"
    "wmJvv6TWOIcvwJV5UOgRNrcG693A2hVavWqXgvpTLAhEeuCoF9spgiKCcCWTYYYgn08gzN"
    "y4w9qt+h1u/OPTu8LiXbsZ+YplPcKm6BcSUz57JBCfR55fRN3X5oYSWeoEBvKcF3jXrt44"
    "PmUlcMX6gK0PuBv7tvUBd9/FYz0Q1gMRCfDtx//dD7i2/uCObhbd8Ad3tsSANRG32ZY7YS"
    "Le27Fr2xJ5+px4fxHKMf/6ThL/oNgGT+8PNhjimrKiIc4QFP9SNi9YGFRCLsWcyqnOvnCw"
    "spq1fewSjyrjGJo+TSQJ4O8Vr5Xxi/4Ljb7pJA3I2/j+t2/s+6jAJm/oIVVyPTKuxigdv6"
    "ZhXP5pFZrFNqsgk1VgjeB7NoKTNV9PYyQ8PRRyA8jLpnLYNIOuLl6Jr+vINiLvnT3WwNYb"
    "UB4UKrgvPva8Umd7lm9/JSOb97o/O3n5IvGzwy/rPOtfPpy9f7+aeT/DC4/jgs2gvL9fhq"
    "UX+8E6W7aJ3n5dOdwnzAWx7UfLNZDspey6maxT8STL0pvSsjur0UGCgBcc/pTvEwlDD1Tb"
    "vveIgAh4/xrSTjmsuG271f1MRdc8vS5n2xT0z7DZSv5tm9/WeJs/Yeqmeb4HhR7nJZrBeq"
    "8zhFcO01TgyoFghuWRrrvKTpFpRYFCJqmHRmnj4JGOs2LIwzNB3MFKHu1SENiORt0cspUJ"
    "GoGTFlur1cZgdUdd2his7ntHbR6ubTpo1FtXnR86mWu7epo5TmvPtA7v5lwyCeqqO815Tj"
    "vNrZ5mXU5HXa3hysyyWFfmiisTrJHtEihtR9bWfjIt8gQEkoL0f9EBzSWegBzNYJMnIKIe"
    "ToC8oifgckqQ2gaIkFAJWBBEZtyZ6vYszNQBRsnAp9CyRYeS6SQvhrgHyViGQ+deTSDfa9"
    "Ux0NRDNkeilToCkufV2DBzPL3xCdxxxyy39vWU1XO3JCx9OoLfc+NGPmf1jP+EoQeHQktG"
    "00mVtBVFVW42nbxqVbjyp4CrrV3tf+ewa5aojTzNJrURUw/1RlxRbZzHccECYQ+6gCzSIG"
    "PYwQOShhWbDd6ZYnZtGnJN1QyuKondDHkHlWDLm+8vEJmHUk1urbSkDEsPnWi79++kH3Z9"
    "I2aZdz/G/z7XvDVkdqSRPqtt2Y/FX6CNMvc3aKIgoax8igmFIRCVxI+rDev8lhmHWX6NRi"
    "yEYw1dRmKuW026PmWm9ER0ZIr+E3JJ0OHfnp4UNKts4gGbzzbNoPZMs03w2p5p3vOZZvRR"
    "rMi4dJWnDH2yJXfXms6eETd+RkyjrNHKmY0RfQ/l20AnHwWi6um9mKNP+8GefUsdOZjveF"
    "qCjTQuFX3Xzbbcx0Sk3LKhaY7TnjJ2YZbHtQyEPFf/HPO7glstcoNMSBBg76DECRLdHWxy"
    "gRi6qg4Qhii7VbARzTGVSvxowgNd3sNcJkhy6Li00B4JMSP4Bh3qyGs1OxMa+MQ9guBr3Q"
    "MWHboBn83UpcJSIo09aLNDJHqG9Yi0CRRaj8g9G0DxV1FDyBmWHoq4GRtei6yWoyTDYqVc"
    "TcrQjnwrJJxjtPZOu5GwdR7sI6zfWpU9/ZZaY+t8USDe/UPNon65AnMnS7DB4hFAOpxr2u"
    "rJq9yFdQelDQ0nOpxPlQECQUFT9ZsfOlPkqYXpLQYI7oD4iZu2DJDkqzwaIP1wfaRbcPS7"
    "+4dcMbg3xlIxSjguNgFMrjKkkOCakSkepAPyIDrW9EeIgDGYUsr0ColAk4D7iumuAU+27u"
    "LBg6+7eH+C371FpL+0VQmX10NJGHqB09fptyYKoui0/rogI2GyYN0CjFKA4UyJGyos+hsf"
    "lyCMLMUmiBHTDv/i48oYQ9EiNyQIoroUFoCm9K+hu1AYwBqA2wLhwAcdTYNIbztRFwii8A"
    "BhcGuBJjQgRZFlOx+/Xllm9ej63YosOHhY4KBX/tK/zE5RVcARuRVtBdFGm0lNKJByWSzQ"
    "OizQxfqvB9++N+W12ze2nnGP1mtAlXLsUeDg/tiPo3Tn/acioFVHxDmm3sVkNGCPW4f/Hh"
    "z+YABs4+7P8llnf5v1r66ZMKyd173E1r9WVLvfsYzItnJsLbHaL6ptX1R7vFvqiyXuG1yS"
    "MJneHmzwa2nC4RhXz5ccQz0VhjAyvMijQp7C8ZN6jkcJhPNBbn2wgKMpCUdQ0W/JIdR8yg"
    "VBQegRQSSClxcFzq1GnmOOz/TRGoyHDkfpEd1xRhijowFSE69DEbn2kqV1abUfDYJGKrvM"
    "4FFDPUmDtAG49Zrdu9csNy+VVWKWybp2bC3ZVkS/WQfwXpZyoBBaUb2vdf0yYo4eWPsP7n"
    "jY4ufGLFKbofggptmjk+1mOcdoP+W2zXF7TOEZ9t8TIcqKB2XuDzYYw4pSgQcgrdEDRQj1"
    "ZkhiXdpHmhBMGAk5HhaCqr8jQFiYSzxAU+yfRlVJdaUfZVD+EN0rMIJ3OfwV+4FxqX85FA"
    "6fETRKAODpx7MP56NBFFIaX1XMYB57Ou9ODTqKxWYe5xEcsNEVi0eLLO14rMhuV3zwztFN"
    "NWQ8vLLhj47R7wzaHqFI7EhIPlMUoMMrV+P780C/ABCrj5141rZugW2dTEnlc5uYoYeGyE"
    "9VTmx+Kj+x+WnlxMYs9BriTRh6KN4dH+xC0H0dEy+m74Vk923iTZSCrXW+mzD07zBqhxtz"
    "pkGtI4v6qZYLOGHogcNiH543a8f21cbJu6K27OqZY7R2bNvmuEV2LME3JPgZLw5K7Njk/m"
    "CTHasphy5e1Ozlqew6fkPgZBVHp6rwkxoHHbpUKJPMkSgaHTILiLHUlJGnswmVeQbnrXwu"
    "CuvgNvGIzYVfXCMveJRecMQWxq2kOG0ZmPbssY3XwZwWqbU1Ep4WarM+CLcRiBjtQauooS"
    "SpARct3RxW6KCc14gVlL+NGXhYxe4uKQk+4OCmGOwkdzdAHanohr4irAh0vtAk8xGnEV1K"
    "Y8xCXXcBvOlTLNCYKIox8fg8Sp40WZOAVqD2HPG5LupwrZ5GCsBOc4+p3NbcIhyLcLq629"
    "kQtK6ok6yM9T42FDTqM1nHR7LEal1h1k1Shhv+wAFTgv5cVjcqc38Ddpgbysoukog+cUhE"
    "B9uKDHumxpOnhEiCYzSiru7nA8VtcehSiZROD+A4nbqvdaUmGb3Mkotk14+4YvFRugEjQG"
    "Y6csOJfhwjgBw4yYex0OEPIYOXGKAfAjiuh5/FAIEPsxR/rJzGl8IReyRvi0Tc/1ZssUb3"
    "sQZEE9WRcEzfuyPNBpyB9jyzryAuN82g87eb5hynPdFs2yy3BqqfkYA602KYHt3bANFxSr"
    "UJoJdP746rmz4Ux9gd2wSWw9BbEghalERVrr4zLD1ESM2EfanPqoaEI/IeSvfpkydV8OeT"
    "J+X4E+4tp1sq+5wVqM7fvlx8LDOkEpZlnUkdif5PJ6R3UNprhAvCyGnKlYDR5djQJRUIA7"
    "y571Or7/8PwhxLjw=="
)
