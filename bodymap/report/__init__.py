"""Printable output: the client handout (PDF) and map exports (PNG, SVG)."""
