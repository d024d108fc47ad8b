"""``refparcours bench``: every performance figure beside its floor, measured in the same run.

Floors: a bare Qt window with a table (start-up, memory), the raw SQL queries
(filtering, opening a dossier) and a bare reportlab document of the same words (printing a
plan). Figures are reported, not asserted: a shared machine is
noisy, so the command prints medians and the 95th percentile and the ratios."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from refparcours.data.database import open_database
from refparcours.demo import fill_activity, fill_demo
from refparcours.documents.plan import plan_pdf
from refparcours.documents.plan_sample import sample_plan_content, sample_version
from refparcours.security.accounts import Installation
from refparcours.security.keys import KdfParams, derive_key, tune_kdf
from refparcours.text import search_terms

STARTS = 5
PRINTS = 10


@dataclass
class Measure:
    name: str
    unit: str
    value: float
    floor: float
    target: str
    met: bool

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else float("inf")


def _env(config_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else env.get("QT_QPA_PLATFORM", ""))
    if not env["QT_QPA_PLATFORM"]:
        del env["QT_QPA_PLATFORM"]
    env["REFPARCOURS_CONFIG_DIR"] = str(config_dir)
    return env


def _time_until_ready(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    for line in process.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - start
            process.wait(timeout=60)
            return elapsed, line
    process.wait(timeout=60)
    raise RuntimeError(f"{command[:3]} ne s'est pas ouvert (code {process.returncode})")


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


BENCH_PASSWORD = "banc d'essai refparcours"


def prepare_database(size: int, workdir: Path, *, encrypted: bool) -> Path:
    """The same generated dossiers, plain or encrypted (kept between runs)."""
    # "-v2": the dossiers now come with their activity (screenings, plans, meetings…).
    name = f"bench-{size}-v2{'-chiffree' if encrypted else ''}"
    path = workdir / f"{name}.sqlite"
    marker = workdir / f"{name}.ready"
    if path.exists() and marker.exists():
        return path
    for stale in workdir.glob(f"{name}.sqlite*"):
        stale.unlink()
    print(f"Génération de {size} dossiers fictifs{' (base chiffrée)' if encrypted else ''}…", file=sys.stderr,
          flush=True)
    if encrypted:
        # Cheap Argon2 parameters: start-up is measured without the password derivation,
        # which is measured on its own line.
        session, _ = Installation(path, KdfParams.fast()).create("banc", "Banc d'essai", BENCH_PASSWORD)
        database = session.database
    else:
        database = open_database(path)
    with database:
        fill_demo(database, size, seed=20_000, reference=date(2026, 11, 1))
        fill_activity(database, seed=20_000)
    marker.write_text("ok")
    return path


def passphrase_file(workdir: Path) -> Path:
    path = workdir / "phrase-secrete.txt"
    path.write_text(BENCH_PASSWORD + "\n", encoding="utf-8")
    return path


def kdf_seconds() -> float:
    """One password derivation with the parameters a real installation gets here."""
    params = tune_kdf()
    start = time.perf_counter()
    derive_key("mot de passe", b"\0" * 16, params)
    return time.perf_counter() - start


def run_probe(database: Path, env: dict[str, str], passphrase: Path | None = None) -> dict:
    command = [sys.executable, "-m", "refparcours.ui.bench_probe", str(database)]
    if passphrase is not None:
        command.append(str(passphrase))
    probe = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if probe.returncode != 0:
        raise RuntimeError("La mesure dans la fenêtre a échoué :\n" + probe.stderr[-2000:])
    return json.loads(probe.stdout.strip().splitlines()[-1])


def raw_filter_ms(path: Path, typed: list[str]) -> list[float]:
    """The same searches as the window's, in bare SQL through sqlite3."""
    connection = sqlite3.connect(path)
    timings = []
    for text in typed:
        terms = search_terms(text)
        where = " AND ".join("search_text LIKE ? ESCAPE '\\'" for _ in terms) or "1"
        sql = f"SELECT id FROM dossier WHERE {where} AND state IN ('reperage','propose','accompagnement') ORDER BY sort_key, id"
        start = time.perf_counter()
        connection.execute(sql, [f"%{t}%" for t in terms]).fetchall()
        timings.append((time.perf_counter() - start) * 1000)
    connection.close()
    return timings


def raw_open_ms(path: Path, opened: list[str]) -> list[float]:
    connection = sqlite3.connect(path)
    timings = []
    for key in opened:
        start = time.perf_counter()
        connection.execute("SELECT * FROM dossier WHERE id = ?", (key,)).fetchall()
        connection.execute("SELECT * FROM person WHERE dossier_id = ? ORDER BY position", (key,)).fetchall()
        connection.execute("SELECT * FROM network_contact WHERE dossier_id = ? ORDER BY position", (key,)).fetchall()
        timings.append((time.perf_counter() - start) * 1000)
    connection.close()
    return timings


def plan_words(content: dict[str, Any]) -> list[str]:
    """Every text a printed plan carries, in the order printed (for the floor)."""
    words = [person["name"] for person in content["household"]]
    words += [entry["text"] for entry in content["demande"]]
    for action in content["actions"]:
        words += [action["what"], action["who"]["name"], action["how"], action["outcome"],
                  action["start_on"] or "", action["proposed_on"] or "", action["status"]]
    for domain in content["domains"]:
        words.append(domain["label"])
        words += [entry["text"] for entries in domain["entries"].values() for entry in entries]
    words += [entry["text"] for entry in content["point_de_vue"]]
    return [text for text in words if text]


def bare_plan_pdf(words: list[str]) -> bytes:
    """The floor: the same words as plain paragraphs in a base font, nothing else."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["Normal"]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph(escape(text), style) for text in words])
    return buffer.getvalue()


def plan_print_ms() -> tuple[list[float], list[float]]:
    """Printing the family copy of a plan with 12 domains and 60 actions, in-process (the
    fonts already loaded, as in the running app), beside the bare document."""
    content, version = sample_plan_content(domains=12, actions=60), sample_version()
    words = plan_words(content)
    plan_pdf(content, version=version, printed_on=date(2026, 11, 23))  # loads the fonts once
    bare_plan_pdf(words)
    printed, bare = [], []
    for _ in range(PRINTS):  # interleaved, so that machine noise hits both alike
        start = time.perf_counter()
        plan_pdf(content, version=version, printed_on=date(2026, 11, 23))
        printed.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        bare_plan_pdf(words)
        bare.append((time.perf_counter() - start) * 1000)
    return printed, bare


def dashboard_seconds(path: Path) -> tuple[list[float], list[float]]:
    """Every indicator of a year on the generated base, beside the raw SQL counting its rows."""
    from refparcours.dossiers import DossierService
    from refparcours.indicators import IndicatorService

    computed, raw = [], []
    with open_database(path) as database:
        service = IndicatorService(DossierService(database))
        for _ in range(5):
            start = time.perf_counter()
            service.compute(date(2021, 1, 1), date(2026, 12, 31))
            computed.append(time.perf_counter() - start)
            start = time.perf_counter()
            with sqlite3.connect(path) as connection:
                for table in ("screening", "proposal", "designation", "plan_version", "plan_action", "meeting",
                              "orientation", "followup", "dossier"):
                    connection.execute(f"SELECT count(*) FROM {table}").fetchone()  # noqa: S608 - fixed names
            raw.append(time.perf_counter() - start)
    return computed, raw


def meeting_typing(env: dict[str, str]) -> dict:
    """Typing 2,000 characters into a meeting, persistence on, beside a bare text field."""
    probe = subprocess.run([sys.executable, "-m", "refparcours.ui.meeting_probe", "stall"], capture_output=True,
                           text=True, env=env, check=False)
    if probe.returncode != 0:
        raise RuntimeError("La mesure de la saisie en réunion a échoué :\n" + probe.stderr[-2000:])
    return json.loads(probe.stdout.strip().splitlines()[-1])


def measure(size: int, workdir: Path) -> list[Measure]:
    database = prepare_database(size, workdir, encrypted=False)
    encrypted = prepare_database(size, workdir, encrypted=True)
    passphrase = passphrase_file(workdir)
    config_dir = Path(tempfile.mkdtemp(prefix="refparcours-bench-config-"))
    env = _env(config_dir)

    bare_starts, bare_rss, app_starts = [], [], []
    for _ in range(STARTS):  # interleaved, so that machine noise hits both alike
        seconds, line = _time_until_ready([sys.executable, "-m", "refparcours.ui.bench_floor"], env)
        bare_starts.append(seconds)
        bare_rss.append(int(line.split()[1]) / 1024)
        seconds, _ = _time_until_ready(
            [sys.executable, "-m", "refparcours", "--database", str(encrypted), "--passphrase-file", str(passphrase),
             "--quit-when-ready"], env)
        app_starts.append(seconds)

    inside = run_probe(database, env)
    inside_encrypted = run_probe(encrypted, env, passphrase)
    sql_filter = raw_filter_ms(database, inside["typed"])
    sql_open = raw_open_ms(database, inside["opened"])
    filter_plain, open_plain = statistics.median(inside["filter_ms"]), statistics.median(inside["open_ms"])
    filter_encrypted = statistics.median(inside_encrypted["filter_ms"])
    open_encrypted = statistics.median(inside_encrypted["open_ms"])

    printed, bare_printed = plan_print_ms()
    print_ms = statistics.median(printed)
    typing = meeting_typing(env)
    dashboard, dashboard_raw = dashboard_seconds(database)

    start_app, start_bare = statistics.median(app_starts), statistics.median(bare_starts)
    filter_p95, open_p95 = _percentile(inside["filter_ms"], 0.95), _percentile(inside["open_ms"], 0.95)
    return [
        Measure("Démarrage jusqu'à la fenêtre prête (base chiffrée, médiane)", "s", start_app, start_bare,
                "≤ 3,5 × plancher", start_app <= 3.5 * start_bare),
        Measure("Filtrage à la frappe (médiane)", "ms", statistics.median(inside["filter_ms"]),
                statistics.median(sql_filter), "≤ 30 ms", statistics.median(inside["filter_ms"]) <= 30),
        Measure("Filtrage à la frappe (95e centile)", "ms", filter_p95, _percentile(sql_filter, 0.95),
                "≤ 30 ms", filter_p95 <= 30),
        Measure("Ouverture d'un dossier (médiane)", "ms", statistics.median(inside["open_ms"]),
                statistics.median(sql_open), "≤ 80 ms", statistics.median(inside["open_ms"]) <= 80),
        Measure("Ouverture d'un dossier (95e centile)", "ms", open_p95, _percentile(sql_open, 0.95),
                "≤ 80 ms", open_p95 <= 80),
        Measure("Mémoire maximale", "Mio", inside["peak_rss_mib"], statistics.median(bare_rss),
                "≤ 200 Mio", inside["peak_rss_mib"] <= 200),
        Measure("Base chiffrée : filtrage (médiane) / base claire", "ms", filter_encrypted, filter_plain,
                "≤ 1,5 × plancher", filter_encrypted <= 1.5 * filter_plain),
        Measure("Base chiffrée : ouverture (médiane) / base claire", "ms", open_encrypted, open_plain,
                "≤ 1,5 × plancher", open_encrypted <= 1.5 * open_plain),
        Measure("Base chiffrée : mémoire maximale", "Mio", inside_encrypted["peak_rss_mib"], inside["peak_rss_mib"],
                "≤ 200 Mio", inside_encrypted["peak_rss_mib"] <= 200),
        Measure("Dérivation du mot de passe (Argon2id, réglée ici)", "s", kdf_seconds(), 0.5,
                "≈ 0,5 s", True),
        # A keystroke never waits on the disk: the notes and the text being typed are written by a thread.
        Measure("Saisie en réunion : pire blocage par touche (2 000 caractères, sauvegarde continue)", "ms",
                typing["max_ms"], typing["bare_max_ms"], "≤ 50 ms", typing["max_ms"] <= 50),
        Measure("Saisie en réunion : 99e centile par touche", "ms", typing["p99_ms"], typing["bare_p99_ms"],
                "≤ 16 ms", typing["p99_ms"] <= 16),
        Measure("Tableau de bord : tous les indicateurs sur la base (médiane)", "s", statistics.median(dashboard),
                statistics.median(dashboard_raw), "≤ 1 s", statistics.median(dashboard) <= 1),
        Measure("Impression d'un PPF (12 domaines, 60 actions)", "ms", print_ms, statistics.median(bare_printed),
                "≤ 300 ms", print_ms <= 300),
    ]


def format_table(size: int, measures: list[Measure]) -> str:
    lines = [f"refparcours bench — {size} dossiers", ""]
    header = f"{'mesure':<58} {'valeur':>12} {'plancher':>12} {'ratio':>7}  {'cible':<18} ok"
    lines += [header, "-" * len(header)]
    for m in measures:
        lines.append(f"{m.name:<58} {m.value:>8.3f} {m.unit:<3} {m.floor:>8.3f} {m.unit:<3}"
                     f"{m.ratio:>6.2f}×  {m.target:<18} {'oui' if m.met else 'NON'}")
    return "\n".join(lines)


def run_bench(size: int, as_json: bool = False, workdir: str | None = None) -> int:
    folder = Path(workdir) if workdir else Path(tempfile.gettempdir()) / "refparcours-bench"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        measures = measure(size, folder)
    except RuntimeError as error:
        print(f"refparcours bench : {error}", file=sys.stderr)
        return 1
    if as_json:
        print(json.dumps({"size": size, "measures": [asdict(m) | {"ratio": m.ratio} for m in measures]},
                         ensure_ascii=False, indent=2))
    else:
        print(format_table(size, measures))
    return 0
