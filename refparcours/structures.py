"""The directory in the database: structures (search, filters, edits with undo, imports in one
transaction), the dossiers whose plan points to a structure, orientations and their
outcome, and "où aller" for a commune and a domain."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from refparcours import directory
from refparcours.data import tables
from refparcours.directory import ORIENTATION_OUTCOMES, check_structure, duplicate_key, is_stale
from refparcours.dossiers import DossierService
from refparcours.errors import EditConflict, UserFacingError, ValidationError
from refparcours.ppf import load_domains
from refparcours.rules import check_past_date
from refparcours.security import audit
from refparcours.text import LONG_TEXT_MAX, check_length, clean_text, search_key, search_terms

IMPORT_CHUNK = 500


def _derived(values: dict[str, Any]) -> dict[str, Any]:
    return {"search_text": directory.structure_search_text(values),
            "duplicate_key": duplicate_key(values["name"], values["commune"], values["postal_code"])}


class DirectoryService:
    def __init__(self, dossiers: DossierService) -> None:
        self.dossiers = dossiers
        self.database = dossiers.database
        self.domains = {d.key: d.label for d in load_domains().domains}

    def today(self) -> date:
        return self.dossiers.today()

    def _log(self, connection: Connection, operation: str, record_id: Any, detail: str = "") -> None:
        audit.append(connection, self.dossiers.actor, operation, record_type="structure", record_id=str(record_id),
                     detail=detail)

    # -- reading ---------------------------------------------------------------------------

    def search(self, text: str = "", *, domain: str = "", commune: str = "", kind: str = "") -> list[dict[str, Any]]:
        """Structures whose name, commune or description hold every word typed; filtered by
        domain, commune (served or located) and kind; sorted by name; stale ones marked."""
        s = tables.structure.c
        statement = select(tables.structure).order_by(s.name)
        for term in search_terms(text):
            statement = statement.where(s.search_text.contains(term, autoescape=True))
        if kind:
            statement = statement.where(s.kind == kind)
        with self.database.engine.connect() as connection:
            rows = [dict(r) for r in connection.execute(statement).mappings()]
        wanted = search_key(commune)
        today = self.today()
        found = []
        for row in rows:
            if domain and domain not in row["domains"]:
                continue
            if wanted and wanted not in {search_key(c) for c in [*row["communes"], row["commune"]]}:
                continue
            row["stale"] = is_stale(row["verified_on"], today)
            found.append(row)
        # As a person reads the alphabet: "Épicerie" among the E, not after the Z.
        found.sort(key=lambda row: (search_key(row["name"]), row["name"]))
        return found

    def get(self, structure_id: uuid.UUID) -> dict[str, Any]:
        with self.database.engine.connect() as connection:
            row = connection.execute(select(tables.structure).where(tables.structure.c.id == structure_id)
                                     ).mappings().first()
        if row is None:
            raise UserFacingError("Cette structure n'est plus dans l'annuaire.")
        return {**row, "stale": is_stale(row["verified_on"], self.today())}

    def communes(self) -> list[str]:
        """Every commune the directory mentions, for the filters."""
        with self.database.engine.connect() as connection:
            rows = connection.execute(select(tables.structure.c.communes, tables.structure.c.commune)).all()
        names = {c for communes, commune in rows for c in [*communes, commune] if c}
        return sorted(names, key=search_key)

    def existing_keys(self) -> dict[str, uuid.UUID]:
        with self.database.engine.connect() as connection:
            return {key: row_id for row_id, key in connection.execute(
                select(tables.structure.c.id, tables.structure.c.duplicate_key))}

    def where_to_go(self, commune: str, domain: str) -> list[dict[str, Any]]:
        """The services covering this commune in this domain (the verified ones first)."""
        found = self.search(domain=domain, commune=commune)
        return sorted(found, key=lambda r: (r["stale"], search_key(r["name"])))

    # -- changing ----------------------------------------------------------------------------

    def check(self, values: dict[str, Any]) -> dict[str, Any]:
        return check_structure(values, self.domains, self.today())

    def add(self, values: dict[str, Any]) -> uuid.UUID:
        cleaned = self.check(values)
        structure_id = uuid.uuid4()
        with self.database.engine.begin() as connection:
            self._refuse_duplicate(connection, cleaned)
            connection.execute(insert(tables.structure).values(id=structure_id, **cleaned, **_derived(cleaned)))
            self._log(connection, audit.CREATE, structure_id)
        return structure_id

    def _refuse_duplicate(self, connection: Connection, cleaned: dict[str, Any], own_id: Any = None) -> None:
        key = duplicate_key(cleaned["name"], cleaned["commune"], cleaned["postal_code"])
        other = connection.execute(select(tables.structure.c.id).where(tables.structure.c.duplicate_key == key,
                                                                       tables.structure.c.id != own_id)).first()
        if other is not None:
            raise ValidationError("« {name} » existe déjà dans l'annuaire pour cette commune.", field="name",
                                  name=cleaned["name"])

    def update(self, structure_id: uuid.UUID, changes: dict[str, Any],
               expected_version: int | None = None) -> dict[str, Any]:
        """Change some fields; returns their previous values (for undo). ``expected_version``:
        the version shown; changed since by someone else → EditConflict, nothing written."""
        current = self.get(structure_id)
        if expected_version is not None and current["version"] != expected_version:
            field = next(iter(changes))
            raise EditConflict(field=field, mine=str(changes[field] or ""), theirs=str(current[field] or ""),
                               theirs_by="", version=current["version"])
        merged = {field: current[field] for field in directory.FIELDS} | changes
        cleaned = self.check(merged)
        previous = {field: current[field] for field in changes}
        with self.database.engine.begin() as connection:
            self._refuse_duplicate(connection, cleaned, structure_id)
            connection.execute(update(tables.structure).where(tables.structure.c.id == structure_id)
                               .values(**cleaned, **_derived(cleaned), version=tables.structure.c.version + 1))
            self._log(connection, audit.UPDATE, structure_id, "champs : " + ", ".join(sorted(changes)))
        return previous

    def remove(self, structure_id: uuid.UUID) -> dict[str, Any]:
        row = self.get(structure_id)
        with self.database.engine.begin() as connection:
            connection.execute(delete(tables.structure).where(tables.structure.c.id == structure_id))
            self._log(connection, audit.DELETE, structure_id)
        return {k: v for k, v in row.items() if k != "stale"}

    def restore(self, snapshot: dict[str, Any]) -> None:
        with self.database.engine.begin() as connection:
            connection.execute(insert(tables.structure).values(**snapshot))
            self._log(connection, audit.RESTORE, snapshot["id"])

    def apply_import(self, rows: Iterable[Any], progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
        """Write the checked rows of an import in one transaction (all or none): new structures
        are added, recognised duplicates updated. Returns (added, updated)."""
        rows = list(rows)
        added = updated = 0
        with self.database.engine.begin() as connection:
            new_rows = []
            for number, row in enumerate(rows, start=1):
                values = {**row.values, **_derived(row.values)}
                if row.update_of is not None:
                    connection.execute(update(tables.structure).where(tables.structure.c.id == row.update_of)
                                       .values(**values))
                    updated += 1
                else:
                    new_rows.append({"id": uuid.uuid4(), **values})
                    added += 1
                if len(new_rows) >= IMPORT_CHUNK:
                    connection.execute(insert(tables.structure), new_rows)
                    new_rows = []
                if progress and number % IMPORT_CHUNK == 0:
                    progress(number, len(rows))
            if new_rows:
                connection.execute(insert(tables.structure), new_rows)
            self._log(connection, audit.CREATE, "import", f"{added} ajoutées, {updated} mises à jour")
        if progress:
            progress(len(rows), len(rows))
        return added, updated

    # -- links with dossiers -----------------------------------------------------------------

    def dossiers_for(self, structure_id: uuid.UUID) -> list[dict[str, Any]]:
        """The dossiers (the référent's own) whose plan has an action pointing to this structure."""
        d, p, a = tables.dossier.c, tables.plan.c, tables.plan_action.c
        statement = self.dossiers.in_scope(
            select(d.id, d.label, a.what, a.status).join(tables.plan, p.dossier_id == d.id)
            .join(tables.plan_action, a.plan_id == p.id).where(a.structure_id == structure_id).order_by(d.sort_key))
        with self.database.engine.connect() as connection:
            return [dict(r) for r in connection.execute(statement).mappings()]

    def record_orientation(self, dossier_id: uuid.UUID, structure_id: uuid.UUID, *, domain: str = "",
                           proposed_on: Any = None, note: str = "") -> uuid.UUID:
        """A proposal to the family to go to a service (their choice to go or not)."""
        structure = self.get(structure_id)
        when = check_past_date(proposed_on, self.today(), field="proposed_on", what="La date") or self.today()
        orientation_id = uuid.uuid4()
        with self.database.engine.begin() as connection:
            self.dossiers.check_scope(connection, dossier_id)
            self.dossiers.check_writable(connection, dossier_id)
            connection.execute(insert(tables.orientation).values(
                id=orientation_id, dossier_id=dossier_id, structure_id=structure_id, structure_name=structure["name"],
                domain=domain if domain in self.domains else "", proposed_on=when, outcome="",
                note=check_length(clean_text(note, multiline=True), LONG_TEXT_MAX, field="note", what="La note")))
            audit.append(connection, self.dossiers.actor, audit.CREATE, record_type="orientation",
                         record_id=str(orientation_id), detail=f"dossier {dossier_id}")
        return orientation_id

    def set_outcome(self, orientation_id: uuid.UUID, outcome: str, outcome_on: Any = None) -> None:
        if outcome not in ORIENTATION_OUTCOMES:
            raise ValidationError("Suite inconnue : « {outcome} ».", field="outcome", outcome=outcome)
        when = check_past_date(outcome_on, self.today(), field="outcome_on", what="La date") or self.today()
        with self.database.engine.begin() as connection:
            dossier_id = connection.execute(select(tables.orientation.c.dossier_id)
                                            .where(tables.orientation.c.id == orientation_id)).scalar()
            if dossier_id is None:
                raise UserFacingError("Cette orientation n'existe plus.")
            self.dossiers.check_scope(connection, dossier_id)
            self.dossiers.check_writable(connection, dossier_id)
            connection.execute(update(tables.orientation).where(tables.orientation.c.id == orientation_id)
                               .values(outcome=outcome, outcome_on=when if outcome else None))
            audit.append(connection, self.dossiers.actor, audit.UPDATE, record_type="orientation",
                         record_id=str(orientation_id), detail=f"dossier {dossier_id} ; suite {outcome or 'aucune'}")

    def orientations(self, dossier_id: uuid.UUID) -> list[dict[str, Any]]:
        o = tables.orientation.c
        with self.database.engine.connect() as connection:
            self.dossiers.check_scope(connection, dossier_id)
            return [dict(r) for r in connection.execute(select(tables.orientation).where(o.dossier_id == dossier_id)
                                                        .order_by(o.proposed_on)).mappings()]
