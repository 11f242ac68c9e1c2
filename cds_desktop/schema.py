"""The database schema's newest revision, known without importing Alembic or SQLAlchemy:
an open database stamped with it needs no migration (`database.migrate`), and the main
window may read it before the database layer has loaded (`start_view`)."""

SCHEMA_HEAD = "0005"
"""The newest migration in migrations/versions (a test keeps the two equal)."""
