"""Renderers: turn a computed result into text. They never run the algorithms.

Each output format lives in its own module and is imported only when chosen, so that
``--format json`` never pays for importing Rich.
"""
