"""The connection settings every vault runs with."""

from __future__ import annotations

import pytest

from miji_desk.vault import schema


def pragma(vault, name: str):
    return vault.conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_connection_settings(vault):
    assert pragma(vault, "foreign_keys") == 1
    assert pragma(vault, "synchronous") == 2  # FULL
    assert pragma(vault, "journal_mode") == "delete"
    assert pragma(vault, "temp_store") == 2  # MEMORY
    assert str(pragma(vault, "cipher_memory_security")) == "1"
    assert pragma(vault, "user_version") == schema.SCHEMA_VERSION


def test_sqlcipher_4(vault):
    version = pragma(vault, "cipher_version")
    assert version.startswith("4."), version


def test_sqlcipher_logging_is_quiet(vault_path, store, capfd):
    from miji_desk.vault.errors import WrongSecret
    from miji_desk.vault.vault import Vault
    from tests.factories import PASSPHRASE, new_vault

    v, _ = new_vault(vault_path.with_name("q.mjdb"), store)
    v.close()
    with pytest.raises(WrongSecret):
        Vault.open(vault_path.with_name("q.mjdb"), passphrase="nope" + PASSPHRASE, store=store)
    out, err = capfd.readouterr()
    assert "sqlcipher" not in (out + err).lower()


def test_tables_are_strict(vault):
    rows = vault.conn.execute("SELECT name, strict FROM pragma_table_list "
                              "WHERE schema = 'main' AND type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'").fetchall()
    assert rows and all(strict == 1 for _name, strict in rows), rows


@pytest.mark.parametrize("table", ["audit_event", "carrier_event", "document", "carrier"])
def test_history_rows_are_never_deleted(vault, table):
    from miji_desk.core.registration import register_incoming
    from tests.factories import incoming

    register_incoming(vault, incoming())
    with pytest.raises(Exception, match="never deleted"):
        vault.conn.execute(f"DELETE FROM {table}")


@pytest.mark.parametrize("table", ["audit_event", "carrier_event"])
def test_history_rows_are_never_changed(vault, table):
    from miji_desk.core.registration import register_incoming
    from tests.factories import incoming

    register_incoming(vault, incoming())
    with pytest.raises(Exception, match="append-only"):
        vault.conn.execute(f"UPDATE {table} SET at = 'x'")
