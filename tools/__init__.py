"""Developer tools for bodymap (not shipped with the app)."""
