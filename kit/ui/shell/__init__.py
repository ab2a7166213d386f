"""The application shell: start-up, the main window, the volunteer area's tabs, first run and
store recovery."""
