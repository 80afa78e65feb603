"""Reading CSV and JSONL into raw rows: line numbers kept, columns renamed, bad rows reported."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amends.domain.records import RawRow
from amends.errors import InvalidInput
from amends.readers import detect_format, parse_assignments, read_rows


def _read(text: str, fmt: str = "csv", **options: dict[str, str]) -> list[RawRow]:
    return list(read_rows(io.StringIO(text, newline=""), fmt, **options))  # type: ignore[arg-type]


def _lines(rows: list[RawRow]) -> list[int]:
    return [row.line for row in rows]


# --- CSV ---------------------------------------------------------------------------------------


def test_csv_rows_are_numbered_by_physical_line_with_the_header_as_line_one() -> None:
    rows = _read("id,text\n1,late\n2,broken\n")

    assert rows == [
        RawRow(2, {"id": "1", "text": "late"}),
        RawRow(3, {"id": "2", "text": "broken"}),
    ]


def test_csv_line_numbers_count_the_lines_inside_a_quoted_cell() -> None:
    rows = _read('id,text\n1,"first\nsecond\nthird"\n2,after\n')

    assert rows == [
        RawRow(2, {"id": "1", "text": "first\nsecond\nthird"}),
        RawRow(5, {"id": "2", "text": "after"}),
    ]


def test_csv_blank_lines_are_skipped_but_still_counted() -> None:
    rows = _read("id,text\n1,a\n\n\n2,b\n  ,  \n3,c\n")

    assert _lines(rows) == [2, 5, 7]
    assert [row.data for row in rows] == [
        {"id": "1", "text": "a"},
        {"id": "2", "text": "b"},
        {"id": "3", "text": "c"},
    ]


def test_csv_line_numbers_survive_windows_line_endings() -> None:
    rows = _read('id,text\r\n1,"a\r\nb"\r\n2,c\r\n')

    assert _lines(rows) == [2, 4]


def test_a_csv_row_with_the_wrong_number_of_cells_is_reported_and_reading_carries_on() -> None:
    rows = _read("id,text\n1,a,extra\n2\n3,c\n")

    assert rows[0] == RawRow(2, None, "expected 2 cells as in the header, found 3")
    assert rows[1] == RawRow(3, None, "expected 2 cells as in the header, found 1")
    assert rows[2] == RawRow(4, {"id": "3", "text": "c"})


def test_an_unreadable_csv_row_is_reported_with_its_line_and_reading_carries_on() -> None:
    rows = _read('id,text\n1,"quoted"garbage\n2,fine\n')

    assert rows[0].line == 2
    assert rows[0].data is None
    assert rows[0].problem is not None
    assert rows[0].problem.startswith("unreadable CSV")
    assert rows[1] == RawRow(3, {"id": "2", "text": "fine"})


def test_a_byte_order_mark_is_not_part_of_the_first_column_name() -> None:
    rows = _read("\ufeffexternal_id,name\nC-1,Ann\n")

    assert rows == [RawRow(2, {"external_id": "C-1", "name": "Ann"})]


def test_a_byte_order_mark_before_a_quoted_header_is_not_part_of_the_first_column_name() -> None:
    rows = _read('\ufeff"external_id","name"\n"C-1","Ann"\n')

    assert rows == [RawRow(2, {"external_id": "C-1", "name": "Ann"})]


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_the_delimiter_is_sniffed_from_the_header(delimiter: str) -> None:
    text = delimiter.join(["id", "text", "amount"]) + "\n" + delimiter.join(["1", "a,b", "9"])

    rows = _read(text + "\n")

    assert rows == [RawRow(2, {"id": "1", "text": "a,b", "amount": "9"})]


def test_header_names_are_trimmed() -> None:
    rows = _read(" id , text \n1,a\n")

    assert rows[0].data == {"id": "1", "text": "a"}


def test_a_header_that_names_a_column_twice_is_refused() -> None:
    with pytest.raises(InvalidInput, match="names a column twice"):
        _read("id,text,id\n1,a,2\n")


def test_a_header_that_names_a_column_twice_once_trimmed_is_refused() -> None:
    with pytest.raises(InvalidInput):
        _read("id, id\n1,2\n")


def test_empty_cells_are_left_out_of_the_row() -> None:
    rows = _read("id,text,score\n1,,  \n")

    assert rows == [RawRow(2, {"id": "1"})]


def test_an_empty_file_has_no_rows() -> None:
    assert _read("") == []
    assert _read("id,text\n") == []


_CELL_ALPHABET = st.characters(
    codec="utf-8", exclude_characters="\r\x00", exclude_categories=("Cs",)
) | st.sampled_from([",", '"', "\n", ";", " "])
_cells = st.text(alphabet=_CELL_ALPHABET, max_size=12).filter(lambda cell: bool(cell.strip()))


@given(st.integers(1, 4).flatmap(lambda n: st.lists(st.lists(_cells, min_size=n, max_size=n))))
def test_any_rows_written_by_csv_writer_read_back_the_same_with_their_start_lines(
    table: list[list[str]],
) -> None:
    width = len(table[0]) if table else 1
    header = [f"column{i}" for i in range(width)]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    expected: list[RawRow] = []
    for cells in table:
        start = buffer.getvalue().count("\n") + 1
        writer.writerow(cells)
        expected.append(RawRow(start, dict(zip(header, cells, strict=True))))

    assert _read(buffer.getvalue()) == expected


# --- JSONL -------------------------------------------------------------------------------------


def test_jsonl_rows_are_numbered_by_line_and_blank_lines_are_skipped() -> None:
    rows = _read('{"id": 1}\n\n   \n{"id": 2}\n', "jsonl")

    assert rows == [RawRow(1, {"id": 1}), RawRow(4, {"id": 2})]


def test_broken_json_is_reported_with_its_line_and_reading_carries_on() -> None:
    rows = _read('{"id": 1}\n{"id": \n{"id": 3}\n', "jsonl")

    assert rows[0] == RawRow(1, {"id": 1})
    assert rows[1].line == 2
    assert rows[1].data is None
    assert rows[1].problem is not None
    assert rows[1].problem.startswith("not valid JSON")
    assert rows[2] == RawRow(3, {"id": 3})


@pytest.mark.parametrize("line", ["[1, 2]", '"text"', "42", "null"])
def test_a_json_line_that_is_not_an_object_is_reported(line: str) -> None:
    rows = _read(f'{line}\n{{"id": 2}}\n', "jsonl")

    assert rows == [RawRow(1, None, "each line must be a JSON object"), RawRow(2, {"id": 2})]


def test_null_and_empty_json_values_are_left_out_but_zero_and_false_are_kept() -> None:
    rows = _read('{"a": null, "b": "", "c": 0, "d": false, "e": "x"}\n', "jsonl")

    assert rows == [RawRow(1, {"c": 0, "d": False, "e": "x"})]


# --- mapping and constants ---------------------------------------------------------------------


def test_a_mapping_names_the_source_column_of_each_canonical_field() -> None:
    rows = _read("id,comment\n1,late again\n", mapping={"text": "comment", "customer_id": "id"})

    assert rows == [RawRow(2, {"customer_id": "1", "text": "late again"})]


def test_a_mapping_applies_to_jsonl_too() -> None:
    rows = _read('{"comment": "late"}\n', "jsonl", mapping={"text": "comment"})

    assert rows == [RawRow(1, {"text": "late"})]


def test_constants_fill_only_the_fields_a_row_leaves_empty() -> None:
    rows = _read("id,channel\n1,email\n2,\n", constants={"channel": "sms", "language": "en"})

    assert [row.data for row in rows] == [
        {"id": "1", "channel": "email", "language": "en"},
        {"id": "2", "channel": "sms", "language": "en"},
    ]


def test_constants_fill_the_canonical_field_after_mapping() -> None:
    rows = _read(
        "id,comment\n1,\n2,hello\n", mapping={"text": "comment"}, constants={"text": "(none)"}
    )

    assert [row.data for row in rows] == [
        {"id": "1", "text": "(none)"},
        {"id": "2", "text": "hello"},
    ]


def test_rows_that_could_not_be_read_pass_through_mapping_untouched() -> None:
    rows = _read("id,comment\n1,a,b\n", mapping={"text": "comment"}, constants={"x": "y"})

    assert rows == [RawRow(2, None, "expected 2 cells as in the header, found 3")]


# --- format and options ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "first_line", "expected"),
    [
        ("feedback.jsonl", "id,text", "jsonl"),
        ("FEEDBACK.NDJSON", "id,text", "jsonl"),
        ("export.json", "id,text", "jsonl"),
        ("feedback.csv", '{"id": 1}', "csv"),
        ("feedback.TSV", '{"id": 1}', "csv"),
        ("feedback.txt", '{"id": 1}', "csv"),
    ],
)
def test_the_format_follows_the_file_extension_whatever_the_first_line(
    name: str, first_line: str, expected: str
) -> None:
    assert detect_format(name, first_line) == expected


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [('{"id": 1}', "jsonl"), ('  {"id": 1}', "jsonl"), ("id,text", "csv")],
)
def test_without_a_known_extension_the_format_follows_the_first_character(
    first_line: str, expected: str
) -> None:
    assert detect_format("-", first_line) == expected


def test_assignments_become_a_mapping_with_names_and_values_trimmed() -> None:
    assert parse_assignments([" text = comment", "score=nps", "note=a=b"], option="--map") == {
        "text": "comment",
        "score": "nps",
        "note": "a=b",
    }


@pytest.mark.parametrize("pair", ["novalue", "=x", "x=", " = ", ""])
def test_an_assignment_without_a_name_or_a_value_is_refused(pair: str) -> None:
    with pytest.raises(InvalidInput, match="--map takes FIELD=VALUE"):
        parse_assignments([pair], option="--map")
