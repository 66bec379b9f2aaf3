"""`python -m desktop` and the bundle's entry point."""

import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":
    # A frozen bundle starts the import's reading helper by running itself again:
    # freeze_support() runs the helper then, instead of the application.
    multiprocessing.freeze_support()
    sys.exit(main())
