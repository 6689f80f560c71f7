"""Load benchmarks: batched vs per row, the write path's throughput, and loads of data files.

`python bench/bench_load.py [--quick] [--only SECTION,...] [--ten-million]` (or via
bench/run.py). Sections:

- ``batched``, ``throughput``: the write path on generated rows (as before).
- ``files``: `load` of CSV data files into a fresh store, in a subprocess that reports
  its peak RSS, its own and the server's CPU seconds, and the rate; the streaming
  loader and the loader of commit ``OLD_COMMIT`` (read all, validate all, plan all,
  then write), taken from git into a temporary folder, in turns (A B A B), 3 rounds;
  min and median. ``--ten-million`` adds one streaming load of 10M relationships.
- ``encoder``: our FalkorDB parameter encoder against the client's own, on every
  batch of a 300k-relationship plan, output compared.
- ``bulk``: FalkorDB's bulk interface (``falkordb-bulk-loader``, GRAPH.BULK) against
  the loader on an empty store, same rows; the graphs compared by counts and a sample.
- ``bundled``: `nato-graph load` of the bundled data against `nato-graph status`.

Each prints a table, the machine's load average, and a ``JSON load {...}`` line.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import random
import shutil
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, embedded_store, emit, interleave, median, table
from bench.synthetic import generate
from nato_graph.batches import DEFAULT_BATCH_SIZE
from nato_graph.loaders.load import write_plan
from nato_graph.loaders.plan import plan
from nato_graph.settings import EMBEDDED_GRAPH


def per_row(store: Any, writes: list[Any]) -> int:
    """The naive way: one statement per row, same MERGE text, each row as its own $rows list."""
    done = 0
    for w in writes:
        for row in w.rows:
            store.write(w.statement, {"rows": [row]})
            done += 1
    return done


def empty(store: Any, schema: bool = True) -> None:
    """An empty graph, with the schema's indexes and constraints unless ``schema`` is false."""
    store.clear()
    if schema:
        store.ensure_schema()


def batched_vs_per_row(writes: list[Any], rounds: int) -> dict[str, Any]:
    total = sum(len(w.rows) for w in writes)
    with embedded_store("load-a") as a, embedded_store("load-b") as b:
        results = interleave(
            {"batched": lambda: write_plan(a, writes), "per_row": lambda: per_row(b, writes)},
            rounds,
            setup={
                "batched": lambda: empty(a),
                "per_row": lambda: empty(b),
            },  # untimed, alike for both
        )
    rate = {k: total / median(v) for k, v in results.items()}
    return {"rows": total, "rows_per_s": rate, "ratio": rate["batched"] / rate["per_row"]}


def raw_writes(store: Any, writes: list[Any], batch_size: int = DEFAULT_BATCH_SIZE) -> float:
    """Send the statements straight to FalkorDB, skipping the Store and the planner.

    Returns the seconds FalkorDB itself reports executing them: its timer is only
    on the raw client's result.
    """
    from nato_graph.stores.falkor_params import params_header

    spent = 0.0
    for w in writes:
        for i in range(0, len(w.rows), batch_size):
            text = (
                params_header({"rows": w.rows[i : i + batch_size]}) + w.statement
            )  # as the store sends it
            reply = store._db.call("GRAPH.QUERY", EMBEDDED_GRAPH, text, "--compact")
            line = next(s for s in reply[-1] if "internal execution time" in s)
            spent += float(line.split(": ")[1].split(" ")[0]) / 1000
    return spent


def where_time_goes(writes: list[Any], wall: dict[str, float]) -> dict[str, Any]:
    """Server execution per row, batched and one by one, beside the wall time per row of each.

    ``wall`` is the rows/s that ``batched_vs_per_row`` measured on the same ``writes``.
    """
    total = sum(len(w.rows) for w in writes)
    server = {}
    with embedded_store("split") as store:
        for mode, size in (("batched", DEFAULT_BATCH_SIZE), ("per_row", 1)):
            empty(store)
            server[mode] = raw_writes(store, writes, size) / total * 1e6
    us = {mode: 1e6 / rate for mode, rate in wall.items()}
    return {
        "wall_us_per_row": us,
        "server_us_per_row": server,
        "ceiling": us["per_row"] / server["batched"],  # the ratio if the client cost nothing at all
    }


def throughput(size: int, rounds: int) -> dict[str, Any]:
    """Relationships/s and nodes/s for the loader, and its overhead against the bare statement."""
    ds = generate(size, seed=2)
    writes = ds.writes
    nodes = sum(len(w.rows) for w in writes if w.is_node)
    rels = sum(len(w.rows) for w in writes if not w.is_node)
    with embedded_store("tp-a") as a, embedded_store("tp-b") as b:
        phases: dict[str, list[float]] = {"nodes": [], "relationships": []}

        def loader() -> None:
            """Planning, schema and batched writes through the Store; the node and relationship phases timed too."""
            planned = plan(ds.records)
            t0 = time.perf_counter()
            write_plan(a, [w for w in planned if w.is_node])
            t1 = time.perf_counter()
            write_plan(a, [w for w in planned if not w.is_node])
            phases["nodes"].append(t1 - t0)
            phases["relationships"].append(time.perf_counter() - t1)

        def raw() -> None:
            b.ensure_schema()
            raw_writes(b, writes)

        times = interleave(
            {"loader": loader, "bare": raw},
            rounds,
            setup={
                "loader": lambda: empty(a, schema=False),
                "bare": lambda: empty(b, schema=False),
            },
        )
        server_peak = a._db.info("memory").get("used_memory_peak_human")
    return {
        "relationships": rels,
        "nodes": nodes,
        "loader_s": median(times["loader"]),
        "bare_s": median(times["bare"]),
        "overhead_ratio": median(times["loader"]) / median(times["bare"]),
        "nodes_per_s": nodes / median(phases["nodes"]),
        "relationships_per_s": rels / median(phases["relationships"]),
        "server_peak_memory": server_peak,
    }


OLD_COMMIT = "f777e73"  # the last commit before the streaming loader
ROWS_PER_FILE = 1_000_000


def load_average() -> str:
    return "load average " + ", ".join(f"{x:.1f}" for x in os.getloadavg())


def write_dataset(folder: Path, relationships: int, seed: int = 1) -> int:
    """Valid CSV data files beside the bundled data: about ``relationships`` relationships.

    Countries take three-letter codes no bundled country goes by (about 17,500 of them), each
    with partnerships to distinct frameworks (launched in the 1980s, before any synthetic join)
    and cooperation on distinct threats; big kinds are split into files of at most
    ROWS_PER_FILE rows.
    """
    import yaml

    from nato_graph.loaders import DATA_DIR

    rng = random.Random(seed)
    # every name, code and alias of a bundled country: a synthetic code that is one (ROK, UAE)
    # would be refused as naming that country
    taken = {
        str(name).upper()
        for r in yaml.safe_load((DATA_DIR / "countries.yaml").read_text())
        for name in (r["iso3"], r.get("name"), *(r.get("aliases") or ()))
        if name
    }
    letters = itertools.product(string.ascii_uppercase, repeat=3)
    codes = [c for c in ("".join(t) for t in letters) if c not in taken]
    n_countries = min(len(codes), max(50, relationships // 40))
    per = max(2, -(-relationships // n_countries) - 1)  # besides IN_REGION
    n_fw = n_th = max(20, per)
    folder.mkdir(parents=True, exist_ok=True)
    fact = ["synthetic-source", "unverified"]

    def out(kind: str, header: list[str], rows: list[list[str]], part: int = 0) -> None:
        with open(
            folder / f"synthetic-{part:03d}.{kind}.csv", "w", newline="", encoding="utf-8"
        ) as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)

    out("sources", ["key", "title", "kind"], [["synthetic-source", "Synthetic data", "reference"]])
    out("regions", ["key", "name"], [[f"region-{i}", f"Region {i}"] for i in range(20)])
    out("frameworks", ["key", "acronym", "name", "kind", "launched", "purpose", "sources", "confidence"],
        [[f"fw-{i}", f"FW{i}", f"Framework {i}", "framework", f"{rng.randint(1980, 1989)}", "Synthetic.", *fact]
         for i in range(n_fw)])  # fmt: skip
    out(
        "threats",
        ["key", "name", "kind", "description", "sources", "confidence"],
        [[f"threat-{i}", f"Threat {i}", "threat", "Synthetic.", *fact] for i in range(n_th)],
    )
    out(
        "countries",
        ["iso3", "name", "aliases", "region"],
        [
            [codes[i], f"Country {i}", f"C{i};Land {i}", f"region-{i % 20}"]
            for i in range(n_countries)
        ],
    )
    headers = {
        "partnerships": ["country", "framework", "joined", "status", "status_changed", "sources", "confidence"],
        "cooperation": ["country", "threat", "since", "sources", "confidence"],
    }  # fmt: skip
    parts = dict.fromkeys(headers, 0)
    buf: dict[str, list[list[str]]] = {k: [] for k in headers}

    def flush(kind: str, force: bool = False) -> None:
        if buf[kind] and (force or len(buf[kind]) >= ROWS_PER_FILE):
            out(kind, headers[kind], buf[kind], parts[kind])
            parts[kind] += 1
            buf[kind] = []

    rels = n_countries  # IN_REGION
    for c in codes[:n_countries]:
        if rels >= relationships:
            break
        k = min(per, relationships - rels)
        for f in rng.sample(range(n_fw), (k + 1) // 2):
            y = rng.randint(1990, 2020)
            joined = f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if rng.random() < 0.9:
                buf["partnerships"].append([c, f"fw-{f}", joined, "active", "", *fact])
            else:
                buf["partnerships"].append(
                    [c, f"fw-{f}", joined, "suspended", str(y + rng.randint(1, 5)), *fact]
                )
        for t in rng.sample(range(n_th), k - (k + 1) // 2):
            buf["cooperation"].append([c, f"threat-{t}", str(rng.randint(1995, 2024)), *fact])
        rels += k
        flush("partnerships")
        flush("cooperation")
    flush("partnerships", True)
    flush("cooperation", True)
    return rels


# Run in a fresh interpreter: peak RSS is the load's own, not the benchmark's.
CHILD = r"""
import json, os, resource, sys, tempfile, time
from pathlib import Path
import psutil
import nato_graph
files = sorted(Path(sys.argv[1]).glob("*.csv"))
with tempfile.TemporaryDirectory() as home, nato_graph.connect(home=home, env={}) as db:
    db.store.ensure_schema()
    server = psutil.Process(db.store.server.state().pid)
    s0, c0, t0 = sum(server.cpu_times()[:2]), time.process_time(), time.perf_counter()
    db.load(files)
    seconds = time.perf_counter() - t0
    client, srv = time.process_time() - c0, sum(server.cpu_times()[:2]) - s0
    rels = db.store.counts().relationships
# This process's own peak (VmHWM, reset by exec): ru_maxrss keeps the parent's at fork, and the
# benchmark's parent holds the dataset it wrote (about 290 MB for 1M relationships)
try:
    hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "client_cpu_s": client, "server_cpu_s": srv, "relationships": rels,
    "rels_per_s": rels / seconds, "peak_rss_mb": hwm / 1024,
    "load_average": os.getloadavg()[0], "module": nato_graph.__file__}))
"""


def old_package(folder: Path, commit: str = OLD_COMMIT) -> Path | None:
    """The package as it was at ``commit``, laid out for PYTHONPATH; None without git."""
    try:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "graph", "loaders", "queries"],
                                 capture_output=True, check=True).stdout  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return None
    src = folder / "src"
    src.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
    pkg = folder / "path" / "nato_graph"
    pkg.mkdir(parents=True)
    for item in [*(src / "graph").iterdir(), src / "loaders", src / "queries"]:
        (pkg / item.name).symlink_to(item)
    return folder / "path"


def child_load(data: Path, pythonpath: Path | None = None) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    if pythonpath:
        env["PYTHONPATH"] = str(pythonpath)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(data)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def files_section(sizes: list[int], rounds: int, ten_million: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-files-") as tmp:
        old = old_package(Path(tmp) / "old")
        for size in sizes:
            data = Path(tmp) / f"d{size}"
            write_dataset(data, size)
            runs: dict[str, list[dict[str, Any]]] = {"streaming": [], "old": []}
            for _ in range(rounds):
                runs["streaming"].append(child_load(data))
                if old:
                    runs["old"].append(child_load(data, old))
            out[str(size)] = runs
            for name, rs in runs.items():
                if not rs:
                    continue
                secs = sorted(r["seconds"] for r in rs)
                rates = sorted(r["rels_per_s"] for r in rs)
                rows.append([f"{rs[0]['relationships']:,}", name, secs[0], median(secs), max(rates), median(rates),
                             max(r["peak_rss_mb"] for r in rs), median([r["client_cpu_s"] for r in rs]),
                             median([r["server_cpu_s"] for r in rs]), median([r["load_average"] for r in rs])])  # fmt: skip
            shutil.rmtree(data)
        if ten_million:
            data = Path(tmp) / "d10m"
            write_dataset(data, 10_000_000)
            r = child_load(data)
            out["10M"] = r
            rows.append([f"{r['relationships']:,}", "streaming", r["seconds"], r["seconds"], r["rels_per_s"],
                         r["rels_per_s"], r["peak_rss_mb"], r["client_cpu_s"], r["server_cpu_s"], r["load_average"]])  # fmt: skip
    print(table(
        f"Load of CSV data files into a fresh store (subprocess; streaming vs {OLD_COMMIT}, in turns)",
        ["rels", "loader", "min s", "median s", "best rels/s", "median rels/s", "peak RSS MB",
         "client CPU s", "server CPU s", "load avg"],
        rows,
    ))  # fmt: skip
    return out


def encoder_section() -> dict[str, Any]:
    """Our parameter encoder against the client's, on every batch of a 300k-relationship plan."""
    import datetime as dt

    from falkordb.helpers import stringify_param_value

    from bench.synthetic import generate
    from nato_graph.batches import chunks
    from nato_graph.stores.falkor_params import literal

    writes = generate(300_000, seed=3).writes
    batches = [b for w in writes for b in chunks(w.rows, DEFAULT_BATCH_SIZE)]
    spent = {"ours": 0.0, "client": 0.0}
    differ = 0
    for b in batches:  # in turns, batch by batch
        t0 = time.perf_counter()
        a = literal(b)
        t1 = time.perf_counter()
        c = stringify_param_value(b)
        spent["ours"] += t1 - t0
        spent["client"] += time.perf_counter() - t1
        differ += a != c
    ratio = spent["client"] / spent["ours"]
    with embedded_store("encoder") as store:  # what the client would send for a date
        sent = [
            [store.read("RETURN " + stringify_param_value(dt.date(1995, 2, 10)) + " AS v").value()]
        ]
    out = {"batches": len(batches), "differing": differ, "ours_s": spent["ours"], "client_s": spent["client"],
           "client_over_ours": ratio, "client_date_arrives_as": sent[0][0]}  # fmt: skip
    print(table(
        "FalkorDB parameter encoding, every batch of a 300k-relationship plan (same text; ratio > 1: ours faster)",
        ["batches", "differing", "ours s", "client s", "client/ours"],
        [[len(batches), differ, spent["ours"], spent["client"], ratio]],
    ))  # fmt: skip
    print(
        f"the client's encoding of datetime.date(1995, 2, 10) arrives as {sent[0][0]!r}; ours refuses it"
    )
    return out


def bulk_csvs(folder: Path, checked: Any) -> tuple[list[str], list[str]]:
    """The loader's rows as the bulk loader's typed CSV files: (node args, relation args)."""
    from nato_graph import schema
    from nato_graph.loaders.load import _rows
    from nato_graph.loaders.plan import STATEMENTS

    nodes: list[str] = []
    rels: list[str] = []
    for st in STATEMENTS:
        rows = list(_rows(checked, st))
        if not rows:
            continue
        names = sorted({k for r in rows for k, v in r["props"].items() if v is not None})

        def typed(n: str, rows: list[dict[str, Any]] = rows) -> str:
            vals = [r["props"].get(n) for r in rows if r["props"].get(n) is not None]
            kind = (
                "ARRAY"
                if isinstance(vals[0], list)
                else "INT"
                if isinstance(vals[0], int)
                else "STRING"
            )
            return f"{n}:{kind}"

        def cell(v: Any) -> str:
            return "" if v is None else repr(v) if isinstance(v, list) else str(v)

        name = folder / f"{st.what}-{len(nodes) + len(rels)}.csv"
        with open(name, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            if st.is_node:
                label = st.key[1]
                w.writerow([f"{schema.key_of(label)}:ID({label})", *map(typed, names)])
                w.writerows([[r["key"], *(cell(r["props"].get(n)) for n in names)] for r in rows])
                nodes += ["-N", label, str(name)]
            else:
                w.writerow([f":START_ID({st.key[1]})", f":END_ID({st.key[2]})", *map(typed, names)])
                w.writerows(
                    [
                        [r["start"], r["end"], *(cell(r["props"].get(n)) for n in names)]
                        for r in rows
                    ]
                )
                rels += ["-R", st.what, str(name)]
    return nodes, rels


def bulk_section(size: int) -> dict[str, Any]:
    """GRAPH.BULK through falkordb-bulk-loader vs the loader, both into an empty store."""
    from nato_graph.loaders.load import check_files, write_checked

    exe = Path(sys.executable).parent / "falkordb-bulk-insert"
    if not exe.exists():
        print(
            "bulk: falkordb-bulk-loader is not installed (pip install falkordb-bulk-loader); skipped"
        )
        return {}
    sample = ("MATCH (c:Country)-[p:PARTNER_IN]->(f:Framework) RETURN c.iso3, c.aliases, f.key, p.joined, "
              "p.joined_year, p.history_years, p.sources ORDER BY c.iso3, f.key LIMIT 200")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="bench-bulk-") as tmp:
        data = Path(tmp) / "data"
        write_dataset(data, size)
        checked = check_files(sorted(data.glob("*.csv")))
        with embedded_store("bulk-a") as a, embedded_store("bulk-b") as b:
            t0 = time.perf_counter()
            write_checked(a, checked)
            ours = time.perf_counter() - t0
            t0 = time.perf_counter()
            nodes, rels = bulk_csvs(Path(tmp), checked)
            b._db.call("DEL", EMBEDDED_GRAPH)  # GRAPH.BULK makes a new graph
            url = f"unix://{b.server.socket_path}"
            subprocess.run([str(exe), "-u", url, "--enforce-schema", *nodes, *rels, EMBEDDED_GRAPH],
                           check=True, capture_output=True)  # fmt: skip
            b.ensure_schema()  # the constraints the loader makes, so the stores end alike
            bulk = time.perf_counter() - t0
            same_counts = a.counts() == b.counts()
            same_sample = a.read(sample).rows == b.read(sample).rows
            counts = a.counts()
    out = {"relationships": counts.relationships, "loader_s": ours, "bulk_s": bulk, "loader_over_bulk": ours / bulk,
           "same_counts": same_counts, "same_sample": same_sample}  # fmt: skip
    print(table(
        "Empty store: the loader vs falkordb-bulk-loader (GRAPH.BULK), same validated rows",
        ["rels", "loader s", "bulk s (CSV + insert + schema)", "loader/bulk", "same counts", "same sample"],
        [[counts.relationships, ours, bulk, ours / bulk, same_counts, same_sample]],
    ))  # fmt: skip
    return out


def bundled_section(rounds: int) -> dict[str, Any]:
    """`nato-graph load` of the bundled data against `nato-graph status` (both start and stop the server)."""
    exe = str(Path(sys.executable).parent / "nato-graph")
    with tempfile.TemporaryDirectory(prefix="bench-bundled-") as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
        env["NATO_GRAPH_HOME"] = home
        subprocess.run([exe, "load"], env=env, check=True, capture_output=True)

        def run(*args: str) -> None:
            subprocess.run([exe, *args], env=env, check=True, capture_output=True)

        times = interleave({"load": lambda: run("load"), "status": lambda: run("status")}, rounds)
    out = {k: {"min": min(v), "median": median(v)} for k, v in times.items()}
    out["ratio_median"] = out["load"]["median"] / out["status"]["median"]  # type: ignore[assignment]
    print(table(
        f"`nato-graph load` (bundled data) vs `nato-graph status`, {rounds} rounds in turns",
        ["command", "min s", "median s"],
        [["load", out["load"]["min"], out["load"]["median"]], ["status", out["status"]["min"], out["status"]["median"]]],
    ))  # fmt: skip
    print(f"load/status (medians): {out['ratio_median']:.2f}x")
    return out


SECTIONS = ("batched", "throughput", "files", "encoder", "bulk", "bundled")


def main(
    quick: bool, only: tuple[str, ...] = SECTIONS, ten_million: bool = False
) -> dict[str, Any]:
    out: dict[str, Any] = {"load_average_at_start": os.getloadavg()}
    print(load_average())
    if "batched" in only:
        writes = generate(2_000 if quick else 10_000, seed=1).writes
        out["batched_vs_per_row"] = r = batched_vs_per_row(writes, rounds=3)
        print(table(
            "Load: batched UNWIND vs one query per row (same rows, interleaved, medians)",
            ["rows", "batched rows/s", "per-row rows/s", "ratio"],
            [[r["rows"], r["rows_per_s"]["batched"], r["rows_per_s"]["per_row"], r["ratio"]]],
        ))  # fmt: skip
        split = out["where_time_goes"] = where_time_goes(writes, r["rows_per_s"])
        print()
        print(table(
            "Load: microseconds a row, wall clock vs FalkorDB's own execution timer",
            ["mode", "wall us/row", "server us/row"],
            [[m, split["wall_us_per_row"][m], split["server_us_per_row"][m]] for m in ("batched", "per_row")],
        ))  # fmt: skip
        print(
            f"ceiling for batched/per-row with a client that cost nothing: {split['ceiling']:.0f}x"
        )
    if "throughput" in only:
        rows = []
        for size in [10_000, 100_000] if quick else [10_000, 100_000, 1_000_000]:
            t = throughput(size, rounds=3 if size < 1_000_000 else 2)
            out[f"throughput_{size}"] = t
            rows.append([t["relationships"], t["nodes"], t["relationships_per_s"], t["nodes_per_s"], t["loader_s"],
                         t["bare_s"], t["overhead_ratio"], t["server_peak_memory"]])  # fmt: skip
        print()
        print(table(
            "Load: the write path on generated rows (loader = plan + Store writes; bare = same statements, raw client)",
            ["rels", "nodes", "rels/s", "nodes/s", "loader s", "bare s", "loader/bare", "server peak mem"],
            rows,
        ))  # fmt: skip
    if "files" in only:
        print()
        out["files"] = files_section([100_000] if quick else [100_000, 1_000_000], 3, ten_million)
    if "encoder" in only:
        print()
        out["encoder"] = encoder_section()
    if "bulk" in only:
        print()
        out["bulk"] = bulk_section(20_000 if quick else 100_000)
    if "bundled" in only:
        print()
        out["bundled"] = bundled_section(3)
    out["load_average_at_end"] = os.getloadavg()
    print(load_average())
    emit("load", out)
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller sizes")
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    parser.add_argument(
        "--ten-million", action="store_true", help="also load 10M relationships (streaming)"
    )
    args = parser.parse_args()
    main(args.quick, tuple(args.only.split(",")), args.ten_million)
