"""The dashboard tab and its charts."""
