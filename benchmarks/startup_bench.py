"""Start-up time of the CLI against a floor, measured side by side (interleaved, medians).

Run: ``python benchmarks/startup_bench.py [--runs 21]``

The floor is a minimal typer app with two commands, one of which imports yaml and rapidfuzz and
prints a line of JSON (the least any CLI with plandiff's dependencies can do), under the typer
version installed here. A second floor also imports rich.console and rich.table, for the
terminal view. Each round runs every command once, in rotation, so load on the machine hits all
of them alike; the report gives the median wall time and the ratio to the floor.

plandiff keeps what it parses from its bundled plans and data files in a disk cache
(``plandiff.filecache``); the untimed first round fills it, as any earlier run would have. The
last row runs with the cache off (``PLANDIFF_NO_CACHE=1``): the very first run after an install or
an upgrade.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = '''
import typer
app = typer.Typer()

@app.command()
def hello():
    print("hello")

@app.command()
def run(rich: bool = False):
    import json, yaml, rapidfuzz.fuzz, rapidfuzz.process
    if rich:
        import rich.console, rich.table
    print(json.dumps({"ok": True}))

app()
'''


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    exe = str(Path(sys.executable).with_name("plandiff"))
    with tempfile.TemporaryDirectory() as tmp:
        floor = Path(tmp, "floor.py")
        floor.write_text(FLOOR)
        json_cmd = [exe, "compare", "28pt", "20pt", "--format", "json"]
        commands = {
            "floor (typer + yaml + rapidfuzz, JSON line)": [sys.executable, str(floor), "run"],
            "floor + rich.console, rich.table": [sys.executable, str(floor), "run", "--rich"],
            "plandiff --version": [exe, "--version"],
            "plandiff compare 28pt 20pt --format json": json_cmd,
            "plandiff compare 28pt 20pt (rich view)": [exe, "compare", "28pt", "20pt", "--no-color", "--width", "120"],
            "plandiff compare 28pt 20pt --format json, cache off": json_cmd,
        }
        times: dict[str, list[float]] = {k: [] for k in commands}
        # Byte-code caching on, as after a normal install (pip compiles the wheel's modules):
        # with PYTHONDONTWRITEBYTECODE set, every run would recompile plandiff's sources and
        # measure the compiler rather than the tool. One untimed round writes the caches.
        env = {**os.environ, "NO_COLOR": "1"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.pop("PLANDIFF_NO_CACHE", None)
        envs = {name: {**env, "PLANDIFF_NO_CACHE": "1"} if name.endswith("cache off") else env
                for name in commands}
        for name, cmd in commands.items():
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=envs[name], cwd=tmp)
        for _ in range(args.runs):
            for name, cmd in commands.items():
                start = time.perf_counter()
                subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=envs[name], cwd=tmp)
                times[name].append(time.perf_counter() - start)
    med = {k: statistics.median(v) for k, v in times.items()}
    floor_json = med["floor (typer + yaml + rapidfuzz, JSON line)"]
    floor_rich = med["floor + rich.console, rich.table"]
    import typer

    print(f"typer {typer.__version__}, python {sys.version.split()[0]}, {os.cpu_count()} cores, {args.runs} interleaved runs\n")
    print("| command | median ms | vs floor |")
    print("|---|---:|---:|")
    for name, m in med.items():
        ref = floor_rich if "rich" in name else floor_json
        print(f"| `{name}` | {m * 1000:.0f} | {m / ref:.2f}× |")


if __name__ == "__main__":
    main()
