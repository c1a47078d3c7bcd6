"""Registration rules (篇三 八): what a received document's register line must hold, and that
the same document is not registered twice by mistake."""

from __future__ import annotations

import json

from miji_desk.core.registration import register_incoming
from tests.factories import incoming as factory_incoming
from tests.vault_fixtures import clock, store, vault, vault_path

from .rules_a_support import counts, refused

__all__ = ["clock", "store", "vault", "vault_path"]

DOC_NO = "国保发〔2026〕12号"


def incoming(**kw: object):
    """The same received document each time (文号 12号 from 省委办公厅) unless overridden."""
    return factory_incoming(**{"doc_no": DOC_NO, **kw})


def test_rule_registration_requires_producer_and_copies(vault) -> None:
    """篇三 八: the register records 产生机关 and 份数; a received document without either is
    refused, field by field, and nothing is written."""
    with refused(vault, "form.required", "producer") as info:
        register_incoming(vault, incoming(producer=""))
    assert info.value.params == {"label": "产生机关"}
    with refused(vault, "form.required", "copies_total") as info:
        register_incoming(vault, incoming(copies_total=None))
    assert info.value.params == {"label": "份数"}
    reg = register_incoming(vault, incoming())
    view = vault.carrier(reg.carrier_ids[0])
    assert (view.producer, view.copies_total) == ("国家保密局", 30)


def test_rule_registration_refuses_the_same_document_twice(vault) -> None:
    """篇三 八 (清点、登记、编号): the same 文号 from the same 来文机关 with overlapping 份号 is
    the same paper; registering it again would make phantom carriers. Refused, nothing written."""
    first = register_incoming(vault, incoming(copy_numbers="3-5"))
    with refused(vault, "registration.duplicate", "copy_numbers") as info:
        register_incoming(vault, incoming(copy_numbers="5-6"))
    assert first.number in info.value.message and "（份号 5）" in info.value.message
    # Blanks and full-width letters in the 来文机关 do not make it another sender.
    with refused(vault, "registration.duplicate"):
        register_incoming(vault, incoming(copy_numbers="4", sender="省委 办公厅"))
    # Other copies of the same document, or another sender's document, are not duplicates.
    register_incoming(vault, incoming(copy_numbers="6-7"))
    register_incoming(vault, incoming(copy_numbers="3", sender="市委办公室"))


def test_rule_registration_second_receipt_records_its_reason(vault) -> None:
    """篇三 八: a deliberate second receipt of the same copies says why; the reason is in the
    audit event and in each new carrier's history."""
    first = register_incoming(vault, incoming(copy_numbers="3-5"))
    before = counts(vault)
    again = register_incoming(vault, incoming(copy_numbers="3",
                                              second_receipt_reason="原件退回后重新下发"))
    assert counts(vault)[0] == before[0] + 1
    action, detail = vault.conn.execute(
        "SELECT action, detail FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    assert action == "register_incoming"
    assert json.loads(detail)["second_receipt"] == {"reason": "原件退回后重新下发",
                                                    "earlier": [first.number]}
    notes = [h.note for h in vault.ledger.history(again.carrier_ids[0])]
    assert any("原件退回后重新下发" in n and first.number in n for n in notes)
