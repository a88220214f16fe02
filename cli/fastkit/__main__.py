"""`python -m fastkit` runs the CLI."""

from fastkit.app import main

main()
