"""Article checker benchmark: verdict precision and recall on the labelled corpus, and throughput.

Accuracy: the curated data and every article of ``tests/articles/`` are loaded
into a fresh embedded store, and the claims found are scored against the
hand-written labels of ``tests/articles/expected.yaml``; then, apart, the held-out
articles of ``tests/articles/heldout/`` (written by an auditor apart from the rules'
development). A claim is
(predicate, subject, object, verdict), the predicate prefixed with "not " for a
negated claim. Printed: precision and recall per verdict, the extractor's
precision and recall ignoring the verdict, verdict accuracy, and the count
that matters most, false claims judged ``supported``.

Throughput and memory: folders of 10, 100 and 1,000 synthetic articles
(paragraphs of the corpus drawn per article, so each is a distinct document),
and 10 articles ten times as long, are each loaded with ``load DIR/`` in a
fresh process; articles and sentences per second, the client's peak RSS and
its ratio to the smallest run are printed side by side (memory is bounded
when that ratio stays near 1 while the sentences grow a hundredfold).
Repeated loads: one process loads one short article at a time (a notebook's, a long-lived
caller's or the test session's way), ``--repeat`` times with the pipeline kept between loads
and as many times with it built afresh for each (the checker before it kept one), and prints
the resident memory each way gained per load, side by side, and their ratio.
Run alone with ``python bench/bench_articles.py [--quick]`` (10 and 100 articles), or only the
repeated loads with ``python bench/bench_articles.py --repeat N``.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml

from bench.common import ROOT, embedded_store, emit, table

ARTICLES = ROOT / "tests" / "articles"
HELD_OUT = ARTICLES / "heldout"
VERDICTS = ("supported", "contradicted", "outdated", "unverified", "new")
Item = tuple[str, str, str, str]  # (predicate, subject, object, verdict)
Triple = tuple[str, str, str]  # (predicate, subject, object)


def expected_claims(folder: Path = ARTICLES) -> dict[str, set[Item]]:
    labels = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    return {name: {tuple(c) for c in v["claims"]} for name, v in labels.items()}  # type: ignore[misc]


def found_claims(store: Any, path: Path) -> set[Item]:
    rows = store.read(
        "MATCH (d:Document {path: $path})-[:MAKES]->(c:Claim) "
        "RETURN c.predicate AS p, c.negated AS negated, c.subject AS s, c.object AS o, c.verdict AS v",
        {"path": str(path)},
    )
    return {(("not " if r["negated"] else "") + r["p"], r["s"], r["o"], r["v"]) for r in rows}


def supported_sentences(store: Any, path: Path) -> Counter[Triple]:
    """How many sentences of the article at ``path`` had each claim judged supported."""
    rows = store.read(
        "MATCH (d:Document {path: $path})-[:MAKES]->(c:Claim {verdict: 'supported'}) "
        "RETURN c.predicate AS p, c.negated AS negated, c.subject AS s, c.object AS o, "
        "count(DISTINCT c.position) AS n",
        {"path": str(path)},
    )
    return Counter(
        {(("not " if r["negated"] else "") + r["p"], r["s"], r["o"]): r["n"] for r in rows}
    )


@dataclass
class Score:
    """Counts over (article, claim) pairs."""

    found: Counter[str] = field(default_factory=Counter)  # by verdict
    expected: Counter[str] = field(default_factory=Counter)
    hits: Counter[str] = field(default_factory=Counter)
    triples_found: int = 0
    triples_expected: int = 0
    triples_hit: int = 0
    right_verdict: int = 0  # labelled claims found with the labelled verdict
    false_supported: list[tuple[str, Item]] = field(default_factory=list)
    unlabelled_supported: list[tuple[str, Item]] = field(default_factory=list)
    # a triple labelled both supported and not, judged supported in one sentence only: counted as
    # the true claim's, which the labels cannot show; listed for a reader to check by hand
    supported_once: list[tuple[str, Item]] = field(default_factory=list)
    wrong: list[tuple[str, Item, str]] = field(
        default_factory=list
    )  # (article, found, labelled verdicts)
    missed: list[tuple[str, Item]] = field(default_factory=list)

    def add(
        self,
        article: str,
        found: set[Item],
        expected: set[Item],
        supported_in: Mapping[Triple, int] | None = None,
    ) -> None:
        """Score one article: ``found`` against its labels ``expected``; ``supported_in`` counts
        the sentences that had each claim judged supported (``supported_sentences``), one each
        when not given."""
        for item in found:
            self.found[item[3]] += 1
        for item in expected:
            self.expected[item[3]] += 1
        for item in found & expected:
            self.hits[item[3]] += 1
        self.right_verdict += len(found & expected)
        labelled: dict[tuple[str, str, str], set[str]] = {}
        for *triple, verdict in expected:
            labelled.setdefault(tuple(triple), set()).add(verdict)  # type: ignore[arg-type]
        found_triples = {item[:3] for item in found}
        self.triples_found += len(found_triples)
        self.triples_expected += len(labelled)
        self.triples_hit += len(found_triples & set(labelled))
        for item in sorted(found - expected):
            verdicts = labelled.get(item[:3])
            if verdicts is None:
                if item[3] == "supported":
                    self.unlabelled_supported.append((article, item))
                continue
            self.wrong.append((article, item, "/".join(sorted(verdicts))))
        # A false claim judged supported: a labelled claim that is not supported was found only as
        # supported. The same triple may be labelled twice in one article (a right and a wrong
        # date: "supported" and "contradicted"); the labels do not say which sentence is which,
        # so one sentence judged supported is the true claim's (the false one went unread), and a
        # second sentence judged supported may be the false one: false. With no label of the
        # triple saying supported, any sentence judged supported is false.
        for item in sorted(expected - found):
            claimed: Triple = (item[0], item[1], item[2])
            if item[3] == "supported" or (*claimed, "supported") not in found:
                continue
            true_ones = 1 if (*claimed, "supported") in expected else 0
            sentences = supported_in.get(claimed, 1) if supported_in is not None else 1
            if sentences > true_ones:
                self.false_supported.append((article, item))
            else:
                self.supported_once.append((article, item))
        for item in sorted(expected - found):
            if item[:3] not in found_triples:
                self.missed.append((article, item))

    def precision(self, verdict: str) -> float:
        return self.hits[verdict] / self.found[verdict] if self.found[verdict] else 1.0

    def recall(self, verdict: str) -> float:
        return self.hits[verdict] / self.expected[verdict] if self.expected[verdict] else 1.0

    def summary(self) -> dict[str, Any]:
        labelled = sum(self.expected.values())
        return {
            "per_verdict": {
                v: {
                    "precision": self.precision(v),
                    "recall": self.recall(v),
                    "found": self.found[v],
                    "labelled": self.expected[v],
                }
                for v in VERDICTS
            },
            "extraction_precision": self.triples_hit / self.triples_found
            if self.triples_found
            else 1.0,
            "extraction_recall": self.triples_hit / self.triples_expected
            if self.triples_expected
            else 1.0,
            "verdict_accuracy_on_labelled": self.right_verdict / labelled if labelled else 1.0,
            "verdict_accuracy_on_extracted": (
                self.right_verdict / (self.right_verdict + len(self.wrong))
                if self.right_verdict
                else 1.0
            ),
            "labelled_claims": labelled,
            "false_claims_judged_supported": len(self.false_supported),
            "unlabelled_claims_judged_supported": len(self.unlabelled_supported),
            "labelled_both_ways_supported_once": len(self.supported_once),
        }


def accuracy(folder: Path = ARTICLES) -> dict[str, Any]:
    """Score the checker on the labelled articles of ``folder`` (its expected.yaml)."""
    from nato_graph.loaders.articles import load_articles
    from nato_graph.loaders.load import load

    labels = expected_claims(folder)
    score = Score()
    with embedded_store("articles") as store:
        load(store)
        paths = [folder / name for name in labels]
        load_articles(store, [str(p) for p in paths])
        for name, path in zip(labels, paths, strict=True):
            score.add(
                name,
                found_claims(store, path),
                labels[name],
                supported_sentences(store, path),
            )
    out = score.summary()
    rows = [
        [
            v,
            out["per_verdict"][v]["labelled"],
            out["per_verdict"][v]["found"],
            score.precision(v),
            score.recall(v),
        ]
        for v in VERDICTS
    ]
    print(table(f"Verdicts on the labelled corpus ({len(labels)} articles, {out['labelled_claims']} claims)",
                ["verdict", "labelled", "found", "precision", "recall"], rows))  # fmt: skip
    print(
        f"claims found regardless of verdict: precision {out['extraction_precision']:.3f}, "
        f"recall {out['extraction_recall']:.3f}\n"
        f"verdict accuracy: {out['verdict_accuracy_on_labelled']:.3f} of labelled claims "
        f"(a missed claim counts as wrong), {out['verdict_accuracy_on_extracted']:.3f} of the labelled "
        f"claims found\n"
        f"false claims judged supported: {out['false_claims_judged_supported']} "
        f"(and {out['unlabelled_claims_judged_supported']} claims judged supported that no label names)\n"
        f"labelled both ways in one article and judged supported in one sentence (counted as the "
        f"true claim; check by hand): {out['labelled_both_ways_supported_once']}"
    )
    for article, item, verdicts in score.wrong:
        print(f"  wrong verdict   {article}: {item} (labelled {verdicts})")
    for article, item in score.false_supported:
        print(f"  FALSE SUPPORTED {article}: {item[:3]} judged supported, labelled {item[3]}")
    for article, item in score.unlabelled_supported:
        print(f"  unlabelled, supported {article}: {item}")
    for article, item in score.supported_once:
        print(f"  check by hand   {article}: {item[:3]} supported once, labelled also {item[3]}")
    for article, item in score.missed:
        print(f"  missed          {article}: {item}")
    return out


def synthetic_articles(folder: Path, count: int, seed: int = 7, paragraphs: int = 12) -> int:
    """Write ``count`` articles of ``paragraphs`` paragraphs each, drawn from the corpus (with
    repeats past its size); returns the characters written."""
    from nato_graph.loaders.articles.text import read_article

    pool = [
        p
        for name in expected_claims()
        for p in read_article(str(ARTICLES / name)).paragraphs
        if len(p) > 40
    ]
    rng = random.Random(seed)
    size = 0
    for i in range(count):
        body = rng.choices(pool, k=paragraphs)
        text = f"Synthetic article {i}\n\n" + "\n\n".join(body) + "\n"
        (folder / f"article-{i:05d}.txt").write_text(text, encoding="utf-8")
        size += len(text)
    return size


def _child(count: int, paragraphs: int) -> dict[str, Any]:
    """One load of ``count`` synthetic articles in this (fresh) process: its figures as a dict."""
    from nato_graph.loaders.articles import load_articles
    from nato_graph.loaders.load import load

    with (
        tempfile.TemporaryDirectory(prefix="bench-articles-") as tmp,
        embedded_store("throughput") as store,
    ):
        folder = Path(tmp)
        characters = synthetic_articles(folder, count, paragraphs=paragraphs)
        load(store)
        rss_before = _peak_rss_mib()
        started = time.perf_counter()
        summaries = load_articles(store, [str(folder)])
        seconds = time.perf_counter() - started
        rss_after = _peak_rss_mib()
        started = time.perf_counter()
        again = load_articles(store, [str(folder)])
        reload_seconds = time.perf_counter() - started
    sentences = sum(s.sentences for s in summaries)
    return {
        "articles": len(summaries),
        "paragraphs_per_article": paragraphs,
        "characters": characters,
        "sentences": sentences,
        "seconds": seconds,
        "articles_per_second": len(summaries) / seconds,
        "sentences_per_second": sentences / seconds,
        "peak_rss_before_articles_mib": rss_before,
        "peak_rss_mib": rss_after,
        "peak_rss_growth_mib": rss_after - rss_before,
        "reload_seconds": reload_seconds,
        "reload_all_unchanged": all(s.already_loaded for s in again),
    }


def _peak_rss_mib() -> float:
    """This process's peak resident set size. Linux's VmHWM belongs to the address space, so it
    starts afresh at exec; ru_maxrss (the fallback elsewhere) carries the parent's peak over."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _in_subprocess(count: int, paragraphs: int) -> dict[str, Any]:
    """Run _child in a fresh interpreter, so each peak RSS is that load's own."""
    proc = subprocess.run(
        [sys.executable, __file__, "--child", str(count), str(paragraphs)],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    if proc.returncode != 0:
        raise RuntimeError(f"bench child ({count} articles) failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def throughput(counts: Sequence[int], paragraphs: Sequence[int] = (12,)) -> dict[str, Any]:
    """Load folders of 10, 100, 1000 ... articles (and longer articles), each in its own process.

    The client's peak RSS is measured per process (the embedded server is
    another process and not counted); ratios are against the smallest run, so
    bounded memory shows as a peak-RSS ratio near 1 while the article ratio grows.
    """
    runs = [_in_subprocess(n, 12) for n in counts]
    runs += [_in_subprocess(counts[0], p) for p in paragraphs if p != 12]
    base = runs[0]
    rows = [
        [r["articles"], r["paragraphs_per_article"], r["sentences"], r["seconds"],
         r["articles_per_second"], r["sentences_per_second"], r["peak_rss_mib"],
         r["peak_rss_growth_mib"], r["sentences"] / base["sentences"],
         r["peak_rss_mib"] / base["peak_rss_mib"], r["reload_seconds"]]
        for r in runs
    ]  # fmt: skip
    print(table("Loading folders of articles (load DIR/), each load in a fresh process",
                ["articles", "paras each", "sentences", "s", "articles/s", "sentences/s",
                 "client peak RSS MiB", "RSS growth MiB", "x sentences", "x peak RSS", "reload s"],
                rows))  # fmt: skip
    return {"runs": runs}


def _rss_mib() -> float:
    """This process's resident set size now."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def repeated_loads(times: int) -> dict[str, Any]:
    """Load a one-sentence article ``times`` times in this process with the spaCy pipeline kept
    between loads (entities.build_pipeline's cache), then as many times with it built afresh for
    each; the resident memory gained per load each way, and their ratio."""
    import gc
    import io

    from nato_graph.loaders.articles import entities, load_articles
    from nato_graph.loaders.load import load

    def run(fresh: bool) -> float:
        gc.collect()
        before = _rss_mib()
        for k in range(times):
            if fresh:
                entities._PIPELINES.clear()  # the pipeline built afresh, as each load once did
            text = f"Note {k}\n\nFinland joined NATO in 2023. Sweden joined in {1990 + k % 30}."
            load_articles(store, ["-"], stdin=io.BytesIO(text.encode("utf-8")))
        gc.collect()
        return (_rss_mib() - before) / times

    with embedded_store("articles-repeated") as store:
        load(store)
        load_articles(store, ["-"], stdin=io.BytesIO(b"Warm\n\nJordan joined the MD in 1995."))
        kept = run(fresh=False)
        rebuilt = run(fresh=True)
    rows = [["kept", times, kept], ["built afresh", times, rebuilt]]
    print(table(f"Repeated loads in one process ({times} each way): resident memory gained",
                ["pipeline", "loads", "MiB per load"], rows))  # fmt: skip
    ratio = rebuilt / kept if kept > 0 else None
    print(f"afresh / kept: {ratio:,.0f}x" if ratio else "kept: no growth measured")
    return {"loads": times, "kept_mib_per_load": kept, "afresh_mib_per_load": rebuilt}


def main(quick: bool) -> dict[str, Any]:
    counts = (10, 100) if quick else (10, 100, 1000)
    out = {
        "accuracy": accuracy(),
        # articles written apart from the rules' development (tests/articles/heldout/)
        "accuracy_held_out": accuracy(HELD_OUT),
        "throughput": throughput(counts, (12, 120)),
        "repeated_loads": repeated_loads(20 if quick else 60),
    }
    emit("articles", out)
    return out


if __name__ == "__main__":
    if "--child" in sys.argv:  # one throughput run, its figures as the last line of JSON
        at = sys.argv.index("--child")
        print(json.dumps(_child(int(sys.argv[at + 1]), int(sys.argv[at + 2]))))
    elif (
        "--labelled" in sys.argv
    ):  # another labelled folder: python bench/bench_articles.py --labelled DIR
        accuracy(Path(sys.argv[sys.argv.index("--labelled") + 1]))
    elif (
        "--repeat" in sys.argv
    ):  # only the repeated loads: python bench/bench_articles.py --repeat N
        repeated_loads(int(sys.argv[sys.argv.index("--repeat") + 1]))
    else:
        main("--quick" in sys.argv)
