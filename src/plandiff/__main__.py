"""`python -m plandiff` runs the same CLI as the `plandiff` command."""

from plandiff.entry import main

main()
