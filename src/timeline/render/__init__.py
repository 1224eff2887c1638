"""Outputs: TimeML XML, HTML for notebooks and pages."""
