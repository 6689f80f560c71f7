"""The one thing pyproject.toml cannot yet say without a warning: the embedded store's reply
reader in C (graph/stores/_reply.c). Everything else about the package is in pyproject.toml.

The module is optional: without a C compiler the package installs, and the store reads
every reply with hiredis instead, only more slowly.
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension("nato_graph.stores._reply", ["graph/stores/_reply.c"], optional=True),
    ]
)
