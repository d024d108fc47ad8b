"""SQLAlchemy ORM classes, mapped onto the Core tables of ``tables``."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from refparcours.data import tables
from refparcours.domain import ContactKind, DossierState, HouseholdRole


class Base(DeclarativeBase):
    metadata = tables.metadata


class Dossier(Base):
    """A household accompanied (or screened) by a référent."""

    __table__ = tables.dossier

    id: Mapped[uuid.UUID]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    label: Mapped[str]
    territory: Mapped[str]
    referent: Mapped[str]
    state: Mapped[DossierState]
    opened_on: Mapped[date]
    last_contact_on: Mapped[date | None]
    closed_on: Mapped[date | None]
    closure_reason: Mapped[str]
    address: Mapped[str]
    postal_code: Mapped[str]
    commune: Mapped[str]
    address_protected: Mapped[bool]
    search_text: Mapped[str]
    sort_key: Mapped[str]
    owner_id: Mapped[uuid.UUID | None]
    archived_on: Mapped[date | None]
    archive_reason: Mapped[str]
    followup_agreed: Mapped[bool | None]
    followup_agreed_on: Mapped[date | None]
    print_language: Mapped[str]
    print_bilingual: Mapped[bool]
    version: Mapped[int]

    persons: Mapped[list[Person]] = relationship(
        back_populates="dossier", cascade="all, delete-orphan", passive_deletes=True, order_by="Person.position"
    )
    contacts: Mapped[list[NetworkContact]] = relationship(
        back_populates="dossier", cascade="all, delete-orphan", passive_deletes=True, order_by="NetworkContact.position"
    )


class Person(Base):
    """A member of the household, adult or child."""

    __table__ = tables.person

    id: Mapped[uuid.UUID]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    dossier_id: Mapped[uuid.UUID]
    first_name: Mapped[str]
    last_name: Mapped[str]
    birth_date: Mapped[date | None]
    role: Mapped[HouseholdRole]
    relation: Mapped[str]
    trusted_person: Mapped[bool]
    position: Mapped[int]
    version: Mapped[int]

    dossier: Mapped[Dossier] = relationship(back_populates="persons")


class NetworkContact(Base):
    """Someone around the family: a relative or friend they name, or a professional."""

    __table__ = tables.network_contact

    id: Mapped[uuid.UUID]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    dossier_id: Mapped[uuid.UUID]
    kind: Mapped[ContactKind]
    name: Mapped[str]
    relation: Mapped[str]
    organisation: Mapped[str]
    role: Mapped[str]
    contact: Mapped[str]
    chosen_by_family: Mapped[bool]
    trusted_person: Mapped[bool]
    position: Mapped[int]
    version: Mapped[int]

    dossier: Mapped[Dossier] = relationship(back_populates="contacts")
