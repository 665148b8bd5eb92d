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
    "eJztXW9T2zga/yqa3IvSmZSlgVKWzt0M7bK77BXoFOZ2b7c7QbEV4sWWspJMyHB899Mj27"
    "Gd2IkdYtdx9QZi6Xlk+ydZz19Jj51bzvwxG4vdE9925CmVfNo5Ro8dij2ifmTWd1EHj8fJ"
    "WiiSeOBqFgyUfZfdasKBkBxbUlUMsSuIKrKJsLgzlg6jQH56T/gUYV8yD0vHQowjD1Mfu0"
    "ixKZpjNBmxLpIM/ntdNJiqH441Qtx3VXOMqkssEbl3bEItVYKpjUZsAne3maVu79DbKm/0"
    "hTqqlNrE3kU3jn2DHIFuHsk9oRLdkenTP/AjfbrpIsEUhyJUEALJhDtSEqratQg0oxg4Yk"
    "MocqRAml81LZBNXEfVqebhlXzq/O2TvmS3RI4IVy/2x5+q2FH3fyACLv/oWMzzFJ3UXWVx"
    "giWx+1h2FOFcpcRctdP5E5oY3/WHDnHtVP87NpDp8r6cjnXZhxHmP2pKgHjQt5jrezSmHk"
    "/liNEZueoBKL0llHB4ksRQoL7rhsMmKgreTxVI7pPZi9lxgU2G2HdhQAF38ARxWaffv7i8"
    "7l+dXvf7nYXBFnEkhkVYZDEKA9WhUuj39/BD3yX0Vo7UZe/Nm6fgRjEQARnc8T8nnz/8fP"
    "J5R1G9hFsyNd6DL+EirOoFdU+6ESxx0IzurBjpVL8UBTzFtBnco4IY+PjDrR35w4MCwB8e"
    "5OIOVQB7Amb1DZdCOKSvD9xOpxZoX3//ugC2iioXXF2XRlfNpIyXgXfG0MLBWwnC4YxdAu"
    "KYw4zhgmMYHqrcIA45WjiK93sFIN7v5SIMVWmAQZ8qA29E37rhu3npFimni/BekweZDW+S"
    "pwUQL4H0+vS3a2jZE+JvNwnlzvnJbxplbxrWfLy8+CkiT0D/4ePl+znImS+VFlZqQCdYag"
    "RckfrErmdkb37SsInEjltmXMccNYL8+NSWcZ2wGxdA/0HVSMcjOSpzinMOfDtk3Y1+bKGA"
    "XNYVZ+enV9cn559S/fHDyfUp1PRSfRGV7hzOfQezRtCvZ9c/I7hEv19enGo4mZC3XN8xpr"
    "v+vQPPBL6NPmWTPraTmETFUVGqm31qM0rW6OUU4wY6OTTvTR9vpo/BozO8S3gaoGCArbsJ"
    "5nZ/oYb1WB7tYpXX8+ZLMMW3upMATXjOmeNQiUF54jo4wG/BrxhXd5e7FcEQ72OgJKKYZ/"
    "EEAQ+S8Ef9ouoBkWOjnWvikluOPaTvg179Cwl/TLi+eqkG4ogg5mrSMYPhAC5BKKRksrvg"
    "VazqJqv9fLk+O9Vun5NhKY0kZmmd926DRmK+9051W1nMEywtNBsrMc2NTpKPvnpB+5K60/"
    "Bb2xL5FU4LzRZfn/WD5Qivz0GoaZXoKiaz8rv7GfKg5Lxk5MAz5EBzozhfD/jNu7nGLpZD"
    "xr0yICd5WihvN+9xkY4s56edMbTAi1hZANgoM0aZ+YrKDLHuHJqnzASVK5UZTVaBPjOXm+"
    "IRb0D0zGHjaZCiUkTbycpYee/cntEcN3FmzooaiPOfTdi5zVV2buERXn3f6+3vv+3t7R8e"
    "vTl4+/bN0d6RotXPu1j1dsmH9f7sp7OLOT8xFGyr/tOqLJb42yiKcczRQoArcTbArJMpmH"
    "PCTThr+Kak8RbivARWkKZGpTHxhLp1mEhY5HtlkhSrtJmQ1ikRVIiaR1ggFwuJxJRaxEZD"
    "zjwkiJRqHIjMSEFxzme4e/T/EpIhom+dw2dTYjdf24HMJFEuGy/B0kJBvHlNx3ghjBfCeC"
    "Ha5YWIxOBVIPFWSPGIqqAkn/YjQVpUoIf0sDoH255DZ3H8wVSLbFjnszNwmXXnOkJ2EfwS"
    "XTR0GbPVP8eVhKvrCXEhq6+bIfg3fIcvVEuRLlJ4cHav2gmsO/HyGIpcR5UwiiQbIzbUWQ"
    "Wh1NFLlsSITShSDwEV5GHMuMxTOeY8MnfkmX6Yb8UJ03t98PbgaP/wYOZ7mZUsc7kY90pD"
    "lA4Y6CUADskNtAWgvceuXyo9fcZQoz4HDVSl09Wdx+uP7TUVvDRnCxW8LVHoiuXxhp01KD"
    "VzpblaZzFtzC/cGN35I7FvCV+yTj9JsEJjdjVpQS15PCbUfsWUNRQlrAbs79CNEn83yMN3"
    "RK9ahzX28KbIsYk3ZhKWwe/chFHD48dAU306frTx9OnmZYabrMo7lV49H4ZNyi2QN+FGE2"
    "5sldJmwo01hBuJK3G5uWTGsno62QaMa5xRksmxWJRb7R1ztHBot8uWblAwqhLn/dfM7G6Q"
    "mm8CI8Zu3spchvNAS8o05M5nGtQyGy50/BcNdYwVLdPOfxxnI+yGhpUjICTgcDR0uJAIWx"
    "bzqXwhkJo3CIctIrKSGjbRZA2hB2OTGZvM6FVthLYSa+zrJlG1XbdymYXLZfXEHGsh3LDN"
    "JapeuiUklr4og2/MUeMITqzwqH6WOCwyScxrook54nAe5L+YQ9eyD1KMZueUplkHqYmKDO"
    "UaPZxgM/3b6P7FQvY9IoSy0Nbp50V209+N72/YrvN+7e5OcZvebnJvh19mhiK0zBuQ5Kov"
    "sLJXlRb0VaIqA+zizG1IlwGfYDK4r4e7dMqFaSP61pmtm7ep4Ha+Ny67N/QcmwE6E+jGeO"
    "QvuZ3nkA+qusv98QyIirvjfW6NsCCwDgCHSfzHyBfRyoDZ0EHwoQqdvg9Z+6rmXl1Dxb8/"
    "nWV65TfT8hd6M/PUR958WEAwfiEQrCLQr4sc+11QoSCLPftAzokFJLY+5aSgq3/WwILDPy"
    "c3a+FUk+SRJyZIYIIE2+LJNolb2xgqwB7ENDNsSWI5HnazYY6Z5k3IgGs35N5CyJdtGXH6"
    "4ez85OPO64NuoBEoa9GRJAn+wd6C4uVzEAflZooET40q14eL/9ajdR0VGMZHuYP4KCOPKB"
    "S5JTBOMZnJothkIZhSzErBHHMY22G1kWaSttrq2GuOiejLAXs4k8TrZNuJcX13hbGoKQsa"
    "izQ8plInWcHRkTaaOHKkD4u0sLLstA03OywS4aEkHN5XvINd5v+ZPpMSjqTMsBsrukmRZT"
    "eJCHS0U6s5ltIcS9mQ2dPsaNyCtJjmn/253crtnXq1MvhG9C3Et4LtuPFtqchOQN46m6GC"
    "qZc7jGcKuCsPu26uQzjJ16YFePu9t4czXzBcLPP+Xp2ffPy4GIcc46nLcMZkkL/PR4KlFf"
    "NB3ft8bEnOJyzuD3fz2sakT6xsIm8sM3DOnSeSLK3Ja3jmDleJE2s5zzoxfMlxtRFDC0Rb"
    "3XMEJwKevwTaMYeB2xyhWk9XbIM3MrVzw3oHqJrjUxvcv43xNn/CXDqA/o861JbpcZ6j6S"
    "73Oo8j6v4QyAsmK10HZ5MSIZFLILGIjJk1gv1FMUWBz3fW8HG4FNiROv2IwkmnhIccOito"
    "CJlIi/7nqm7yjN3UZ/crofGleFqTMVTZpqa6yxbhXZaMNWNpk+Fdc64wm9ByqUEzhhaogn"
    "N2Yq9IQoWiyrcUe0eNymP9xJma2tX8dwqzZo7YSNOsEhsRdV9PxAXFxmkUDRQIu7Cf+jQO"
    "LcIMzkkcTAwm+GBrbIEokyPVg4tCYjNNPkMkmB2N6gs/Ml/CluelpqmYpRWOxKpdWvGHXd"
    "6Gmeetx1Ktc8wbQ2ZDEunKGhHbd4n9Cxtky6MUxQppJCLa/l9sUHi9haJFtk8QlrAoQk0S"
    "VL6DNQo+hzEA1UqmcC/cs4iSB4mYFeaSEjQZEX1owhR2M8rcC2nj7ZdLnFG3Lr/mwaTNmL"
    "SZrU2b+SuYKYoCHJIbaAtAG04mJRWCmMs4rRunC2xjhL7z+NSWcNCYuU65ZSwxR42Au+FJ"
    "tVu4iiVUtMpAnGJqnWNr82LBpJksorx5mxwMgHXs8SSfCSo2Wf7q+Fa/tA9+jq19myFufs"
    "YKIPOpdNyyn9Mcq/mimvZFNce7pb5YYr/HtJPt2ppVd1f4tTRhf4BpYafWAGLfsPt2wIvg"
    "CNFj5MjwKFABW3MHpyXBegYIpodXs9PIJyMm4jNC4eFFhnOrkvt8obONQ6A9tHPjMRs+IP"
    "V6uwkwbl52kep4vfyMBUeXBjsVvBCBHw021SzsMoNbaVpR+mwn4y6rwl0WdUhhMRjSG09O"
    "AQGoR3kJcCP6FoJbybIn4+utZRjnndS0LHm5/pOaWpO8vJbCbFTlxqrKJjH9m+tm1xmu18"
    "spRvMpN62PG2P1/oo5VUB/1s+WYfYm6rvL7d5JQFnY6A3pkT5PKtjUEmxCRYZdbTwiV4FI"
    "+C66cWy9cyVsYYJ9W9mrBA5HVnYjbFupLoUMH2bO3t30Lb5Q3RI0qTM9gOxh7KixgBiHBH"
    "Zse8qEVmMIc2gL7XznU3iILvqOg8UMv0UX+dRmdZ5mbCxekyCytUaD2QCzevsXHHqlQq4h"
    "fQuMsqqHr1HUW6vEpboZZP563ZziNKp603q5Mar6CeGONcpW08O6FSo6jqlWKej53fuMZT"
    "dZuum3slt7ZWsvw83+y4jvBEsLNaRKzruEz6oEwiF5C9F9vbdXRP/c28vXP/cWNwhnyj7P"
    "2oH9l6vLizxDasYyLzMdS6L/oSjAuGVoLwEXwFgeJJiPB8yJQGjg/dde4/r0f7iqzhU="
)
