"""A member's own data: what groupops stores about them (`export.py`) and how it is erased or
pseudonymised on request (`erase.py`); the commands are in `commands.py`."""
