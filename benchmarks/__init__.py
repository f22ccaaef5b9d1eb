"""The performance suite: `make bench` or `python -m benchmarks` (see README.md here)."""
