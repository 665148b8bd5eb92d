"""Notes, as in Rose: `/save name text` (admins), `/get name` or `#name` (anyone), `/notes`,
`/clear name` (admins). A note may have one text per language (`/save name:zh_Hans 文本`),
shown in the chat's language, written in Rose's markup (core/markup.py: *bold*, [link](url),
link buttons `[label](buttonurl://https://…)`) with `{first}`, `{mention}`, `{id}`, `{chatname}`
filled in for the member who asked."""

from __future__ import annotations

import re
from typing import Any

from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command
from ..events import Event, MessageEvent
from ..i18n import match
from ..markup import LABEL, fillings, formatted
from ..markup_write import saved_text
from ..moderation import CommandSettings, Overrides
from ..permissions import Permission
from ..segments import T

SETTING = "notes"
NAME = re.compile(r"^[\w-]{1,32}$")
HASHTAG = re.compile(r"^#([\w-]{1,32})$")


@component
class Notes(CommandComponent):
    name = "notes"
    order = 35
    slices = (CommandSettings,)
    message_leads = ("#",)  # #name shows a note

    def notes(self, ctx: Context) -> dict[str, Any]:
        return dict(ctx.slice(CommandSettings).get(SETTING, {}))

    def on_message(self, event: Event, ctx: Context) -> None:
        if not isinstance(event, MessageEvent) or not event.text.startswith("#"):
            return
        found = HASHTAG.match(event.text.strip())
        if found and found[1].lower() in self.notes(ctx):
            self.show(event, ctx, found[1].lower())
            ctx.stop()

    def show(self, event: MessageEvent, ctx: Context, name: str) -> None:
        note = self.notes(ctx)[name]
        filled = fillings(event.sender, event.sender_name, ctx.community.title)
        ctx.reply(formatted(note, **filled, **{LABEL: f"#{name}"}))

    @on_command("save", permission=Permission.ANNOUNCE)
    def save(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        head, _, locale = command.arg(0).partition(":")
        name, text = head.lower(), saved_text(event.segments, 2)
        if not NAME.match(name) or not text or (locale and match(locale) is None):
            ctx.reply(T("Usage: /save NAME text (or /save NAME:LANGUAGE text for one language)."))
            return
        overrides: Overrides = ctx.slice(CommandSettings)
        notes = self.notes(ctx)
        if locale:
            current = notes.get(name)
            variants = dict(current) if isinstance(current, dict) else {}
            if isinstance(current, str):
                variants[match(ctx.chat_locale()) or "en"] = current
            variants[match(locale) or locale] = text
            notes[name] = variants
        else:
            notes[name] = text
        overrides.set(ctx, SETTING, notes)
        ctx.audit("note.save", actor=event.sender, rule="manual", evidence=name)
        ctx.reply(T("Note #{name} saved.", name=name))

    @on_command("get")
    def get(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        name = command.arg(0).lstrip("#").lower()
        if name not in self.notes(ctx):
            ctx.reply(T("There is no note #{name}; /notes lists them.", name=name))
            return
        self.show(event, ctx, name)

    @on_command("notes", aliases=("saved",))
    def list_notes(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        names = sorted(self.notes(ctx))
        if not names:
            ctx.reply(T("No notes saved yet."))
            return
        listed = " ".join(f"#{n}" for n in names)
        ctx.reply(T("Notes: {names} (/get NAME or #NAME)", names=listed))

    @on_command("clear", permission=Permission.ANNOUNCE)
    def clear(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        name = command.arg(0).lstrip("#").lower()
        notes = self.notes(ctx)
        if name not in notes:
            ctx.reply(T("There is no note #{name}; /notes lists them.", name=name))
            return
        del notes[name]
        ctx.slice(CommandSettings).set(ctx, SETTING, notes)
        ctx.audit("note.clear", actor=event.sender, rule="manual", evidence=name)
        ctx.reply(T("Note #{name} removed.", name=name))
