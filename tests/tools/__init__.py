"""Tests that run the project's own tools (ruff, mypy, import-linter) over the code."""
