"""`python -m crawler` runs the scamsweep command line."""
from crawler.cli import main

raise SystemExit(main())
