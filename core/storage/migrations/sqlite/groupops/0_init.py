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
    "eJztXW1z2zYS/isY9UPsGcV1HOelztzNuKmvTS+2O7Hn2mvTkSASklCRgAqAVjQ+//fDgq"
    "RISaREyqJMMZjpNBaxC5IPQOyziwVw3xoIHoz5WB6dOw4PmPpI2ah1hu5bDPtE/5Et0EYt"
    "PB6ni+GSwj3P6OBQtONpWVOCe1IJ7Chd2MeeJPqSS6Qj6FhRzkDlnHE1JAKNPaz6XPgoqg"
    "PxPsLIJ36PiDNE7ghTEvUF91E3kuiiUFBroW4o2D2Cm7rc0XelbFBR/QGjfweko/iAQNX6"
    "Ln/80XK47+sCNTWvHdbQ+vNP/YMyl3whEsTg53jU6VPiuXNgUxfUzPWOmo7Nte/p4ANT/z"
    "Ky8Fa9jsO9wGeJ/HiqhpzNFKi+o746IIwIrAjcQYkAMGeB50VtFDdD+BKJSPiUKR2X9HHg"
    "QcuBdvgAybVWp3N1fdu5ubjtdFpLrRprpBoiuuRwBj1CP6o0AAzgEZ5/d3Ly8uWbk+OXr9"
    "++On3z5tXb47da1jzvctGbh/BhErTCqgxmH378cHULD8R1tws7JVx4MDpY4VDLNEaC/lzb"
    "zTfC+yEW2U0wp7TQEvoVF1sixn1VU8QXkrZIPppdNIaPv3Q8wgZqqH++Pl2B83/OP73/6f"
    "zTwevTw3mwr6KSE1MEsCcwx19FCZBTKg2E+MV3LwpgrKVyQTZl8yiHI1UZkBMNi3ExjB1B"
    "AI8OzujMP+gSRX2SM2rMaS7g7UaqR/Efe4j+CrBvP1xe3NyeX/4C1ftS/u0ZvM5vL6DkxF"
    "ydLlw9eL3QLrNK0K8fbn9C8BP9fn11YeDkUg2EuWMid/t7C54JB4p3GJ90sJvGJL4cX3oA"
    "E90fpcwEXOhhZzTBwu0slfATnie7XOSf+ItXMMMD00iAJjxninYpeqfNyw94msfLEoG1vC"
    "wU7bh4WpCXXRIp9aPJGUlCkgBrYvo/gmbGD+kaNWWgRGhJ5iLdnXmg/xaYjVBvijRBkmSZ"
    "lW299vWcLBnldKVLzGxBeCZi2Zpla/UcaKtma5ZHVM8jXJzRiYFAZAMcia9iDXuI8wpYgQ"
    "UsdcvQcizjljv8plXWD8LbQuy42kH45MXpm9O3L1+fzsbe2ZVVQ248vCaAeliqDYhsSs2y"
    "WMtic1ls4FJ1wZTII7FJ+ToOC5Idjw+K8deLOyKmCIDxsaIO4gLpxwywh4AMc3aGJkPeRo"
    "rDv34b2ORkSJ0hEoGnq9NMdDLECpE76hLm6Csh/5wsUdmqbvRZsxVEdPd3j1CXul1EJere"
    "m0AlGpHpwzf4nj1020hyraEFNYQgMhFUKQI82iFQjVYQiPfhElUyDHTqqiVyiUd1ma4+hz"
    "+vZsgpR1YLLhQqLHQ9JRl0PrHI5M8bkoqnJdBzlOLk1asClEJL5VIKU2bZcg3YsjPMMqEr"
    "EB5m2s4KwW219pcn65GUl3JFZgoN7LyVIByN2CUgTjRsHy7Yh+GhynXiSKOBvfjlSQGIX5"
    "7kIgxF8wADnyoDbyzfuO67fesWk9NleG/JlxyvO63TAIhXeYQXv93OOYMxlAeX578dzjmE"
    "H6+vfozFU9C//3j9/QLkPFCahZXq0CmVHQKuRQPi7qZnb3/QcInC1CvTrxONHYJ8/9CUfm"
    "2nTjdqin0IOqWbOWAuZ2SDVp5T3EIjR+69beOGBRbfY3+M6YC1MsOKs9L26qCiE8kVTVZE"
    "sQI6MPU97wXTNhKkT4TAurm1W++BtdK6HleKCF065tD4hyauByE4ETCmuwiSSvfajITF7d"
    "/jM/vMuroj9umgi4ZcAxzGHKlCEyxRNLCiCVXDNuoane5MYqgl4JOEQGMfC3Tw8831Fepx"
    "NTwsOPNuWsemQtrJ9f0xxVU7VObfEgjH8hbcAuCO9HuVATeWbyC4L14XCWQtkohUHOv1Uq"
    "CQqnJhlplCA4IAlc3fJPiC9Q0yshvyAU40bAcu0IFDHlTG4080rMe/gcdv+GQZvGcKFu5H"
    "BFh65SjcnFbjhupKZnR0PxVKbhDjmFO0gazaBTnmpj6Yu0kTp9RsEKvO7Wvj0V9FMwdjd8"
    "Nmnte0zVy7Zq5dSHpFuuu8SLtYcLoDyZ2UFI5Rh+swnkk01jQDUYbwLKR8FueKYqba+nov"
    "mBIBKada7I4qAumnSYBZZEWnt1z7+vCxk4rlR0tMbDDZBpP3Z4CtPPc09YEURjmlY0G2y+"
    "Hq4lDb2GeVsU8YqctE4mJ5G4izmU7W5bCe5VfWzPXxLIdYnXsUh/gte5Wz4vYaj1ILdjBI"
    "FvcmQQcp+J/+S7ttLqIuOrglHhkI7CNzH/T8n0gGYyLMr8Mz2JgDcc+IhqlJsP4RLjIyyU"
    "x5quQm6xc15jqOut6OIP0yXCSl0rililuke/nuom62spinVJpIAO3eVbtFX7+ge828afSt"
    "7Yn9ioaFepuvT+bBcozXp3Bd/TrTVcxm5Tf3I+xByXHJ2oFH2IH6hg2fDvjtB7TiDXHLgJ"
    "zWaaC93f7yMpstWW22pCUzlszsnMwQZ0Tz1h1FhWvJjBGrgM+U2vTSTpvaadMaD2B2Rm+X"
    "ANsNLp8gDJ6xwaWlNJsAWScKswfzCbGxyI/KpCXWsZlItkSKWrLDN5YIthJFcsoc4oYnsE"
    "iilO4HMnOmoLjmI8I9T7s+s0YBn22Z3Xy2A9swyXJbj6VUGmiIt890bBTCRiFsFKJZUYjY"
    "DN6EFm+NFY+lClryaSc2pEUNeiQPud7Y9SmbzeP3psZkw8YkBz2POyOPSgU7lzgj2UZ9j3"
    "NX/0M9RYT+PSEebGHWzjD8W77DZ2asSBtpPAS/0/WE3p08PINLHtVXOEOKj+GkOMgqiKyO"
    "2WNFDvkEstpNAfky5kIVzGYfkUfGYb6WIMwjN7i34ZWn3oWDlAI4ErfQFoD2DntBqRX1M4"
    "Ud8jmooCpOt+tUXpvjuVFT1IjQlUrlLbd1wrxW4zymrcWFa8OdfzKnyGUz5qhsDU+OzqEr"
    "So59ztTQm0bH10HgCsisR9wz1DVl5nAPoJJ9KqSCU+9i0mmKYRs+R3NUkRkR23LtBSYVQc"
    "vgYcIEdlbRziruj72qfFYx/jiKznnNFL7qWa99CFHucR6anevewepVh4uMLrzKws1Udncs"
    "YUPsnA2+fwW+WW08ho/EHRCxYl+XtMAa38EzogVdh/GYMPc5Z5reR0vcQvV3qDsi0y7y8Y"
    "iYQ/3gCEJ4U0Rd4o+5glMCD7pRnuHZfTiaP5zda/L/0D3McCOqvFPpwwXT27xYV8K6EvUc"
    "Xm2C4v6TNpd4WVtirBpLZiqWtG1M2jTzkuUOw0s0Gti1mzX7VqP0tUrSfZ5yLWiNJgZsKp"
    "X15vbSm7sMWVKmI3c5Y1CrfLgoVajo/M9Yy3IW7ZUZ0+CjyLEK52aoiGZnsOPwgKlnMjzx"
    "CU7QzJr02UaVO0hWsj6Z9cksr2oitJV4Y/U/FmufuZXHHVxuki3R2Ajhmh1bUPUk235sX5"
    "peE76HW5j+xSnbyD+YU7RnctTNO5gbqEhfbdDCKTXbvrVuXyxVxydSag9tk3ZeVrftXfv2"
    "1j4yvdu4uee0bWvXubWjLzODCK2KBqS1djexclwVC3qSWZUe9jBzSuYgpZQs7pvhrmi5ad"
    "pYvnFu6/Z9Krhd4IePVQLhBTULdCbQtYnIXws3LyAfFrVXx+M5CBUPxwfCGWJJYOUwjpb9"
    "nqFAxmuJZ10HwYcqzYJfWC2hS2CVBBT8+5cPmVH57dT8mXVnkfrZ4g055ONnEsG6Y/O6iL"
    "rvwgINWRLZB3FBHBCBBcyFQ/2zCpYC/jm5WW20eE5XMgFnE7fsJMHeRLJt4tY+ThVgH+Y0"
    "M3xJ4lAfe9kwJ0qLLmSodRRp7yHkq5bbXLz/cHn+8eDFaTtkBNpbpIqkwT89XiJegQBzUG"
    "6kSOnskHK9v/rvbljX2wLd+G1uJ36bkUcUmdwSGM8p2cGi4NIcrolZKZgTDes7rHfSbNJW"
    "UwN79XERA9XjXz4o4rey/cSkvL3GWTSSBZ1FhiDyrP0yYMFU6X6HJtSsmZfIwdqzMz6cSz"
    "yqHThdiPuKCHhf+Q7OpfoH6t6TO1giMyLTh2/u2UM3w2+s6CZFlt2kZqDjsx3KOW/5Q2im"
    "62ZTilOpGdZRe2JHzZ6Bsgt2MMziBSu68TCTDTQB3ErI7Ui/Whl8Y/kG4lvBAT54UGpmJx"
    "RvnM9QwdArKBeZBu7Gx56XGxBO6zVpAd7LkzevZ7Fg+LEq+ntzef7x4/I85BhPPY4zBoP8"
    "nQFTKo0YD1b5W1XsDLgnOZ+wuD/a/3cfkz6x9on8scrAOXecSKs0Jq/hkXviJoASIXjGBE"
    "X+ODFTaIBp2/UYIYiE5y+BdqJh4S4Nt41GbtQU+xCNnNu5gbNNsklTajaNtG7tW5to8y+C"
    "O0RK4l5AXLWVGXFekGmvjjqPY+mOCdUWTFa6iMO6EmEPjtKYJjHiM4SRIElUOAwBh6ciSM"
    "S4Guqushxt3k6VjzhbyW5Nsbs4Mg8UnHZRBu+USiM8wqp9k+TDLm+MFnV3Qzl22eetRdqS"
    "RfpEYLu9CP4Ma5QqX2OJxEyy+Ok+Qz5GVDvUqMeDwVCF05PhPoHvUJcFkL1mMlUnQ6zC83"
    "nC7NZopwz0d8AVQQffvDjJ2nywghusz3gNK7X7W9jU1b21ZtsPy0cfxRLGub08UWhSNH5r"
    "gTabClz9BCiNkn4KJ6ZE8g3Ed/sDgqNJVDm7F2s0aTzY8YJCO6uUMXRs3XOzgeJc6PfdbZ"
    "v7mMLTkDZo5nlNGy7eh1Yud3bbvFYDJtuafnbbJ1j+IrDXygmCRKXtdSGQUK5oAAQ22rzT"
    "tBFNMDWHEPe5MNnZ4WWCFEfaAk/Ds4HHBI/QgRoSSOhmfSp84h4ireERfEfQgSv4eKwvZW"
    "aCV3aj9QGR6B42IlInUmgjIk/sAMVfRQmQUyoNhLgaH95AVipQklKxKBdDuTabJ9YN+0Yx"
    "YRs82EHwwHqVTf2WauPr3DhD4ga6q/zMe61Mf2dOYo3PI2PZzl+8V3jmV8siNyAIJl2Rz3"
    "3C1DvYXygQ0AegWCIs/Oi8AUa+KMSdaB8I7cWAa6KLpnASQeY5Bluvv9yiV33r8vsV2SWv"
    "dsnr3rozf4UjRVGAI3ELbQFoo8GkJB1ItCyvrh0X2MfVda37h6pI9a6Xcoy5R8ttQZVo7B"
    "BwT1e4Gz9m6ztQRUSrDMRzSo2bMtm+WbD++DLK2/fHwQHYxBtP61lfvM721yNYkg6fsHJh"
    "4gW15h1ktP0RK4QsYIp6ZT+nBVX7RdXti6pPdEt/scT9HuesZ0iK22viWkaw08PFlzNoWc"
    "Th5MxQF3lUqjNEFdL38SiB2XZY+iamsPRNId6Pf8XRBjQZckmQCDwiiULw8DIjuFXJfT6z"
    "2abfUB866PrchQ9Iv95RCozuYRvphjeZAtxEyaK1Es9kGEeDOZ3CITO4lZGV8ZIJGy570n"
    "BZ3CCFzSDNzMq1kZwsA2h6eQlwY/kGglvJPLSN9e6kGwtNxrLOTVm18Uis0QDHftfRqo0I"
    "s6XKtaXKdq3AV9fMHu1v1spzivZTrlsb18brvaVEXGIxamU6vbPS9mqfF06P6vhasKDLe0"
    "Nn2RI48QI1oRoHsNk4VIeGWKIe0RI94mm3MUy4CDMttGvKIJ2c+NxsUz7QdyMZ6evV3WZ9"
    "8np8LJXNXbe563tjOu1BVPvvy5pxrCNp5jk+q0nDgqrlhpY35PGGX7FgGuhP5tkymEOqfA"
    "13mISShYPlkbw249pVDQ+yhFiyFsOeCTojT4NIxBHqUtds0QPr1XDgUoW0TRdTTQHgqEr9"
    "U6roYRbi5Nu+xWdmaoIqDRkBsS9jqvsCLI7DLNw/COk+hAXUhQ6+DRg8RBt9KyDSDn/LNg"
    "qYy3P5x1KIPJeO2Ei5TSx9+qHYco395xowEVgG4Vi+AcHcyve5sQG+ppK4uWYGm79ZM89p"
    "2hBf3Vq5NlT9nAjqDLNpelS2hqLjRGodQc9v3kfs0JzFTb+WwNgjd/7Lp6F3REiaNRubb7"
    "5TKg1kSFsk/6mTYvRnVQLhSLyB6L44Pi7CP4+P8/nn8fKh4Fz751mnrv98c32V50jNVBZt"
    "JnUU+h+KE5P2DO0V4AIYc5ZyKblgMY9gwQRCBd8/9a5LD/8HSFspvQ=="
)
