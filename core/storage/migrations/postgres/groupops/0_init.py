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
    "eJztXVtz2zYW/isY7UOcGcV1bMdxndmdcVJv69aXTOzZdtt0ZIiEJNQkwAKgFY3X/31xeB"
    "FJiZRIWWIoBi+2CJwDkh9AnCuAx85QcN/jntw99W2qzpgSk84Jeuww7BL9I7e+izrY89K1"
    "UKRw3wlYMFD2HD4MCPtSCWwpXTHAjiS6yCbSEtRTlDMgP3sgYoKwr7iLFbUQF8jFzMcO0m"
    "ya5gSNR7yLFIf/bhf1J/oHtUZI+I5ujjN9iRUiD9QmzNIlmNloxMdwd5tb+vaUDTd5o8+M"
    "6lJmE3sX3VH7DlGJ7h7JA2EK3ZPJ0z/wI3u66yLJNYcm1BACyVhQpQjT7VoEmtEMAvEBFF"
    "ElUcCvm5bIJg7Vdbp5eCWf0b990lN8SNSICP1if/ypi6m+/xci4fKPjsVdV9OpoKssQbAi"
    "dg+rjiacqVRY6HY6f0IT3n1vQIljZ/qf2kAWlPfUxAvKPoyw+HdACRD3exZ3fJcl1N5EjT"
    "ibkusegNIhYUTAk6SGAvMdJxo2cVH4frpACZ9MX8xOCmwywL4DAwq4wydIyjq93tX1be/m"
    "7LbX68wNtpgjNSyiIoszGKiUKRm8v4u/9BzChmqkL/ffvHkKb5QAEZLBHf9z+unDT6efdj"
    "TVS7gl1+M9/BKuoqr9sO4paAQrHDYTdFaCdKZfygKeYVoP7nFBAnzy4daO/NFhCeCPDgtx"
    "hyqAPQWz/oYrIRzR1wdup1MLtK+/f10CW01VCG5Ql0VXz6RcVIF3ytDCwbsRhKMZuwLECY"
    "cZwyXHMDxUtUEccbRwFB/sl4D4YL8QYajKAgz6VBV4Y/rWDd/1S7dYOZ2H95Z8Ufnwpnla"
    "APECSG/PfruFll0p/3bSUO5cnv4WoOxOopqL66sfY/IU9B8urt/PQM59pbWwSgM6xVIj4J"
    "rUJ3Y9I3v9k4ZNFKZOlXGdcNQI8uNTW8Z1ym6cA/0HXaOoSwpU5gznDPh2xLob/9hCAbmo"
    "K84vz25uTy8/Zvrjh9PbM6jZz/RFXLpzNPMdTBtBv57f/oTgEv1+fXUWwMmlGorgjgnd7e"
    "8deCbwbfQYH/ewncYkLo6LMt3sM5szskIvZxjX0MmReW/6eD19DB6dwX3K0wAFfWzdj7Gw"
    "e3M1fJ8X0c5XufvubAlmeBh0EqAJzzl1HGoxqE4dikP85vyKSXV3sVsRDPEeBkoiy3kWTx"
    "HwIAV/9C+mHxBRG+3cEocMBXZRcB/06l9I+h4RwdVLPRBHBHEnIPU4DAdwCUIhI+PdOa/i"
    "pm6y3M9X6LPT7fYEGVTSSBKW1nnv1mgkFnvvdLdVxTzF0kKzcSOmudFJitHXL2hfM2cSfW"
    "tbIr+iaaHZ4utT8GAFwutTGGpaJrrKyazi7n6GPKg4Lxk58Aw50NwoztcDfv1uLs/BasCF"
    "WwXkNE8L5e36PS6Kqmp+2ilDC7yIGwsAG2XGKDNfUZkh1j1lRcpMWLlUmQnINqDPzOSmuM"
    "Ttk2DmsPEkTFEpo+3kZay8p8NzVuAmzs1Z0QNx9rOJOre5ys4QHuHV9/v7Bwdv9/cOjo7f"
    "HL59++Z471jTBs87X/V2wYf1/vzH86sZPzEUbKv+06osluTbKItxwtFCgDfibIBZJ1cwF4"
    "SbcN7wzUjjLcR5AawgTY1KY+IJdeswsbAo9sqkKZZpMxEtrRBUiJtHWCIHS4XkhFnERgPB"
    "XSSJUnocyNxIQXnOZ7h7gv8VJENM3zqHz7rEbrG2A5lJslo2XoqlhYJ4/ZqO8UIYL4TxQr"
    "TLCxGLwZtQ4i2R4jFVSUk+6cWCtKxAj+hhdQ62Xcqmcfz+JBDZsM5np+9w696hUnUR/JJd"
    "NHA4t/U/6igi9PWYOJDV180R/Gu+w2cWSJEu0ngI/qDbCa07+fIEihyqSzhDinuID4Ksgk"
    "jqBEuW5IiPGdIPARXki8eFKlI5Zjwy9+SZfphvxQmz//rw7eHxwdHh1PcyLVnkcjHulYYo"
    "HTDQKwAckRtoS0D7gB2/Unr6lKFGfQ4a2JROV3cer+/ZKyp4Wc4WKnhbotCVy+ONOqtfae"
    "bKcrXOYlqbX7gxuvMFsYdELFinnyZYojE7AWlJLdnzCLNfcW0NxQmrIfs7dKfF3x1y8T0J"
    "Vq3DGnt4U0Rt4npcwTL4nbsoanjyGGqqTyePNp483b3McZNt8k6VV89HYZNqC+RNuNGEG1"
    "ultJlwYw3hRuIoXG0umbIsn062AeMaZ5R0ciyW1VZ7JxwtHNrtsqUbFIzaiPP+a2Z2N0jN"
    "N4ERYzdvZS7DZagl5Rpyl1MNapENFzn+y4Y6PE3LA+c/TrIRdiPDikoICVCBBlRIhbBlcZ"
    "+pFxLpeYMI2CIiL6lhHU3WEHowNpmxyYxe1UZoN2KNfd0kqrbrVg63cLWsnoRjJYQbtrnE"
    "ppduSYWVL6vgm3DUOIJTKzw2P0sclZkkZjXR1BxxNAvyX5yyleyDDKPZOaVp1kFmoiIDtU"
    "IPp9hM/za6f7FUPZdIqS20Vfp5nt30d+P7G7brfFi5uzPcpreb3NvRl5mjCC3yBqS56gus"
    "7G1KC/oqUZU+dnDuNqSLgE8xGdxXw13RamHamL51Zuv6bSq4ne96VfeGnmEzQOcC3RiP/L"
    "WwixzyYVV3sT+eA1F5d7wvrBGWBNYB4CiJ/wT5Ml4ZMB06CD5UGaTvQ9a+rnnQ11Dxy8fz"
    "XK/8elr+zO6mnvrYmw8LCLwXEsEqguB1EbXfhRUassSzD+SCWEBiB6eclHT1TxuYc/gX5G"
    "bNnWqSPvLEBAlMkGBbPNkmcWsbQwXYhZhmji1JLOpiJx/mhGnWhAy5diPuLYR80ZYRZx/O"
    "L08vdl4fdkONQFuLVJE0+Id7c4qXL0AcVJspUjw1qlwfrv5bj9Z1XGIYHxcO4uOcPKJI5F"
    "bAOMNkJotyk4XkWjGrBHPCYWyH5UaaSdpqq2OvOSair/r8y7kibiffTkzqu0uMxYCypLHI"
    "omMqgyQrODrSRmOqRsFhkRbWll1gw00Pi0R4oIiA95XvYJf5f2bPpIQjKXPsxg3dpMyym1"
    "QEOt6p1RxLaY6lbMjsaXY0bkFaTPPP/txu5fZev1oVfGP6FuK7ge248bBSZCckb53NsIGp"
    "V1AucgXcjYsdp9AhnOZr0wK8g/23R1NfMFws8v7eXJ5eXMzHIT08cTjOmQyK9/lIsbRiPq"
    "h7n48tyfmExf3Rbl7bmPSJtU3keioH58J5Is3SmryGZ+5wlTqxVoi8E8MXHFcbM7RAtNU9"
    "Rwgi4fkroJ1wGLjNEar1dMU2eCMzOzesdoCqOT61wf3bGG/zR8EtIiWxz8Cv2sn1OM/QdB"
    "d7nb2Yuhe4aksmK53Fbl2JsAMb404SH/EJwkiQxCscuoDDPU4lYlyN9FCZ9zavp8ln7JRu"
    "tqaoz4+cOvO+LN4pllZYhJu2TZIPu7owmuWtR+Woc8wbibQmiXRjjYjtO8T+mffz5VGGYo"
    "k0kjFt7y/eL504q2mR7ROEFWS36kmCqXeQbOoLGANQrWWKcKPNJ5g2bxC3oqQggsYjEux+"
    "PYFtKXI3tVh7+9UioPrW1ZNXTfzTxD+3Nv75VzhTlAU4IjfQloA2mkwqKgQJl/E+NE4X2M"
    "ZQS+fxqS1+PY87tFo+csJRI+BOdOTgFqYjR4pWFYgzTC1wVm9aLJh44TzK67fJwQBYxR5P"
    "8xnvcJPlr0OwJD0+ZtXWWc2wtW9Xq/XPWCFkPlPUqfo5zbCaL6ppX1RzvFv6iyX2e8w6+a"
    "6taXV3iV8rIOz1MSvt1NK0cGwbRiEvgrPgThBV0ZluEvZYDY+9gMRUONotupoeKzsecZkc"
    "9gYPL3OcWxu5z2c2XQEO7aGdO5fb8AHp19tNgXH3sot0xwfrCHh4Bl245PSFDP1osDtaaZ"
    "cZ3KoX77240lkdxmu2Ca9Zpl9Ki8Q0k3HtmOXdjUhqNw7gWoZy0Tkci1LT6j+HozWpaStp"
    "0UZ/bqz+bNIOv7luduhgtV7OMJpPuWl93BhT+FcsmAb6U/BsObZwqr672Bgeh5SlLeGIHg"
    "WnhYRblgWHlUsLO4FFiRwNIhG76I7awb5ksEAd+7Y2YgkcfamNSdiUTF9KFT3MjBG87lt8"
    "ZkFL0GSQ/gFkXzyqxwLiInXwu0OwgLbQznc+g4foou8EmNHwW3aRz2xe51mVxv41WSNbaz"
    "QY+3fz9i94+SrFYf1nnNPRLKNs08PXKOqtVeIy3Qwyf7VuznAaVb1pvdwYVf2UCGqN8tX0"
    "qG6Jio4TqmUKenH3PmMtTp5u+q3sxfvMxdTFami0lXMV8Z1iaaGGtJHTzOCzqoBwRN5CdF"
    "/v7ZXRP/f2ivXPvfntX7m2z/P21/355vqqyJCasszKTGop9L8gQr2FaC8AF8BYHCSYjQfM"
    "iEBo4P3X3on/6f/cwte4"
)
