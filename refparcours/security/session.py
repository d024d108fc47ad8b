"""Opening an installation from the command line (scripts, the benchmark)."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from refparcours.data.database import Database, open_database, resolve_url, sqlite_file
from refparcours.errors import UserFacingError
from refparcours.security.accounts import Installation, OpenSession
from refparcours.security.keys import KeyFile, read_passphrase_file


def ask_password(passphrase_file: str | None, prompt: str = "Mot de passe : ") -> str:
    if passphrase_file:
        return read_passphrase_file(passphrase_file)
    if not sys.stdin.isatty():
        raise UserFacingError(
            "Il faut un mot de passe : lancez la commande dans un terminal, ou donnez --passphrase-file "
            "(prévu pour l'automatisation)."
        )
    return getpass.getpass(prompt)


def default_username(installation: Installation, username: str | None) -> str:
    return username or _only_account(KeyFile.load(installation.keys_path))


def _only_account(keyfile: KeyFile) -> str:
    """Without --user: the one account there is, or a French message asking which."""
    names = keyfile.usernames
    if len(names) == 1:
        return names[0]
    raise UserFacingError("Cette base a plusieurs comptes ({names}) : précisez lequel avec --user.",
                          names=", ".join(names))


def open_for_command(database: str | Path, username: str | None, passphrase_file: str | None) -> OpenSession | Database:
    """A logged-in session on a SQLite installation; a PostgreSQL database opens as it is
    (its protection is the server's; accounts there come with the team-server work)."""
    url = resolve_url(database)
    path = sqlite_file(url)
    if path is None:  # a team server: its accounts are in the base itself
        from refparcours.security.server_accounts import ServerInstallation

        opened = open_database(database)
        server = ServerInstallation(opened)
        try:
            if server.needs_first_account:
                raise UserFacingError("Ce serveur n'a pas encore de compte : ouvrez-le une première fois dans "
                                      "l'application pour créer le compte administrateur.")
            if not username:
                raise UserFacingError("Sur un serveur d'équipe, précisez le compte avec --user.")
            return server.login(username, ask_password(passphrase_file))
        except BaseException:
            opened.close()
            raise
    installation = Installation(path)
    installation.check_file()
    if installation.needs_first_account:
        raise UserFacingError(
            "La base « {name} » n'a pas encore de compte : ouvrez-la une première fois dans l'application "
            "(ou créez-la avec « refparcours demo »).", name=path.name)
    return installation.login(default_username(installation, username), ask_password(passphrase_file))


def unlock_key(database: str | Path, username: str | None, passphrase_file: str | None) -> tuple[Path, bytes]:
    """The database key from a password, without opening the database (it may be damaged).
    If the side file next to the database is lost, its copy in ``sauvegardes/`` is used."""
    from refparcours.data.backup import backup_folder_for
    from refparcours.data.backups import backup_key_file

    path = sqlite_file(resolve_url(database))
    if path is None:
        raise UserFacingError("Les sauvegardes et vérifications par refparcours concernent les bases SQLite ; "
                              "une base PostgreSQL se sauvegarde avec les outils du serveur.")
    installation = Installation(path)
    installation.check_file()
    keys_path = installation.keys_path
    if not keys_path.exists() and backup_key_file(backup_folder_for(path), path).exists():
        keys_path = backup_key_file(backup_folder_for(path), path)
    keyfile = KeyFile.load(keys_path)
    return path, keyfile.unlock(username or _only_account(keyfile), ask_password(passphrase_file))
