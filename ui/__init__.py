"""The Qt user interface. It calls the services in `cds_desktop` and holds no business rule."""
