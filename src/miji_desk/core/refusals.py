"""Every refusal the rules can give, by a stable code.

One catalogue for the whole product: the Chinese template here is the default text (the CLI, the
log, the Chinese screen), and the screen translates the same template through Qt (context
``Refusal``; ``scripts/build_translations.py`` makes it visible to Qt Linguist). Placeholders are
named. A parameter that is a word of the domain rather than the clerk's data (a field label, an
action, a status) is listed in ``WORDS`` so that the screen can translate it too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

# Joins list parameters (copy numbers, names) in the Chinese text.
LIST_SEPARATOR: Final = "、"

REFUSALS: Final[dict[str, str]] = {
    "approval.clerk_approves": (
        "批准人“{approver}”就是机要员本人（不计空格、全半角、括号和职务）：须由领导批准，"
        "机要员不能批准自己经办的事（篇四 (二)、(五)）。"
    ),
    "approval.date_before_1949": "批准日期不可能早于 1949 年。",
    "approval.date_future": "批准日期不能晚于今天。",
    "approval.date_required": "请填写批准日期。",

    "backup.deep_check_damaged": (
        "{at} 的完整检查发现台账有损坏，不能备份：备份会带上损坏的内容。请先在“检查台账”中"
        "查看问题，必要时从最近的备份恢复。"),
    "backup.folder_is_file": "{folder} 是文件，不是文件夹：请指定备份介质上的文件夹。",
    "backup.folder_is_vault": "备份不能放在台账所在的文件夹：请选择专用备份介质上的文件夹。",
    "backup.generations_range": "保留的备份份数须在 1 到 100 之间。",
    "backup.medium_is_document": "条码 {code} 是一份文件，不是存储介质。",
    "backup.medium_mismatch": (
        "这个备份介质已标识为 {known}，与填写的条码 {code} 不符。请核对介质，或清空条码。"),
    "backup.medium_unregistered": (
        "介质条码 {code} 未在台账中登记。请先登记该备份介质，或不填条码。"
    ),
    "backup.new_passphrase_required": "用恢复码打开的备份，恢复时须设置新口令。",
    "backup.secret_required": "请输入备份的口令或恢复码（二者选一）。",

    "badge.bad_check_digit": "证件条码 {code} 的校验位不对，可能是输错或扫错了。",
    "badge.bad_format": "{code} 不是人员证件条码（应为 {BADGE_PREFIX} 加 9 位数字）。",
    "badge.is_carrier": "{code} 是载体条码，这里要扫人员证件。",
    "badge.unknown": "没有登记证件 {badge} 的人员。",

    "badges.left": "{people}已离岗，不再打印证件。",
    "badges.outside": "{people}是外单位查阅人员，不发证件（篇十二 六）。",
    "badges.no_people": "请先选择要打印证件的人员。",
    "badges.too_many": "一次最多打印 {max} 张证件，请分几次打印。",

    "barcode.bad_characters": "条码只能包含 4–40 个英文字母、数字或符号（不含空格和汉字）。",
    "barcode.bad_check_digit": "条码 {code} 的校验位不对，可能是输错或扫错了。",
    "barcode.badge_format": "{code} 的格式留给人员证件（{BADGE_PREFIX} 开头），不能用作载体条码。",

    "carrier.gone": "{carrier} {status}，不能{doing}。",
    "carrier.listed": "{carrier} 已列入{listed} {number}，移出该清单前不能{doing}。",
    "carrier.missing": "{carrier} 已登记丢失，不能{doing}。",
    "carrier.on_hold": "{carrier} 已冻结，解除冻结前不能{doing}。",
    "carrier.open_incident": "{carrier} 有未结案的异常（{incident}），结案后才能{doing}。",

    "checkpoint.bad_format": "校验码“{code}”的格式不对：应为“序号-四位-四位”，如 1234-AB12-CD34。",

    "circulation.outside_reader": (
        "{people}是外单位查阅人员，只能凭介绍信在档案室或机要室借阅，不列入传阅单（篇十二 六）。"
    ),
    "circulation.all_read": "传阅单 {number} 的传阅人都已阅过 {carrier}。",
    "circulation.already_read": "{person}已阅过 {carrier}（传阅单 {number}）。",
    "circulation.already_returned": "{carrier} 已于 {at} 退回，不在传阅中（重复扫描？）。",
    "circulation.carriers_out": "传阅单 {number} 还有载体未退回：{names}。",
    "circulation.closed": "传阅单 {number} 已经结束。",
    "circulation.hand_out_no_carriers": "请扫描要送阅的载体。",
    "circulation.hand_out_too_many": "一次最多送出 {max} 件。",
    "circulation.is_loan": "{carrier} 是借出，不是传阅，请按借阅归还。",
    "circulation.no_carriers": "请扫描要传阅的载体。",
    "circulation.no_open_slip": "{carrier} 不在任何未结束的传阅单上，请先建立传阅单。",
    "circulation.no_readers": "请扫描传阅人的证件。",
    "circulation.no_such_number": "没有传阅单 {number}。",
    "circulation.no_such_slip": "没有这张传阅单。",
    "circulation.not_a_reader": "{person}不在传阅单 {number} 的传阅人之列。",
    "circulation.not_circulating": "{carrier} 不在传阅中，无需退回。",
    "circulation.not_in_store": "{carrier} 现在不在库，不能传阅。",
    "circulation.not_in_store_for_slip": "{carrier} 现在不在库，不能列入传阅单。",
    "circulation.on_loan": "{carrier} 已借出给{holder}，归还后才能传阅。",
    "circulation.on_other_slip": "{carrier} 已在未结束的传阅单 {other} 上。",
    "circulation.option_missing": "请用 --slip 指定传阅单号。",
    "circulation.readers_refused": "{refusals}",
    "circulation.scanned_twice": "重复扫描：{carrier} 已于 {at} 送给{holder}。",
    "circulation.still_with_reader": (
        "{carrier} 还在{holder}手中。阅后必须先退回机要员，不得横向传阅。"
    ),
    "circulation.too_many_carriers": "一张传阅单最多 {max} 件载体。",
    "circulation.too_many_readers": "一张传阅单最多 {max} 名传阅人。",

    "copy.authority_ref_required": (
        "复制绝密级文件须经主管领导同意，并经制发机关批准："
        "请填写制发机关的批准文号（篇四 (五)）。"
    ),
    "copy.count_range": "复制份数必须是 1 到 {max} 之间的整数。",
    "copy.is_medium": (
        "{carrier} 是涉密介质。复制介质同样须经批准（篇一 6；篇三 十一）：请在复制时填写新介质的"
        "序列号；不能另行登记一个新介质来代替复制。"
    ),
    "copy.medium_one_at_a_time": "{carrier} 是涉密介质：每次复制一个新介质（各有自己的序列号）。",
    "copy.originator_ref_required": (
        "复制{level}级文件须经主管领导同意，并经原制发机关批准："
        "请填写制发机关的批准文号（篇一 6）。"
    ),
    "copy.serial_for_medium": "{carrier} 是纸质文件，复制件没有序列号；序列号只用于复制介质。",
    "copy.top_secret_forbidden": "本单位规定绝密级文件一律不得复制（篇三 十一、篇十二 五）。",

    "copy_numbers.range": "份号范围“{part}”不对：应从小到大且大于 0。",
    "copy_numbers.repeated": "份号重复：{dupes}。",
    "copy_numbers.required": "请填写份号，例如“1”或“3-5”。",
    "copy_numbers.too_many": "一次最多登记 {max} 份。",
    "copy_numbers.unreadable": "份号“{part}”无法识别，请写成“3”或“3-5”。",

    "correction.copies_over_total": "已登记的份号 {over} 超出了新的份数 {total}。",
    "correction.identity_field": "这一项不能更正。编号、条码和份号是载体的身份，不可更改。",
    "correction.level_period": (
        "密级和保密期限不能用“更正”修改：请在台账中选中该载体，用“定密变更…”登记定密机关的"
        "变更或解密决定（机关、文号、日期）；原密级标志会保留在历史中。"
    ),
    "correction.scope_widening_approval": (
        "把知悉范围从“{before}”扩大为“{after}”须经领导批准（篇四 (十一)）：请填写批准人、批准文号和"
        "批准日期。"
    ),

    "date.after_now": "{label}不能晚于现在。",
    "date.before_1949": "{label}不可能早于 1949 年。",
    "date.classified_after_received": "定密日期不能晚于收发时间。",
    "date.classified_before_1949": "定密日期不可能早于 1949 年。",
    "date.format": "{label}应写成 2026-01-31 这样的日期。",
    "date.future": "{label}不能晚于今天。",

    "day_end.note_required": (
        "还有 {n} 件应在今天下班前收回而未收回：请在备注中写明每一件在哪里、为什么没有收回。"
    ),

    "destruction.before_approval": "销毁日期不能早于批准日期：须经批准后销毁。",
    "destruction.clerk_supervises": "监销人不能是机要员本人（{actor}）。",
    "destruction.date_future": "销毁日期不能晚于今天：销毁完成后再办理。",
    "destruction.done": "销毁清单 {number} 已经完成销毁，只能重新打印，不能改动。",
    "destruction.duplicate_supervisors": "监销人重复：{dupes}。须是不同的人。",
    "destruction.empty": "销毁清单 {number} 上还没有载体。",
    "destruction.method": "销毁方式只能是：{methods}。",
    "destruction.no_such": "没有这份销毁清单。",
    "destruction.no_such_number": "没有编号为 {number} 的销毁清单。",
    "destruction.not_on_manifest": "{carrier} 不在销毁清单 {number} 上。",
    "destruction.paper_degauss": (
        "{carrier} 是纸质文件，不能用“消磁/物理销毁”方式销毁；请列入粉碎、焚毁或送销的清单。"
    ),
    "destruction.period_running": (
        "{carrier} 保密期限至 {end} 届满；本单位规定保密期限届满后才能销毁。"
    ),
    "destruction.period_undated": (
        "{carrier} 保密期限（{period}）没有确定的届满日期；本单位规定保密期限届满后才能销毁。"
    ),
    "destruction.scanned_twice": "重复扫描：{carrier} 已在本清单第 {line} 行。",
    "destruction.too_far": "销毁日期最多安排在一年之内。",
    "destruction.too_many_supervisors": "监销人最多 {max} 名。",
    "destruction.two_supervisors": (
        "销毁须有两人以上监销：请填写至少两名监销人（篇三 二十二、篇十二 八）。"
    ),
    "destruction.voided": "销毁清单 {number} 已经作废。",

    "disposition.circulating": "{carrier} 正在传阅（在{holder}手中），不能{doing}。",
    "disposition.duplicate": "重复：{carrier} 已在本次{doing}之中。",
    "disposition.filed": "{carrier} 已归档在案卷 {volume} 中，须先办理出卷才能{doing}。",
    "disposition.filed_somewhere": "{carrier} 已归档在案卷中，须先办理出卷才能{doing}。",
    "disposition.listed": "{carrier} 已列入{listed} {number}，不能{doing}。",
    "disposition.on_open_slip": (
        "{carrier} 在未结束的传阅单 {number} 上，还要送其他传阅人阅；传阅单结束前不能{doing}"
        "（篇四 (十一)）。"
    ),
    "disposition.no_carriers": "请扫描或选择要{doing}的载体。",
    "disposition.no_such_number": "没有编号为 {ref} 的载体。",
    "disposition.on_hold": "{carrier} 已冻结（{reason}），解除冻结前不能{doing}。",
    "disposition.on_loan": "{carrier} 已借给{holder}，尚未归还，不能{doing}。",
    "disposition.status": "{carrier} 现在{status}，不能{doing}。",
    "disposition.too_many": "一次最多{doing} {max} 件。",
    "disposition.unrecognised": "载体无法识别。",

    "due.circulation_same_day": (
        "传阅件须当天归还，最晚 {due}（本单位规定的归还时间，篇九 (四)）；不能定更晚的归还时间。"
    ),
    "due.not_future": "应还时间必须晚于现在。",
    "due.too_far": "应还时间最多在 {max} 天之内。",

    "commitment.template_braces": "承诺书内容中的花括号不成对：每个填写项都须用一对花括号括起来。",
    "commitment.template_field": "承诺书内容中有不认识的填写项 {fields}：只能使用 {known}。",
    "commitment.template_same": "承诺书内容与第 {version} 版相同，无须另存新版本。",

    "departure.already_started": "{person}的离岗手续已经开始办理，请在该手续中继续。",
    "departure.completed": "{person}的离岗手续已经办结。",
    "departure.kind": "离岗类型只能是调离岗位、调动、辞职或退休。",
    "departure.no_such": "没有这项离岗手续。",
    "departure.outstanding": (
        "{person}还有 {count} 件涉密载体未交回或未交接，全部清退后才能办结离岗"
        "（篇七 第十一条；篇三 二十五；篇六 第九条）：{held}。"
    ),

    "exit.none": "{person}不是涉密人员，没有脱密期。",
    "exit.not_later": "脱密期只能延长：新的截止日期须晚于 {ends_on}（{person}）。",

    "form.required": "请填写{label}。",

    "handover.before_approval": "移交日期不能早于批准日期。",
    "handover.clerk_receives": "接收人是接收单位的经手人，不能是机要员本人。",
    "handover.clerk_supervises": "监交人不能是机要员本人（{actor}）。",
    "handover.date_future": "移交日期不能晚于今天：移交完成后再办理。",
    "handover.done": "移交清单 {number} 已经完成移交，只能重新打印，不能改动。",
    "handover.empty": "移交清单 {number} 上还没有载体。",
    "handover.no_such": "没有这份移交清单。",
    "handover.no_such_number": "没有单号为 {number} 的移交清单。",
    "handover.not_on_list": "{carrier} 不在移交清单 {number} 上。",
    "handover.receiver_kind": "移交对象只能是：{kinds}。",
    "handover.scanned_twice": "重复扫描：{carrier} 已在本清单第 {line} 行。",
    "handover.voided": "移交清单 {number} 已经作废。",

    "hold.already": "{carrier} 已经冻结。",
    "hold.already_because": "{carrier} 已经冻结（{reason}）。",
    "hold.not_held": "{carrier} 没有冻结。",
    "hold.status": "{carrier} {status}，不能冻结。",

    "export.file_kind": "{name}：只能导出为 .xlsx 或 .csv 文件。",

    "import.barcode_count": "条码有 {codes} 个，份号有 {copies} 份：每份一个条码，或不填条码。",
    "import.barcode_repeated": "条码 {code} 在文件中重复（第 {first} 行已有）。",
    "import.batch_unknown": "没有第 {batch} 批导入。",
    "import.batch_voided": "第 {batch} 批导入已于 {at} 作废。",
    "import.complete_nothing": "请填写至少一项待补的内容。",
    "import.copy_repeated": "编号 {number} 的份号 {copies} 在文件中重复（第 {first} 行已有）。",
    "import.count_unreadable": "{label}“{value}”不是数字。",
    "import.date_impossible": "日期“{value}”不存在。",
    "import.date_unreadable": (
        "日期“{value}”无法识别，请写成 2026-3-5、2026/03/05、2026.3.5 或 2026年3月5日。"
    ),
    "import.duplicate_document": (
        "文号 {doc_no}（来文机关 {sender}）份号 {copies} 已登记为 {earlier}。"
    ),
    "import.duplicate_in_file": "文号 {doc_no} 份号 {copies} 在文件中重复（第 {first} 行已有）。",
    "import.encoding": "{name} 既不是 UTF-8 也不是 GBK/GB18030 编码，无法读取。",
    "import.file_kind": "{name} 不是 .xlsx 或 .csv 文件。",
    "import.file_missing": "找不到文件 {name}。",
    "import.has_errors": (
        "有 {rows} 行有错误（第一处在第 {first} 行：{message}）。请在文件中改正后重新试运行，"
        "或选择跳过有错误的行。"
    ),
    "import.incomplete": "{carrier} 是导入的旧记录，尚缺（待补）：{fields}。补录后才能{doing}。",
    "import.level_unknown": "密级“{value}”不是台账中的密级。",
    "import.mapping_missing": "请为以下项目指定列：{fields}。",
    "import.mapping_twice": "以下项目指定了不止一列：{fields}。",
    "import.nothing": "文件中没有可导入的行。",
    "import.number_differs": "编号 {number} 与第 {first} 行相同，但文件内容不同。",
    "import.number_taken": "编号 {number} 已在台账中。",
    "import.period_conflict": "密级标志“{marking}”与保密期限“{period}”不一致。",
    "import.period_unreadable": "保密期限“{value}”无法识别，请写成“10年”“6个月”“长期”或日期。",
    "import.safe_required": "{level}载体只能存放在保密柜中，“{location}”不是保密柜。",
    "import.status": "状态“{status}”的载体不能导入：只导入在库的载体。",
    "import.too_many_rows": "文件超过 {max} 行，请分几次导入。",
    "import.void_moved": "以下载体导入后已有流转，整批不能作废：{carriers}。",
    "import.xlsx_unreadable": "{name} 不是可读取的 Excel（.xlsx）文件。",

    "incident.closed": "这条异常已于 {at} 结案。",
    "incident.no_such": "没有这条异常记录。",
    "incident.loss_needs_outcome": "丢失只能以“找回”（扫描载体并放回存放位置）或“查处结论”结案。",

    "label_template.count_range": "标签模板“{who}”：{label}应在 1 到 30 之间。",
    "label_template.dpi": "标签模板“{who}”：打印机分辨率应在 100 到 1200 dpi 之间。",
    "label_template.name_required": "请为标签模板起一个名字。",
    "label_template.negative": "标签模板“{who}”：{label}不能是负数。",
    "label_template.no_such": "没有名为“{name}”的标签模板。可用的有：{names}。",
    "label_template.positive": "标签模板“{who}”：{label}必须大于 0 mm。",
    "label_template.size_not_number": "标签模板“{name}”的尺寸不是数字。",
    "label_template.too_low": "标签模板“{name}”：标签太矮，放不下可扫描的条码。",
    "label_template.too_small": (
        "标签模板“{who}”：标签 {label_w:g}×{label_h:g} mm 太小，"
        "至少需要 {min_w:g}×{min_h:g} mm 才能放下条码和密级标志。"
    ),
    "label_template.too_tall": (
        "标签模板“{who}”：{rows} 行标签连同上边距和间距共高 {used_h:g} mm，"
        "超出了纸高 {page_h:g} mm。"
    ),
    "label_template.too_wide": (
        "标签模板“{who}”：{cols} 列标签连同左边距和间距共宽 {used_w:g} mm，"
        "超出了纸宽 {page_w:g} mm。"
    ),
    "label_template.unreadable": "标签模板的内容无法识别。",

    "labels.code_characters": "条码“{code}”只能包含英文字母、数字和符号。",
    "labels.code_too_long": "条码“{code}”太长，这种标签放不下可扫描的条码；请换用更宽的标签。",
    "labels.gone_unconfirmed": (
        "{carriers} 已不在本单位保管，补打标签须先确认；补打的标签注明“补打”。"
    ),
    "labels.margin_range": "可打印边距应在 0 到 {max:g} mm 之间。",
    "labels.none_chosen": "请先选择要打印标签的载体。",
    "labels.nothing": "没有要打印的标签。",
    "labels.offset_range": "校准偏移不能超过 ±{max:g} mm。",
    "labels.offset_unreadable": "校准偏移“{text}”无法识别，请写成“DX,DY”（毫米），例如“0.5,-1”。",
    "labels.range_empty": "编号 {range} 范围内没有载体。",
    "labels.single_start": "单张标签没有起始位置可选，请从 1 开始。",
    "labels.skip_outside": "要跳过的位置 {bad} 不在 1 到 {n} 之间。",
    "labels.skip_range": "要跳过的位置“{part}”不对：应从小到大且大于 0。",
    "labels.skip_unreadable": "要跳过的位置“{part}”无法识别，请写成“3, 5, 7-9”。",
    "labels.start_range": "起始位置应在 1 到 {n} 之间（这种标签纸每张 {n} 个）。",
    "labels.too_many": "一次最多打印 {max} 张标签，请缩小范围分几次打印。",

    "level.unknown": "未知的密级：{code}。",

    "level_change.already_declassified": (
        "{number} 已解密（纳入非密管理），不能再变更密级或保密期限。"
    ),
    "level_change.before_classified": "变更日期不能早于 {number} 的定密日期（{date}）。",
    "level_change.date_future": "变更日期不能晚于今天。",
    "level_change.decision": "变更决定只能是：{decisions}。",
    "level_change.level_required": "请选择新的密级。",
    "level_change.period_required": "请填写新的保密期限。",
    "level_change.same_level": "{number} 现在就是{level}级，密级没有变化。",
    "level_change.same_period": "{number} 的密级标志现在就是“{marking}”，保密期限没有变化。",
    "level_change.use_declassify": "解除密级请选择“解密”，并填写决定解密的机关、文号和日期。",

    "loan.already_returned": "{carrier} 已于 {at} 归还，没有借出（重复扫描？）。",
    "loan.circulating": "{carrier} 正在传阅，在{holder}手中。",
    "loan.is_circulation": "{carrier} 是传阅，不是借出，请按传阅退回。",
    "loan.media_other_department": (
        "{carrier} 的责任人{keeper}属于{owner}，{person}属于{department}。本单位规则不允许把涉密"
        "介质借给其他部门（篇十一 (二)4：专人专用）；确需借出，须先在“设置”中更改本单位规则。"
    ),
    "loan.no_carriers": "请扫描要借阅的载体。",
    "loan.no_take_out": "{carrier} 是国家秘密（{level}），不准带出（篇一 7）。只能在机要室内阅读。",
    "loan.not_in_store": "{carrier} 现在不在库，不能借阅。",
    "loan.not_lent": "{carrier} 没有借出，无需归还。",
    "loan.on_loan": "{carrier} 已借给{holder}，尚未归还。",
    "loan.place_required": "带出机要室须填写带往的地点。",
    "loan.scanned_twice": "重复扫描：{carrier} 已在本次借阅中。",
    "loan.scanned_twice_lent": "重复扫描：{carrier} 已于 {at} 借给{person}。",
    "loan.self_approved": (
        "批准人“{approver}”就是借阅人{person}本人：借阅须由领导批准，"
        "不能自己批准自己（篇四 (二)）。"
    ),
    "loan.too_many": "一次最多借阅 {max} 件。",

    "media.serial_taken": (
        "序列号 {serial} 已登记为介质 {number} {title}（序列号 {existing}）。同一介质只登记一次"
        "（篇十一 (二)4）；如是另一件介质，请核对序列号。"
    ),

    "location.exists": "已经有名为“{name}”的存放位置。",
    "location.kind": "存放位置类型只能是保密柜、文件柜、机要室或其他。",
    "location.unknown": "没有名为“{location}”的存放位置。",
    "location.unknown_add": "没有名为“{location}”的存放位置，请先在设置中添加。",

    "inventory.closed": "清查 {number} 已结束，不能再扫描、确认或结束。",
    "inventory.confirm_not_present": "条码 {code} 在本次清查中还没有作为在位载体扫描，请先扫描。",
    "inventory.incomplete_needs_note": "页数或附件不齐全时，请写明缺少什么。",
    "inventory.no_such_check": "没有这次清查。",
    "inventory.nothing_expected": "清查范围（{scope}）内没有在管的载体，无需清查。",
    "inventory.one_open": "清查 {number} 还没有结束：同一时间只进行一次清查。",
    "inventory.option_missing": "请用 --check 指定清查的编号或序号。",
    "inventory.person_unknown": (
        "台账中没有“{person}”：既不是登记的人员，也没有登记在其名下或由其持有的载体。"),
    "inventory.scope_unknown": "请选择清查范围。",
    "inventory.scope_value_required": "请填写要清查的{scope}。",
    "inventory.volume_unknown": "没有案卷号为 {volume} 的案卷。",
    "loss.found_location_required": "找回的载体须放回一个存放位置，请选择存放位置。",
    "loss.found_scan_required": "请扫描找回的载体条码：找回须以载体在手为准。",
    "loss.found_wrong_carrier": "扫到的是 {carrier}，不是丢失的 {lost}。",
    "loss.none_for_carrier": "载体 {carrier} 没有登记过丢失。",
    "loss.option_missing": "请用 --loss 指定异常编号，或丢失载体的条码或编号。",
    "loss.not_a_loss": "这条异常不是丢失，请用“结案”办理。",
    "loss.report_before_discovery": "上报时间不能早于发现时间。",
    "loss.returned_while_lost": (
        "{carrier} 已登记丢失。如已找回，请在“异常”页以“找回”结案（扫描载体并放回存放位置）。"
    ),
    "loss.time_before_1949": "{label}不可能早于 1949 年。",
    "loss.time_future": "{label}不能晚于现在。",

    "number.range": "{label}必须是 1 到 {hi} 之间的整数。",
    "number.range_100000": "{label}必须是 1 到 100000 之间的整数。",

    "number_format.clash": (
        "编号 {number} 已被另一项登记使用。请在设置中检查各登记簿的编号格式，使它们互不相同。"
    ),
    "number_format.field": (
        "编号格式中的“{{{name}:{spec}}}”不可用。流水号可写 {{seq}} 或 {{seq:04d}}。"
    ),
    "number_format.fields": "编号格式必须含有 {{seq}}，且只能使用 {{year}}、{{reg}}、{{seq}}。",
    "number_format.result": "编号格式生成的编号过长或含有不可见字符。",
    "number_format.unreadable": "编号格式“{fmt}”无法识别。可用：{{year}} {{reg}} {{seq:04d}}。",
    "number_format.year": "编号格式必须含有 {{year}}：流水号每年从 1 开始，没有年份会重号。",

    "passphrase.classes": (
        "口令须包含小写字母、大写字母、数字、其他字符（符号、汉字等）四类中的至少 {min} 类，"
        "现只有 {count} 类。"
    ),
    "passphrase.common": (
        "这是常见口令或键盘排列（如 Password123、Qwerty12345），很容易被猜中（篇十一 (二)2）。"
        "请换一个不常见的口令。"
    ),
    "passphrase.contains_name": "口令不能包含您的姓名。",
    "passphrase.control_character": "口令含有不可见的控制字符，请重新输入。",
    "passphrase.empty": "口令不能为空。",
    "passphrase.mismatch": "两次输入的口令不一致。",
    "passphrase.old_required": "请输入原口令。",
    "passphrase.required": "请输入口令。",
    "passphrase.same": "新口令不能与原口令相同。",
    "passphrase.too_long": "口令过长：最多 {max} 个字符，现有 {count} 个。",
    "passphrase.too_short": "口令太短：至少 {min} 个字符，现有 {count} 个。",

    "period.condition_required": "请填写解密条件。",
    "period.date_before_classified": "解密日期必须晚于定密日期。",
    "period.date_before_receipt": (
        "解密日期必须晚于保密期限的起算日 {start}（未填定密日期，自收文日期起算）。"
    ),
    "period.date_over_level": "{level}级事项的解密日期不能晚于定密日期后{years}年。",
    "period.date_over_level_from_receipt": (
        "未填定密日期，保密期限自收文日期 {start} 起算：{level}级事项最长 {years} 年，"
        "解密日期不能晚于 {latest}（保密法 第十五条）。"
    ),
    "period.date_required": "请填写解密日期。",
    "period.over_level": "{level}级事项的保密期限一般不超过{years}年；更长的期限请选择“长期”。",
    "period.positive": "保密期限必须是正整数。",
    "period.too_long": "保密期限最多 {max} 年；更长的期限请选择“长期”。",
    "period.unreadable": "保密期限的写法不对，请重新选择。",

    "personnel.outside_place": (
        "外单位人员{person}只能在档案室或机要室查阅，不能带出（篇十二 六）。"
    ),
    "personnel.date": "{label}不能晚于今天，也不能早于 1949 年。",
    "personnel.self_review": "{person}不能审查自己（篇七 第七条）。",

    "person.already_left": "{person}已于 {left_on} 登记离岗。",
    "person.duplicate": "{department}已登记同名同岗位的在岗人员{name}，请勿重复登记。",
    "person.grade": "涉密等级只能是核心、重要、一般或非涉密。",
    "person.grade_too_low": (
        "{person}是{grade}涉密人员，只能知悉{top}级及以下；{carrier} 是{level}级。"
    ),
    "person.grade_self_approved": (
        "{person}不能批准调整自己的涉密等级，须由领导批准（篇七 第六条）。"
    ),
    "person.holds_carriers": (
        "{person}还持有 {count} 件涉密载体，须全部交回后才能办理离岗：{held}。"
    ),
    "person.keeps_carriers": (
        "{person}还是 {count} 件在管载体的责任人或经办人，须先交接（更正责任人）后才能办理离岗"
        "（篇七 第六条；篇三 二十五）：{held}。"
    ),
    "person.identity_field": "这一项不能更正。证件条码是人员的身份，不可更改。",
    "person.left": "{person}已离岗（{left_on}），不能再阅或借涉密载体。",
    "person.left_on": "离岗日期不对。",
    "person.name_ambiguous": "有 {count} 人名为“{who}”，请用证件号：{people}",
    "person.no_such": "没有这个人员。",
    "person.no_such_name": "没有名为“{who}”的人员。",
    "person.not_cleared": "{person}不是涉密人员，不能知悉{level}级载体 {carrier}。",
    "person.regrade_holds_higher": (
        "{person}还持有或负责 {count} 件高于{grade}涉密人员可知悉级别的载体，须先交回或更换责任人"
        "才能调整为{grade}（篇七 第六条）：{held}。"
    ),
    "person.option_missing": "请用 --person 指定人员证件号或姓名。",

    "print.date_range_reversed": "登记日期的起点晚于终点。",
    "print.filter_date_level": "{title}只能按日期和密级筛选。",
    "print.marking_below_listed": (
        "标志密级不能低于所列载体的最高密级：所列载体有{listed}，不能标为{marking}。"
    ),
    "print.marking_not_level": "“{value}”不是密级。标志密级须是以下之一：{levels}。",
    "print.no_custody_records": "这本台账还没有人员、传阅和借阅记录。",
    "print.no_disposition_records": "这本台账还没有复制、归档、清退和销毁记录。",
    "print.no_inventory_records": "这本台账还没有清查记录。",
    "print.no_such_register": "没有名为“{key}”的登记簿。",
    "print.pages_negative": "页数不能为负数。",
    "print.register_unavailable": "登记簿“{key}”还不能打印。",
    "print.table_too_wide": "表格的列太多或太宽，A4 横向放不下。",
    "print.unknown_kind": "未知的载体类型：{e}。",
    "print.unknown_status": "未知的状态：{value}。",

    "range.ends_required": "请填写编号范围的起止编号。",
    "range.not_found": "找不到编号“{raw}”。编号范围请写成“起始编号~结束编号”。",
    "range.required": "请填写编号范围，例如“2026-收-0001~2026-收-0010”。",
    "range.reversed": "编号范围“{first} 至 {last}”的起始编号大于结束编号。",
    "range.too_long": "编号太长了，请检查。",
    "range.unreadable": "编号范围“{raw}”无法识别：只能有一个起点和一个终点。",

    "recovery_code.character": (
        "恢复码有误：含有无效字符“{ch}”。恢复码只由数字 0–9 和字母（不含 I、L、O、U）组成，"
        "请对照打印的恢复码重新输入。"
    ),
    "recovery_code.checksum": (
        "恢复码有误：校验不符，至少有一个字符输错了。请逐组对照打印的恢复码检查。"
    ),
    "recovery_code.length": (
        "恢复码有误：应为 {CODE_CHARS} 个字符（6 组，每组 5 个），现为 {count} 个。"
        "请检查是否漏输或多输了一组。"
    ),

    "registration.barcode_taken": "条码 {code} 已经登记给另一件载体。",
    "registration.channel": "发送方式只能是：{channels}。",
    "registration.copies_over_total": "份号 {over} 超出了份数 {total}。",
    "registration.copies_repeated": "份号重复。",
    "registration.copy_line_number": "第 {line} 行的份号“{head}”不是数字。写法：份号:收件单位",
    "registration.courier_repeated": "送达人不能重复填写同一个人。",
    "registration.couriers_too_long": "送达人合计过长：最多 400 个字。",
    "registration.duplicate": (
        "这份文件已经登记过：来文机关“{sender}”的 {doc_no}，{earlier}。重复登记会产生并不存在的"
        "载体（篇三 八）。如确是再次收到同一份文件，请填写再次收文原因。"
    ),
    "registration.generated_barcode": (
        "条码 {code} 是本系统为载体自动生成的格式，不能作为介质自带的条码。"
    ),
    "registration.level_declassified": "“非密”只能经解密得到；登记时请选择文件标注的密级。",
    "registration.level_required": "请选择密级。",
    "registration.media_kind": "请选择介质类型：U盘、光盘、移动硬盘或其他介质。",
    "registration.no_copies": "请至少登记一份。",
    "registration.recipients_too_long": "收件单位合计过长：最多 {LONG} 个字，请分批登记。",
    "registration.too_many_copies": "一次最多登记 1000 份。",
    "registration.two_couriers": "绝密级文件必须由两人以上送达，请填写两名送达人。",

    "return.pages_range": "清点页数必须是 0 到 100000 之间的整数。",

    "return_list.confirmed": "清退单 {number} 已经确认清退，不能再改动。",
    "return_list.no_such": "没有这张清退单。",
    "return_list.recipient_required": "这些载体的来文机关不同（或没有登记），请填写退往机关。",
    "return_list.voided": "清退单 {number} 已经作废。",

    "scan.badge_not_carrier": "{code} 是人员证件，这里要扫载体条码。",
    "scan.carrier_missing": "请扫描载体条码。",
    "scan.no_such_carrier": "没有条码为 {code} 的载体。",
    "scan.twice": "{label} {c} 扫了两次。",

    "scope.missing": "{carrier} 没有登记知悉范围，不能传阅或借阅。请先更正“知悉范围”。",
    "scope.outside": (
        "{person}（{who}）不在 {carrier} 的知悉范围（{scope}）内。扩大知悉范围须经领导批准，"
        "并先更正“知悉范围”。"
    ),
    "scope.outside_unplaced": (
        "{person}不在 {carrier} 的知悉范围（{scope}）内。扩大知悉范围须经领导批准，"
        "并先更正“知悉范围”。"
    ),

    "own_file.output": (
        "不能写入 {path}：此文件是{what}，覆盖它会造成台账数据永久丢失。"
        "该文件未被改动；请另选文件名或位置。"
    ),
    "own_file.restore_target": (
        "不能恢复到 {path}：此文件是{what}，不是台账文件。该文件未被改动；"
        "请指定台账文件的位置（如 ledger.mjdb）。"
    ),

    "search.bad_character": "检索内容含有无效字符（{code}），请重新输入。",
    "search.too_long": "检索内容过长：最多 {max} 个字，现有 {length} 个字。",

    "staging.mixed": "传阅单上的载体要按传阅送出，其他载体按借阅办理：请按 Esc 清除，再分开扫描。",
    "staging.no_badge": "请扫描借阅人的证件，再按回车。",
    "staging.no_carriers": "请扫描要借出或送阅的载体。",
    "staging.person_left": "{person} 已于 {left_on} 离岗，不能再阅或借涉密载体。",
    "staging.scanned_twice": "重复扫描：{number} 已在本次办理中。",

    "text.control_character": "{label}含有不可见的控制字符（U+{codepoint:04X}），请重新输入。",
    "text.unprintable": (
        "{label}中的字符“{char}”（U+{codepoint:04X}）无法打印，请改用常用字或加以说明。"),
    "text.too_long": "{label}过长：最多 {limit} 个字，现有 {count} 个字。",

    "storage.safe_required": (
        "{carrier} 是{level}级，只能存放在保密柜（保险柜）里（篇六 第三条；篇四 (六)）；"
        "“{location}”是{kind}。请选一个保密柜。"
    ),
    "storage.safe_required_unplaced": (
        "{carrier} 是{level}级，在库时只能存放在保密柜（保险柜）里（篇六 第三条；篇四 (六)）："
        "请指定存放它的保密柜。"
    ),

    "summary.period_required": (
        "管理情况报告须指定期间：起止日期（如 --from 2026-01-01 --to 2026-06-30）。"
    ),
    "training.duplicate": "{person}在 {held_on} 的“{topic}”培训已经登记过。",
    "training.hours": "培训学时须大于 0，且不超过 {max} 小时。",
    "training.no_people": "请选择参加培训的人员。",

    "unit_rule.integer": "“{label}”须是整数。",
    "unit_rule.range": "“{label}”须在 {low} 到 {high}{suffix} 之间。",
    "unit_rule.time": "“{label}”须是 时:分 形式的时间，如 18:00。",
    "unit_rule.unknown": "没有名为“{key}”的本单位规则。",
    "unit_rule.yes_no": "“{label}”只能是“是”或“否”。",

    "volume.already_filed": "{carrier} 已归档在案卷 {volume} 中。",
    "volume.already_filed_elsewhere": "{carrier} 已归档在另一案卷中。",
    "volume.no_such": "没有这个案卷。",
    "volume.not_filed": "{carrier} 没有归档在任何案卷中。",
    "volume.not_filed_status": "{carrier} 现在不是已归档状态。",
    "volume.number_used": "案卷号 {number} 已经使用。",
    "volume.retention": "保管期限只能是永久、长期或短期。",
    "volume.separate_top_secret_only": (
        "案卷 {volume} 是绝密专卷，只能归入绝密级载体；{carrier} 不是绝密级。"
    ),
    "volume.top_secret_only_separate": (
        "{carrier} 是绝密级，只能归入绝密专卷；案卷 {volume} 不是绝密专卷（篇三 七："
        "绝密级密件必须单独立卷）。"
    ),
    "volume.unfile_on_hold": "{carrier} 已冻结，解除冻结前不能出卷。",
    "volume.unfile_on_loan": "{carrier} 已借给{holder}，归还后才能出卷。",
    "volume.year": "年度不对。",
}


# Words of the domain that refusals take as parameters (field labels, actions, statuses, levels…);
# the screen translates them, the clerk's own data it shows as it is.
WORDS: Final[frozenset[str]] = frozenset((
    # actions ("cannot be {doing}")
    "借阅", "传阅", "复制", "归档", "出卷", "清退", "销毁", "冻结", "解除冻结", "移出",
    "移交", "定密变更",
    "借阅", "传阅", "复制", "归档", "出卷", "清退", "销毁", "冻结", "解除冻结", "移出", "报告丢失",
    # what was scanned twice
    "载体", "证件",
    # statuses ("is {status}")
    "在库", "传阅中", "借出", "已归档", "已发出", "已清退", "已移交", "已销毁", "丢失",
    # lists a carrier can be on
    "清退单", "销毁清单", "移交清单",
    # levels
    "绝密", "机密", "秘密", "内部", "核心商密", "普通商密", "非密",
    # clearance grades
    "核心", "重要", "一般", "非涉密",
    # destruction methods, sending channels
    "粉碎", "焚毁", "送保密行政管理部门销毁", "消磁/物理销毁", "机要通信", "专人送达", "机要交通",
    "其他",
    "登记簿的密级标志",
    # our own files an output may not overwrite
    "当前打开的台账文件", "当前打开的台账的密钥文件", "当前打开的台账的日志或临时文件",
    "台账备份或备份清单", "台账文件（旁边有它的密钥文件）", "台账的密钥文件",
    "台账的日志或临时文件",
    "台账的备份快照", "备份文件夹中的文件",
    "台账备份", "数据库文件", "台账密钥文件", "台账备份清单",
    # inventory scopes
    "全部载体", "密级", "案卷", "人员",
    # field labels
    "清查结论", "说明",
    "专用用途", "产生机关", "份号", "份数", "作废原因", "借阅事由", "冻结依据", "冻结原因",
    "出卷事由", "制发机关", "制发机关批准文号", "发文时间", "发送方式", "名称", "处理结果", "备注",
    "复制事由", "姓名", "存放位置", "存放位置名称", "定密日期", "容量", "岗位", "带出批准人",
    "带出批准文号", "带出批准日期", "序列号", "归还说明", "批准人", "批准文号", "批准日期",
    "接收人", "收件单位", "收文时间", "文号", "更正理由", "来文机关", "标题或主要内容", "案卷号",
    "案卷题名", "清退依据", "监销人", "知悉范围", "离岗原因", "移出原因", "经办人", "结束原因",
    "解密条件", "解除说明", "责任人", "退往机关", "送达人", "部门", "销毁地点", "销毁日期",
    "阅办意见", "阅读地点", "附件", "页数", "涉密等级", "单位名称", "机要员姓名", "签发人",
    "阅办意见", "阅读地点", "附件", "页数", "涉密等级", "单位名称", "机要员姓名",
    "丢失经过", "发现人", "发现时间", "上报时间", "上报单位", "上报文号", "找回情况", "结论文号",
    "查处结论", "发现丢失后须在多长时间内上报", "小时",
    "阅办意见", "阅读地点", "附件", "页数", "再次收文原因", "涉密等级", "单位名称", "机要员姓名",
    # label template sizes
    "纸宽", "纸高", "标签宽", "标签高", "左边距", "上边距", "横向间距", "纵向间距", "列数", "行数",
    # registers
    "传阅登记簿", "借阅登记簿", "涉密载体持有清单", "复制登记簿", "案卷目录", "清退清单",
    "涉密载体销毁清单", "密级变更登记簿", "卷内目录",
    # handover and level change: receivers, decisions, field labels
    "档案部门", "其他单位", "变更密级", "变更保密期限", "解密", "接收单位", "移交依据", "监交人",
    "移交日期", "变更机关", "变更文号", "变更日期",
    # words of refusals merged from other branches: the desk's combined action, the unit rules
    # and the units of a rule's range
    "借阅或传阅", "修改原因", "允许复制绝密级载体（须领导批准和制发机关批准）",
    "复制机密级载体也须经原制发机关批准", "允许经领导批准携带国家秘密载体外出",
    "传阅件当天归还的时间", "借阅件当天归还的时间", "保密期限届满（或已解密）后才能列入销毁清单",
    "允许连续输错口令的次数", "输错后锁定的时长", "无操作多久后自动锁定", "分钟", "次",
    # rules of people, media, storage and passphrases (issue 13)
    # import and export (issue 18)
    "编号", "条码", "密级", "保密期限", "标题", "收文日期", "日期", "状态", "导出",
    "提议人", "批准领导", "专用计算机", "保密柜", "文件柜", "机要室",
    # classified personnel (issue 16)
    "调整理由", "审核的部门负责人", "审查日期", "审查人", "培训日期", "培训内容", "离岗日期",
    "延长理由", "脱密期截止日期", "承诺书内容", "签订日期", "查阅人所在单位", "介绍信编号",
    "允许把涉密介质借给责任人所在部门以外的人员", "口令使用多久后提醒更换", "天",
))


def render(code: str, params: Mapping[str, object]) -> str:
    """The Chinese text of a refusal; an unknown code is taken as the text itself."""
    template = REFUSALS.get(code)
    if template is None:
        return code
    return template.format(**{k: _chinese(v) for k, v in params.items()})


def _chinese(value: object) -> object:
    if isinstance(value, list | tuple):
        if value and all(hasattr(v, "message") for v in value):  # refusals nested in one
            return "\n".join(str(v.message) for v in value)
        return LIST_SEPARATOR.join(map(str, value))
    return value
