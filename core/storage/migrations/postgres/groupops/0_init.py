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
CREATE TABLE IF NOT EXISTS "orders" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "currency" VARCHAR(8) NOT NULL,
    "reference" VARCHAR(191) NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
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
    "eJztXW1z27ay/isY90PsGTVNnDQvztw746buqXv8konde849dUeCSMhCTRIqCFrR+Pq/31"
    "3wXSIlUhFlisHMmdOY2AWpByTw7GJ38bB3K0UwERP/+bFlicBTZ9y72zsiD3sedRn8o1ig"
    "R/boZJJtxkuKDh2tQ0PRvgOyuoUOfSWppaBxRB2fwSWb+ZbkE8WFhyrHnlBjJsnEoWokpE"
    "uiPogYEUpc5g6ZPCLsnnnKJyMpXDKIJAYkFAQtMggFB8/xpraw4K7cu22o/8Djfwesr8Qt"
    "w67hLn/8sWcJ14UGNdM/O+xh788/4Q/u2ewL81EM/5zc9UecOXYObG6jmr7eV7OJvvYTvz"
    "311C9aFn/VsG8JJ3C9VH4yU2PhJQoc7ghXb5nHJFUM76BkgJh7geNEYxQPQ/gjUpHwKTM6"
    "NhvRwMGRQ+3wAdJre/3+xeV1/+rkut/fWxjVWCMzENElS3j4RsCj+hqAW3yE798fHr569f"
    "bwxas37358/fbtj+9evANZ/byLTW8fw4dJ0Qq70pid/uP04hofSMBrF76UeOFR61BFQy09"
    "GCn6ubHLD8LHMZXFQ5BTmhsJ+InzIxHjvmwo4gvpWKQfzTYGw6Vf+g7zbtUY/nzzegnO/3"
    "P8+eOvx5/337w+yIN9EbUc6iaEPYU5/ipqgJxR6SDEL9+/rIAxSJWCrNvyKIczVR2QUw2D"
    "cTWMLckQjz4teJl/hhbFXVYya+Q05/C2I9Xn8T92EP0lYF+fnp9cXR+ff8LuXd//29F4HV"
    "+fYMuhvjqbu7r/Zm5ckk7Iv06vfyX4J/nP5cWJhlP46lbqO6Zy1//Zw2eigRJ9T0z71M5i"
    "El+OLz3iEj26yywTeGFIrbsplXZ/oUUcijLZxSb30J2/Qj16qwcJ0cTnzNAuxe9hefmZzs"
    "p4WSqwkpeFon2bzirysnPm+/BofkKSiM+QNXnwP0aSxY9Aj0AZOJMg6dkEXmcRwL8l9e7I"
    "cEaAIPlskZVtvPfVnCyd5aDTBWY2J5yIGLZm2Fo7J9qm2ZrhEc3zCJsWvMRIIIoBjsSXsY"
    "YdxHkJrMgCFl7LcOVYxK10+s2qrJ6EN4XYi2Yn4cOXr9++fvfqzetk7k2uLJty4+k1BdSh"
    "vlqDyGbUDIs1LLaUxQY2VyeekmUkNm1fxWFRsu+I22r89eSeyRlBYFyquEWEJPCYAXUIkm"
    "HhHZHpWPSIEvhft4dscjrm1pjIwIHugIlOx1QRds9t5llwJeSf0wUq29SNboCtEAavv/2c"
    "DLg9INwngwftqCR3bPb4HX3wHgc94gvQAEGAEEWmkivFkEdbDLsBBUnECC9x5YeOTujaJz"
    "ZzOLRB9yX8eTlDzhiyIDjXqKiEfmoy6HJiUcif1yQVT0ugc5Ti8McfK1AKkCqlFLrNsOUW"
    "sGVrXLSELkF4XLh2Ngju3t7u8mSYSUUtUyRR6ODL2wjC0YxdA+JUw7zDFd9hfKh6L3Gk0c"
    "G3+NVhBYhfHZYijE15gJFP1YE3lu/c67v51S0mp4vwXrMvJVZ3VqcDEC+zCE/+fZ0zBmMo"
    "98+P/32QMwjPLi/+EYtnoP94dvnTHOQiUMDCar3QGZUtAg6iAbO382ZvftKwmaLcqfNepx"
    "pbBPnhsSvvtdk6XWsodsHplB3mwLOFx9YY5ZziBgY5Mu/NGHfMsfiRuhPKb729Qrdi0tpb"
    "7lS0IrmqwYokViD7ur/vh8GsRyQbMSkpDDeY9Q6uVqDrCKWYhNaJwME/0H49dMHJwPPgFS"
    "G+gre2IGBx8/e48W68AbyII347IGMBAIc+R67IlPokmljJlKtxjwy0ziCRGIMEfpLoaBxR"
    "SfZ/u7q8IEOhxgcVd9716JhQSLO5vjtLcdMGlf5vDYRjeQNuBXDv4HfVATeW7yC4L99UcW"
    "TNk4iMH+vNgqOQq3pulkShA06AxvZvUnxx9Q0KohvKAU41zAtc4QUOeVAdiz/VMBb/Gha/"
    "5pN18E4UDNxf4WAZ1qNwOa3OTdWN7OjAeyqVv4aPI6doHFmtc3Lktj48e50hzqgZJ1abx9"
    "f4o7+JYQ4m9prDnNc0w9y6YW6dS3pJuGtepFfNOd3H4E7OKvuowzyMZz6ZAM0g3CM0cSkf"
    "xbGi1FM9uD4MZkxiyCmI3XPFMPw0dTDLIu/0hntf7T62Mr78KMXEOJONM3l3JtjGY08zH0"
    "hllDM6BmSTDtcWg9r4Ppv0feJMXccTF8sbR5yJdDImh7Esv7Fhbo9lOabq2OE0xG/Rqkya"
    "eyssShDsU5Ssbk2iDlH4f/AvMNtswm2yf80cdiupS/R9yPf/TfxgwqT+6+AIC3MQ4WjRMD"
    "QJ8x/xosemhSFPjdxkdVJjqeEI/fYlG9XhIhmVzqUqbpDulZuLMGx1Mc+odJEAmtpV20Uf"
    "fqB96Tmz6FvbkfUrmhbavXyVlrGKG6ssXdXLV33EsoFYNkqMwpJSuLYUlZf6oFcM+OI4tA"
    "Ce8SLihhn0sNyQIVXWeHHVauYWFfyhUepwURkr4wg1jtAWz6/ffBL+blMHU65qg+Wqls2+"
    "naxYtZU5OEX+LzAJ61QJS+Q7A/jmSoQxel+r4lqqYMCcB1MyV9zD09eAM6tiAEVAW2XafN"
    "Y2V4lp8zksGbbKtKlm1pRj/BWurpouF+Pi+goXV3sNgacDfvN2QHzWRx2QszodtAc2XznD"
    "JII1mwhm/LTl6Bs/bUNkhll3vKykQtS4ksxosQb4TK16/sYRahyhLZ7ATLDiNgE2ztB2OE"
    "MNpVkHyDZRmB0IlYoXi3KvTFZiFZuJZGtk36Rbv9QneEoC8WeexezwcEmfKQXvgV8YBFVd"
    "8yvcPU9beqZFDp9NLbvlbAcrzPr1qipnVDq4EG+e6RgvhPFCGC9Et7wQ8TJ4Fa54K1bxWK"
    "riSj7rxwtp1QU9ksc0Vmq73EtClIczvWRjzcX9oSOsO4f7CosyWnd+j4wcIWz4D3cwSKxH"
    "pszB6sy9goV/w3e48fQq0iOAhxT30E9o3fkHR3jJ4XBFeESJCYauYWxatOro8pH+WEwxYT"
    "cMWvsyEVJVDEy7Y1/ph/lWnDBfuZds3CtPTDrwRa8BcCRuoK0A7T11glrFwhKFLfI57KAp"
    "TrftLEWTvrbWULSI0NXKUqxXFS6v1TmLaWN+4dZw518ZddT42GFSFdPmrMAKxjzWon2Ksl"
    "XJMhBYFA9P8x4JSSj556dTIgLlc5vp0uRDIJkfdJIEJj4k5KOnBZGAhj1AIxd2gZuskVtU"
    "ILcTrr8BrWO2G8124w4tZI3z4fDbqMyHo0+pe9BuPsoqmm9qoJtqGIArAFxicPziCFrT4h"
    "ihyg4ivGwP9/L3n85OyKfPJx9Pr04vL/K8VjfiJbjAlcbg88nx2XxRH1in16mRm6oZ06J1"
    "pkV7CK/wRCBLuG7YtormaqnqxRWFp8bOjIRquFOL3luH2UdkoNv0Qd3oOx1x6SvM/429rL"
    "oZj9SxxD2ThVvAG+69QhQdamk89L6Y4bWG1+7OLNp4GF38cVQN8koUvukwr13Yk99hxmqC"
    "O7dQidISsuAVXrbCJSrby9DsyDpnok2MxbA9i+GM2bdMLqnRnhVYYTs4WrSi6TCZMM/+Xn"
    "hA76NydaH6BzK4Y7MBcekd8wkD8j4jFH8p4TZzJ0Kho3t/ECXWHD2Es/nj0QOQ/8fBQYEZ"
    "0eSdVkeeFufp/GlMCWNKtHd6NRk5u0/abOYUlbdeNpckKoa0rU3agHn5otbhA6lGB1/tbo"
    "WbtShfo5H49qcsftKiSBiTO2CsuZ205s5DllRoyJ0nDGqZDRfFxlfd/5mArPCic69iGvw8"
    "MqzCvRkuo90ZallYI/aZT2DeYJJ5Fiva9NlEl1uIzjc2mbHJDK/qIrSNWGNPm2fcdW7lCI"
    "vW22RLNdZCuGVHEDe9ybYbR5FliyDt4HFkWHJ3Lfsgp2jO126bdZCvHTxaJ/wvo2bGt9Xj"
    "S33Vj+qVrzPOi+pmvFs/3mAj8/u1hzunbUa7zaNtji94ql2VIXWoZ9WMQcooGdzXw13xet"
    "u0sXznzNbN21R4u8ANH6sGwnNqBuhCoFvmkb+i7kQ/aKlfPpLoVfHO930tXNFJH/avz2Wj"
    "4als1Nd5wXGNdyIZlrVhdnwKG8hhJsV+mlihvexxagW0FYRZNXObG+/i97Oz8HDTpCNbMJ"
    "94QhGfzswpcbu91Bi3/xO7/c0pcaYwcssyZjJ70HnYlphYicZaTL9lNvPmD9midj1AMxoG"
    "0EVA3QB/eY33M5Y3YC6CGbLZdTY+8pomMKp1zrOWmWH+mE/Oxf1SQyyR6VUKlALpvivuqx"
    "dEx806ous06WMhe+SOzcLapmgssXvmqdDcGXNfCTkDswkTUTiGRPkYEDXBuUQXQS+Kntp0"
    "97UTXOBbBAGT9bJLppYJqW4w7NeYsYtIGzN218xYk7HVPMZ38NNqzcORfBfx3Xh0VX3rwl"
    "gVxqpYblVcSrss2yJsWmFDCGnXybUIJKxaPkMyT6NDDI5I4McnIyT7ggR3YX1d2hWZPrRg"
    "CSxs+Oen08KUi830fOMNkjSMpDKXPxaTZz7BUxT0zyXc/hA2AGRp2gaKS2ahCB7HUDmPI+"
    "lgYVunxARZsE0y2VXGPmmnfWI4tMnK7wjHoy7ucRdQEWZxlzolTCRRmmcjodbzSHsHIV+2"
    "M3Ty8fT8+Gz/5eteGO6RFlaNwX/9YsEODCQuB/VmiozOFuNpPl78795WXuR3FV7jd6Uv8b"
    "uCJPFoya2BcU7JTBYV664JIGa1YE41TGDYHL4FEXgmI9+YiE2biIEaii+nirl7xXZi2t5b"
    "YSxqyYrGokcwrQDsMmTBXOGWzpTrgsg+sShYdtqGs5nDwYCDRjpSTOLv9T+AgUb+iwwe9F"
    "4Rbh89fvfgPQ6Kzx5p4iZVtpwy6YVRVGBN4618Ci003czmRmZzwxhqT2yoJe98DZSzOh0E"
    "uQF2YHaUzG7Hrr68it7WwTYS75zN0MDUK7mQhQvclUsdp9QhnNXrUnXFV4dv3yS+YPxjmf"
    "f36vz47GwxAHBCZ46gBZNB+TmnGZVOzAfL7K0mzjndkYIeWLk5Os18N/ecwa6bqDqB11mV"
    "ziStbixUmEkpCjYoyueJRKEDS9u25wjJfHz+GminGgbu2nAbb+RaQ7EL3shcPpjw1ikVkl"
    "EzNULaNr6t8TZ/olJxRP8XvdVW6HGek+kt9zpPYun+CMUrBitdjxnx2JT5CtMQfEbYRFhj"
    "nRvuhUkIJOn4KKrzypUOP/KIcDBMKNTQUUEjjERa9D83dZPV/udST3NyvxqML6fTmYihr6"
    "R85S5mPWSL8C4LxkpUumR4b7kQjJh69UKDEoUOUME5O/GwSkAFSJVbiofvWlWk5JMUMLXD"
    "/HeCs2bJspGXWbVsxNJ9PRFXXDZO4t1An1AHU5Bn6dYizuCSpZuJ4QRvjal3G1YDGcMILi"
    "4Sm+nyK5YEk1u1ve1HESgY3FoBMxmVTjgSm3ZppR92fRtmXnc7luo233ljyGxoRfrM8Ai+"
    "CP6C1SjTvmIlkolk5UQLTFkgXDGXDEVwO1ZhVEt4duAHMvACDHrWCQ5TXefKdrkXJkVESe"
    "Hk70AoRva/e3lYdCBhAzdYnSgRdmqKX7WJXptAmifezY0+igWMS9/yVKFLtuTm6uKYDJLG"
    "42Z4FCtaOZ4xku8gvg2UEQASVW/dizW6NB9s2bdkghEKpo6NW25mf7EU+l0323IfE1NqzW"
    "pqOU2zy7gLozysZSDktbrnmN8U3WqRG2TEpKTOXokTJGrtrXKBhHJVHSB4+OY90EYypVwB"
    "/GQkpE7qCS8zogSBFXimPRL+hNE7XcQb84C8EZcusw+wBJ0uQEf2bSkmE7hUmEDU2I1WO0"
    "SiexiPSJtIofGIPLEBFH8VNUDOqHQQ4mZseA1ZLUdJRsWgXA3l1hyo2DbsO8WEjfNgC84D"
    "Y1V29Vtqja1zZY2ZHcCr8psY7hXaOzmJFTaPH8v2/xLDGsW5h8QOGMFNV+IKl3nqA5alCy"
    "S+A9jsEypdrF/HJfHYF0WEFZUPAisGTRNomuFxRqy4OveG+69XKwFuXb/MnamUYCol7Kw5"
    "81c4U1QFOBI30FaANppMatKBVMvw6tZxgV1Myt57eGyKVG87A3AiHF6vcmGqsUXAnegMsu"
    "YnrY0XLoyIVh2Ic0qd2zLZ/LJg7PFFlDdvj6MBsI41ntUztnib11+d0tivnXY1p7bWF9Wy"
    "UW16xgohCzzFnbqf05yq+aLa9kW1x7sFXyyzf6Il+Qxpc2+FX0sL9oe0ejrDENOd8bTtUJ"
    "c43FdHhCsC93E4w912TH2Ts/DYbjGK/4q9DWQ6Fj4jMnCYzxTBh/cLnFuN3OfGS86KwP7I"
    "/sAVNn5A8POeZ8AYHPQIDLyOFBDaSxblSjzzQz8a7ulUdpnhrfp6kHprHl5nvGZNeM1y41"
    "J5ScwqGdeOOQiiFZvTxgG8lVdZAkMrKsexrIhVrNEBa3/bLqy1WLThz63lzyaB4JsbZoeP"
    "1hvlnKL5lNs2xu0xhSfUPWO+X5bbn2nvrTCGQRLIA4pWtobBpvThyYiiOvNeifAwQuiJWA"
    "71fQ6/QxLqh5eEJGPqHkVFw3QiPhiUP0RtBUbwJru/8X7whNJ/7PuWmDAySAjg0cXx+cmg"
    "B72DKZ1cBWU0jx0dFg+dDmLYwts5jEpvcOPFvUWWdtxXZLeDHj5z1PjMT7oHG/7gOfndw1"
    "qEJIKd+EpMQALX8MrFcv7Y0w+AwvCxM8fY1i2wrZMhqbxvEyt00BB5X2XH5n35js37hR2b"
    "8EWvAW+i0EF4N7yxq8CYq2PixfKdQHbbJh6sr0U1uMtf5EShA/b0NhxDxszqKgXPe0rWrA"
    "SdUzRmVtvGuEVmFqN3TP5MZ3slZlbSvtLM0pJ9m85qmFm4IQBmh7hjuPFHo00//Bf0Q/Zt"
    "7oPFYCkS9Y6B7yw0JMAGGUmho+BxO1BM/cIqak3cYnXacHzMl01zx8ovWDg5JRQ2h8ubxO"
    "IWr62NV1Yyx+k1Shuj+WiRSZTE4dOiVzfHH3YQ5yWwIiEw29zfVvmUa87kOZV3xQQoaV1B"
    "fxTI9V0QrEh+rniSrEfTICRYMSYB8g7sjoypT4YMJIbMEdMo3y9M9EMGg9VMmCv04cq3cD"
    "dWQICau81qElTCegzDMQxnV2Y7EzW1K8tJFmM9j/V9Hp1cVMdvMqdq3GPGdVLGG/5FpQdA"
    "f9bPVsAcMu0ruMM0lKzsNonkEydFtBcLYtTRMc/EARCZfE4G3NYV4rFcGg1srgis6RJ3gL"
    "n9AaOucWO2KEx707e48eLd35CMoNiXCYd3ATeh421tYuHmM/ZF9n8IPHyIHvlB4g4z/tvv"
    "EfRrlvKP5e4VE6Hdml1kwzUM1+gI18AAmDoIx/Kd2+ZswBlo9ji7SuJyw4xr/nrDnNM0u5"
    "xtG+XWUPVjJrk1LqbpUdsKik5TqVUEvXx4v+KAwCJu+q04xho7JfaeSb/wGN7y5Tuj0kGG"
    "tEHynwkFg8+qBsKReAfRffniRRX++eJFOf/EtvkMQbDPvYKl87ery4syQypRmV8zuaXI/+"
    "kc6h1Eewm4CEZupVyIcZwPZ5xbArGDn5561+rx/wFniTDf"
)
