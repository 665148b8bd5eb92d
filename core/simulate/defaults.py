"""Settings the simulator uses when there is no settings file: one ruleset with the defaults
and a keyword auto-reply, so the main job shows something on a fresh machine."""

DEFAULT_RULESET = "default"
SIMULATED_COMMUNITY = "simulated"  # the community a simulation plays and records

BUILTIN_SETTINGS: dict = {
    "rulesets": {
        DEFAULT_RULESET: {
            "timezone": "Asia/Shanghai",
            "autoreply": {
                "rules": [
                    {
                        "match": "contains",
                        "pattern": "price",
                        "reply": "Prices and plans: see the pinned message.",
                    },
                    {"match": "contains", "pattern": "价格", "reply": "价格和套餐请看置顶消息。"},
                ]
            },
        }
    }
}
