"""Printed documents (reportlab only, no Qt): barcode labels and registers.

Every PDF embeds its fonts, so the preview, the printer and an exported file are the same page.
"""

from .labels import (
    TEMPLATES,
    LabelItem,
    LabelRun,
    LabelTemplate,
    plan_positions,
    render_labels,
    render_test_page,
)
from .registers import REGISTERS, Column, RegisterDefinition, RenderResult, render_register

__all__ = [
    "REGISTERS",
    "TEMPLATES",
    "Column",
    "LabelItem",
    "LabelRun",
    "LabelTemplate",
    "RegisterDefinition",
    "RenderResult",
    "plan_positions",
    "render_labels",
    "render_register",
    "render_test_page",
]
