"""Builds resources/passphrases/common.txt: the passphrases the policy refuses as guessable.

No public list of leaked passwords was available offline, so the list is generated here from
patterns, and its origin is this script alone (no third-party data; the project's licence):

- keyboard walks on the US layout: every run of 4+ keys along a row, forwards and backwards,
  column walks (``1qaz``, ``2wsx`` …) and their chains (``1qaz2wsx3edc``), and the common mixed
  walks (``1q2w3e4r``, ``qweasdzxc`` …);
- runs of 4+ consecutive digits or letters, forwards and backwards;
- one character repeated 4–16 times, and short units repeated (``abcabc``, ``1212``);
- common words of password lists (English, pinyin, product and place names) as typed from
  memory of the usual top lists, and Chinese words about secrecy.

``core/passphrase_policy.py`` compares case-insensitively, with shifted digits read as digits
(``@`` → ``2``), leet read as letters (``@`` → ``a``, ``0`` → ``o``) and leading or trailing
digits and symbols stripped, so ``Password123``, ``P@ssw0rd!`` and ``2024admin`` all meet
``password`` / ``admin`` here; the list itself holds the bare patterns only.

Run: python scripts/build_common_passphrases.py  (writes the file; --check compares).
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "passphrases" / "common.txt"

ROWS = ("`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./")
COLUMNS = ("1qaz", "2wsx", "3edc", "4rfv", "5tgb", "6yhn", "7ujm", "8ik,", "9ol.", "0p;/")
MIXED = ("1q2w3e4r", "1q2w3e4r5t", "1q2w3e", "q1w2e3r4", "q1w2e3r4t5", "qweasdzxc",
         "qweasd", "asdqwe", "zxcasdqwe", "qwe123", "123qwe", "asd123", "zxc123", "qaz123",
         "123qaz", "qazwsx", "qazwsxedc", "qazwsxedcrfv", "zaq12wsx", "zaq1xsw2", "1qazxsw2",
         "xsw2zaq1", "!qaz2wsx", "qwertyuiop", "asdfghjkl", "zxcvbnm", "qwerasdf", "asdfzxcv",
         "qwerasdfzxcv", "1234qwer", "qwer1234", "1234asdf", "asdf1234", "abc123", "a1b2c3",
         "a1b2c3d4", "aa123456", "abcd1234", "1234abcd", "q1w2e3", "1a2b3c", "147258369",
         "159357", "147258", "258369", "741852963", "963852741", "159753", "789456123",
         "123456789a", "a123456789", "147852369", "321654987", "0987poiu", "poiuytrewq",
         "lkjhgfdsa", "mnbvcxz", "ytrewq", "ewq321", "qwaszx", "qawsed", "qawsedrf")
WORDS = """
password passwort passwd pass pwd admin administrator root user guest test tester demo default
changeme welcome letmein login logon access secret master super superuser system sysadmin
server oracle mysql postgres manager office company internet computer network security
qwerty iloveyou iloveu loveyou love lover monkey dragon sunshine princess football baseball
basketball soccer hockey shadow superman batman spiderman trustno1 michael jennifer jordan
hunter ranger buster harley killer george charlie andrew michelle jessica pepper daniel joshua
maggie starwars silver william dallas yankees ashley thomas matthew hello freedom whatever
nicole summer winter spring autumn flower tiger lion eagle angel baby babygirl cookie
chocolate banana apple orange lemon cheese pokemon naruto minecraft google facebook twitter
microsoft windows linux ubuntu apple samsung huawei lenovo xiaomi tencent baidu alibaba taobao
wechat weixin qq163 sina sohu china beijing shanghai guangzhou shenzhen tianjin chongqing
nanjing wuhan chengdu hangzhou xian zhongguo zhonghua woaini aini woaiwojia wojiushiwo
wangwei zhangwei lilei liuyang wangfang zhangmin lina liqiang wangjing zhangjing liuwei
mima mimamima baomi jiyao miji jimi juemi mimi zhongyao hexin yiban guanli guanliyuan
jiyaoyuan baomiyuan danwei bangongshi kaifa ceshi yonghu denglu xitong fuwuqi shuju
miji desk mijidesk taizhang zaiti jiemi dingmi
abc abcd abcde abcdef qwert asdf zxcv mypass mypassword yourpass newpass oldpass temp
temppass temporary private public account backup secure safety safe power energy money
dollar golden diamond star sky blue red green black white purple yellow pink
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
hello123 iloveyou1 password1 abc123456 admin888 admin123 root123 test123
""".split()  # noqa: SIM905  (a paragraph of words reads best as one)
CHINESE = ("密码", "口令", "保密", "机要", "涉密", "秘密", "机密", "绝密", "管理员", "我爱你",
           "中国", "中华人民共和国", "北京", "上海", "台账", "保密办", "机要室")


def runs(text: str, shortest: int = 4) -> set[str]:
    found: set[str] = set()
    for source in (text, text[::-1]):
        for i in range(len(source)):
            for j in range(i + shortest, len(source) + 1):
                found.add(source[i:j])
    return found


def build() -> list[str]:
    found: set[str] = set()
    for row in ROWS:
        found |= runs(row)
    found |= runs("01234567890") | runs("abcdefghijklmnopqrstuvwxyz")
    for n in range(1, len(COLUMNS) + 1):
        for start in range(len(COLUMNS) - n + 1):
            chain = "".join(COLUMNS[start:start + n])
            found.add(chain)
            found.add("".join(c[::-1] for c in COLUMNS[start:start + n]))
    found.update(MIXED)
    for ch in "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*.":
        found.update(ch * n for n in range(4, 17))
    for unit in ("ab", "abc", "12", "123", "1234", "qwe", "asd", "xo", "520", "1314", "666",
                 "888", "521", "aa", "a1", "qq"):
        found.update(unit * n for n in range(2, 7) if len(unit * n) >= 4)
    found.update(w.casefold() for w in WORDS)
    found.update(CHINESE)
    for digits in ("5201314", "1314520", "1314521", "woaini1314", "520520", "201314",
                   "12345678910", "0123456789", "9876543210", "1234567890"):
        found.add(digits)
    return sorted(w for w in found if w and not w.isspace())


def main() -> int:
    text = "".join(w + "\n" for w in build())
    if "--check" in sys.argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUT} is stale: run this script")
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {text.count(chr(10))} entries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
