"""Process and impact indicators, computed from what is already recorded (no extra form):
per period, per territory, for the account's dossiers (a référent: their own; a cadre: all,
never a name). ``anonymous`` hides small counts and keeps only the words the family agreed
to have quoted.

The result is a dict (the format the dashboard and the PDF report read):

    {"format": 1, "period": {"start", "end"}, "territory", "scope", "generated_on", "anonymous": bool,
     "suppression_threshold": 5,
     "figures": [{"key", "label", "value": int | float | None, "unit": "" | "jours" | "%" | "/ 10", "note"}],
     "tables": [{"key", "title", "columns": [...], "rows": [[label, value, ...]], "chart": "bar"|"stacked"|"line",
                 "note"}],
     "quotes": [{"text", "resolved"}]}
"""

from __future__ import annotations

import csv
import io
import statistics
from datetime import date
from typing import Any

from sqlalchemy import func, select

from refparcours.data import tables
from refparcours.domain import CLOSURE_REASONS
from refparcours.dossiers import DossierService
from refparcours.evaluation import FOLLOWUP_KINDS, OWN_SOLUTION, RESOLVED, SUPPRESSION_THRESHOLD, suppressed
from refparcours.meeting import ENDED
from refparcours.ppf import STATUSES, WHO_KINDS
from refparcours.directory import ORIENTATION_OUTCOMES

FORMAT = 1
ANSWERS = {"accepte": "Acceptée", "decline": "Déclinée", "reflechit": "En réflexion", "": "Pas encore de réponse"}
WHO_GROUPS = {"foyer": "La famille", "reseau": "Les proches", "professionnel": "Les professionnels"}


def quarter(day: date) -> str:
    return f"{day.year} T{(day.month - 1) // 3 + 1}"


def quarters(start: date, end: date) -> list[str]:
    found, year, q = [], start.year, (start.month - 1) // 3
    while (year, q) <= (end.year, (end.month - 1) // 3):
        found.append(f"{year} T{q + 1}")
        q += 1
        if q == 4:
            year, q = year + 1, 0
    return found


class IndicatorService:
    def __init__(self, dossiers: DossierService) -> None:
        self.dossiers = dossiers
        self.database = dossiers.database

    def territories(self) -> list[str]:
        d = tables.dossier.c
        with self.database.engine.connect() as connection:
            return [t for (t,) in connection.execute(self.dossiers.in_scope(
                select(d.territory).distinct().where(d.territory != "").order_by(d.territory)))]

    def compute(self, start: date, end: date, territory: str = "") -> dict[str, Any]:
        """Every indicator of the period, from the records themselves."""
        d = tables.dossier.c
        scoped = self.dossiers.in_scope(select(d.id))
        if territory:
            scoped = scoped.where(d.territory == territory)
        s, p, g = tables.screening.c, tables.proposal.c, tables.designation.c
        m, a, o, f = tables.meeting.c, tables.plan_action.c, tables.orientation.c, tables.followup.c
        v, pl = tables.plan_version.c, tables.plan.c

        def within(column):
            return column.between(start, end)

        figures: list[dict[str, Any]] = []
        tables_out: list[dict[str, Any]] = []
        with self.database.engine.connect() as connection:
            def scalar(statement) -> int:
                return connection.execute(statement).scalar() or 0

            screened = scalar(select(func.count(func.distinct(s.dossier_id)))
                              .where(s.dossier_id.in_(scoped), within(s.screened_on)))
            answers = dict(connection.execute(
                select(p.answer, func.count()).join(tables.screening, s.id == p.screening_id)
                .where(s.dossier_id.in_(scoped), within(p.proposed_on)).group_by(p.answer)).all())
            proposed = sum(answers.values())
            # Time from the first screening to the first adopted plan, for plans first adopted in the period.
            first_screening = dict(connection.execute(
                select(s.dossier_id, func.min(s.screened_on)).where(s.dossier_id.in_(scoped))
                .group_by(s.dossier_id)).all())
            first_adoption = connection.execute(
                select(pl.dossier_id, func.min(func.coalesce(v.adopted_on, v.frozen_on)))
                .join(tables.plan, pl.id == v.plan_id).where(pl.dossier_id.in_(scoped), v.reason == "adoption")
                .group_by(pl.dossier_id)).all()
            delays = [(adopted - first_screening[dossier]).days for dossier, adopted in first_adoption
                      if dossier in first_screening and start <= adopted <= end and adopted >= first_screening[dossier]]
            meetings = connection.execute(
                select(m.family_present, func.count()).where(m.dossier_id.in_(scoped), m.phase == ENDED,
                                                              within(m.planned_on)).group_by(m.family_present)).all()
            held = sum(count for _, count in meetings)
            with_family = sum(count for present, count in meetings if present)
            actions = connection.execute(
                select(a.status, a.who_kind, func.count()).join(tables.plan, pl.id == a.plan_id)
                .where(pl.dossier_id.in_(scoped)).group_by(a.status, a.who_kind)).all()
            orientations = dict(connection.execute(
                select(o.outcome, func.count()).where(o.dossier_id.in_(scoped), within(o.proposed_on))
                .group_by(o.outcome)).all())
            closures = dict(connection.execute(
                select(d.closure_reason, func.count()).where(d.id.in_(scoped), within(d.closed_on))
                .group_by(d.closure_reason)).all())
            followups = connection.execute(
                select(f.kind, f.resolved, f.satisfaction, f.changed, f.quote_agreed)
                .where(f.dossier_id.in_(scoped), f.done_on.isnot(None), within(f.done_on))).all()
            started = connection.execute(
                select(g.designated_on).join(tables.screening, s.id == g.screening_id)
                .where(s.dossier_id.in_(scoped), within(g.designated_on))).scalars().all()
            screenings_on = connection.execute(
                select(s.screened_on).where(s.dossier_id.in_(scoped), within(s.screened_on))).scalars().all()
            closed_on = connection.execute(
                select(d.closed_on).where(d.id.in_(scoped), within(d.closed_on))).scalars().all()
            meetings_on = connection.execute(
                select(m.planned_on).where(m.dossier_id.in_(scoped), m.phase == ENDED, within(m.planned_on))
            ).scalars().all()

        successes_own = closures.get(OWN_SOLUTION, 0)
        resolved_some = sum(1 for row in followups if row.resolved in ("en_partie", "completement"))
        answered = sum(1 for row in followups if row.resolved)
        satisfaction = [row.satisfaction for row in followups if row.satisfaction is not None]

        def figure(key, label, value, unit="", note="", base=None):
            # ``base``: how many records a share, median or delay rests on (hidden below the threshold).
            figures.append({"key": key, "label": label, "value": value, "unit": unit, "note": note, "base": base})

        figure("screened", "Situations repérées", screened)
        figure("proposed", "Démarches proposées aux familles", proposed)
        figure("accepted", "Démarches acceptées", answers.get("accepte", 0))
        figure("declined", "Démarches déclinées", answers.get("decline", 0), note="un choix de la famille, jamais "
               "un échec")
        figure("delay", "Délai médian du repérage au premier projet adopté",
               round(statistics.median(delays)) if delays else None, "jours", note=f"sur {len(delays)} projets",
               base=len(delays))
        figure("meetings", "Rencontres tenues", held)
        figure("meetings_family", "Rencontres avec la famille présente", with_family)
        figure("meetings_family_share", "Part des rencontres avec la famille présente",
               round(100 * with_family / held) if held else None, "%", base=held)
        figure("followups", "Suivis réalisés auprès des familles", len(followups))
        figure("resolved_share", "Situation résolue en partie ou complètement (selon la famille)",
               round(100 * resolved_some / answered) if answered else None, "%", note=f"sur {answered} réponses",
               base=answered)
        figure("satisfaction", "Satisfaction médiane", statistics.median(satisfaction) if satisfaction else None,
               "/ 10", note=f"sur {len(satisfaction)} réponses", base=len(satisfaction))
        figure("own_solution", "Familles qui ont trouvé leur solution elles-mêmes", successes_own,
               note="compté comme une réussite")

        periods = quarters(start, end)

        def by_quarter(days: list[date]) -> dict[str, int]:
            counts = dict.fromkeys(periods, 0)
            for day in days:
                counts[quarter(day)] = counts.get(quarter(day), 0) + 1
            return counts

        trend = [by_quarter(screenings_on), by_quarter(started), by_quarter(closed_on), by_quarter(meetings_on)]
        tables_out.append({"key": "trends", "title": "Par trimestre", "chart": "line",
                           "columns": ["Trimestre", "Situations repérées", "Accompagnements commencés",
                                       "Dossiers clos", "Rencontres tenues"],
                           "rows": [[q, *(series[q] for series in trend)] for q in periods], "note": ""})
        by_status = dict.fromkeys(STATUSES, 0)
        by_who = dict.fromkeys(WHO_KINDS, 0)
        for status, who, count in actions:
            by_status[status] = by_status.get(status, 0) + count
            by_who[who] = by_who.get(who, 0) + count
        tables_out.append({"key": "actions_status", "title": "Actions des projets, par statut", "chart": "bar",
                           "columns": ["Statut", "Actions"],
                           "rows": [[STATUSES[k], by_status[k]] for k in STATUSES], "note": "état actuel"})
        tables_out.append({"key": "actions_who", "title": "Qui porte les actions", "chart": "bar",
                           "columns": ["Qui", "Actions"],
                           "rows": [[WHO_GROUPS[k], by_who.get(k, 0)] for k in WHO_GROUPS], "note": "état actuel"})
        tables_out.append({"key": "proposals", "title": "Réponses des familles à la proposition", "chart": "bar",
                           "columns": ["Réponse", "Familles"],
                           "rows": [[ANSWERS[k], answers.get(k, 0)] for k in ANSWERS], "note": ""})
        tables_out.append({"key": "orientations", "title": "Orientations vers un service, et leur suite", "chart": "bar",
                           "columns": ["Suite", "Orientations"],
                           "rows": [[ORIENTATION_OUTCOMES[k], orientations.get(k, 0)] for k in ORIENTATION_OUTCOMES],
                           "note": ""})
        reasons = [r for r in CLOSURE_REASONS] + sorted(r for r in closures if r not in CLOSURE_REASONS)
        tables_out.append({"key": "closures", "title": "Dossiers clos, et pourquoi", "chart": "bar",
                           "columns": ["Motif", "Dossiers"],
                           "rows": [[reason or "Non précisé", closures.get(reason, 0)] for reason in reasons],
                           "note": "« la famille a trouvé sa solution elle-même » est une réussite"})
        resolution = {kind: dict.fromkeys(RESOLVED, 0) for kind in FOLLOWUP_KINDS}
        for row in followups:
            if row.resolved:
                resolution[row.kind][row.resolved] += 1
        tables_out.append({"key": "resolution", "title": "La situation de départ est-elle résolue ? (la famille)",
                           "chart": "stacked", "columns": ["Suivi", *RESOLVED.values()],
                           "rows": [[FOLLOWUP_KINDS[k], *(resolution[k][r] for r in RESOLVED)]
                                    for k in FOLLOWUP_KINDS], "note": ""})
        scope = "tous les dossiers" if self.dossiers.scope is None else "mes dossiers"
        return {"format": FORMAT, "period": {"start": start.isoformat(), "end": end.isoformat()},
                "territory": territory, "scope": scope, "generated_on": self.dossiers.today().isoformat(),
                "anonymous": False, "suppression_threshold": SUPPRESSION_THRESHOLD,
                "figures": figures, "tables": tables_out,
                "quotes": [{"text": row.changed, "resolved": row.resolved} for row in followups
                           if row.quote_agreed and row.changed]}


def anonymous(indicators: dict[str, Any]) -> dict[str, Any]:
    """For the joint committee and the annual note: counts below 5 hidden, and the shares,
    medians and delays resting on fewer than 5 records; the families' words only when they
    agreed to be quoted (``compute`` keeps no other)."""
    figures = []
    for item in indicators["figures"]:
        value, base = item["value"], item.get("base")
        if base is not None:
            value = value if base >= SUPPRESSION_THRESHOLD else None
        elif isinstance(value, int):
            value = suppressed(value)
        # The note may carry a small base ("sur 3 réponses"): it goes too.
        figures.append({**item, "value": value, "note": "" if base is not None else item["note"], "base": None})
    out_tables = [{**table, "rows": [[row[0], *(suppressed(c) if isinstance(c, int) else c for c in row[1:])]
                                     for row in table["rows"]]} for table in indicators["tables"]]
    return {**indicators, "anonymous": True, "figures": figures, "tables": out_tables,
            "quotes": [q for q in indicators["quotes"] if q["text"]]}


def anonymous_csv(indicators: dict[str, Any]) -> bytes:
    """The anonymous figures as a spreadsheet (";" separated, UTF-8 with BOM, formula-safe)."""
    from refparcours.directory_io import protect_cell

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    period = f"{indicators['period']['start']} — {indicators['period']['end']}"
    writer.writerow(["Période", "Territoire", "Indicateur", "Catégorie", "Valeur"])

    def shown(value: Any) -> str:
        return f"< {SUPPRESSION_THRESHOLD}" if value is None else str(value)

    territory = indicators["territory"] or "tous"
    for item in indicators["figures"]:
        writer.writerow([protect_cell(x) for x in (period, territory, item["label"], item["unit"],
                                                   shown(item["value"]))])
    for table in indicators["tables"]:
        for row in table["rows"]:
            for column, value in zip(table["columns"][1:], row[1:], strict=False):
                writer.writerow([protect_cell(x) for x in (period, territory, table["title"],
                                                           f"{row[0]} — {column}", shown(value))])
    for quote in indicators["quotes"]:
        writer.writerow([protect_cell(x) for x in (period, territory, "Ce que disent les familles",
                                                   RESOLVED.get(quote["resolved"], ""), quote["text"])])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
