"""Random interleavings of two clerks editing, saving, reloading and overwriting on purpose
one household from two clients: no save is ever lost silently.

Before every save the test reads the stored household afresh. A save accepted while the
clerk's form was older than the stored version, without the clerk having chosen to
overwrite, would be a silent loss: it must be refused instead, writing nothing. An
accepted save must leave exactly the clerk's values stored, so every accepted save's
values are in the record until a later save by a clerk who had seen them (or chose to
overwrite them) replaces them.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services.households import HouseholdDraft
from desktop.services.safety import RecordChanged
from tests.household_examples import TODAY
from tests.test_record_versions import Client, _stored, clients  # noqa: F401 (a fixture)

EDITS = [
    (field, value)
    for field, values in (
        ("notes", ("บ้านรั่ว", "ย้ายออก", "")),
        ("house_no", ("12/3", "45", "7")),
        ("first_name", ("สมหญิง", "มาลี", "ดวงใจ")),
    )
    for value in values
]
CLERKS = ("สมศรี ใจดี", "สมชาย รักงาน")
_families = itertools.count(1)


def _values(draft: HouseholdDraft) -> dict[str, str]:
    return {
        "notes": draft.notes,
        "house_no": draft.house_no,
        "first_name": draft.members[1].first_name,
    }


def _edit(draft: HouseholdDraft, field: str, value: str) -> None:
    if field == "first_name":
        draft.members[1].first_name = value
    else:
        setattr(draft, field, value)


@dataclass
class Form:
    """One clerk's open form: the draft and the version the clerk has seen."""

    draft: HouseholdDraft
    seen: int
    conflict: RecordChanged | None = None


steps = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, 1), st.sampled_from(EDITS)),
        st.tuples(st.just("save"), st.integers(0, 1)),
        st.tuples(st.just("reload"), st.integers(0, 1)),
        st.tuples(st.just("overwrite"), st.integers(0, 1)),
    ),
    min_size=1,
    max_size=14,
)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=steps)
def test_no_save_is_lost_silently(clients, steps) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    pair: tuple[Client, Client] = clients
    household_id = _stored(pair[0], family=next(_families))
    forms = [Form(client.households.load(household_id), 1) for client in pair]
    accepted = 0
    for step in steps:
        action, who = step[0], step[1]
        form, client = forms[who], pair[who]
        if action == "edit":
            _edit(form.draft, *step[2])
        elif action == "reload":  # the clerk's edits are dropped on purpose
            forms[who] = Form(client.households.load(household_id), 0)
            forms[who].seen = forms[who].draft.version or 0
        elif action == "overwrite" and form.conflict is not None:  # chosen, not silent
            form.draft.version = form.seen = form.conflict.version
            form.conflict = None
        elif action == "save":
            before = pair[1 - who].households.load(household_id)  # read by the other client
            mine = _values(form.draft)
            try:
                result = client.households.save(form.draft, user_name=CLERKS[who], today=TODAY)
            except RecordChanged as refused:
                assert form.seen < (before.version or 0)  # refused only when truly behind
                assert refused.version == before.version
                assert refused.stamp is not None and refused.stamp.user_name in CLERKS
                after = pair[1 - who].households.load(household_id)
                assert _values(after) == _values(before)  # nothing written
                assert after.version == before.version
                form.conflict = refused
                continue
            assert form.seen == before.version  # accepted: the clerk had seen the newest
            accepted += 1
            after = pair[1 - who].households.load(household_id)
            assert _values(after) == mine  # exactly the clerk's values are stored
            changed = mine != _values(before)
            assert after.version == (before.version or 0) + (1 if changed else 0)
            form.seen = result.version
    final = pair[0].households.load(household_id)
    assert final.version is not None and final.version >= 1
