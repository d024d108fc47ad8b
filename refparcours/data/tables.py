"""The schema as SQLAlchemy Core tables.

Every record has a client-generated UUID and created/updated timestamps, so dossiers can
later travel between databases without key clashes. The ORM classes in ``models`` map onto
these tables; the dossier list queries them directly, so the window can show the list
before the ORM is even imported."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    false,
)

from refparcours.domain import ContactKind, DossierState, HouseholdRole, Role

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


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


def _record_columns() -> list[Column]:
    return [
        Column("id", Uuid(), primary_key=True, default=uuid.uuid4),
        Column("created_at", DateTime(timezone=True), nullable=False, default=utc_now),
        Column("updated_at", DateTime(timezone=True), nullable=False, default=utc_now, onupdate=utc_now),
    ]


def _text(name: str, length: int, default: str = "") -> Column:
    return Column(name, String(length), nullable=False, default=default)


dossier = Table(
    "dossier",
    metadata,
    _text("label", 200, default=None),
    _text("territory", 300),
    _text("referent", 300),
    Column("state", _enum(DossierState), nullable=False, default=DossierState.REPERAGE),
    Column("opened_on", Date(), nullable=False),
    Column("last_contact_on", Date()),
    Column("closed_on", Date()),
    _text("closure_reason", 300),
    _text("address", 300),
    _text("postal_code", 20),
    _text("commune", 300),
    # A victim of violence: the address is hidden everywhere unless deliberately revealed.
    Column("address_protected", Boolean(), nullable=False, default=False),
    # Accent-free, lower-case label and member names, maintained by the core for search.
    Column("search_text", Text(), nullable=False, default=""),
    _text("sort_key", 200),
    # The account of the référent who follows the dossier (None: not yet attributed).
    Column("owner_id", Uuid(), ForeignKey("account.id", ondelete="SET NULL")),
    # Two years without contact: archived with a written justification, read-only and out of the lists.
    Column("archived_on", Date()),
    Column("archive_reason", Text(), nullable=False, default=""),
    # Whether the family agreed to be asked how things went (None: not asked; nothing is scheduled).
    Column("followup_agreed", Boolean()),
    Column("followup_agreed_on", Date()),
    # The language of the documents printed for the family (fr, en, es, pt, ar, tr), and
    # whether they print in French and that language side by side.
    Column("print_language", String(5), nullable=False, default="fr", server_default="fr"),
    Column("print_bilingual", Boolean(), nullable=False, default=False, server_default=false()),
    # Bumped at every change: an edit made on an older version is a conflict, never an overwrite.
    Column("version", Integer(), nullable=False, default=1, server_default="1"),
    *_record_columns(),
    # Covering index: filtering and sorting the list reads this index only, never the rows.
    Index("ix_dossier_search", "sort_key", "id", "state", "search_text", "owner_id", "archived_on"),
)

person = Table(
    "person",
    metadata,
    Column("dossier_id", Uuid(), ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False, index=True),
    _text("first_name", 100),
    _text("last_name", 100),
    Column("birth_date", Date()),
    Column("role", _enum(HouseholdRole), nullable=False, default=HouseholdRole.ADULTE),
    _text("relation", 100),
    Column("trusted_person", Boolean(), nullable=False, default=False),
    Column("position", Integer(), nullable=False, default=0),
    # Bumped at every change: an edit made on an older version is a conflict, never an overwrite.
    Column("version", Integer(), nullable=False, default=1, server_default="1"),
    *_record_columns(),
)

network_contact = Table(
    "network_contact",
    metadata,
    Column("dossier_id", Uuid(), ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("kind", _enum(ContactKind), nullable=False, default=ContactKind.PROCHE),
    _text("name", 200, default=None),
    _text("relation", 100),
    _text("organisation", 300),
    _text("role", 300),
    _text("contact", 300),
    Column("chosen_by_family", Boolean(), nullable=False, default=True),
    Column("trusted_person", Boolean(), nullable=False, default=False),
    Column("position", Integer(), nullable=False, default=0),
    # Bumped at every change: an edit made on an older version is a conflict, never an overwrite.
    Column("version", Integer(), nullable=False, default=1, server_default="1"),
    *_record_columns(),
)

account = Table(
    "account",
    metadata,
    _text("username", 100, default=None),
    _text("display_name", 200),
    Column("role", _enum(Role), nullable=False, default=Role.REFERENT),
    Column("active", Boolean(), nullable=False, default=True),
    # On a team server only: the password's Argon2id hash (a laptop's base checks passwords with its key slots).
    Column("password_hash", String(300)),
    *_record_columns(),
    UniqueConstraint("username"),
)

# Append-only and hash-chained: each entry's hash covers the previous one. It records who
# did what to which record, never the family's data itself.
audit_entry = Table(
    "audit_entry",
    metadata,
    Column("seq", Integer(), primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor_id", Uuid()),  # no foreign key: the log outlives accounts
    _text("actor", 100),
    _text("operation", 40),
    _text("record_type", 40),
    _text("record_id", 64),
    Column("detail", Text(), nullable=False, default=""),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

# Where verification starts once old entries have been pruned: the last pruned entry's hash.
audit_anchor = Table(
    "audit_anchor",
    metadata,
    Column("id", Integer(), primary_key=True),
    Column("seq", Integer(), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("pruned_at", DateTime(timezone=True), nullable=False),
)

# A dossier shared with another référent's account (a colleague covering, a handover).
dossier_share = Table(
    "dossier_share",
    metadata,
    Column("dossier_id", Uuid(), ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False),
    Column("account_id", Uuid(), ForeignKey("account.id", ondelete="CASCADE"), nullable=False, index=True),
    *_record_columns(),
    UniqueConstraint("dossier_id", "account_id"),
)

# Script de repérage: each screening is kept with the version of the criteria it used, so a
# later change of the criteria file never rewrites an old result.
screening = Table(
    "screening",
    metadata,
    Column("dossier_id", Uuid(), ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("screened_on", Date(), nullable=False),
    _text("criteria_version", 100),
    Column("answers", JSON(), nullable=False),
    _text("computed", 20),
    _text("decision", 20),
    Column("professional_reason", Text(), nullable=False, default=""),
    Column("explanation", Text(), nullable=False, default=""),
    Column("family_explanation", Text(), nullable=False, default=""),
    _text("screened_by", 100),
    *_record_columns(),
)

# The offer made to the family, and their answer (declining is neutral).
proposal = Table(
    "proposal",
    metadata,
    Column("screening_id", Uuid(), ForeignKey("screening.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("proposed_on", Date(), nullable=False),
    _text("how", 200),
    Column("leaflet_given", Boolean(), nullable=False, default=False),
    _text("answer", 20),  # "" (not yet), accepte, decline, reflechit
    Column("think_until", Date()),
    Column("family_words", Text(), nullable=False, default=""),
    *_record_columns(),
)

# Who the family chose as référent, among the professionals already around them.
designation = Table(
    "designation",
    metadata,
    Column("screening_id", Uuid(), ForeignKey("screening.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("designated_on", Date(), nullable=False),
    _text("chosen_by", 20),  # famille, commission
    Column("listed", JSON(), nullable=False),
    _text("chosen", 300),
    Column("opinion", Text(), nullable=False, default=""),  # the family's opinion, in a commission
    *_record_columns(),
)

# -- PPF, projet pour la famille ---------------------------------------------------------------

# One live plan (the draft) per dossier; frozen versions are kept in plan_version.
plan = Table(
    "plan",
    metadata,
    Column("dossier_id", Uuid(), ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("next_review_on", Date()),
    _text("referent_contact", 300),
    # The sections the family agreed to share in a partner copy (None: not chosen yet).
    Column("partner_sections", JSON()),
    _text("partner_sections_note", 300),
    *_record_columns(),
)


def _author_columns() -> list[Column]:
    # Who wrote it: a named member of the household, a professional, or "ensemble".
    return [_text("author_kind", 20), _text("author_name", 200), _text("author_organisation", 300)]


# A text of the plan: the demande, a need, a resource, an objective, an observation, the
# family's point of view. One row per entry, so each keeps its own author.
plan_entry = Table(
    "plan_entry",
    metadata,
    Column("plan_id", Uuid(), ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True),
    _text("section", 30),
    _text("domain", 60),
    Column("text", Text(), nullable=False, default=""),
    *_author_columns(),
    Column("position", Integer(), nullable=False, default=0),
    # Bumped at every change: an edit made on an older version is a conflict, never an overwrite.
    Column("version", Integer(), nullable=False, default=1, server_default="1"),
    *_record_columns(),
)

plan_action = Table(
    "plan_action",
    metadata,
    Column("plan_id", Uuid(), ForeignKey("plan.id", ondelete="CASCADE"), nullable=False, index=True),
    _text("domain", 60),
    # The need the action answers (required for a professional's action).
    Column("need_id", Uuid(), ForeignKey("plan_entry.id"), index=True),
    Column("what", Text(), nullable=False, default=""),
    _text("who_kind", 20),
    Column("who_person_id", Uuid(), ForeignKey("person.id", ondelete="SET NULL")),
    Column("who_contact_id", Uuid(), ForeignKey("network_contact.id", ondelete="SET NULL")),
    # The name as picked or typed: still printed if the person leaves the network.
    _text("who_name", 200),
    _text("who_organisation", 300),
    # The service of the directory the action points to (its address and hours print with it).
    Column("structure_id", Uuid(), ForeignKey("structure.id", ondelete="SET NULL")),
    Column("how", Text(), nullable=False, default=""),
    Column("feasible", Boolean()),  # "possible pour moi ?" — None until the person says
    _text("feasible_by", 200),
    Column("start_on", Date()),
    Column("proposed_on", Date()),  # a proposal, never a deadline
    _text("status", 30),
    Column("outcome", Text(), nullable=False, default=""),
    *_author_columns(),
    Column("position", Integer(), nullable=False, default=0),
    # Bumped at every change: an edit made on an older version is a conflict, never an overwrite.
    Column("version", Integer(), nullable=False, default=1, server_default="1"),
    *_record_columns(),
)

# A professional's proposed wording of the family's text: shown beside it until the family
# accepts or refuses it.
rewording = Table(
    "rewording",
    metadata,
    Column("entry_id", Uuid(), ForeignKey("plan_entry.id", ondelete="CASCADE"), index=True),
    Column("action_id", Uuid(), ForeignKey("plan_action.id", ondelete="CASCADE"), index=True),
    _text("field", 20),
    Column("original", Text(), nullable=False, default=""),
    Column("proposed", Text(), nullable=False, default=""),
    *_author_columns(),
    _text("status", 20),  # en_attente, acceptee, refusee
    _text("decided_by", 200),
    Column("decided_on", Date()),
    *_record_columns(),
)

# Immutable: each adoption or print of a changed plan freezes its whole content.
plan_version = Table(
    "plan_version",
    metadata,
    Column("plan_id", Uuid(), ForeignKey("plan.id", ondelete="CASCADE"), nullable=False),
    Column("number", Integer(), nullable=False),
    Column("frozen_on", Date(), nullable=False),
    _text("reason", 20),  # adoption, impression
    Column("content", JSON(), nullable=False),
    Column("adopted_by", JSON(), nullable=False),
    Column("adopted_on", Date()),
    Column("signatories", JSON(), nullable=False),
    _text("frozen_by", 100),
    *_record_columns(),
    UniqueConstraint("plan_id", "number"),
)

# To whom a version was handed: the family, a named partner.
plan_handover = Table(
    "plan_handover",
    metadata,
    Column("version_id", Uuid(), ForeignKey("plan_version.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("handed_on", Date(), nullable=False),
    _text("copy", 20),  # famille, partenaire
    _text("recipient", 300),
    Column("sections", JSON()),
    _text("how", 200),
    _text("recorded_by", 100),
    *_record_columns(),
)

# -- Synthèse: meetings with the family ----------------------------------------------------------

meeting = Table(
    "meeting",
    metadata,
    Column("dossier_id", Uuid(), ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False, index=True),
    _text("kind", 20),
    Column("planned_on", Date()),
    _text("planned_time", 20),
    _text("place", 300),
    Column("agenda", Text(), nullable=False, default=""),  # in the family's words
    *_author_columns(),
    _text("status", 20),  # preparee, ouverte, terminee
    _text("phase", 20),
    Column("family_present", Boolean()),
    Column("absence_reason", Text(), nullable=False, default=""),
    Column("family_informed_on", Date()),
    _text("family_informed_how", 300),
    _text("charter_version", 100),
    Column("charter_acknowledged_at", DateTime(timezone=True)),
    _text("charter_acknowledged_by", 200),
    Column("validated", Boolean()),  # the family's read-back: None until they say
    _text("validated_by", 200),
    Column("validated_on", Date()),
    Column("validation_comment", Text(), nullable=False, default=""),
    Column("next_meeting_on", Date()),
    Column("plan_version", Integer()),
    Column("opened_at", DateTime(timezone=True)),
    Column("closed_at", DateTime(timezone=True)),
    *_record_columns(),
)

meeting_participant = Table(
    "meeting_participant",
    metadata,
    Column("meeting_id", Uuid(), ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False, index=True),
    _text("name", 200),
    _text("organisation", 300),
    _text("side", 20),  # famille, invite_famille, professionnel
    Column("person_id", Uuid(), ForeignKey("person.id", ondelete="SET NULL")),
    Column("contact_id", Uuid(), ForeignKey("network_contact.id", ondelete="SET NULL")),
    Column("invited", Boolean(), nullable=False, default=True),
    Column("present", Boolean()),
    Column("position", Integer(), nullable=False, default=0),
    *_record_columns(),
)

# What was said or written, by whom, of which kind; nothing here is hidden from the family.
meeting_entry = Table(
    "meeting_entry",
    metadata,
    Column("meeting_id", Uuid(), ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False, index=True),
    _text("phase", 20),
    _text("kind", 20),
    Column("participant_id", Uuid(), ForeignKey("meeting_participant.id", ondelete="SET NULL")),
    _text("speaker", 200),
    *_author_columns(),
    Column("text", Text(), nullable=False, default=""),
    Column("private", Boolean(), nullable=False, default=False),  # written in the family's private time
    Column("action_id", Uuid(), ForeignKey("plan_action.id", ondelete="SET NULL")),
    Column("position", Integer(), nullable=False, default=0),
    # Bumped at every change: an edit made on an older version is a conflict, never an overwrite.
    Column("version", Integer(), nullable=False, default=1, server_default="1"),
    *_record_columns(),
)

# The text being typed, saved continuously: a power cut loses at most a second of it.
meeting_draft = Table(
    "meeting_draft",
    metadata,
    Column("meeting_id", Uuid(), ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("text", Text(), nullable=False, default=""),
    Column("participant_id", Uuid()),
    _text("kind", 20),
    *_record_columns(),
)


# -- Charter, consents, sharing log, rights ------------------------------------------------------

# A partner structure of the territory (it signs the charter; it may receive what the family agreed to).
partner = Table(
    "partner",
    metadata,
    _text("name", 300, default=None),
    _text("category", 30),
    _text("contact", 300),
    *_record_columns(),
)

# Who signed which version of the charter, and when (the structure itself, or a named professional).
charter_signature = Table(
    "charter_signature",
    metadata,
    Column("partner_id", Uuid(), ForeignKey("partner.id", ondelete="CASCADE"), nullable=False, index=True),
    _text("professional", 200),
    _text("charter_version", 100),
    Column("signed_on", Date(), nullable=False),
    *_record_columns(),
)

# An adult's consent to sharing, or (child protection) the legal ground of a sharing.
consent = Table(
    "consent",
    metadata,
    Column("dossier_id", Uuid(), ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("person_id", Uuid(), ForeignKey("person.id", ondelete="CASCADE")),
    _text("basis", 20),  # consentement, fondement_legal
    _text("legal_ground", 40),
    Column("justification", Text(), nullable=False, default=""),
    Column("categories", JSON(), nullable=False),
    Column("recipient_partners", JSON(), nullable=False),
    Column("recipient_categories", JSON(), nullable=False),
    Column("media", JSON(), nullable=False),
    Column("purpose", Text(), nullable=False, default=""),
    _text("collected_how", 20),
    Column("collected_on", Date(), nullable=False),
    _text("collected_by", 200),
    Column("withdrawn_on", Date()),
    _text("withdrawn_how", 300),
    *_record_columns(),
)

# Every print, export and transmission: what, to whom, why, on which consent or ground.
sharing_log = Table(
    "sharing_log",
    metadata,
    Column("dossier_id", Uuid(), ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("at", DateTime(timezone=True), nullable=False),
    _text("document", 60),
    _text("document_ref", 100),
    _text("copy", 20),  # famille, partenaire
    _text("recipient", 300),
    Column("recipient_partner_id", Uuid()),  # no foreign key: the log outlives the partner list
    _text("recipient_category", 30),
    _text("purpose", 300),
    Column("basis", Text(), nullable=False, default=""),
    Column("consent_ids", JSON(), nullable=False),
    Column("family_present", Boolean()),
    Column("family_informed", Boolean()),
    Column("address_included", Boolean(), nullable=False, default=False),
    _text("address_reason", 300),
    _text("recorded_by", 100),
    *_record_columns(),
)

# Rectification: every correction keeps the previous value, readable by the person.
field_history = Table(
    "field_history",
    metadata,
    Column("dossier_id", Uuid(), ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False, index=True),
    _text("record_type", 40),
    Column("record_id", Uuid(), nullable=False, index=True),
    _text("field", 60),
    Column("old_value", Text(), nullable=False, default=""),
    Column("new_value", Text(), nullable=False, default=""),
    Column("changed_at", DateTime(timezone=True), nullable=False),
    _text("changed_by", 200),
    *_record_columns(),
)

# What is left of a deleted dossier for the indicators: nothing that names anyone.
anonymous_trace = Table(
    "anonymous_trace",
    metadata,
    Column("year_opened", Integer()),
    Column("year_closed", Integer()),
    _text("state", 20),
    _text("territory", 300),
    Column("persons", Integer(), nullable=False, default=0),
    _text("closure_reason", 300),
    Column("plan_versions", Integer(), nullable=False, default=0),
    Column("meetings", Integer(), nullable=False, default=0),
    Column("deleted_on", Date(), nullable=False),
    *_record_columns(),
)

# -- Cartographie de l'offre locale ---------------------------------------------------------------

# A service of the territory: who does what, when, where, how.
structure = Table(
    "structure",
    metadata,
    _text("name", 300, default=None),
    _text("kind", 20),
    Column("domains", JSON(), nullable=False),
    Column("communes", JSON(), nullable=False),
    _text("address", 300),
    _text("postal_code", 20),
    _text("commune", 300),
    Column("hours", Text(), nullable=False, default=""),
    _text("access", 300),
    _text("contact_name", 300),
    _text("phone", 60),
    _text("email", 300),
    Column("description", Text(), nullable=False, default=""),
    Column("verified_on", Date()),
    Column("search_text", Text(), nullable=False, default=""),
    _text("duplicate_key", 700),
    # Bumped at every change: an edit made on an older version is a conflict, never an overwrite.
    Column("version", Integer(), nullable=False, default=1, server_default="1"),
    *_record_columns(),
    Index("ix_structure_duplicate_key", "duplicate_key"),
)

# A proposal to the family to go to a service, and what came of it.
orientation = Table(
    "orientation",
    metadata,
    Column("dossier_id", Uuid(), ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("structure_id", Uuid(), ForeignKey("structure.id", ondelete="SET NULL"), index=True),
    _text("structure_name", 300),  # kept if the structure leaves the directory
    _text("domain", 60),
    Column("proposed_on", Date(), nullable=False),
    _text("outcome", 30),
    Column("outcome_on", Date()),
    Column("note", Text(), nullable=False, default=""),
    *_record_columns(),
)


# -- Evaluation -------------------------------------------------------------------------------------

# A follow-up (at the end, at 3 and 6 months), scheduled only if the family agreed, answered in their words.
followup = Table(
    "followup",
    metadata,
    Column("dossier_id", Uuid(), ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False, index=True),
    _text("kind", 20),  # fin, 3_mois, 6_mois
    Column("due_on", Date(), nullable=False),
    Column("done_on", Date()),
    _text("resolved", 20),  # non, en_partie, completement
    Column("satisfaction", Integer()),
    Column("changed", Text(), nullable=False, default=""),
    Column("better", Text(), nullable=False, default=""),
    Column("answers", JSON(), nullable=False),
    _text("questions_version", 100),
    Column("quote_agreed", Boolean(), nullable=False, default=False),  # their words may be quoted, anonymously
    _text("recorded_by", 100),
    *_record_columns(),
    UniqueConstraint("dossier_id", "kind"),
)
