"""What each role may do, from the playbook's 管理员体系, and the platform rights it maps to.

    owner      all rights, including handing the community over
    deputy     everything but handing over (除群转让外的所有权限)
    admin      remove and mute members, announcements (踢人、禁言、群公告), points and orders
    volunteer  a badge, no rights (无特殊权限，但有标识)

Commands name the right they exercise (`@on_command(..., permission=...)`) and their least role
comes from this table, so what /roles says is what is enforced; the table is also read by
the command reference and for granting platform rights where a platform has them.
"""

from __future__ import annotations

from enum import StrEnum

from .roles import Role


class Permission(StrEnum):
    MODERATE = "moderate"  # warn, mute, remove and ban members; delete messages
    ANNOUNCE = "announce"  # pinned announcements, group notices
    POINTS = "points"  # give and take points, fulfil redemptions, record orders
    SETTINGS = "settings"  # change the community's rules by command
    APPOINT = "appoint"  # make admins and volunteers
    TRANSFER = "transfer"  # hand the community over to a new owner


ALL = frozenset(Permission)
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: ALL,
    Role.DEPUTY: ALL - {Permission.TRANSFER},
    Role.ADMIN: frozenset({Permission.MODERATE, Permission.ANNOUNCE, Permission.POINTS}),
    Role.VOLUNTEER: frozenset(),  # a badge
    Role.MEMBER: frozenset(),
}

# Telegram administrator rights that carry each role (promoteChatMember flags); a platform
# without admin rights (WeChat groups) relies on the community's `roles` setting instead.
TELEGRAM_RIGHTS: dict[Role, tuple[str, ...]] = {
    Role.OWNER: ("creator",),
    Role.DEPUTY: (
        "can_manage_chat", "can_change_info", "can_delete_messages", "can_restrict_members",
        "can_invite_users", "can_pin_messages", "can_promote_members",
    ),
    Role.ADMIN: ("can_manage_chat", "can_delete_messages", "can_restrict_members",
                 "can_pin_messages"),
    Role.VOLUNTEER: (),  # shown by a custom title at most
    Role.MEMBER: (),
}  # fmt: skip


def allows(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS[role]


def least_role(permission: Permission) -> Role:
    """The lowest role holding `permission`: what a command exercising it requires."""
    return min(role for role, held in PERMISSIONS.items() if permission in held)
