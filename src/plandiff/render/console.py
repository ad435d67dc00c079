"""The one place terminal Consoles are made, so that width and colour rules are the same
everywhere and tests can pin them.

Colour: ``--color``/``--no-color`` win; otherwise ``NO_COLOR`` (any value) turns colour off and
``FORCE_COLOR`` turns it on; otherwise colour only when the stream is a terminal. Rich applies
the environment rules itself; an explicit choice is passed through.
"""

from __future__ import annotations


def make_console(*, width: int | None = None, color: bool | None = None, stderr: bool = False, file=None):
    from rich.console import Console

    kwargs: dict = {"width": width, "stderr": stderr, "highlight": False, "soft_wrap": False}
    if file is not None:
        kwargs["file"] = file
    if color is True:
        kwargs["force_terminal"] = True
        kwargs["no_color"] = False
    elif color is False:
        kwargs["no_color"] = True
        kwargs["color_system"] = None
    console = Console(**kwargs)
    if color is None and console.no_color:
        console = Console(**kwargs, color_system=None)
    return console
