"""Bulk writes and id look-ups in few round trips, on SQLite and PostgreSQL alike.

An import writes a thousand activity rows and their evidence rows while it holds the
database's write lock (`Database.write_session`), so with several officers importing at
once every millisecond there is a millisecond the others wait. On PostgreSQL:

* `insert_rows` sends new rows with `COPY ... FROM STDIN`: one statement whose rows the
  server takes as a stream, instead of one INSERT executed per row (psycopg's
  `executemany`, pipelined but still parsed, planned and executed row by row);
* `among` asks for many ids with one array parameter, `column = ANY(:ids)`, instead of
  `IN` lists of `QUERY_BATCH` parameters, so a package's ids are one query.

SQLite runs in the same process: `executemany` costs no round trip there, and it has no
arrays, so it keeps `INSERT` with `executemany` and `IN` lists in batches (its limit on
parameters per statement).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Table, any_, bindparam, insert
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

QUERY_BATCH = 500
"""Ids per `IN` list where there are no arrays (SQLite)."""


def _postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def id_batches(session: Session, values: Sequence[str]) -> Iterator[Sequence[str]]:
    """`values` in the pieces one query asks for: all at once where `among` sends an
    array (PostgreSQL), `QUERY_BATCH` at a time otherwise."""
    if _postgresql(session):
        if values:
            yield values
        return
    for start in range(0, len(values), QUERY_BATCH):
        yield values[start : start + QUERY_BATCH]


def among(session: Session, column: Any, values: Sequence[str]) -> ColumnElement[bool]:
    """`column` is one of `values` (one batch of `id_batches`): `= ANY(array)` on
    PostgreSQL (one parameter), `IN (...)` otherwise."""
    if _postgresql(session):
        array = bindparam(None, list(values), type_=ARRAY(column.type))
        result: ColumnElement[bool] = column == any_(array)
        return result
    result = column.in_(values)
    return result


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert plain rows (dicts of column values) in the session's transaction.

    PostgreSQL: one `COPY`, the values converted by the columns' own types as an INSERT
    would (UTC times, JSON), when every row names the same columns and the columns left
    out have no default computed in Python (COPY would not compute it). Otherwise, and
    on SQLite: Core `INSERT` with `executemany`.
    """
    if not rows:
        return
    names = list(rows[0])
    if not _postgresql(session) or not _copyable(table, names, rows):
        session.execute(insert(table), list(rows))
        return
    connection = session.connection()
    dialect = connection.dialect
    convert = [
        (n, process)
        for n, name in enumerate(names)
        if (process := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
    ]  # the columns whose values an INSERT would convert (UTC times, JSON, booleans)
    values = itemgetter(*names)
    columns = ", ".join(dialect.identifier_preparer.quote(name) for name in names)
    target = dialect.identifier_preparer.format_table(table)
    statement = f"COPY {target} ({columns}) FROM STDIN"
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        with cursor.copy(statement) as copy:
            for row in rows:
                line = list(values(row)) if len(names) > 1 else [row[names[0]]]
                for n, process in convert:
                    line[n] = process(line[n])
                copy.write_row(line)
    except dialect.loaded_dbapi.Error as exc:  # as SQLAlchemy says it (IntegrityError, ...)
        raise DBAPIError.instance(statement, None, exc, dialect.loaded_dbapi.Error) from exc
    finally:
        cursor.close()


def _copyable(table: Table, names: list[str], rows: Sequence[dict[str, Any]]) -> bool:
    known = set(table.c.keys())
    given = set(names)
    if not given <= known or any(len(row) != len(names) or row.keys() != given for row in rows):
        return False
    return all(column.default is None for column in table.c if column.name not in given)
