"""Shared fixtures: the seed article lives outside the repository, in ../shared/seed/."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "guangxi-2020-02-26.txt"


def _under_ci() -> bool:
    """CI sets ``CI``; ``.ci/run`` runs the suite from its own ``.ci/venv`` (``.ci/venv310``)."""
    prefix = Path(sys.prefix).resolve()
    return bool(os.environ.get("CI")) or (
        prefix.name.startswith("venv") and prefix.parent.name == ".ci")


# Property tests explore new random inputs on every local run (that is how they find bugs);
# under CI they replay a fixed sequence, so that a merge is judged on the code, not the draw.
settings.register_profile("ci", derandomize=True, database=None)
if _under_ci():
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        message = f"seed article not found at {SEED}: the golden tests need ../shared/seed/"
        if _under_ci():
            pytest.fail(message + " (CI has it: a missing seed there is a failure)")
        pytest.skip(message + " beside the repository (a fresh clone has none)")
    return SEED.read_text(encoding="utf-8")
