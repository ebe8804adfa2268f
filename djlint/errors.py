"""Errors that end in a clear one-line message, never a traceback."""


class DjlintError(Exception):
    """Base class: ``str(err)`` is the one-line message shown to the user."""


class ReadError(DjlintError):
    """An input file that cannot be read (exit code 2, other files still linted)."""

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.reason = message


class ConfigError(DjlintError):
    """A configuration file or option that is wrong (exit code 2)."""


class RuleLoadError(DjlintError):
    """A rule pack or rule definition that cannot be loaded."""
