"""Write a new Alembic migration from the difference between the models and the schema.

Usage: .venv/bin/python scripts/new-migration.py "Short description"
"""

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from refparcours.data.database import alembic_config, head_revision, open_database


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "scratch.sqlite"
        open_database(scratch).close()  # brought to the current head
        next_id = f"{int(head_revision()) + 1:04d}"
        config = alembic_config()
        with create_engine(f"sqlite:///{scratch}").begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True, rev_id=next_id)


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "Nouvelle migration")
