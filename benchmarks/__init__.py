"""Benchmarks: build a 1,000,000-carrier vault and measure the DESIGN.md budgets against it.

``python -m benchmarks`` (``./dev bench``) runs every ``bench_*.py`` in this folder, each in its
own process, and prints one summary table; it exits non-zero when any budget is missed.

Each script prints its own table. A script may also report its figures to the summary: when the
environment variable ``MIJI_BENCH_RESULT`` names a file, ``benchmarks._common.Report.finish``
writes the figures there as JSON (scripts that do not are listed by exit status only).
``--scale N`` is passed to the scripts as ``MIJI_BENCH_SCALE`` (default 1,000,000 carriers).
"""
