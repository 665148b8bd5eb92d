from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
    "eJztXetT27gW/1c0uR+WzlCGBgosnXtnaJfdZZdHp2Tu3buPMcJWEhVb8kpyaYbL/351/I"
    "idxE5scIzj6ktLpHMk+yf5vHQkPfRGggc+9+XOSeBQdcqUmPSO0UOPYY/oP3Lrt1EP+362"
    "FooUvnVDFgyUlstHIeGtVALbSlcMsSuJLnKItAX1FeUMyE+/EDFBOFDcw4raiAvkYRZgF2"
    "k2TXOM7sd8GykO/3vb6Hai/6D2GInA1c1xpn9ihcgX6hBm6xLMHDTm99C7w23dPWWjdXb0"
    "J6O6lDnE2UE31LlBVKKbB/KFMIXuyOTxH/iBPd5sI8k1hybUEALJvaBKEabbtQk0oxkE4k"
    "MookqikF83LZFDXKrrdPPwSgGjfwfEUnxE1JgI/WJ//KWLqe7/K5Hw84+ezT1P06lwqGxB"
    "sCKOhVVPE85VKix0O72/oAn/zhpS4joz408dIAvLLTXxw7IPYyx+DCkB4lvL5m7gsZTan6"
    "gxZ1NyPQJQOiKMCHiSzFRggevG0yYpit5PFygRkOmLOWmBQ4Y4cGFCAXf0BGlZz7IurwbW"
    "9enAsnoLky3hyEyLuMjmDCYqZUqG7+/hr5ZL2EiN9c/+27ePUUcpEBEZ9Pjvk08ffj75tK"
    "WpXkGXXM/36Eu4jKv6Ud1j2AhWOGomHKwU6ZlxKQv4DFM9uCcFKfDph9s48gf7JYA/2C/E"
    "HaoA9gzM+huuhHBM3xy4vV4j0L75/k0JbDVVIbhh3Sy6WpJyUQXeKUMHJ+9aEI4ldgWIUw"
    "4zh0vOYXioapM45ujgLN7rl4B4r1+IMFTNAgz2VBV4E/rOTd/6tVtinC7COyBfVT68WZ4O"
    "QLwE0sHpbwNo2ZPybzcL5dbFyW8hyt4krjm/uvwpIc9A/+H86v0c5DxQ2gqrNKEzLA0Crk"
    "kD4jQzs+sXGg5RmLpV5nXK0SDID49dmdcZv3EB9B90jaIeKTCZZzjnwHdi1p3kjw1UkMuG"
    "4uzi9HpwcvFxZjx+OBmcQk1/ZiyS0q2Due9g2gj6z9ngZwQ/0e9Xl6chnFyqkQh7TOkGv/"
    "fgmSC2YTF+b2Eni0lSnBTNDHPAHM7IE0Z5hrGGQY7dezPG9YwxRHSGd5lIAxTcYvvuHgvH"
    "WqjhfV5Eu1jl9b35EszwKBwkQBOecxo41GpQnbgUR/gtxBXT6u3lYUVwxC0MlESWiyyeIO"
    "BBCv7RfzH9gIg6aGtAXDIS2ENhP+j1v5AMfCLCX6/0RBwTxN2Q1OcwHSAkCIWM3O8sRBXX"
    "1cnqOF9hzE63awkyrGSRpCydi97V6CQWR+/0sFXFPMPSQbdxLa65sUmK0dcv6FwxdxJ/ax"
    "uiv2Kx0G719Sl8sALl9SlaalqlusrprOLhfoY+qCiXjB54hh5o7yrOywFff5jLd7EacuFV"
    "ATnL00F9W3/ERVFVLU47ZehAFHFtC8DGmDHGzAsaM8S+o6zImIkqVxozIdka7Jm53BSPeL"
    "cklBwOnkQpKmWsnbyMlfd0dMYKwsS5OSt6Is5/NvHgttfYGcEjvP6+39/bO+zv7h0cvd0/"
    "PHx7tHukacPnXaw6XPJhvT/76exyLk4MBZtq/3QqiyX9NspinHJ0EOC1BBtA6uQq5oLlJp"
    "w3fWe08QbivARW0KbGpDHrCU3bMImyKI7KZClWWTMxLa2wqJA0j7BELpYKyQmziYOGgntI"
    "EqX0PJC5KwXlOZ8R7gn/r6AZEvrOBXzqUrvF1g5kJslq2XgZlg4q4votHROFMFEIE4XoVB"
    "TinDgjIpbsNcoSrNDfbkhaUnX7PmHOa65HNFl0j9jfoZs7MrlBHr4j4c4b2CcEb4qoQzyf"
    "K9jKs3UTRz6OHyJf6vH4Qdv8jzevclT9OnuqvAModv2qbfIxIRMTMumUIWFCJg2ETIircD"
    "VZMmVZLU42AeMGJUp2gR/LajtWUo4OTu36ZYfW2VXQjck751CvxQF5yewU49x9s87dhjhz"
    "7Y/HXkRWUq4jdzG1oJb5cJGdVTr+6mtazhBlCKcR1Z3YsaISsqipQEMqpELYtnnA1HcSab"
    "lBBGxzywvM1tHk6gVtUAtmGbtFFpTxyb5hu6pV0K7FG3vZhaCu21Yut3G1lYmU40kIt2yD"
    "3LrTT6XCKpBV8E05GpzBmSy19UuJgzJCYt4SzciIg3mQP3PKnuQfzDCa3Z9t8w5mBBUZqi"
    "eMcIbNjG+rxxdLZXlESu2hPWWcF9nNeLd+vOHIoS9PHu4ZbjPabR7t+MvMMYSWRQOyXM0t"
    "rOyuywp6kVWVW+zi3KOUlgGfYTK4Pw13Rast0yb0nXNb6/epoLvA86uebzfHZoDOBbo1Ef"
    "kr4RQF5KOq7eXxeA5E5cPxgbDHWBI4LxmjyB0+RoEkDpRkpg6CD1WGpybDQSe65ov+DRW/"
    "fjzLjcrX0/Kf7GYaqU+i+UiOuf+dRPyeofB1EXXeRRUasjSyD+SC2EDihCc1lwz1TxtYCP"
    "gX5GYtnMycPbbZLBKYRYJNiWSbxK1NXCrAHqxp5viSxKYedvNhTpnmXciIayfm3kDIl217"
    "O/1wdnFyvvVmfzuyCLS3SBXJgr+/u2B4BQLUQTVJkeFp0OT6cPnfZqyuoxLT+KhwEh/l5B"
    "HFKrcCxjNMRliUExaSa8OsEswph/EdVjtpJmmrq4G99riIgbrlX88U8Xr5fmJav73CWQwp"
    "SzqLLL5qJ0yygutvHHRP1Ti88MbG2rMLfbjphTcIDxUR8L7yHZyU+c/Ze3XgWp0cv3FNnZ"
    "TZdpNZgU5OmzJX65irdVoiPc2pbB1Ii2n//UWbbdze6Vergm9C30F813CkIB5VWtmJyDvn"
    "M6xB9ArKRa6Cu/aw6xYGhLN8XdqAt9c/PJjGguHHsujv9cXJ+fniOqSPJy7HOcKg+MqRDE"
    "sn5MEyf2sdd45sSM4nbO4H2JrRcrUnfWLtE3m+ysG5UE5kWTqT19B/s3+4f7R3sD+VFNOS"
    "ZeJiUVIQIfJuPVxy5VbC0AHV1rSMEETC81dAO+UwcJtroJoZik2IRs6c3PC0S6DMFVAtHt"
    "/WRJs/YqEooP9juNSWG3Geo9leHnX2E2prCOQlk5UG0f1KRCrkEkgsIj63x4gPw4vZw5jv"
    "tOHjeCswVWH6EYPbmoiIOcKsoCFkIi3Gn9fVyTNOhJz2V8Him+HpTMbQM02+4hBzOGSL8C"
    "5LxpqydMnxbjhXmN+zaqlBU4YOmIJzfmK/TEKFpir2FPtHrcpj/Si4Fu1a/p2C1CxQG7M0"
    "q9RGQm2Fgrik2jhNVgMlwi6cCTlJlxZBgguSLiZGAj66CFAixtVYj+CikqinyWeoBHOiUX"
    "PLj5tyQ3RzCze1h7TSD7u6DzPP24yn2uScN45MTRrp2h4TJ3CJ8wu/zddHMxQrtJFMaK3P"
    "/Lb0fgtNi5yAIKxgU4QWEky9gz0KgYA5ANVapwgvPrOIka8KcTvOJSXofkwYVE3gNKPcs5"
    "Bqb79a4ozuuvqeB5M2Y9JmNjZt5nMkKcoCHJMbaEtAGwuTigZBymWC1q2zBTZxhb738NiV"
    "5SCfu7TaNpaUo0HA3fi2rQ3cxRIbWlUgnmHqXGCrfrVg0kwWUa7fJwcH4Cn+eJbPLCq2Wf"
    "+G61tW5Rj8HFv3DkOsX2JFkAVMUbfq5zTHar6otn1RrYlunRBB7XEvN64V120vj2jhlKrW"
    "m6HLrmrkxYa+lcMw1ra0HZ+lUkXCZ1g6GKdYy3HC8FlVQDgm7yC6b3Z3y1iiu7vFpuju4v"
    "kLnCmSd8DFL9dXl0WBzCnLvM6ktkL/Qy6Vm5iosQRcAGN5xGA+ODCnAqGB9y+dQvD4f/Kp"
    "ogs="
)
