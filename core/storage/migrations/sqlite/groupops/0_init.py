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
CREATE TABLE IF NOT EXISTS "chat_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "messages" BIGINT NOT NULL,
    "joins" INT NOT NULL,
    "leaves" INT NOT NULL,
    "removals" INT NOT NULL,
    CONSTRAINT "uid_chat_days_communi_d81bdd" UNIQUE ("community", "chat", "day")
) /* Counters of one chat on one community day; the engine adds to them once per batch. */;
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
    "list_name" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "reason" TEXT NOT NULL,
    "until" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "lifted_at" TIMESTAMP
) /* A ban on a shared list: it applies in every chat of every community whose ruleset names */;
CREATE INDEX IF NOT EXISTS "idx_shared_bans_list_na_17b57d" ON "shared_bans" ("list_name", "member");
CREATE TABLE IF NOT EXISTS "speaker_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    CONSTRAINT "uid_speaker_day_communi_a60d17" UNIQUE ("community", "chat", "day", "member")
) /* A member spoke in a chat on a day (distinct speakers are counted from these rows). */;
CREATE INDEX IF NOT EXISTS "idx_speaker_day_communi_78cebf" ON "speaker_days" ("community", "day");
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
    "eJztXW1z2zYS/isY9UPtGTWXOGmSc+Zuxkl9V/f8kol97+lIEAlJqEhCBUArGp//+2HBd4"
    "mUSIWUKQYzncYidkHyAQg8u1gsHnoTzvw5m4tnZ5bFfE9eUm/WO0UPPQ+7RP2RL9BHPTyf"
    "p4vhksQjR+vgQHTgKFldgkdCcmxJVTjGjiDqkk2ExelcUuaBypnH5JRwNHewHDPuorAOxM"
    "YII5e4I8JPEbknnhRozJmLhqHEEAWCSgsNA8HhM7ipzSx1V+pNGqrf9+jvPhlINiFQtbrL"
    "f//bs5jrqgK51K8d1ND79Vf1g3o2+UIEiMHP+WwwpsSxM2BTG9T09YFczvW193Ry4cm/aF"
    "l4q9HAYo7veon8fCmnzIsVqLqjujohHuFYEriD5D5g7vmOE7ZR1AzBSyQiwVOmdGwyxr4D"
    "LQfawQMk13qDwfXN3eD2/G4w6K21aqSRaojwksU86BHqUYUGYAKP8MMfT05evnxz8vzl67"
    "c/vnrz5se3z98qWf2860VvHoOHSdAKqtKYXfz14voOHoipbhd0SrjwqHWwxIGWbowE/Uzb"
    "ZRvhwxTz/CbIKK20hHrF1ZaIcN/UFNGFpC2Sj2YfjeHiLwOHeBM5VT9fv9qA8z/OPn34+e"
    "zT0etXx1mwr8OSE10EsCcwR19FBZBTKh2E+MUfX5TAWEkVgqzLsigHI1UVkBMNg3E5jC1O"
    "AI8BzunMP6kSSV1SMGpkNFfwtkPVZ9EfB4j+BrDvLq7Ob+/Orj5C9a4Qvzsar7O7cyg50V"
    "eXK1ePXq+0S1wJ+ufF3c8IfqL/3FyfaziZkBOu75jI3f2nB8+EfckGHlsMsJ3GJLocXXqE"
    "KXo8S00TcGGErdkCc3uwVsJOWJHsepF74q5ewR6e6EYCNOE5U7RL0ns1vfyEl0W8LBHYys"
    "sC0YGNlyV52RURQj2aiEkSEgRYk6f+Iyie/JCqUVEGSriS9GykujPz1d8cezM0WiJFkARZ"
    "Z2W1176dkyWjnKp0jZmtCMcihq0ZttbOgbZptmZ4RPM8wsY5nRgIRD7Aofgm1nCAOG+AFV"
    "jAWrcMZo513AqH37TK9kG4LsSeNzsIn7x49ebV25evX8Vjb3xl05AbDa8JoA4Wcgcim1Iz"
    "LNaw2EIW69tUnnuSF5HYpHwbhwXJgcMm5fjr+T3hSwTAuFhSCzGO1GP62EFAhpl3ihZT1k"
    "eSwb9uH9jkYkqtKeK+o6pTTHQxxRKRe2oTz1JXAv65WKOyTd3os2IriKjubz9DQ2oPERVo"
    "+KAdlWhGlo/f4QfvcdhHgikNJaggBJEFp1IS4NEWgWqUAkdsDJeoFIGjU1UtkE0cqspU9Q"
    "X8eTNDThmySnClUGKu6qnIoIuJRS5/3pFUPC2BzlCKkx9/LEEplFQhpdBlhi23gC1b07wp"
    "dAPC09y5s0Fwe73D5clqJGWVTJFYoYOdtxGEwxG7AsSJhunDJfswPFS1ThxqdLAXvzwpAf"
    "HLk0KEoSgLMPCpKvBG8p3rvvXPbhE5XYf3jnwpsLrTOh2AeJNFeP6vu4wxGEF5dHX2r+OM"
    "QXh5c/3XSDwF/YfLm/crkDNfKhZWqUOnVPYIuBL1ib2fnl3/oGETialTpV8nGnsE+eGxK/"
    "3aLJ3u1BSH4HRKN7Pv2cwjO7RyRrGGRg7Ne9PGHXMsfsDuHNOJ18t1K8al/c1ORSuUKxus"
    "iCIFdKTr+2HkL/uIkzHhHKvmVma9A7OV0nWYlISr0jmDxj/Wfj1wwXHf81QXQUKqXpsTsF"
    "j/PT57n72h6ohjOhmiKVMABz5HKtECCxQOrGhB5bSPhlpnGEtMlQR8kuBoHGOOjn65vblG"
    "IyanxyVX3nXrmFBIs7h+OFNx0waV/rcCwpG8AbcEuDP1XlXAjeQ7CO6L12UcWaskIuXHer"
    "3mKKSympslVuiAE6Cx9ZsEX5h9/ZzohmKAEw3TgUt04IAHVbH4Ew1j8e9g8Ws+WQXvWMHA"
    "/RUOllE1CpfR6txQ3ciKjuqnXIodfBwZRePIap2TI7P04dm7NHFKzTix2ty+xh/9TTSzP7"
    "d3bOaspmnm1jVz61zSG8JdsyL9cs7pAQR3UlLaRx3sw/heoLmiGYh6CMcu5dMoVhR7sq+u"
    "j/wl4RByqsTuqSQQfpo4mHmed7rm2re7j62ULz/cYmKcycaZfDgDbOOxp6kPpDTKKR0Dst"
    "kO1xaD2vg+m/R9wkhdxRMXyRtHnIl0MiaHsSy/sWZuj2U5xfLMoTjAb92qjIv7WyxKJTjA"
    "IFnemgQdJOF/6i9lttmI2ujojjhkwrGL9H3QD39Gwp8Trn8dn0JiDsQcLRqEJsH+R7jokU"
    "VuyFMjN9m+qbHQcFT1DjgZV+EiKZXObVWske4Vm4uq2apinlLpIgE0uav2i756QfvGc5bh"
    "t3Yg81c4LLR7+ipMYxUVlpm6yqev+gBpAyFtFBsHKaVgbslLL/VOzxjqi6OqROEZTSJusI"
    "NeTTdohKU1XZ+1mrlFCX9ouHU4L42VcYQaR2iLx9dvfhP+YVMHk66qxnRVm0bfTmas2ssY"
    "nCD/mzIJq2QJi+U7A3h9KcIIvq+UcS1RMGCugsmJy+7V01eAM61iAAVAW2XafNI2V4Fp8y"
    "lIGbbNtCln1hRj/BWuroouF+Pi+goXV3sNgacDvn47IDrrowrIaZ0O2gP1Z84wG8Ga3Qhm"
    "/LTF6Bs/bUNkhlgzWpRSISzcSma0WAN8plI+f+MINY7QFg9gJlhxnwAbZ2g7nKGG0uwCZJ"
    "sozAGESkWTRbFXJi2xjc2EshV23yRLv1ggOCUBiaVnETs4XFIQKVU/ELlBUOU1v8Ld87Sp"
    "Z1rk8Klr2i1mO5BhVlTLqpxS6eBEXD/TMV4I44UwXohueSGiafA2mPG2zOKRVMmZfDmIJt"
    "KyE3ooD9tYse1SLw5RHi31lA05F49GDrNmDhUSkjJaM9FHY4cxW/1DHQgS66MFcSA7cz9n"
    "4q/5Dp89PYv0kcKDs3tVT2DdieNTuORQdYV5SLI5hK5BbFo46+j0kWLKFrBhNwha+zJnXJ"
    "YMTJuRr/TDfCtOmK9cSzbulScmHdDRKwAcihtoS0B7jx2/UrKwWGGPfA4qaIrT7XuXotm+"
    "tlNTtIjQVdqlWC0rXFarcxZTbX7h1nDnnwl25PTMIVzm0+a0wBbGPNWiAwyyZcmyIrAgHp"
    "zmPWYcYfS3jxeI+VJQm+jU5CNFMt/pTRKw8SEmH30tCAQ0qEEVUmbnuMkauUUJcjun+hvQ"
    "Oma50Sw3HtBE1jgfDr6N0nw4/JS6B239UVbheFMB3UTDAFwC4AKD4y8OwxUtjjGoHCDCm9"
    "Zwb/7+/vIcffx0/uHi9uLmOstrdSFcUheo1Bh8Oj+7XE3qo+bpXXLkJmrGtGidadEewss8"
    "5vMCrhuUbaO5Wqp8ckXmyamzRIEarNSC99Yh9ika6jJ9UDf4TseUCwn7fyMvqy6GI3Usdk"
    "947hJwzbWXiKIDLY2HXhczvNbw2sMZRRsPo4s+jrJBXrHCNx3mdQhr8gfMWE1w5x4yUVqM"
    "53ThTTNcrLK/HZodmedMtImxGPZnMVwSe0L4hhztaYEttoOjRUuaDvM58ewfmKfofZiuLl"
    "B/h4YzshwiF8+IQESR9yXC8KaI2sSdMwmO7qNhuLHm9CEYzR9PHxT5fxwe55gRTd5pe+Rp"
    "/j6dX40pYUyJ9g6vZkfO4ZM2mzh56a03jSWxiiFtO5M2xbwEq3T4QKLRwa7drXCzFu3XaC"
    "S+/SmTn7QoEsbsHTDW3EFac1cBS8o15K5iBrXJhgtj48uu/8yVLPPCc68iGvwsNKyCtRnK"
    "w9UZbFmQI/Z7gdS4QTjxLJK36FNHlXuIzjc2mbHJDK/qIrSNWGNPu8+469zKYRautsiWaO"
    "yEcMuOIG56ke0wjiJLJ0E6wOPIIOXuTvZBRtGcr9026yCbO3i8S/hfSs20b6vbFws5CPOV"
    "79LO6+qmvVvf3spGpvc7N3dG27R2m1vbHF/wVKsqI+xgz6oYg5RSMrjvhruk1ZZpI/nOma"
    "3121RwO98NHqsCwitqBuhcoFvmkb/F7lw/aKFfPpTol/HOD4QWLumkD+rX57Lh4FQ2LPS+"
    "4CjHO+IE0toQOzqFTcnBToqjZGOF9rJHWytUWU6YVTO3+exd//3yMjjcNK7IZkQgj0kk8N"
    "KcEnfYU41x+z+x29+cEmcSI7dsx0xqDToL2wYTK9bYiem3zGau/5AtbFcDNKVhAF0H1PXh"
    "zSv0z0jegLkOZsBmd1n4yGqawKjWOc9aZoaJKZ1fsfuNhlgs0y8VKKWkBy67L58QHRbrkM"
    "7TpI+F7KMZWQa5TcFYIvfEk4G5M6VCMr5UZhNsRKEQEiUgIGoOY4lOgp4XPVV39ZU3uKhv"
    "UQmYXS+HZGqZkOoGw36NGbuOtDFjD82MNTu2msd4pl6t0jgcyncR39qjq6pbF8aqMFbFZq"
    "vihttFuy2Coi02BON2lb0WPlezliBA5nF4iMEp8kV0MkK8LohgFVbo1K7A9FUJpMCCgr99"
    "vMjdclFPzZ+9YbwNI87MJaZs/r1AcIqCfl1E7XdBgYIs2bYB4pxYIALHMZTexxFXsLasU2"
    "CCrNkmqd1Vxj5pp31iOLTZld8RjoddWOPOoSLEoi52CphIrLTKRgKtZ6H2AUK+aWXo/MPF"
    "1dnl0YtX/SDcI0msGoH/6vmaHehzmA6qjRQpnT3G03y4/ndvLx35bYlu/LawE7/N2SQeTr"
    "kVMM4omcGiZN41pohZJZgTDRMYtoJvTgSe2ZFvTMSmTURfjtiXC0ncXr6dmJT3txiLWrKk"
    "segh2Fag7DJgwVTCks6C6oTIAllYWXbahrOJQ5UBpwrxWBIO7yveKQMN/QkNH/RaESwfPX"
    "734D0O888eaeImZZacUtsLw6jAisZb8RCaa7qZxY3U4oYx1J7YUIv7fAWU0zodBLkBdmBW"
    "lMxqx6F2XoknVbANxTtnMzQw9HLKeO4Ed+tixyl0CKf1upRd8eXJm9exLxh+bPL+3l6dXV"
    "6uBwDO8dJhOGcwKD7nNKXSifFgk73VxDmnB5LQAzI3h6eZH+aas7Lr5rJK4HVapTObVmsL"
    "FSacs5wFiuJxIlbowNS27zGCEwHPXwHtRMPAXRlu443cqSkOwRuZ2Q/GvF1ShaTUTI6Qtr"
    "Vva7zNHzmziBDEPge/ai/X47wi09/sdZ5H0gPtqi0ZrHQeuXUFwg7sJVsmPuJThBEniVc4"
    "cAFbU+xNgm3dU9VV1r3N9VS53bdc6EU2QfL78yMzX6rGrbTymVLphEXYtG2SfNjVJ6NV3f"
    "1Qjn32eTMj1TQjfSJwllIIf85slCrfMhPxWLJ0xCzEniKqDGo0Yv5kKoPlyeAQqHdo6PkQ"
    "vaYjVRc6YYntUi+Ibg1396HffSYJOvruxUneyVIN3GB7xGtQqcliYkJXD3Y2q98tH34Uax"
    "gX9vJEoUve+PoSHJhQ4MYXQGkY9FM6MCWU7yC+DewHVSSq2rwXaXRpPNhztkizqpQzdNRu"
    "uRlHcSH0h262ZT4mIuWOaXEymsZdfAitPKpkIGS1OrDY1hDdapEbZEw4x06vwAkSlva3uU"
    "ACubIOEDhF7V7RRrTAVCr40ZhxHZ0dXCZIMqRm4KX2SIg5wTOdjRUCur0x5S6xjyGXkM4k"
    "hI5szuZzdSk3EryxG213iIT3MB6RNpFC4xF5YgMo+ioqgJxS6SDEzdjwGrJKjpKUikG5HM"
    "qtORmrbdh3igkb58EenAfGquzqt9QaW+fWmhLbV13lFzbq5do7GYktNo+IZAe/sVGFLKsj"
    "ZPsEwaIrcplLPPkO8gv5HPoAFAuEuRseJu2RLxIxK8wDoawYME1U0RLOpcg9pLr2+qttel"
    "W3rp6vyGx5NVteD9ac+S0YKcoCHIobaEtAGw4mFelAomV4deu4wCHurus9PDZFqve9lWPO"
    "HFotBVWisUfAnfAwmeYHrdozUIVEqwrEGaXOLZnUPy0Ye3wd5frtcTAAdrHG03rGFm/z/O"
    "sQLMiALbxqbuIVtZ2+qJa1atMjVgCZ70nqVP2cVlTNF9W2L6o93i31xRL7PS7Yz5AU97f4"
    "tbTgYITLb2dQssGxqYEucqiQp4hKpO7jUAKr7bD1jS+D81fZOPoVeRvQYsoEQdx3iCASwc"
    "OLHOdWI/f57MVJv6E+dDR0mQ0fkHq9Zykwhsd9pBpeRwow7SUL90p8LwI/GqzplHaZwa0G"
    "upH6O55CZLxmTXjNMu1SekpMKxnXjsno3YrFaeMA3ktX5oqhBZsEy3qxEo0OWPv7dmHtxK"
    "INf24tfzYbCL65ZnboeLdWziiaT7ltbdweUxgCuQn/CS97+bZwUt7fYgwHkgMbL0tbwwFT"
    "RWLOZgQsUhxao/CXqgcd2cpcoJ4lUVg7RGTAmVVqlgpPuAXrEuxUthC52/ubuMX2ePYokb"
    "CN187OLT7eCoTN8VUm4r3Fc6s5AvawDd1wPFpnEgUBIjiv62b4wwHivAFWIATG//Jt7eu7"
    "o4RfYT7LJ0Bx6Rb6A6dqDlwlWJL83NI4ihQn3nE1Y8x94B1QHZpigUZESYyIwxZhIGoQgQ"
    "oMBrbZEZfp41sm6m4khwA1d5vtJKiA9RiGYxjOoYx2xp1/KNNJGmM9jg0EzT3fcLPfZEXV"
    "uMeM66SIN/wTc08B/Uk/Ww5zSJVv4Q6LQLK02ySUj50Uo6VeY1di2NGL8chRIBL+DA2prV"
    "MXwj5+7NtUIjWn86WiAHCEt/opZPgwK26Tum/x2dM1QZWajIDYlzlVfQGSBmAvyKuIVB/C"
    "HOpCR3/wPXiIPvoDhwgE+Fv0ke/ZrJB/bHavmNCB1oQOGK5huEZHuAYESFVBOJLvwHp248"
    "5As8bZVRKXaWaY83dr5oymWeVsWyu3hqqfEU6taT5ND8u2UHScSG0j6MXN+xUnV+Rx02/F"
    "MfaVGZGLaeg94YLmBaQVT98plQ4ypBrJf+oEPfVZVUA4FO8gui+ePy/DP58/L+afULYauq"
    "rscy9n6vzl9ua6yJCKVVbnTGpJ9D8d3H+AaG8AF8DIzJRr8ZWroZQrUyBU8P6pV60e/w9U"
    "UuII"
)
