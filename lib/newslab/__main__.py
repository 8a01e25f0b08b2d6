"""``python -m newslab``."""

from .cli import main

raise SystemExit(main())
