"""Partnership-shaped graphs of any size, for benchmarks and scale tests.

The generator makes records of the same kinds as the curated data (countries,
regions, frameworks, threats, operations, memberships with skewed degrees and
dates) and hands them to the same planner and writer as ``nato-graph load``.
Generated values are valid by construction, so file reading and validation are
skipped; everything from planning to the ``UNWIND`` statements is shared.

>>> ds = generate(relationships=2_000, seed=1)
>>> 1_900 <= ds.relationship_count <= 2_100
True
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from nato_graph.batches import DEFAULT_BATCH_SIZE
from nato_graph.loaders.files import Record
from nato_graph.loaders.load import LoadSummary, write_plan
from nato_graph.loaders.model import KIND_BY_NAME
from nato_graph.loaders.plan import Write, plan
from nato_graph.stores import Store

SOURCE = "synthetic"


@dataclass
class SyntheticDataset:
    records: list[Record]

    @cached_property
    def writes(self) -> list[Write]:
        return plan(self.records)

    @property
    def relationship_count(self) -> int:
        return sum(len(w.rows) for w in self.writes if not w.is_node)

    @property
    def node_count(self) -> int:
        return sum(len(w.rows) for w in self.writes if w.is_node)


def _record(kind_name: str, /, **values: object) -> Record:
    return Record(
        KIND_BY_NAME[kind_name], SOURCE, 0, {k: v for k, v in values.items() if v is not None}
    )


def _date(rng: random.Random, first: int = 1990, last: int = 2024) -> str:
    return f"{rng.randint(first, last)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def generate(
    relationships: int = 10_000,
    *,
    seed: int = 0,
    framework_keys: list[str] | None = None,
    threat_keys: list[str] | None = None,
) -> SyntheticDataset:
    """About ``relationships`` relationships; framework and threat popularity follow a Zipf-like skew.

    With ``framework_keys``/``threat_keys`` the synthetic partners join those
    existing frameworks and threats (e.g. the curated ones) instead of new ones,
    so canned questions about real frameworks meet a bigger graph.
    """
    rng = random.Random(seed)
    fact = {"sources": [f"{SOURCE}-source"], "confidence": "unverified"}
    n_frameworks = max(6, relationships // 2_000)
    n_threats = max(10, relationships // 5_000)
    n_operations = max(4, relationships // 10_000)
    n_regions = max(5, min(50, relationships // 2_000))

    recs = [_record("sources", key=f"{SOURCE}-source", title="Synthetic data", kind="reference")]
    if not framework_keys:
        recs.append(
            _record("organizations", key="NATO", name="North Atlantic Treaty Organization", **fact)
        )
    recs += [_record("regions", key=f"region-{i}", name=f"Region {i}") for i in range(n_regions)]
    fw_keys = framework_keys or [f"fw-{i}" for i in range(n_frameworks)]
    th_keys = threat_keys or [f"threat-{i}" for i in range(n_threats)]
    n_frameworks, n_threats = len(fw_keys), len(th_keys)
    recs += [
        _record("frameworks", key=f"fw-{i}", acronym=f"FW{i}", name=f"Framework {i}", kind="framework",
                launched=_date(rng, 1990, 2010), purpose="Synthetic framework.", **fact)
        for i in range(n_frameworks)
        if not framework_keys
    ]  # fmt: skip
    recs += [
        _record(
            "threats",
            key=f"threat-{i}",
            name=f"Threat {i}",
            kind="threat",
            description="Synthetic.",
            **fact,
        )
        for i in range(n_threats)
        if not threat_keys
    ]
    recs += [
        _record(
            "operations", key=f"op-{i}", name=f"Operation {i}", start=_date(rng, 1995, 2020), **fact
        )
        for i in range(n_operations)
    ]
    fw_weights = [1 / (i + 1) for i in range(n_frameworks)]
    th_weights = [1 / (i + 1) for i in range(n_threats)]
    statuses = ["active", "suspended", "became_member", "ended"]  # the weights below, in this order
    addresses = 0 if framework_keys else n_frameworks * min(n_threats, 3)
    made = addresses
    i = 0
    while made < relationships:
        iso3 = f"S{i:06d}"
        recs.append(_record("countries", iso3=iso3, name=f"Country {i}", aliases=[f"C{i}"],
                            region=f"region-{i % n_regions}"))  # fmt: skip
        made += 1
        if i % 10 == 0:
            recs.append(
                _record("nato_members", country=iso3, joined=_date(rng, 1949, 2024), **fact)
            )
            made += 1
        # Skewed degrees: most countries have a few relationships, some have many.
        k = min(40, max(2, int(rng.paretovariate(1.2) * 4)))
        fws = set(rng.choices(range(n_frameworks), weights=fw_weights, k=max(1, k // 3)))
        for f in fws:
            status = rng.choices(statuses, weights=[85, 5, 7, 3])[0]
            joined = _date(rng)
            changed = (
                None if status == "active" else f"{min(2025, int(joined[:4]) + rng.randint(1, 10))}"
            )
            recs.append(_record("partnerships", country=iso3, framework=fw_keys[f], joined=joined, status=status,
                                status_changed=changed, **fact))  # fmt: skip
        threats = set(rng.choices(range(n_threats), weights=th_weights, k=max(1, k - len(fws))))
        for t in threats:
            recs.append(_record("cooperation", country=iso3, threat=th_keys[t], **fact))
        made += len(fws) + len(threats)
        if rng.random() < 0.1:
            recs.append(
                _record(
                    "contributions",
                    country=iso3,
                    operation=f"op-{rng.randrange(n_operations)}",
                    **fact,
                )
            )
            made += 1
        i += 1
    for f in range(n_frameworks if not framework_keys else 0):  # never rewrite curated facts
        for t in rng.sample(range(n_threats), k=min(n_threats, 3)):
            recs.append(
                _record(
                    "addresses",
                    subject=fw_keys[f],
                    subject_type="framework",
                    threat=th_keys[t],
                    **fact,
                )
            )
    return SyntheticDataset(recs)


def load_synthetic(
    store: Store,
    relationships: int = 10_000,
    *,
    seed: int = 0,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
) -> LoadSummary:
    """Generate a synthetic graph and write it through the loader's writer."""
    return write_plan(
        store, generate(relationships, seed=seed).writes, batch_size=batch_size, progress=progress
    )
