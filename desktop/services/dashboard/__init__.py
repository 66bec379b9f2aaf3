"""The dashboard's counts and charts, each one SQL aggregate."""

from desktop.services.dashboard.service import (
    AreaFigures,
    Dashboard,
    DashboardService,
    GoalProgress,
    HouseholdCount,
    UmbrellaFigures,
)

__all__ = [
    "AreaFigures",
    "Dashboard",
    "DashboardService",
    "GoalProgress",
    "HouseholdCount",
    "UmbrellaFigures",
]
