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
    "eJztXW1z2zYS/isY9UPsGcV1bMdxnbmbcVJf61xsZ2LPtdc6I0EkJKEmARUArWh8/u+H5Y"
    "tISqREyqJCMfiSWMAuKD0AsbsPFsBjayC4N+IjuXfm2VSdMyUmrVP02GLYJfqPzPo2auHR"
    "KFkLRQr3HF8Fg2TH4QNfsCeVwJbSFX3sSKKLbCItQUeKcgbi5w9ETBD2FHexohbiArmYed"
    "hBWk3LnKLxkLeR4vC/20a9if6DWkMkPEc3x5n+iBUiD9QmzNIlmNloyMfwdJtb+vGUDap8"
    "0B2jupTZxN5DXWp3EZWo+0geCFPonkyefsCP7KnbRpJrDS2oIQSRsaBKEabbtQg0oxUE4n"
    "0ookoiX183LZFNHKrrdPPwkzxG//ZIR/EBUUMi9A/784supvr5X4mEj3+2LO66Wk75XWUJ"
    "ghWxO1i1tOBMpcJCt9P6Ak2M7jt9Shw71f/UBjG/vKMmI7/s/RCLf/mSAHGvY3HHc1ksPZ"
    "qoIWdTcd0DUDogjAj4JomhwDzHCYdNVBT8Pl2ghEemP8yOC2zSx54DAwq0g28Ql7U6navr"
    "287N+W2n05obbJFGYliERRZnMFApU9L//S7+2nEIG6ih/njw+vVT8KAYiEAMnvifs8/vfz"
    "37vKOlduGRXI/34E24CqsOgronvxGscNCM31kx0ql+KQp4Smk9uEcFMfDxi7tx5I+PCgB/"
    "fJSLO1QB7AmY9TtcCuFQfnPgtlobgfbVT68KYKulcsH169Lo6pmUizLwThUaOHgrQTicsU"
    "tAHGuYMVxwDMOXKjeIQ40GjuLDgwIQHx7kIgxVaYDBnyoDbyTfuOG7fusWOafz8N6Sryob"
    "3qROAyBeAOnt+e+30LIr5d9OEsqdy7PffZTdSVjz8frql0g8Af37j9fvZiDnntJeWKkBnV"
    "DZIOBa1CP2Zkb2+icNmyhMnTLjOtbYIMiPT00Z14m4cQ70n3WNoi7JcZlTmjPg26HqXvTH"
    "FhrIRV1xcXl+c3t2+SnVHz+f3Z5DzUGqL6LSneOZ92DaCPrt4vZXBB/RH9dX5z6cXKqB8J"
    "8Yy93+0YLvBNxGh/FxB9tJTKLiqCjVzR6zOSMr9HJKcQ2dHIb3po/X08fA6PTvE0wDFPSw"
    "dT/Gwu7M1fADnic7X+UeuLMlmOGB30mAJnzPKXH4HrsjTAeslUkrTmvbi0lFK5STxUjFMx"
    "QpoB2/vZc9b9JGgvSJEFh3tw7rHbBWWtfhShGha0ccOn/X5/WAghMeY3qIIKn0qN2b4xMr"
    "eMYdu2NdPRD7dNBFQ64BDjhHqtAYSxROrGhM1bCNur5Odyox1BLwSgLR2McC7Xy4ub5CPa"
    "6Gu3nM4Qwb6PfOlxk6sRQ1+I4OLliOPc4kBzUas3NDOBHUlxscwFd4+dPBweHhm4P9w+OT"
    "10dv3rw+2T/Rsv73na96s2A6eXfxy8XVjEGGAkMX1iCg8v8vgXAkb8AtAO69/l1lwI3kGw"
    "juq+MiRNasE5HgsY7niEKqytEsU4UGkACVrd/E+IL19WQZgGMNM4ALDODADyoT8ccaJuJf"
    "IeL3/ckyeE8VDNzPIFh65Vy4lFbjpupKVnT0OBVKrsBxpBQNkVU7kiO19MHsVbo4oWZIrD"
    "r3r+Gjv4tu9kb2it2c1jTdXLturh0lvSDdNS3SLkZOdyC5k5LCHLVL3B4RLyQaaTcDUYbw"
    "lFI+jXJFMVNtXd7zJkRAyqkWe6CKQPppTDCLLHZ6za0vp4+tBJcfPNyQyYZM3qIJtvLc08"
    "QLUhjlhI4BuQDI4cxTAuJYo4EAVxVQG+6zSu4TZuoyTFwkb4g4k+lkQg4TWX5n3VyfyHKI"
    "1ZlDcYDffFQ5rW4viSi1YAeDZPFoEnSQgn/0XzpssxG10c4tcchAYBf5z0Ev/4mkNyLC/7"
    "SrY50hQdzxRYPUJNj/CIWMjDNTnip5yPJNjbmBo263I0i/jC+SUGncVsU1unv54aLutrKY"
    "J1Sa6ABW4WQbtyQfff0D7WvmTMJ3bUvsVzgt1Nt8ffa/WI7x+hzsq19muorZrPzufoY9KD"
    "kvGTvwDDtQX9rw2wG/fkJr5GDV58ItA3JSp4H2dv3by0y2ZLXZksaZMc7Mxp0ZYt3TvH1H"
    "YeVSZ8YXq8CfmVk7jdcgbDwxy6Zm2XSbJjCzordJgCshG2DWyTTMeetNWcM3ZY23EOcFsI"
    "I1NS6NWU/YtA8TGYt8ViYpscybCWVLpKhNrRXCEjlYKiQnzCI26gvuIkmU0uNAZq4UFNd8"
    "Bt3zbfdn1ojwWZfZzfd24BgmWe7osYRKAw3x+j0dw0IYFsKwEM1iISIzeBNYvCVWPJIqaM"
    "knnciQFjXooTzkemPbpWy6jt+b+CYbDibZ6TncuneoVHByiXUv26jvcG7r/6ijiNCfx8SB"
    "I8zaGYZ/zU+4Y74VaSONh+APup0gupO7p1DkUF3CGVJ8hHjfzyoIrY5/xooc8jFktfsV5O"
    "uIC1Uwm/2ePJOH+V5ImINXR2+OTg6Pj6bcy7RkEeVi6JWaOB0w0EsAHIobaAtA+4Adr9SO"
    "+qnCBv05aKAqn27Tqbwmx3OlrqiRQ1cqlbfc0QlprcZFTGvjhWvjO38k9oCIBbs0kwJLPG"
    "bHFy3oJY9GhNkvuY6GooTVQP0t6mrz10Uuvif+FR1woQj8UkRt4o64gjs/drrhquHpY+Cp"
    "Pp0+2njy1N3NoMmqfFLpq0KSmzbNcqNZbqynITPLjQ1YbiRO1ga3RXPJVGX5dLINGG9wRk"
    "kmx2JZ7mqLWKOBQ7tZsXSNFqMqIe+/ZWZ3jdx8szBi4uatzGW4DLykzEDucupBLYrhQuK/"
    "6FLHSMtyFp58E7nBe2FgRSUsCVCB+lRIhbBlcY+pFzI4vx3uw8lKalhHkxtYejAxmYnJjF"
    "/VRGgricbqf8j9NvtWDrdwuayeWGMlhGt2CGnVW7e24zCi5A6PLTyQ6C9O2UrxQUrRnLBb"
    "t+ggNVGRvlqhhxNqpn9r3b9Yqo5LpNQR2ir9PK9u+rv2/Q13Ez+s3N0pbdPbde7t8M3McI"
    "QWsQFJrc0trOxX5QV9k1WVHnZw5p3Li4BPKBncV8Nd0XLLtJF848LW9cdU8DjPHUXX2hcn"
    "tlJqBuhMoGvDyF8LO4+QD6rai/l4DkLF6XhPWEMsCewDwGES/ynyZLQzYDp0ELyo0k/fh6"
    "x9XfOgP0PFvz9dZLLy62n5jnWnTH3E5sMGgtELiWAXgf9zEbXfBhUaspjZB3FBLBCB7QiF"
    "qf5pA3OEf05uVhvNnrofL8CZxC2zSLA1TLZJ3NrGpQLswppmRixJLOpiJxvmWGk2hAy09k"
    "LtLYR80ZER5+8vLs8+7rw6agcegY4WqSJJ8I/25xwvT4A5KDdTJHQ26HK9v/rvZryukwLD"
    "+CR3EJ9k5BGFJrcExiklM1kUvCaCa8esFMyxhokdlgdpJmmrqcRefUJET/X41wtF3FZ2nB"
    "jXt5cEi75kwWCRIWCedVwGXjBVetyhMVVDRJVEFtaRnR/D2cShOoDTlbiviIDfK9/CKfP/"
    "QN1H8gBbZO7J5OmHR/bUzYgbK3pIkW03iRXo6KTWcsFb/hSaGbqZlOJEaoYJ1L5xoGZONN"
    "6EdzDM8gsWDONhpjfQBHArcW7v9U8rg28k30B8KziOGw9KrewE4o2LGSqYegXlItPA3bjY"
    "cXIJ4aRekzbgHR68OZ5ywfBhEft7c3n28eP8OuQITxyOMyaD/HM+EiqNmA82fc7HluR8wu"
    "b+8DSvbUz6xDomckcqA+fceSKp0pi8hmeecBUDSoTgGQsU+fPEVKEBpm3Tc4QgEr5/CbRj"
    "DQO3uUV1M12xDWxk6uQGzlbJJk2omTTSuvVvbdjmT4JbREpinwOv2spknGdk2otZ51Ek3f"
    "Gp2oLJSucRrSsRduBg3EnMEZ8ijASJWeGAAg7OOJWIcTXUQ2WebV5Pk884Kd0cTbE5Hpl7"
    "Cs6uLYN3QqUREWHVsUn8Ypc3RrO6m3E5NjnmjUVak0W6sYbE9hxif+C9bHuUklhijWQk2/"
    "mL9wonzmpZZHsEYQXZrXqSYOotJJt6AsYAVGubItzw8AmmwxvErTApiKDxkPinX0/gWIrM"
    "Qy3W3n65FVD96PLJq2b906x/bu3651/BTFEU4FDcQFsA2nAyKekQxFqGfaidL7CNSy2tx6"
    "em8Hoj7tBy+cixxgYBd8IrB7cwHTl0tMpAnFJqAFldtVkw64XzKK8/JocAYJV4PKln2OE6"
    "21+HYEk6fMzK7bOaUWveqVbrn7ECyDymqFP2dZpRNW9U3d6o+rBb+o0l9jvMWtnU1rS6vY"
    "TX8gU7PcwKk1paFq5twyjQRXAX3CmiKrzTTcIZq8G1F5CYCle7hZ+m18qOh1zGl73Bl5cZ"
    "5FYlz7lj0x3g0B7a6brchhdI/7y9BBjd3TbSHe/vI+DBHXTBltMXMuDR4HS0wpQZPMqXla"
    "Uv6TB0WRV0WdQhhc1gKG+YnAIG0B/lJcCN5BsIbiX564br3cgwzrtyY1EW2uav3GhMFtpK"
    "DrNxlWvrKpsMw++umx3aX62XU4rmVa5bH9cm6v0NC6aB/ux/t4ywN1HfXhz3jgPJwkFvKI"
    "/8i0GC08n8e8mlhR0/eESOBpGIPdSltn8EGexFx56t41UCt1zquBHOH9MfpQq/zEy8u+5H"
    "3DG/JWjSz/QAsa8jqscC4iJxx7tDsIC20M6PHoMv0UY/CoiY4W/ZRh6z+SavpTQRr0kQ2d"
    "qgwZxkVn38C4ReqSVX7xlXctQrKKt6+BpHvbFOXKqbweav1s0pTeOq162Xa+OqnxFBrWG2"
    "mx7WLXHRcSy1zEHP795nbLvJ8k2/l2N3n7lvOt8NDU9tLmO+EyoN9JAqubgMXqsSCIfiDU"
    "T31f5+Ef9zfz/f/9yfP+mV6/g86yjdDzfXV3mB1FRl1mZSS6H/oWiBccvQXgAugLF4kWB2"
    "PWDGBEID7771oftP/weTUpK4"
)
