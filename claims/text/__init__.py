"""Framework-free Arabic text processing: normalization, cleaning, segmentation, attribution.

Nothing in this package imports Django, DRF, Celery or our apps (tests/test_layering.py checks).
"""
