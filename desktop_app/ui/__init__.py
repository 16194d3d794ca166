"""The PySide6 desktop app: windows, pages, table models and the background-op helper."""
