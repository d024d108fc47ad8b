"""The database key and its slots.

The database is encrypted (SQLCipher) with a random 256-bit key. That key never reaches
disk as such: each account has a *slot* holding it wrapped with AES-GCM under a key derived
from the account's password with Argon2id. Changing a password re-wraps the key; the
database is never re-encrypted. The slots live in a small side file next to the database
(``<database>.keys``), written atomically.

The recovery key, printed once for the organisation, is the database key itself written in
groups of letters: with it the database opens even if the side file is lost."""

from __future__ import annotations

import base64
import json
import os
import secrets
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from refparcours.errors import UserFacingError
from refparcours.fileio import atomic_write_text

KEY_BYTES = 32
FORMAT_VERSION = 1
# After this many wrong passwords in a row, each new attempt waits longer (2, 4, 8… s).
FREE_ATTEMPTS = 3
MAX_DELAY_S = 60


class WrongCredentials(UserFacingError):
    def __init__(self) -> None:
        super().__init__("Identifiant ou mot de passe incorrect.")


class TooManyAttempts(UserFacingError):
    def __init__(self, wait: float) -> None:
        self.wait = wait
        super().__init__(
            "Trop d'essais manqués : patientez {seconds} secondes avant de réessayer.", seconds=max(1, round(wait))
        )


class KeyFileError(UserFacingError):
    pass


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int

    @classmethod
    def fast(cls) -> KdfParams:
        """Cheap parameters, for tests and the benchmark's throwaway databases only."""
        return cls(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def derive_key(secret: str | bytes, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    raw = secret.encode("utf-8") if isinstance(secret, str) else secret
    return hash_secret_raw(raw, salt, time_cost=params.time_cost, memory_cost=params.memory_kib,
                           parallelism=params.parallelism, hash_len=KEY_BYTES, type=Type.ID)


def tune_kdf(target_seconds: float = 0.5, memory_kib: int = 128 * 1024) -> KdfParams:
    """Argon2id parameters that take about ``target_seconds`` on this machine."""
    time_cost = 2
    for _ in range(3):  # each pass corrects the estimate: cost is not quite linear in passes
        params = KdfParams(time_cost=time_cost, memory_kib=memory_kib, parallelism=2)
        start = time.perf_counter()
        derive_key("calibration", b"\0" * 16, params)
        elapsed = max(time.perf_counter() - start, 1e-3)
        if abs(elapsed - target_seconds) < 0.1 * target_seconds:
            break
        time_cost = max(2, min(60, round(time_cost * target_seconds / elapsed)))
    return KdfParams(time_cost=time_cost, memory_kib=memory_kib, parallelism=2)


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def format_recovery_key(key: bytes) -> str:
    text = base64.b32encode(key).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")  # letters misread when typed
    try:
        key = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise UserFacingError(
            "Cette clé de secours n'a pas la bonne forme : elle compte 52 lettres et chiffres, "
            "par groupes de quatre (par exemple ABCD-EFGH-…)."
        )
    return key


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def key_file_path(database: Path) -> Path:
    return database.with_name(database.name + ".keys")


class KeyFile:
    """The slots of one database: ``{username: wrapped key}`` plus Argon2 parameters."""

    def __init__(self, path: Path, data: dict) -> None:
        self.path = path
        self.data = data

    # -- creating and reading --------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, database_key: bytes, username: str, password: str, params: KdfParams) -> KeyFile:
        keyfile = cls(path, {"format": FORMAT_VERSION, "kdf": asdict(params), "slots": {}})
        keyfile._write_slot(username, password, database_key)
        keyfile.save()
        return keyfile

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise KeyFileError(
                "Le fichier des clés « {name} » est introuvable à côté de la base. Restaurez-le depuis une "
                "sauvegarde, ou ouvrez la base avec la clé de secours de l'organisation.",
                name=path.name,
            ) from None
        except (OSError, ValueError):
            raise KeyFileError(
                "Le fichier des clés « {name} » est illisible ou endommagé. Restaurez-le depuis une sauvegarde, "
                "ou ouvrez la base avec la clé de secours de l'organisation.",
                name=path.name,
            ) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION or "slots" not in data:
            raise KeyFileError(
                "Le fichier des clés « {name} » n'est pas dans un format connu de cette version de refparcours.",
                name=path.name,
            )
        return cls(path, data)

    def save(self) -> None:
        atomic_write_text(self.path, json.dumps(self.data, indent=1, sort_keys=True))

    @property
    def params(self) -> KdfParams:
        return KdfParams(**self.data["kdf"])

    @property
    def usernames(self) -> list[str]:
        return sorted(self.data["slots"])

    # -- slots -------------------------------------------------------------------------------

    def _write_slot(self, username: str, password: str, database_key: bytes) -> None:
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        wrapping = derive_key(password, salt, self.params)
        wrapped = AESGCM(wrapping).encrypt(nonce, database_key, self._aad(username))
        self.data["slots"][username] = {"salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(wrapped),
                                        "failures": 0, "last_failure": 0.0}

    @staticmethod
    def _aad(username: str) -> bytes:
        return b"refparcours-slot:" + username.encode("utf-8")

    def unlock(self, username: str, password: str, *, now: float | None = None) -> bytes:
        """The database key, if the password is right. Wrong attempts are counted and slowed down."""
        now = time.time() if now is None else now
        slot = self.data["slots"].get(username)
        if slot is None:
            # Same message and about the same time as a wrong password: do not reveal which part is wrong.
            derive_key(password, b"\0" * 16, self.params)
            raise WrongCredentials()
        wait = self.wait_before_next_attempt(username, now=now)
        if wait > 0:
            raise TooManyAttempts(wait)
        wrapping = derive_key(password, _unb64(slot["salt"]), self.params)
        try:
            key = AESGCM(wrapping).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]), self._aad(username))
        except InvalidTag:
            slot["failures"] = int(slot.get("failures", 0)) + 1
            slot["last_failure"] = now
            self.save()
            raise WrongCredentials() from None
        if slot.get("failures"):
            slot["failures_before_success"] = slot["failures"]
            slot["failures"] = 0
            self.save()
        return key

    def wait_before_next_attempt(self, username: str, *, now: float | None = None) -> float:
        slot = self.data["slots"].get(username)
        if slot is None:
            return 0.0
        failures = int(slot.get("failures", 0))
        if failures < FREE_ATTEMPTS:
            return 0.0
        delay = min(2 ** (failures - FREE_ATTEMPTS + 1), MAX_DELAY_S)
        now = time.time() if now is None else now
        return max(0.0, float(slot.get("last_failure", 0.0)) + delay - now)

    def take_failures_reported(self, username: str) -> int:
        """Wrong attempts before the last success, for the audit log (then forgotten)."""
        slot = self.data["slots"].get(username, {})
        count = int(slot.pop("failures_before_success", 0))
        if count:
            self.save()
        return count

    def set_password(self, username: str, password: str, database_key: bytes) -> None:
        """Add an account's slot, or re-wrap it under a new password."""
        self._write_slot(username, password, database_key)
        self.save()

    def remove(self, username: str) -> None:
        if self.data["slots"].pop(username, None) is not None:
            self.save()


def read_passphrase_file(path: str | os.PathLike[str]) -> str:
    """The password kept in a file, for scripted use (first line, without its line break)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UserFacingError("Impossible de lire le fichier de phrase secrète « {path} » : {reason}.",
                              path=str(path), reason=exc.strerror or str(exc)) from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise UserFacingError("Le fichier de phrase secrète « {path} » est vide.", path=str(path))
    return lines[0]
