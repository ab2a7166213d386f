"""After-event reports: the numbers of an event as plain data (`model`) and as a PDF (`event_report`).

Like the handouts, a renderer takes plain data and returns PDF bytes; it never opens the database.
This package's `__init__` does not import reportlab, so the dashboard can use the model cheaply.
"""
