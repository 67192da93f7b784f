"""Duplicate keys in JSON are found with their line, and only real duplicates count."""

from __future__ import annotations

from bodymap.domain.jsonfile import DuplicateKey, find_duplicate_key


def test_the_same_key_in_sibling_objects_is_not_a_duplicate() -> None:
    text = '{"visits": [\n {"notes": "a"},\n {"notes": "b"}\n], "notes": "c"}'
    assert find_duplicate_key(text) is None


def test_a_repeated_key_is_found_in_a_nested_object_with_both_lines() -> None:
    text = '{\n "visits": [\n  {"date": "x",\n   "notes": "a",\n   "notes": "b"}\n ]\n}'
    assert find_duplicate_key(text) == DuplicateKey("notes", line=5, first_line=4)


def test_escaped_keys_and_strings_with_braces_are_read_as_json() -> None:
    text = '{"a{": "}:", "\\u0061": 1,\n "a": 2}'
    assert find_duplicate_key(text) == DuplicateKey("a", line=2, first_line=1)


def test_text_that_is_not_json_is_left_to_the_parser() -> None:
    assert find_duplicate_key('{"a": 1,') is None
