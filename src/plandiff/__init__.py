"""plandiff: see how a negotiated text changed between versions.

Importing the package stays cheap (the CLI's start-up depends on it): only the version lives
here. The library entry point is :func:`plandiff.compare.compare`.
"""

__version__ = "0.1.0"
