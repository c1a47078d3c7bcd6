# reportlab ships no type information; its length units are plain floats (points).
inch: float
cm: float
mm: float
pica: float
