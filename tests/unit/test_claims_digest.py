from __future__ import annotations

from bench.claims.digest import Blocks


def _lines(rows: list[str]) -> list[str]:
    blocks = Blocks()
    for row in rows:
        blocks.add(row, row.encode() + b"\n")
    return blocks.lines()


def test_per_case_hashes_tell_which_block_of_rows_differs() -> None:
    rows = [
        "riverton-ferry case-1 alone claims=True",
        "(0, 'The Riverton ferry ran aground.', 'new', None, 0.1, None)",
        "  ('The Riverton ferry ran aground.', 'new', None, 0.1, None, 0, 32)",
        "riverton-ferry case-2 alone claims=True",
        "(0, 'Crews towed the ferry to Lakeside.', 'new', None, 0.2, None)",
        "  ('Crews towed the ferry to Lakeside.', 'new', None, 0.3627, None, 0, 34)",
    ]
    other = [*rows[:-1], rows[-1].replace("0.3627", "0.3888")]
    before, after = _lines(rows), _lines(other)
    assert [line.split(" ", 1)[1] for line in before] == [rows[0], rows[3]]
    assert before[0] == after[0]
    assert before[1] != after[1]
    assert before == _lines(list(rows))
