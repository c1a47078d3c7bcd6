"""Build (and cache) the benchmark vault: 1,000,000 carriers, about 3,000,000 history events.

    python -m benchmarks.build_vault [--scale N] [--force] [--verify]

Two files with the same rows are written under ``benchmarks/.data/`` (git-ignored):

* ``bench-N.mjdb`` (+ ``.keys``): a real vault made by ``Vault.create`` -- SQLCipher, the
  product's schema, triggers (the FTS5 trigram index is filled by the product's own triggers),
  foreign keys, a key file -- passphrase-only (null keyring) with the cheap test KDF, since the
  KDF is not what is measured. Its passphrase is ``PASSPHRASE`` below.
* ``plain-N.sqlite``: the baseline, a plain SQLite file (stdlib ``sqlite3``, no encryption)
  made from the same DDL (``miji_desk.vault.schema.MIGRATIONS``) and the same rows.

Both are filled in bulk: ``executemany`` in one big transaction per 100,000 carriers. Each of
the vault's transactions is what ``Vault.transaction()`` does -- BEGIN IMMEDIATE, the rows,
``audit.append`` with the vault's audit key, COMMIT -- but writes ONE audit event
(``bulk_import``, listing the batch's carrier ids) instead of one per registration; every row of
the batch names that event's seq, and the chain verifies. So the audit table holds about a dozen
rows rather than ~430,000 -- nothing measured here reads it. For the load only (see
``_bulk_load``): the secondary indexes of the three tables and the FTS insert trigger are dropped
and re-created afterwards from their exact stored DDL (the FTS index by FTS5's 'rebuild'),
foreign keys are checked once at the end, and journal, fsync and SQLCipher's memory security
are off (see ``fill_vault_file``); every page's HMAC is checked at the end. The benchmarks open
the files with the product's settings. Data is generated from a fixed seed, so both files
(filled in parallel, one process each) hold the same rows.

Titles, 文号 and originators are composed from word lists (regions x bodies, ~80 technical
domains, ~60 subjects, code-named projects, people), 15-40 characters, over 20 years
(2006-2025), across every level, kind, status, register and location.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import datetime as dt
import json
import multiprocessing
import random
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import sqlcipher3
from keyring.backends import null

from miji_desk.core import barcodes
from miji_desk.core.levels import BUILTIN_LEVELS, COMMON_UNIT_LEVELS
from miji_desk.vault import attest, audit, connection, ngrams, schema
from miji_desk.vault.audit import canonical_json
from miji_desk.vault.kdf import KdfParams
from miji_desk.vault.keyslots import KeyFile
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault, key_path

from ._common import DATA, DEFAULT_SCALE, load_average

GENERATOR_VERSION = 2
SEED = 20261127
PASSPHRASE = "Bench-性能测试-2026-台账"
UNIT = "华东某研究院保密办公室"
CLERK = "李文静"
BATCH_CARRIERS = 100_000
START = dt.datetime(2006, 1, 4, 8, 30)
END = dt.datetime(2025, 12, 30, 17, 30)
TZ = "+08:00"

LOCATIONS = (
    *((f"{i}号保密柜", "safe") for i in range(1, 13)),
    ("机要室文件柜", "cabinet"), ("档案室密集架", "cabinet"), ("介质专用柜", "cabinet"),
    ("科研处保密柜", "safe"), ("综合处保密柜", "safe"), ("档案室", "room"), ("密品库", "room"),
    ("销毁待处理柜", "other"))

# -- word lists ----------------------------------------------------------------------------------
PROVINCES = (
    ("北京市", "京"), ("天津市", "津"), ("上海市", "沪"), ("重庆市", "渝"), ("河北省", "冀"),
    ("山西省", "晋"), ("辽宁省", "辽"), ("吉林省", "吉"), ("黑龙江省", "黑"), ("江苏省", "苏"),
    ("浙江省", "浙"), ("安徽省", "皖"), ("福建省", "闽"), ("江西省", "赣"), ("山东省", "鲁"),
    ("河南省", "豫"), ("湖北省", "鄂"), ("湖南省", "湘"), ("广东省", "粤"), ("海南省", "琼"),
    ("四川省", "川"), ("贵州省", "黔"), ("云南省", "滇"), ("陕西省", "陕"), ("甘肃省", "甘"),
    ("青海省", "青"), ("内蒙古自治区", "内蒙"), ("广西壮族自治区", "桂"), ("西藏自治区", "藏"),
    ("宁夏回族自治区", "宁"), ("新疆维吾尔自治区", "新"))
CITIES = (
    ("南京市", "宁"), ("苏州市", "苏"), ("无锡市", "锡"), ("常州市", "常"), ("南通市", "通"),
    ("扬州市", "扬"), ("徐州市", "徐"), ("杭州市", "杭"), ("宁波市", "甬"), ("合肥市", "合"),
    ("武汉市", "武"), ("成都市", "成"), ("绵阳市", "绵"), ("西安市", "西"), ("沈阳市", "沈"),
    ("长沙市", "长"), ("郑州市", "郑"), ("济南市", "济"), ("青岛市", "青"), ("厦门市", "厦"),
    ("广州市", "穗"), ("深圳市", "深"), ("昆明市", "昆"), ("兰州市", "兰"), ("哈尔滨市", "哈"))
HOME = ("江苏省", "南京市", "苏州市", "无锡市", "常州市", "南通市", "扬州市", "徐州市")
BODIES = (
    ("委办公厅", "委办"), ("人民政府办公厅", "政办"), ("保密局", "保"),
    ("国防科技工业办公室", "科工办"),
    ("科学技术厅", "科"), ("工业和信息化厅", "工信"), ("公安厅", "公"), ("国家安全厅", "安"),
    ("发展和改革委员会", "发改"), ("财政厅", "财"), ("教育厅", "教"), ("自然资源厅", "自然资"),
    ("生态环境厅", "环"), ("交通运输厅", "交"), ("水利厅", "水"), ("审计厅", "审"),
    ("机要局", "机要"), ("密码管理局", "密"), ("档案局", "档"), ("气象局", "气"))
CENTRAL = (
    ("国家保密局", "国保"), ("中共中央办公厅", "中办"), ("国务院办公厅", "国办"),
    ("国家国防科技工业局", "科工"), ("科学技术部", "国科"), ("工业和信息化部", "工信部"),
    ("国家发展和改革委员会", "发改"), ("国家密码管理局", "国密"), ("中国科学院", "科发"),
    ("中国航天科技集团有限公司", "天科"), ("中国航空工业集团有限公司", "航空工业"),
    ("中国电子科技集团有限公司", "电科"), ("中国船舶集团有限公司", "船舶"),
    ("中国兵器工业集团有限公司", "兵器"), ("中国工程物理研究院", "中物院"),
    ("国家自然科学基金委员会", "国科金"), ("国家航天局", "国航"), ("国家档案局", "档发"))
DOC_KINDS = ("发", "发", "字", "函", "办发", "电", "通", "复")
DOMAINS = (
    "雷达探测", "卫星导航", "北斗应用", "量子通信", "高超声速", "新型材料", "无人机", "电子对抗",
    "核安全", "航空发动机", "舰船动力", "激光技术", "红外探测", "集成电路", "密码芯片", "移动通信",
    "人工智能", "大数据中心", "气象保障", "地理信息", "测绘成果", "稀土资源", "油气勘探",
    "水文监测", "精密制造", "特种车辆", "火工品", "信息化建设", "网络安全", "电磁兼容", "声呐",
    "惯性导航", "光电对抗", "遥感卫星", "深空探测", "载人航天", "空间站", "运载火箭", "靶场测控",
    "数据链", "指挥控制系统", "仿真平台", "风洞试验", "复合材料", "超导材料", "碳纤维",
    "动力电池", "燃气轮机", "反无人机", "智能制造", "工业控制系统", "海洋观测", "极地科考",
    "生物安全", "疫苗研发", "应急通信", "电网调度", "轨道交通", "重大装备", "微波组件",
    "相控阵天线", "固体发动机", "精确制导", "光纤陀螺", "太赫兹", "毫米波", "引信技术",
    "装甲防护", "水下航行器", "星载计算机", "抗辐射加固", "电推进", "氢能储运", "核电站",
    "同位素", "石墨烯", "增材制造", "机器视觉", "芯片封装", "操作系统")
SUBJECTS = (
    "涉密载体管理", "保密自查自评", "涉密人员管理", "定密工作", "分级保护测评", "密码工作",
    "阶段评审", "研制进度", "保密保障", "涉密会议管理", "载体销毁", "保密技术检查", "等级保护",
    "安全防护", "保密宣传教育", "要害部门部位管理", "涉外保密", "保密审查", "科技成果解密",
    "档案移交", "应急演练", "装备采购", "试验任务", "预算执行", "基建项目", "人才引进",
    "出国（境）审批", "专项审计", "质量问题归零", "技术状态管理", "外协管理", "保密协议签订",
    "脱密期管理", "信息公开审查", "设备维修", "介质管理", "计算机清查", "网络接入管理",
    "专项整治", "风险评估", "年度考核", "资格认定", "现场审查", "技术交流", "合同管理",
    "成果鉴定", "专利申请审查", "标准制定", "课题结题", "样机交付", "定型试验", "联调联试",
    "数据管理", "软件测评", "供应链安全", "国产化替代", "军民融合", "知识产权", "安全生产",
    "保密检查")
ACTIONS = ("工作", "专项检查", "情况", "实施方案", "有关事项", "进展情况", "整改情况", "管理办法",
           "验收工作", "评审意见", "调研情况", "培训安排", "工作安排", "经费安排", "计划", "总结",
           "督查情况", "问题整改", "人员名单", "技术方案")
DOC_TYPES = ("通知", "通知", "通知", "报告", "报告", "请示", "批复", "函", "意见", "决定", "通报",
             "复函")
CODENAMES = (
    "天河", "启明", "长城", "神舟", "蛟龙", "鲲鹏", "玄武", "朱雀", "青龙", "白虎", "北辰", "星火",
    "曙光", "长风", "惊雷", "破晓", "远望", "天穹", "银河", "昆仑", "泰山", "华山", "黄河", "长江",
    "东风", "烈火", "飞天", "追光", "磐石", "利剑", "海鹰", "雪豹", "猎鹰", "雄鹰", "天鹰", "神盾",
    "天眼", "天网", "天琴", "天权", "天枢", "天璇", "天玑", "开阳", "摇光", "紫微", "太初", "鸿蒙",
    "盘古", "女娲", "伏羲", "羲和", "望舒", "嫦娥", "玉兔", "鹊桥", "天问", "祝融", "悟空", "墨子",
    "张衡", "祖冲之", "沈括", "郭守敬", "徐光启", "詹天佑", "钱塘", "洞庭", "鄱阳", "太湖", "巢湖",
    "滇池", "洱海", "青海", "珠峰", "天山", "祁连", "秦岭", "大别", "武夷", "井冈", "延河", "西柏",
    "红旗", "前进", "胜利", "奋进", "复兴", "和谐", "先锋", "尖兵", "卫士", "长缨", "倚天", "屠龙",
    "干将", "莫邪", "龙泉", "太阿", "承影", "纯钧", "湛卢", "鱼肠", "巨阙", "赤霄", "青釭", "七星",
    "北斗", "南箕", "织女", "牛郎", "参宿", "心宿", "角宿", "亢宿", "氐宿", "房宿", "尾宿", "箕宿")
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董"
            "袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟"
            "熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞建国志宏立新"
         "海波宁辉斌峰晨旭东阳文博浩然雪梅晓燕春雷永刚")
DEPARTMENTS = ("科研处", "综合处", "办公室", "技术部", "一室", "二室", "三室", "总体部", "试验中心",
               "质量处", "计划处", "财务处", "人事处", "保卫处", "档案室", "信息中心", "装备部")
SCOPES = ("院领导、办公室主任", "项目组成员", "各部门负责人", "保密委员会委员", "综合处全体",
          "分管领导", "总师系统", "课题组长以上", "机要人员", "指定阅文人员")
NOTES = ("急件", "附件另存机要室", "原件存档", "已报分管领导阅示", "阅后退回", "限定本人阅",
         "请于月底前清退", "会后收回", "复印件已销毁", "随文附光盘一张", "电报", "特急")
REASONS = ("登记时笔误", "按原件核对更正", "存放位置调整", "根据来文机关通知更正", "份数核对后更正",
           "年度清查发现不一致", "移交时核对更正")
ATTACHMENTS = ("", "", "", "附件1份", "附件2份", "附表3张", "光盘1张", "图纸5张")
PURPOSES = ("仅用于涉密计算机间传递项目资料", "试验数据拷贝专用", "评审材料刻录专用",
            "涉密信息系统备份专用", "会议材料传递专用")
CLERKS = ("周建华", "孙丽萍", "李文静", "王海波", "陈晓燕", "刘志宏")

LEVEL_WEIGHTS = (("top_secret", 3), ("secret", 20), ("confidential", 47), ("core_commercial", 7),
                 ("commercial", 10), ("internal", 13))
RANK = {lv.code: lv.rank for lv in (*BUILTIN_LEVELS, *COMMON_UNIT_LEVELS)}
MAX_YEARS = {lv.code: lv.max_years for lv in (*BUILTIN_LEVELS, *COMMON_UNIT_LEVELS)}
OLD_STATUS = (("destroyed", 34), ("filed", 25), ("returned", 14), ("handed_over", 6),
              ("in_store", 16), ("on_loan", 2), ("circulating", 2), ("missing", 1))
NEW_STATUS = (("in_store", 55), ("circulating", 10), ("on_loan", 8), ("filed", 12),
              ("returned", 6), ("destroyed", 6), ("handed_over", 3))
MEDIA_KINDS = (("usb", 45), ("optical", 35), ("hard_disk", 12), ("media_other", 8))
MEDIA_LABEL = {"usb": "U盘", "optical": "光盘", "hard_disk": "移动硬盘", "media_other": "存储卡"}
REG_ABBR = {"incoming": "收", "outgoing": "发", "media": "介", "copy": "复"}

DOC_COLS = ("id", "register", "number", "year", "seq", "doc_no", "title", "producer", "sender",
            "recipients", "channel", "couriers", "level_code", "period_kind", "period_amount",
            "period_until", "period_condition", "classified_on", "received_at", "pages",
            "copies_total", "attachments", "scope", "handled_by", "serial_no", "capacity",
            "purpose", "notes", "source_carrier_id", "registered_at", "audit_seq")
CARRIER_COLS = ("id", "document_id", "barcode", "number", "copy_no", "kind", "status", "holder",
                "location_id", "held", "register", "level_code", "level_rank", "title", "doc_no",
                "sender", "registered_at")
EVENT_COLS = ("carrier_id", "document_id", "at", "actor", "action", "field", "before", "after",
              "approval_ref", "note", "audit_seq")


def _insert(table: str, cols: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


INSERT_DOC = _insert("document", DOC_COLS)
INSERT_CARRIER = _insert("carrier", CARRIER_COLS)
INSERT_EVENT = _insert("carrier_event", EVENT_COLS)


# -- the data ----------------------------------------------------------------------------------
@dataclass
class Batch:
    index: int
    audit_seq: int
    documents: list[tuple[object, ...]] = field(default_factory=list)
    carriers: list[tuple[object, ...]] = field(default_factory=list)
    events: list[tuple[object, ...]] = field(default_factory=list)


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]):
    values = [v for v, _ in pairs]
    cum = []
    total = 0
    for _, w in pairs:
        total += w
        cum.append(total)
    return lambda: rng.choices(values, cum_weights=cum)[0]


class Generator:
    """Deterministic ledger rows: the same seed gives the same rows in any process."""

    def __init__(self, scale: int, seed: int = SEED) -> None:
        self.scale = scale
        self.rng = rng = random.Random(seed)
        orgs: list[tuple[str, str, float]] = []  # name, 文号 prefix, weight
        for name, abbr in CENTRAL:
            orgs.append((name, abbr, 6.0))
        for region, rabbr in PROVINCES + CITIES:
            city = region.endswith("市") and (region, rabbr) in CITIES
            weight = 4.0 if region in HOME else 0.35
            for body, babbr in BODIES:
                if city:
                    body = body.replace("委办公厅", "委办公室").replace("办公厅", "办公室") \
                        .replace("厅", "局")
                orgs.append((region + body, rabbr + babbr, weight))
        self.orgs = orgs
        cum, total = [], 0.0
        for *_, w in orgs:
            total += w
            cum.append(total)
        self._org_cum = cum
        self.people = [s + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
                       for s in SURNAMES for _ in range(4)]
        self.level = _weighted(rng, LEVEL_WEIGHTS)
        self.old_status = _weighted(rng, OLD_STATUS)
        self.new_status = _weighted(rng, NEW_STATUS)
        self.media_kind = _weighted(rng, MEDIA_KINDS)
        self.location_json = [canonical_json(n) for n, _ in LOCATIONS]

    def org(self) -> tuple[str, str]:
        name, abbr, _ = self.rng.choices(self.orgs, cum_weights=self._org_cum)[0]
        return name, abbr

    def person(self) -> str:
        return self.rng.choice(self.people)

    def doc_no(self, abbr: str, year: int) -> str:
        rng = self.rng
        kind = rng.choice(DOC_KINDS)
        n = rng.randint(1, rng.choice((60, 200, 800)))
        return f"{abbr}{kind}〔{year}〕{n}号"

    def title(self, year: int, sender: str) -> str:
        rng = self.rng
        for _ in range(8):
            t = rng.random()
            d, s, a, ty = (rng.choice(DOMAINS), rng.choice(SUBJECTS), rng.choice(ACTIONS),
                           rng.choice(DOC_TYPES))
            if t < 0.30:
                text = f"关于{d}{s}{a}的{ty}"
            elif t < 0.45:
                text = f"关于{sender}{s}{a}的{ty}"
            elif t < 0.58:
                text = f"{year}年度{d}{s}{a}"
            elif t < 0.72:
                text = f"关于{rng.choice(CODENAMES)}-{rng.randint(1, 30)}号工程{s}{a}的{ty}"
            elif t < 0.80:
                text = f"关于印发《{d}{s}管理办法》的通知"
            elif t < 0.88:
                text = f"{rng.choice(CODENAMES)}工程{d}专题会议纪要（第{rng.randint(1, 60)}次）"
            elif t < 0.94:
                text = f"关于{self.person()}同志{s}有关事项的{ty}"
            else:
                text = f"{sender}关于{d}{a}的{ty}"
            if len(text) < 15:
                text = f"{year}年{text}"
            if 15 <= len(text) <= 40:
                return text
        return text[:40]

    def period(self, level: str, classified: dt.date) -> tuple[str, int | None, str | None,
                                                               str | None]:
        rng = self.rng
        top = MAX_YEARS[level]
        if top is None:
            return ("unmarked", None, None, None)
        r = rng.random()
        if r < 0.35:
            return ("unmarked", None, None, None)
        if r < 0.80:
            return ("years", rng.randint(1, top), None, None)
        if r < 0.86:
            return ("months", rng.choice((3, 6, 12, 18)), None, None)
        if r < 0.90 and level in ("top_secret", "secret"):
            return ("long_term", None, None, None)
        if r < 0.98:
            until = classified + dt.timedelta(days=rng.randint(200, 365 * top - 1))
            return ("until", None, until.isoformat(), None)
        return ("condition", None, None, "项目验收后解密")

    def batches(self) -> Iterator[Batch]:
        rng = self.rng
        rand = rng.random

        def pick(seq):
            return seq[int(rand() * len(seq))]

        span = (END - START).total_seconds()
        end_ordinal = END.date().toordinal()
        day_text: dict[int, str] = {}
        people_json = [canonical_json(x) for x in self.people]
        scopes_json = [canonical_json(x) for x in SCOPES]
        notes_json = [canonical_json(x) for x in NOTES]
        attach_json = [canonical_json(x) for x in ATTACHMENTS[3:]]
        pages_json = [canonical_json(n) for n in range(1, 121)]
        empty_json, sent_json, in_store_json = (canonical_json(x) for x in ("", "sent", "in_store"))
        loc_json = self.location_json
        per_year: dict[tuple[str, int], int] = {}
        carrier_id = 0
        doc_id = 0
        batch = Batch(0, 2)  # seq 1 is the vault's own ``vault_created``
        events_left = 0.0
        while carrier_id < self.scale:
            doc_id += 1
            when = START + dt.timedelta(seconds=span * (carrier_id + rand()) / self.scale)
            registered = when.isoformat(timespec="seconds") + TZ
            clock = registered[10:]  # "THH:MM:SS+08:00"
            year = when.year
            day = when.toordinal()
            age_days = end_ordinal - day
            r = rand()
            register = ("incoming" if r < 0.62 else "outgoing" if r < 0.80
                        else "media" if r < 0.95 else "copy")
            key = (register, year)
            seq = per_year[key] = per_year.get(key, 0) + 1
            number = f"{year}-{REG_ABBR[register]}-{seq:04d}"
            level = self.level()
            received = when - dt.timedelta(minutes=5 + int(rand() * 2875))
            classified = (received - dt.timedelta(days=1 + int(rand() * 60))).date()
            pkind, pamount, puntil, pcond = self.period(level, classified)
            sender_name, abbr = self.org()
            doc_no, title, producer, sender = "", "", "", ""
            recipients = channel = couriers = serial_no = capacity = purpose = ""
            source = None
            kind = "document"
            if register == "incoming":
                sender = sender_name
                producer = sender if rand() < 0.7 else self.org()[0]
                doc_no = self.doc_no(abbr, year)
                title = self.title(year, sender)
                count = rng.choices((1, 2, 3, 4, 5, 6), cum_weights=(35, 60, 75, 85, 93, 100))[0]
            elif register == "outgoing":
                sender = producer = UNIT
                doc_no = f"研{pick(('办', '科', '保', '综'))}发〔{year}〕{seq}号"
                title = self.title(year, sender_name)
                count = rng.choices((1, 2, 3, 4, 6, 8), cum_weights=(25, 50, 70, 85, 95, 100))[0]
                channel = "专人送达" if level == "top_secret" else pick(
                    ("机要通信", "机要通信", "机要交通", "专人送达"))
                if level == "top_secret":
                    couriers = f"{self.person()}、{self.person()}"
            elif register == "media":
                kind = self.media_kind()
                title = (f"{pick(DEPARTMENTS)}{pick(DOMAINS)}专用"
                         f"{MEDIA_LABEL[kind]}（{pick(CODENAMES)}工程）")
                serial_no = f"SN{1_000_000_000 + int(rand() * 8_999_999_999)}"
                capacity = pick(("8GB", "16GB", "32GB", "64GB", "700MB", "4.7GB", "1TB", "2TB"))
                purpose = pick(PURPOSES)
                count = 1
            else:
                title = "复制：" + self.title(year, sender_name)
                sender = producer = UNIT
                source = 1 + int(rand() * carrier_id) if carrier_id else None
                count = pick((1, 1, 2, 3))
            first = 1 + int(rand() * 12)
            copies_total = first + count - 1 + int(rand() * 21)
            notes = pick(NOTES) if rand() < 0.15 else ""
            batch.documents.append((
                doc_id, register, number, year, seq, doc_no, title, producer, sender, recipients,
                channel, couriers, level, pkind, pamount, puntil, pcond, classified.isoformat(),
                received.isoformat(timespec="seconds") + TZ, 1 + int(rand() * 120),
                None if register == "media" else copies_total, pick(ATTACHMENTS), pick(SCOPES),
                self.person(), serial_no, capacity, purpose, notes, source, registered,
                batch.audit_seq))
            clerk = CLERKS[min(len(CLERKS) - 1, (year - START.year) * len(CLERKS) // 20)]
            recipients_list = []
            rank = RANK[level]
            for k in range(count):
                carrier_id += 1
                copy_no = None if register == "media" else first + k
                status = self.old_status() if age_days > 700 else self.new_status()
                holder = ""
                if register == "outgoing" and (k < count - 1 or rand() < 0.5):
                    status = "sent"
                    holder = self.org()[0]
                    recipients_list.append(holder)
                elif status in ("circulating", "on_loan"):
                    holder = self.person()
                elif status in ("returned", "handed_over"):
                    holder = sender or self.org()[0]
                location = (1 + int(rand() * len(LOCATIONS))
                            if status in ("in_store", "filed", "missing") else None)
                batch.carriers.append((
                    carrier_id, doc_id, barcode(carrier_id),
                    number if copy_no is None else f"{number}-{copy_no:03d}", copy_no, kind,
                    status, holder, location, 1 if rand() < 0.002 else 0, register, level,
                    rank, title, doc_no, sender, registered))
                sent = status == "sent"
                batch.events.append((
                    carrier_id, doc_id, registered, clerk, "register", None, None,
                    sent_json if sent else in_store_json, "", holder if sent else "",
                    batch.audit_seq))
                # About two corrections per carrier, some of the carrier, some of its document.
                events_left += 2.0
                while events_left >= 1.0 and rand() < 0.8:
                    events_left -= 1.0
                    later = day + 1 + int(rand() * max(1, min(age_days, 1500)))
                    date = day_text.get(later)
                    if date is None:
                        date = day_text[later] = dt.date.fromordinal(later).isoformat()
                    at = date + clock
                    if rand() < 0.55:
                        i = int(rand() * len(loc_json))
                        j = (i + 1 + int(rand() * (len(loc_json) - 1))) % len(loc_json)
                        batch.events.append((carrier_id, None, at, clerk, "correct", "location",
                                             loc_json[i], loc_json[j], "", pick(REASONS),
                                             batch.audit_seq))
                        continue
                    fld = pick(("notes", "pages", "scope", "handled_by", "attachments"))
                    if fld == "pages":
                        before, after = pick(pages_json), pick(pages_json)
                    elif fld == "notes":
                        before, after = empty_json, pick(notes_json)
                    elif fld == "scope":
                        before, after = pick(scopes_json), pick(scopes_json)
                    elif fld == "handled_by":
                        before, after = pick(people_json), pick(people_json)
                    else:
                        before, after = empty_json, pick(attach_json)
                    batch.events.append((None, doc_id, at, clerk, "correct", fld, before, after,
                                         "", pick(REASONS), batch.audit_seq))
            if recipients_list:
                row = list(batch.documents[-1])
                row[DOC_COLS.index("recipients")] = "；".join(sorted(set(recipients_list)))
                batch.documents[-1] = tuple(row)
            if len(batch.carriers) >= BATCH_CARRIERS:
                yield batch
                batch = Batch(batch.index + 1, batch.audit_seq + 1)
        if batch.carriers:
            yield batch


# Luhn over the 8-digit body, two digits at a time: what ``barcodes.for_carrier`` computes
# (checked against it in ``barcode``), about ten times faster for a million codes.
_PAIR = [a + (2 * b - 9 if 2 * b > 9 else 2 * b) for a in range(10) for b in range(10)]


def barcode(carrier_id: int) -> str:
    total = (_PAIR[carrier_id // 1_000_000 % 100] + _PAIR[carrier_id // 10_000 % 100]
             + _PAIR[carrier_id // 100 % 100] + _PAIR[carrier_id % 100])
    code = f"{barcodes.PREFIX}{carrier_id:08d}{(10 - total % 10) % 10}"
    if carrier_id % 9973 == 1 and code != barcodes.for_carrier(carrier_id):
        raise AssertionError(f"barcode {code} differs from the product's")
    return code


# -- files ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Paths:
    vault: Path
    plain: Path
    manifest: Path

    @property
    def keys(self) -> Path:
        return key_path(self.vault)


def paths(scale: int) -> Paths:
    return Paths(DATA / f"bench-{scale}.mjdb", DATA / f"plain-{scale}.sqlite",
                 DATA / f"manifest-{scale}.json")


def _partial(p: Path) -> Path:
    return p.with_name(p.name.replace(".", ".partial.", 1))


def _remove(*files: Path) -> None:
    """Files and what an interrupted build may have left beside them (a hot journal)."""
    for f in files:
        for x in (f, f.with_name(f.name + "-journal"), f.with_name(f.name + ".creating"),
                  f.with_name(f.name + ".creating-journal")):
            x.unlink(missing_ok=True)


def null_store() -> MachineSecretStore:
    return MachineSecretStore(null.Keyring())


def _log(what: str, t0: float, msg: str) -> None:
    print(f"[{what} {time.perf_counter() - t0:7.1f}s, cpu {time.process_time():6.1f}s] {msg}",
          flush=True)


def _batch_detail(b: Batch) -> dict[str, object]:
    return {"benchmark_bulk_import": True, "batch": b.index, "documents": len(b.documents),
            "events": len(b.events)}


# Secondary indexes of the bulk-loaded tables and the FTS insert trigger are dropped for the load
# and re-created after it from their exact DDL as stored in sqlite_master (CREATE INDEX sorts
# once instead of a million random inserts; the FTS5 'rebuild' command indexes exactly the rows
# the trigger would have indexed). The schema that results is the product's, statement for
# statement; the indexes are just freshly packed.
_DEFERRED = ("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
             "((type = 'index' AND tbl_name IN ('document', 'carrier', 'carrier_event')) "
             "OR (type = 'trigger' AND name = 'document_fts_insert')) ORDER BY type, name")
# secure_delete stays ON (the product's setting): with it OFF, pages the FTS merges allocate and
# free within one transaction are never written, and SQLCipher's cipher_integrity_check -- which
# Vault.open runs -- then reports those all-zero free pages as failing their HMAC.
_LOAD_PRAGMAS = ("PRAGMA foreign_keys = OFF", "PRAGMA journal_mode = OFF",
                 "PRAGMA synchronous = OFF", "PRAGMA cache_size = -1000000")


def _bulk_load(conn, scale: int, append_audit, what: str) -> None:
    """All batches into ``conn``; ``append_audit(batch)`` writes the batch's audit event."""
    t0 = time.perf_counter()
    for p in _LOAD_PRAGMAS:
        conn.execute(p).fetchall()
    deferred = conn.execute(_DEFERRED).fetchall()
    if not any(name == "document_fts_insert" for _, name, _ in deferred):
        raise RuntimeError("the schema has no document_fts_insert trigger any more")
    for kind, name, _ in deferred:
        conn.execute(f"DROP {kind.upper()} {name}")
    n_c = n_e = 0
    for b in Generator(scale).batches():
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(INSERT_DOC, b.documents)
        conn.executemany(INSERT_CARRIER, b.carriers)
        conn.executemany(INSERT_EVENT, b.events)
        append_audit(b)
        conn.execute("COMMIT")
        n_c += len(b.carriers)
        n_e += len(b.events)
        _log(what, t0, f"{n_c:,} carriers, {n_e:,} events")
    conn.execute("BEGIN IMMEDIATE")
    for kind, _, sql in deferred:
        if kind == "index":
            conn.execute(sql)
    _log(what, t0, f"{sum(k == 'index' for k, _, _ in deferred)} indexes re-created")
    conn.execute("INSERT INTO document_fts(document_fts) VALUES ('rebuild')")
    # The 1-2 character index (schema V4) is written by LedgerTx, not by a trigger: fill it
    # with the product's own backfill, as the V4 migration does for an existing vault.
    conn.execute(ngrams.BACKFILL_SQL)
    for kind, _, sql in deferred:
        if kind == "trigger":
            conn.execute(sql)
    conn.execute("COMMIT")
    _log(what, t0, "full-text index built")
    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise RuntimeError(f"foreign key problems: {problems[:5]}")


def create_vault_file(target: str) -> None:
    """``Vault.create``: the product's own schema, levels, locations, key file, first audit."""
    final = Path(target)
    path = _partial(final)
    _remove(path, key_path(path))
    vault, _code = Vault.create(path, passphrase=PASSPHRASE, unit_name=UNIT, clerk_name=CLERK,
                                store=null_store(), kdf=KdfParams.for_tests(),
                                locations=LOCATIONS)
    vault.close()


def fill_vault_file(scale: int, target: str) -> dict[str, object]:
    """Bulk rows into the vault ``create_vault_file`` made, one audited transaction per batch.

    This runs in a fresh process and opens the file itself, with the product's connection
    settings except ``cipher_memory_security``: SQLCipher makes that setting process-wide and
    irreversible, and it slows bulk inserts about tenfold. Each transaction is what
    ``Vault.transaction()`` does: BEGIN IMMEDIATE, the rows (naming the coming audit seq), one
    ``audit.append`` with the vault's audit key, COMMIT; foreign keys are checked once at the end
    (``PRAGMA foreign_key_check``) instead of row by row.
    """
    t0 = time.perf_counter()
    final = Path(target)
    path = _partial(final)
    keyfile = KeyFile.load(key_path(path))
    data_key = keyfile.unlock_passphrase(PASSPHRASE, None)
    akey = audit.audit_key(data_key, keyfile.vault_id)
    conn = sqlcipher3.connect(f"file:{quote(str(path.resolve()))}?mode=rw", uri=True,
                              isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    ngrams.register(conn)  # _bulk_load fills the 1-2 character index with it
    for p in connection.PRAGMAS:
        if "cipher_memory_security" not in p:
            conn.execute(p).fetchall()
    now = dt.datetime.now().astimezone().replace(microsecond=0).isoformat()

    def append_audit(b: Batch) -> None:
        seq = audit.append(conn, akey, at=now, actor=CLERK, action="bulk_import",
                           carrier_ids=[c[0] for c in b.carriers], detail=_batch_detail(b))
        if seq != b.audit_seq:
            raise RuntimeError(f"audit seq {seq} != {b.audit_seq}")

    try:
        _bulk_load(conn, scale, append_audit, "vault")
        verdict = audit.verify(conn, akey)  # the chain only; --verify runs both integrity checks
        if not verdict.ok:
            raise RuntimeError(verdict.summary())
        # Every page's HMAC (seconds, unlike SQLite's integrity_check): what unlocking checks first.
        bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if bad:
            raise RuntimeError(f"cipher_integrity_check: {len(bad)} problems, e.g. {bad[:3]}")
        _log("vault", t0, "cipher_integrity_check ok")
        counts = {"carriers": conn.execute("SELECT count(*) FROM carrier").fetchone()[0],
                  "documents": conn.execute("SELECT count(*) FROM document").fetchone()[0],
                  "events": conn.execute("SELECT count(*) FROM carrier_event").fetchone()[0],
                  "audit": conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]}
    finally:
        conn.close()
    for p, q in ((path, final), (key_path(path), key_path(final))):
        p.replace(q)
    _log("vault", t0, f"done: {final.stat().st_size / 2**20:,.0f} MiB, audit chain verifies")
    return {"seconds": round(time.perf_counter() - t0, 1),
            "cpu_seconds": round(time.process_time(), 1), "counts": counts,
            "bytes": final.stat().st_size}


# The product's connection settings without the cipher ones. ``trusted_schema`` stays ON: the
# stdlib's SQLite (3.40 here) does not yet mark FTS5 innocuous, so with it OFF the schema's FTS
# triggers are refused ("unsafe use of virtual table"); reads are not affected either way.
PLAIN_PRAGMAS = ("PRAGMA foreign_keys = ON", "PRAGMA journal_mode = DELETE",
                 "PRAGMA temp_store = MEMORY", "PRAGMA secure_delete = ON")


def open_plain(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """The baseline connection: stdlib sqlite3 with the product's settings minus encryption."""
    mode = "ro" if readonly else "rw"
    conn = sqlite3.connect(f"file:{path}?mode={mode}", uri=True, isolation_level=None)
    for p in (*PLAIN_PRAGMAS, "PRAGMA synchronous = FULL"):
        conn.execute(p).fetchall()
    return conn


def build_plain_file(scale: int, target: str) -> dict[str, object]:
    """The baseline twin: same DDL, same rows, no encryption."""
    t0 = time.perf_counter()
    final = Path(target)
    path = _partial(final)
    _remove(path)
    conn = sqlite3.connect(path, isolation_level=None)
    for p in PLAIN_PRAGMAS:
        conn.execute(p).fetchall()
    ngrams.register(conn)  # V4's backfill and _bulk_load call it (as vault.migrate does)
    for n, ddl in enumerate(schema.MIGRATIONS, 1):
        conn.executescript(f"BEGIN IMMEDIATE;\n{ddl}\nPRAGMA user_version = {n};\nCOMMIT;")
    # audit.append seals the rows noted in temp.attest_pending; the twin notes none (its
    # SQLite refuses attest's TEMP triggers, and only the vault's row seals are checked)
    attest.register(conn)
    conn.execute("CREATE TEMP TABLE attest_pending (tbl TEXT NOT NULL, rid INTEGER NOT NULL)")
    key = bytes(32)  # the twin's audit rows only need to exist; their MACs are not checked
    now = dt.datetime.now().astimezone().replace(microsecond=0).isoformat()
    conn.execute("BEGIN IMMEDIATE")
    meta = {"format": "miji-desk", "vault_id": "0" * 32, "unit_name": UNIT, "clerk_name": CLERK,
            "created_at": now, "machine_bound": "0"}
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", meta.items())
    conn.executemany("INSERT INTO level VALUES (?, ?, ?, ?, ?)",
                     [(lv.code, lv.name, lv.rank, lv.max_years, int(lv.state_secret))
                      for lv in (*BUILTIN_LEVELS, *COMMON_UNIT_LEVELS)])
    conn.executemany("INSERT INTO location(name, kind) VALUES (?, ?)", LOCATIONS)
    audit.append(conn, key, at=now, actor=CLERK, action="vault_created", carrier_ids=[],
                 detail={"unit_name": UNIT})
    conn.execute("COMMIT")

    def append_audit(b: Batch) -> None:
        seq = audit.append(conn, key, at=now, actor=CLERK, action="bulk_import",
                           carrier_ids=[c[0] for c in b.carriers], detail=_batch_detail(b))
        if seq != b.audit_seq:
            raise RuntimeError(f"audit seq {seq} != {b.audit_seq}")

    _bulk_load(conn, scale, append_audit, "plain")
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("carrier", "document", "carrier_event", "audit_event")}
    conn.close()
    path.replace(final)
    _log("plain", t0, f"done: {final.stat().st_size / 2**20:,.0f} MiB")
    return {"seconds": round(time.perf_counter() - t0, 1),
            "cpu_seconds": round(time.process_time(), 1), "counts": counts,
            "bytes": final.stat().st_size}


def read_manifest(scale: int) -> dict[str, object] | None:
    p = paths(scale)
    try:
        manifest = json.loads(p.manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    fresh = (manifest.get("generator") == GENERATOR_VERSION
             and manifest.get("schema_version") == schema.SCHEMA_VERSION
             and manifest.get("schema") == _schema_digest()
             and all(x.exists() for x in (p.vault, p.keys, p.plain)))
    return manifest if fresh else None


def _schema_digest() -> str:
    import hashlib

    return hashlib.sha256("\n".join(schema.MIGRATIONS).encode()).hexdigest()[:16]


def build(scale: int, *, force: bool = False, verify: bool = False) -> dict[str, object]:
    """Build both files unless a fresh cache exists; returns the manifest."""
    p = paths(scale)
    if not force:
        cached = read_manifest(scale)
        if cached is not None:
            return cached
    DATA.mkdir(parents=True, exist_ok=True)
    _remove(p.manifest, p.vault, p.keys, p.plain)
    print(f"building the {scale:,}-carrier benchmark vault and its plain-SQLite twin "
          f"under {DATA} (two processes)", flush=True)
    t0 = time.perf_counter()
    create_vault_file(str(p.vault))
    # Fresh (spawned) workers: none inherits SQLCipher's process-wide memory-security switch.
    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        fv = pool.submit(fill_vault_file, scale, str(p.vault))
        fp = pool.submit(build_plain_file, scale, str(p.plain))
        vault_info, plain_info = fv.result(), fp.result()
    manifest: dict[str, object] = {
        "scale": scale, "seed": SEED, "generator": GENERATOR_VERSION,
        "schema_version": schema.SCHEMA_VERSION, "schema": _schema_digest(),
        "built_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "seconds": round(time.perf_counter() - t0, 1), "load_average": load_average(),
        "vault": vault_info, "plain": plain_info}
    vc, pc = vault_info["counts"], plain_info["counts"]
    if (vc["carriers"], vc["documents"], vc["events"]) != (  # type: ignore[index]
            pc["carrier"], pc["document"], pc["carrier_event"]):  # type: ignore[index]
        raise RuntimeError(f"the twin differs from the vault: {vc} vs {pc}")
    if verify:
        t1 = time.perf_counter()
        with Vault.open(p.vault, passphrase=PASSPHRASE, store=null_store(), check=False) as v:
            report = v.verify()
        manifest["verify"] = {"ok": report.ok, "summary": report.summary(),
                              "seconds": round(time.perf_counter() - t1, 1)}
        if not report.ok:
            raise RuntimeError(report.summary())
    p.manifest.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"built in {manifest['seconds']} s: {vc}", flush=True)
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=int, default=DEFAULT_SCALE, help="carriers (default 1,000,000)")
    ap.add_argument("--force", action="store_true", help="rebuild even if cached")
    ap.add_argument("--verify", action="store_true",
                    help="after building, run the vault's full verify (both integrity checks)")
    args = ap.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        manifest = build(args.scale, force=args.force, verify=args.verify)
        print(json.dumps(manifest, ensure_ascii=False, indent=1))
        return 0
    return 130


if __name__ == "__main__":
    sys.exit(main())
