"""Alembic environment: always handed a live connection by db.schema_version."""

from alembic import context

from db import models  # noqa: F401  (registers every table on Base.metadata)
from db.base import Base
from db.models.households import include_in_schema_comparison

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through db.schema_version with a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_in_schema_comparison,  # leaves out the FTS5 search tables
)
with context.begin_transaction():
    context.run_migrations()
