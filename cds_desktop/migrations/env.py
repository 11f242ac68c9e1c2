"""Alembic environment: runs on the engine the program passes in (never from a .ini)."""

from alembic import context
from sqlalchemy import Engine, create_engine

from cds_desktop.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # only when a developer runs alembic by hand (autogenerate)
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
assert isinstance(engine, Engine)

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()
