"""The project's benchmarks (``qc-station bench``): measured figures, never asserted timings."""
