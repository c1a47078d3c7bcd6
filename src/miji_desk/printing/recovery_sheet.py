"""The recovery code sheet, printed once at setup and kept sealed in the safe (保密柜).

The code is set large, one character per fixed-width box (the shipped fonts are proportional),
in numbered groups of five, so it can be typed back years later without misreading.
"""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .fonts import draw_text
from .output import pdf_canvas
from .wrap import wrap

GROUP = 5
GROUPS_PER_ROW = 3
CODE_SIZE = 23  # pt: W, the widest letter, still fits its box with room
CELL_W = 9.5 * mm
CELL_H = 13 * mm
GROUP_GAP = 9 * mm
MARGIN = 20 * mm
BOX_FILL = Color(0.95, 0.95, 0.95)

PURPOSE = (
    "用途：忘记口令，或台账计算机损坏、更换时，凭本恢复码可以打开台账和它的每一份备份。"
    "它与口令同等重要：任何人拿到恢复码和台账文件（或备份），就能读取全部台账。")
KEEPING = (
    "保管：请将本页装入信封密封，在封口处签名，存放在保密柜中，与台账计算机分开保管。"
    "不得拍照、复印、扫描，不得录入任何计算机、手机或其他设备。")
ONCE = (
    "本恢复码只在建立台账时显示这一次：程序不保存它的明文，以后无法再次显示或打印。"
    "如本页遗失或可能泄露，请立即报告本单位保密管理人员。")
READING = "恢复码只含数字 0–9 和英文字母（不含 I、L、O、U）；输入时不区分大小写，分隔符可省略。"


def _groups(code: str) -> list[str]:
    chars = [c for c in code.upper() if c.isalnum()]
    return ["".join(chars[i:i + GROUP]) for i in range(0, len(chars), GROUP)]


def _paragraph(c: Canvas, text: str, y: float, size: float = 11) -> float:
    """Wrapped text from the left margin; returns the baseline below it."""
    width = A4[0] - 2 * MARGIN
    for line in wrap(text, size, width):
        draw_text(c, MARGIN, y, line, size)
        y -= size * 1.55
    return y - size * 0.6


def _code_block(c: Canvas, groups: list[str], top: float) -> float:
    """Groups in rows of three, each character centred in its own box; returns the bottom."""
    group_w = GROUP * CELL_W
    row_w = GROUPS_PER_ROW * group_w + (GROUPS_PER_ROW - 1) * GROUP_GAP
    left = (A4[0] - row_w) / 2
    y = top
    for r in range(0, len(groups), GROUPS_PER_ROW):
        label_y = y - 4 * mm
        box_top = y - 6 * mm
        for k, group in enumerate(groups[r:r + GROUPS_PER_ROW]):
            x0 = left + k * (group_w + GROUP_GAP)
            draw_text(c, x0, label_y, f"第 {r + k + 1} 组", 8)
            c.saveState()
            c.setFillColor(BOX_FILL)
            c.setLineWidth(0.8)
            c.rect(x0, box_top - CELL_H, group_w, CELL_H, stroke=1, fill=1)
            c.setLineWidth(0.3)
            for i in range(1, GROUP):
                c.line(x0 + i * CELL_W, box_top - CELL_H, x0 + i * CELL_W, box_top)
            c.restoreState()
            for i, ch in enumerate(group):
                draw_text(c, x0 + (i + 0.5) * CELL_W, box_top - CELL_H + 3.6 * mm, ch,
                          CODE_SIZE, bold=True, align="center")
            if k < GROUPS_PER_ROW - 1 and r + k + 1 < len(groups):
                draw_text(c, x0 + group_w + GROUP_GAP / 2, box_top - CELL_H / 2 - 2 * mm, "–",
                          18, align="center")
        y = box_top - CELL_H - 5 * mm
    return y


def render_recovery_sheet(code: str, *, unit_name: str, clerk_name: str,
                          created: dt.datetime | None = None) -> bytes:
    """The sheet as PDF bytes, kept in memory only: the code must never reach a disk."""
    created = created or dt.datetime.now().astimezone()
    groups = _groups(code)
    buffer = io.BytesIO()
    with pdf_canvas(buffer, A4, f"{unit_name} 台账恢复码", author=unit_name) as c:
        w, h = A4
        y = h - MARGIN
        draw_text(c, MARGIN, y, "密封保存 · 严禁复制", 11, bold=True)
        draw_text(c, w - MARGIN, y, "Miji Desk 涉密载体台账", 9, align="right")
        y -= 16 * mm
        draw_text(c, w / 2, y, "台账恢复码", 24, bold=True, align="center")
        y -= 14 * mm
        for label, value in (("单位", unit_name.strip() or "（未填写）"),
                             ("机要员", clerk_name.strip() or "（未填写）"),
                             ("生成日期", created.strftime("%Y-%m-%d %H:%M"))):
            draw_text(c, MARGIN, y, f"{label}：{value}", 12)
            y -= 7.5 * mm
        y -= 4 * mm
        y = _code_block(c, groups, y)
        draw_text(c, w / 2, y, "完整写法：" + "-".join(groups), 10, align="center")
        y -= 6 * mm
        draw_text(c, w / 2, y, READING, 9, align="center")
        y -= 12 * mm
        for text in (PURPOSE, KEEPING, ONCE):
            y = _paragraph(c, text, y)
        # A record of the sealing, filled in by pen.
        y -= 6 * mm
        c.setLineWidth(0.5)
        for label in ("封存人（签名）", "监封人（签名）", "封存日期"):
            draw_text(c, MARGIN, y, f"{label}：", 11)
            c.line(MARGIN + 32 * mm, y - 1.5 * mm, MARGIN + 100 * mm, y - 1.5 * mm)
            y -= 11 * mm
        draw_text(c, w / 2, MARGIN - 8 * mm, "本页只打印一次。请勿在计算机中保存本文件。", 9,
                  align="center")
        c.showPage()
    return buffer.getvalue()
