"""The one thing pyproject.toml cannot declare: ``<repo>/resources`` (fonts, translations) ships
inside the package as ``miji_desk/resources``, where ``resources.resource_path`` looks first, so
an installed (non-editable) build never depends on a source checkout. Everything else about the
build is in pyproject.toml."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path(__file__).resolve().parent / "resources"
SKIP = shutil.ignore_patterns("*.ts", "__pycache__")  # translation sources: .qm is what runs


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if not self.dry_run:
            shutil.copytree(RESOURCES, Path(self.build_lib) / "miji_desk" / "resources",
                            ignore=SKIP, dirs_exist_ok=True)


if __name__ == "__main__":  # setuptools' build backend runs this file as __main__
    setup(cmdclass={"build_py": BuildPyWithResources})
