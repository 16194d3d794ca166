"""Concern Logger: offline-first, end-to-end encrypted safeguarding records for schools."""

__version__ = "0.1.0"
