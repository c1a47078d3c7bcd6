"""Printed documents (reportlab only, no Qt): barcode labels and registers.

Every PDF embeds its fonts, so the preview, the printer and an exported file are the same page.
"""

# Registers declared beside their feature add themselves to REGISTERS (and jobs.SOURCES).
from . import circulation as _circulation  # noqa: F401  传阅、借阅、持有清单
from . import disposition as _disposition  # noqa: F401  复制登记簿、案卷目录、清退清单
from . import expiry as _expiry  # noqa: F401  保密期限到期审核清单
from . import handover as _handover  # noqa: F401  移交清单、密级变更登记簿
from . import manifests as _manifests  # noqa: F401  销毁清单
from . import personnel as _personnel  # noqa: F401  涉密人员名册、脱密期管理台账、培训记录
from . import summary as _summary  # noqa: F401  涉密载体管理情况报告
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
