"""The dashboard's counts and charts, each one SQL aggregate."""

from desktop.services.dashboard.case_figures import CaseFigures, QuarterFigures
from desktop.services.dashboard.service import (
    AreaFigures,
    Dashboard,
    DashboardService,
    GoalProgress,
    HouseholdCount,
    IndicatorFigure,
    IndicatorSetFigures,
    UmbrellaFigures,
)

__all__ = [
    "AreaFigures",
    "CaseFigures",
    "Dashboard",
    "DashboardService",
    "GoalProgress",
    "HouseholdCount",
    "IndicatorFigure",
    "IndicatorSetFigures",
    "QuarterFigures",
    "UmbrellaFigures",
]
