import io
import json

import pytest

from marsad.errors import (BinaryInput, EmptyInput, InputTooLarge, MalformedRecord, MissingInput, NotArabic,
                           UndecodableInput)
from marsad.inputs import MAX_CHARS, check_text, read_inputs


def kinds(items):
    return [type(i).__name__ for i in items]


def test_jsonl_bad_lines_do_not_stop_the_batch(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "ok1", "text": "وقتل 46 مدنيا في غارات", "published": "2016-12-05"}, ensure_ascii=False),
        "{not json",
        json.dumps({"text": "نص بلا معرف"}, ensure_ascii=False),
        json.dumps({"id": "en", "text": "English only text here"}),
        json.dumps({"id": "empty", "text": "  "}),
        json.dumps({"id": "baddate", "text": "نص عربي", "published": "yesterday"}, ensure_ascii=False),
        json.dumps({"id": "ok2", "text": "تظاهر المئات في صنعاء"}, ensure_ascii=False),
    ]), encoding="utf-8")
    items = list(read_inputs([str(p)]))
    assert kinds(items) == ["Document", "MalformedRecord", "MalformedRecord", "NotArabic", "EmptyInput",
                            "MalformedRecord", "Document"]
    assert items[0].published == "2016-12-05"
    assert items[1].line == 2 and str(p) in str(items[1])
    assert "[E104]" in str(items[1])


def test_text_files_binary_undecodable_missing(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("اعلنت روسيا ارسال قافلة مساعدات", encoding="utf-8")
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    latin1 = tmp_path / "c.txt"
    latin1.write_bytes("caf\xe9".encode("latin-1"))
    items = list(read_inputs([str(good), str(binary), str(latin1), str(tmp_path / "nope.txt")]))
    assert items[0].id == "a" and items[0].raw.startswith("اعلنت")
    assert isinstance(items[1], BinaryInput)
    assert isinstance(items[2], UndecodableInput)
    assert isinstance(items[3], MissingInput)


def test_huge_text_is_refused_with_its_name(tmp_path):
    p = tmp_path / "huge.jsonl"
    p.write_text(json.dumps({"id": "big", "text": "حلب " * (MAX_CHARS // 3)}, ensure_ascii=False), encoding="utf-8")
    (err,) = list(read_inputs([str(p)]))
    assert isinstance(err, InputTooLarge) and "huge.jsonl:1" in str(err)


def test_directory_and_stdin(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text("تظاهر المئات في صنعاء", encoding="utf-8")
    (tmp_path / "y.jsonl").write_text(json.dumps({"id": "y", "text": "اعتقلت الشرطة ثلاثة"}, ensure_ascii=False),
                                      encoding="utf-8")
    ids = [d.id for d in read_inputs([str(tmp_path)])]
    assert ids == ["x", "y"]
    stdin = io.BytesIO("قصفت الطائرات مواقع".encode("utf-8"))
    (doc,) = list(read_inputs(["-"], stdin=stdin))
    assert doc.raw == "قصفت الطائرات مواقع"
    stdin = io.BytesIO(b'{"id": "s1", "text": "\xd8\xad\xd9\x84\xd8\xa8"}\n')
    (doc,) = list(read_inputs(["-"], stdin=stdin))
    assert doc.id == "s1"


def test_empty_dir_and_empty_file(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "e.txt").write_text("", encoding="utf-8")
    items = list(read_inputs([str(tmp_path / "empty"), str(tmp_path / "e.txt")]))
    assert isinstance(items[0], MissingInput) and isinstance(items[1], EmptyInput)


def test_non_object_json_line(tmp_path):
    p = tmp_path / "l.jsonl"
    p.write_text('[1, 2]\n"text"\n', encoding="utf-8")
    items = list(read_inputs([str(p)]))
    assert all(isinstance(i, MalformedRecord) for i in items) and len(items) == 2


def test_arabic_share_counts_the_whole_sample():
    """The Arabic letters are counted in the first third of the text first and the rest only when needed: the
    verdict and the counts in the message are those of the whole text, also with a word across the third."""
    check_text(" " * 200 + "مرحبا" * 20, "t")  # Arabic only after the first third: 100 letters of 300
    with pytest.raises(NotArabic, match=r"\(5 Arabic letters of 300\)"):
        check_text("x" * 98 + "مرحبا" + "y" * 197, "t")  # the word runs across the third (index 100)
    with pytest.raises(NotArabic, match=r"\(50 Arabic letters of 300\)"):
        check_text("مرحبا" * 10 + "x" * 250, "t")  # all of it in the first third, not enough


@pytest.mark.parametrize("text", ["", "12345 !!!", "Это русский текст"])
def test_not_arabic_or_empty(tmp_path, text):
    p = tmp_path / "t.txt"
    p.write_text(text, encoding="utf-8")
    (err,) = list(read_inputs([str(p)]))
    assert isinstance(err, (NotArabic, EmptyInput))
