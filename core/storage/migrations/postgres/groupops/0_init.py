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
    "eJztXW1v2zgS/iuE90NTwA0SJ02yKe6AtJvbTTcvRRPc7e22sGmJttlIpJakkhq5/Pfj6M"
    "WSbcmRHMuRVX5pY3KGsh9SnJmHQ/KhNRTc97gnt098m6pTpsS4dYweWgy7RP+RWd9GLex5"
    "6VooUrjvBCoYJLsOHwaCfakEtpSuGGBHEl1kE2kJ6inKGYif3hExRthX3MWKWogL5GLmYw"
    "dpNS1zjO5HvI0Uh//dNuqP9R/UGiHhO7o5zvRHrBC5ozZhli7BzEYjfg9Pt7mlH0/ZsMoH"
    "fWFUlzKb2NuoR+0eohL1HsgdYQrdkvHjT/iBPfbaSHKtoQU1hCByL6hShOl2LQLNaAWB+A"
    "CKqJIo0NdNS2QTh+o63Tz8JJ/Rv33SVXxI1IgI/cP++qqLqX7+dyLh418ti7uullNBV1mC"
    "YEXsLlYtLThTqbDQ7bS+QhPebXdAiWNP9T+1QSwo76qxF5R9GGHxr0ASIO53Le74Lkukvb"
    "EacTYR1z0ApUPCiIBvkhoKzHecaNjEReHv0wVK+GTyw+ykwCYD7DswoEA7/AZJWavbvby6"
    "6V6f3nS7rbnBFmukhkVUZHEGA5UyJYPf7+LvXYewoRrpj523bx/DByVAhGLwxH+ffP7w28"
    "nnLS31Gh7J9XgP34TLqKoT1j0GjWCFw2aCzkqQnuqXooBPKa0G97ggAT55cdeO/MF+AeAP"
    "9nNxhyqAPQWzfodLIRzJrw/cVmst0O7+vFsAWy2VC25QN42unkm5KAPvRKGBg7cShKMZuw"
    "TEiYYZwwXHMHypcoM40mjgKN7rFIB4r5OLMFRNAwz+VBl4Y/nGDd/VW7fYOZ2H94Z8V9nw"
    "pnUaAPECSG9O/7iBll0p/3bSUG5dnPwRoOyOo5rzq8tfY/EU9B/Or97PQM59pb2wUgM6pb"
    "JGwLWoT+z1jOzVTxo2UZg6ZcZ1orFGkB8emzKuU3HjHOi/6BpFXZLjMk9pzoBvR6rb8R8b"
    "aCAXdcXZxen1zcnFp6n++OXk5hRqOlN9EZduHcy8B5NG0H/Obn5D8BH9eXV5GsDJpRqK4I"
    "mJ3M2fLfhOwG10Gb/vYjuNSVwcF011s89szsgSvTyluIJOjsJ708er6WNgdAa3KaYBCvrY"
    "ur3Hwu7O1fAOz5Odr3I77mwJZngYdBKgCd9zQhx+wK6H6ZC1MmnFSW17MaloRXKyGKl4gm"
    "IFtBW096bvj9tIkAERAuvu1mG9A9ZK6zpcKSJ0rceh818HvB5QcMJnTA8RJJUetdtzfGIF"
    "z/jCvrCeHogDOuyhEdcAh5wjVegeSxRNrOieqlEb9QKd3kRipCXglQSicYAF2vp4fXWJ+l"
    "yNXucxhzNsYNA7X2foxFLU4Hs6PGM59jiTHNRozM4N0URQX25wCF/hzc+dzt7eYWdn7+Do"
    "7f7h4dujnSMtG3zf+arDBdPJ+7Nfzy5nDDIUGLqwBgFV8H8JhGN5A24BcG/17yoDbizfQH"
    "B3D4oQWbNORIrHOpgjCqkqR7NMFBpAAlS2fpPgC9bXl2UATjTMAC4wgEM/qEzEn2iYiH+J"
    "iD/wJ8vgPVEwcD+DYOmXc+GmtBo3VVeyoqPHqVByCY5jStEQWbUjOaaWPpi9TBen1AyJVe"
    "f+NXz0D9HNvmcv2c3Tmqaba9fNtaOkF6S7Tou0i5HTXUjupKQwR+0St0/EK4k87WYgyhCe"
    "UMrHca4oZqqty/v+mAhIOdVid1QRSD9NCGaRxU6vuPWn6WMrxeWHDzdksiGTN2iCrTz3NP"
    "WCFEY5pWNALgByNPOUgDjRaCDAVQXUhvuskvuEmboMExfLGyLOZDqZkMNElj9YN9cnshxh"
    "deJQHOI3H1VOqttPRJRasItBsng0CTpIwT/6Lx222YjaaOuGOGQosIuC56A3/0TS94gIPr"
    "3Wsc6IIO4EomFqEux/hEJG7jNTnip5yNObGnMDR91uV5BBGV8kpdK4rYordPfyw0XdbWUx"
    "T6k00QGswsk2bkk++voH2lfMGUfv2obYr2haqLf5+hx8sRzj9TncV/+U6Spms/K7+xn2oO"
    "S8ZOzAM+xAfWnDlwN+9YSW52A14MItA3Jap4H2dvXby0y2ZLXZksaZMc7M2p0ZYt3SvH1H"
    "UeWTzkwgVoE/M7N2mqxB2Hhslk3NsukmTWBmRW+dAFdCNsCsk2mY89absobvlDXeQJwXwA"
    "rW1Lg0Zj1h3T5MbCzyWZm0xFPeTCRbIkVtYq0QlsjBUiE5Zhax0UBwF0milB4HMnOloLjm"
    "M+iel92fWSPCZ1VmN9/bgWOYZLmjx1IqDTTEq/d0DAthWAjDQjSKhTgn9pCIBZnmaYEn7L"
    "cTiBY03Z5HmP2G6x6NF91D9Xeod0vGPeTiWxIcMwyHIsMvRdQmrscVnFu81YuYj+OHMJZ6"
    "PH7QPv9j73WGqa/ySaWPO04nnhvKxFAmNZ1tDWWyToCroUyIk5Wku2gumag8PZ1sAsZrnF"
    "HSC/xYljueN9Fo4NCu4FQeUmpyjsQbF1BXEoC8ZHaKCe5+2OBuQ4K5+vOxF6GXlBnIXUw8"
    "qEUxXOhnFeZfPS3LWbR7N3aDt6PAikrIoqYCDaiQCmHL4j5Tr2R4BiWc6Z1FzK6iyacXtM"
    "EsmGXsGnlQJib7gf2qWkFbSTRW/4M6N9m3criFy61MJBpLIVyzg5SqTj/djA3V6Sy1DdxU"
    "/Y1TtlR8MKVoTgmrW3QwNVGRgVqih1Nqpn9r3b9Yqq5LpNQR2jL9PK9u+rv2/Q33q90t3d"
    "1T2qa369zb0ZuZ4QgtYgPSWutbWNmpygt6kVWVPnZw5r1xi4BPKRncl8Nd0XLLtLF848LW"
    "1cdU8Djf9cpe5jmjZoDOBLo2jPyVsPMI+bCqvZiP5yBUnI73hTXCksDl8Dg6YfMY+ZLYUJ"
    "IaOgheVBlc8wQHneiaO/0ZKn7/dJbJyq+m5S+sN2HqYzYfyRH3XknE7xkKfi6i9ruwQkOW"
    "MPsgLogFInZwLX1Bqn/SwBzhn5ObNXcNffqOerNIYBYJNoXJNolbm7hUgF1Y08yIJYlFXe"
    "xkw5wozYaQodZ2pL2BkC/a9nb64ezi5Hxrd78degQ6WqSKpMHf35lzvHwB5qDcTJHSWaPL"
    "9eHyv+vxuo4KDOOj3EF8lJFHFJncEhhPKZnJouBRt1w7ZqVgTjRM7PB0kGaStppK7NUnRP"
    "RVn38/U8RtZceJSX37iWAxkCwYLDIEzLOOy8ALpiq+uDe49tfCOrILYjibOFQHcLoSDxQR"
    "8HvlOzgp8x+o90DuYIvMLRk//vTAHnsZcWNFDymy7Sa1Ah2fNlUueMufQjNDN5NSnErNMI"
    "GaOZWtbiBX4B2MsvyCBcN4lOkNNAHcSpxbcwFzlUcK4ozLaxes7OB131y7npihgqlXUC4y"
    "Ddy1ix0nlxBO6zVpA95e5/BgwgXDh0Xs7/XFyfn5/Dqkh8cOxxmTQf6dIymVRswHi+Ktqq"
    "5b3oCcT9jcD7Ctx8qtPOkT65jI9VQGzrnzRFqlMXkNnd39w/2jvYP9yUwxKVk0XczPFEQI"
    "nrFAkT9PTBQaYNrWPUcIIuH7l0A70TBwm5ug1tMVm8BGTp3cwNky2aQpNZNGWrf+rQ3b/E"
    "lwi0hJ7FPgVVuZjPOMTHsx6+zF0t2Aqi2YrHQa07oSYQcO9xonHPExwkiQhBUOKeDwRieJ"
    "GFcjPVTm2ebVNPmM0x7N0RTr45G5r3Tnllr5TKk0IiKsOjZJXuzyxmhWdz0uxzrHvLFIK7"
    "JI19aI2L5D7I+8n22PpiSesEYylu1+4/3CibNaFtk+QVhBdqueJJh6B8mmvoAxANXapgg3"
    "OnyC6fAGcStKCiLofkQYVI3hWIrMQy1W3n65FVD96PLJq2b906x/buz657dwpigKcCRuoC"
    "0AbTSZlHQIEi3DPtTOF9jEpZYG3fDucYeWy0dONNYIuBNdm7KB6ciRo1UG4imlBpDVVZsF"
    "s144j/LqY3IIAJaJx9N6hh2us/11CJaky+9ZuX1WM2rNO9Vq9TNWCJnPFHXKvk4zquaNqt"
    "sbVRt264QIao1ambxWVNdezGjhROpFrizP4oZ+lF3Nz0xLyaeBok3xZWb4lEoDeYpKzoWE"
    "16oEwpF4A9Hd3dkp4onu7OS7ojvzG2k5UyRrp/LH66vLPCJzojJrM6ml0P+QQ+UmprouAB"
    "fAWMwYzJIDMyYQGnj/0meaPP4fnidmrg=="
)
