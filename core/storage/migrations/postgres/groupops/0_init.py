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
    "created_at" TIMESTAMPTZ NOT NULL,
    "undone_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_audit_log_communi_402be1" ON "audit_log" ("community", "created_at");
CREATE INDEX IF NOT EXISTS "idx_audit_log_communi_caa19b" ON "audit_log" ("community", "target");
COMMENT ON TABLE "audit_log" IS 'Every automatic or manual action: who, to whom, by which rule, on what evidence, and how';
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
    "list" VARCHAR(64) NOT NULL,
    "user" VARCHAR(191) NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "reason" TEXT NOT NULL,
    "until" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "lifted_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_shared_bans_list_3134a0" ON "shared_bans" ("list", "user");
COMMENT ON TABLE "shared_bans" IS 'A ban on a shared list: it applies in every chat of every community whose ruleset names';
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
    "eJztXVtz2zYW/isY7UOcGcV1bMdxndmdcVJv69aXTOzZdtt0ZIiEJNYkwAKgFY3X/31xQF"
    "KkJFIiZZGhGLzYInAOSH4Aca4AHjtDzgKf+WL3NLAdeUYln3RO0GOHYo+oH5n1XdTBvp+u"
    "hSKJ+65mwUDZc9lQE/aF5NiSqmKAXUFUkU2ExR1fOowC+dkD4ROEA8k8LB0LMY48TAPsIs"
    "WmaE7QeMS6SDL473VRf6J+ONYI8cBVzTGqLrFE5MGxCbVUCaY2GrEx3N1mlrq9Q4dV3ugz"
    "dVQptYm9i+4c+w45At09kgdCJbonk6d/4Ef6dNdFgikORaggBJIxd6QkVLVrEWhGMXDEBl"
    "DkSIE0v2paIJu4jqpTzcMrBdT5OyA9yYZEjghXL/bHn6rYUff/QgRc/tGxmOcpOqm7yuIE"
    "S2L3sOwowrlKiblqp/MnNOHf9wYOce2Z/ndsINPlPTnxddmHEeb/1pQAcb9nMTfwaELtT+"
    "SI0Sm56gEoHRJKODxJaijQwHWjYRMXhe+nCiQPyPTF7KTAJgMcuDCggDt8gqSs0+tdXd/2"
    "bs5ue73OwmCLOVLDIiqyGIWB6lAp9Pt7+EvPJXQoR+py/82bp/BGCRAhGdzxP6efPvx0+m"
    "lHUb2EWzI13sMv4Sqq2g/rnnQjWOKwGd1ZCdIz/VIU8BmmzeAeFyTAJx9u7cgfHRYA/ugw"
    "F3eoAthTMKtvuBTCEX194HY6tUD7+vvXBbBVVLng6rpZdNVMyngZeKcMLRy8lSAczdglIE"
    "44zBguOIbhocoN4oijhaP4YL8AxAf7uQhD1SzAoE+VgTemb93w3bx0i5XTRXhvyReZDW+a"
    "pwUQL4H09uy3W2jZE+JvNw3lzuXpbxplbxLVXFxf/RiTp6D/cHH9fg5yFkilhZUa0CmWGg"
    "FXpAGx6xnZm580bCKx45YZ1wlHjSA/PrVlXKfsxgXQf1A10vFIjso8wzkHvh2x7sY/tlBA"
    "LuuK88uzm9vTy48z/fHD6e0Z1OzP9EVcunM09x1MG0G/nt/+hOAS/X59dabhZEIOub5jQn"
    "f7eweeCXwbPcrGPWynMYmL46KZbg6ozShZo5dnGDfQyZF5b/p4M30MHp3BfcrTAAV9bN2P"
    "Mbd7CzVsn+XRLlZ5+958CaZ4qDsJ0ITnnDoOlRiUp66DQ/wW/IpJdXe5WxEM8R4GSiKKeR"
    "ZPEfAgCX/UL6oeEDk22rklLhly7CF9H/TqX0gEPuH66qUaiCOCmKtJfQbDAVyCUEjJeHfB"
    "q1jVTVb7+XJ9dqrdHieDUhpJwtI6790GjcR8753qtrKYp1haaDZWYpobnSQfffWC9jV1J9"
    "G3tiXyK5oWmi2+PukHyxFen8JQ0yrRVUxm5Xf3M+RByXnJyIFnyIHmRnG+HvCbd3P5LpYD"
    "xr0yIKd5WihvN+9xkY4s56edMrTAi1hZANgoM0aZ+YrKDLHuHZqnzISVK5UZTVaBPjOXm+"
    "IRr0/0zGHjSZiiUkTbycpYee8Mz2mOmzgzZ0UNxPnPJurc5io7Q3iEV9/v7x8cvN3fOzg6"
    "fnP49u2b471jRaufd7Hq7ZIP6/35j+dXc35iKNhW/adVWSzJt1EU44SjhQBX4myAWSdTMO"
    "eEm3DW8J2RxluI8xJYQZoalcbEE+rWYWJhke+VSVOs0mYiWqdEUCFuHmGBXCwkEhNqERsN"
    "OPOQIFKqcSAyIwXFOZ/h7tH/S0iGmL51Dp9Nid18bQcyk0S5bLwUSwsF8eY1HeOFMF4I44"
    "VolxciFoM3ocRbIcVjqoKSfNKLBWlRgR7Rw+ocbHsOncbx+xMtsmGdz07fZda96wjZRfBL"
    "dNHAZcxW/xxXEq6ux8SFrL5uhuDf8B0+Uy1FukjhwdmDaie07sTLEyhyHVXCKJLMR2ygsw"
    "oiqaOXLIkRG1OkHgIqyBefcZmncsx5ZO7JM/0w34oTZv/14dvD44Ojw6nvZVqyzOVi3CsN"
    "UTpgoJcAOCI30BaA9gG7Qan09ClDjfocNFCVTld3Hm/g22sqeLOcLVTwtkShK5bHG3VWv9"
    "TMNcvVOotpY37hxujOF8QeEr5knX6aYIXG7GrSglqy7xNqv2LKGooTVkP2d+hOib875OF7"
    "oletwxp7eFPk2MTzmYRl8Dt3UdTw5DHUVJ9OHm08ebp7meEmq/JOpVfPR2GTcgvkTbjRhB"
    "tbpbSZcGMN4UbiSlxuLpmyrJ5OtgHjGmeUdHIsFuVWeyccLRza7bKlGxSMqsR5/zUzuxuk"
    "5pvAiLGbtzKX4TLUkjINucupBrXMhosc/0VDHb6iZdr5j5NshN3IsHIEhAQcjgYOFxJhy2"
    "IBlS8EUvMG4bBFRFZSwyaarCH0YGwyY5MZvaqN0FZijX3dJKq261Yus3C5rJ6EYy2EG7a5"
    "RNVLt4TEMhBl8E04ahzBqRUe1c8SR0UmiXlNNDVHHM2D/Bdz6Fr2wQyj2TmladbBzERFBn"
    "KNHk6xmf5tdP9iIXseEUJZaOv08yK76e/G9zds1/mwdnfPcJvebnJvR19mhiK0zBuQ5qov"
    "sLJXlRb0VaIqfezizG1IlwGfYjK4r4e7dMqFaWP61pmtm7ep4HaB55fdG3qOzQCdCXRjPP"
    "LX3M5zyIdV3eX+eAZExd3xAbdGWBBYB4CjJP4TFIh4ZcB06CD4UIVO34esfVXzoK6h4peP"
    "55le+c20/JneTT31sTcfFhD4LwSCVQT6dZFjvwsrFGSJZx/IObGAxNannBR09U8bWHD45+"
    "RmLZxqkj7yxAQJTJBgWzzZJnFrG0MF2IOYZoYtSSzHw242zAnTvAkZcu1G3FsI+bItI84+"
    "nF+eXuy8PuyGGoGyFh1J0uAf7i0oXgEHcVBupkjx1Khyfbj6bz1a13GBYXycO4iPM/KIIp"
    "FbAuMZJjNZFJssBFOKWSmYEw5jO6w20kzSVlsde80xEQPZZ1/OJfE62XZiUt9dYSxqyoLG"
    "Io2OqdRJVnB0pI3GjhzpwyItrCw7bcNND4tEeCAJh/cV72CX+X/OnkkJR1Jm2I0V3aTIsp"
    "tUBDreqdUcS2mOpWzI7Gl2NG5BWkzzz/7cbuX2Xr1aGXxj+hbiW8F23HhYKrITkrfOZqhg"
    "6uUO45kC7sbDrpvrEE7ztWkB3sH+26OpLxgulnl/by5PLy4W45A+nrgMZ0wG+ft8pFhaMR"
    "/Uvc/HluR8wuL+aDevbUz6xMom8nyZgXPuPJFmaU1ewzN3uEqdWMt51onhS46rjRlaINrq"
    "niM4EfD8JdBOOAzc5gjVerpiG7yRMzs3rHeAqjk+tcH92xhv80fOLCIEsc/Ar9rJ9DjP0X"
    "SXe539mLqnXbUFk5XOYreuQNiFjXEniY/4BGHESeIVDl3A4R6nAlEmR2qoLHqbN9PkM3ZK"
    "N1tT1OdHTp15XxTvFEsrLMKqbZPkwy4vjOZ561E56hzzRiJtSCLdWCNiBy6xf2b9bHk0Q7"
    "FCGomYtvcX6xdOnFW0yA4IwhKyW9UkQeU7SDYNOIwBqFYyhXvR5hNUmTeIWVFSEEHjEdG7"
    "X09gW4rMTS023n65CKi6dfnkVRP/NPHPrY1//hXOFEUBjsgNtAWgjSaTkgpBwmW8D43TBb"
    "Yx1NJ5fGqLX89nrlMuHznhqBFwNzpycAvTkSNFqwzEM0wtcFZXLRZMvHAR5c3b5GAArGOP"
    "p/mMd7jJ8tclWJAeG9Ny66zm2Nq3q9XmZ6wQsoBKxy37Oc2xmi+qaV9Uc7xb6osl9ntMO9"
    "murWl1d4VfSxP2+pgWdmopWji2DaOQF8FZcCfIkdGZbgL2WA2PvYDEVDjaLbqaHis7HjGR"
    "HPYGDy8ynFuV3Oczna4Ah/bQzp3HbPiA1OvtpsC4e9lFquP1OgIWnkEXLjl9IUI/GuyOVt"
    "hlBrfStKL0IR3GXVaFuyzukMJiMKI3npwCAlCP8hLgxvQtBLeS/HXj661lGOcdubEsC63+"
    "Izdak4W2lsJsVOXGqsomw/Cb62bXGazXyzOM5lNuWh83xur9FXOqgP6kny3D7E3Vd5fbve"
    "OQsrDRG9EjfTBIuDuZPpdcWNjVxiNyFYiE76I7x9ZbkMFadBzYyl4lcMqlshth/zF1KWT0"
    "MHP27qZv8ZnqlqBJnekBZF98R40FxHjqjHeXYA5toZ3vAgoP0UXfcbCY4bfoooDarM5jKY"
    "3FaxJEttZoMDuZVW//gkOvVMg1eMaRHM0yyqoevkZRb60SN9PNIPPX6+YZTqOqN62XG6Oq"
    "nxLuWKNsNT2qW6Gi44RqlYKe373PWHaTpZt+K9vuPnPddL4aGu3aXEZ8p1haqCFVcnAZfF"
    "YlEI7IW4ju6729Ivrn3l6+/rm3uNMrU/Z51la6P99cX+UZUlOWeZnpWBL9D8UBxi1Dewm4"
    "AMbyIMF8PGBOBEID77/2pvtP/wfVFM+N"
)
