#!/usr/bin/env python3
"""Build what goes to the standalone PC, on a connected machine. One command each:

    python installer/build.py bundle       # dist/miji-desk/: PyInstaller one-folder bundle
    python installer/build.py deb          # dist/miji-desk_<version>_<arch>.deb (builds the bundle)
    python installer/build.py wheelhouse   # dist/wheelhouse/<platform>/: every pinned wheel

The Windows installer is built on Windows from the same bundle: see installer/windows/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / "miji-desk"
NAME = "miji-desk"
# Shared libraries the bundle takes from the system (Qt's xcb platform, fonts, printing): the
# packages that carry them on Debian, Ubuntu, Kylin and UOS.
DEB_DEPENDS = (
    "libc6 (>= 2.28), libgl1, libegl1, libfontconfig1, libfreetype6, libdbus-1-3, "
    "libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, "
    "libxcb-shape0, libxcb-xinerama0, libxcb-randr0, libxcb-render-util0, libxcb-image0, "
    "libx11-xcb1, libcups2")
WHEEL_PLATFORMS = {  # folder → pip's --platform tags, newest first
    "linux-x86_64": ["manylinux_2_28_x86_64", "manylinux2014_x86_64", "manylinux_2_17_x86_64"],
    "linux-aarch64": ["manylinux_2_39_aarch64", "manylinux_2_28_aarch64",
                      "manylinux2014_aarch64", "manylinux_2_17_aarch64"],
    "windows-x64": ["win_amd64"],
}


def project() -> dict[str, object]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return data["project"]  # type: ignore[no-any-return]


def version() -> str:
    return str(project()["version"])


def run(*cmd: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, env=env)


def bundle() -> Path:
    """The one-folder bundle: no Python needed on the target."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", DIST, "--workpath", ROOT / "build" / "pyinstaller",
        ROOT / "installer" / "miji-desk.spec", env=env)
    if os.name != "nt":  # Windows has no links: there the command line is `miji-desk.exe cli`
        cli = BUNDLE / f"{NAME}-cli"
        cli.unlink(missing_ok=True)
        cli.symlink_to(NAME)  # the same program; it runs the command line by this name
    shutil.copy2(ROOT / "resources" / "icons" / "miji-desk.svg", BUNDLE / "miji-desk.svg")
    print(f"bundle: {BUNDLE} ({size_mib(BUNDLE):.0f} MiB)")
    return BUNDLE


def size_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()
               and not p.is_symlink()) / 2**20


DESKTOP = """[Desktop Entry]
Type=Application
Name=Miji Desk
Name[zh_CN]=涉密载体台账
Comment=Ledger of classified carriers for a standalone PC
Comment[zh_CN]=单机涉密载体台账
Exec=/opt/miji-desk/miji-desk
Icon=miji-desk
Terminal=false
Categories=Office;
"""

# Runs the self-test once installed. A failure is said, never fatal: the package stays
# installed and the clerk's administrator reads what failed.
POSTINST = """#!/bin/sh
set -e
if [ "$1" = "configure" ]; then
  home=$(mktemp -d)
  if QT_QPA_PLATFORM=offscreen HOME="$home" /opt/miji-desk/miji-desk --self-test; then
    echo "Miji Desk：自检通过。"
  else
    echo "Miji Desk：自检未通过，请把上面的内容告诉系统管理员（软件已安装）。" >&2
  fi
  rm -rf "$home"
fi
exit 0
"""


def deb(skip_bundle: bool = False) -> Path:
    """The Debian package: the bundle under /opt/miji-desk, the two commands on the PATH, the
    desktop entry and icon. Nothing under /etc; the clerk's data is never in the package."""
    if not skip_bundle or not BUNDLE.is_dir():
        bundle()
    arch = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
    root = ROOT / "build" / "deb"
    shutil.rmtree(root, ignore_errors=True)
    opt = root / "opt" / NAME
    shutil.copytree(BUNDLE, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    for program in (NAME, f"{NAME}-cli"):
        (root / "usr" / "bin" / program).symlink_to(f"/opt/{NAME}/{program}")
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / f"{NAME}.desktop").write_text(DESKTOP, encoding="utf-8")
    icons = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / "miji-desk.svg", icons / f"{NAME}.svg")
    control = root / "DEBIAN"
    control.mkdir()
    installed_kib = int(size_mib(root) * 1024)
    (control / "control").write_text(
        f"Package: {NAME}\nVersion: {version()}\nArchitecture: {arch}\n"
        f"Maintainer: Miji Desk <miji-desk@localhost>\nInstalled-Size: {installed_kib}\n"
        f"Depends: {DEB_DEPENDS}\nSection: misc\nPriority: optional\n"
        "Description: ledger of classified carriers for a standalone PC (涉密载体台账)\n"
        " Registers classified documents and media copy by copy, prints their labels and\n"
        " registers, and keeps everything in an encrypted local vault. Opens no network\n"
        " connection. The vault and backups live in the user's data folder and on\n"
        " dedicated media: removing the package never touches them.\n", encoding="utf-8")
    postinst = control / "postinst"
    postinst.write_text(POSTINST, encoding="utf-8")
    postinst.chmod(0o755)
    out = DIST / f"{NAME}_{version()}_{arch}.deb"
    # gzip: every dpkg reads it (Kylin and UOS ship older ones), and it packs in seconds.
    run("dpkg-deb", "--root-owner-group", "-Zgzip", "--build", root, out)
    print(f"deb: {out} ({out.stat().st_size / 2**20:.0f} MiB)")
    return out


def requirements() -> list[str]:
    return [str(r) for r in project()["dependencies"]]  # type: ignore[attr-defined]


def wheelhouse(platforms: list[str]) -> None:
    """Every pinned dependency as wheels for each platform, plus the app's own wheel.

    sqlcipher3 has no wheel for Linux aarch64: its source is downloaded instead, and must be
    built into a wheel once on a connected aarch64 machine (README › Installing)."""
    own = DIST / "wheelhouse" / "any"
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", own, ROOT)
    for name in platforms:
        folder = DIST / "wheelhouse" / name
        tags = [arg for tag in WHEEL_PLATFORMS[name] for arg in ("--platform", tag)]
        binary = [r for r in requirements()
                  if not (name == "linux-aarch64" and r.startswith("sqlcipher3"))]
        run(sys.executable, "-m", "pip", "download", "--only-binary=:all:",
            "--python-version", "3.11", *tags, "-d", folder, *binary)
        if len(binary) < len(requirements()):
            run(sys.executable, "-m", "pip", "download", "--no-binary=:all:", "--no-deps",
                "-d", folder, *(r for r in requirements() if r.startswith("sqlcipher3")))
        for wheel in own.glob("*.whl"):
            shutil.copy2(wheel, folder)
        print(f"wheelhouse {name}: {folder}\n  install with: "
              f"pip install --no-index --find-links {folder} miji-desk")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="what", required=True)
    sub.add_parser("bundle")
    d = sub.add_parser("deb")
    d.add_argument("--reuse-bundle", action="store_true", help="package dist/miji-desk as is")
    w = sub.add_parser("wheelhouse")
    w.add_argument("--platform", action="append", choices=sorted(WHEEL_PLATFORMS),
                   help="repeatable; default: all three")
    args = p.parse_args(argv)
    if args.what == "bundle":
        bundle()
    elif args.what == "deb":
        deb(skip_bundle=args.reuse_bundle)
    else:
        wheelhouse(args.platform or sorted(WHEEL_PLATFORMS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
