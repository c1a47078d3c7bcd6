"""A long job on a worker thread uses the vault's one connection; the UI thread's writes and the
lock's close wait for it, so the two threads never use the connection at once."""

from __future__ import annotations

import threading

from miji_desk.core.registration import register_incoming
from miji_desk.vault.vault import Vault
from tests.factories import incoming


def test_a_worker_thread_reads_through_the_vaults_own_connection(vault: Vault) -> None:
    register_incoming(vault, incoming())
    seen: list[object] = []
    worker = threading.Thread(target=lambda: seen.append(vault.counts()["carriers"]))
    worker.start()
    worker.join(10)
    assert seen == [3]  # not sqlite's "objects created in a thread" refusal


def test_a_write_and_a_close_wait_for_the_job_holding_the_connection(vault: Vault) -> None:
    holding, release = threading.Event(), threading.Event()
    read: list[int] = []

    def job() -> None:
        with vault.exclusive():
            holding.set()
            release.wait(10)
            read.append(vault.counts()["audit"])

    worker = threading.Thread(target=job)
    worker.start()
    assert holding.wait(10) and vault.in_use
    before = vault.counts()["audit"]
    wrote = threading.Event()

    def write() -> None:  # as the UI thread would, while the job holds the connection
        register_incoming(vault, incoming())
        wrote.set()

    writer = threading.Thread(target=write)
    writer.start()
    assert not wrote.wait(0.3)  # the write waits for the job
    release.set()
    worker.join(10)
    writer.join(10)
    assert wrote.is_set() and read == [before]  # the job saw no half-written workflow
    assert vault.counts()["audit"] == before + 1

    closing, release = threading.Event(), threading.Event()

    def second_job() -> None:
        with vault.exclusive():
            closing.set()
            release.wait(10)
            read.append(vault.counts()["carriers"])

    worker = threading.Thread(target=second_job)
    worker.start()
    assert closing.wait(10)
    closer = threading.Thread(target=vault.close)
    closer.start()
    closer.join(0.3)
    assert closer.is_alive() and vault.is_open  # the close waits for the job
    release.set()
    worker.join(10)
    closer.join(10)
    assert read[-1] == 3 and not vault.is_open and not vault.in_use
