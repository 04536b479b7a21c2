"""Not Node's: one table of field names for all instances of a class (what V8's
hidden classes give Node's objects, arranged for CPython's).

CPython (3.11 and later) keeps the field names of a class's instances in one key
table the instances share, each instance storing only its values (0.3 KiB for a
socket). The table takes a new name only while it has room, and each instance
built takes one place of that room away: after a burst of constructions (a
thousand requests opening a thousand sockets at once) a name first stored later
(a socket's ``_transport`` once connected, a request's ``res``) no longer fits,
and every instance that stores it gets a dict of its own, two to five times
larger. ``shareKeys`` enters, at import, the names the instances of a class store
in their ordinary life, so that the table holds them before any instance exists.
Nothing observable changes: no attribute is added to any instance.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ['shareKeys']


def shareKeys(cls: type, names: Iterable[str]) -> None:
    """Enter ``names`` into the shared key table of ``cls``'s instances."""
    # An instance made without __init__ and dropped at once: storing a name in its
    # (shared-table) __dict__ enters the name into the class's table.
    fields: dict[str, None] = object.__new__(cls).__dict__
    for name in names:
        fields[name] = None
