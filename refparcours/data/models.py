"""SQLAlchemy models. Every record has a client-generated UUID and created/updated
timestamps, so dossiers can later travel between databases without key clashes."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone

from sqlalchemy import Boolean, Date, DateTime, Enum, ForeignKey, Index, Integer, MetaData, String, Text, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from refparcours.domain import ContactKind, DossierState, HouseholdRole

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _enum(enum_class: type) -> Enum:
    # Stored as plain strings with a CHECK constraint: readable in any SQL tool.
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
        name=enum_class.__name__.lower(),
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {uuid.UUID: Uuid(), datetime: DateTime(timezone=True)}


class Record:
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class Dossier(Record, Base):
    """A household accompanied (or screened) by a référent."""

    __tablename__ = "dossier"

    label: Mapped[str] = mapped_column(String(200))
    territory: Mapped[str] = mapped_column(String(300), default="")
    referent: Mapped[str] = mapped_column(String(300), default="")
    state: Mapped[DossierState] = mapped_column(_enum(DossierState), default=DossierState.REPERAGE)
    opened_on: Mapped[date] = mapped_column(Date)
    last_contact_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    closure_reason: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    commune: Mapped[str] = mapped_column(String(300), default="")
    # A victim of violence: the address is hidden everywhere unless deliberately revealed.
    address_protected: Mapped[bool] = mapped_column(Boolean, default=False)
    # Accent-free, lower-case label and member names, maintained by the core for search.
    search_text: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(200), default="")

    persons: Mapped[list[Person]] = relationship(
        back_populates="dossier", cascade="all, delete-orphan", passive_deletes=True, order_by="Person.position"
    )
    contacts: Mapped[list[NetworkContact]] = relationship(
        back_populates="dossier", cascade="all, delete-orphan", passive_deletes=True, order_by="NetworkContact.position"
    )

    # Covering index: filtering and sorting the list reads this index only, never the rows.
    __table_args__ = (Index("ix_dossier_search", "sort_key", "id", "state", "search_text"),)


class Person(Record, Base):
    """A member of the household, adult or child."""

    __tablename__ = "person"

    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    role: Mapped[HouseholdRole] = mapped_column(_enum(HouseholdRole), default=HouseholdRole.ADULTE)
    relation: Mapped[str] = mapped_column(String(100), default="")
    trusted_person: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    dossier: Mapped[Dossier] = relationship(back_populates="persons")


class NetworkContact(Record, Base):
    """Someone around the family: a relative or friend they name, or a professional."""

    __tablename__ = "network_contact"

    dossier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ContactKind] = mapped_column(_enum(ContactKind), default=ContactKind.PROCHE)
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(100), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(300), default="")
    contact: Mapped[str] = mapped_column(String(300), default="")
    chosen_by_family: Mapped[bool] = mapped_column(Boolean, default=True)
    trusted_person: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    dossier: Mapped[Dossier] = relationship(back_populates="contacts")
