"""Typed errors of the core; the CLI turns each into one line and an exit code."""


class FactcheckError(Exception):
    """Base of every error factcheck reports to a user."""

    exit_code = 1


class UsageError(FactcheckError):
    """A command-line argument is wrong."""

    exit_code = 2


class DocumentError(FactcheckError):
    """A document cannot be read; other documents go on."""


class IndexError_(FactcheckError):
    """The index file cannot be used (not an index, newer schema, corrupt)."""

    exit_code = 2


class LexiconError(FactcheckError):
    """A lexicon data file is malformed."""

    exit_code = 2
