"""Alembic environment: migrations run on the connection refparcours hands over."""

from alembic import context
from sqlalchemy import create_engine

from refparcours.data.models import Base

target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # command-line use by developers: alembic -x url=sqlite:///file.db revision --autogenerate
    url = context.get_x_argument(as_dictionary=True).get("url")
    with create_engine(url).connect() as conn:
        _run(conn)
        conn.commit()
