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
CREATE TABLE IF NOT EXISTS "community_settings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "value" TEXT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "updated_by" VARCHAR(191) NOT NULL,
    CONSTRAINT "uid_community_s_communi_7899db" UNIQUE ("community", "key")
) /* A setting an admin changed by command (blocklist, locks, flood, filters, welcome, */;
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
    "eJztXe1T4zYa/1c0uQ/LzmQpBBYoO3cz7JZraXnZWZhrr91OUGwl0WJLriQTMhz/++nxS+"
    "wkdmJDYhxXXyCWnke2f5L1vEp6bA0E9z3uye0T36bqlCkxbh2jxxbDLtE/MuvbqIU9L10L"
    "RQr3nIAFA2XX4YOAsCeVwJbSFX3sSKKLbCItQT1FOQPy03sixgj7irtYUQtxgVzMfOwgza"
    "ZpjtFoyNtIcfjvtlFvrH9Qa4iE7+jmONOXWCFyT23CLF2CmY2GfAR3t7mlb0/ZYJ03+sqo"
    "LmU2sbfRLbVvEZXo9pHcE6bQHRk//QM/sqfbNpJcc2hCDSGQjARVijDdrkWgGc0gEO9DEV"
    "USBfy6aYls4lBdp5uHV/IZ/csnXcUHRA2J0C/2x5+6mOr7PxAJl3+0LO66mk4FXWUJghWx"
    "u1i1NOFMpcJCt9P6E5rw7rp9Shx7qv+pDWRBeVeNvaDs0xCLfweUAHGva3HHd1lC7Y3VkL"
    "MJue4BKB0QRgQ8SWooMN9xomETF4XvpwuU8MnkxeykwCZ97DswoIA7fIKkrNXtXl7ddK9P"
    "b7rd1txgizlSwyIqsjiDgUqZksH7u/ih6xA2UEN92Xn//im8UQJESAZ3/M/Jl08/nXzZ0l"
    "Rv4ZZcj/fwS7iMqjph3VPQCFY4bCborATpqX4pCvgU02pwjwsS4JMPt3LkD/YLAH+wn4s7"
    "VAHsKZj1N1wK4Yi+OnBbrUqg3f1+twC2mioX3KBuGl09k3JRBt4JQwMH71oQjmbsEhAnHG"
    "YMFxzD8FDlBnHE0cBRvNcpAPFeJxdhqJoGGPSpMvDG9I0bvquXbrFyOg/vDXlQ2fCmeRoA"
    "8QJIb05/u4GWXSn/ctJQbl2c/Bag7I6jmvOryx9j8hT0n86vPs5Azn2ltbBSAzrFUiHgmt"
    "QndjUje/WThk0Upk6ZcZ1wVAjy41NTxnXKbpwD/Qddo6hLclTmKc4Z8O2IdTv+sYECclFX"
    "nF2cXt+cXHye6o8fTm5OoaYz1Rdx6dbBzHcwaQT9enbzE4JL9PvV5WkAJ5dqIII7JnQ3v7"
    "fgmcC30WV81MV2GpO4OC6a6maf2ZyRZ/TyFOMKOjky700fr6aPwaPTv0t5GqCgh627ERZ2"
    "d66Gd3ge7XyV23FnSzDDg6CTAE14zonjUItBdeJQHOI351dMqtuL3YpgiHcxUBJZzLN4go"
    "AHKfijfzH9gIjaaOuGOGQgsIuC+6B3/0LS94gIrt7qgTgkiDsBqcdhOIBLEAoZGW3PeRXX"
    "dZPlfr5cn51utytIv5RGkrA0znu3QiMx33unu60s5imWBpqNazHNjU6Sj75+QfuKOePoW9"
    "sQ+RVNC/UWX1+CB8sRXl/CUNMy0VVMZuV39wvkQcl5yciBF8iB+kZxXg/41bu5PAerPhdu"
    "GZDTPA2Ut6v3uCiqyvlpJwwN8CKuLQBslBmjzLyiMkOsO8rylJmwcqkyE5CtQZ+ZyU1xid"
    "sjwcxh43GYolJE28nKWPlIB2csx02cmbOiB+LsZxN1bn2VnQE8wrvvO529vcPOzt7B0fv9"
    "w8P3RztHmjZ43vmqwwUf1sezH88uZ/zEULCp+k+jsliSb6MoxglHAwFei7MBZp1MwZwTbs"
    "JZw3dKGm8gzgtgBWlqVBoTT6hah4mFRb5XJk2xTJuJaGmJoELcPMISOVgqJMfMIjbqC+4i"
    "SZTS40BmRgqKc77A3RP8LyEZYvrGOXxWJXbztR3ITJLlsvFSLA0UxKvXdIwXwnghjBeiWV"
    "6IWAxehxJviRSPqQpK8nE3FqRFBXpED6tzsO1SNonj98aByIZ1Pls9h1t3DpWqjeCXbKO+"
    "w7mt/1FHEaGvR8SBrL52huBf8R2+skCKtJHGQ/B73U5o3cm3x1DkUF3CGVLcQ7wfZBVEUi"
    "dYsiSHfMSQfgioIA8eFypP5ZjxyNyRF/ph/i5OmM7u/uH+0d7B/sT3MilZ5HIx7pWaKB0w"
    "0EsAHJEbaAtAe48dv1R6+oShQn0OGliXTld1Hq/v2c9U8KY5G6jgbYhCVyyPN+qsXqmZa5"
    "qrcRbTyvzCtdGdz4k9IGLBOv00wRKN2QlIC2rJnkeY/Y5rayhOWA3ZP6BbLf5ukYvvSLBq"
    "HdbYw5siahPX4wqWwW/dRlHD48dQU306frTx+On2bYabbJ13Kr16PgqblFsgb8KNJtzYKK"
    "XNhBsrCDcSR+Fyc8mEZfl0sgkYVzijpJNjsSy32jvhaODQbpYtXaNg1Fqc96+Z2V0jNd8E"
    "RozdvJG5DBehlpRpyF1MNKhFNlzk+C8a6vA0LQ+c/zjJRtiODCsqISRABepTIRXClsV9pt"
    "5IpOcNImCLiKykhlU0WUHowdhkxiYzelUToV2LNfa6SVRN160cbuFyWT0Jx7MQrtnmEute"
    "uiUVVr4sg2/CUeEITq3wWP8scVBkkpjVRFNzxMEsyN84Zc+yD6YYzc4pdbMOpiYq0lfP6O"
    "EUm+nfWvcvlqrrEim1hfacfp5nN/1d+/6G7Trvn93dU9ymt+vc29GXmaEILfIGpLmqC6zs"
    "rEsLepWoSg87OHMb0kXAp5gM7s/DXdFyYdqYvnFm6+ptKrid73pl94aeYTNAZwJdG4/8lb"
    "DzHPJhVXuxP54DUXF3vC+sIZYE1gHgKIn/GPkyXhkwGToIPlQZpO9D1r6uudfXUPHL57NM"
    "r/xqWv7Kbiee+tibDwsIvDcSwSqC4HURtT+EFRqyxLMP5IJYQGIHp5wUdPVPGphz+OfkZs"
    "2dapI+8sQECUyQYFM82SZxaxNDBdiFmGaGLUks6mInG+aEadaEDLm2I+4NhHzRlhGnn84u"
    "Ts63dvfboUagrUWqSBr8/Z05xcsXIA7KzRQpngpVrk+X/61G6zoqMIyPcgfxUUYeUSRyS2"
    "A8xWQmi2KTheRaMSsFc8JhbIflRppJ2mqqY68+JqKvevzhTBG3lW0nJvXtJcZiQFnQWGTR"
    "MZVBkhUcHWmjEVXD4LBIC2vLLrDhJodFItxXRMD7yg+wy/w/p8+khCMpM+zGNd2kyLKbVA"
    "Q63qnVHEtpjqWsyexpdjRuQFpM/c/+3Gzl9k6/Whl8Y/oG4ruG7bjxoFRkJyRvnM2whqlX"
    "UC4yBdy1ix0n1yGc5mvSAry9zuHBxBcMF4u8v9cXJ+fn83FID48djjMmg/x9PlIsjZgPqt"
    "7nY0NyPmFxf7Sb1yYmfWJtE7meysA5d55IszQmr+GFO1ylTqwVIuvE8AXH1cYMDRBtVc8R"
    "gkh4/hJoJxwGbnOEajVdsQneyKmdG553gKo5PrXG/Vsbb/NnwS0iJbFPwa/ayvQ4z9C0F3"
    "udvZi6G7hqCyYrncZuXYmwAxvjjhMf8THCSJDEKxy6gMM9TiViXA31UJn3Nq+myRfslG62"
    "pqjOj5w6874o3imWRliE67ZNkg+7vDCa5a1G5ahyzBuJtCKJdG0Nie07xP6Z97Ll0RTFEm"
    "kkY9ruN94rnDiraZHtE4QVZLfqSYKpD5Bs6gsYA1CtZYpwo80nmDZvELeipCCCRkMS7H49"
    "hm0pMje1WHn75SKg+tblk1dN/NPEPzc2/vktnCmKAhyRG2gLQBtNJiUVgoTLeB9qpwtsYq"
    "il9fjUFL+exx1aLh854agQcCc6cnAD05EjRasMxFNMDXBWr1ssmHjhPMqrt8nBAHiOPZ7m"
    "M97hOstfh2BJunzEyq2zmmFr3q5Wq5+xQsh8pqhT9nOaYTVfVN2+qNp4t37Fgmmgcw+XTd"
    "W3F3u2RiFlYZ9WRI+CLVLDddrBCW3SwlqTg6R8R4NIxDa6pXawGBuy8rFvU4UInPfxRgYr"
    "sfWlVNHDzLi1Vn2LryxoCZoMfF5A9uBp0SURF6nT7vTnJ6AttPWdz+Ah2ug7AQfSwW/ZRj"
    "6zeZUHdBhXmXGVbawYNGu615/JDudlljI+/RdsTvr3sjtNUlRjlbipbgaZ/7xunuI0qnrd"
    "erk2qvoJEdQaZqvpUd0SFR0nVMsU9PzufUECkjkjeQ1nJEf7V5UR3ymWBmpIa9nCHT6rEg"
    "hH5A1Ed3dnp4j+ubOTr3/uzO95w5kiWZsK/Xx9dZlnSE1YZmUmtRT6H4Kj5TcQ7QXgAhiL"
    "g3uzcbwZEQgNfHzt7Qef/g9OcANx"
)
