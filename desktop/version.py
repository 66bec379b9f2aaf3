"""Name and version, read from pyproject.toml (shipped inside the bundle too)."""

import tomllib
from functools import cache

from desktop.resource_paths import PYPROJECT


@cache
def project_metadata() -> tuple[str, str]:
    with PYPROJECT.open("rb") as handle:
        project = tomllib.load(handle)["project"]
    return project["name"], project["version"]


def app_version() -> str:
    return project_metadata()[1]
