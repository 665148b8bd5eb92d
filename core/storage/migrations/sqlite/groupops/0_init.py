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
) /* Members of a chat as its platform reported them on a day (the first count of the day), */;
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
CREATE TABLE IF NOT EXISTS "speaker_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    CONSTRAINT "uid_speaker_day_communi_a60d17" UNIQUE ("community", "chat", "day", "member")
) /* A member spoke in a chat on a day (distinct speakers are counted from these rows). */;
CREATE INDEX IF NOT EXISTS "idx_speaker_day_communi_78cebf" ON "speaker_days" ("community", "day");
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
    "eJztXW1z2zYS/isY9UOdGdXj2I7jOtObURw1deuXTOze5dp0KEiEJcQkwQKgHY3P//0AkB"
    "RfREqEIsoUiy+2ROyC1AMQ2GcXWDx2xpQEPvHZbm/E8T3m03dw2jkBjx0Pukh8KBbogg70"
    "/XSxvMTh0FE6MBK1bDhVJXDIOBVXReEtdBgSl2zERhT7HBNPqpySwOOIMkBuAfEQGE0gFx"
    "/Cz8R1A0/UB0R9bwCfIIC8MRYl0LYZ4ERecoXoCAEfUTCEfDTZlfe1yUjcGHvj+m4htP4O"
    "kMXJGAkRKm7055+dWXVSQt5HPYwA7q+/xAfs2egrYlJUfvXvrFuMHDsDO7alirpu8amvrr"
    "3F4zOP/6xkZX1Da0ScwPUSeX/KJ8SbKWBP3XiMPEQhR/IOnAYSfS9wnKi14gYJf0giEj5l"
    "SsdGtzBwZBtK7fABkmsdy7q8urGu+zeW1Zlr31gj1R7RpRHxZN8Qj8oUAGP5CD/8uL9/cP"
    "B6f+/g6PjV4evXr473joWset75otdP4cMkaIVVKczO3p9d3sgHIqIDht1TXnhSOpDDUEs1"
    "RoJ+pv2yjXA6gbS4CTJKuZYQPzHfEjHui5oivpC0RfL6bKIxXPjVcsSLwCfi69HhApz/3f"
    "t4+kvv487R4Yss2JdRyb4qkrCnYI7ejMoIR/ItBPfljy8roCukSuFVZVl8bVjQgd8JiIrh"
    "jcRz6IqXBHHsol35YQtxXgDru95NPweZixiDY8T0Rt+01vIxeF2g7bVgDE6Q/0KwVwB7Ke"
    "Yz+dYAvv/y8PXh8cHR4Qzn2ZVF8M5D6SB4X9SFS7FMFAyYeTApcsm9eHoNONMqBlAJqLRz"
    "b+9Stpa8MISjuwdIbWuuhOyTMtn5InffzV+BnhiN7egXyYdLWExgY973OC1jOUl5dwnJkZ"
    "KWQ8bVCE7/HtEpgAEnLuR4BAgF4jED6ADJloh3Ah4mpCuZhvjvdsFwKj7g0QTQwBHVCZ7y"
    "IPkKusc2EiykC6Bngwl5mKM5dd3oszBtBSmykb0LBtgeAMzA4BHdI4+DOzR9+g4+ek+DLm"
    "BEaAhBAaEUeaCYc+SF1ElUIxSoYGDyEuYMKH1RNQM2crAoE9WX0KocdcqzLIrk+2QJC1EI"
    "5go5pKKekH1Vplvldmgh2VrRCn1etpWxQfdfvapggwqpUhtUlRlqZahVBXA7nY1AWwuxEi"
    "MpoTrwzhRa2HlrQTgasTUgTjRMH67Yh+VD6XXiSKOFvfhgvwLEB/ulCMuiHHEQ9pQOvLF8"
    "67rv+me32Didh/cGfS0hZWmdFkC8ANKb/iflbXEZ+9tJQ7lz0fukUHanUcn51eX7WDwF/e"
    "n51dsc5CTgwgrT6tAplQ0CLkQDZG+mZ69/0LARh9jR6deJxgZBfnxqS79O8cY50N9Fru8S"
    "kzmjuchrLj9s4QS5qCnOLvrXN72LD5n2kP50WbKfaYv46s5R7j2YVQL+c3bzC5BfwR9Xl3"
    "0FJ2F8TNUdE7mbPzrymaRvw/LIgwXtNCbx5fhSppkDzyYeWqGVM4praOSI3ps2Xk8bN8ax"
    "KKZB3nMwDPGb8ysmxd3FbkVJxC0oJVHFpRO9cCUDl3/EJ088IMA22LlBDhpT6AJ1H/DDvw"
    "ALfETVtxcnao0DcZSoT2R3iFY5AA89zC+eqOsmy/18pT47Ua9F0a2WRZKotM57t0aSWO69"
    "E82mi3lKpYW0sRZqbmyScvTFD7SvPGcavWtbMn9Fw0Kzp6+P6sFKJq+PYahp2dRVbc4qb+"
    "5vmA80xyUzD3zDPNDcKM7zAb9+N5fvQH5LqKsDclqnhfPt+j0uHHM9P+1MoQVexNoCwMaY"
    "McbMMxozaHSHvTJjJixcaswosRrsmdzaFBe5Q6RGDrNBoGGLU7fR/mnVKpbk3aiKcaLRQo"
    "DNJoFmbBIwJs0qQDbJhNmCeEI8WZR7ZdISy6yZSBZrBBVmWyIhAw5kHLCpN0I2uKXEBQxx"
    "LvoBK4wUVNf8BneP+q8xM8TyrXP4rGvaLbd25MokprcaL6XSwol4/ZaO8UIYL4TxQrTKC/"
    "ELgg6f9BxEefEEnhZYMn9PlKgFpWzVGdwDSlxMuB4Ht4QCCH77cAZIwBm2kdp9M4Se/UYl"
    "QJBJDWbzdlcJyn0/YQ2iEBO7YKqv5RbLXSZ3PladRekYl4lxmWzTaFuzIRG9G1UBjl+l9k"
    "G7/khRNN5ooJtoGIArAHwPnaDACP7ZIbBkiJ5p5PC9lSpbiPAiP9TV72/P++DDx/7p2fXZ"
    "1WXW2FKF8pK4gLnC4GO/d54DWM7TK5jAKbUW2r9bYu8232V1juwxogs216cFlhi8jhKtaO"
    "n6PvLsH4igMPEq01D9DRjcoekAuPAOqa3mcmO8/KVAWKeuT7g0W3cGUajv5DEMHjydPNpw"
    "+jR4UWDw1nkn7S3vUaxDb1e7MXiNwdsqg9fECDcQI0QOh3pjyUxlcwlwWjKipFe0Qqa3RT"
    "vRaGHXroEsI63BORJvXQSpFo/7cy7HNtGMf2w0w7C5NbG5i9BKKiRyFzMLahGHC+2sygsO"
    "fCFLPIA9AJM4wW5ErDCT2wYxBbeYMg7gaCSzOX/PgBg3EJV5HYpWIqyjygrhCGTWbTbKgj"
    "Kc7B9sVzUK2lrY2POufGq7beWQEdRbipNorIRwwzJC1B3kYRzyoCCbbjm+icYGe3BqW0b9"
    "o8RRlUEib4mmxoijPMgyOfZK/CCjaNKdNI0dZLN8364SzEupmfZtdPtCxq3oZIFV2nle3b"
    "R349tbHZ20cnNntE1rN7m1zUEjzxVVGUIHFuYOXQR8SsngvhruHOuFaWP51tHW9XMqebvA"
    "9XUTOufUDNCFQDfMI38NXV89aKlfPpLoVvHOW0wJV3TSh/WrExRhmBAQMrXKP846AyjyCR"
    "WdJT4vUcjZcAp2ZM6/0M+uvOyyBnlJlL3ozjnu67nNZ4/QLnjAfAIGstIB+Al87nwWd3eT"
    "+0npZP9i6hzIiXgEhpC3Cy5/Pz8XrUP47CnMQZDbPUeZeMEzxwuaf1rJdkcMTI4H7RwPqe"
    "B1FrYF3GymsRJFaBjZXv85etDWAzSlYQCdB9QNOCowDsr7ZyxvwJwHMzSDV4mYZDXNiqrG"
    "ed0axt/YBPsX5H4hg5vJdCutsBLSlkvuq+d2kVE+oLZrq5Nfu/IAR0GmhtPkTMYwd/sEM0"
    "7oVDAduYMFy7VUTPIjX44lKp9L0bKrdVevvTOm8BBIs12m0VTLrMWucb2wobHzSBsau200"
    "1mz1qh/jO/HTtMbhSL6N+K59WZY+uzCswrCKxaziitpl2zTCoiUcglBbZ5NGQMWsxZA05m"
    "EUODkBAQvN+1RAEcjwLVMZnsKYincvvsuC3z6cFe7VWE/Nn73BbP9GvMcDsAnxv2eAPEha"
    "In4uwPabsEBAluz3kOIUjaSIrQ6srxjYmVUwF9YpoSBz3CR9er3hJ43kJ8aGNtv5W2LjQV"
    "cGxwtMETTCLnRKLJGZUt4aCbV2I+0thHxRZKh/enbRO995edgN14kk+ZVi8A/35nhgQOV0"
    "oDdSpHQ2uBDn9PK/nY105OMK3fi4tBMfF+wuj6ZcDYwzSmawqDZYMCIMMy2YEw2zoiyHb8"
    "HSPbOV31DEuiliwIfk6xlHbqeYJybl3SVkUUlWJIsekPsRBC+TVjDmMqSjVt/JINAICman"
    "OJyNHCwInCiEtxxR+XvZG3lg8E9g8KhiRTJ89PTdo/c0KE5BXMdNqoScUvsS40P39Mhb+R"
    "BaSN1McCMV3DBE7ZmJmjmcchPWgYkomWjHtnZeDsc62EbireMMNQy9FBNaOMFdu9BxSh3C"
    "ab02pWU82H99NPMFyy+LvL/XF73z8/kFgD6cOgQWDAY36GsZnIlKK8aDRXyr/+kmQ7Xi7r"
    "lz0fv0IkO3zq8u38fiqe58en71djszgciUzxK2zcxyNcScBa/zuc7C67RKa3a7rm2pMKKU"
    "FAQoyseJmUILprZNjxEUMfn8GmgnGgZubbiNN3KlptgGb2RmPxjxVskxklIzyUWa1r6N8T"
    "Z/oGSEGEN2X/pVO4Ue55xMd7HX2Y+lLeWqrbhYqR+7dRmAjtxLNk18xCcAAooSr3DoAh5N"
    "oDdGTO7tnoiuMu9tXk+V33DorVkkvzk/Mgm4aFytyGdKpRWMsG5ukrzY+pNRXnczJscm+7"
    "yZkdY0I12PJsgOHGT/SobF81FGYslsxGJZ6wsZamy5GwI7QEAmMwGuGCQ8/kYuNg2o7AOy"
    "WMwp1I1SknuC3gAyihYFIfAwQZ4smsrsJoWpztdev14EVNxaf/GqiX+a+OfWxj+/hCNFVY"
    "AjcQNtBWijwUTTIEi0jPehcbbANoZaOo9PbfHr+cTBeuuRE40NAu5EmYW2cDlyZGjpQJxR"
    "aoGzuu5pwcQL51FePyeXBGAVPp7WM97hJs+/DoIMWeTB09tnlVNr31kn6x+xQsgCj2NH93"
    "XKqZo3qmlvVHO8Wz6Cd4i+gyWnrqfKu0s8W6GkZcNpZb9WuPsSMJ/coeigPZmwN0nJa2PG"
    "sTfiIKpduqFQmJ43yvEkHU8MAUoeWNGZ67XcQi9bbzebPap8g/csta/ZwG02cDfTk2CSIG"
    "33knWTy3fFXL46ndLkFKjSLRtjAvUQxaNJsfkTlS0xfWAitczoKUf9GxZ2FJkG/xS74BtX"
    "5pbP+FFeIJ0XP6XSwje/luSS8rXSQDgSbyG6L/f2qoyre3vl4+refC4R4nFUlKzl1+uryz"
    "KbdaaSn/axIEn/A47gS1uI9gJwJRiLgyb5+Eg36wWQFbx97int6f/WGGxc"
)
