"""Every data sheet's query, in workbook order: the register and project sheets (rows.py),
then the case sheets (case_rows.py)."""

from __future__ import annotations

from desktop.services.exchange.export.case_rows import CASE_QUERIES
from desktop.services.exchange.export.rows import (
    REGISTER_AND_PROJECT_QUERIES,
    RowScope,
    SheetQuery,
)
from desktop.services.exchange.layout import sheet

QUERIES = {**REGISTER_AND_PROJECT_QUERIES, **CASE_QUERIES}


def data_queries(scope: RowScope) -> list[SheetQuery]:
    """The data sheets' queries in workbook order; personal sheets left out when
    ``aggregates_only``."""
    return [
        build(scope)
        for name, build in QUERIES.items()
        if not (scope.aggregates_only and sheet(name).personal)
    ]
