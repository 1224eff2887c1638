"""``python -m timeline``."""

from .cli import main

raise SystemExit(main())
