"""A disk cache of what plandiff parses from its own, immutable inputs: the packaged lexicon and
the bundled plans (their catalogue and the plans themselves).

Parsing them is the same work on every run (about 7 ms of a 28pt × 20pt comparison, more than
aligning it); reading back the parsed values is a fraction of a millisecond. Only these inputs
are cached — never a user's own plan or lexicon file (whose text would otherwise be copied into
a cache directory), and never a comparison's result.

Where: ``$XDG_CACHE_HOME/plandiff`` (``~/.cache/plandiff`` when unset); ``PLANDIFF_NO_CACHE=1``
turns the cache off. Each entry is keyed by the *content* of the files it was parsed from (a
BLAKE2 digest, so an edited plan in a source checkout is never served stale, whatever its
timestamps say), by plandiff's version and by the size and modification time of every module of
the installed package (code that parses differently makes new entries), and by Python's version
(the entries are ``marshal`` data: plain tuples, strings and numbers, as in a ``.pyc`` file).

The cache can only make a run faster, never change or break it: an entry that is missing, stale,
unreadable or malformed is parsed again, and a cache directory that cannot be written is
ignored. Writes go to a temporary file renamed into place, so a concurrent run sees a whole entry
or none; the directory keeps at most :data:`MAX_ENTRIES` files.
"""

from __future__ import annotations

import marshal
import os
import sys
from functools import lru_cache

from plandiff import __version__

FORMAT = 1
MAX_ENTRIES = 64


def enabled() -> bool:
    return os.environ.get("PLANDIFF_NO_CACHE", "") in ("", "0")


def cache_dir() -> str:
    """``$XDG_CACHE_HOME/plandiff``, or ``~/.cache/plandiff`` (a relative XDG_CACHE_HOME is
    ignored, as the XDG specification says)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "plandiff")


def digest(data: str | bytes) -> bytes:
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return _blake2b(data, digest_size=16).digest()


def _blake2b(data: bytes, digest_size: int):
    try:
        from _blake2 import blake2b  # what hashlib wraps, without importing OpenSSL (~1 ms)
    except ImportError:  # pragma: no cover  (interpreters without the C module)
        from hashlib import blake2b
    return blake2b(data, digest_size=digest_size)


@lru_cache(maxsize=1)
def code_stamp() -> bytes:
    """Size and modification time of every module of the package's top level (where everything
    that parses lives; the classify and render subpackages never shape a cached value): a parser
    changed in a source checkout, under the same version number, must not be answered from
    entries its old self wrote."""
    from plandiff.resources import PACKAGE_DIR

    out: list[tuple[str, int, int]] = []
    with os.scandir(PACKAGE_DIR) as it:
        for entry in it:
            if entry.name.endswith(".py"):
                st = entry.stat()
                out.append((entry.name, st.st_size, st.st_mtime_ns))
    return digest(repr(sorted(out)))


def _entry_path(kind: str, name: str) -> str:
    return os.path.join(cache_dir(), f"{kind}-{digest(name).hex()}.marshal")


def _key(kind: str, name: str, inputs: tuple) -> tuple:
    return (FORMAT, __version__, sys.implementation.cache_tag, kind, name, inputs, code_stamp())


def load(kind: str, name: str, inputs: tuple):
    """The value stored for (kind, name) when it was made from the same ``inputs`` (digests of
    the source texts) by the same code; otherwise None."""
    if not enabled():
        return None
    try:
        with open(_entry_path(kind, name), "rb") as fh:
            key, value = marshal.loads(fh.read())
    except Exception:  # noqa: BLE001  (missing, unreadable or malformed: parse again)
        return None
    return value if key == _key(kind, name, inputs) else None


def store(kind: str, name: str, inputs: tuple, value) -> None:
    """Keep ``value`` (plain data that marshal can write) for :func:`load`; silently does
    nothing when the cache is off or cannot be written."""
    if not enabled():
        return
    path = _entry_path(kind, name)
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        data = marshal.dumps((_key(kind, name, inputs), value))
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, data)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        _trim(os.path.dirname(path))
    except Exception:  # noqa: BLE001  (read-only home, full disk, unmarshallable value: no cache)
        try:
            os.unlink(tmp)
        except OSError:
            pass


def _trim(directory: str) -> None:
    """Keep the newest MAX_ENTRIES files (entries are few; this only matters if something keeps
    making new names)."""
    names = os.listdir(directory)
    if len(names) <= MAX_ENTRIES:
        return
    aged = []
    for name in names:
        try:
            aged.append((os.stat(os.path.join(directory, name)).st_mtime_ns, name))
        except OSError:
            continue
    aged.sort()
    for _, name in aged[: len(aged) - MAX_ENTRIES]:
        try:
            os.unlink(os.path.join(directory, name))
        except OSError:
            pass
