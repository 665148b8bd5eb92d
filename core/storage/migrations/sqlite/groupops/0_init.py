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
CREATE TABLE IF NOT EXISTS "chat_aliases" (
    "old_ref" VARCHAR(191) NOT NULL PRIMARY KEY,
    "new_ref" VARCHAR(191) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* A chat that changed id (Telegram group -> supergroup): the old id points to the new. */;
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
    "list" VARCHAR(64) NOT NULL,
    "user" VARCHAR(191) NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "reason" TEXT NOT NULL,
    "until" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "lifted_at" TIMESTAMP
) /* A ban on a shared list: it applies in every chat of every community whose ruleset names */;
CREATE INDEX IF NOT EXISTS "idx_shared_bans_list_3134a0" ON "shared_bans" ("list", "user");
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
    "eJztXfFv2zYW/lcI74elgJelaZp2Ke6ArMtt2TXt0AS33dbBpiXa5iKJGknFNXL534+Pki"
    "zJlmzJkRxZJVA0tvgeJX+k+L73+Eje9yacBT7zxeG5ZbHAk++od9s7Q/c9D7tEfcgX6KMe"
    "9v10MVySeORoHRyKDhwlq0vwSEiOLakKx9gRRF2yibA49SVlHqice0xOCUe+g+WYcRdFdS"
    "A2Rhi5xB0RfobIHfGkQGPOXDSMJIYoFFRaaBgKDg/hpjaz1F2pN2mo/sCjfwdkINmEQNXq"
    "Ln/80bOY66oCOdc/O6yh9+ef6gv1bPKZCBCDr/7tYEyJY2fApjao6esDOff1te/p5NKT/9"
    "Ky8KtGA4s5gesl8v5cTpm3UKDqjurqhHiEY0ngDpIHgLkXOE7URnEzhD8iEQmfMqVjkzEO"
    "HGg50A4fILnWGwzef7gZXF/cDAa9lVaNNVINEV2ymAc9Qj2q0ABM4BG++e74+MWLV8dHL0"
    "5fvzx59erl66PXSlY/72rRq4fwYRK0wqo0Zpc/Xr6/gQdiqtuFnRIuPGgdLHGopRsjQT/T"
    "dtlGeDvFPL8JMkpLLaF+4nJLxLiva4r4QtIWyUuzi8Zw8eeBQ7yJnKqvpydrcP7P+ce3P5"
    "1/PDg9eZYF+31UcqyLAPYE5vitqABySqWDED//7nkJjJVUIci6LItyOFJVATnRMBiXw9ji"
    "BPAY4JzO/IMqkdQlBaNGRnMJbztSPYw/7CH6a8C+uby6uL45v/oFqneF+NvReJ3fXEDJsb"
    "46X7p6cLrULotK0K+XNz8h+Ip+//D+QsPJhJxwfcdE7ub3HjwTDiQbeGw2wHYak/hyfOkB"
    "TPT4NmUm4MIIW7czzO3BSgk7ZkWyq0Xusbt8BXt4ohsJ0ITnTNEuSe+UefkBz4t4WSKwkZ"
    "eFogMbz0vysisihHo0sSBJSBBgTZ76R9DC+CFVo6IMlHAl6dlIdWcWqM8ce7doNEeKIAmy"
    "yspqr30zJ0tGOVXpCjNbEl6IGLZm2Fo7B9qm2ZrhEc3zCBvndGIgEPkAR+LrWMMe4rwGVm"
    "ABK90ytByruBUOv2mVzYNwXYgdNTsIHz8/eXXy+sXpyWLsXVxZN+TGw2sCqIOF3ILIptQM"
    "izUstpDFBjaVF57kRSQ2Kd/EYUFy4LBJOf56cUf4HAEwLpbUQowj9ZgBdhCQYeadodmU9Z"
    "Fk8NftA5ucTak1RTxwVHWKic6mWCJyR23iWepKyD9nK1S2qRt9UmwFEdX97UM0pPYQUYGG"
    "9zpQiW7J/OErfO89DPtIMKWhBBWEIDLjVEoCPNoiUI1S4IiN4RKVIgx0qqoFsolDVZmqvo"
    "A/r2fIKUdWCS4VSsxVPRUZdDGxyOXPW5KKpyXQGUpx/PJlCUqhpAophS4zbLkFbNma5pnQ"
    "NQhPc21ng+D2evvLk9VIyiq5IguFDnbeRhCORuwKECcapg+X7MPwUNU6caTRwV784rgExC"
    "+OCxGGoizAwKeqwBvLd6771m/dYnK6Cu8N+Vzgdad1OgDxOo/w4rebjDMYQ3lwdf7bs4xD"
    "+O7D+x9j8RT0b999+H4JchZIxcIqdeiUyg4BV6IBsXfTs+sfNGwiMXWq9OtEY4cg3z90pV"
    "+bqdOtmmIfgk7pZg48m3lki1bOKNbQyJF7b9q4Y4FFZQbluUNxiN9KXDEp7q8PK4IjPsAg"
    "ScpmLCLQQRL+U5889YCI2ujghjhkwrGL9H3QN/9EIvAJ19+encFcNWKOFvUZdAcICcJFj8"
    "xy0hYbusnmOF9hzE7VO+BkXImRJCqdi97V6CQWR+9Us1XFPKXSQbfRpHPtGH31A+0PnjOP"
    "3rU9sV/RsNBu8/VRP1iB8foYTjVtMl3lbFZxcz/CHlQcl4wdeIQdaO8sztMBX3+YK14jUg"
    "XktE4H7W39ERdJZbU47UKhA1HExiaADZkxZOYJyQyxbqlXRGbCwo1kRos1wGcq5YGbnG+T"
    "893iAczkfO8SYJPz3Y6cb0NptgGyTRRmD+YTYmNRHJVJS2xiM5EsrTCpsFj0hgWC7Hok5p"
    "5F7HBTAkGkVP1A5M4UlNd8RLhH/61gGWL5zgV86jK7xWwHMpNEtWy8lEoHDXH9TMdEIUwU"
    "wkQhuhWFiM3gdWjxNljxWKqkJZ8PYkNa1qBH8rA6B9su9Rbz+KO5Ntmwzudg5DDr1qFC9h"
    "F8En00dhiz1R/qSMLV9xlxIKuvn2P4a77DJ09bkT5SeHB2p+oJvTvx7AwuOVRdYR6SzIfN"
    "kyCrILI6esmSmLKZh9RDQAH57DMuS67MvyWPjMN8KUGYR675NOGVJyYd0NErAByJG2hLQH"
    "uHnaBSevpCYYd8DipoitPtOo838O0tCV5Ws4MEb08IXbk83qixRpVGrqxW5zym2uLCreHO"
    "P+mNlfIZc1S2gSdHWzOVJccu8+TUmUc7OkHgCsisQ+wzNNRler07UMkx5ULCRlAx6dTFiE"
    "pFce8UOc2LiNVce4lJRdDSeOgwgZlVNLOK+2OvGp9VjF+OsnNeC4UvetZrH0KUe5yHZua6"
    "m5/rFhbjOV14nYVbqOxup66O2DkTfP8CfLPWeAzviD0hfM3OXmmBDb6Do0VLug6+Tzz7G+"
    "Ypeh8tcQvV36DhLZkPkYtvid7nCnblgl+KqE1cn0nYOOtgGOUZnt2Ho/nD2b0i/w/DZzlu"
    "RJN3qrzfVmR8zKa0xpVo8fBqEhT3n7TZxJG42liyUDGkbWvSppiXqLY/VKLRwa7drdm3Fq"
    "WvNZLu85RrQVs0MWBSqYw3t5fe3FXIknIduasFg1rnw0WpQmXnf3wly3S6EE7ylw8jxyqc"
    "m6E8mp2JDoH6WiA1bhAOm8rlTfrUUeUOkpWMT2Z8MsOrughtI97Y0y676Dq3cpiFq02yJR"
    "pbIdyy7eianmQTEssg56yWYnwTjR324NSa8OZHidMyg8QyE02NEafLIP/FqLeVf5BRNHst"
    "ts07yAxUZLzVKT2JmmnfVrcvHKcUHVS17WlMWXXT3q1vb30s59bNndE2rd3m1i4+tG5dNK"
    "CT59bteFZlhB2ce3DBOuBTSgb37XCHM3ur0P5YvnNua/0+FdwucP2qp8ksqRmgc4FuTUT+"
    "A7eLAvJhUX99PJ6BUPlwfMCtKRYEVg7HR3KfoUDEa4kXXSd1GDesllAlsEoCCv79y2VuVL"
    "6emj95w0WkfrF4Q0yZ/7VAsO5Y/1xE7TdhgYIsieyDOCcWiNj6XMSSof5FBZtOC49zs1bO"
    "QUwfkmgmCcwkwb5Esk3i1j5OFWAX5jRzfEliURc7+TAnSssuZKh1GGnvIeTrlttcvL28On"
    "938PykHzIC5S1SSdLgnxytEK+AgzmoNlKkdHZIud6+/+9uWNfrEt34dWEnfp2TRxSZ3AoY"
    "Z5TMYFFyaQ5TxKwSzImG8R02O2kmaaurgb32uIiBHLHPl5K4vXw/MSnvb3AWtWRJZ9GLDr"
    "bXSVZw2LyNZlSvmRfIwsqz0z7c4nh5hMeScPi94g2cS/WP7Cn2cIh9jt/Y0E3KLLtJzUDH"
    "ZzuYg+zNQfYtGT3NGSgdSIuBk5sqdeNpLhvoAriNkNtb9dOq4BvLdxDfBg7wwZNKMzuheO"
    "d8hgaGXk4ZzzVw1y52nMKAcFqvSwvwXhy/Ol3EguHLuujv9dX5u3er85A+njsM5wwGxTsD"
    "plQ6MR6s87ea2BlwT3I+YXF/tP/vPiZ9YuUTub7MwblwnEirdCav4ZF74iaAEs5ZzgRF8T"
    "ixUOiAadv1GMGJgOevgHaiYeCuDLeJRm7VFPsQjczs3MC8bbJJU2omjbRt7duaaPMvnFlE"
    "CGJfQFy1lxtxXpLpr486+7H0QIdqSyYrXcRhXYGwA0dpzJMY8RnCiJMkKhyGgMNTEQTymJ"
    "yqrrIaba6nykecrWS2pthdHJkFEk67qIJ3SqUTHmHTvknyYlc3Rsu6u6Ecu+zzxiLVZJE+"
    "EthuL4I/xxqlyjdYIr6QLH+6z5T5iCqHGo1YMJnKcHoy3CfwDRp6AWSv6UzV2RTL8HyeML"
    "s12ikD/R0wSdDBV8+P8zYfbOAGmzNew0rN/hYmdXVvrVn9YfnopVjBuLCXJwpdisbXFmgz"
    "qcDNT4DSKOmndGJKJN9BfOsfECxFoqrZvVijS+PBjhcUmlmlnKGjds/NBIoLod93ty3zMo"
    "WnIW3RzFlNEy7eh1audnZbVqsDk21dP7vtIyx/4djpFQRBotL+phBIKFc2AAIbbd4p2ohm"
    "mOpDiMeM6+zs8DJBkiFlgefh2cA+wbfoQE4JJHR7Y8pdYj9DSsMh+I6gA5sz31eXcjPBG7"
    "vR5oBIdA8TEWkTKTQRkSd2gOK3ogLIKZUOQtyMD68hqxQoSakYlMuh3JrNE9uGfaeYsAke"
    "7CB4YLzKrr5LrfF1rq0psQPVVX5mo16uv5OR2ODziFh28BcblZ75VbLIDgiCSVfkMpd48g"
    "3sLxRw6ANQLBDmbnTegEc+S8SsaB8I5cWAa6KK5nASQe45BrXXX23Rq7p19f2KzJJXs+R1"
    "b92Zv8KRoizAkbiBtgS00WBSkQ4kWoZXt44L7OPqut79Q1OketdLOXzm0GpbUCUaOwTcUR"
    "Xuxo+pfQeqiGhVgTij1Lkpk/rNgvHHV1Gu3x8HB2AbbzytZ3zxNttfh2BBBmzmVQsTL6l1"
    "7yCj+kesELLAk9Sp+jotqZo3qm1vVHuiW+qNJfb3uGA9Q1Lc3xDX0oKDES6/nEHJIgYnZ4"
    "a6yKFCniEqkbqPQwnMtsPSNz6HpW8SsXH8LY42oNmUCYJ44BBBJIKHFznBrUbu88lbbPoN"
    "9aGDoctseIHUzztMgTF81keq4XWmANNRsmitxNcijKPBnE7pkBncSsuKeMmECZc9abgsbp"
    "DSZpDmZuWaSE6eAdS9vAK4sXwHwW1kHtrEenfSjbkiY3nnpqzbeCTW6IBjv+to1VaE2VDl"
    "1lJls1bgi2tmh463a+WMonmV29bGrfF6byjhV5jf9nKd3kVpf73PC6dHDVwlWNLlvaaLbA"
    "mceIGKUPkBbDYO1aEpFmhElMSIOMptDBMuwkwL5Zp6kE5OXKa3KZ+ou5Gc9PXmbrM5eT0+"
    "lsrkrpvc9b0xneYgqv33ZfU4NhA09xyf9aRhSdVwQ8MbinjDr5h7CuiP+tlymEOqfAN3mI"
    "WSpYPlkbwy48pVDQ+yhFiyEsOODjojR4FI+CEaUltv0QPr1XBgU4mUTedzRQHgqEr1Vcjo"
    "YZbi5HXf4pOna4IqNRkBsc8+VX0BFsdhL9w/CKk+hDnUhQ6+DTx4iD76lkOkHT6LPgo8mx"
    "Xyj5UQeSEdMZFyk1j69EOx4Rr7zzVgIrAKwrF8B4K5je9zYwJ8XSVxmWYGm79dM2c0TYiv"
    "ba3cGqp+Tji1pvk0PSrbQNFxIrWJoBc37yN2aM7jpl9KYOyRO/8V09A7wgXNm40tNt8plQ"
    "4ypBrJf+qkGPVaVUA4Eu8gus+Pjsrwz6OjYv55tHooOFP+ed6p6z9ff3hf5EgtVJZtJrUk"
    "+h+KE5P2DO014AIYGUu5klywnEewZAKhgu+fetelh/8DprZmkg=="
)
