"""The package's own metadata: the license in the SPDX string form (PEP 639).

The old ``license = { text = ... }`` table makes every setuptools from 77 on warn at each build
(and is to become an error); the string form needs setuptools ≥ 77 as the build backend.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.licenses import canonicalize_license_expression
from packaging.requirements import Requirement

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_the_license_is_an_spdx_expression_that_setuptools_reads_without_warning() -> None:
    data = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    license_ = data["project"]["license"]
    assert isinstance(license_, str), "a table is the deprecated form setuptools warns about"
    assert canonicalize_license_expression(license_) == license_ == "LicenseRef-Proprietary"
    backend = [Requirement(r) for r in data["build-system"]["requires"]
               if Requirement(r).name == "setuptools"]
    assert backend and not backend[0].specifier.contains("76.9"), \
        "the SPDX string needs setuptools >= 77"
    assert backend[0].specifier.contains("77.0")
