"""Shared fixtures: the seed article lives outside the repository, in ../shared/seed/."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "guangxi-2020-02-26.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.fail(f"seed article not found at {SEED}: tests expect ../shared/ beside the repo")
    return SEED.read_text(encoding="utf-8")
