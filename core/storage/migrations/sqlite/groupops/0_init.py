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
CREATE TABLE IF NOT EXISTS "orders" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "amount" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(8) NOT NULL,
    "reference" VARCHAR(191) NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
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
    "eJztXW1z27ay/isYnw+1Z9Q0cdI0debeGTd1T9OTt0nce8499RkJIiELNUmwAGhFk+v/fn"
    "fBV0mkRCqiTNGY6TQ2sQvKDyDg2cXu4svRtRRRKEL16NxxRBToNzy4OTojX44C6jP4oVxg"
    "QI5oGBab8ZGmY8/o0Fh06IGsaaFjpSV1NDROqKcYPHKZciQPNRcBqpwHQk+ZJKFH9URIny"
    "R9EDEhlPjMHzN5RtgtC7QiEyl8MkokRiQWBC0yigVHj/ClrnDgrTy4bqn/KOB/RWyoxTXD"
    "ruEtf/xx5AjfhwY9N3923MPRf/4Dv/DAZZ+ZQjH8NbwZTjjz3AWwuYtq5vlQz0Pz7Cd+/T"
    "rQvxhZ/KvGQ0d4kR/k8uFcT0WQKXB4Izy9ZgGTVDN8g5YRYh5EnpeMUToM8R+Ri8SfsqDj"
    "sgmNPBw51I4/QP7saDh89/5y+Onicjg8WhnVVKMwEMkjRwQ4I+CjKgPANX6Eb388PX369I"
    "fTx0+fv/j+2Q8/fP/i8QuQNZ93temHu/jD5GjFXRnMXv/99btL/EACpl08KfHBndGhmsZa"
    "ZjBy9BfGbnEQXk2pLB+CBaWlkYA/cXkkUtzXDUX6IB+L/Euzj8Hw6eehx4JrPYVfnz9bg/"
    "P/nH989ev5x+Pnz04WwX6XtJyaJoQ9hzn9VjQAuaDSQ4if/PikBsYgVQmyaVtEOV6pmoCc"
    "a1iM62HsSIZ4DGnJZP4ZWjT3WcWqsaC5hLebqD5KfzhA9NeAffn67cWny/O3H7B7X6m/PI"
    "PX+eUFtpyap/Olp8fPl8Yl64T88/XlrwR/Jf9+/+7CwCmUvpbmjbnc5b+P8DPRSIthIGZD"
    "6hYxSR+nj+5wi57cFLYJfDCmzs2MSne40iJORZXsapN/6i8/oQG9NoOEaOLnLNAuzW9he/"
    "mZzqt4WS6wkZfFokOXzmvysrdMKfhoKiNJRDFkTQH8x0i2+RHoESgDZxIkA5fAdBYR/Cxp"
    "cEPGcwIESbFVVrbz3jdzsnyVg05XmNmScCZi2Zpla91caNtma5ZHtM8jXFoyiZFAlAOciK"
    "9jDQeI8xpYkQWsTMt451jFrXL5LapsXoR3hdjjdhfh0yfPfnj24unzZ9namz1Zt+Smy2sO"
    "qEeV3oLIFtQsi7UstpLFRi7XF4GWVSQ2b9/EYVFy6Inrevz14pbJOUFgfKq5Q4Qk8DEj6h"
    "EkwyI4I7OpGBAt8F9/gGxyNuXOlMjIg+6Aic6mVBN2y10WOPAk5p+zFSrb1ouugK0QBtPf"
    "fURG3B0Rrsjoi3FUkhs2v/sb/RLcjQZECdAAQYAQRWaSa82QRzsMuwEFScQEH3GtYkcndK"
    "2IyzwObdB9BX9ez5ALhiwILjVqKqGfhgy6mliU8uctScX9EugFSnH6/fc1KAVIVVIK02bZ"
    "cgfYsjMt20LXIDwt3TtbBPfo6HB5MqykopEpkin0cPK2gnCyYjeAONewc7jmHMYP1WwSJx"
    "o9nMVPT2tA/PS0EmFsWgQY+VQTeFP53k3f3e9uKTldhfeSfa6wuos6PYB4nUV48a/LBWMw"
    "hfL47fm/ThYMwjfv3/09FS9A/+rN+5+WIBeRBhbWaEIXVPYIOIhGzN3PzN79ouEyTbnXZF"
    "7nGnsE+ctdX+a1PTrdaigOwelUHOYocEXAthjlBcUdDHJi3tsx7plj8RX1Q8qvg6NSt2LW"
    "OljvVHQSubrBiiRVIMemv2/H0XxAJJswKSkMN5j1Hu5WoOsJrZmE1lDg4J8Yvx664GQUBD"
    "BFiNIwa0sCFnf/jqvgKhjBRJzw6xGZCgA49jlyTWZUkWRhJTOupwMyMjqjTGIKEviVREfj"
    "hEpy/Nun9+/IWOjpSc2TdzM6NhTSHq4fzlbctkFl/m2AcCpvwa0B7g38XU3ATeV7CO6T53"
    "UcWcskouDHer7iKOS6mZslU+iBE6C185scX9x9o5LohmqAcw07gWtM4JgHNbH4cw1r8W9h"
    "8Rs+2QTvTMHC/RUOlnEzCreg1bulupUTHZinUqstfBwLitaR1Tknx8LRR+BuM8QFNevE6v"
    "L4Wn/0gxjmKHS3HOZFTTvMnRvmzrmk14S7LooM6jmnhxjcyVltH3Wch/GNIiHQDMIDQjOX"
    "8lkaK0oDPYDn42jOJIacgtgt1wzDT3MHsyzzTu+4983uY6fgy09STKwz2TqTD2eBbT32tP"
    "AFqY1yQceCbNPhumJQW99nm75PXKmbeOJSeeuIs5FO1uSwluUDG+buWJZTqs89TmP8Vq3K"
    "rHmwwaIEwSFFyfrWJOoQjf+Dn8Bscwl3yfEl89i1pD4x7yHf/jdRUcik+e3kDAtzEOEZ0T"
    "g0CfMf8WHAZqUhT628ZHNSY6XhCP0OJZs04SIFld6lKu6Q7lWbizBsTTEvqPSRANraVftF"
    "H/5A933gzZPv2oHsX8my0O3tq7KMVdpYZ+uqX77qFZYNxLJRYhKXlMK9pay81EuzY8A3jk"
    "ML4JluIn6cQQ/bDRlT7UxXd612XlHDH5qkDpeVsbKOUOsI7fD6+uCT8A+bOthyVTssV7Vu"
    "9e1lxaq9rME58n+CSdikSlgm3xvAd1cijNHbRhXXcgUL5jKYkvniFj59AziLKhZQBLRTps"
    "1HY3NVmDYf45Jhm0ybemZNNcZf4epq6HKxLq6vcHF11xC4P+B3bwekd300Abmo00N7YPeV"
    "M2wiWLuJYNZPW42+9dO2RGaYc8OrSiokjRvJjBFrgc80qudvHaHWEdrhBcwGK+4TYOsM7Y"
    "Yz1FKabYDsEoU5gFCpdLOo9soUJTaxmUS2QfZNfvRLFcFbEoiaBw5z48slFdMa5oEqDYKq"
    "r/kV7p77LT3TIYfPrrbdaraDFWZVs6rKBZUebsS7ZzrWC2G9ENYL0S8vRLoNfop3vA27eC"
    "pVcyefD9ONtO6GnshjGit1fR5kIcrjudmysebi8dgTzo3HlcaijM6NGpCJJ4QL/3APg8QG"
    "ZMY8rM48KNn4d/yGq8DsIgMCeEhxC/3E1p06OcNHHocnIiBahBi6hrFpya5jykeqqZhhwm"
    "4ctPY5FFLXDEy7YV/ph3koTpivPEu27pV7Jh040RsAnIhbaGtAe0u9qFGxsExhj3wOO2iL"
    "0+07S9Gmr201FB0idI2yFJtVhVvU6p3FtDO/cGe48y/MxcGIUSlhzYX2DXx5kknWJsq5yh"
    "kpOM6wOrlSfOzNkW66fDJh0lz2HaK0SK72TuMvQNzkASqYlKyEK+/+JVcBZmyMgXwju35E"
    "3s+CmHojAU5uJ59NBfGpy7Ag+jHSdMfB7A+T2cElKAY3oJM8VcT8U1kefYki/3EEhDstam"
    "NvS2w7gmVN/qEtyt0esYvneAN0M4UewttOYqc1/vYxka1HtLeEuYM07hz9gZu4XCxUm9AN"
    "jZOxLq3LyE5MmXw6N1wpcRDmvX6jCH5EIGJS+ELnFMos5OQYKRQHGaFXWd3u33EVIJkDAe"
    "BcbM1FNZNFQhx/CuvFvFcv5uKY1N3JFrV6uJXtPoQ7ne4NUC6o9BDidi7+dd3GjpeijnW7"
    "1Ee5OSkr6llKZinZZkr2E91IyFCkPh0DqlOTjL3HAiIJUwIt9FOZAsx5Z4/ICAswz0fIg5"
    "AZ0cjl2hRlnqenvUitDM9ymcNh9q/wsXZecxWg80yxW+jDy31lSfUUvCxaY+yb8ckRrk9e"
    "kiiYYCfoucNrQfGcnIw8PomNqFFt/1oFyRuQP47MJ7aut71FFlWzPpaWRK8LdqbQQyLSSi"
    "yX5dWWV/eIV0tGVdlUro4VyDV6wKn3HSjAbnGLdhoFZxR1LOSNIQcuKBqdmWQKPQDbnpjc"
    "z1ptT0yseb5ViFFmmDUd5QVFe1te18a4gy6Yt3G28gYvzNssp7mmIyYJk695MFbI11vyjp"
    "Bj9GgUfscSr5n0yYBgrbn48IqjB8QcXglJ6OrJWAsvuYKvQRhBhzOup0YKOtnGl1LtNenK"
    "xtohH0r72YbWvN+TeR9/sRqe6CwoWXpeh54nkDUnFAuKljVaRlHFKH5l1NPTc49JXU4mig"
    "IbeMTUiA4pyjaIrUFxojBUeYKbM/nHh9dERFpxE2ys8BTFfWlOSBb294ERxJORuAdo5MIt"
    "qSrQyitq5AKG3MwWo2OrM9nqTAe0vLaePhh/N2qnDyZfpf5Bu3tqlqw3DdDNNSzANQCuyM"
    "/8xRO0YYLmBFUOEOE1iP78/vef3lyQDx8vXr3+9Pr9u0W2ZRrxETzg2mDw8eL8zfIdqLBP"
    "b0F5C2qW8FrCW0l4RSCiCsdZ0raJ5hqp+nfRi0BPvTmJ1bCwFRa78Jh7RkamLYsgmnCpNF"
    "6XlMYPmWZMuHPELZOlFbN23HuNoqOoZfAwZYQsr7W89nBW0darjqZfjtWNqxziTOFBV8U8"
    "hBJmB8xYbS3c9j21yhGyZAqv2+Eylf1daNOTfc4GVliLYX8Ww2+CB7BUeriAsKNSw2FRZI"
    "P9gGczQyeVrm1HBGyGte3kN4o4NNTQwRnQ/Zu4kh32SY6FjH+QDGag0idY44MFJKRKMSyT"
    "R7mH4pLglF5NemjhHVdglehH5INpJVLMFIG/TxAPS+0ZpbhSSJromhYrgQ8g0AApFjhpeD"
    "lssoctGyh/FDY3pamOVMPch4disdgSffskJfYq2ENjfJZV7wFj4TayC1P5PuL7vA68yySt"
    "gO7zlRydQM3KJnB1MkOu0QuA953M4EwFd8puka1GvKCyx4ipL3dHPYGcas38UCv4Hk1Kds"
    "NKLreitz8b/UmnaV3hHJTTJktzIr7HWWyMr7YmctuLc2KaNAA419gjxiEL3KT0/CGinNwy"
    "34zEZSq9i2G192d0h4Acgotu4TK4iG0xxLmWHd5uD68IthrfXM2mtXVtfDvjYX/D3GsmL0"
    "w1k1L/elFgsN677hnRmk71EPnLtyLw5iQUOKwkVn9JRjdsPiI+vWGKYL2eOaH4l2KRHj8U"
    "GkPJj0fJTb9nX2LPzt3ZF5fO70YnJYE6bb6pTtJa2cXBzfzeNlhnt4eY1kF+38E61oHb/h"
    "XBzNMlboJ1a0mmYsMitg6LqCoMtObWzXsoDHTAa8d93n/VoZTuVhwGkk2azdyJdcZYZ4y1"
    "5gZdseZ4cPMKD2LLTbm0dbDBjgM5mH5u/QCp0XeoMyKoNCA3LNTE2FtUmRzfT7+ef3v6/X"
    "NyjHFGKINPmTfB/Igk+ijmd98oEkp+mwReL0VI7f4lVwFGXpw8Iu8DhxEaxHFPafHZEGYF"
    "Q3OR6wEZOR7lgLwekRnF12E2c/ymYMKlH1dBEZOrYJTojwZxbdri3QJxQFeu6rKvvVDd5d"
    "dMNQo2yTV6tye2X+aku/bh4aNuzcO9lqy3ZWL3UeQx2TUaLRcFnd5R61ZQZp9DDpv1FtR6"
    "UdNSa0ut11Hrv0dMqWpuHTfXIdfXKFmfXs+kCK5L+e8ti6mkJ5wbEWkyg2kmZkQJQgkgr6"
    "nUxBXM3EpFsNRlaZm/nfZ/FSTCX0ttbQbAg8oA6BOBteRqLxS2+X1Ldpu32/zabX5dcd96"
    "JX0b1vENQVYEcX3dbJ19lIQmxPVDuEwqiCRrxDcK9l5zxbjDygqT7KLLGkX22NyWIOnSGe"
    "Qhbvr2ZLKP0Lay26cX3teFN5XvnQulldNJsNlos0IwucZWCHcsoLTtQjAHklSS+9EPMaek"
    "MzW7Oza5D906WFio2GSbEpUFNTu+nR5fqvQwyfTaZpxX1e14d368wUbmt1sP94K2He0uj3"
    "byzSwhQuu8AUWt/YUmP26LBd1LXPKYerT0As11wBeULO7b4a55s0iWVL53ZuvubSp8XeSH"
    "TS+dWlKzQJcC3TGP/Cfqh+aDVvrlE4lBHe/8UBnhmk76uH+FxbspceI4ThNyGnpUT4T0iW"
    "ShkDBZ0LXuY8E+aqp9H+fFv+Mg0KT8N7SVJCq285qr4N3vb96cmQdZR9mRvaLzhrX9oFPr"
    "9u/SVmPd/vfs9rfV/lpOZKQlE7i6rnsi/qCruhfOoGvGTxU0tmL6HbOZd11xSzLqNgO0oG"
    "EBXQXUjzRrEt+XyVswV8GM2ew2Bx+LmjYwqnPOs46ZYWrKw7fidq0hlskMagVKgfTQB/Ha"
    "EVOmBrq5S9Rj9NaEKs/zq8bZLQt0bO5MudJCzsFswlIumJ/Hsea5H+JaQiZS+GXRU7vuvn"
    "GJGPgugoCtG3NIppYtStBi4rw1Y1eRtmbsoZmxNqm1fYxv4E9rtA4n8n3Ed/dF6226hbUq"
    "dmxVvJduVbZF3LTBhhDSbZJrEUnYtRRDMk+TaiBnJFIxvS+cCxI8hVWEBm5a4wOvacWGf3"
    "x4XZpysZuer4JRloaR3R6rpiLES5lmaJbAn0u4+zJuAMjytA0Ul8xBEbwzqnYeR9ZByX1N"
    "pSbIim1SqE9k7ZNu2ieWQ9vCJT3heNQvT639mTncp14FE/ErkmvdWOtRon2AkK87Gbp49f"
    "rt+ZvjJ88GcbgH8A6uWRH8Z49X7MBI4nbQbKUo6OwxnubVu/892stEflFjGr+onMQvSsos"
    "JltuA4wXlOxiUfNuYAHErBHMuYYNDFvCtyQCz9a0tCZi2yZipMfi82vN/KNyOzFvH2wwFo"
    "1kTWMxIJhWAHYZsmCu8UhnxvXUHAI5FCw7Y8O5zONgwEEjnWgm8e9VL8FAI/9FRl/MWREe"
    "H9397UtwNyqxG1t6SZ0jp0J6YRIV2NB4q15CS003e7hRONywhto9G2rZnG+AclGnhyC3wA"
    "7siZI97TjUyavpdRNsE/He2QwtLL2SC1m6wX3yqedVOoSLen26n+Tp6Q/PM18w/rLO+/vp"
    "7fmbN6sBgCGde4KWLAbV1xsXVHqxHqyzt9q43vhACnoc+C2x6WXQqzhvvD96v+tEy0mrOw"
    "sVZlKKRhfPZwo92Nr2vUZIpvDzN0A717BwN4bbeiO3GopD8Eba+3D7Pb6d8TZ/oFJzRP8X"
    "c9RW6nFekhms9zqHqfRwguI1g5Uup4wEbMaUxjQExQgLhTM1ueFBnIRAso7PkjqvXJvwo4"
    "AID8OEYg0TFTTBSKRV/3NbL/mKou/Z+xowvgWd3kQMtVYC3gzZKrzrgrEylT4Z3nsuBCNm"
    "QbPQoEyhB1RwyU48rRNQAVLVluLpi04VKfkghYNXergXuGpWbBuLMpu2jVR6aBbimtvGRX"
    "oaqAj1MAV5nh8tnpk7O/LDxHiBd6Y0uI6rgUxhBFc3id10+RVbgs2t2t/xo4g0DG6jgJmC"
    "Si8ciW27tPIvdnMbZll3P5bqPue8NWR2tCN9hGXZT+Ev2Y0K7Rt2IplJ1k60wJQFwjXzyV"
    "hE11MdR7WEAkf5JRkFEQY9mwSHmalz5fo8iJMikqRw8lckNCPHf3tyWlIpq40XbE6UiDu1"
    "xa+6RK9tIM09n+YmX4oVjCtnea7QJ1tyd3VxbAZJ63EzPIkVrR3PmMj3EN8WygiIsuvI1+"
    "17qUaf1oM9+5ZsMELJ0rFzy82eL1ZCf+hm28KXiWm9ZTW1BU17yngIozxuZCAsavXPMb8r"
    "utUhN8iESUm9owonSNI62OQCieXqOkDw8s1boI1kRrkG+MlESJPUEz9mRAsCO/DceCRUyO"
    "iNKeKNeUDBhEufuSdYgs4UoCPHrhRhCI9KE4hae9Fmh0jyDusR6RIptB6RezaA0m9FA5AL"
    "Kj2EuB0b3kDWyFFSULEo10O5Mxcqdg37XjFh6zzYg/PAWpV9/S51xtb5BCTe/SeMovlwJe"
    "ZOUWCDxaNQdDgzsrWPfX3h4rzDggaxJjmeTcEAwaCgKfzmR86UeDAxvfmAYAvCH19nFBez"
    "0+yzPhkQ83JzpFty9Lv7l1wF2DamGhQ1HhfHAUwuGFJECaMYgA4xAXnp5UoZMUZTCkyviC"
    "lT8xuUvjbgyVZbOHrw1RbuD/jdW0Tmm7aKcHUWVKbQC56+7zSoCJYjrynJyJQsWbcEo5Jg"
    "OFPmRsBFfxPjCoZRlNhEMVLZ4Z9i3OD2jzFxI0Ywqgu4gA/b/kusextJnAPYrAiVPu7RXC"
    "b7tpPUJ2TAB1iATXO8L5GVX/+x4/6bFWOCVzevo2vJwcMiB73yl/4ZrxR1AU7ELbQ1oE0W"
    "k4ZUINeyXKBzXOAQq74cfblry2u3b24dCo83K42ca+wRcC+55LT9RWvnlZETotUE4gWl3s"
    "VktGCPW4f/Hhz+aABs4+4v6llnf5f3X1MzYdg4r3tJbatvVMdGte0VK4ZsK8fWkqr9RnXt"
    "G9Ud7xZ8Y5n7E61ImMybBxv8WkZwOKb18yXHWE8lIJTEusTjSp/h8RO8x+MMw/kwt17O8W"
    "hK4xFU8lt2CDWbCsWIjDymmCb44VWJc6uV98THZ+ZoDfsjx6P8iO5RAYzRyYDAwJtQRGG8"
    "ZEky5jcq9qNh0Ehtlxm+amgGabDl7bjWa9aG12xhXGpviUUl69qxN011IvrNOoD3MpUlML"
    "Syel/rqmSmGj2w9h/c8bDlz61ZpDZD8UEMs8cn243ygqL9KndtjLtjCofUf8OUqioeVGgf"
    "bDCGQRLIA4rWDyMFcfhkRFNT2kfHIZjYE3E8qhSHv0MSquJHQpIp9c+SqqSm0g8YlN8lbS"
    "VG8C67vwq+C4Q2vxwrR4SMjDICePbu/O3FaJCElKZPQRnNY8/k3UGnoxS2+HUeozIYXQVp"
    "b4mlnfaV2O2gh585aYQu0+7Bhj95RH4PsNgxSWAnSosQJHAPr12N748j8wFQGL7szLO2dQ"
    "ds62xIap/bpAo9NER+rHNi82P1ic2PKyc28URvAG+m0EN4d3ywi0H3TUy8VL4XyO7bxIP9"
    "teySj+qJnCn0wJ7eh2PImll9peCLnpItr5pYULRmVtfGuENmFqM3TP5M50cVZlbWvtHMMp"
    "JDl84bmFl4IABmh7hhePBHk0M//An6IccuV2AxOJokvWPgO4sNCbBBTLIbWA94HChmqrRM"
    "axuv2FyXJL1H1I1xKx4OLlg4C0oo3MzGsZVLsM1WLunNQYy9r7dd2pisR6tMoiIOn5ZN3Q"
    "X+cIA4r4EVCYE95n5Y9dkuOZNvqbwpJ0BZ6wb6o0Fu6INgTfLziWfJejQPQoIdI4xMqQB0"
    "AE+pImMGEmPmiVmS7xcn+iGDwXJpzBemDsE1vI2VEKD2XrOZBFWwHstwLMM5lNXORk0dyn"
    "ZSxNisY0PFk6sRm/hNllSte8y6Tqp4wz+pDADoj1WljgrtG7jDLJas7TZJ5DMnRXIWC2LU"
    "i8sSeQAik4/IiLvmChqsx0ojl2sCe7rEE2DuvjTFhXTyYZbcJrt+xVWQnv7GZATFPocc5g"
    "IeQqfH2sTBw2fsixx/FwX4IQbkO4knzPizGhD0a1byj/XuFRuh3ZlTZMs1LNfoCdfAAJgm"
    "CKfyvTvmbMEZaM84+0riFoYZ9/zthnlB055ydm2UO0PVz5nkzrScpidtGyg6zaU2EfTq4d"
    "1xQc6H4hhr7Rr6WyYVL8v7qd6+Cyo9ZEg7JP+FUDD4WjVAOBHvIbpPHj+uwz8fP67mn9i2"
    "nCEI9nlQsnX+9un9uypDKlNZ3jO5o8n/mRzqA0R7DbgIxsJOuRLjuBzOuLQFYgc/3fep1d"
    "3/A9dqHGo="
)
