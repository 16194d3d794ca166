"""Packaging tests: the Windows installer built with wixl, and the Debian package installed in a clean root."""
