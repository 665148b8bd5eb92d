"""Roles, from the playbook's 管理员体系: owner, deputy owner, admin, volunteer, member.

A member's role is the highest of what the community's settings name and what the platform
says (a Telegram creator is an owner, an administrator an admin). A volunteer is a badge with
no platform rights.
"""

from __future__ import annotations

from enum import IntEnum


class Role(IntEnum):
    MEMBER = 0
    VOLUNTEER = 1
    ADMIN = 2
    DEPUTY = 3  # everything but handing over the community
    OWNER = 4

    @classmethod
    def from_platform_status(cls, status: str) -> Role:
        return {"owner": cls.OWNER, "admin": cls.ADMIN}.get(status, cls.MEMBER)


ROLE_NAMES = {role.name.lower(): role for role in Role}
