"""Benchmarks, load test and fault injection for VHub (DESIGN.md §10); see bench/README.md."""
