"""Evaluation (`kg eval`): gold files (gold) against graphs (scoring), reported as a table, JSON or
HTML (evalreport)."""
