"""The body atlas generator: the figure, its regions and the muscle layer, described as data.

Run it as ``python -m tools.atlas`` from the repository root (see docs/atlas-format.md).
"""
