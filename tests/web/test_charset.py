import unicodedata

from extractor.web.charset import decode_html

from .portal import encode_windows_1258

SENTENCE = "Năm 2023, chỉ số cải cách hành chính của huyện Yên Thủy đạt 84,9 điểm."


def _page(meta: str = "") -> str:
    return f"<html><head>{meta}</head><body><p>{SENTENCE}</p></body></html>"


def test_windows_1258_from_the_meta_tag_comes_out_composed():
    data = encode_windows_1258(_page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'))
    assert "ủ".encode("cp1258", errors="ignore") == b""  # the letter exists only as u + combining hook
    text, codec = decode_html(data, "text/html")
    assert codec == "cp1258"
    assert SENTENCE in text and unicodedata.is_normalized("NFC", text)


def test_windows_1258_without_a_declaration_is_detected():
    text, codec = decode_html(encode_windows_1258(_page()), None)
    assert codec == "cp1258"
    assert SENTENCE in text


def test_the_http_charset_wins_over_the_meta_tag():
    data = encode_windows_1258(_page('<meta charset="utf-8">'))
    text, codec = decode_html(data, "text/html; charset=windows-1258")
    assert codec == "cp1258" and SENTENCE in text


def test_a_wrong_western_label_does_not_garble_utf8():
    text, codec = decode_html(_page('<meta charset="iso-8859-1">').encode("utf-8"), "text/html; charset=ISO-8859-1")
    assert codec == "utf-8" and SENTENCE in text


def test_decomposed_utf8_is_composed():
    decomposed = unicodedata.normalize("NFD", _page())
    text, _ = decode_html(decomposed.encode("utf-8"), "text/html; charset=utf-8")
    assert SENTENCE in text


def test_a_label_that_cannot_decode_the_bytes_is_passed_over():
    text, codec = decode_html(_page().encode("utf-8"), "text/html; charset=no-such-charset")
    assert codec == "utf-8" and SENTENCE in text
