"""`in_order` gives the order `QuerySet.order_by` gives, in Python."""

from types import SimpleNamespace

from vhub.rows import in_order


def test_rows_are_ordered_by_each_field_in_turn_and_descending_where_asked() -> None:
    rows = [
        SimpleNamespace(at=2, id=4),
        SimpleNamespace(at=1, id=5),
        SimpleNamespace(at=2, id=3),
        SimpleNamespace(at=1, id=1),
    ]
    assert [r.id for r in in_order(rows, "at", "id")] == [1, 5, 3, 4]
    assert [r.id for r in in_order(rows, "-at", "-id")] == [4, 3, 5, 1]
    assert [r.id for r in in_order(rows, "-at", "id")] == [3, 4, 1, 5]
    assert [r.id for r in in_order(iter(rows), "id")] == [1, 3, 4, 5]
