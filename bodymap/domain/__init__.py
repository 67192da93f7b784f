"""The domain: atlas, knowledge base, pain drawing, referral model, safety.

Pure Python. Nothing here imports Qt or pyqtgraph (a test enforces it), so the model
runs in scripts, the CLI and tests without a GUI.
"""
