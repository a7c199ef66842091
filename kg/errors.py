"""Errors kg reports to users: one line, no traceback, a documented exit code."""
from __future__ import annotations


class KgError(Exception):
    """A failure kg explains in one line; exit_code 2 for bad input or usage, 1 at run time."""

    exit_code = 1


class InputError(KgError):
    """The input (a file, a record, an option value) cannot be used."""

    exit_code = 2


class ModelNotFound(KgError):
    """No spaCy English model is installed."""

    exit_code = 2
