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
    "eJztXW1z27ay/isY90PtGdVNnDRJnbl3xk19Tt3jl0zs3p576o4EiZCFmiRYELSiyfV/v7"
    "vgu0RKpCzKFIOZTmMTuyT9AASeXewuvuzdSRF4wvMPT0YjEbjqnLv3e8fky55LHQY/FAv0"
    "yB71vGwzXlJ0aGsdGor2bZDVLXToK0lHChrH1PYZXLKYP5LcU1y4qHLiCjVhkng2VWMhHR"
    "Ldg4gxocRhzpDJY8IemKt8MpbCIYNIYkBCQdAig1BwcIgPtcQInsrdu4buH7j874D1lbhj"
    "eGt4yh9/7I2E40CDmuk/O7zD3p9/wi/ctdhn5qMY/urd98ec2VYObG6hmr7eVzNPX/uJ35"
    "256h9aFv+qYX8k7MBxU3lvpibCTRQ4PBGu3jGXSaoYPkHJADF3A9uO+ijuhvCPSEXCt8zo"
    "WGxMAxt7DrXDF0iv7fX7l1c3/evTm35/b6FXY41MR0SXRsLFEQGv6msA7vAVvvvx6OjVq7"
    "dHL169effD67dvf3j34h3I6vddbHr7GL5MilZ4K43Z2T/PLm/whQQMu3BQ4oVHrUMVDbV0"
    "Z6To5/ou3wkfJlQWd0FOaa4n4E+c74kY92VdEV9I+yL9aLbRGQ793LeZe6cm8Oub10tw/p"
    "+TTx9+Ofm0/+b1QR7sy6jlSDch7CnM8VdRA+SMSgchfvnjywoYg1QpyLotj3I4U9UBOdUw"
    "GFfDeCQZ4tGnBYP5Z2hR3GEls0ZOcw5vK1I9jH/YQfSXgH1zdnF6fXNy8RFv7/j+37bG6+"
    "TmFFuO9NXZ3NX9N3P9ktyE/H528wvBX8l/ri5PNZzCV3dSPzGVu/nPHr4TDZTou2Lap1YW"
    "k/hyfOkRl+jxfWaZwAtDOrqfUmn1F1rEkSiTXWxyjpz5K9Sld7qTEE18zwztUvwBlpef6a"
    "yMl6UCK3lZKNq36KwiL7tgvg+v5ickifgMWZML/zGSLH4E7giUgTMJkq5FYDiLAH6W1L0n"
    "wxkBguSzRVa28buv5mTpLAc3XWBmc8KJiGFrhq21c6Jtmq0ZHtE8j7BowSBGAlEMcCS+jD"
    "XsIM5LYEUWsDAsw5VjEbfS6TersnoS3hRiL5qdhI9evn77+t2rN6+TuTe5smzKjafXFFCb"
    "+moNIptRMyzWsNhSFhtYXJ26SpaR2LR9FYdFyb4t7qrx19MHJmcEgXGo4iMiJIHXDKhNkA"
    "wL95hMJ6JHlMB/nR6yyemEjyZEBjbcDpjodEIVYQ/cYu4IroT8c7pAZZt60C2wFcJg+FuH"
    "ZMCtAeE+GXzRjkpyz2aP39Av7uOgR3wBGiAIEKLIVHKlGPLoEcPbgIIkYoyXuPJDRyfc2i"
    "cWszm0we1L+PNyhpwxZEFwrlFRCfepyaDLiUUhf16TVDwvgc5RiqMffqhAKUCqlFLoNsOW"
    "W8CWR5OiJXQJwpPCtbNBcPf2dpcnw0wqapkiiUIHB28jCEczdg2IUw0zhiuOYXypeoM40u"
    "jgKH51VAHiV0elCGNTHmDkU3XgjeU7N3w3v7rF5HQR3hv2ucTqzup0AOJlFuHpv29yxmAM"
    "5f7Fyb8Pcgbh+dXlP2PxDPQfzq9+moNcBApYWK0BnVHZIuAgGjBrOyN785OGxRTldp1xnW"
    "psEeQvj10Z12brdK2u2AWnU7abA9cSLlujl3OKG+jkyLw3fdwxx+IH6niU37l7hW7FpLW3"
    "3Kk4iuSqBiuSWIHs6/t9NwxmPSLZmElJobvBrLdxtQJdWyjFJLR6Ajv/QPv10AUnA9eFIU"
    "J8BaO2IGBx88+4dW/dAQzEMb8bkIkAgEOfI1dkSn0STaxkytWkRwZaZ5BITEACP0l0NI6p"
    "JPu/Xl9dkqFQk4OKO++6d0wopNlc352luGmDSv9bA+FY3oBbAdx7+LvqgBvLdxDcl2+qOL"
    "LmSUTGj/VmwVHIVT03S6LQASdAY/s3Kb64+gYF0Q3lAKcaZgBXGMAhD6pj8acaxuJfw+LX"
    "fLIO3omCgfsJDpZhPQqX0+rcVN3Ijg6MU6n8NXwcOUXjyGqdkyO39eFa63RxRs04sdrcv8"
    "Yf/VV0c+BZa3ZzXtN0c+u6uXUu6SXhrnmRXjXndB+DOzmr7KMO8zC+9YkHNINwl9DEpXwc"
    "x4pSV/Xg+jCYMYkhpyD2wBXD8NPUwSyLvNMbvvtq9/Eo48uPUkyMM9k4k3dngm089jTzgV"
    "RGOaNjQDbpcG0xqI3vs0nfJ87UdTxxsbxxxJlIJ2NyGMvyK+vm9liWE6pObE5D/BatyqS5"
    "t8KiBME+Rcnq1iTqEIX/g5/AbLMIt8j+DbPZnaQO0c8h3/038QOPSf3bwTEW5iDC1qJhaB"
    "LmP+JFl00LQ54aecjqpMZSwxHu25dsXIeLZFQ6l6q4QbpXbi5Ct9XFPKPSRQJoaldtF334"
    "A60r155F39qOrF/RtNDu5au0jFXcWGXpql6+6gOWDcSyUWIclpTCtaWovNR7vWLAF8ehBf"
    "CMFxEnzKCH5YYMqRpNFletZh5RwR8apQ4XlbEyjlDjCG3x/PrVJ+HvNnUw5ao2WK5q2ezb"
    "yYpVW5mDU+T/ApOwTpWwRL4zgG+uRBijD7UqrqUKBsx5MCVzxAO8fQ04syoGUAS0VabNJ2"
    "1zlZg2n8KSYatMm2pmTTnGT3B11XS5GBfXE1xc7TUEng/4zdsB8VkfdUDO6nTQHth85QyT"
    "CNZsIpjx05ajb/y0DZEZNrrnZSUVosaVZEaLNcBnatXzN45Q4wht8QRmghW3CbBxhrbDGW"
    "oozTpAtonC7ECoVLxYlHtlshKr2EwkWyP7Jt36pT7BUxKIP3NHzAoPl/SZUjAO/MIgqOqa"
    "T3D3PG/pmRY5fDa17JazHaww69erqpxR6eBCvHmmY7wQxgthvBDd8kLEy+B1uOKtWMVjqY"
    "or+awfL6RVF/RIHtNYqeVwNwlRHs70ko01F/eHthjd29xXWJRxdO/3yNgWwoJ/uI1BYj0y"
    "ZTZWZ+4VLPwbfsKtq1eRHgE8pHiA+4TWnX9wjJdsDleES5TwMHQNY9OiVUeXj/QnYooJu2"
    "HQ2mdPSFUxMO2ePdEP87U4YZ64l2zcK89MOnCg1wA4EjfQVoD2gdpBrWJhicIW+RzeoClO"
    "t+0sRZO+tlZXtIjQ1cpSrFcVLq/VOYtpY37h1nDnXxi11eTEZlIV0+aswArGPNGifYqyVc"
    "kyEFgUD0/zHgtJKPnXxzMiAuVzi+nS5EMgme91kgQmPiTko6cFkYCGd4BGLqwCN1kjj6hA"
    "bj2uvwGtY7YbzXbjDi1kjfPh8NuozIejT6l70G4+yiqab2qgm2oYgCsAXGJw/MMWtKbFMU"
    "aVHUR42R7u1W8/nZ+Sj59OP5xdn11d5nmtbsRLcIErjcGn05Pz+aI+sE6vUyM3VTOmRetM"
    "i/YQXuGKQJZw3bBtFc3VUtWLKwpXTewZCdVwpxa9tzazjslAt+mDutF3OubSV5j/G3tZdT"
    "MeqTMSD0wWbgFv+O4VouhQS+Oh98UMrzW8dndm0cbD6OKPo2qQV6LwVYd57cKe/A4zVhPc"
    "uYVKlCMhC4bwshUuUdlehmZH1jkTbWIshu1ZDL8K7n6Ia5DvFRoOeZEV9gPWDegnRc0r2x"
    "Eum2KwBhZSH1FPwQ2Oge7fh6EZeE+yL2T4g2QwAn110EOe7xKP+j7DuA/KbRSXBIe0VWBN"
    "bPwZt2CVqEPyUbcSKaY+gb9PEBtjR7QSWB+Bq+LwEeHhJybwBQQaICQTT1uz2lFJ5fc/Mo"
    "tbVAz4TxNzYmJOOmeLmNpGzTI+w6q3gLGwatmFsXwX8d14bXfq+tOiAVweOpVqdALgbUdO"
    "jSaCj4rKIi05STRVMSX114CcKsUcT/nwHY0LVsNSLregtz0b/WWraV1mH5QXnAxRPjVH4l"
    "scxdr4amogNz0578bJJnsec60ol2IXUY7KJtYjcYlK58IbTUJYewjILrjoctUNArZGF6da"
    "pnvb3b3CXat/UzVzqnHb+rc1HvZzZt0xueQU1KxAb7l33daiFZ3qHvKX74Rrz+IDYUL192"
    "Rwz2YD4tB75hP2wOSMUPxLCbfALhAKQ8n3B1HpquMvoWfn8fiLRWePg4OCQJ0mn7S6tkNx"
    "Jax6fm8TrLPZTUzjIH/uYB3jwG2+5hWziw6QXDaXJComLGLtsAgwnHxR63jfVKODQ7tbCd"
    "0tqojUiMPgOcuLG2eMccYYa+6J1hx37z/gRmyxKRe39lbYcSAHw8+qHiA1+B51BgSVeuSe"
    "eXi4mq1r42GO7/UvJ98d/fCG7GOcEcrgVWaPMT8iij4K+d23PvEkf4gCr+cipDb/kFsXIy"
    "8ODskVnu1G3TDuiY7CuCgPRgVDc5GrHhmMbMoBeTUgU4qPw2zm8EnumEuHIhhEjG/dQaQ/"
    "0OFZyd30galhQFeqarGnVgi0+B3zawWbpBqdWxObrxLYXvtw91E35uE2zcNoXqoDckbFoF"
    "zxAN9o1ag1XWR0OketG0GZffY4LNZrUOu8pqHWhlqXUeuLcIUpJNYXyeqzjFZHhR2rcmoP"
    "ZIUu7kjTsjiH0Z5FmFjMZZRaHM3MwGzBJGeSAZ0tyljexC23UFrSbHeY7Q7jsuwitI2s/s"
    "9bJL9F3KoRt6UtRrRehniqsRbCLYs0aTpDfEeiTTMneO1gsCmmTa7les8pmjCqtlkH+YOv"
    "x+vUrsqomf5tdf9SX/WjEPB1+nlR3fR36/sbbGT+sHZ357RNb7e5t6Mvs4AILfMGZLW2F7"
    "P0oikW9CwBS0NqU3dUs4BORsngvh7uitfb4orlO2e2bt6mwscFTvhaNRCeUzNAFwLdMo/8"
    "NXU8/aKlfvlIolfFO9/3tXBFJ314fx+relI8B0rFsSieTdVYSIdIhmcyMQtd6w5W8qG6DO"
    "h+WhU0jA6J6oJCW0EGQzOPuXUvfzs/P9YXkhtZgvnEFYr4dFaz6I852btlS41x+5syQG0B"
    "15zq/QxGYEG518wedB62JSZWorEW02+ZzbzpUhx4rmg9QDMaBtBFQJ1AsTql/xJ5A+YimC"
    "GbXWfjI69pAqNa5zxrmRnmT7h3IR6WGmKJTK9SoBRI9x0QrxwxpYuj6kPGbEYfdI7ALDyY"
    "F40l9sBcFZo7E+4rIWdgNmGONwbucyyG6ng4l5CxFE5R9NSmb187dxy+RRAwCeW7ZGqZbM"
    "UGM+qMGbuItDFjd82MNdkuzWN8D39arXk4ku8ivpuvZlvbujBWhbEqllsVV9Iqy7YIm1bY"
    "EEJadXItAgmrls+QzNMoTfiYBH5I7zP7ggR3YX19LnGU/Ivnt2HDvz6eFaZcbObOt+4gSc"
    "NIjpXzJ8LD0xqmaJbAn0u49T5sAMjStA0Ul2yEIniYROU8juQGBQc5FJogC7ZJpnCBsU/a"
    "aZ8YDm0ymjvC8ahTnND8Mxtxh9olTMQpSWm2Qq3DSHsHIV+2M3T64ezi5Hz/5eteGO6Rng"
    "ocg//6xYIdGEhcDurNFBmdLcbTfLj8372tDOR3FYbxu9JB/K6g/lK05NbAOKdkJouKhwYK"
    "IGa1YE41TGDYHL4FEXim2JUxEZs2EQM1FJ/PFHP2iu3EtL23wljUkhWNRZdgWgHYZciCuc"
    "ItnSnXp3njyX1g2WkbzmI2BwMOGulYMYl/r/8eDDTyX2TwRe8V4fbR4zdf3MdBgd3Y0EOq"
    "bDll0gujqMCaxlv5FFpoupnNjczmhjHUntlQS8Z8DZSzOh0EuQF2YHaUzG7Hrg5eRe/qYB"
    "uJd85maGDqlVzIwgXu2qG2XeoQzup1qXD5q6O3bxJfMP6yzPt7fXFyfr4YAOjRmS1owWRQ"
    "fu5hRqUT88Eye6uJcw93pKDHjh8fF58SuYjzyoMltztPNJy0urFQYSalqHUibaLQgaVt23"
    "OEZD6+fw20Uw0Dd/3Tf403sqveSHNQXrf7tzXe5o9UKo7o/0NvtRV6nOdkesu9zl4s3R+j"
    "eMVgpZsJIy6bMl9hGoLPCPPEaKJzw90wCYEkNz6O6rxypcOPXCJsDBMKNXRU0BgjkRb9z0"
    "095AkHHSTPq8H4cjqdiRh6IuUrdzHrLluEd1kwVqLSJcN7y4VgxNStFxqUKHSACs7ZiUdV"
    "AipAqtxSPHrXqiIlH6WAqR3mv1OcNUuWjbzMqmUjlu7ribjisnEa7wb6hNqYgjxLtxZxBp"
    "cs3UwMJ/jRhLp3YTWQCfTg4iKxmVs+YUkwuVXb234UgYLOrRUwk1HphCOxaZdW+mHXt2Hm"
    "dbdjqW5zzBtDZkMr0ieGp1tH8BesRpn2FSuRTCQrJ1pgygLhijlkKIK7iQqjWsJjud+TgR"
    "tg0LNOcJjqOleWw90wKSJKCid/B0Ixsv/Ny6Ois74beMDqRInwpqb4VZvotQmkeebd3Oij"
    "WMC4dJSnCl2yJTdXF8dkkDQeN8OjWNHK8YyRfAfxbaCMgCg6p3TZuhdrdGk+2LJvyQQjFE"
    "wdG7fczP5iKfS7brblPiam1JrV1HKaZpdxF3p5WMtAyGt1zzG/KbrVIjfImElJ7b0SJ0jU"
    "2lvlAgnlqjpA8PDNB6CN+hB5gF+fBY9JPeFlRpQgsALPtEfC9xi910W83fiYeWYdYAk6XY"
    "CO7FtSeB5cKkwgauxBqx0i0TOMR6RNpNB4RJ7ZAIq/ihogZ1Q6CHEzNryGrJajJKNiUK6G"
    "cmsOVGwb9p1iwsZ5sAXngbEqu/ottcbWuQYSb/0OvahfrsDcyQqssHh8FO1PtWzlbV9HWD"
    "jusKBBqEn2pxMwQDAoaAK/OcFoQmwYmPasR7AF4Q+PMwqL2Sn2WR30iH643tIt2Prd/ENu"
    "XWwbUgWKCreLwwAmCwwp4gut6IIO0QF58eFKCTFGUwpMr4D5uuY3KD014MlUW9j76qstPB"
    "/wm7eI9Je2iHB5FlSi0Amevu00qACmI7suyUiUDFk3BKOUYIwmzAqAi/4qhiUMIyuximLE"
    "sv2/xLDG6R9DYgWMYFQXcAEHlv33WPc2kDgGsNknVDq4RnMZrdujqD4hAz7AXGya4XmJrP"
    "j4jw3fv14xJnh0/Tq6hhx8XeSgU/7Sv8KZoirAkbiBtgK00WRSkwqkWoYLtI4L7GLVl70v"
    "j0157bbNrT1h83qlkVONLQJuR4ecNj9pbbwyckS06kCcU+pcTEYD9rhx+G/B4Y8GwDru/q"
    "yecfa3ef3VNRP6tfO659TW+qJa1qtNz1ghZGs5tuZUzRfVti+qPd4t+GKZ9RMtSZhMm3sr"
    "/FpasD+k1fMlh1hPxSWUhLrE5r46xu0neI7NGYbzYW69nOHWlMItqOi3ZBNqOhE+IzKwmc"
    "8UwZf3C5xbjTwn3D7TW2t4P7I/SLfoDjNgDA56BDpehyIK7SWLkjG/9UM/GgaNVHaZ4aP6"
    "upN6a56Oa7xmTXjNcv1SeUnMKhnXjjlpqhXRb8YBvJWhLIGhFdX7WlYlM9bogLX/1W0PG/"
    "7cmEVqMhS/im62+Xi9Xs4pmk+5bX3cHlPYo8458/2y4kGZ9t4KYxgkgTygaPUwUhCHNyOK"
    "6tI+KgzBxDuRkU19n8PfIQn1w0tCkgl1jqOqpLrSDxiU30dtBUbwJm9/637vCqV/2fdHwm"
    "NkkBDA48uTi9NBLwopja+CMprHts67g5sOYtjCx9mMSndw68Z3iyzt+F6R3Q56+M5RI9wy"
    "vj3Y8AeH5DcXix2TCHbiK+GBBK7hlavx/bGnXwCF4WNntrGtW2BbJ11Sed8mVuigIfJjlR"
    "2bH8t3bH5c2LEJB3oNeBOFDsK74Y1dDLqvY+LF8p1AdtsmHqyvRYd8lA/kRKED9vQ2HEPG"
    "zOoqBc97StY8aiKnaMystvVxi8wsRu+Z/JnO9krMrKR9pZmlJfsWndUws3BDAMwOcc9w44"
    "9Gm374E9yH7FvcB4thpEh0dwx8Z6EhATaITnYD6wG3A8XULyzT2sQjVtclic8RtULcspuD"
    "OQsnp4TC9WwcU7kE20zlks5sxJjzepuljdF8tMgkSuLwadHQzfGHHcR5CaxICMw299dVn+"
    "2GM3lB5X0xAUpaV9AfBXJ9BwQrkp9rniTr0TQICVYML9ClAtABPKE+GTKQGDJbTKN8vzDR"
    "DxkMlktjjtB1CO7gaayAADX3mNUkqIT1GIZjGM6uzHYmampXlpMsxnoe6/s8Ohqxjt9kTt"
    "W4x4zrpIw3/E6lC0B/Kit1lGlfwR2moWRlt0kknzgpor1YEKN2WJbIBhCZPCQDbukjaLAe"
    "Kw0srgis6RJ3gLn1XhcXUtHLzLlNNv2IWzfe/Q3JCIp99jiMBdyEjre1yQg3n/FeZP/7wM"
    "WX6JHvJe4w489+j6Bfs5R/LHevmAjt1uwiG65huEZHuAYGwNRBOJbv3DZnA85As8fZVRKX"
    "62Zc89fr5pym2eVsWy+3hqqfMMlHk2KaHrWtoOg0lVpF0Mu7d8MFOb8Wx1hjx9A/MOnzor"
    "yf8uU7o9JBhrRB8p8JBYPPqgbCkXgH0X354kUV/vniRTn/xLb5DEGwz92CpfPX66vLMkMq"
    "UZlfM/lIkf/TOdQ7iPYScBGM3Eq5EOM4H844twTiDX567l2rx/8HtRMDjQ=="
)
