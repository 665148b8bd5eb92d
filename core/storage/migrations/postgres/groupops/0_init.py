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
    "eJztXW1z2zYS/isY9UPsGSV1nNc6czfjpr42vTjpxJ5rr01HgkhIQkUCKgBa0fj83w8Lki"
    "IpkRIpizLFYKbTWMQuSD4Asc8uFsBtZyR4MOVT+eTccXjA1HvKJp0zdNth2Cf6j3yBLurg"
    "6TRdDJcUHnhGB4eiPU/LmhI8kEpgR+nCIfYk0ZdcIh1Bp4pyBirnjKsxEWjqYTXkwkdRHY"
    "gPEUY+8QdEnCFyQ5iSaCi4j/qRRB+FgloL9UPB/hO4qcsdfVfKRjXVHzD6d0B6io8IVK3v"
    "8scfHYf7vi5Qc/PaYQ2dP//UPyhzyRciQQx+Tie9ISWemwGbuqBmrvfUfGqufU9H75j6l5"
    "GFtxr0HO4FPkvkp3M15myhQPUd9dURYURgReAOSgSAOQs8L2qjuBnCl0hEwqdM6bhkiAMP"
    "Wg60wwdIrnV6vQ8fr3tXF9e9XmelVWONVENElxzOoEfoR5UGgBE8wuPvTk+fPXt1evLs5e"
    "sXz1+9evH65LWWNc+7WvTqLnyYBK2wKoPZux/ffbiGB+K624WdEi7cGR2scKhlGiNBP9N2"
    "2UZ4O8YivwkySkstoV9xuSVi3Nc1RXwhaYvko9lHY/j4S88jbKTG+ufL52tw/s/5p7c/nX"
    "86evn8OAv2h6jk1BQB7AnM8VdRAeSUSgshfvrd0xIYa6lCkE1ZFuVwpKoCcqJhMS6HsSMI"
    "4NHDOZ35B12iqE8KRo2M5hLebqT6JP7jANFfA/b1u8uLq+vzy1+gel/Kvz2D1/n1BZScmq"
    "vzpatHL5faZVEJ+vXd9U8IfqLfP364MHByqUbC3DGRu/69A8+EA8V7jM962E1jEl+OL92B"
    "iR5OUmYCLgywM5lh4fZWSvgpL5JdLfJP/eUrmOGRaSRAE54zRbsUvdHm5Qc8L+JlicBGXh"
    "aK9lw8L8nLLomU+tHkgiQhSYA1Mf0fQQvjh3SNmjJQIrQkc5HuzjzQfwvMJmgwR5ogSbLK"
    "ynZe+2ZOloxyutIVZrYkvBCxbM2ytWYOtHWzNcsj6ucRLs7pxEAg8gGOxNexhgPEeQ2swA"
    "JWumVoOVZxKxx+0yqbB+FdIXZS7yB8+vT5q+evn718vhh7F1fWDbnx8JoA6mGptiCyKTXL"
    "Yi2LLWSxgUvVBVOiiMQm5Zs4LEj2PD4qx18vboiYIwDGx4o6iAukHzPAHgIyzNkZmo15Fy"
    "kO//pdYJOzMXXGSASerk4z0dkYK0RuqEuYo6+E/HO2QmXrutFnzVYQ0d3ffYL61O0jKlH/"
    "1gQq0YTM777Bt+yu30WSaw0tqCEEkZmgShHg0Q6BarSCQHwIl6iSYaBTVy2RSzyqy3T1Bf"
    "x5PUNOObJacKlQYaHrqcigi4lFLn/eklQ8LIHOUIrTFy9KUAotVUgpTJllyw1gy844z4Su"
    "QXicaztrBLfTOVyerEdSXskVWSi0sPPWgnA0YleAONGwfbhkH4aHqtaJI40W9uJnpyUgfn"
    "ZaiDAUZQEGPlUF3li+dd1399YtJqer8F6TLwVed1qnBRCv8wgvfrvOOIMxlEeX578dZxzC"
    "9x8//BiLp6B/+/7j90uQ80BpFlapQ6dU9gi4Fg2Iu5+evftBwyUKU69Kv0409gjy7V1b+r"
    "WdOt2qKQ4h6JRu5oC5nJEtWjmjuINGjtx728YtCyy+xf4U0xHr5IYVF6Xd9UFFJ5Irm6yI"
    "YgV0ZOp7PAjmXSTIkAiBdXNrt94Da6V1Pa4UEbp0yqHxj01cD0JwImBMdxEkle61OQmLu7"
    "/HZ/aZ9XVHHNJRH425BjiMOVKFZliiaGBFM6rGXdQ3Ov2FxFhLwCcJgcYhFujo56uPH9CA"
    "q/FxyZl30zo2FdJOrh+OKa7boTL/VkA4lrfglgB3ot+rCrixfAvBffqyTCBrmUSk4lgvVw"
    "KFVFULsywUWhAEqG3+JsEXrG+Qk91QDHCiYTtwiQ4c8qAqHn+iYT3+LTx+wyer4L1QsHDf"
    "I8AyqEbhMlqtG6prmdHR/VQouUWMI6NoA1mNC3Jkpj6Yu00Tp9RsEKvJ7Wvj0V9FMwdTd8"
    "tmzmraZm5cMzcuJL0m3TUr0i0XnO5BciclpWPU4TqMRxJNNc1AlCG8CCmfxbmimKmuvj4I"
    "5kRAyqkWu6GKQPppEmAWedHpHde+OXzspGL50RITG0y2weTDGWBrzz1NfSClUU7pWJDtcr"
    "imONQ29lln7BNG6iqRuFjeBuJsppN1Oaxn+ZU1c3M8yzFW5x7FIX6rXuWiuLvBo9SCPQyS"
    "5b1J0EEK/qf/0m6bi6iLjq6JR0YC+8jcBz3+J5LBlAjz6/gMNuZA3DOiYWoSrH+Ei4zMcl"
    "OearnJ5kWNhY6jrrcnyLAKF0mptG6p4g7pXrG7qJutKuYplTYSQLt31X7R1y/ofmTePPrW"
    "DsR+RcNCs83XJ/NgBcbrU7iufpPpKmezipv7Hvag4rhk7cA97EBzw4YPB/zuA1rxhrhVQE"
    "7rtNDe7n55mc2WrDdb0pIZS2b2TmaIM6FF646iwo1kxojVwGcqbXppp03ttGmDBzA7o7dP"
    "gO0Glw8QBs/Z4NJSmm2AbBKFOYD5hNhYFEdl0hKb2EwkWyFFLdnhG0sEW4kiOWcOccMTWC"
    "RRSvcDmTtTUF7zHuGeh12f2aCAz67MbjHbgW2YZLWtx1IqLTTEu2c6NgphoxA2CtGuKERs"
    "Bq9Ci7fBisdSJS35vBcb0rIGPZKHXG/s+pQt5vEHc2OyYWOSo4HHnYlHpYKdS5yJ7KKhx7"
    "mr/6GeIkL/nhEPtjDr5hj+Hd/hMzNWpIs0HoLf6HpC704en8Elj+ornCHFp3BSHGQVRFbH"
    "7LEix3wGWe2mgHyZcqFKZrNPyD3jMF9LEOaeG9zb8MpD78JBKgEciVtoS0B7g72g0or6hc"
    "Ie+RxUUBen23cqr83x3KopGkToKqXyVts6IavVOo9pZ3HhxnDnn8wpcvmMOSrbwJOjc+jK"
    "kmOfMzX25tHxdRC4AjLrEfcM9U2ZOdwDqOSQCqng1LuYdJpi2IbP0RxV5EbEdlx7iUlF0D"
    "J4mDCBnVW0s4qHY69qn1WMP46yc14Lha961usQQpQHnIdm57r3sHrV4SKnC6+zcAuV/R1L"
    "2BI7Z4PvX4Fv1hiP4T1xR0Ss2dclLbDBd/CMaEnXYTolzH3Mmab30RK3UP0N6k/IvI98PC"
    "HmUD84ghDeFFGX+FOu4JTAo36UZ3h2G47md2e3mvzf9Y9z3Ig671T5cMH0Ni/WlbCuRDOH"
    "V5ugePikzSVe3pYY68aShYolbVuTNs28ZLXD8BKNFnbtds2+NSh9rZZ0n4dcC9qgiQGbSm"
    "W9uYP05i5DlpTryF0uGNQ6Hy5KFSo7/zPVspxFe2XGNPhJ5FiFczNURLMz2HF4wNQjGZ74"
    "BCdo5k367KLKPSQrWZ/M+mSWV7UR2lq8seYfi3XI3MrjDq42yZZobIVww44tqHuS7TC2L0"
    "2vCT/ALUz/4pRt5R9kFO2ZHE3zDjIDFRmqLVo4pWbbt9Hti6Xq+URK7aFt086r6ra9G9/e"
    "2kemN1s3d0bbtnaTWzv6MnOI0LpoQFprfxMrJ3WxoAeZVRlgDzOnYg5SSsnivh3uilabpo"
    "3lW+e27t6ngtsFfvhYFRBeUrNA5wLdmIj8R+EWBeTDou76eDwHofLh+EA4YywJrBzG0bLf"
    "MxTIeC3xousg+FClWfALqyV0CaySgIJ///IuNyq/m5o/s/4iUr9YvCHHfPpIIlh3bF4XUf"
    "dNWKAhSyL7IC6IAyKwgLl0qH9RwUrAvyA3q4uWz+lKJuBs4padJDiYSLZN3DrEqQLsw5xm"
    "ji9JHOpjLx/mRGnZhQy1nkTaBwj5uuU2F2/fXZ6/P3r6vBsyAu0tUkXS4D8/WSFegQBzUG"
    "2kSOnskXK9/fDf/bCu1yW68evCTvw6J48oMrkVMM4o2cGi5NIcrolZJZgTDes7bHbSbNJW"
    "WwN7zXERAzXgX94p4nfy/cSkvLvBWTSSJZ1FhiDyrP0yYMFU6X6HZtSsmZfIwdqzMz6cSz"
    "yqHThdiIeKCHhf+QbOpfoH6t+SG1giMyHzu29u2V0/x2+s6SZllt2kZqDjsx2qOW/FQ2iu"
    "62ZTilOpGdZRe2BHzZ6Bsg92MM7jBWu68TiXDbQB3FrI7US/WhV8Y/kW4lvDAT54VGlmJx"
    "Rvnc9Qw9ArKBe5Bu7Kx55XGBBO67VpAd6z01cvF7Fg+LEu+nt1ef7+/eo85BTPPY5zBoPi"
    "nQFTKq0YD9b5W3XsDHggOZ+wuD/a//cQkz6x9on8qcrBuXCcSKu0Jq/hnnviJoASIXjOBE"
    "XxOLFQaIFp2/cYIYiE56+AdqJh4a4Mt41GbtUUhxCNzOzcwNk22aQpNZtG2rT2bUy0+RfB"
    "HSIlcS8grtrJjTgvyXTXR52nsXTPhGpLJitdxGFdibAHR2nMkxjxGcJIkCQqHIaAw1MRJG"
    "JcjXVXWY0276bKe5ytZLem2F8cmQcKTruogndKpRUeYd2+SfJhVzdGy7r7oRz77PPWIu3I"
    "In0isN1eBH+ONUqVb7BEYiFZ/nSfMZ8iqh1qNODBaKzC6clwn8A3qM8CyF4zmaqzMVbh+T"
    "xhdmu0Uwb6O+CKoKNvnp7mbT5Yww02Z7yGldr9LWzq6sFas92H5aOPYgXjwl6eKLQpGr+z"
    "QJtNBa5/ApRGST+lE1Mi+Rbiu/sBwdEkqprdizXaNB7seUGhnVXKGTp27rnZQHEh9Ifutm"
    "U+pvA0pC2aOatpw8WH0MrVzm7LarVgsq3tZ7d9guUvAnudgiBIVNrdFAIJ5coGQGCjzRtN"
    "G9EMU3MI8ZALk50dXiZIcaQt8Dw8G3hK8AQdqTGBhG42pMIn7jHSGh7BNwQduYJPp/pSbi"
    "Z4bTfaHBCJ7mEjIk0ihTYi8sAOUPxVVAA5pdJCiOvx4Q1klQIlKRWLcjmUG7N5YtOwbxUT"
    "tsGDPQQPrFfZ1m+pMb7OlTMmbqC7ys980Mn1dzISG3weGcv2/uKD0jO/Wha5AUEw6Yp87h"
    "Om3sD+QoGAPgDFEmHhR+cNMPJFIe5E+0BoLwZcE100h5MIcs8x2Hn91Ra96ltX36/ILnm1"
    "S14P1p35KxwpygIciVtoS0AbDSYV6UCiZXl147jAIa6u69ze1UWq972UY8o9Wm0LqkRjj4"
    "B7usL9+DE734EqIlpVIM4otW7KZPdmwfrjqyjv3h8HB2AbbzytZ33xJttfj2BJenzGqoWJ"
    "l9Tad5DR7kesELKAKepV/ZyWVO0X1bQvqjnRLf3FEvd7XLCeISnubohrGcHeAJdfzqBlEY"
    "eTM0Nd5FGpzhBVSN/HowRm22Hpm5jD0jeF+DD+FUcb0GzMJUEi8IgkCsHDy5zgVi33+cwW"
    "m35Dfeio73MXPiD9ek9SYPSPu0g3vMkU4CZKFq2VeCTDOBrM6ZQOmcGtevFxe/EW4DZq9u"
    "BRs0y7lDaJaSUb2rE7ejdictoGgPfSlYVmaHmHqazbjSTWaIG3v+8Q1lYs2vLnxvJnu4Dg"
    "q2tmjw63a+WMov2Um9bGjXGFrykRl1hMOrme8KK0u94RhiOler4WLOkHX9FFCgVOXENNqK"
    "YB7EAO1aExlmhAtMSAeNqXDLMwwvQL7a8yyDEnPjd7l4/03UhOTnt9t9mc0Z52VG1Cu01o"
    "PwjTaX3Zw/dlzTjWkzT3cJ/1pGFJ1XJDyxuKeMOvWDAN9CfzbDnMIVW+gTvMQsnSEfRIXp"
    "tx7aqGp1tCgFmLYc9EopGnQSTiCepT1+zbA4vYcOBShbRNF3NNAeD8Sv1TquhhloLnu77F"
    "Z2ZqgioNGQGxL1Oq+wKsmMMs3FQI6T6EBdSFjr4NGDxEF30rIPwOf8suCpjLC/nHSty8kI"
    "7YuLnNNn34odhyjcPnGjA7WAXhWL4FwdzaN7+xAb62krhMM4PN366ZM5o2xNe0Vm4MVT8n"
    "gjrjfJoelW2g6DiR2kTQi5v3Hts253HTryUwds/tAItp6A0RkubNxhab75RKCxnSDsl/6v"
    "gY/VlVQDgSbyG6T09OyvDPk5Ni/nmyelI41/553lHsP199/FDkSC1Ulm0mdRT6n8lsO0C0"
    "14ALYGQs5UpywXIewZIJhAq+f+itmO7+D3xdMeg="
)
