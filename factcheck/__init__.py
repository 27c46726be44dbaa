"""factcheck: find, understand, index and cross-check numeric claims in Chinese documents."""
__version__ = "0.1.0"
