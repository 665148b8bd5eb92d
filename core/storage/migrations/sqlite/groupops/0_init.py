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
CREATE TABLE IF NOT EXISTS "coupons" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "title" VARCHAR(191) NOT NULL,
    "cause" VARCHAR(191) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "issued_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP,
    "redeemed_at" TIMESTAMP,
    "redeemed_ref" VARCHAR(191) NOT NULL,
    CONSTRAINT "uid_coupons_communi_4df8bb" UNIQUE ("community", "code"),
    CONSTRAINT "uid_coupons_communi_c2215a" UNIQUE ("community", "cause")
) /* `cause` names why it was given (`challenge:club:week7:telegram:user:42`): one coupon */;
CREATE INDEX IF NOT EXISTS "idx_coupons_communi_136882" ON "coupons" ("community", "member");
CREATE TABLE IF NOT EXISTS "federations" (
    "id" VARCHAR(32) NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "owner" VARCHAR(191) NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* A federation: communities, possibly of different operators and platforms, that share */;
CREATE INDEX IF NOT EXISTS "idx_federations_owner_8011a1" ON "federations" ("owner");
CREATE TABLE IF NOT EXISTS "federation_admins" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "federation" VARCHAR(32) NOT NULL,
    "account" VARCHAR(191) NOT NULL,
    "added_by" VARCHAR(191) NOT NULL,
    "added_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_federation__federat_28341f" UNIQUE ("federation", "account")
) /* An account that may ban in the federation's name, promoted by the owner (who is not */;
CREATE TABLE IF NOT EXISTS "federation_bans" (
    "id" VARCHAR(255) NOT NULL PRIMARY KEY,
    "entry" VARCHAR(255) NOT NULL,
    "federation" VARCHAR(32) NOT NULL,
    "account" VARCHAR(191) NOT NULL,
    "reason" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "actor" VARCHAR(191) NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "lifted_at" TIMESTAMP
) /* One account banned in a federation. `entry` is the audit entry of the ban that decided */;
CREATE INDEX IF NOT EXISTS "idx_federation__federat_4fe8a8" ON "federation_bans" ("federation", "account");
CREATE INDEX IF NOT EXISTS "idx_federation__entry_7fb9bd" ON "federation_bans" ("entry");
CREATE TABLE IF NOT EXISTS "federation_members" (
    "community" VARCHAR(64) NOT NULL PRIMARY KEY,
    "federation" VARCHAR(32) NOT NULL,
    "joined_by" VARCHAR(191) NOT NULL,
    "joined_at" TIMESTAMP NOT NULL
) /* A community in a federation (one federation per community), joined by its owner or a */;
CREATE INDEX IF NOT EXISTS "idx_federation__federat_6d6f25" ON "federation_members" ("federation");
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
CREATE TABLE IF NOT EXISTS "join_challenges" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "chat" VARCHAR(191) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "mode" VARCHAR(16) NOT NULL,
    "answer" TEXT NOT NULL,
    "choices" TEXT NOT NULL,
    "attempts_left" INT NOT NULL,
    "via" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "message" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "due_at" TIMESTAMP NOT NULL,
    "done_at" TIMESTAMP,
    CONSTRAINT "uid_join_challe_communi_7ab41e" UNIQUE ("community", "chat", "member")
) /* A newcomer's captcha: asked on join (or join request), then passed, failed or timed */;
CREATE INDEX IF NOT EXISTS "idx_join_challe_member_0d0dc9" ON "join_challenges" ("member", "status");
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
CREATE TABLE IF NOT EXISTS "link_codes" (
    "digest" VARCHAR(64) NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "account" VARCHAR(191) NOT NULL,
    "claimant" VARCHAR(191) NOT NULL,
    "expires_at" TIMESTAMP NOT NULL
) /* A `\/link` code, kept only as its SHA-256 (the code itself is in the member's private */;
CREATE INDEX IF NOT EXISTS "idx_link_codes_communi_05532a" ON "link_codes" ("community");
CREATE TABLE IF NOT EXISTS "link_guesses" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "account" VARCHAR(191) NOT NULL,
    "at" TIMESTAMP NOT NULL
) /* A wrong `\/link` code, kept over the lockout window so a restart does not lift a */;
CREATE INDEX IF NOT EXISTS "idx_link_guesse_communi_c5e988" ON "link_guesses" ("community");
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
CREATE TABLE IF NOT EXISTS "membership_periods" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "plan" VARCHAR(32) NOT NULL,
    "kind" VARCHAR(8) NOT NULL,
    "reference" VARCHAR(191) NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "amount" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(8) NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_membership__communi_e9c2d4" UNIQUE ("community", "reference")
) /* One bought period: `kind` start or renew; `reference` the payment (a Telegram Stars */;
CREATE INDEX IF NOT EXISTS "idx_membership__communi_cd5e34" ON "membership_periods" ("community", "created_at");
CREATE TABLE IF NOT EXISTS "orders" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "amount" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(8) NOT NULL,
    "reference" VARCHAR(191) NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "plan" VARCHAR(32),
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
CREATE TABLE IF NOT EXISTS "paid_memberships" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "community" VARCHAR(64) NOT NULL,
    "member" VARCHAR(191) NOT NULL,
    "plan" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "started_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "renewals" INT NOT NULL,
    "ended_at" TIMESTAMP,
    CONSTRAINT "uid_paid_member_communi_ae5124" UNIQUE ("community", "member", "plan")
) /* A member's plan: active until `expires_at`; then lapsed, or refunded. */;
CREATE TABLE IF NOT EXISTS "partition_fences" (
    "partition" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "epoch" BIGINT NOT NULL,
    "owner" VARCHAR(128) NOT NULL
) /* The newest lease epoch of an event partition: a commit by an older epoch is refused. */;
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
CREATE TABLE IF NOT EXISTS "saved_windows" (
    "id" VARCHAR(255) NOT NULL PRIMARY KEY,
    "community" VARCHAR(64) NOT NULL,
    "saved" TEXT NOT NULL,
    "until" TIMESTAMP NOT NULL
) /* A moderation window (who sent how much lately, who posted the same text), saved with */;
CREATE INDEX IF NOT EXISTS "idx_saved_windo_communi_443913" ON "saved_windows" ("community");
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
CREATE TABLE IF NOT EXISTS "spam_lessons" (
    "id" VARCHAR(255) NOT NULL PRIMARY KEY,
    "scope" VARCHAR(96) NOT NULL,
    "label" VARCHAR(8) NOT NULL,
    "text" TEXT NOT NULL,
    "actor" VARCHAR(191) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "undone_at" TIMESTAMP
) /* A message taught to the spam classifier as spam or ham: by an admin's \/spam or */;
CREATE INDEX IF NOT EXISTS "idx_spam_lesson_scope_6cfdb9" ON "spam_lessons" ("scope", "label");
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
    "eJztXW1z2ziS/iso74fYVRpP4mSSjFN3VU7GM5NZJ04l3tu5XW9JEAlZWJOAlgCtqHL+74"
    "cG+CqREqmQMkWjampik90g3QCBpx90N74d3AQ8nPGZOD5zHB4yeUHZ7cEp+nbAsE/UD8UC"
    "A3SAZ7Psbbgk8djTOtiIDj0lq+/gsZABdqS6OcGeIOqSS4QT0JmknIHKGeNySgI087Cc8M"
    "BHURuITxBGPvHHJDhF5I4wKdAk4D4aRRIjZASVFhoZwdExPNTljnoqZTcttR8y+p+QDCW/"
    "IdC0eso//3ngcN9XN+RC/9mmhYN//Uv9QplLvhIBYvDr7HY4ocRzc8amLqjp60O5mOlrb+"
    "nNeyZ/1bLwV42HDvdCn6Xys4WccpYoUPVEdfWGMBJgSeAJMgjB5iz0vKiP4m4wf0QqYt4y"
    "o+OSCQ496DnQNi+QXjsYDj9eXg2/nF8NhwcrvRprZDoiuuRwBiNCvarQBriBV/jh55OT58"
    "9fnTx9/vL1Ty9evfrp9dPXSla/7+qtV/fmZVJrmaa0zd7/9v7jFbwQV8PODEq4cK91sMRG"
    "S3dGav1c3+U74d0UB8VdkFNa6gn1Jy73RGz3dV0RX0j7Iv1odtEZPv469Ai7kVP168sXa+"
    "z8P2ef3/1+9vnw5YujvLE/RndO9C0we2rm+KuoYeSMSg9N/OznZxVsrKRKjazv5a1sZqo6"
    "Rk41rI2r2dgJCNhjiAsG8y/qjqQ+KZk1cppL9nYj1eP4hz20/hpjX73/cP7l6uzDJ2jeF+"
    "I/nrbX2dU53DnRVxdLVw9fLvVL0gj6+/ur3xH8iv5x+fFcm5MLeRPoJ6ZyV/84gHfCoeRD"
    "xudD7GZtEl+OL93DEj25zSwTcGGMnds5Dtzhyh1+wstkV2/5J/7yFczwje4ksCa8ZwZ2SX"
    "qnlpdf8KIMl6UCG3GZER26eFERl30gQqhXEwlIQoIAamLqP4KSxQ+pFhVkoCRQksxFajjz"
    "UP0cYHaLxgukAJIgq6is8dY3Y7J0llONriCzJeFExKI1i9a6OdG2jdYsjmgfR7i4YBADgC"
    "g2cCS+DjXsoZ3XmBVQwMqwNCvHqt1Kp9+syuZJuCmLPW13Ej559uLVi9fPX75I5t7kyrop"
    "N55eU4N6WMgtgGxGzaJYi2JLUWzoUnnOZFAGYtP7mzAsSA49flMNv57fkWCBwDA+ltRBPE"
    "DqNUPsIQDDnJ2i+ZQPkOTwrz8ANDmfUmeKgtBTzSkkOp9iicgddQlz1BWDP+crULatB10r"
    "tIKIGv7uMRpRd4SoQKNvmqhEt2Rx/xf8jd2PBkhwpaEElQlBZB5QKQngaIdAM0ohQHwCl6"
    "gUhuhUTQvkEo+qe6r5Evy8HiFnHFkluHRT4kC1UxNBlwOLQvy8Jah4WACdgxQnP/1UAVIo"
    "qVJIoe9ZtNwBtOxMi5bQNRaeFq6dLRr34GB/cbKaSXktVyRR6OHgbcXC0Yxdw8Sphh3DFc"
    "cwvFS9QRxp9HAUPz+pYOLnJ6UWhlt5AwOeqmPeWL53w7f51S0Gp6vmvSJfS7zurE4PTLzO"
    "Izz/8yrnDMamPPxw9udRziG8uPz4WyyeMf27i8u3SybnoVQorNaAzqjs0OBKNCTubkZ285"
    "OGSySmXp1xnWrs0Mjf7vsyru3W6VZdsQ+kU7abQ+ZyRrbo5ZxiA50cufe2j3tGLL7D/gzT"
    "G3ZQSCsmdwfrSUUnkqsarIhiBXSo2/thHC4GKCATEgRYdbdy6z1YrZSux6Ukgbo749D5R5"
    "rXAwouCBlTQwQJqUZtQcBi88+4ZtdspAbihN6M0JQrAxvOkUo0xwJFEyuaUzkdoJHWGSUS"
    "UyUBnyQQjRMcoMM/vlx+RGMup0cVd95179hQSLu5vj9LcdsOlf63hoVjeWvcCsa9VX9XHe"
    "PG8j007rOXVYisZRCR4bFerhCFVNajWRKFHpAAre3fpPaF1TcsiG4oN3CqYQdwhQFscFAd"
    "jz/VsB7/Fh6/xpN17J0oWHN/B8Eyrgfhclq9m6pb2dFR4zSQYguOI6doiazOkRy5rQ/mbt"
    "PFGTVLYnW5fy0f/Si6OZy5W3ZzXtN2c+e6uXOU9Jpw17zIoBo5PYTgTkoqc9QmD+OJQDMF"
    "MxBlCCeU8mkcK4qZHKjr43BBAgg5VWJ3VBIIP00J5qCInW649c30sZPh8qMUE0smWzJ5fy"
    "bY1mNPMx9IZStndKyRbTpcVxxqy322yX3CTF2HiYvlLRFnI52sy2E9y0fWzd3xLKdYnnkU"
    "G/utepXJ7cEGj1IJDjFIVvcmQQdJ+J/6SbltLqIuOrwiHrkJsI/0c9AP/41EOCOB/u3oFA"
    "pzIO5pUROaBPmPcJGReWHIUysP2ZzUWOo4qnaHAZnUwSIZld6lKjYI98rdRdVtdW2eUekj"
    "ALS1q3ZrffUHupfMW0Tf2p6sX9G00O3lq7SMVXyzytJVvXzVOygbCGWj+MSUlIK1pai81B"
    "u9Yqgvjqo7yp7xIuKbDHq13KAxls50ddVq5xEV+NAodbiojJUlQi0R2uH59dEn4e83dLDl"
    "qhosV7Vu9u1lxaqdzMGp5f+tXMI6VcIS+d4YvLkSYQTf1aq4lipYYy4bMyA+v1NvX8OcWR"
    "VrUDBop1ybz9rnKnFtPpuSYZtcm2puTbmNv4Pqqkm5WIrrOyiu7joCD2f45v2A+KyPOkbO"
    "6vTQH2i+coZNBGs3EczytOXWtzxtS2CGOLe0rKRCdHMjmNFiLeCZWvX8LRFqidAOT2A2WH"
    "GXBrZkaDfIUAtptjFklyDMHoRKxYtFOSuTldiEZiLZGtk36dYvFghOSUBiwRzimsMlBZFS"
    "jQNRGARVXfM76J6HLT3TIcKnqWW3HO1AhVlRr6pyRqWHC3HzSMeyEJaFsCxEv1iIeBn8Yl"
    "a8Dat4LFVxJV8M44W06oIeyUMaK3Z9ypIQ5fFCL9lQc/Fw7HHn1qNCQlFG51YM0MTj3FX/"
    "UA+CxAZoTjyozjwoWPgbfsI106vIACl7BPxOtWO8O3F0Cpc8qq5whiSfQegaxKZFq44uHy"
    "mmfA4JuyZo7euMB7JiYNot+U4e5rGQMN+5l2zplQcGHTDQaxg4EremrWDaO+yFtYqFJQo7"
    "xHPQQFuYbtdZijZ9bauu6BCgq5WlWK8qXF6rdx5TY7xwh7Cz+rdsA8/c24iTQaoiOB45OB"
    "RkhOBZUFN8EZcUv6F3hKHDUVLs5dTxwvHpnJDbV6cySus7VbrB6YuTkcKlJmkifsEcPm7j"
    "IdcMsi50w8em4nkoRqeIChESBakVwGUoIC4hPgHovUig+ROBflRKphU46xGK2/gAkol7zX"
    "jgQsGbUawKuWn6xQHdU3n0Bs2A1hspWE3Vx62mzpFuQD82ejU4xJFxhfGhRA5SyxstPaFx"
    "OTGEu6TgMEb9V2468DxbWMfum9p9026uyK0nkMAXVMvCbl/LsjcfMGY3pXdwjOMe0OH7bW"
    "GzmtaZI2IFa+E+VYE6MKBtR45K45WgzNtv4fXnFK3T32mnP3Uz6vZyXtNWsO5yLyfOZv1u"
    "XlK1/bwX/Vw7YSuvZ2m8ztN4v6ouU51By6i8zP3BejpvkkhW3u9OVU5RJv4NDhkUgo69Be"
    "wau3QyIQFhEvEZSPNA6N3jOI1KDEw5L6GGJVmh9Np4yDUDem+MGYJN8mN0OWdmBx32sY0n"
    "ieZTjnzsEmAQD4HScxwo4qILtNBAKbJbpRNdFUj/U3rK4QqhxtUT61Jo5Z9tIYG2/1F3Tf"
    "EKa8qI2bP12mPIzBivYd1EoYfmbYdgsFTvLgayDWzsLWjuIIw7g73DTVjOCFUGdEO9IVkV"
    "1iVgx0AmHy80Vori/NJWnwi90aqAWMB9LlMIpSdydAgQSu9QylVU1/wzrhmAOSWgMBdZc9"
    "70JA+IzVvYYMQHDUbM90nVlSyv1cOlrPmNtXi417ByRqWHJm4Fl6lFp3b8VFbH0i7VrVwf"
    "lGX1LCSzkGwzJHuLNwIyEKkOxxTUqQjGLqEOcISUlBbwVPoctbSxYzSCc9QWI8BBgIxw6F"
    "Kpz1ZbxEkbAK00znKJQ91oKzKLx9p5zDUD8kyQO9WGl3JlURFkJcEkpLBqTs7EvIVsAo0A"
    "cxcyl0O6Cxp5dGKcqFFlfq0E5EHAm35jS73tLEGwHPWR+GTDqsZOFHoIRFpJybS42uLqHu"
    "HqgGBRNJTLU35SjR5g6l3n+5A7WKKdWjlWWR1r8tomV1iQ19ozSRR6YGy7Y/Iwc7XdMbHu"
    "+VZhRoljVreXc4o2lKxrfdxBCuaDye/YwMJ8SLJAKhIxUbWLihtjmbJbS+wIOgRGI/O7zh"
    "mMpY8GCI6MMJtXFBgQvXkFKYGrO2MtPORafQazUDU4p3KqpVQj23Ap5axJVxbWDnEo7RcN"
    "s+79jtx782HV3NHJKVl4XgWeRyarDyhyihY1WkRRhih+J9iT0zOPBLIYTGQFNuCIqRYdYp"
    "CtEVsD4khAqPIEFmf010/vEQ+loDrYWMAuivtG75Dk1veBFoSdEdOCukm5W1ActJVHVCjp"
    "NaN6tGgdW2TdFgvYo+m19Spg5tuoauD4U+qfaZuHZtF8U8O6qYY1cAUDl5RZ+9XjuGadtQ"
    "mo7KGF11j0l8u/vb04R58+n797/+X95cc82tI34ZK6QKW2wefzs4vlJHa1Tm8BeTNqFvBa"
    "wFsKeDnjYQlxFt3bBHO1VGWOzOdMTr0FMmpQnx5q1nrEPUUjfS+JIJrQQEg49TyOH9K3Ie"
    "HO4XckKCx833DrFc4OAi1tD13+xOJai2v3ZxZt/fCg+ONYXbiKTZwoPOrDbWzpJVs9bM9D"
    "sYTDg4IhvG6FS1R2dy51T9Y5G1hhPYbdeQx/cMrexXVyDwodh7zIBv8B9maGSeHdyn4EI3"
    "M4oiJ4IpCDZ1I1cKrg/q05kALaRIc8MD8ERI1AIY+iarwzLASU5p1g6oF4gGBIryY9tPCM"
    "a+WVyGP0Sd9FAZ8LpP4+jjw4MUMrmUohcaJrXKxEvQAHByRb4KRqKd+p+aSzZXlz+/fp4h"
    "YVv6uX+/BYPBZ70sYuQUkLMYfTokVxjYWnhUthH4zbCuKzqHoHNq5ZVNrvb1Hp5uuYYibm"
    "RQO4PJkh1eiFgXedzOBMOXVIQXnecotnVHYYMfXt/qAnJsdSEn8mhfqOJgWrYSmWW9HbnY"
    "/+rNOwLrMPSnGdqTkS3+Eo1s5XWwO57cl5Typ5zwhzoxMk99HKPhEC39SDGKlK72JY7TG4"
    "3QEg+0DRZbvZDckWXZxq2e7tdvdytlX/pmo2ra1r/dsZhv2CuDckONfVTAr59azAYD277m"
    "nRiqT6DPDLD5x5CzTj0K3IqL9Bo1uyGCEf3xKBoF7PAmH4S6FIjz/jEkLJ4fQ84txSdvrN"
    "MDv3p99cvLgfHRUE6rT5pCpJa/bEuq5tYlqC/KGDdSyB2zqB6xJPFtAE6+aSRMWGRWwdFl"
    "FWGGjdSSe7Lwy0x3PHQx5j36GU7lYIg9pn9PTzaB5Lxlhvbj+9Ocpu38FGbLErF98dbPDj"
    "lNwQDgmuHCA1+hF0RgiUBuiWzCTS/hYWOsf3y+9nP5z89BIdQpwRyMBV4k0gPyKKPjL47o"
    "lAs4DeRYHXSxFSzT/kmkHkxdExumQOQZiZuKe4+OxMjQoC7iKVAzRyPEyV5eUIzTE8DrKZ"
    "zZPYhAa+qYLCJ9dsFOmPBqY2bfZsARPQlaq6pKIXWeouuvSGiFrBJqlG79bE9sucdNc/3H"
    "+rW/dwpyXrbZnYXRR5jFaNWtNFRqd30LoVK3foxOCujXELrRuE1r+FRIhybG1uVwHXNyBZ"
    "HV7PA85uCvHvHTFQ0uPOLQ8lmqthxudIcISRsrzEgUQuJ/pUKgSlLgvL/DXa/jWLhL8X2t"
    "oMgEeVAdAnAGvB1U4gbP3zluwyb5f5tcv8uuK+1Ur61qzjO1OynJn6usk8exyFJpj6ITSI"
    "KohEc8QTodZefcS4Q4oKkzTRZIUie2RhS5B0aQ9yHxd9uzPZR9O2strHB95XNW8s3zsKpZ"
    "XdSeWz4XqFYFKNrSzcsYDStgvB7ElSScqj72NOSWdqdndscO+7d5CbqMhkmxKVGTXbv53u"
    "XyzkMMr02qafV9Vtf3e+v5WPTO+27u6ctu3tLvd29GUWAKF1bEBWa3ehyU/bQkEPEpc8xh"
    "4uPEBzneEzStbu29ld0nqRLLF879zW5n0qeFzoz+oeOrWkZg1daOiOMfJfsD/TL1rKy0cS"
    "gyrs/FBo4YokvWlfQPFujBwTx6lDTmcelhMe+CggMx6owQLUug8F+7Cu9n2YFv82QaBR+W"
    "91ryBRsZ3HXLOPf7u4ONUXkoaSLXuBFzVr+6lGLe3fpaXG0v4PTPvban8tJzLiggFcXtc9"
    "En/UVd0ze9AV46cyGlsh/Y75zE1X3AoIdusZNKNhDbpqUD+UpE58XyJvjblqTINmt9n4yG"
    "vawKjOkWcdc8PElM4+8Lu1jlgiM6gUKKWkh74SrxwxpWug67NEPYLvdKjyIj1qnNwRJo27"
    "M6VC8mCh3CYo5QL5eRRqnvszmEvQJOB+UfRU083XLhGjvkUlYOvG7JOrZYsStJg4b93YVU"
    "tbN3bf3Fib1Nq+jW/Vn1ZrHo7k+2jf5ovW23QL61W05lV8Mkdhb/ArPiUHZlf0LMwJ2xV9"
    "i0tG0JiHN1OJjN4pGsEUMUIm01F5BYEaqPM3aJRkS4zMzgpe+LpcJEZXxCM3AfbRF6UjVh"
    "yMFp6hy5gEN+oPwuC5uLrESaJ8NFA/O3AZjpJyiGrYhJaOVIvUNQ+chOpDcituBSVNF5zw"
    "lN8zSgsXWcelm46LBde2oklPwN/Mw7XiQGL5Htq3+Vgbi6wT476uYNvXpaZ9XVBzMVpNa5"
    "g3p9RDG7dzUDAPg3pmTjX6aOPmPUS/uOrBL8ShPvZKnES/pO6Ba7SOI+09tPe6Tfvzd+8/"
    "nF0cPnsxMNOwcgmpJFnTv3i6QtGFAXz09bBaRqeHg7jhyVj7YNsUksopWsajc4xHrlwYc7"
    "eqFZaq2Q7udAfvSbIt0C8He7rU22rWvf2SOkMOXwKVeVDICJtbg/U0sKZCqxfiUVB/igWB"
    "SA8clYo+RaEwsR+ZpBEEKToCYebGBaDv1O9w46+f3hfW42mm5WuWZYRNHR8kpnz2RCA+j5"
    "hfRN035oYyWUoCg3iOBW6a6o3jU1YCVywHbDng/Zi3LQe8/xSPZSAsAxEZ8N3H/90NuLZ8"
    "8J5OFvvBB+9V1rB1Eb93Wt4LF/HBtl27lsjT58T7y1CO+df3kvgHxT54en+wwRHXkhUdcY"
    "agno/yecHDoBJyKeZUTnX2hYOV16z9Y5d4VDnH6iaeSBLA3yveKOcX/RcafdNJGpC3cf+X"
    "b+x+VOCTt/SQKrkeGaoxSsev6RiXf1qFbrHNKshkFVgn+IGd4GTM11sxEp0eGrkF5GVTOW"
    "yawb4OXolv6tg2Eu+dP9bC1BtQHhQucF987HmlZHtWr08Hgz8/efUy4dnhl3XM+pcPZxcX"
    "q5n3M7zwOC6YDK7I1zJzpiq9mA/W+bLnf17l3Nh4eB5+OPvzKOfKXlx+/C0WzwzndxeXb/"
    "ezkvaMMBfMtptVroVkL+XXzWSdiidZld5Ui2ysRgcJAl6w+VM+TyQKPVjadj1HBETA+9ew"
    "dqphzV3b3Jbp3aor9o3pdTnbpkZ3Rs0W5+5a/3aGbf6EqZvm+R4UMs5LMoP1rDOEVw7TVO"
    "DKgWBG5Ymuu8pOkakuj0ImqYdG6YHBIx1nxZCHZ4K4g5U82qUgsIZa3RyylQkagZ0WW6vV"
    "xmDtz3JpY7D2nx21ebj2HDGzvO0r+aGTubarp5nTtP5M5/BujpJJUFfdbs5r2m7udDfrcj"
    "rqag0qM6tiqcwVKhO8ke0SKO0hi539ZDrEBASSgvV/1QHNJUxATmawiQmIpIcTEK/IBFxN"
    "CVLTABESKgELgsiMO1N9PAszdYBR0vBpdNQ6lTrJiyHuQTKW0dC5VxPI91olBtp6yOZItF"
    "IiIHlejQkzp9MbTuA7Z8xyb193WT26JVHp0xb8js9i43NWz/lPFHqwKbTkNJ1USVtRUuVu"
    "08nrToUrfwq4mtrV/HcOs2bJspGX2bRsxNJDPRFXXDbO47hggbAHp4As0iBjmMEDkoYVmw"
    "nemWJ2Yw7kmqoeXF0kmmnyO5YEW958d4HIPJSqc2ulJWVUekiiNc/vpB92fSdmWXc3zv8u"
    "x7x1ZBpakT6radmPzV+wGmXub1iJgkSy8i4mFIZAVBI/rjas81tmHHr5DRqxELY1dBmJuT"
    "5q0vUpM6Unoi1T9J+QS4IO//LspOCwyjYesHlv0zRq9zS7BK/tnuYD72lGH8WKjUtHearQ"
    "J1+yuaPp7B5x63vENMoarZzZGMn30L4tnOSjQFS9dS/W6NN8sGNuaU825vc8LcFGGpeaft"
    "/dttzHRKTc8kDTnKbdZdyHXh7XchDyWv0j5puCWx2iQSYkCLB3UEKCRHcHmygQI1eVAGGI"
    "sjsFG9EcU6nMjyY80OU9zGWCJIcTlxaakRAzgm/RoY68Vr0zoYFP3CMIvtZnwKJDN+Czmb"
    "pUWEqktQdtJkSiZ1hGpEug0DIiD+wAxV9FDSNnVHpo4nZ8eG2yWkRJRsVauZqV4TjyrZBw"
    "TtH6O91GwpY82EVYv/Uqe/otdcbX+aJAvPt31Yv65QrcnazABo9HgOhwrmWrJ69yF8YdlD"
    "Y0muhwPlUOCAQFTdVvfuhMkacGprcYILgD5iduemSAJF/l0QDph+st3YKt3+Yfcs3g3hhL"
    "pShhu9gEMLnKkUKCa0WmdJAOyIPoWHM+QgSMwZVSrldIBJoE3FdK3xvwZOsuHjz6uosPZ/"
    "jmPSL9pa1auLweSqLQC5y+bn1royCKTuuvCzISJQvWLcAoBRjOlLihwqJ/8HEJwshKbIIY"
    "sezw33xcGWMoWeSGBEFUl8ICcCj9GzhdKAxgDMBtgXDgwxpNg2jddqJTIIjCA4TBrQWa0I"
    "AURZY13n69sszq0fVPK7Lg4HGBg17xpf82M0VVA0fi1rQVTBtNJjWhQKplsUDnsMA+1n89"
    "+HbfFmu3a2w94x6tdwBVqrFDgwP9sRuitPHzpyKgVcfEOaXexWS04I9bwn8HhD84ANvQ/V"
    "k9S/Z3ef3VNROGtfO6l9T6dxRV8zOWMdlWxNaSqv2iuvZFdYfdUl8scd/ikoTJ9PZgA6+l"
    "BYdjXD1fcgz1VBjCyOgijwp5CttP6jkeJRDOB7n1wQK2piRsQUW/JZtQ8ykXBAWhRwSRCF"
    "5eFJBbrTzHbJ/prTVoDx2O0i2644wxRkcDpDpehyJyzZKldWk1jwZBI5UpM3jUUHfSID0A"
    "3LJmD86a5fql8pKYVbLUjq0l24noN0sA72QoBwqhFdX7WndeRqzRA2//0W0PW/zcmkdqMx"
    "QfRTd7dLJdL+cU7afctT7ujis8w/4FEaKseFDm/mCDM6wkFXgA0RpnoAih3gxJrEv7SBOC"
    "CS0hx8NCUPV3BAgLc4kHaIr906gqqa70oxzKH6N7BU5wk81fsx8Zl/qXQ+HwGUGjBACefj"
    "z7cD4aRCGl8VWlDO6xp/PuVKOj2GzmcR7BARtds7i1yNOO24r8dqUH7xzdVE3GzSsf/ugY"
    "/Y3BsUcoMjsSks+UBKzhlavx/fNAvwAIq4+deNa37oBvnXRJ5X2bWKGHjsjPVXZsfi7fsf"
    "l5ZcfGDPQa5k0Uemjehjd2Iei+josXy/fCsrt28dT6WnTcZ/lAThR64E/vghiyblZfIXie"
    "Kdny0MmconWzutbHHXKzCL4lwS94cVDiZiX3N7pZWnLo4kXNoyaV28FvCWz84WjTD35S7a"
    "BDlwrlMTgSRa1D4DsxjoTyQXSym/IeYDuQz0VhmdY2HrG5Lgk8Q78Mzp5JuVylZEkJhOv5"
    "OLZyCdyzlUt6sxETfzeVLTwtXOH6YNxWYGM0H60iiZI4fFw0dHP4YQ/tvMasAAjsNvfjqs"
    "92RUnwAQe3xQAoubsB/kglN/SVYEXw84UmyXo4DUJSK8Ys1KUCgACeYoHGREmMicfnUb6f"
    "SfQDBAPl0ojPdR2CG/U0UgCA2ntM5ZO4bW02i3D2dbazUVP7spxkbaznsaGg0dGIdXiTJV"
    "VLj1nqpAw3/B0HTBn6c1mpo8z9DdhhbiQr0yaRfEJSRHuxSgx7piyRp4xIgmM0oq4+ggbq"
    "seLQpRKpNT2AHWDqvtHFhWT0Mku0SdOPuGbx7q8BIyBmDpGGTeh4Wxs5sPkMbaHDH0MGLz"
    "FAPwawwww/iwECXrMUf6ynV2yEdmd2kS3WsFijJ1gDAmDqWDiW7902ZwtkoN3j7CuIy3Uz"
    "rPnbdXNO0+5ydq2XOwPVz0hAnWkxTI/ubYDoOJXaBNDLu7fhgpyPhRhr7Rj6OxIIWpT3U7"
    "58Z1R6iJAaBP+ZUDD1WdWwcCTeQ+s+e/q0Cv58+rQcf8K95QxB5Z+zgqXzjy+XH8scqURl"
    "ec2kjkT/p3Oo99Daa4wLxsitlCsxjsvhjEtLIDTw9qF3re7/H5J6Eiw="
)
