"""Sync through the hub: its PostgreSQL schema, the client that pushes and pulls, and the checks on what arrives."""
