"""The circulation desk's scans before Enter: which carriers can be handled together.

The desk's scan box collects carriers and at most one badge, in any order, then Enter:

- a carrier that is out (on loan or circulating) is not staged: its scan is a return, or —
  when the badge of another reader was scanned first for a circulating carrier — a sideways
  hand-out, which the core refuses (不得横向传阅);
- carriers on an open circulation slip go out together as one hand-out (a badge: to that
  reader; no badge: each to the next reader on its slip);
- other carriers in store go out together as one loan, which needs the borrower's badge;
- the two kinds never go out together.

No Qt and no SQL here: the desk looks the codes up and shows ``next_step()`` in its words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .carriers import OUT, CarrierView, Status
from .custody import check_not_gone, what
from .errors import RuleViolation
from .holdings import SlipView
from .people import Person, check_may_read


def check_reader(person: Person, carrier: CarrierView) -> None:
    """The check the loan and the circulation slip make when they are saved (grade, 知悉范围,
    still employed), made as soon as the person and the carrier meet: at the badge scan, or when
    a reader is added to a slip, so nobody fills in an approval form for a refusal."""
    check_may_read(person, carrier.level, str(carrier.extra.get("scope") or ""),
                   what({"number": carrier.number, "title": carrier.title}))


@dataclass(frozen=True)
class Staged:
    """A carrier scanned and waiting for Enter; ``slip`` when it is on an open slip."""

    carrier: CarrierView
    slip: SlipView | None


class Route(Enum):
    """What a carrier's scan means."""

    STAGE = "stage"  # in store: wait for Enter
    RETURN = "return"  # out: coming back to the clerk
    SIDEWAYS = "sideways"  # circulating with another reader than the badge scanned


class Step(Enum):
    """What the clerk does next (the desk says it in words)."""

    SCAN_ANYTHING = "scan_anything"
    SCAN_CARRIER = "scan_carrier"  # a badge, no carrier yet
    SEPARATE = "separate"  # slip carriers and loan carriers mixed
    HAND_OUT_NEXT = "hand_out_next"  # Enter: each to the next reader on its slip
    HAND_OUT_TO = "hand_out_to"  # Enter: to the scanned reader
    SCAN_BORROWER = "scan_borrower"
    LEND = "lend"  # Enter: the loan approval


class Enter(Enum):
    """What Enter does with what is staged."""

    HAND_OUT = "hand_out"
    LEND = "lend"


@dataclass
class ScanStaging:
    carriers: list[Staged] = field(default_factory=list)
    person: Person | None = None

    def __bool__(self) -> bool:
        return bool(self.carriers or self.person)

    def clear(self) -> None:
        self.carriers = []
        self.person = None

    def scan_person(self, person: Person) -> None:
        if not person.active:
            raise RuleViolation("staging.person_left",
                                {"person": person.name, "left_on": str(person.left_on)}, "badge")
        for s in self.carriers:  # refused at the badge, not after the approval form
            check_reader(person, s.carrier)
        self.person = person

    def route(self, carrier: CarrierView, holder_id: int | None) -> Route:
        """Where a scanned carrier goes; ``holder_id`` is who has it now when it is out.
        Refuses a second scan of a staged carrier and a carrier that has left the unit."""
        if carrier.status in OUT:
            if (carrier.status is Status.CIRCULATING and self.person is not None
                    and holder_id is not None and self.person.id != holder_id):
                return Route.SIDEWAYS
            return Route.RETURN
        if any(s.carrier.id == carrier.id for s in self.carriers):
            raise RuleViolation("staging.scanned_twice", {"number": carrier.number}, "barcode")
        check_not_gone({"status": carrier.status.value, "number": carrier.number,
                        "title": carrier.title}, "借阅或传阅")
        if self.person is not None:
            check_reader(self.person, carrier)
        return Route.STAGE

    def stage(self, carrier: CarrierView, slip: SlipView | None) -> None:
        """After ``route`` said STAGE: the carrier waits for Enter."""
        self.carriers.append(Staged(carrier, slip))

    def mixed(self) -> bool:
        on_slip = sum(1 for s in self.carriers if s.slip is not None)
        return 0 < on_slip < len(self.carriers)

    def next_step(self) -> Step:
        if not self.carriers:
            return Step.SCAN_CARRIER if self.person is not None else Step.SCAN_ANYTHING
        if self.mixed():
            return Step.SEPARATE
        if self.carriers[0].slip is not None:
            return Step.HAND_OUT_TO if self.person is not None else Step.HAND_OUT_NEXT
        return Step.LEND if self.person is not None else Step.SCAN_BORROWER

    def enter(self) -> Enter | None:
        """What Enter does now; None when nothing is staged; a refusal when it cannot be."""
        if not self.carriers:
            if self.person is not None:
                raise RuleViolation("staging.no_carriers", None, "carriers")
            return None
        if self.mixed():
            raise RuleViolation("staging.mixed", None, "carriers")
        if self.carriers[0].slip is not None:
            return Enter.HAND_OUT
        if self.person is None:
            raise RuleViolation("staging.no_badge", None, "badge")
        return Enter.LEND

    def barcodes(self) -> list[str]:
        return [s.carrier.barcode for s in self.carriers]


__all__ = ["Enter", "Route", "ScanStaging", "Staged", "Step"]
