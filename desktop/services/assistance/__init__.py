"""Assistance given to households and people under a project: list, check, save, delete."""

from desktop.services.assistance.service import AssistanceService

__all__ = ["AssistanceService"]
