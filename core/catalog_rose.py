"""Rose's command families and what groupops has of each, for docs/commands.md."""

# family -> (covered: "yes" | "part" | "no", what groupops has)
ROSE_FAMILIES: dict[str, tuple[str, str]] = {
    "admin": (
        "yes",
        "/promote, /demote (the bot's roles; Telegram admin rights are not changed), /roles, "
        "/adminlist, /admincache, /title (Telegram admins' custom titles)",
    ),
    "antiflood": ("yes", "/setflood; flood detector with the ladder's step"),
    "antiraid": ("yes", "/antiraid on [duration] | off; switches on by itself on a join wave"),
    "approval": ("yes", "/approve, /unapprove, /approved"),
    "bans": ("yes", "/ban, /tban, /unban, /kick, /mute, /tmute, /unmute"),
    "blocklists": ("yes", "/addblocklist, /rmblocklist, /blocklist (normalised matching)"),
    "captcha": ("yes", "/captcha: button, math, text, custom questions; join requests"),
    "clean commands": ("yes", "/cleancommands on | off"),
    "clean service": ("yes", "/cleanservice on | off (join and leave notices; Telegram)"),
    "connections": (
        "yes",
        "/connect (in the group, or CHAT in private), /disconnect, /connection; a connected "
        "member's private commands act on the group, roles checked there at each command; "
        "with several communities, a private command that reaches none is answered with the "
        "groups the member administers, or how to connect (a member's /start or /help: what "
        "the bot is)",
    ),
    "disabling": ("yes", "/disable, /enable, /disabled, /disabledel; admins are never disabled"),
    "federations": (
        "yes",
        "/newfed, /joinfed, /leavefed, /fban, /unfban, /fedinfo, /fedadmins, /fedpromote, "
        "/feddemote; across communities, operators and linked platforms",
    ),
    "filters": ("yes", "/filter, /filters, /stop"),
    "formatting": (
        "yes",
        "`*bold*`, `_italic_`, `__underline__`, `~~strike~~`, code, links and link buttons "
        "(`buttonurl://…`, `:same` for one row) in notes, welcome, goodbye, rules and filters; "
        "`{first}` `{mention}` `{id}` `{chatname}`; /markdownhelp; formatting applied in the "
        "Telegram app (bold, links …) is saved as this markup; a text of buttons only is "
        "captioned (a note by its #name)",
    ),
    "greetings": ("yes", "/setwelcome, /welcome, /setgoodbye, /goodbye on | off"),
    "import/export": (
        "yes",
        "/export (a JSON file of the settings made in the chat: notes, filters, rules, "
        "greetings, blocklist, locks, disabled commands …), /import as a reply to it, checked "
        "whole first; `groupops export` on the server; Telegram (WeChat bots get no files)",
    ),
    "languages": (
        "yes",
        "/setlang for a member, /setlang community for the community (a deputy; shown by "
        "`groupops export`); chat locales in settings",
    ),
    "locks": ("yes", "/lock, /unlock, /locks"),
    "log channels": ("yes", "the community's admin_chat gets moderation, reports and raids"),
    "misc": (
        "yes",
        "/id (chat, member and topic ids), /info (a member's accounts, role, tier, points, "
        "warnings, join date), /rules, /points, /top and more",
    ),
    "notes": ("yes", "/save, /get, #name, /notes, /clear; one text per language; link buttons"),
    "pin": ("yes", "/pin (loud, or quiet), /unpin, /unpinall; Telegram only"),
    "privacy": (
        "yes",
        "/privacy (a member's data as a JSON file, privately; text where files cannot go), "
        "/forgetme (erasure after a confirmation; records kept under a pseudonym)",
    ),
    "purges": ("yes", "/purge, /del"),
    "reports": ("yes", "/report, @admin, @admins with buttons for admins"),
    "rules": ("yes", "/rules, /setrules"),
    "topics": (
        "yes",
        "/newtopic, /renametopic, /closetopic, /reopentopic, /deletetopic (Telegram forum "
        "groups; WeChat has no topics); replies go back to the forum topic",
    ),
    "warnings": ("yes", "/warn, /unwarn, /warns, /resetwarns; the escalation ladder"),
}
