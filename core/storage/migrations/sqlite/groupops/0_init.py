from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "activity_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "messages" BIGINT NOT NULL,
    "joins" INT NOT NULL,
    "leaves" INT NOT NULL,
    "removals" INT NOT NULL,
    CONSTRAINT "uid_activity_da_communi_12da08" UNIQUE ("community", "chat", "day")
) /* Counters of one chat on one community day; the engine adds to them once per batch. */;
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
CREATE TABLE IF NOT EXISTS "health_alerts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "kpi" VARCHAR(32) NOT NULL,
    "period" VARCHAR(32) NOT NULL,
    "value" REAL NOT NULL,
    "sent_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_health_aler_communi_a26680" UNIQUE ("community", "kpi", "period")
) /* An alert sent for a KPI outside its band; one per community, KPI and alert period. */;
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
CREATE TABLE IF NOT EXISTS "member_samples" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "members" INT,
    "readers" INT,
    "muted" INT,
    "sampled_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_member_samp_communi_fcbed2" UNIQUE ("community", "chat", "day")
) /* Members of a chat as its platform reported them on a day (the first count of the day). */;
CREATE TABLE IF NOT EXISTS "membership_moves" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(255) NOT NULL UNIQUE,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "at" TIMESTAMP NOT NULL
) /* A join or a leave, keyed by its event: the history retention is computed from. */;
CREATE INDEX IF NOT EXISTS "idx_membership__communi_951ae6" ON "membership_moves" ("community", "at");
CREATE INDEX IF NOT EXISTS "idx_membership__communi_f1dea5" ON "membership_moves" ("community", "member");
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
CREATE TABLE IF NOT EXISTS "speaker_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    CONSTRAINT "uid_speaker_day_communi_a60d17" UNIQUE ("community", "chat", "day", "member")
) /* A member spoke in a chat on a day (distinct speakers are counted from these rows). */;
CREATE INDEX IF NOT EXISTS "idx_speaker_day_communi_78cebf" ON "speaker_days" ("community", "day");
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
    "eJztXW1z2zYS/isY9UOdGdV1HMdJnbmbcRK3deuXTOxee206MiRCFmoSYAnQisbn/35Y8F"
    "USKRGKKFMsvtgSsQtSD0Bgn8Vi8dC5DXjoc1/sHg8kvady8h5POkfoocOwR9SHYoEu6mDf"
    "zxfDJYn7rtbBsWjPwRNdgvtCBuqqKhxiVxB1ySFiEFBfUs5A5R0PmSSBQHyIOCNoMMJSfY"
    "g+c88LmaoPqfreIDkiiLBbqkqw4wgkOVzylOiAIJ8EqI/lYLQL93X4QN2Ystv6bqG0/g5J"
    "T/JbokQCdaM//uik1YEE3Ec/jALuzz/VB8oc8pkIEIWv/l1vSInrTMFOHVDR13ty4utrb+"
    "ntKZPfa1mor98bcDf0WCbvT+SIs1SBMn3jW8JIgCWBO8ggBPRZ6LpxayUNEv2QTCR6ypyO"
    "Q4Y4dKENQTt6gOxap9e7uLzuXZ1c93qdufZNNHLtEV8acAZ9Qz2q0ADcwiN8893+/osXr/"
    "b3Xhy+fnnw6tXL13uvlax+3vmiV4/Rw2RoRVVpzE5/OL24hgfiqgNG3RMuPGodLHGkpRsj"
    "Q3+q/aYb4d0IB8VNMKU00xLqJ862RIL7oqZILmRtkb0+m2gMD3/uuepFkCP19fBgAc7/Of"
    "747sfjjzuHB8+mwb6IS/Z1EcCegzl+MyojHMu3ENzn3z2vgK6SKoVXl03j6+CCDvxeQVQM"
    "byw+g656SYikHtmFD1uI8wJY3x9fn8xA5hEh8C0RZqNvXmv5GLwu0PZaMAZnyP/FKSuAvR"
    "TzVL41gO8/P3h18PrF4UGKc3plEbzzULoE3xd14VIsMwUL5iyYAfH4vXp6AzjzKhZQABTs"
    "3OFdztaCC308uBvjwOnNlfB9XiY7X+Tte7NXMFOjsRP/Ini4jMWEDpUnTAZlLCcr7y4hOS"
    "DZc/ltNYJzck+CCcKh5B6WdIB4gNRjhthFwJY4O0LjEe8C01D/vS7qT9QHOhihIHRVdYqn"
    "jIGvkHvqEMVCuggzB434eI7m1HWjT8q0VaTIIc4uuqHODaIC3TyQe8IkuiOTx6/wA3u86S"
    "LBlYYSVBCCyDigUhIWUSdVjVIIFAODS1QKpPVV1QI5xKWqTFVfQqtmqNMsywoIvE89ZSEq"
    "wZlCiQNVT8S+KtOtcju0kGytaIU+LduaskH3X76sYIMqqVIbVJdZamWpVQVwO52NQFsLsV"
    "IjKQ9M4E0VWth5a0E4HrENIM40bB+u2Ifhocw6cazRwl78Yr8CxC/2SxGGohnioOwpE3gT"
    "+dZ13/XPbolxOg/vNflcQsryOi2AeAGk1ye/aW+LJ8Tfbh7KnfPj3zTK3iQuObu8+CERz0"
    "H/7uzy7QzkPJTKCjPq0DmVDQKuREPibKZnr3/QcIjE1DXp15nGBkF+eGxLv87xxjnQ38eu"
    "7xKTeUpzkdccPmzhBLmoKU7PT66uj88/TLUH+NOhZH+qLZKrO4cz70FaCfr19PpHBF/R75"
    "cXJxpOLuRtoO+YyV3/3oFnAt9Gj/FxDzt5TJLLyaWpZg6ZwxlZoZWnFNfQyDG9t228njZu"
    "jGNRTYPy2KU4wm/Or5gVdxe7FYGI9zBIkoqhE8dRJIOEP+oTUw+IqIN2rolLbgPsIX0f9M"
    "2/kQh9Euhvz450jAN3tajPoTvEUQ6IkfF88ERdN1nu5yv12al6ewEZGlkkmUrrvHdrJInl"
    "3jvVbKaY51RaSBtroebWJilHX/1A55K5k/hd25L5Kx4Wmj19fdQPVjJ5fYyWmpZNXdXmrP"
    "Lm/oL5wHBcsvPAF8wDzV3FeTrg1+/m8l0shzzwTEDO67Rwvl2/x0VSaeanTRVa4EWsbQHY"
    "GjPWmHlCY4YM7igrM2aiwqXGjBarwZ6ZiU3xiNcneuSwGwQaFpy6jfZPq6JYsnejKsaZRg"
    "sBtpsEmrFJwJo0qwDZJBNmC9YTksmi3CuTl1hmzcSy1GBRId0SiQVysZBITNiAOGgYcA8J"
    "IqXqB6JwpaC65he4e/R/g5khkW+dw2dd0265tQORScIsGi+n0sKJeP2WjvVCWC+E9UK0yw"
    "uRTINX0Yy3ZBZPpCrO5JNeMpFWndBjedidgx2PsnQdvz/RUzbs89npu3xw51Ihuwg+iS4a"
    "upw76h91IXlCF42JC1F93YKJf813+MT0LNJFCo+A36t6InYnnh3BJZeqK5whyX1I6QBRBf"
    "Gso7csiREfM6QeQidz+OzzQFZM2HBHvtAP809xwnzhHkvrXnliowM6ugHAsbiFtgK099gN"
    "jcLTU4UN2nNQQV023abjeEPfWdHAm9ZsoYG3JQZdtTjeuLH6RiPXtFbrGNPa/MKNsZ1/JN"
    "iVo2OXBLLYbM4LLLGYR1q0h0G2qrGsDFgQVxYtk2jIA4TRzx9OEQ+loA7RO9f7ysh8o5OH"
    "QUKw1PjoakEwQKMaVCHlToGbrJZbVDBufarfAa1jlxvtcuMWTWS128PRu1HZHo5fpfZBu/"
    "4oq3i8MUA307AAVwC4hHB873JsyDiGoLKFCC9aw7385e3ZCfrw8eTd6dXp5cW0XasL4ZK6"
    "QKXG4OPJ8dkMwDBPr8AucmqWWjSOWjTG4D0jzi0JFiSmygssMXhdLVrR0vV9wpxvOHMnyQ"
    "6tSP0Nurkjkxvk4Tui0zRBUin4pUhZp57PJZitOzdxmNzRQ+SafTx6cPDk8eZZgcFb552M"
    "00XFcUJmGaGswWsN3lYZvDa+bgPxdcSV2GwsSVU2lzyyJSNKfjcYFmbpjTKNFnbtdi0eNS"
    "j6qpZolafcytggv7aNBLJsbivZ3HlkJRUSufPUglrE4eJIl4okDpYA1NwF0S44WyfYjYkV"
    "FRADQwM0pIGQCA8GcBLK1wKpcYMEkBOtKIp3HVVuINbGcjLLyaxd1UZoa2FjT7troO22lc"
    "sH2CyMPdNYCeGGZVOre5FHSCzDgpMoyvHNNDbYg3NbmusfJQ6rDBKzlmhujDicBRkOllmJ"
    "H0wp2lSBTWMH0yfkDFdZzMup2fZtdPtiIXvxqVyrtPO8um3vxre3PnZ05eae0rat3eTWto"
    "f0PdWqSh+7uDDv/iLgc0oW99Vwl9RsmTaRbx1tXT+ngtuFnm96GMqMmgW6EOiGeeSvsOfr"
    "By31y8cS3Sre+Z7QwhWd9FH9+vRxHCXTxkJH+ScZG1FAYJMqcZKzxpWcgydoBzawRn527W"
    "VPNruqsoIwq3pu84ld/HJ2FuXzTityOBGIcYkEntiz0Ld7qrFu/yd2+zf/wL7tdvzbNGfG"
    "ac5ya9DTsC2gWKnGSpZ+wzjz+o+Sxo4ZoDkNC+g8oF4Iv9ygfybyFsx5MCNrdpWFj2lNGx"
    "jVOOdZw2iYGFH/nN8vJGKpTLdSoJSS7nlKvHLEFCzWIb3r2iX4XonckUmUqSg9ljyiOyMq"
    "JA8mijbBRhQKIVECAqJ8GEt0SsOi6Kl1V2+8waXwHHS766XRVMuGVNcY9mtp7DzSlsZuG4"
    "21O7bqx/hO/TSjcTiWbyO+a4+uMmcXllVYVrGYVVwGTtlui6hoCYfggWOy1yIM1KwlCBjz"
    "OE5JeoRCkeQ5TdcFEazCCp2oCSx9VXKvvkPBzx9OC7dcrKfmT+wm3YaRbNWAdKj+1wJBTl"
    "T9cxF13kQFCrJs2waIB2QAIpBctfI+jrSCuWWdEgoyx01yu6ssP2kmP7E2tN2V3xIbD3uw"
    "xl1gipAB9bBbYomkSrPWSKS1G2tvIeSLVoZO3p2eH5/tPD/oRuEeWZqkBPyDvTkeGAYwHZ"
    "iNFDmdDcbTvLv4b2cjHfl1hW78urQTvy7YJB5PuQYYTynZwaLaYCG4MsyMYM40bGDYDL4F"
    "EXh2R76liHVTxFD2+edTSbxOMU/MyrtLyKKWrEgWGYJtBYqXgRVMJSzpjKkc6UWgAVbMTn"
    "M4h7hUEThViIeSBPB7xRtF0NC/0M2DXiuC5aPHrx7Y401xJuE6blJlySm3vTA5d9qMvJUP"
    "oYXUzS5u5BY3LFF7YqJmz2ffhHVgV5Tsase2dl6Jb02wjcVbxxlqGHoDyoPCCe7Kw65b6h"
    "DO67Upu+KL/VeHqS8Yvizy/l6dH5+dzQcA+njiclwwGJSfWpRTacV4sIhv1XFq0ZYk9IDM"
    "zfHZhNu55qx4nS9NAq/zKq3ZtLq2UGESBLxggaJ8nEgVWjC1bXqMCIiA5zdAO9OwcBvDbb"
    "2RKzXFNngjp/aDcbZKqpCcms0R0rT2bYy3+UPAB0QI4pyAX7VT6HGekeku9jr7iXRPu2or"
    "BiudJG5dgbALe8kmmY/4CGEUkMwrHLmAoxOb9bbukeoq897m9VS53Ldc6kW2QfKb8yPzUM"
    "JJ3CZ451RawQjr5ibZi20+Gc3qbsbk2GSftzPSmmakq8GIOKFLnJ94v3g+mpJYMhuJRLb3"
    "F+8bbLnrIyckCHKSIE8NEky+gWDTMIA+AMVqTgm8OLM4U/QG8UEcFETQeEQYFE0gSUlhxv"
    "K112+2AqpubR68atc/7frn1q5//hWNFFUBjsUttBWgjQcTQ4Mg07Leh8bZAtu41NJ5eGyL"
    "X8/nLjWLR840Ngi4G2cW2sJw5NjQMoF4SqkFzuq6pwW7XjiP8vo5ORCAVfh4Xs96h5s8/7"
    "oEC9LjY2a2z2pGrX1Hlqx/xIogC5mkrunrNKNq36imvVHN8W6pN5Y4bzHrFLu20uLuEr+W"
    "Fuz1Mavs1FKyUQ7dSBe5VMgjRCVS93EpEXCAXnSmuU7Gy4fJt8TbgMYjLggKQpcIIhE8vC"
    "hwbtVyn08s3QEO9aGdG4878AKpn7ebA+PmWRephtf7CLj2ksW7078WkR8N0l1VdpnBrbSs"
    "MM5FZd1ldbjLkgapPA3G8taTU2EC1L3cANxEvoXg1hK/bn29G+nGZeepL4pC2/x56q2JQl"
    "vJYLamcmNNZRth+I9rZpcOV2vlKUX7KjetjZvDen2C70jwHk86xbQ3K+8u4b2RZM/Bk8rE"
    "NyKASPj8jsSnxGvimZ4n4yiWQNlAorh2CL4g0dkycWZjIJJASflYFJxkU88tzM6o6U7nTC"
    "5Pa5YeaGPTltm0Zc2cW23q3+0muvYEmyV5yspOsDHplDaTXpVu2RgT6FccMPX7P2rzrMAE"
    "ypUvMYHGkWRl8yeWT42N/kS7xZUYdrX/HLnKjiTBLrqhjs7CCul4cOhQiQiTweRroVOwqq"
    "9Cxg8zY/6s+xafmK4JqtTBriD22afKHNYnVSiryvGUlaUaHQdQF9r5NmTwEF30bQCLBvBZ"
    "dFHIHF5qTC02k1Y6gMI6/W2M7NZaRXYKqt8ygjVNE4QT+Rb4pWs36q2vsq1+rKlmhjl/tW"
    "ae0rTeyqa1cmNM9WMS0MGo2EyPy5aY6DiTWmaglzfvF+w8LrJN/ykuvC9MHVNuhsYHV5hM"
    "3zmVFlpItZx+Bq+VAcKxeAvRfb63V8X+3Nsrtz/35pPdcyZJ0WkCP11dXpQRqVRlds6kA4"
    "n+h5IYqy1DewG4AMbUTDkXJzEbEjEzBUIFb5/a+/T4fz8KhSM="
)
