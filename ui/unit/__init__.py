"""A unit's pages: activities, the editor and its evidence, export."""
