"""This PC's preferences: declared once in one typed table, stored in an INI file.

The unit's rules (what the ledger allows, the unlock and idle limits) are not here: they live in
the vault, declared in ``core/unit_rules.py``, so a backup carries them and every PC obeys them.

Every setting is one ``Setting`` row in ``TABLE``: its name, Python type, default, the Chinese
label the settings dialog shows (translated through Qt at display time) and the group it belongs
to. Nothing else declares a setting, so the dialog, the defaults and the type checks cannot drift.

The file is QSettings in INI format in the per-user application data folder. It holds
preferences only, never a secret: passphrases, keys and recovery codes live nowhere on disk in
the clear (DESIGN.md, security model), and ``Settings.set`` refuses unknown names so nothing
else can be slipped in.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast, overload

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from ... import APP_NAME

T = TypeVar("T", bound=str | int | float)  # bool is an int

SETTINGS_FILE = "settings.ini"
CONTEXT = "Settings"  # translation context of labels, group names and choice labels


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks a label for lupdate; PySide6's own returns ``object`` to the type checker."""
    return text


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One row of the table. ``choices`` maps stored values to their (translatable) labels."""

    name: str
    type: type[T]
    default: T
    label: str  # Chinese source text; shown through QCoreApplication.translate(CONTEXT, label)
    group: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[tuple[str, str], ...] = ()
    suffix: str = ""  # unit shown after a number: 分钟, 毫秒, 毫米 ...
    hidden: bool = False  # kept by its own dialog (label printing), not the settings dialog

    def translated_label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.label)

    def coerce(self, raw: object) -> T:
        """Turn what QSettings hands back (INI gives strings) into this setting's type.

        Anything unreadable or out of range falls back to the default: a hand-edited or damaged
        INI file must never stop the app from starting.
        """
        try:
            value: object
            if self.type is bool:
                if isinstance(raw, bool):
                    value = raw
                elif str(raw).strip().lower() in ("true", "1", "yes", "on"):
                    value = True
                elif str(raw).strip().lower() in ("false", "0", "no", "off"):
                    value = False
                else:
                    return self.default
            elif self.type is int:
                value = int(str(raw).strip()) if not isinstance(raw, int) else raw
            elif self.type is float:
                value = float(str(raw).strip()) if not isinstance(raw, float) else raw
            else:
                value = "" if raw is None else str(raw)
        except (TypeError, ValueError):
            return self.default
        if not self.accepts(value):
            return self.default
        return cast(T, value)

    def accepts(self, value: object) -> bool:
        if self.type is not bool and isinstance(value, bool):
            return False
        if self.type is float and isinstance(value, int):
            value = float(value)
        if not isinstance(value, self.type):
            return False
        if isinstance(value, int | float) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                return False
            if self.maximum is not None and value > self.maximum:
                return False
        return not (self.choices and value not in {v for v, _ in self.choices})


# Group names, in the order the settings dialog shows them.
G_GENERAL = QT_TRANSLATE_NOOP("Settings", "常规")
G_SECURITY = QT_TRANSLATE_NOOP("Settings", "安全")
G_SCANNER = QT_TRANSLATE_NOOP("Settings", "扫码枪")
G_PRINTING = QT_TRANSLATE_NOOP("Settings", "打印与标签")
G_BACKUP = QT_TRANSLATE_NOOP("Settings", "备份")
GROUPS: tuple[str, ...] = (G_GENERAL, G_SECURITY, G_SCANNER, G_PRINTING, G_BACKUP)

_MS = QT_TRANSLATE_NOOP("Settings", "毫秒")
_MM = QT_TRANSLATE_NOOP("Settings", "毫米")
_DAYS = QT_TRANSLATE_NOOP("Settings", "天")
_SECONDS = QT_TRANSLATE_NOOP("Settings", "秒")
_CHARS = QT_TRANSLATE_NOOP("Settings", "个字符")

TABLE: tuple[Setting[Any], ...] = (
    # -- general
    Setting("language", str, "zh_CN", QT_TRANSLATE_NOOP("Settings", "界面语言"), G_GENERAL,
            choices=(("zh_CN", QT_TRANSLATE_NOOP("Settings", "简体中文")),
                     ("en", QT_TRANSLATE_NOOP("Settings", "English（英文）")),
                     ("system", QT_TRANSLATE_NOOP("Settings", "跟随系统")))),
    Setting("network_check_seconds", int, 60,
            QT_TRANSLATE_NOOP("Settings", "网络接口检查间隔"), G_GENERAL,
            minimum=10, maximum=3600, suffix=_SECONDS),
    # -- security
    Setting("passphrase_min_length", int, 10, QT_TRANSLATE_NOOP("Settings", "口令最少长度"),
            G_SECURITY, minimum=8, maximum=64, suffix=_CHARS),
    Setting("passphrase_min_classes", int, 3,
            QT_TRANSLATE_NOOP("Settings", "口令至少包含几类字符"), G_SECURITY,
            minimum=1, maximum=4),
    # -- scanner (keyboard wedge)
    Setting("scanner_prefix", str, "", QT_TRANSLATE_NOOP("Settings", "扫码前缀（去掉）"),
            G_SCANNER),
    Setting("scanner_suffix", str, "", QT_TRANSLATE_NOOP("Settings", "扫码后缀（去掉）"),
            G_SCANNER),
    Setting("scanner_max_interval_ms", int, 30,
            QT_TRANSLATE_NOOP("Settings", "扫码按键最大间隔"), G_SCANNER,
            minimum=5, maximum=200, suffix=_MS),
    Setting("scanner_min_length", int, 4, QT_TRANSLATE_NOOP("Settings", "条码最短长度"),
            G_SCANNER, minimum=1, maximum=40, suffix=_CHARS),
    Setting("scanner_repeat_ignore_ms", int, 1000,
            QT_TRANSLATE_NOOP("Settings", "忽略重复扫码的时间"), G_SCANNER,
            minimum=0, maximum=10000, suffix=_MS),
    # -- printing and labels
    # The label dialog chooses the stock (built-in or clerk-defined, so no fixed choices) and
    # keeps a calibration per printer; the two offsets below apply to printers without one.
    Setting("label_template", str, "A4-3x8", QT_TRANSLATE_NOOP("Settings", "标签版式"),
            G_PRINTING, hidden=True),
    Setting("label_templates_custom", str, "[]",
            QT_TRANSLATE_NOOP("Settings", "自定义标签模板"), G_PRINTING, hidden=True),
    Setting("label_offsets_by_printer", str, "{}",
            QT_TRANSLATE_NOOP("Settings", "各打印机的标签校准偏移"), G_PRINTING, hidden=True),
    Setting("label_offset_x_mm", float, 0.0, QT_TRANSLATE_NOOP("Settings", "标签水平偏移"),
            G_PRINTING, minimum=-10.0, maximum=10.0, suffix=_MM),  # the engine's ±10 mm
    Setting("label_offset_y_mm", float, 0.0, QT_TRANSLATE_NOOP("Settings", "标签垂直偏移"),
            G_PRINTING, minimum=-10.0, maximum=10.0, suffix=_MM),
    # Printers without their own printable margin (kept per printer by the label dialog).
    Setting("label_margins_by_printer", str, "{}",
            QT_TRANSLATE_NOOP("Settings", "各打印机的可打印边距"), G_PRINTING, hidden=True),
    Setting("label_margin_mm", float, 4.0, QT_TRANSLATE_NOOP("Settings", "标签纸的可打印边距"),
            G_PRINTING, minimum=0.0, maximum=10.0, suffix=_MM),  # the engine's 0–10 mm
    # A level that may raise a printed register's marking; blank: the highest level it lists.
    # It never lowers one (printing.jobs.preferred_marking).
    Setting("register_marking", str, "",
            QT_TRANSLATE_NOOP("Settings", "登记簿本身的密级标志"), G_PRINTING),
    # -- backup
    Setting("backup_warn_days", int, 7, QT_TRANSLATE_NOOP("Settings", "超过几天未备份时提醒"),
            G_BACKUP, minimum=1, maximum=365, suffix=_DAYS),
    Setting("backup_generations", int, 5, QT_TRANSLATE_NOOP("Settings", "保留备份份数"),
            G_BACKUP, minimum=1, maximum=100),
)

BY_NAME: dict[str, Setting[Any]] = {s.name: s for s in TABLE}
assert len(BY_NAME) == len(TABLE), "duplicate setting name"


def spec(name: str) -> Setting[Any]:
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown setting {name!r}") from None


def ensure_app_identity() -> None:
    """Give Qt our organisation/application name, which QStandardPaths uses for folders."""
    # Always ours: QApplication names itself after argv[0] ("__main__.py" under python -m,
    # "miji-desk" from the launcher), and the vault's folder must not depend on how it started.
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)


def app_data_dir() -> Path:
    """The per-user application data folder (created): settings, the vault, the lockout file."""
    ensure_app_identity()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not folder:  # no home directory at all: refuse rather than write into the CWD
        raise OSError("no per-user application data folder is available")
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_settings_path() -> Path:
    return app_data_dir() / SETTINGS_FILE


class Settings:
    """Typed access to the INI file; ``get``/``set`` take a name or a ``Setting`` row."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_settings_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    @overload
    def get(self, key: Setting[T]) -> T: ...
    @overload
    def get(self, key: str) -> Any: ...
    def get(self, key: Setting[Any] | str) -> Any:
        s = spec(key) if isinstance(key, str) else key
        if not self._qs.contains(s.name):
            return s.default
        return s.coerce(self._qs.value(s.name))

    def set(self, key: Setting[Any] | str, value: object) -> None:
        s = spec(key) if isinstance(key, str) else key
        if s.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not s.accepts(value):
            raise ValueError(f"setting {s.name}: {value!r} is not a valid {s.type.__name__}")
        # bools are written as true/false so the INI reads naturally when opened by hand
        self._qs.setValue(s.name, ("true" if value else "false") if s.type is bool else value)

    def reset(self, key: Setting[Any] | str) -> None:
        s = spec(key) if isinstance(key, str) else key
        self._qs.remove(s.name)

    def values(self) -> dict[str, Any]:
        return {s.name: self.get(s) for s in TABLE}

    def __iter__(self) -> Iterator[tuple[Setting[Any], Any]]:
        return ((s, self.get(s)) for s in TABLE)

    def sync(self) -> None:
        """Write to disk now and report a write failure (full disk, read-only folder)."""
        self._qs.sync()
        if self._qs.status() != QSettings.Status.NoError:
            raise OSError(f"could not write settings to {self.path}")
