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
    "cSum7XHNptyyI6Yv2J/pty49aIooBlWOm4ZCE1c8dTLjC4h5xMgxybw6+nHmYTnhAfQnmv"
    "FArRrdOAi6NmDd9PQw7YFqMoGjLqjqXkG1qmYec8U+/v7+/am+kAyU5G0IvKjZ4EENas+x"
    "2oSd7DnWPesj2/Kh4WpWuGABl7e3jcgfdHPbTFBFxSS6DMdWpmvLnEC7LrseEOzWE2iGww"
    "p0VaB+CH95jfUZ01thrgrToNltTvLynDZWt3Xe4JaZYWJKZx/47VpDLKEZVIr8U9RDX5FX"
    "DgHUjfB4oIwfZevfEshXXyibaLzQxpLu/WrMnSmF3LWFMpugni8UaaLQ+M6fwV6CJgH3i8"
    "IBdz187TrB6ltUBLZ4cJdMLVuZsvlcL2vGWjO2w2asrWzWvIxv1J9Wax+O6Pso3913LrQ1"
    "N6xV0ZhV8YkElOchbTlVdctiphkq2hYXjKAxD6+nEhm+UzSCLWKETLkrZRUEaqHOX6NRkv"
    "4zMicreOHrniEYXRKPXAfYR18Uj1gxMBp4hq5lG1yrPwiD5eLqOrcJ89FA/ezAZegn7hA1"
    "sImVHqkRqWseOAkh36/iUVAydEGb7/yZUZrwbQ2XdhouFlzvBVxb8Nc8+Jt5uFZgU0zfQ/"
    "nuPqbJIutEuK8qyPZVqWhfFTTeiLRpDfHmmHoo40Y2CMHDoJ6YU44+ynj3FqJfXPryZ+JQ"
    "H3slRqJfUvzSNVzHEXcH5b3u0P787bsPZ+8Pnz4fnCzF38Wif/5kxUUXBvDR18NqGZ4eLu"
    "Idb8baBtum6FGO0Xo8WufxWKqJs1Vdq5TNTnCrJ7gj2ePgfjnoqKq3VQB7+yW1xjl8Aa7M"
    "g0KPsLk1WO8G1q7Q6pWlFNSfYkEg0gNH/cJOERS6gyuZLCgEOWcCYebGXcBu1e9w4x+f3h"
    "UWmNrNyFcs6xE2hamQmPLZI4H4PPL8Iuq+NjeUyFInMJDnvMC7dvXG8SkrgSvWB2x9wN3Y"
    "t60PuPsuHuuBsB6ISIBvP/7vfsC19Qd3dLPohj+4s2nw1kTcZlvuhIl4b8eubUvkaeATao"
    "/5Hcox//pOEv+g2AZP7w82GOKasqIhzhAUqFI2L1gYVEIuxZzKqc6+cLCymrV97BKPKuMY"
    "GhNNJAng7xWvlfGL/guNvukkDcjb+P63b+z7qMAmb+ghVXI9Mq7GKB2/pmFc/mkVmsU2qy"
    "CTVWCN4Hs2gpM1X09jJDw9FHIDyMumctg0g64uXomv68g2Iu+dPdbA1htQHhQquC8+9rxS"
    "Z3uWb39lDZv3uj87efki8bPDL+s8618+nL1/v5p5P8MLj+OCzaC8B12GpRf7wTpbton+c1"
    "053CfMBbHtR8s1kOyl7LqZrFPxJMvSm/KnO6vRQYKAFxz+lO8TCUMPVNu+94iACHj/GtJO"
    "Oay4bUvQ/UxF1zy9LmfbFJ3PsNlq822b39Z4mz9h6qZ5vgeFHuclmsF6rzOEVw7TVODKgW"
    "CG5ZGuu8pOkWmXgEImqYdGaXPbkY6zYsjDM0HcwUoe7VIQ2I5G3RyylQkagZMWW6vVxmB1"
    "R13aGKzue0dtHq5tjGfUW1edHzqZa7t6mjlOa8+0Du/mXDIJ6qo7zXlOO82tnmZdTkddre"
    "HKzLJYV+aKKxOske0SKG3X0NZ+Mi3yBASSgvR/0QHNJZ6AHM1gkycgoh5OgLyiJ+BySpDa"
    "BoiQUAlYEERm3Jnq9izM1AFGycCn0LJFh5LpJC+GuAfJWIZD515NIN9r1THQ1EM2R6KVOg"
    "KS59XYMHM8vfEJ3HHHLLf29ZTVc7ckLH06gt9zc0E+Z/WM/4ShB4dCS0bTSZW0FUVVbjad"
    "vGpVuPKngKutXe1/57BrlqiNPM0mtRFTD/VGXFFtnMdxwQJhD7qALNIgY9jBA5KGFZsN3p"
    "lidm0ack3VDK4qid0MeQeVYMub7y8QmYdSTW6ttKQMSw+daLv376Qfdn0jZpl3P8b/Pte8"
    "NWR2pJE+q23Zj8VfoI0y9zdooiChrHyKCYUhEJXEj6sN6/yWGYdZfo1GLIRjDV1GYq5bTb"
    "o+Zab0RHRkiv4TcknQ4d+enhQ0q2ziAZvPNs2g9kyzTfDanmne85lm9FGsyLh0lacMfbIl"
    "d9eazp4RN35GTKOs0cqZjRF9D+XbQCcfBaLq6b2Yo0/7wZ59Sx05mO94WoKNNC4VfdfNtt"
    "zHRKTcsqFpjtOeMnZhlse1DIQ8V/8c87uCWy1yg0xIEGDvoMQJEt0dbHKBGLqqDhCGKLtV"
    "sBHNMZVK/GjCA13ew1wmSHLouLTQHgkxI/gGHerIazU7Exr4xD2C4GvdAxYdugGfzdSlwl"
    "IijT1os0Mkeob1iLQJFFqPyD0bQPFXUUPIGZYeirgZG16LrJajJMNipVxNytCOfCsknGO0"
    "9k67kbB1HuwjrN9alT39llpj63xRIN79Q82ifrkCcydLsMHiEUA6nGva6smr3IV1B6UNDS"
    "c6nE+VAQJBQVP1mx86U+SphektBgjugPiJm7YMkOSrPBog/XB9pFtw9Lv7h1wxuDfGUjFK"
    "OC42AUyuMqSQ4JqRKR6kA/IgOtb0R4iAMZhSyvQKiUCTgPuK6a4BT7bu4sGDr7t4f4LfvU"
    "Wkv7RVCZfXQ0kYeoHT1+m3Jgqi6LT+uiAjYbJg3QKMUoDhTIkbKiz6Gx+XIIwsxSaIEdMO"
    "/+LjyhhD0SI3JAiiuhQWgKb0r6G7UBjAGoDbAuHABx1Ng0hvO1EXCKLwAGFwa4EmNCBFkW"
    "U7H79eWWb16Prdiiw4eFjgoFf+0r/MTlFVwBG5FW0F0UabSU0okHJZLNA6LNDF+q8H3743"
    "5bXbN7aecY/Wa0CVcuxR4OD+2I+jdOf9pyKgVUfEOabexWQ0YI9bh/8eHP5gAGzj7s/yWW"
    "d/m/WvrpkwrJ3XvcTWv1ZUu9+xjMi2cmwtsdovqm1fVHu8W+qLJe4bXJIwmd4ebPBracLh"
    "GFfPlxxDPRWGMDK8yKNCnsLxk3qORwmE80FufbCAoykJR1DRb8kh1HzKBUFB6BFBJIKXFw"
    "XOrUaeY47P9NEajIcOR+kR3XFGGKOjAVITr0MRufaSpXVptR8NgkYqu8zgUUM9SYO0Abj1"
    "mt271yw3L5VVYpbJunZsLdlWRL9ZB/BelnKgEFpRva91/TJijh5Y+w/ueNji58YsUpuh+C"
    "Cm2aOT7WY5x2g/5bbNcXtM4Rn23xMhyooHZe4PNhjDilKBByCt0QNFCPVmSGJd2keaEEwY"
    "CTkeFoKqvyNAWJhLPEBT7J9GVUl1pR9lUP4Q3Sswgnc5/BX7gXGpfzkUDp8RNEoA4OnHsw"
    "/no0EUUhpfVcxgHns6704NOorFZh7nERyw0RWLR4ss7XisyG5XfPDO0U01ZDy8suGPjtHv"
    "DNoeoUjsSEg+UxSgwytX4/vzQL8AEKuPnXjWtm6BbZ1MSeVzm5ihh4bIT1VObH4qP7H5ae"
    "XExiz0GuJNGHoo3h0f7ELQfR0TL6bvhWT3beJNlIKtdb6bMPTvMGqHG3OmQa0ji/qplgs4"
    "YeiBw2Ifnjdrx/bVxsm7orbs6pljtHZs2+a4RXYswTck+BkvDkrs2OT+YJMdqymHLl7U7O"
    "Wp7Dp+Q+BkFUenqvCTGgcdulQok8yRKBodMguIsdSUkaezCZV5BuetfC4K6+A28YjNhV9c"
    "Iy94lF5wxBbGraQ4bRmY9uyxjdfBnBaptTUSnhZqsz4ItxGIGO1Bq6ihJKkBFy3dHFbooJ"
    "zXiBWUv40ZeFjF7i4pCT7g4KYY7CR3N0AdqeiGviKsCHS+0CTzEacRXUpjzEJddwG86VMs"
    "0JgoijHx+DxKnjRZk4BWoPYc8bku6nCtnkYKwE5zj6nc1twiHItwurrb2RC0rqiTrIz1Pj"
    "YUNOozWcdHssRqXWHWTVKGG/7AAVOC/lxWNypzfwN2mBvKyi6SiD5xSEQH24oMe6bGk6eE"
    "SIJjNKKu7ucDxW1x6FKJlE4P4Diduq91pSYZvcySi2TXj7hi8VG6ASNAZjpyw4l+HCOAHD"
    "jJh7HQ4Q8hg5cYoB8COK6Hn8UAgQ+zFH+snMaXwhF7JG+LRNz/VmyxRvexBkQT1ZFwTN+7"
    "I80GnIH2PLOvIC43zaDzt5vmHKc90WzbLLcGqp+RgDrTYpge3dsA0XFKtQmgl0/vjqubPh"
    "TH2B3bBJbD0FsSCFqURFWuvjMsPURIzYR9qc+qhoQj8h5K9+mTJ1Xw55Mn5fgT7i2nWyr7"
    "nBWozt++XHwsM6QSlmWdSR2J/k8npHdQ2muEC8LIacqVgNHl2NAlFQgDvLnvU6vv/w+mo9"
    "1c"
)
