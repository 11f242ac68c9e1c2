"""The IT Centre's pages: import, units, dashboard, master data, reports."""
