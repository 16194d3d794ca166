"""The school's records as plain dataclasses and pure rules; imports only the standard library."""
