"""The command line, for the stations of these tests (the server fixtures are in
tests/conftest.py: other suites run on both engines too)."""

from tests.cli.conftest import cli  # noqa: F401
