"""The one error tree of eventdesk.

    EventdeskError
     ├── InputError            an input cannot be read as a report (the batch goes on)
     │    ├── EmptyInput
     │    ├── BinaryInput
     │    ├── TooLarge
     │    ├── BadEncoding
     │    └── MalformedInput    bad JSON line, HTML without text, broken WARC record
     ├── ConfigError           a setting, model or path is unusable
     ├── GazetteerError        the place index cannot be built or opened
     ├── StoreError            the database cannot be opened or is from a newer version
     └── NotFound              no incident / report with that id

Every error carries a one-line message naming the input and the reason; the
CLI prints ``str(err)`` and nothing else.
"""

from __future__ import annotations


class EventdeskError(Exception):
    """Base of every error eventdesk raises on purpose."""


class InputError(EventdeskError):
    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class TooLarge(InputError):
    pass


class BadEncoding(InputError):
    pass


class MalformedInput(InputError):
    pass


class ConfigError(EventdeskError):
    pass


class GazetteerError(EventdeskError):
    pass


class StoreError(EventdeskError):
    pass


class NotFound(EventdeskError):
    pass
