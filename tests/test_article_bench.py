"""The article benchmark's own promises: it prints per-verdict precision and recall and the
count of false claims judged supported, scoring a labelled folder the way a reader would, and
its memory runs each report the peak of their own process.

A small labelled folder is written here, with one claim the checker gets right, one false claim
mislabelled as supported on purpose (so the score must show a wrong verdict), and one labelled
claim that the text does not make (so it must show a miss).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bench import bench_articles


@pytest.mark.slow
def test_accuracy_prints_per_verdict_precision_recall_and_false_supported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.md").write_text(
        "# Gulf partners\n\nQatar joined the Istanbul Cooperation Initiative in 2005. "
        "Oman is a member of the Istanbul Cooperation Initiative.\n",
        encoding="utf-8",
    )
    labels = {
        "a.md": {
            "title": "Gulf partners",
            "claims": [
                ["partner_in", "QAT", "ici", "supported"],
                ["partner_in", "OMN", "ici", "supported"],  # wrong on purpose: it is false
                ["partner_in", "KWT", "ici", "supported"],  # not in the text: a miss
            ],
        }
    }
    (tmp_path / "expected.yaml").write_text(yaml.safe_dump(labels), encoding="utf-8")
    out = bench_articles.accuracy(tmp_path)
    printed = capsys.readouterr().out
    assert out["per_verdict"]["supported"] == {
        "precision": 1.0,
        "recall": 1 / 3,
        "found": 1,
        "labelled": 3,
    }
    assert out["per_verdict"]["contradicted"]["found"] == 1
    assert out["verdict_accuracy_on_labelled"] == pytest.approx(1 / 3)
    for verdict in bench_articles.VERDICTS:
        assert any(line.startswith(verdict) for line in printed.splitlines()), verdict
    assert "false claims judged supported: 0" in printed
    assert "wrong verdict   a.md: ('partner_in', 'OMN', 'ici', 'contradicted')" in printed
    assert "missed          a.md: ('partner_in', 'KWT', 'ici', 'supported')" in printed


def test_a_child_process_reports_its_own_peak_memory() -> None:
    """VmHWM starts afresh in a new process, whatever the parent's peak was."""
    import subprocess
    import sys

    ballast = bytearray(200 * 1024 * 1024)  # the parent's peak: at least 200 MiB
    ballast[::4096] = b"x" * len(ballast[::4096])
    code = "from bench.bench_articles import _peak_rss_mib; print(_peak_rss_mib())"
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(bench_articles.__file__).resolve().parent.parent,
    )
    assert bench_articles._peak_rss_mib() >= 200
    assert float(proc.stdout) < 150, proc.stdout
    del ballast
