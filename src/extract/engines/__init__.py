"""Executors: the same stages run in one process, a local pool, or on Ray."""
