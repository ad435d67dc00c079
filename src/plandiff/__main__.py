"""`python -m plandiff` runs the same CLI as the `plandiff` command."""

from plandiff.cli import main

main()
