"""The clients dock: one module per widget or dialog (panel, client and visit dialogs, the
treated-points picker, the visits list, Compare, the progress chart, the import job)."""
