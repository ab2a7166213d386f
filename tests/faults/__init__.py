"""Fault-injection tests: kills, full disks, damaged files, bad input, no network."""
