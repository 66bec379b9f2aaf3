"""`python -m desktop`: the app, and the commands scripts at the office use (demo, print,
import, export, backup, restore, office)."""

from desktop.cli.entry import main
from desktop.cli.export import self_test_export

__all__ = ["main", "self_test_export"]
