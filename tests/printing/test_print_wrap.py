"""Line breaking: Chinese anywhere, Latin at spaces, never wider than the cell, … when cut."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from miji_desk.printing.fonts import CJK_FONT, LATIN_FONT, register_fonts
from miji_desk.printing.wrap import ELLIPSIS, ellipsize, wrap

register_fonts()
_LATIN = pdfmetrics.getFont(LATIN_FONT).face.charToGlyph


def measured(line: str, size: float) -> float:
    """The printed width, measured here independently: each character with reportlab's
    stringWidth in the font that has it."""
    return sum(pdfmetrics.stringWidth(ch, LATIN_FONT if ord(ch) in _LATIN else CJK_FONT, size)
               for ch in line)


def test_short_text_stays_on_one_line() -> None:
    assert wrap("会议纪要（第3次）", 8, 200) == ["会议纪要（第3次）"]
    assert wrap("   ", 8, 200) == []


def test_chinese_breaks_between_any_two_characters() -> None:
    lines = wrap("关于做好年度保密自查自评工作的通知", 10, 52)  # about five characters a line
    assert len(lines) > 2
    assert "".join(lines) == "关于做好年度保密自查自评工作的通知"
    assert all(measured(line, 10) <= 52 for line in lines)


def test_latin_breaks_at_spaces_not_inside_words() -> None:
    text = "Project Alpha technical design review"
    lines = wrap(text, 10, 80)
    assert len(lines) > 1 and " ".join(lines) == text  # every break replaced one space
    for line, following in pairwise(lines):
        assert measured(line, 10) <= 80
        # greedy: the next word would not have fitted
        assert measured(f"{line} {following.split()[0]}", 10) > 80


def test_a_word_longer_than_the_line_is_broken_hard() -> None:
    lines = wrap("SN-USB-00012345678901234567", 10, 60)
    assert len(lines) > 1 and all(measured(line, 10) <= 60 for line in lines)
    assert "".join(lines) == "SN-USB-00012345678901234567"


def test_closing_punctuation_never_starts_a_line() -> None:
    text = "一二三四五，六七八九十。"
    for width in range(20, 130, 3):
        for line in wrap(text, 10, width):
            assert line[0] not in "，。", (width, line)


def test_max_lines_cuts_with_an_ellipsis() -> None:
    title = "关于进一步加强和改进新形势下涉密载体全生命周期管理工作的若干意见及其配套实施细则"
    lines = wrap(title, 8, 100, max_lines=2)
    assert len(lines) == 2 and lines[-1].endswith(ELLIPSIS)
    assert title.startswith(lines[0] + lines[1][:-1])
    assert all(measured(line, 8) <= 100 for line in lines)


def test_ellipsis_is_added_even_when_the_last_kept_line_is_short() -> None:
    lines = wrap("第一行\n第二行\n第三行", 8, 100, max_lines=2)
    assert lines == ["第一行", "第二行" + ELLIPSIS]


def test_ellipsize_one_line() -> None:
    assert ellipsize("某某市某某局", 8, 100) == "某某市某某局"
    cut = ellipsize("某某省某某市某某区人民政府办公室保密委员会", 8, 60)
    assert cut.endswith(ELLIPSIS) and measured(cut, 8) <= 60


_TEXT = st.text(alphabet=st.sampled_from(list("涉密载体管理通知，。（）Ab1 -/★…")), max_size=80)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, width=st.floats(min_value=24, max_value=300),
       size=st.sampled_from([6.0, 8.0, 9.5]), max_lines=st.one_of(st.none(), st.integers(1, 4)))
def test_no_line_is_ever_wider_than_the_cell(text: str, width: float, size: float,
                                             max_lines: int | None) -> None:
    lines = wrap(text, size, width, max_lines)
    assert all(measured(line, size) <= width + 1e-6 for line in lines), lines
    if max_lines is not None:
        assert len(lines) <= max_lines
    else:  # nothing is lost: only the spaces at line breaks go
        assert "".join(lines).replace(" ", "") == text.rstrip().replace(" ", "")


def test_a_number_keeps_its_measure_word_year_or_number_sign() -> None:
    """"核心商密★5年" never breaks before 年, a 文号 never leaves "号" alone on a line."""
    for text, width, kept in (("核心商密★5年", 44.0, "5年"), ("核心商密★10年", 46.0, "10年"),
                              ("某保发〔2026〕12号", 77.0, "12号")):
        lines = wrap(text, 8, width)
        assert "".join(lines) == text and len(lines) == 2, lines
        assert lines[1].endswith(kept), lines
        assert all(measured(line, 8) <= width for line in lines)


def test_a_paragraph_never_ends_on_one_character_alone() -> None:
    """A header or title one character too long for its line takes a companion with it."""
    lines = wrap("名称或主要内容", 8.5, 56)  # six characters fit, the seventh would be alone
    assert "".join(lines) == "名称或主要内容"
    assert len(lines) == 2 and len(lines[-1]) > 1, lines
    assert all(measured(line, 8.5) <= 56 for line in lines)


def test_a_shortened_note_says_where_the_rest_is() -> None:
    lines = wrap("因工作需要调阅，阅后归还，" * 10, 8, 100, 2, "（见台账）")
    assert len(lines) == 2 and lines[-1].endswith("（见台账）")
    assert all(measured(line, 8) <= 100 for line in lines)


def test_an_ordinal_is_never_split_from_its_number() -> None:
    from miji_desk.printing.fonts import text_width

    text = "登记保管。第0029条涉密载体"
    width = text_width("登记保管。第00", 9) + 0.1  # room for 第 and part of the number
    lines = wrap(text, 9, width)
    assert "".join(lines) == text
    assert not any(line.endswith("第") for line in lines)
