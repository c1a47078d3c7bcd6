"""The offline installer (issue 19): the one-folder bundle and the .deb are really built here,
the .deb unpacked into a scratch root, and the installed program's self-test run with no
network at all. The Windows script is checked against the roles of the real Linux bundle."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import roles  # noqa: E402  (installer/ is a folder of build scripts, not a package)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def deb() -> Path:
    """`python installer/build.py deb`, exactly as the README says (a few minutes)."""
    if shutil.which("dpkg-deb") is None:
        pytest.fail("dpkg-deb is missing: .ci/run installs it (Debian's dpkg)")
    subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"), "deb"], check=True,
                   cwd=ROOT, timeout=1800)
    [built] = (ROOT / "dist").glob("miji-desk_*.deb")
    return built


@pytest.fixture(scope="module")
def installed(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def control(deb: Path) -> dict[str, str]:
    text = subprocess.run(["dpkg-deb", "-f", str(deb)], check=True, capture_output=True,
                          text=True).stdout
    return dict(re.findall(r"^(\S+): (.*)$", text, re.M))


def bundle_files(folder: Path) -> list[str]:
    return [p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()]


def test_the_deb_installs_under_opt_with_commands_desktop_entry_and_nothing_in_etc(
        deb: Path, installed: Path) -> None:
    fields = control(deb)
    assert fields["Package"] == "miji-desk" and fields["Architecture"] == "amd64"
    for lib in ("libxcb-cursor0", "libxkbcommon-x11-0", "libfontconfig1", "libcups2"):
        assert lib in fields["Depends"]
    app = installed / "opt" / "miji-desk"
    assert os.access(app / "miji-desk", os.X_OK)
    for program in ("miji-desk", "miji-desk-cli"):
        assert os.readlink(installed / "usr" / "bin" / program) == f"/opt/miji-desk/{program}"
    desktop = (installed / "usr" / "share" / "applications" / "miji-desk.desktop").read_text(
        encoding="utf-8")
    assert "Exec=/opt/miji-desk/miji-desk" in desktop and "Icon=miji-desk" in desktop
    assert (installed / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
            / "miji-desk.svg").is_file()
    assert not (installed / "etc").exists()
    # The clerk's data is never in the package, so removing it cannot touch a vault.
    assert not [f for f in bundle_files(installed) if f.endswith((".mjdb", ".keys", ".mjbk"))]


def test_the_bundle_carries_the_qt_plugins_it_uses_and_none_that_reach_a_network(
        installed: Path) -> None:
    qt = installed / "opt" / "miji-desk" / "_internal" / "PySide6" / "Qt"
    plugins = {p.relative_to(qt / "plugins").as_posix() for p in (qt / "plugins").rglob("*.so")}
    for needed in ("platforms/libqxcb.so", "platforms/libqoffscreen.so",
                   "printsupport/libcupsprintersupport.so",
                   "platforminputcontexts/libibusplatforminputcontextplugin.so",
                   "iconengines/libqsvgicon.so"):
        assert needed in plugins
    for unwanted in ("platforms/libqvnc.so", "platforms/libqwayland.so",
                     "platforminputcontexts/libqtvirtualkeyboardplugin.so"):
        assert unwanted not in plugins
    assert not any(p.startswith(("tls/", "networkinformation/")) for p in plugins)
    names = {p.name for p in (installed / "opt" / "miji-desk").rglob("*")}
    assert not any(n.startswith(("libQt6Qml", "libQt6Quick", "libQt6Wayland")) for n in names)
    assert "libQt6Pdf.so.6" in names  # the print preview renders with QtPdf
    translations = {p.name for p in (qt / "translations").glob("*.qm")}
    assert "qtbase_zh_CN.qm" in translations and all("_zh_CN" in t for t in translations)
    resources = installed / "opt" / "miji-desk" / "_internal" / "miji_desk" / "resources"
    assert (resources / "fonts" / "DroidSansFallbackFull.ttf").is_file()
    assert (resources / "translations" / "miji_desk_en.qm").is_file()


def test_the_installed_self_test_passes_with_no_network_interface(
        installed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    program = installed / "opt" / "miji-desk" / "miji-desk"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "LANG": "C.UTF-8"}
    command = [str(program), "--self-test"]
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True)
    if probe.returncode == 0:
        command = ["unshare", "-n", *command]  # only loopback exists: nothing could be reached
    else:
        with capsys.disabled():  # said plainly in the test run, not hidden in a report
            print(f"\nthis machine refused a network namespace ({probe.stderr.strip()}): the "
                  "self-test runs with the machine's network; its own socket watch is then "
                  "the only proof that nothing was opened")
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "自检通过。"
    assert "通过  全程未打开网络连接" in done.stdout


def test_the_command_line_is_the_same_program_under_its_own_name(installed: Path) -> None:
    cli = installed / "opt" / "miji-desk" / "miji-desk-cli"
    done = subprocess.run([str(cli), "--help"], capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
    assert done.returncode == 0 and "verify" in done.stdout and "labels" in done.stdout


def test_the_windows_script_lists_every_role_of_the_linux_bundle(installed: Path) -> None:
    script = (ROOT / "installer" / "windows" / "miji-desk.iss").read_text(encoding="utf-8")
    listed = set(re.findall(r"^; role: (\S+)", script, re.M))
    found = {roles.role(f) for f in bundle_files(installed / "opt" / "miji-desk")}
    assert found - listed == set(), f"roles the Windows installer does not carry: {found - listed}"
    assert set(roles.ROLES) <= found  # every role is real, not a guess
