"""CĐS Desktop core: storage, domain rules, packages, reports and the command line.

This package never imports Qt, so every rule can be used from scripts and tests.
"""

__version__ = "0.1.0"
APP_NAME = "CDS Desktop"
