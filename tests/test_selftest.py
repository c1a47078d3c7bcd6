"""The self-test (miji-desk --self-test, 帮助 › 自检): a real round trip in a throwaway vault
that reports OK or exactly what failed, leaves nothing behind, and notices a socket."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from miji_desk import selftest
from miji_desk.printing import jobs

ROOT = Path(__file__).resolve().parents[1]


def leftovers() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("miji-selftest-*")}


def test_every_step_passes_with_the_real_components_and_nothing_is_left_behind() -> None:
    before = leftovers()
    seen: list[str] = []
    report = selftest.run(lambda s: seen.append(s.key))
    assert report.ok, report.text()
    assert seen == [k for k in selftest.STEPS if k != "qt"]  # in order, as they ran
    assert leftovers() == before
    assert report.text().endswith("自检通过。")


def test_a_failed_step_is_named_the_rest_skipped_and_the_vault_still_removed(monkeypatch
                                                                             ) -> None:
    before = leftovers()
    monkeypatch.setattr(selftest, "decode_page", lambda pdf, dpi=200: ["MJ999999999"])
    report = selftest.run()
    assert not report.ok
    by_key = {s.key: s for s in report.steps}
    assert not by_key["labels"].ok and "MJ999999999" in by_key["labels"].detail
    assert "register_page" not in by_key and "audit" not in by_key  # they need the labels
    assert by_key["network"].ok and by_key["cleanup"].ok
    assert leftovers() == before
    assert "失败  打印标签并读回条码" in report.text()


def test_a_socket_opened_by_any_step_fails_the_network_step(monkeypatch) -> None:
    real = jobs.register_pdf

    def phoning_home(*args: object, **kwargs: object) -> object:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM):
            pass  # created, never connected: even that is reported
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(jobs, "register_pdf", phoning_home)
    report = selftest.run()
    network = next(s for s in report.steps if s.key == "network")
    assert not network.ok and "socket.__new__" in network.detail and not report.ok


@pytest.mark.slow
def test_the_command_runs_the_self_test_with_qt_and_exits_zero_or_one(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src"),
           "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "miji_desk", "--self-test"], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "通过  启动界面库" and lines[-1] == "自检通过。"
    assert len([line for line in lines if line.startswith("通过")]) == len(selftest.STEPS)
