"""A demo office database with made-up people, for trying the app and for tests and benchmarks.
Imported by nobody but the command line and the UI."""

from desktop.services.demo.data import DemoCancelled, create_demo_database, generate_demo

__all__ = ["DemoCancelled", "create_demo_database", "generate_demo"]
