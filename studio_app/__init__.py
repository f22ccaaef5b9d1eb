"""Studio Desk core: data, rules, documents and the command line. Never imports Qt."""

from .version import __version__  # noqa: F401  (pyproject is the one source)
