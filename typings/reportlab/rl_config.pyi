# reportlab ships no type information; its settings module is read and set as plain attributes.
from typing import Any

def __getattr__(name: str) -> Any: ...
