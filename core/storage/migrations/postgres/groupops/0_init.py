from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "account_links" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "account" VARCHAR(191) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_account_lin_communi_7ee7df" UNIQUE ("community", "account")
);
COMMENT ON TABLE "account_links" IS 'Another platform account of a member: events from `account` count for `member`.';
CREATE TABLE IF NOT EXISTS "activity_days" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "messages" INT NOT NULL,
    "last_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_activity_da_communi_bbc819" UNIQUE ("community", "member", "day")
);
CREATE INDEX IF NOT EXISTS "idx_activity_da_communi_c25066" ON "activity_days" ("community", "day");
COMMENT ON TABLE "activity_days" IS 'Messages a member sent on one community day: tiers and honours rank by these.';
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
CREATE TABLE IF NOT EXISTS "chat_days" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "messages" BIGINT NOT NULL,
    "joins" INT NOT NULL,
    "leaves" INT NOT NULL,
    "removals" INT NOT NULL,
    CONSTRAINT "uid_chat_days_communi_d81bdd" UNIQUE ("community", "chat", "day")
);
COMMENT ON TABLE "chat_days" IS 'Counters of one chat on one community day; the engine adds to them once per batch.';
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
CREATE TABLE IF NOT EXISTS "health_alerts" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "kpi" VARCHAR(32) NOT NULL,
    "period" VARCHAR(32) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "sent_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_health_aler_communi_a26680" UNIQUE ("community", "kpi", "period")
);
COMMENT ON TABLE "health_alerts" IS 'An alert sent for a KPI outside its band; one per community, KPI and alert period.';
CREATE TABLE IF NOT EXISTS "honours" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "month" DATE NOT NULL,
    "title" VARCHAR(32) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "score" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_honours_communi_7e279c" UNIQUE ("community", "month", "title")
);
COMMENT ON TABLE "honours" IS 'A monthly honour as settled: `month` is the first day of the month it covers.';
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
CREATE TABLE IF NOT EXISTS "member_samples" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "members" INT,
    "readers" INT,
    "muted" INT,
    "sampled_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_member_samp_communi_fcbed2" UNIQUE ("community", "chat", "day")
);
COMMENT ON TABLE "member_samples" IS 'Members of a chat as its platform reported them on a day (the first count of the day).';
CREATE TABLE IF NOT EXISTS "membership_moves" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(255) NOT NULL UNIQUE,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_membership__communi_951ae6" ON "membership_moves" ("community", "at");
CREATE INDEX IF NOT EXISTS "idx_membership__communi_f1dea5" ON "membership_moves" ("community", "member");
COMMENT ON TABLE "membership_moves" IS 'A join or a leave, keyed by its event: the history retention is computed from.';
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
CREATE TABLE IF NOT EXISTS "redemptions" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "number" INT NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "item" VARCHAR(64) NOT NULL,
    "cost" BIGINT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "settled_at" TIMESTAMPTZ,
    "settled_by" VARCHAR(191) NOT NULL,
    CONSTRAINT "uid_redemptions_communi_01229a" UNIQUE ("community", "number")
);
COMMENT ON TABLE "redemptions" IS 'A shop item bought with points; `number` is what admins and members quote (#12).';
CREATE TABLE IF NOT EXISTS "referrals" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "invitee" VARCHAR(191) NOT NULL,
    "inviter" VARCHAR(191) NOT NULL,
    "joined_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "settled_at" TIMESTAMPTZ,
    CONSTRAINT "uid_referrals_communi_ba2d8e" UNIQUE ("community", "invitee")
);
COMMENT ON TABLE "referrals" IS 'An invite waiting for its invitee to stay and speak (then confirmed) or leave (dropped).';
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
CREATE TABLE IF NOT EXISTS "speaker_days" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "day" DATE NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    CONSTRAINT "uid_speaker_day_communi_a60d17" UNIQUE ("community", "chat", "day", "member")
);
CREATE INDEX IF NOT EXISTS "idx_speaker_day_communi_78cebf" ON "speaker_days" ("community", "day");
COMMENT ON TABLE "speaker_days" IS 'A member spoke in a chat on a day (distinct speakers are counted from these rows).';
CREATE TABLE IF NOT EXISTS "tier_marks" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "below_since" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_tier_marks_communi_69cf23" UNIQUE ("community", "member")
);
COMMENT ON TABLE "tier_marks" IS 'Since when a member''s computed tier has been below their current one (demotion grace).';
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
    "eJztXW1z2zYS/isY9UPtGTWXOGmSc+Zuxkl9V/f8kol97+lIEAlJqEhCBUArGp//+2HBd4"
    "mUSEWUSQYzncYidkHyAQg8u1gsHnoTzvw5m4tnZ5bFfE9eUm/WO0UPPQ+7RP2RL9BHPTyf"
    "p4vhksQjR+vgQHTgKFldgkdCcmxJVTjGjiDqkk2ExelcUuaBypnH5JRwNHewHDPuorAOxM"
    "YII5e4I8JPEbknnhRozJmLhqHEEAWCSgsNA8HhM7ipzSx1V+pNaqrf9+jvPhlINiFQtbrL"
    "f//bs5jrqgK51K8d1ND79Vf1g3o2+UIEiMHP+WwwpsSxM2BTG9T09YFczvW193Ry4cm/aF"
    "l4q9HAYo7veon8fCmnzIsVqLqjujohHuFYEriD5D5g7vmOE7ZR1AzBSyQiwVOmdGwyxr4D"
    "LQfawQMk13qDwfXN3eD2/G4w6K21aqSRaojwksU86BHqUYUGYAKP8MMfT05evnxz8vzl67"
    "c/vnrz5se3z98qWf2860VvHoOHSdAKqtKYXfz14voOHoipbhd0SrjwqHWwxIGWbowE/Uzb"
    "ZRvhwxTz/CbIKK20hHrF1ZaIcN/UFNGFpC2Sj+YQjeHiLwOHeBM5VT9fv9qA8z/OPn34+e"
    "zT0etXx1mwr8OSE10EsCcwR19FBZBTKh2E+MUfX5TAWEkVgqzLsigHI1UVkBMNg3E5jC1O"
    "AI8BzunMP6kSSV1SMGpkNFfwtkPVZ9EfLUR/A9h3F1fnt3dnVx+heleI3x2N19ndOZSc6K"
    "vLlatHr1faJa4E/fPi7mcEP9F/bq7PNZxMyAnXd0zk7v7Tg2fCvmQDjy0G2E5jEl2OLj3C"
    "FD2epaYJuDDC1myBuT1YK2EnrEh2vcg9cVevYA9PdCMBmvCcKdol6b2aXn7CyyJelghs5W"
    "WB6MDGy5K87IoIoR5NxCQJCQKsyVP/ERRPfkjVqCgDJVxJejZS3Zn56m+OvRkaLZEiSIKs"
    "s7K9176dkyWjnKp0jZmtCMcihq0ZttbMgbZutmZ4RP08wsY5nRgIRD7Aofgm1tBCnDfACi"
    "xgrVsGM8c6boXDb1pl+yC8L8Se1zsIn7x49ebV25evX8Vjb3xl05AbDa8JoA4Wcgcim1Iz"
    "LNaw2EIW69tUnnuSF5HYpHwbhwXJgcMm5fjr+T3hSwTAuFhSCzGO1GP62EFAhpl3ihZT1k"
    "eSwb9uH9jkYkqtKeK+o6pTTHQxxRKRe2oTz1JXAv65WKOydd3os2IriKjubz9DQ2oPERVo"
    "+KAdlWhGlo/f4QfvcdhHgikNJaggBJEFp1IS4NEWgWqUAkdsDJeoFIGjU1UtkE0cqspU9Q"
    "X8eTNDThmySnClUGKu6qnIoIuJRS5/3pFUPC2BzlCKkx9/LEEplFQhpdBlhi03gC1b07wp"
    "dAPC09y5s0Zwe7328mQ1krJKpkis0MHOWwvC4YhdAeJEw/Thkn0YHqpaJw41OtiLX56UgP"
    "jlSSHCUJQFGPhUFXgj+c513/3PbhE5XYf3jnwpsLrTOh2AeJNFeP6vu4wxGEF5dHX2r+OM"
    "QXh5c/3XSDwF/YfLm/crkDNfKhZWqUOnVA4IuBL1iX2Ynr3/QcMmElOnSr9ONA4I8sNjV/"
    "q1WTrdqSna4HRKN7Pv2cwjO7RyRnEPjRya96aNO+ZY/IDdOaYTr5frVoxL+5udilYoVzZY"
    "EUUK6EjX98PIX/YRJ2PCOVbNrcx6B2YrpeswKQlXpXMGjX+s/XrgguO+56kugoRUvTYnYH"
    "H/9/jsffaGqiOO6WSIpkwBHPgcqUQLLFA4sKIFldM+GmqdYSwxVRLwSYKjcYw5Ovrl9uYa"
    "jZicHpdcedetY0IhzeJ6e6biug0q/W8FhCN5A24JcGfqvaqAG8l3ENwXr8s4slZJRMqP9X"
    "rNUUhlNTdLrNABJ0Bt6zcJvjD7+jnRDcUAJxqmA5fowAEPqmLxJxrG4t/B4td8sgresYKB"
    "+yscLKNqFC6j1bmhupYVHdVPuRQ7+DgyisaR1TgnR2bpw7N3aeKUmnFiNbl9jT/6m2hmf2"
    "7v2MxZTdPMjWvmxrmkN4S7ZkX65ZzTAwjupKS0jzrYh/G9QHNFMxD1EI5dyqdRrCj2ZF9d"
    "H/lLwiHkVIndU0kg/DRxMPM87/Sea9/uPrZSvvxwi4lxJhtncnsG2NpjT1MfSGmUUzoGZL"
    "MdrikGtfF91un7hJG6iicukjeOOBPpZEwOY1l+Y83cHMtyiuWZQ3GA37pVGRf3t1iUSnCA"
    "QbK8NQk6SML/1F/KbLMRtdHRHXHIhGMX6fugH/6MhD8nXP86PoXEHIg5WjQITYL9j3DRI4"
    "vckKdabrJ9U2Oh4ajqHXAyrsJFUiqd26q4R7pXbC6qZquKeUqliwTQ5K46LPrqBe0bz1mG"
    "31pL5q9wWGj29FWYxioqLDN1lU9f9QHSBkLaKDYOUkrB3JKXXuqdnjHUF0dVicIzmkTcYA"
    "e9mm7QCEtruj5r1XOLEv7QcOtwXhor4wg1jtAGj6/f/Cb8dlMHk65qj+mqNo2+ncxYdZAx"
    "OEH+N2USVskSFst3BvD9pQgj+L5SxrVEwYC5CiYnLrtXT18BzrSKARQAbZRp80nbXAWmza"
    "cgZdg206acWVOM8Ve4uiq6XIyL6ytcXM01BJ4O+P3bAdFZH1VATut00B7Yf+YMsxGs3o1g"
    "xk9bjL7x09ZEZog1o0UpFcLCrWRGi9XAZyrl8zeOUOMIbfAAZoIVDwmwcYY2wxlqKM0uQD"
    "aJwrQgVCqaLIq9MmmJbWwmlK2w+yZZ+sUCwSkJSCw9i9jB4ZKCSKn6gcgNgiqv+RXunqdN"
    "PdMgh8++pt1itgMZZkW1rMoplQ5OxPtnOsYLYbwQxgvRLS9ENA3eBjPellk8kio5ky8H0U"
    "RadkIP5WEbK7Zd6sUhyqOlnrIh5+LRyGHWzKFCQlJGayb6aOwwZqt/qANBYn20IA5kZ+7n"
    "TPx7vsNnT88ifaTw4Oxe1RNYd+L4FC45VF1hHpJsDqFrEJsWzjo6faSYsgVs2A2C1r7MGZ"
    "clA9Nm5Cv9MN+KE+Yr15KNe+WJSQd09AoAh+IG2hLQ3mPHr5QsLFY4IJ+DCuridIfepWi2"
    "r+3UFA0idJV2KVbLCpfV6pzFtDe/cGO4888EO3J65hAu82lzWmALY55q0QEG2bJkWRFYEA"
    "9O8x4zjjD628cLxHwpqE10avKRIpnv9CYJ2PgQk4++FgQCGtSgCimzc9xktdyiBLmdU/0N"
    "aB2z3GiWG1s0kdXOh4NvozQfDj+l7kG7/yircLypgG6iYQAuAXCBwfEXh+GKFscYVFqI8K"
    "Y13Ju/v788Rx8/nX+4uL24uc7yWl0Il9QFKjUGn87PLleT+qh5epccuYmaMS0aZ1o0h/Ay"
    "j/m8gOsGZdtorpYqn1yReXLqLFGgBiu14L11iH2KhrpMH9QNvtMx5ULC/t/Iy6qL4Ugdi9"
    "0TnrsEvOfaS0TRgZbGQ6+LGV5reG17RtHaw+iij6NskFes8E2HebVhTb7FjNUEdx4gE6XF"
    "eE4X3jTDxSqH26HZkXnORJsYi+FwFsMlsSeEb8jRnhbYYjs4WrSk6TCfE8/+gXmK3ofp6g"
    "L1d2g4I8shcvGMCEQUeV8iDG+KqE3cOZPg6D4ahhtrTh+C0fzx9EGR/8fhcY4ZUeedtkee"
    "5u/T+dWYEsaUaO7wanbktJ+02cTJS2+9aSyJVQxp25m0KeYlWKXDBxKNDnbtboWbNWi/Ri"
    "3x7U+Z/KRBkTBm74Cx5lppzV0FLCnXkLuKGdQmGy6MjS+7/jNXsswLz72KaPCz0LAK1mYo"
    "D1dnsGVBjtjvBVLjBuHEs0jeos8+qjxAdL6xyYxNZnhVF6GtxRp72n3GXedWDrNwtUW2RG"
    "MnhBt2BHHdi2ztOIosnQSphceRQcrdneyDjKI5X7tp1kE2d/B4l/C/lJpp30a3LxZyEOYr"
    "36Wd19VNeze+vZWNTO93bu6MtmntJre2Ob7gqVZVRtjBnlUxBimlZHDfDXdJqy3TRvKdM1"
    "v3b1PB7Xw3eKwKCK+oGaBzgW6YR/4Wu3P9oIV++VCiX8Y7PxBauKSTPqhfn8uGg1PZsND7"
    "gqMc74gTSGtD7OgUNiUHOymOko0V2sseba1QZTlhVvXc5rN3/ffLy+Bw07gimxGBPCaRwE"
    "tzSly7pxrj9n9it785Jc4kRm7YjpnUGnQWtg0mVqyxE9NvmM28/0O2sF0N0JSGAXQdUNeH"
    "N6/QPyN5A+Y6mAGb3WXhI6tpAqMa5zxrmBkmpnR+xe43GmKxTL9UoJSSHrjsvnxCdFisQz"
    "pPkz4Wso9mZBnkNgVjidwTTwbmzpQKyfhSmU2wEYVCSJSAgKg5jCU6CXpe9NS+q6+8wUV9"
    "i0rA7Hppk6llQqprDPs1Zuw60saMbZsZa3Zs1Y/xTL1apXE4lO8ivnuPrqpuXRirwlgVm6"
    "2KG24X7bYIirbYEIzbVfZa+FzNWoIAmcfhIQanyBfRyQjxuiCCVVihU7sC01clkAILCv72"
    "8SJ3y8V+av7sDeNtGHFmLjFl8+8FglMU9Osiar8LChRkybYNEOfEAhE4jqH0Po64grVlnQ"
    "ITZM02Se2uMvZJM+0Tw6HNrvyOcDzswhp3DhUhFnWxU8BEYqVVNhJoPQu1Wwj5ppWh8w8X"
    "V2eXRy9e9YNwjySxagT+q+drdqDPYTqoNlKkdA4YT/Ph+t+9g3TktyW68dvCTvw2Z5N4OO"
    "VWwDijZAaLknnXmCJmlWBONExg2Aq+ORF4Zke+MRHrNhF9OWJfLiRxe/l2YlLe32IsasmS"
    "xqKHYFuBssuABVMJSzoLqhMiC2RhZdlpG84mDlUGnCrEY0k4vK94pww09Cc0fNBrRbB89P"
    "jdg/c4zD97pI6blFlySm0vDKMCKxpvxUNorulmFjdSixvGUHtiQy3u8xVQTut0EOQa2IFZ"
    "UTKrHW3tvBJPqmAbinfOZqhh6OWU8dwJ7tbFjlPoEE7rdSm74suTN69jXzD82OT9vb06u7"
    "xcDwCc46XDcM5gUHzOaUqlE+PBJnurjnNOW5LQAzI3h6eZt3PNWdl1c1kl8Dqt0plNq3sL"
    "FSacs5wFiuJxIlbowNR26DGCEwHPXwHtRMPAXRlu443cqSna4I3M7Adj3i6pQlJqJkdI09"
    "q3Md7mj5xZRAhin4NftZfrcV6R6W/2Os8j6YF21ZYMVjqP3LoCYQf2ki0TH/EpwoiTxCsc"
    "uICtKfYmwbbuqeoq697m/VS53bdc6EU2QfKH8yMzX6rGrbTymVLphEVYt22SfNjVJ6NV3c"
    "NQjkP2eTMj7WlG+kTgLKUQ/pzZKFW+ZSbisWTpiFmIPUVUGdRoxPzJVAbLk8EhUO/Q0PMh"
    "ek1Hqi50whLbpV4Q3Rru7kO/+0wSdPTdi5O8k6VquMH2iNegUpPFxISutnY2279bPvwo1j"
    "Au7OWJQpe88ftLcGBCgWtfAKVh0E/pwJRQvoP41rAfVJGoavNepNGl8eDA2SLNqlLO0LF3"
    "y804iguhb7vZlvmYiJQ7psXJaBp3cRtaeVTJQMhqdWCxrSa61SA3yJhwjp1egRMkLO1vc4"
    "EEcmUdIHCK2r2ijWiBqVTwozHjOjo7uEyQZEjNwEvtkRBzgmc6GysEdHtjyl1iH0MuIZ1J"
    "CB3ZnM3n6lJuJHhtN9ruEAnvYTwiTSKFxiPyxAZQ9FVUADml0kGI67HhNWSVHCUpFYNyOZ"
    "QbczJW07DvFBM2zoMDOA+MVdnVb6kxts6tNSW2r7rKL2zUy7V3MhJbbB4RyQ5+Y6MKWVZH"
    "yPYJgkVX5DKXePId5BfyOfQBKBYIczc8TNojXyRiVpgHQlkxYJqooiWcS5F7SPXe66+26V"
    "Xdunq+IrPl1Wx5ba0581swUpQFOBQ30JaANhxMKtKBRMvw6sZxgTburus9PNZFqg+9lWPO"
    "HFotBVWicUDAnfAwmfoHrb1noAqJVhWIM0qdWzLZ/7Rg7PF1lPdvj4MBsIs1ntYztniT51"
    "+HYEEGbOFVcxOvqO30RTWsVesesQLIfE9Sp+rntKJqvqimfVHN8W6pL5bY73HBfoakuL/F"
    "r6UFByNcfjuDkg2OTQ10kUOFPEVUInUfhxJYbYetb3wZnL/KxtGvyNuAFlMmCOK+QwSRCB"
    "5e5Di3arnPZy9O+g31oaOhy2z4gNTrPUuBMTzuI9XwOlKAaS9ZuFfiexH40WBNp7TLDG6l"
    "ZUXl44eMu6wOd1nUIKWnQZoblWs8OXkToO7lFcCN5DsIbi3r0MbXe5BuzBUZC/YDlnVYJR"
    "odMOwP7a3aiTAbqtxYqmz2CnxzzezQ8W6tnFE0n3LT2rg5Vi/EbBP+E1728s3epLy/xe4N"
    "JAc2XpY2fAMDEIk5mxEwPnFoeMJfqh50ZCsrgXqWRGHtEHwBx1OpWSo8zBYMSTBJ2ULk7u"
    "Sv4xbbQ9ejnME2Xjsmt/gkKxA2J1WZ4PYGz63mtNd2G7rheLTOJApiQXBe183whxbivAFW"
    "IAQmY8K3tYXvjhJ+hfksnwDFpVvoDxygOXCVYEnyc0vjgFGcOMLVjDH3gXdAdWiKBRoRJT"
    "EiDluEMadBsCkwGNhRR1ymT2qZqLuRHAJU3222k6AC1mMYjmE4bRntzFmcbZlO0hjrcWwg"
    "aO5Rhpv9Jiuqxj1mXCdFvOGfmHsK6E/62XKYQ6p8C3dYBJKl3SahfOykGC31croSw45ed0"
    "eOApHwZ2hIbZ2lELbsY9+mEqk5nS8VBYDTutVPIcOHWXGb7PsWnz1dE1SpyQiIfZlT1Rcg"
    "PwD2ghSKSPUhzKEudPQH34OH6KM/cAg2gL9FH/mezQr5x2b3SpqOmGABs7fm6YdiwzXazz"
    "UgFqoKwpF8B9aza3cGmjXOrpK4TDPDnL9bM2c0zSpn01q5MVT9jHBqTfNpeli2haLjRGob"
    "QS9u3q84pCKPm34rjrGvTH5cTEPvCRc0LyCtePpOqXSQIe2R/KcOy1OfVQWEQ/EOovvi+f"
    "My/PP582L+CWWroavKPvdyps5fbm+uiwypWGV1zqSWRP9DUWx2y9DeAC6AkZkp1+IrV0Mp"
    "V6ZAqOD9U69aPf4fp0LZ3Q=="
)
