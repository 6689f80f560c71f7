"""The `nato-graph` command line: option parsing over ``nato_graph.connect()``.

Every command parses its options, calls one method of the Connection on
``ctx.obj`` and formats what comes back. Heavy modules (database drivers,
pyvis, networkx, spaCy) are imported by the library when a command needs
them, so `nato-graph --help` stays fast.
"""

from nato_graph.cli.main import cli, main

__all__ = ["cli", "main"]
