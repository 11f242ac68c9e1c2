"""Widgets and helpers both roles use."""
