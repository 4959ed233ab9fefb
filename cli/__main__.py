"""`python -m cli` runs the scamsweep command line."""
from cli import main

raise SystemExit(main())
