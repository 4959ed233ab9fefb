"""SQLAlchemy 2.0 typed models of the case store: crawl runs, pages, findings and their history.

Free text scraped from the web (URLs, titles, raw numbers, notes) is TEXT on every backend,
so no backend truncates or rejects what another accepts; bounded columns (hashes, E.164,
enums) are checked by `takedown.store` before a write, the same way on SQLite and PostgreSQL.
"""
from __future__ import annotations

from datetime import datetime, timezone
from enum import StrEnum
from typing import Annotated, Any

from sqlalchemy import JSON, DateTime, Enum, ForeignKey, Index, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

E164_MAX = 32  # E.164 is at most 16 characters with "+"; short codes are shorter still


class UTCDateTime(TypeDecorator):
    """A timestamp that only accepts aware datetimes and always comes back aware, in UTC.

    SQLite has no time zone type: values are stored as naive UTC and given their zone back.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value.isoformat()} given where UTC is required")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


UTCTimestamp = Annotated[datetime, mapped_column(UTCDateTime())]
Sha256Hex = Annotated[str, mapped_column(String(64))]
E164 = Annotated[str, mapped_column(String(E164_MAX))]


class FindingStatus(StrEnum):
    NEW = "new"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"
    SUBMITTED = "submitted"
    REMOVED = "removed"
    STILL_LIVE = "still_live"
    REAPPEARED = "reappeared"


class FindingKind(StrEnum):
    FAKE_NUMBER = "fake_number"
    IMPERSONATING_APP = "impersonating_app"


class RecheckOutcome(StrEnum):
    REMOVED = "removed"
    STILL_LIVE = "still_live"
    INCONCLUSIVE = "inconclusive"  # no trustworthy answer (5xx, timeout): recorded, no status change


def _str_enum(enum_cls: type[StrEnum], name: str) -> Enum:
    """A portable enum column: VARCHAR holding the value, not a PostgreSQL ENUM type."""
    return Enum(
        enum_cls, name=name, native_enum=False, length=24, values_callable=lambda cls: [m.value for m in cls]
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class CrawlRun(Base):
    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    spider: Mapped[str] = mapped_column(Text)
    started_at: Mapped[UTCTimestamp]
    finished_at: Mapped[UTCTimestamp | None]
    stats: Mapped[dict[str, Any] | None]


class Page(Base):
    """One fetched URL (canonical URL is the natural key); the body lives on disk by hash."""

    __tablename__ = "pages"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    final_url: Mapped[str] = mapped_column(Text)
    fetched_at: Mapped[UTCTimestamp]
    http_status: Mapped[int]
    body_sha256: Mapped[Sha256Hex]
    body_path: Mapped[str | None] = mapped_column(Text)
    source_kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text, default="")
    content_type: Mapped[str] = mapped_column(Text, default="")
    flags: Mapped[list[Any]] = mapped_column(default=list)
    first_seen: Mapped[UTCTimestamp]
    last_seen: Mapped[UTCTimestamp]
    last_run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))
    # the detector that last judged this body; an unchanged page is judged again only when it changes
    detector_version: Mapped[str] = mapped_column(String(32), default="", server_default="")

    findings: Mapped[list[Finding]] = relationship(back_populates="page")


class Finding(Base):
    """A brand impersonated by a number (or an app) on one page; the unit a reviewer works."""

    __tablename__ = "findings"
    __table_args__ = (
        UniqueConstraint("page_id", "brand", "kind", "number"),
        Index("ix_findings_number", "number"),
        Index("ix_findings_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id"))
    brand: Mapped[str] = mapped_column(Text)
    kind: Mapped[FindingKind] = mapped_column(_str_enum(FindingKind, "finding_kind"))
    number: Mapped[E164]  # '' for app findings, so the natural key stays NOT NULL
    number_raw: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[float]
    label: Mapped[str] = mapped_column(String(16))
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    detector_version: Mapped[str] = mapped_column(Text, default="")
    segment: Mapped[str] = mapped_column(Text, default="page")
    body_sha256: Mapped[str | None] = mapped_column(String(64))  # the body it was first found in
    flags: Mapped[list[Any]] = mapped_column(default=list)
    first_seen: Mapped[UTCTimestamp]
    last_seen: Mapped[UTCTimestamp]
    seen_count: Mapped[int] = mapped_column(default=1)
    status: Mapped[FindingStatus] = mapped_column(
        _str_enum(FindingStatus, "finding_status"), default=FindingStatus.NEW
    )

    page: Mapped[Page] = relationship(back_populates="findings")


class AuditEntry(Base):
    """One lifecycle move or reviewer note; rows are only ever inserted (see takedown.audit)."""

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_finding_id", "finding_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id"))
    actor: Mapped[str] = mapped_column(Text)
    at: Mapped[UTCTimestamp]
    action: Mapped[str] = mapped_column(String(16))  # transition | note
    from_status: Mapped[FindingStatus] = mapped_column(_str_enum(FindingStatus, "audit_from_status"))
    to_status: Mapped[FindingStatus] = mapped_column(_str_enum(FindingStatus, "audit_to_status"))
    note: Mapped[str] = mapped_column(Text, default="")
    # a hash chain over the whole log, so a row changed or removed behind the triggers shows;
    # signed checkpoints (AuditCheckpoint) make re-chaining without the signing key show too
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class AuditCheckpoint(Base):
    """The audit chain's head at one moment, signed with the pack signing key (see takedown.auditseal)."""

    __tablename__ = "audit_checkpoints"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int]  # the newest audit row the head covers
    entry_hash: Mapped[str] = mapped_column(String(64))
    entries: Mapped[int]  # how many audit rows the chain held up to entry_id
    signed_at: Mapped[UTCTimestamp]
    signer: Mapped[str] = mapped_column(String(64))  # fingerprint of the public key
    public_key: Mapped[str] = mapped_column(Text)  # PEM, so the checkpoint can be checked offline
    signature: Mapped[str] = mapped_column(String(128))  # Ed25519, hex


class Submission(Base):
    """A takedown request sent to a platform for one finding."""

    __tablename__ = "submissions"
    __table_args__ = (Index("ix_submissions_finding_id", "finding_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id"))
    platform: Mapped[str] = mapped_column(Text)
    reference: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(Text)
    submitted_at: Mapped[UTCTimestamp]


class RecheckResult(Base):
    """One revisit of a submitted finding's page and what it showed."""

    __tablename__ = "recheck_results"
    __table_args__ = (Index("ix_recheck_results_finding_id", "finding_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id"))
    checked_at: Mapped[UTCTimestamp]
    http_status: Mapped[int | None]
    outcome: Mapped[RecheckOutcome] = mapped_column(_str_enum(RecheckOutcome, "recheck_outcome"))
    reason: Mapped[str] = mapped_column(Text)
    body_sha256: Mapped[str | None] = mapped_column(String(64))
