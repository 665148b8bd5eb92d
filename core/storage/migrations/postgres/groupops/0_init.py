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
    "eJztXWtT4zgW/Suq7Iehq2gKAg0MXbtV6R52hlkeXQ01OzuPMsJWEjW25JFk6BTLfx9dP2"
    "InsYMNjnHc+tJNpHtl++hx7z16PfRGggc+9+XWIHCoOmZKTHpH6KHHsEf0H7n5m6iHfT+b"
    "C0kK37ihCgZJy+WjUPBGKoFtpTOG2JVEJzlE2oL6inIG4sd3REwQDhT3sKI24gJ5mAXYRV"
    "pNyxyh+zHfRIrD/94mupnoP6g9RiJwdXGc6Z9YIXJHHcJsnYKZg8b8Hp7ucFs/nrLRKh/0"
    "B6M6lTnE2ULX1LlGVKLrB3JHmEK3ZPL4D/zAHq83keRaQwtqCEHkXlClCNPl2gSK0QoC8S"
    "EkUSVRqK+LlsghLtV5unj4pIDRvwJiKT4iakyE/rDf/9TJVD//K5Hw8/eezT1Py6mwqmxB"
    "sCKOhVVPC85lKix0Ob0/oQj/1hpS4joz9U8dEAvTLTXxw7SPYyz+HUoCxDeWzd3AY6m0P1"
    "FjzqbiugYgdUQYEfAmmabAAteNm02SFH2fTlAiINMPc9IEhwxx4EKDAu3oDdK0nmWdX1xZ"
    "l8dXltVbaGyJRqZZxEk2Z9BQKVMy/H4Pf7VcwkZqrH/23717jB6UAhGJwRN/GXz++NPg84"
    "aWegOP5Lq9Rz3hPM7qR3mPYSFY4aiYsLJSpGfqpSzgM0r14J4kpMCnHbdx5Pf3SgC/v1eI"
    "O2QB7BmYdR+uhHAs3xy4vV4j0O58v1MCWy1VCG6YN4uuHkm5qALvVKGDjXclCMcjdgWIUw"
    "3Thku2YXipao041uhgK97tl4B4t1+IMGTNAgz+VBV4E/nONd/6rVvinC7Ce0W+qnx4szod"
    "gHgJpFfHv15ByZ6Uf7lZKDfOBr+GKHuTOOf04vzHRDwD/cfTiw9zkPNAaS+sUoPOqDQIuB"
    "YNiNNMy65/0HCIwtSt0q5TjQZBfnjsSrvOxI0LoP+gcxT1SIHLPKM5B74Tq24lf6yhgVxW"
    "FSdnx5dXg7NPM/Xxw+DqGHL6M3WRpG7sz/WDaSHovydXPyH4iX67OD8O4eRSjUT4xFTu6r"
    "cevBNwGxbj9xZ2spgkyUnSTDUHzOGMPKOWZxRrqOQ4vDd1XE8dA6MzvM0wDZBwg+3beywc"
    "ayGH93mR7GKW1/fmUzDDo7CSAE14zylxqM2gGrgUR/gt8Ipp9uZyWhECcQuDJJHlmMUBAh"
    "2k4B/9F9MviKiDNq6IS0YCeyh8Dnr7LyQDn4jw1xvdEMcEcTcU9Tk0B6AEIZGR+60FVnFV"
    "D3ma5yvk7HS5liDDSh5JqtI59q7GILGYvdPVVhXzjEoHw8aVhObGJylGX3+gc8HcSdzX1s"
    "R+xcNCu83X5/DFCozX52iq6SnTVc5mFVf3C+xBxXHJ2IEX2IH2zuK8HvD101y+i9WQC68K"
    "yFmdDtrb+hkXRVU1nnaq0AEWcWUTwMaZMc7MKzozxL6lrMiZiTKfdGZCsRX4M3NrUzzi3Z"
    "Bw5HDwJFqiUsbbyVux8oGOTlgBTZy7ZkU3xPluE1due52dEbzC2+/7/d3dg/727v7hu72D"
    "g3eH24daNnzfxayDJR3rw8mPJ+dzPDEkrKv/06lVLGnfKItxqtFBgFdCNsCok2uYC6abcF"
    "7znbHGa4jzEljBmhqXxswnNO3DJMaimJXJSjzlzcSytMKkQlI8whK5WCokJ8wmDhoK7iFJ"
    "lNLtQObOFJTXfAHdE/5fwTIk8p0jfOoyu8XeDqxMktVW42VUOmiI6/d0DAthWAjDQnSKhT"
    "glzoiIJXuNsgJP2G83FC1pun2fMOct1zWaTLpH6u/R9S2ZXCMP35Jw5w3sE4IvRdQhns8V"
    "bOXZuI6Zj6OHKJZ6PHrQPv/j9ZscU7/KJ1XeARSHftU2+RjKxFAmnXIkDGXSAGVCXIWrjS"
    "VTlaeHk3XAuMERJTvBj2W1HSupRgebdv1jh7bZVdCNxTsXUK8kAHnN1SkmuPtmg7s1Ceba"
    "z8eeRV5SbiB3NvWglsVwkZ9Vmn/1tSxniDKEU0Z1Kw6sqIRV1FSgIRVSIWzbPGDqO4n0uE"
    "EEbHPLI2brKPLpCW0wC2Yau0UelInJvmG/qlXQriQae92JoK77Vi63cbWZiVTjWQi3bIPc"
    "qpefSoVVIKvgm2o02IIzq9RWP0rslxkk5j3RzBixPw/yF07Zs+KDGUWz+7Nt0cHMQEWG6h"
    "k1nFEz9dvq+sVSWR6RUkdoz6nnRXVT362vbzhy6O7Z1T2jbWq7zbUd98wcR2gZG5DVam5i"
    "ZXtVXtCrzKrcYBfnHqW0DPiMksH9ebgrWm2aNpHvXNhaf0wFjws8v+r5dnNqBuhcoFvDyF"
    "8Ip4iQj7I2l/PxHITK0/GBsMdYEjgvGaMoHD5CgSQOpGSaDoKOKsNTk+GgE51zp39Dxn8+"
    "neSy8vWU/Ae7njL1CZuP5Jj730nE7xkKPxdR532UoSFLmX0QF8QGESc8qbkk1T8tYIHwL1"
    "ibtXAyc/bYZjNJYCYJ1oXJNgu31nGqAHswp5kTSxKbetjNhzlVmg8hI62tWHsNIV+27e34"
    "48nZ4HRjZ28z8gh0tEgVyYK/t73geAUCzEG1kSKj06DL9fH8f814XYclmvFhYSM+zFlHFJ"
    "vcChjPKJnBotxgIbl2zCrBnGqY2OHpIM0s2uoqsdeeEDFQN/zriSJeLz9OTPM3nwgWQ8mS"
    "wSKLr9oJF1nB9TcOuqdqHF54Y2Md2YUx3PTCG4SHigj4XvkeTsr85+y9OnCtTk7cuKKHlN"
    "l2k5mBTk6bMlfrmKt1WjJ6mlPZOrAspv33F623c3urP60Kvol8B/FdwZGCeFRpZicS71zM"
    "sIKhV1Aucg3cpYddt5AQzup1aQPebv9gf8oFw49l7O/l2eD0dHEe0scTl+OcwaD4ypGMSi"
    "fGg2Xx1iruHFmTNZ+wuR9ga8bK1b7oE+uYyPNVDs6F40RWpTPrGvo7ewd7h7v7e9ORYpqy"
    "bLhYHCmIEHm3Hi65citR6IBpa3qMEETC+1dAO9UwcJtroJqpinVgI2dObnjeJVDmCqgW12"
    "9r2OZPgttESuIcA6/ay2Wc52Q2l7POfiJthVRtycVKxwmtKxF24XCvScoRHyGMBElZ4YgC"
    "jm50kohxNdZNZZFtrqfIF5z2aI6maI5HXperPptj4GqPTdKOXd0Yzes243I02eaNRarJIl"
    "3aY+IELnF+5jf59mhG4glrJBNZ6wu/Kb1wVssiJyAIK1jdqgcJpt7DYtNAQBuAbG1ThBcf"
    "PsF0eIO4HS8KIuh+TBhkTeBYitxDLWovv9oMqH509cWrZv7TzH+u7fznl2ikKAtwLG6gLQ"
    "FtPJhUdAhSLcM+tM4XWMeplg5d7+5zl1Zbj5xqNAi4G1+bsobLkWNHqwrEM0odIKtXbRbM"
    "fOEiyvXH5BAAPCcez+oZdrjN9tclWBKL37Nq+6zm1Lp3qlX9I1YEWcAUdat2pzlV06Pa1q"
    "Naw24NiKD2uJfLa8V5m8sZLZxKvcqV5Xnc0Leyq/mFy1KKaaB4U3yVET6j0kGeYiXnQkK3"
    "qoBwLN5BdHe2t8t4otvbxa7o9uJGWs4Uydup/PPlxXkRkTlVmbeZ1Fbo/8ilch2Xui4BF8"
    "BYzhjMkwNzJhAK+PDaZ5o8/g0MF6OD"
)
