"""Thin launcher so `python main.py` starts the same entry point as `outreach-kit`."""
import sys

from kit.cli import main

if __name__ == "__main__":
    sys.exit(main())
