"""Studio Desk core: data, rules, documents and the command line. Never imports Qt."""

from importlib import metadata

try:
    __version__ = metadata.version("studio-desk")
except metadata.PackageNotFoundError:  # running from a bundle or a bare checkout
    __version__ = "0.1.0"
