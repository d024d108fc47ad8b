"""Evaluation in the family's voice: the follow-up questionnaire (and a territory's own
questions), when follow-ups are due, and the rules that keep anonymous figures anonymous.
Pure rules, no database (see ``followups`` and ``indicators``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from refparcours.errors import UserFacingError, ValidationError
from refparcours.paths import resources_dir
from refparcours.ppf import add_months
from refparcours.text import LONG_TEXT_MAX, check_length, clean_text
from refparcours.tomlfiles import read_toml

RESOLVED = {"non": "Non", "en_partie": "En partie", "completement": "Complètement"}
FOLLOWUP_KINDS = {"fin": "À la fin de l'accompagnement", "3_mois": "3 mois après", "6_mois": "6 mois après"}
FOLLOWUP_MONTHS = {"fin": 0, "3_mois": 3, "6_mois": 6}
# A family that found its own way out is a success, never a failure.
OWN_SOLUTION = "La famille a trouvé sa solution elle-même"
SUPPRESSION_THRESHOLD = 5  # any count below this is not shown in an anonymous export
AGE_BANDS = ((0, 5, "0–5 ans"), (6, 10, "6–10 ans"), (11, 14, "11–14 ans"), (15, 17, "15–17 ans"),
             (18, 25, "18–25 ans"), (26, 39, "26–39 ans"), (40, 59, "40–59 ans"), (60, 200, "60 ans et plus"))
DEFAULT_QUESTIONS = resources_dir() / "evaluation" / "questions-par-defaut.toml"
QUESTION_TYPES = {"choix": "Choix", "oui_non": "Oui / non", "echelle": "De 0 à 10", "texte": "Texte libre"}


def age_band(birth: date | None, on: date) -> str:
    """Never a date of birth in an export: an age band."""
    if birth is None:
        return "âge inconnu"
    years = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    return next((label for low, high, label in AGE_BANDS if low <= years <= high), "âge inconnu")


def suppressed(count: int | None) -> int | None:
    """Small counts could point to a family: below the threshold, nothing is shown."""
    if count is None:
        return None
    return count if count == 0 or count >= SUPPRESSION_THRESHOLD else None


def due_dates(closed_on: date) -> dict[str, date]:
    """When each follow-up falls, from the end of the accompaniment."""
    return {kind: add_months(closed_on, months) for kind, months in FOLLOWUP_MONTHS.items()}


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    kind: str
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuestionSet:
    version: str
    questions: tuple[Question, ...]


class QuestionFileError(UserFacingError):
    pass


def parse_questions(data: bytes, source: str = "questions.toml") -> QuestionSet:
    """A territory's own follow-up questions, checked before use."""
    document = read_toml(data, source, "des questions du suivi", QuestionFileError)
    entries = document.get("question", [])
    if not isinstance(entries, list):
        raise QuestionFileError("« question » doit être une liste de [[question]] dans « {source} ».", source=source)
    questions: list[Question] = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise QuestionFileError("Question n° {number} de « {source} » mal écrite.", number=number, source=source)
        key, text, kind = entry.get("id"), entry.get("texte"), entry.get("type", "texte")
        if not isinstance(key, str) or not key or not all(c.isalnum() or c == "-" for c in key) or len(key) > 60:
            raise QuestionFileError("Question n° {number} : « id » manque ou contient autre chose que des lettres, "
                                    "chiffres et tirets.", number=number)
        if any(q.id == key for q in questions):
            raise QuestionFileError("La question « {key} » apparaît deux fois.", key=key)
        if not isinstance(text, str) or not text.strip():
            raise QuestionFileError("Question « {key} » : « texte » manque.", key=key)
        if kind not in QUESTION_TYPES:
            raise QuestionFileError("Question « {key} » : type « {kind} » inconnu (types : {known}).", key=key,
                                    kind=str(kind)[:30], known=", ".join(QUESTION_TYPES))
        choices = entry.get("choix", [])
        if kind == "choix" and (not isinstance(choices, list) or len(choices) < 2
                                or not all(isinstance(c, str) and c.strip() for c in choices)):
            raise QuestionFileError("Question « {key} » : un choix demande au moins deux réponses dans « choix ».",
                                    key=key)
        questions.append(Question(key, text.strip()[:500], kind,
                                  tuple(c.strip()[:200] for c in choices) if kind == "choix" else ()))
    version = document.get("version")
    return QuestionSet(version if isinstance(version, str) else source, tuple(questions))


def load_questions(path: Path | None = None) -> QuestionSet:
    path = Path(path) if path else DEFAULT_QUESTIONS
    try:
        return parse_questions(path.read_bytes(), path.name)
    except OSError as error:
        raise QuestionFileError("Le fichier des questions « {path} » est illisible ({detail}).", path=str(path),
                                detail=error.strerror or str(error)) from None


def check_answers(values: dict[str, Any], questions: QuestionSet) -> dict[str, Any]:
    """One follow-up's answers, checked; every answer may be left empty (never forced)."""
    resolved = values.get("resolved") or ""
    if resolved and resolved not in RESOLVED:
        raise ValidationError("Réponse inconnue : « {value} ».", field="resolved", value=resolved)
    satisfaction = values.get("satisfaction")
    if satisfaction in ("", None):
        satisfaction = None
    else:
        try:
            satisfaction = int(str(satisfaction).strip())
        except ValueError:
            raise ValidationError("La satisfaction se dit de 0 à 10.", field="satisfaction") from None
        if not 0 <= satisfaction <= 10:
            raise ValidationError("La satisfaction se dit de 0 à 10.", field="satisfaction")
    extra: dict[str, Any] = {}
    for question in questions.questions:
        answer = (values.get("answers") or {}).get(question.id)
        if answer in (None, ""):
            continue
        if question.kind == "choix" and answer not in question.choices:
            raise ValidationError("« {answer} » n'est pas une réponse possible à « {question} ».", field="answers",
                                  answer=str(answer)[:60], question=question.text[:80])
        if question.kind == "oui_non" and answer not in ("oui", "non"):
            raise ValidationError("Répondez oui ou non à « {question} ».", field="answers", question=question.text[:80])
        if question.kind == "echelle":
            try:
                answer = int(answer)
            except (TypeError, ValueError):
                answer = -1
            if not 0 <= answer <= 10:
                raise ValidationError("« {question} » se répond de 0 à 10.", field="answers",
                                      question=question.text[:80])
        if question.kind == "texte":
            answer = check_length(clean_text(str(answer), multiline=True), LONG_TEXT_MAX, field="answers",
                                  what=question.text[:80])
        extra[question.id] = answer
    return {
        "resolved": resolved, "satisfaction": satisfaction, "answers": extra,
        # The family's own words, kept as said.
        "changed": check_length(clean_text(values.get("changed"), multiline=True), LONG_TEXT_MAX, field="changed",
                                what="Ce qui a changé"),
        "better": check_length(clean_text(values.get("better"), multiline=True), LONG_TEXT_MAX, field="better",
                               what="Ce qui pourrait être mieux"),
        "quote_agreed": bool(values.get("quote_agreed")),
    }
