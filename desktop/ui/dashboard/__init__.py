"""Widgets of the overview dashboard: figure tiles, charts, tables and printing."""
