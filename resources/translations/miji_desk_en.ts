<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AppController</name>
    <message>
        <source>（还可以再试 {n} 次）</source>
        <translation> ({n} attempt(s) left)</translation>
    </message>
    <message>
        <source>台账旁有不属于它的日志文件，已改名保留（未删除，也未用于台账）：{names}</source>
        <translation>Journal files beside the vault that are not its own were renamed and kept (not deleted, not applied to the vault): {names}</translation>
    </message>
    <message>
        <source>
台账文件：{path}。请联系管理员，用“从备份恢复”取回最近一次备份。</source>
        <translation>
Ledger file: {path}. Ask your administrator to use “Restore from backup” to recover the latest backup.</translation>
    </message>
    <message>
        <source>正在制作演示台账，请稍候…</source>
        <translation>Making the demo ledger, please wait…</translation>
    </message>
    <message>
        <source>无法制作演示台账。</source>
        <translation>The demo ledger could not be made.</translation>
    </message>
    <message>
        <source>上次打开这本台账的程序（进程号 {pid}）没有正常退出，它留下的占用标记已被接管。</source>
        <translation>The program that last opened this ledger (process {pid}) did not exit normally; its in-use mark has been taken over.</translation>
    </message>
    <message>
        <source>解锁次数记录丢失或被改动，为防止绕过输错次数限制，本次只能使用恢复码解锁。</source>
        <translation>The record of failed unlock attempts is missing or was changed. So that the limit cannot be bypassed, only the recovery code can unlock this time.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>备份到专用介质…</source>
        <translation>Back Up to Dedicated Medium…</translation>
    </message>
    <message>
        <source>检查备份文件…</source>
        <translation>Verify Backup File…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from Backup…</translation>
    </message>
    <message>
        <source>检查台账完整性</source>
        <translation>Check Ledger Integrity</translation>
    </message>
    <message>
        <source>核对校验码…</source>
        <translation>Verify checkpoint codes…</translation>
    </message>
    <message>
        <source>更改口令…</source>
        <translation>Change Passphrase…</translation>
    </message>
    <message>
        <source>更换恢复码…</source>
        <translation>Renew Recovery Code…</translation>
    </message>
    <message>
        <source>口令自 {since} 起已使用超过 {days} 天，请及时更换（篇十一 (二)2）。</source>
        <translation>The passphrase has been in use since {since}, more than {days} days: please change it (Part 11 (2)2).</translation>
    </message>
    <message>
        <source>修改口令…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>尚未备份</source>
        <translation>Never backed up</translation>
    </message>
    <message>
        <source>今天已备份</source>
        <translation>Backed up today</translation>
    </message>
    <message>
        <source>上次备份：{n} 天前</source>
        <translation>Last backup: {n} days ago</translation>
    </message>
    <message>
        <source>，请及时备份</source>
        <translation> — please back up now</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from Backup</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>备份台账</source>
        <translation>Back Up the Ledger</translation>
    </message>
    <message>
        <source>备份写入专用备份介质上的文件夹。备份经过加密，用当前口令或恢复码可在任何一台计算机上打开；写入后会回读校验。</source>
        <translation>The backup is written to a folder on the dedicated backup medium. It is encrypted and opens on any computer with the current passphrase or the recovery code; it is read back and checked after writing.</translation>
    </message>
    <message>
        <source>备份位置(&amp;F)：</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <source>专用备份介质上的文件夹</source>
        <translation>A folder on the dedicated backup medium</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>台账口令(&amp;P)：</source>
        <translation>Ledger &amp;passphrase:</translation>
    </message>
    <message>
        <source>再次输入当前口令，备份用它加密</source>
        <translation>Enter the current passphrase again; the backup is encrypted with it</translation>
    </message>
    <message>
        <source>介质条码(&amp;B)：</source>
        <translation>Medium &amp;barcode:</translation>
    </message>
    <message>
        <source>可选：扫描已登记的备份介质的条码</source>
        <translation>Optional: scan the barcode of the registered backup medium</translation>
    </message>
    <message>
        <source>保留份数：</source>
        <translation>Generations kept:</translation>
    </message>
    <message>
        <source>保留本台账最近 {n} 份备份，更早的自动删除</source>
        <translation>The latest {n} backups of this ledger are kept; older ones are deleted</translation>
    </message>
    <message>
        <source>开始备份(&amp;S)</source>
        <translation>&amp;Start Backup</translation>
    </message>
    <message>
        <source>正在制作快照…</source>
        <translation>Taking a snapshot…</translation>
    </message>
    <message>
        <source>正在校验快照…</source>
        <translation>Checking the snapshot…</translation>
    </message>
    <message>
        <source>正在写入备份介质…</source>
        <translation>Writing to the backup medium…</translation>
    </message>
    <message>
        <source>正在回读校验…</source>
        <translation>Reading back and checking…</translation>
    </message>
    <message>
        <source>正在完成并整理旧备份…</source>
        <translation>Finishing and removing old backups…</translation>
    </message>
    <message>
        <source>选择备份位置</source>
        <translation>Choose the Backup Folder</translation>
    </message>
    <message>
        <source>请选择备份位置。</source>
        <translation>Please choose the backup folder.</translation>
    </message>
    <message>
        <source>请输入当前台账的口令。</source>
        <translation>Please enter the ledger&apos;s current passphrase.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>备份完成并已校验：{file}（{size}），载体 {n} 件，审计校验码 {code}。</source>
        <translation>Backup made and verified: {file} ({size}), {n} carriers, audit checkpoint {code}.</translation>
    </message>
    <message>
        <source>已删除 {n} 个旧文件。</source>
        <translation> {n} old files deleted.</translation>
    </message>
    <message>
        <source>备份已取消。没有留下未完成的文件，台账没有改动。</source>
        <translation>Backup cancelled. No unfinished file was left behind; the ledger is unchanged.</translation>
    </message>
    <message>
        <source>备份已完成并校验：{file}。</source>
        <translation>Backup made and verified: {file}.</translation>
    </message>
</context>
<context>
    <name>BackupReport</name>
    <message>
        <source>文件：{file}（{size}）</source>
        <translation>File: {file} ({size})</translation>
    </message>
    <message>
        <source>制作时间：{time}</source>
        <translation>Made: {time}</translation>
    </message>
    <message>
        <source>单位：{unit}</source>
        <translation>Unit: {unit}</translation>
    </message>
    <message>
        <source>软件版本：{app}，数据结构版本：{schema}</source>
        <translation>Software version: {app}, schema version: {schema}</translation>
    </message>
    <message>
        <source>载体：{n} 件；登记：{d} 份；经历记录：{e} 条</source>
        <translation>Carriers: {n}; registrations: {d}; history events: {e}</translation>
    </message>
    <message>
        <source>审计链：{n} 条，校验码 {code}</source>
        <translation>Audit chain: {n} entries, checkpoint {code}</translation>
    </message>
    <message>
        <source>备份介质条码：{code}</source>
        <translation>Backup medium barcode: {code}</translation>
    </message>
    <message>
        <source>按密级：</source>
        <translation>By level: </translation>
    </message>
    <message>
        <source>按状态：</source>
        <translation>By status: </translation>
    </message>
    <message>
        <source>SHA-256：{sha}</source>
        <translation>SHA-256: {sha}</translation>
    </message>
    <message>
        <source>在库</source>
        <translation>In store</translation>
    </message>
    <message>
        <source>传阅中</source>
        <translation>Circulating</translation>
    </message>
    <message>
        <source>借出</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>已发出</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>已清退</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>已移交</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>已销毁</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>丢失</source>
        <translation>Missing</translation>
    </message>
</context>
<context>
    <name>BugReport</name>
    <message>
        <source>程序发生了意外错误（{kind}），刚才的操作没有完成。</source>
        <translation>An unexpected error occurred ({kind}); the last action was not completed.</translation>
    </message>
    <message>
        <source>台账保持一致：每项更改都在一个事务中完成，未完成的更改已全部撤销。</source>
        <translation>The ledger is consistent: every change runs in one transaction, and the unfinished change was undone completely.</translation>
    </message>
    <message>
        <source>可以继续工作；如再次出现，请告知系统管理员。</source>
        <translation>You can continue working; if this happens again, tell the system administrator.</translation>
    </message>
    <message>
        <source>错误记录（不含台账内容）：{path}</source>
        <translation>Error log (no ledger content): {path}</translation>
    </message>
    <message>
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>{done} / {total} MB</source>
        <translation>{done} / {total} MB</translation>
    </message>
    <message>
        <source>{done} / {total} 行</source>
        <translation>{done} / {total} rows</translation>
    </message>
    <message>
        <source>，约剩 {seconds} 秒</source>
        <translation>, about {seconds} s left</translation>
    </message>
</context>
<context>
    <name>CarrierListModel</name>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>密级★期限</source>
        <translation>Level★period</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>份号</source>
        <translation>Copy no.</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>（冻结）</source>
        <translation> (on hold)</translation>
    </message>
</context>
<context>
    <name>Circulation</name>
    <message>
        <source>{name}（{department}）</source>
        <translation>{name} ({department})</translation>
    </message>
</context>
<context>
    <name>CirculationDesk</name>
    <message>
        <source>借阅与传阅(&amp;C)</source>
        <translation>&amp;Circulation</translation>
    </message>
    <message>
        <source>扫描</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>扫描载体条码或人员证件；也可输入条码后按回车。扫完按回车确认，Esc 清除</source>
        <translation>Scan a carrier or a badge, or type a code and press Enter. Enter confirms, Esc clears</translation>
    </message>
    <message>
        <source>确认(回车)</source>
        <translation>Confirm (Enter)</translation>
    </message>
    <message>
        <source>清除(Esc)</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <source>新建传阅单…</source>
        <translation>New circulation slip…</translation>
    </message>
    <message>
        <source>打印传阅单…</source>
        <translation>Print circulation slip…</translation>
    </message>
    <message>
        <source>结束传阅单…</source>
        <translation>Close slip…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>未结束的传阅单</source>
        <translation>Open circulation slips</translation>
    </message>
    <message>
        <source>没有登记证件 {badge} 的人员。</source>
        <translation>No person has the badge {badge}.</translation>
    </message>
    <message>
        <source>没有条码为 {code} 的载体。请确认它已登记，或重新扫描。</source>
        <translation>No carrier has the barcode {code}. Check that it is registered, or scan again.</translation>
    </message>
    <message>
        <source>{number} 的状态是{status}，但找不到它的借阅或传阅记录。</source>
        <translation>{number} is marked {status}, but no loan or circulation record was found for it.</translation>
    </message>
    <message>
        <source>（传阅单 {slip}）</source>
        <translation> (slip {slip})</translation>
    </message>
    <message>
        <source>载体：</source>
        <translation>Carriers: </translation>
    </message>
    <message>
        <source>载体：（未扫描）</source>
        <translation>Carriers: (none scanned)</translation>
    </message>
    <message>
        <source>人员：{who}，{post}，证件 {badge}</source>
        <translation>Person: {who}, {post}, badge {badge}</translation>
    </message>
    <message>
        <source>人员：（未扫描）</source>
        <translation>Person: (none scanned)</translation>
    </message>
    <message>
        <source>扫描要借出、送阅或收回的载体，或借阅人、传阅人的证件。</source>
        <translation>Scan a carrier to lend, hand out or take back, or the badge of a borrower or reader.</translation>
    </message>
    <message>
        <source>再扫描载体；收回时只扫载体即可。</source>
        <translation>Now scan the carrier. To take one back, scanning the carrier alone is enough.</translation>
    </message>
    <message>
        <source>传阅单上的载体和借阅的载体不能一起办理：按 Esc 清除后分开扫描。</source>
        <translation>Carriers on a circulation slip and carriers to lend cannot be handled together: press Esc and scan them separately.</translation>
    </message>
    <message>
        <source>按回车送给传阅单上的下一位传阅人；或先扫描传阅人的证件。</source>
        <translation>Press Enter to hand it to the next reader on the slip, or scan a reader&apos;s badge first.</translation>
    </message>
    <message>
        <source>按回车送 {name} 阅。</source>
        <translation>Press Enter to hand it to {name}.</translation>
    </message>
    <message>
        <source>再扫描借阅人的证件，然后按回车。</source>
        <translation>Now scan the borrower&apos;s badge, then press Enter.</translation>
    </message>
    <message>
        <source>按回车填写审批并借给 {name}。</source>
        <translation>Press Enter to record the approval and lend to {name}.</translation>
    </message>
    <message>
        <source>{number} 送 {who} 阅（传阅单 {slip}），应于 {due} 前退回</source>
        <translation>{number} to {who} (slip {slip}), due back by {due}</translation>
    </message>
    <message>
        <source>已送出：</source>
        <translation>Handed out: </translation>
    </message>
    <message>
        <source>已借给 {who}：{numbers}，应于 {due} 前归还（借阅单 {refs}）。</source>
        <translation>Lent to {who}: {numbers}, due back by {due} (loan {refs}).</translation>
    </message>
    <message>
        <source>已归还：{number}（借阅人 {who}，{ref}）</source>
        <translation>Returned: {number} (borrower {who}, {ref})</translation>
    </message>
    <message>
        <source>，逾期归还</source>
        <translation>, returned late</translation>
    </message>
    <message>
        <source>已退回：{number}（{who} 阅毕，传阅单 {ref}）</source>
        <translation>Taken back: {number} (read by {who}, slip {ref})</translation>
    </message>
    <message>
        <source>；传阅单已全部阅毕，自动结束</source>
        <translation>; everyone has read everything, so the slip is closed</translation>
    </message>
    <message>
        <source>；下一位传阅人：{next}</source>
        <translation>; next reader: {next}</translation>
    </message>
    <message>
        <source>。清点不全，已登记异常，查明后在台账中结案。</source>
        <translation>. Not complete: an incident has been opened; close it in the ledger once resolved.</translation>
    </message>
    <message>
        <source>已建立传阅单 {number}：{n} 件载体，{m} 名传阅人。扫描载体即可送出。</source>
        <translation>Circulation slip {number} created: {n} carrier(s), {m} reader(s). Scan a carrier to hand it out.</translation>
    </message>
    <message>
        <source>请先在“未结束的传阅单”中选中要打印的传阅单。</source>
        <translation>First select the slip to print under “Open circulation slips”.</translation>
    </message>
    <message>
        <source>请先在“未结束的传阅单”中选中要结束的传阅单。</source>
        <translation>First select the slip to close under “Open circulation slips”.</translation>
    </message>
    <message>
        <source>结束传阅单</source>
        <translation>Close circulation slip</translation>
    </message>
    <message>
        <source>传阅单 {number} 还有人未阅。提前结束的原因：</source>
        <translation>Not everyone has read slip {number}. Reason for closing it early:</translation>
    </message>
    <message>
        <source>传阅单 {number} 已结束。</source>
        <translation>Circulation slip {number} is closed.</translation>
    </message>
    <message>
        <source>全部在外</source>
        <translation>Everything out</translation>
    </message>
    <message>
        <source>今日下班前必须收回</source>
        <translation>Due back before closing today</translation>
    </message>
    <message>
        <source>逾期未还</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>全部在外（{n}）</source>
        <translation>Everything out ({n})</translation>
    </message>
    <message>
        <source>今日下班前必须收回（{n}）</source>
        <translation>Due back before closing today ({n})</translation>
    </message>
    <message>
        <source>逾期未还（{n}）</source>
        <translation>Overdue ({n})</translation>
    </message>
    <message>
        <source>传阅 {c} 件，借出 {l} 件</source>
        <translation>{c} circulating, {l} on loan</translation>
    </message>
    <message>
        <source>；逾期 {n} 件</source>
        <translation>; {n} overdue</translation>
    </message>
    <message>
        <source>借阅与传阅</source>
        <translation>Circulation</translation>
    </message>
    <message>
        <source>借阅与传阅台</source>
        <translation>Circulation desk</translation>
    </message>
    <message>
        <source>新建传阅单（选中的载体）…</source>
        <translation>New circulation slip (selected carriers)…</translation>
    </message>
</context>
<context>
    <name>CirculationSlipDialog</name>
    <message>
        <source>新建传阅单</source>
        <translation>New circulation slip</translation>
    </message>
    <message>
        <source>扫描载体条码把它加入传阅单，扫描人员证件把他加入传阅人；也可以在下面的人员名单中双击。传阅人按顺序阅读，每人阅后退回机要员。</source>
        <translation>Scan a carrier to put it on the slip and a badge to add that person as a reader, or double-click a name in the list. Readers read in order, and each returns the carrier to the clerk after reading.</translation>
    </message>
    <message>
        <source>传阅的载体</source>
        <translation>Carriers to circulate</translation>
    </message>
    <message>
        <source>输入载体条码后回车</source>
        <translation>Type a carrier barcode and press Enter</translation>
    </message>
    <message>
        <source>移出</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>人员名单</source>
        <translation>People</translation>
    </message>
    <message>
        <source>检索姓名、部门、岗位</source>
        <translation>Search name, department, post</translation>
    </message>
    <message>
        <source>加入传阅人 →</source>
        <translation>Add as reader →</translation>
    </message>
    <message>
        <source>传阅人（按阅读顺序）</source>
        <translation>Readers (in reading order)</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>阅办意见(&amp;I)：</source>
        <translation>&amp;Instruction:</translation>
    </message>
    <message>
        <source>谁要求传阅、怎样办理，如：请院领导阅示</source>
        <translation>Who asked for it to be read, and how; e.g. for the directors&apos; comments</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>建立后打印传阅单(&amp;P)</source>
        <translation>&amp;Print the slip when created</translation>
    </message>
    <message>
        <source>建立传阅单(&amp;O)</source>
        <translation>Create sli&amp;p</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>复制涉密文件</source>
        <translation>Copy a classified document</translation>
    </message>
    <message>
        <source>原件：</source>
        <translation>Original:</translation>
    </message>
    <message>
        <source>复制份数(&amp;N)：</source>
        <translation>&amp;Number of copies:</translation>
    </message>
    <message>
        <source>复制事由(&amp;U)：</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <source>例如：会议学习、报送上级</source>
        <translation>e.g. study at a meeting, report to a higher authority</translation>
    </message>
    <message>
        <source>领导审批（按纸质审批单填写）</source>
        <translation>Leader&apos;s approval (as on the paper approval form)</translation>
    </message>
    <message>
        <source>批准人(&amp;A)：</source>
        <translation>&amp;Approved by:</translation>
    </message>
    <message>
        <source>批准的主管领导，不能是机要员本人</source>
        <translation>The leader in charge who approved it, not the clerk</translation>
    </message>
    <message>
        <source>批准文号(&amp;R)：</source>
        <translation>Approval &amp;reference:</translation>
    </message>
    <message>
        <source>纸质审批单的编号</source>
        <translation>Number of the paper approval form</translation>
    </message>
    <message>
        <source>批准日期(&amp;D)：</source>
        <translation>Approval &amp;date:</translation>
    </message>
    <message>
        <source>须经原制发机关批准（篇一 6）</source>
        <translation>Needs the originating authority&apos;s approval (Part 1 §6)</translation>
    </message>
    <message>
        <source>制发机关(&amp;G)：</source>
        <translation>Ori&amp;ginating authority:</translation>
    </message>
    <message>
        <source>留空即原件的产生机关</source>
        <translation>Leave empty for the original&apos;s producing authority</translation>
    </message>
    <message>
        <source>制发机关批准文号(&amp;F)：</source>
        <translation>Authority&apos;s approval re&amp;ference:</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>存放位置(&amp;L)：</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>保存后打印复制件的条码标签(&amp;P)</source>
        <translation>&amp;Print barcode labels for the copies after saving</translation>
    </message>
    <message>
        <source>复制并登记(&amp;S)</source>
        <translation>Copy and regi&amp;ster</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{line}
状态：{status}，存放：{where}</source>
        <translation>{line}
Status: {status}; kept at: {where}</translation>
    </message>
    <message>
        <source>留空即原件的产生机关：{producer}</source>
        <translation>Leave empty for the original&apos;s producing authority: {producer}</translation>
    </message>
    <message>
        <source>本单位规定绝密级文件一律不得复制（篇三 十一、篇十二 五）。</source>
        <translation>This unit forbids copying top-secret documents (Part 3 Art. 11, Part 12 Art. 5).</translation>
    </message>
    <message>
        <source>与原件相同（{where}）</source>
        <translation>Same as the original ({where})</translation>
    </message>
    <message>
        <source>新介质的序列号</source>
        <translation>Serial number of the new medium</translation>
    </message>
    <message>
        <source>新介质序列号</source>
        <translation>New medium&apos;s serial number</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>更正登记内容</source>
        <translation>Correct a registration</translation>
    </message>
    <message>
        <source>更正项目：</source>
        <translation>Field to correct:</translation>
    </message>
    <message>
        <source>现在的值：</source>
        <translation>Current value:</translation>
    </message>
    <message>
        <source>更正为：</source>
        <translation>Correct to:</translation>
    </message>
    <message>
        <source>更正理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>例如：登记时录入错误，按原件更正</source>
        <translation>e.g. mistyped at registration, corrected from the original</translation>
    </message>
    <message>
        <source>原来的值不会被删除：更正记入载体的经历，原值和新值都保留。</source>
        <translation>The old value is not deleted: the correction is added to the carrier&apos;s history, keeping both values.</translation>
    </message>
    <message>
        <source>保存更正</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>扩大知悉范围须经领导批准</source>
        <translation>Widening the need-to-know scope needs a leader&apos;s approval</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>批准文号</source>
        <translation>Approval reference</translation>
    </message>
    <message>
        <source>批准日期</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <source>标题或主要内容</source>
        <translation>Title or main content</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>产生机关</source>
        <translation>Originating authority</translation>
    </message>
    <message>
        <source>来文机关</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>收件单位</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>知悉范围</source>
        <translation>Authorized readers</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>序列号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>容量</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>专用用途</source>
        <translation>Dedicated use</translation>
    </message>
    <message>
        <source>专用计算机</source>
        <translation>Dedicated computer</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Copies printed</translation>
    </message>
    <message>
        <source>定密日期</source>
        <translation>Classified on</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>新值与现在的值相同，没有需要更正的内容。</source>
        <translation>The new value is the same as the current one; there is nothing to correct.</translation>
    </message>
</context>
<context>
    <name>CurrentPassphraseDialog</name>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>从备份恢复将替换当前台账（单位：{unit}）。当前台账改名保留，但此后打开的是备份。
请输入当前台账的口令以确认：</source>
        <translation>Restoring from a backup replaces the current ledger (unit: {unit}). The current ledger is kept under another name, but from then on the backup is what opens.
Enter the current ledger&apos;s passphrase to confirm:</translation>
    </message>
    <message>
        <source>锁定并继续</source>
        <translation>Lock and continue</translation>
    </message>
    <message>
        <source>请输入当前台账的口令。</source>
        <translation>Please enter the ledger&apos;s current passphrase.</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <source>今天 {time}</source>
        <translation>today {time}</translation>
    </message>
    <message>
        <source>核心</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>重要</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>General</translation>
    </message>
    <message>
        <source>非涉密</source>
        <translation>Non-classified</translation>
    </message>
    <message>
        <source>传阅</source>
        <translation>Circulation</translation>
    </message>
    <message>
        <source>借阅</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>核心（可知悉绝密）</source>
        <translation>Core (may know Top Secret)</translation>
    </message>
    <message>
        <source>重要（可知悉机密）</source>
        <translation>Important (may know Secret)</translation>
    </message>
    <message>
        <source>一般（可知悉秘密）</source>
        <translation>General (may know Confidential)</translation>
    </message>
    <message>
        <source>非涉密（仅内部、商密）</source>
        <translation>Non-classified (internal and commercial only)</translation>
    </message>
</context>
<context>
    <name>CustodyPrinting</name>
    <message>
        <source>传阅单</source>
        <translation>Circulation slip</translation>
    </message>
    <message>
        <source>涉密载体持有清单</source>
        <translation>Holdings list</translation>
    </message>
    <message>
        <source>涉密载体移交清单</source>
        <translation>Handover list of classified carriers</translation>
    </message>
    <message>
        <source>打印人员证件</source>
        <translation>Print badges</translation>
    </message>
    <message>
        <source>要打印证件的人员</source>
        <translation>People to print badges for</translation>
    </message>
    <message>
        <source>选中的人员(&amp;E)</source>
        <translation>S&amp;elected people</translation>
    </message>
    <message>
        <source>人员证件</source>
        <translation>Badges</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>逾期未还（借阅、传阅）</source>
        <translation>Overdue (loans, circulation)</translation>
    </message>
    <message>
        <source>今天下班前须收回</source>
        <translation>Due back before closing today</translation>
    </message>
    <message>
        <source>保密期限届满或即将届满</source>
        <translation>Secrecy periods ended or ending soon</translation>
    </message>
    <message>
        <source>到期或逾期的清查</source>
        <translation>Inventory checks due or overdue</translation>
    </message>
    <message>
        <source>未结案的异常（丢失、归还不全等）</source>
        <translation>Open incidents (losses, incomplete returns…)</translation>
    </message>
    <message>
        <source>待补登记的载体</source>
        <translation>Carriers to complete</translation>
    </message>
    <message>
        <source>未完成的销毁清单</source>
        <translation>Unfinished destruction manifests</translation>
    </message>
    <message>
        <source>未完成的清退清单</source>
        <translation>Unfinished return lists</translation>
    </message>
    <message>
        <source>脱密期将满</source>
        <translation>Exit periods ending soon</translation>
    </message>
    <message>
        <source>培训未达要求</source>
        <translation>Training behind</translation>
    </message>
    <message>
        <source>今天要办的事</source>
        <translation>To do today</translation>
    </message>
    <message>
        <source>修改口令…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>下班前检查…</source>
        <translation>End-of-day check…</translation>
    </message>
    <message>
        <source>{title}：{n}</source>
        <translation>{title}: {n}</translation>
    </message>
    <message>
        <source>口令自 {since} 起已使用超过 {days} 天，请及时更换（篇十一 (二)2）。</source>
        <translation>The passphrase has been in use since {since}, more than {days} days: please change it (Part 11 (2)2).</translation>
    </message>
    <message>
        <source>口令设置于 {since}，每 {days} 天提醒更换。</source>
        <translation>Passphrase set on {since}; a change is reminded every {days} days.</translation>
    </message>
    <message>
        <source>尚未做过验证通过的备份：请尽快备份到专用介质。</source>
        <translation>No verified backup yet: back up to the dedicated medium soon.</translation>
    </message>
    <message>
        <source>上次验证通过的备份：今天。</source>
        <translation>Last verified backup: today.</translation>
    </message>
    <message>
        <source>上次验证通过的备份：{n} 天前（{date}）。</source>
        <translation>Last verified backup: {n} days ago ({date}).</translation>
    </message>
    <message>
        <source>还没有做过下班前检查。</source>
        <translation>No end-of-day check recorded yet.</translation>
    </message>
    <message>
        <source>上次下班前检查：{at}，{who}，当时在外 {n} 件。</source>
        <translation>Last end-of-day check: {at}, {who}; {n} carrier(s) out then.</translation>
    </message>
    <message>
        <source>没有在外的载体。</source>
        <translation>Nothing is out.</translation>
    </message>
    <message>
        <source>在外 {n} 件，其中今天下班前应收回而未收回 {late} 件：</source>
        <translation>{n} carrier(s) out, {late} of them due back by tonight and not back:</translation>
    </message>
    <message>
        <source>下班前检查</source>
        <translation>End-of-day check</translation>
    </message>
    <message>
        <source>在外：</source>
        <translation>Out:</translation>
    </message>
    <message>
        <source>备注(&amp;N)：</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>确认已全部清点(&amp;O)</source>
        <translation>C&amp;onfirm all accounted for</translation>
    </message>
    <message>
        <source>确认后记录检查人和时间。应收回而未收回的，请在备注中写明每一件在哪里。</source>
        <translation>Confirming records who checked and when. For each carrier due back and not back, write in the note where it is.</translation>
    </message>
    <message>
        <source>下班前检查已记录。</source>
        <translation>End-of-day check recorded.</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>密级标志</source>
        <translation>Classification marking</translation>
    </message>
    <message>
        <source>期限起算</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>届满日期</source>
        <translation>Period ends</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>State</translation>
    </message>
    <message>
        <source>所在位置</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>（收文日期）</source>
        <translation> (date received)</translation>
    </message>
    <message>
        <source>已届满 {n} 天</source>
        <translation>Ended {n} days ago</translation>
    </message>
    <message>
        <source>今天届满</source>
        <translation>Ends today</translation>
    </message>
    <message>
        <source>还有 {n} 天</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>审核选中的载体（解密、延长、变更）…</source>
        <translation>Review selected (declassify, extend, change)…</translation>
    </message>
    <message>
        <source>保密期限已届满或将在 {days} 天内届满的载体（篇三 二十一）：{n} 件。天数在“设置”中修改；长期和以条件解密的不列入。</source>
        <translation>Carriers whose secrecy period has ended or ends within {days} days (Part 3, Art. 21): {n}. The number of days is set in Settings; long-term and condition-based periods are not listed.</translation>
    </message>
    <message>
        <source>请先在到期清单中选中要审核的载体。</source>
        <translation>First select the carriers to review in the expiry list.</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>到期审核</source>
        <translation>Expiry review</translation>
    </message>
    <message>
        <source>首页（今天要办的事）</source>
        <translation>Home (to do today)</translation>
    </message>
    <message>
        <source>保密期限到期审核</source>
        <translation>Secrecy period expiry review</translation>
    </message>
</context>
<context>
    <name>DeepCheckService</name>
    <message>
        <source>完整检查进行中（空闲时）：{p}%</source>
        <translation>Full check running (while idle): {p}%</translation>
    </message>
    <message>
        <source>完整检查发现台账有问题：{p}。在问题处理前不能备份。</source>
        <translation>The full check found problems in the ledger: {p}. No backup can be made until they are dealt with.</translation>
    </message>
    <message>
        <source>尚未完成过完整检查</source>
        <translation>No full check completed yet</translation>
    </message>
    <message>
        <source>上次完整检查：{at}，通过</source>
        <translation>Last full check: {at}, passed</translation>
    </message>
    <message>
        <source>上次完整检查：{at}，发现问题</source>
        <translation>Last full check: {at}, problems found</translation>
    </message>
</context>
<context>
    <name>Departure</name>
    <message>
        <source>调离岗位</source>
        <translation>Leaves the classified post</translation>
    </message>
    <message>
        <source>调动</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>辞职</source>
        <translation>Resignation</translation>
    </message>
    <message>
        <source>退休</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <source>持有（借阅）</source>
        <translation>holds it (loan)</translation>
    </message>
    <message>
        <source>持有（传阅）</source>
        <translation>holds it (circulation)</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>person responsible</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>handled by</translation>
    </message>
    <message>
        <source>保密笔记本/摘抄</source>
        <translation>classified notebook / excerpts</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <source>离岗手续</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>离岗类型(&amp;K)：</source>
        <translation>&amp;Kind of departure:</translation>
    </message>
    <message>
        <source>离岗日期(&amp;D)：</source>
        <translation>Leaving &amp;date:</translation>
    </message>
    <message>
        <source>离岗原因(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>打印移交清单(&amp;P)…</source>
        <translation>&amp;Print the handover list…</translation>
    </message>
    <message>
        <source>重新检查(&amp;C)</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <source>开始办理(&amp;S)</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>办结离岗(&amp;O)</source>
        <translation>C&amp;omplete the departure</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{who}，{post}，涉密等级：{grade}，证件 {badge}</source>
        <translation>{who}, {post}, clearance grade: {grade}, badge {badge}</translation>
    </message>
    <message>
        <source>以下 {n} 件须交回或交接后才能办结离岗（篇七 第十一条；篇六 第九条）：</source>
        <translation>These {n} item(s) must be returned or handed over before the departure can be completed (Part 7 Art. 11; Part 6 Art. 9):</translation>
    </message>
    <message>
        <source>没有未交回的涉密载体，可以办结离岗。</source>
        <translation>Nothing classified is outstanding; the departure can be completed.</translation>
    </message>
    <message>
        <source>请先办完或关闭离岗手续（扫到：{code}）。</source>
        <translation>Finish or close the departure first (scanned: {code}).</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>登记信息</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>打印标签</source>
        <translation>Print label</translation>
    </message>
    <message>
        <source>全部经历</source>
        <translation>Full history</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>经办</source>
        <translation>By</translation>
    </message>
    <message>
        <source>审计号</source>
        <translation>Audit no.</translation>
    </message>
    <message>
        <source>选择台账中的一件载体，或扫描它的条码。</source>
        <translation>Select a carrier in the ledger, or scan its barcode.</translation>
    </message>
    <message>
        <source>{marking}&#x3000;{title}</source>
        <translation>{marking}  {title}</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>条码</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>份号</source>
        <translation>Copy numbers</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>登记簿</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>（冻结）</source>
        <translation> (on hold)</translation>
    </message>
    <message>
        <source>持有人/位置</source>
        <translation>Holder / location</translation>
    </message>
    <message>
        <source>密级★期限</source>
        <translation>Level★period</translation>
    </message>
    <message>
        <source>定密日期</source>
        <translation>Classified on</translation>
    </message>
    <message>
        <source>未标明；保密期限自登记日期起算（%1）</source>
        <translation>Not stated; the secrecy period runs from the registration date (%1)</translation>
    </message>
    <message>
        <source>未标明；保密期限自收文日期起算（%1）</source>
        <translation>Not stated; the secrecy period runs from the date of receipt (%1)</translation>
    </message>
    <message>
        <source>解密日期</source>
        <translation>Declassified on</translation>
    </message>
    <message>
        <source>（无固定日期）</source>
        <translation>(no fixed date)</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>产生机关</source>
        <translation>Originating authority</translation>
    </message>
    <message>
        <source>来文/发文机关</source>
        <translation>Sender / issuer</translation>
    </message>
    <message>
        <source>收件单位</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>发送方式</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>送达人</source>
        <translation>Couriers</translation>
    </message>
    <message>
        <source>收发时间</source>
        <translation>Received / sent</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Copies printed</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>知悉范围</source>
        <translation>Authorized readers</translation>
    </message>
    <message>
        <source>经办人/责任人</source>
        <translation>Handled by / custodian</translation>
    </message>
    <message>
        <source>序列号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>容量</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>专用用途</source>
        <translation>Dedicated use</translation>
    </message>
    <message>
        <source>专用计算机</source>
        <translation>Dedicated computer</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>登记时间</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>{field}：</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>{field}：由“{before}”改为“{after}”；理由：{reason}</source>
        <translation>{field}: changed from “{before}” to “{after}”; reason: {reason}</translation>
    </message>
    <message>
        <source>{field}：由“{before}”改为“{after}”</source>
        <translation>{field}: from “{before}” to “{after}”</translation>
    </message>
</context>
<context>
    <name>Disposal</name>
    <message>
        <source>共 {copies} 份 {pages} 页</source>
        <translation>in all {copies} item(s), {pages} page(s)</translation>
    </message>
    <message>
        <source>{level} {copies} 份 {pages} 页</source>
        <translation>{level}: {copies} item(s), {pages} page(s)</translation>
    </message>
    <message>
        <source>；其中 </source>
        <translation>; of which </translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>永久</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>长期</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <source>短期</source>
        <translation>Short-term</translation>
    </message>
    <message>
        <source>粉碎</source>
        <translation>Shredding</translation>
    </message>
    <message>
        <source>焚毁</source>
        <translation>Burning</translation>
    </message>
    <message>
        <source>送保密行政管理部门销毁</source>
        <translation>Handed to the secrecy administration for destruction</translation>
    </message>
    <message>
        <source>消磁/物理销毁</source>
        <translation>Degaussing / physical destruction</translation>
    </message>
    <message>
        <source>已销毁</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>待销毁</source>
        <translation>To be destroyed</translation>
    </message>
    <message>
        <source>已清退</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>待清退</source>
        <translation>To be returned</translation>
    </message>
    <message>
        <source>请先完成或取消这个对话框，再扫描（扫到：{code}）。</source>
        <translation>Finish or cancel this dialog first, then scan (scanned: {code}).</translation>
    </message>
    <message>
        <source>案卷目录</source>
        <translation>Volume catalogue</translation>
    </message>
    <message>
        <source>销毁清单 {number}</source>
        <translation>Destruction manifest {number}</translation>
    </message>
    <message>
        <source>清退清单 {number}</source>
        <translation>Return list {number}</translation>
    </message>
    <message>
        <source>一次复制一件载体：请只选中要复制的那一件（选中了 {n} 件）。</source>
        <translation>One carrier is copied at a time: select only the one to copy ({n} are selected).</translation>
    </message>
    <message>
        <source>已复制 {n} 份，登记为 {number}（份号 001–{last:03d}）。</source>
        <translation>{n} copies made and registered as {number} (copy nos. 001–{last:03d}).</translation>
    </message>
    <message>
        <source>已冻结 {n} 件。</source>
        <translation>{n} carrier(s) put on hold.</translation>
    </message>
    <message>
        <source>解除冻结</source>
        <translation>Release hold</translation>
    </message>
    <message>
        <source>
&#x3000;冻结原因：{reason}</source>
        <translation>
    Reason for the hold: {reason}</translation>
    </message>
    <message>
        <source>卷内目录 {number}</source>
        <translation>Volume contents {number}</translation>
    </message>
    <message>
        <source>请先在台账中选中要复制的载体。</source>
        <translation>First select the carrier to copy in the ledger.</translation>
    </message>
    <message>
        <source>请先在台账中选中要冻结的载体。</source>
        <translation>First select the carriers to put on hold in the ledger.</translation>
    </message>
    <message>
        <source>请先在台账中选中要解除冻结的载体。</source>
        <translation>First select the carriers to release from hold in the ledger.</translation>
    </message>
    <message>
        <source>
&#x3000;（没有冻结）</source>
        <translation>
    (not on hold)</translation>
    </message>
    <message>
        <source>载体：</source>
        <translation>Carriers: </translation>
    </message>
    <message>
        <source>解除说明(&amp;R)：</source>
        <translation>&amp;Reason for release:</translation>
    </message>
    <message>
        <source>解除冻结(&amp;O)</source>
        <translation>Release h&amp;old</translation>
    </message>
    <message>
        <source>例如：调查结束，依据……</source>
        <translation>e.g. the investigation has ended, according to …</translation>
    </message>
    <message>
        <source>已解除冻结 {n} 件。</source>
        <translation>{n} carrier(s) released from hold.</translation>
    </message>
    <message>
        <source>请先在台账中选中要归档的载体。</source>
        <translation>First select the carriers to file in the ledger.</translation>
    </message>
    <message>
        <source>已将 {n} 件归入案卷 {number}《{title}》。</source>
        <translation>{n} carrier(s) filed into volume {number} “{title}”.</translation>
    </message>
    <message>
        <source>请先在台账中选中要出卷的载体。</source>
        <translation>First select the carriers to take out of their volume in the ledger.</translation>
    </message>
    <message>
        <source>出卷</source>
        <translation>Take out of volume</translation>
    </message>
    <message>
        <source>出卷的载体：</source>
        <translation>Carriers to take out:</translation>
    </message>
    <message>
        <source>……共 {n} 件</source>
        <translation>… {n} in all</translation>
    </message>
    <message>
        <source>出卷事由(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>出卷(&amp;O)</source>
        <translation>Take &amp;out</translation>
    </message>
    <message>
        <source>例如：拟销毁、清退、更正</source>
        <translation>e.g. to be destroyed, returned or corrected</translation>
    </message>
    <message>
        <source>已出卷 {n} 件，载体回到在库状态。</source>
        <translation>{n} carrier(s) taken out of their volume; they are in store again.</translation>
    </message>
    <message>
        <source>请先在台账中选中要清退的载体。</source>
        <translation>First select the carriers to return to the issuer in the ledger.</translation>
    </message>
    <message>
        <source>请先在台账中选中要销毁的载体。</source>
        <translation>First select the carriers to destroy in the ledger.</translation>
    </message>
    <message>
        <source>清退</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>已建立清退单 {number}（{n} 件）。打印清退清单随载体送还，对方签收后点“确认清退”。</source>
        <translation>Return list {number} made ({n} carriers). Send the printed return list with the carriers; once the recipient has signed it, click “Confirm return…”.</translation>
    </message>
    <message>
        <source>处置(&amp;D)</source>
        <translation>&amp;Disposal</translation>
    </message>
    <message>
        <source>案卷</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>销毁清单</source>
        <translation>Destruction manifests</translation>
    </message>
    <message>
        <source>复制（选中的载体）…</source>
        <translation>Copy (selected carrier)…</translation>
    </message>
    <message>
        <source>冻结…</source>
        <translation>Put on hold…</translation>
    </message>
    <message>
        <source>解除冻结…</source>
        <translation>Release hold…</translation>
    </message>
    <message>
        <source>归档到案卷…</source>
        <translation>File into a volume…</translation>
    </message>
    <message>
        <source>出卷…</source>
        <translation>Take out of volume…</translation>
    </message>
    <message>
        <source>列入清退单…</source>
        <translation>Put on a return list…</translation>
    </message>
    <message>
        <source>列入销毁清单…</source>
        <translation>Put on a destruction manifest…</translation>
    </message>
</context>
<context>
    <name>DocumentTitles</name>
    <message>
        <source>收文登记簿</source>
        <translation>Incoming register</translation>
    </message>
    <message>
        <source>发文登记簿</source>
        <translation>Outgoing register</translation>
    </message>
    <message>
        <source>涉密介质登记簿</source>
        <translation>Classified media register</translation>
    </message>
    <message>
        <source>复制登记簿</source>
        <translation>Copy register</translation>
    </message>
    <message>
        <source>传阅登记簿</source>
        <translation>Circulation register</translation>
    </message>
    <message>
        <source>借阅登记簿</source>
        <translation>Loan register</translation>
    </message>
    <message>
        <source>涉密载体持有清单</source>
        <translation>Holdings list of classified carriers</translation>
    </message>
    <message>
        <source>案卷目录</source>
        <translation>Volume catalogue</translation>
    </message>
    <message>
        <source>卷内目录</source>
        <translation>Volume contents</translation>
    </message>
    <message>
        <source>清退清单</source>
        <translation>Return list</translation>
    </message>
    <message>
        <source>涉密载体移交清单</source>
        <translation>Handover list of classified carriers</translation>
    </message>
    <message>
        <source>移交清单</source>
        <translation>Handover list</translation>
    </message>
    <message>
        <source>密级变更登记簿</source>
        <translation>Classification change register</translation>
    </message>
    <message>
        <source>涉密载体丢失报告</source>
        <translation>Loss report of a classified carrier</translation>
    </message>
    <message>
        <source>涉密载体销毁清单</source>
        <translation>Destruction manifest of classified carriers</translation>
    </message>
    <message>
        <source>销毁清单</source>
        <translation>Destruction manifest</translation>
    </message>
    <message>
        <source>传阅单</source>
        <translation>Circulation slip</translation>
    </message>
    <message>
        <source>保密期限到期审核清单</source>
        <translation>Secrecy Period Expiry Review List</translation>
    </message>
    <message>
        <source>涉密载体管理情况报告</source>
        <translation>Report on the management of classified carriers</translation>
    </message>
    <message>
        <source>涉密载体清查报告</source>
        <translation>Inventory Check Report</translation>
    </message>
    <message>
        <source>涉密人员名册</source>
        <translation>Roster of classified personnel</translation>
    </message>
    <message>
        <source>脱密期管理台账</source>
        <translation>Exit-period register</translation>
    </message>
    <message>
        <source>保密教育培训记录</source>
        <translation>Secrecy training record</translation>
    </message>
    <message>
        <source>保密承诺书</source>
        <translation>Confidentiality commitment letter</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>导入台账（Excel 或 CSV）…</source>
        <translation>Import a ledger (Excel or CSV)…</translation>
    </message>
    <message>
        <source>导出到 Excel 或 CSV…</source>
        <translation>Export to Excel or CSV…</translation>
    </message>
    <message>
        <source>台账当前显示的内容（按当前筛选）</source>
        <translation>The ledger as shown now (current filter)</translation>
    </message>
    <message>
        <source>收文登记簿</source>
        <translation>Incoming register</translation>
    </message>
    <message>
        <source>发文登记簿</source>
        <translation>Outgoing register</translation>
    </message>
    <message>
        <source>涉密介质登记簿</source>
        <translation>Classified media register</translation>
    </message>
    <message>
        <source>复制登记簿</source>
        <translation>Copy register</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>导出哪些载体：</source>
        <translation>Which carriers to export:</translation>
    </message>
    <message>
        <source>导出的文件没有加密：它是涉密载体，须按其最高密级登记、保管和销毁，只能存放在涉密计算机或涉密存储介质上。是否继续？</source>
        <translation>The exported file is not encrypted: it is a classified carrier, to be registered, kept and destroyed at its highest level, and stored only on a classified computer or classified medium. Continue?</translation>
    </message>
    <message>
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>已导出 {n} 行到 {path}（{marking}）。</source>
        <translation>Exported {n} rows to {path} ({marking}).</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>FileVolumeDialog</name>
    <message>
        <source>归档到案卷</source>
        <translation>File into a volume</translation>
    </message>
    <message>
        <source>要归档的载体：</source>
        <translation>Carriers to file:</translation>
    </message>
    <message>
        <source>查找案卷(&amp;F)：</source>
        <translation>&amp;Find a volume:</translation>
    </message>
    <message>
        <source>案卷号或题名中的字</source>
        <translation>Any characters of a volume number or title</translation>
    </message>
    <message>
        <source>案卷(&amp;V)：</source>
        <translation>&amp;Volume:</translation>
    </message>
    <message>
        <source>新建案卷(&amp;N)…</source>
        <translation>&amp;New volume…</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>归档(&amp;O)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>只列出绝密专卷：绝密级载体必须单独立卷。</source>
        <translation>Only top-secret volumes are listed: top-secret carriers must be filed separately.</translation>
    </message>
    <message>
        <source>只列出普通案卷：绝密级载体另归绝密专卷。</source>
        <translation>Only ordinary volumes are listed: top-secret carriers go into top-secret volumes.</translation>
    </message>
    <message>
        <source>……共 {n} 件</source>
        <translation>… {n} in all</translation>
    </message>
    <message>
        <source>{number}&#x3000;{title}（{retention}，{location}，{n} 件）</source>
        <translation>{number}    {title} ({retention}, {location}, {n} carriers)</translation>
    </message>
    <message>
        <source>请选择要归入的案卷，或新建一个案卷。</source>
        <translation>Choose the volume to file into, or make a new one.</translation>
    </message>
</context>
<context>
    <name>GradeChangeDialog</name>
    <message>
        <source>调整涉密等级</source>
        <translation>Change classification grade</translation>
    </message>
    <message>
        <source>新的涉密等级(&amp;G)：</source>
        <translation>New &amp;grade:</translation>
    </message>
    <message>
        <source>调整理由(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>审核的部门负责人(&amp;V)：</source>
        <translation>Re&amp;viewed by (head of department):</translation>
    </message>
    <message>
        <source>批准的单位领导(&amp;A)：</source>
        <translation>&amp;Approved by (unit leader):</translation>
    </message>
    <message>
        <source>批准日期(&amp;D)：</source>
        <translation>Approval &amp;date:</translation>
    </message>
    <message>
        <source>涉密等级的调整须经部门负责人审核、单位领导批准；审核人、批准人都不能是本人，批准人不能是保密员（篇七 第五、六条）。</source>
        <translation>A grade change is reviewed by the head of department and approved by a unit leader; neither may be the person, and the approver may not be the clerk (Part 7, Articles 5 and 6).</translation>
    </message>
    <message>
        <source>调整(&amp;O)</source>
        <translation>Change (&amp;O)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{who}，{post}，现涉密等级：{grade}</source>
        <translation>{who}, {post}, current grade: {grade}</translation>
    </message>
    <message>
        <source>新的涉密等级与现在的相同，没有需要调整的内容。</source>
        <translation>The new grade is the same as the current one; nothing to change.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>档案部门</source>
        <translation>the archive</translation>
    </message>
    <message>
        <source>其他单位</source>
        <translation>another unit</translation>
    </message>
    <message>
        <source>已移交</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>待移交</source>
        <translation>To hand over</translation>
    </message>
    <message>
        <source>变更密级</source>
        <translation>Change level</translation>
    </message>
    <message>
        <source>变更保密期限</source>
        <translation>Change period</translation>
    </message>
    <message>
        <source>解密（纳入非密管理）</source>
        <translation>Declassify (manage as unclassified)</translation>
    </message>
    <message>
        <source>新建移交清单</source>
        <translation>New handover list</translation>
    </message>
    <message>
        <source>建立(&amp;O)</source>
        <translation>Cre&amp;ate</translation>
    </message>
    <message>
        <source>完成移交</source>
        <translation>Complete handover</translation>
    </message>
    <message>
        <source>完成移交(&amp;O)</source>
        <translation>C&amp;omplete handover</translation>
    </message>
    <message>
        <source>年</source>
        <translation>years</translation>
    </message>
    <message>
        <source>个月</source>
        <translation>months</translation>
    </message>
    <message>
        <source>长期</source>
        <translation>long-term</translation>
    </message>
    <message>
        <source>截至日期</source>
        <translation>until date</translation>
    </message>
    <message>
        <source>解密条件</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>未标注（按法定最长期限）</source>
        <translation>unmarked (the legal maximum)</translation>
    </message>
    <message>
        <source>定密变更</source>
        <translation>Classification change</translation>
    </message>
    <message>
        <source>登记变更(&amp;O)</source>
        <translation>Rec&amp;ord change</translation>
    </message>
    <message>
        <source>移交</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>定密变更（选中的载体）…</source>
        <translation>Classification change (selected carriers)…</translation>
    </message>
    <message>
        <source>列入移交清单…</source>
        <translation>Put on handover list…</translation>
    </message>
    <message>
        <source>定密变更…</source>
        <translation>Classification change…</translation>
    </message>
</context>
<context>
    <name>HandoverCompleteDialog</name>
    <message>
        <source>{number}：移交{unit}，接收人{person}；{totals}</source>
        <translation>{number}: to {unit}, received by {person}; {totals}</translation>
    </message>
    <message>
        <source>移交清单：</source>
        <translation>Handover list:</translation>
    </message>
    <message>
        <source>批准人(&amp;A)：</source>
        <translation>&amp;Approved by:</translation>
    </message>
    <message>
        <source>主管领导</source>
        <translation>the leader in charge</translation>
    </message>
    <message>
        <source>批准文号(&amp;R)：</source>
        <translation>Approval &amp;reference:</translation>
    </message>
    <message>
        <source>批准日期：</source>
        <translation>Approval date:</translation>
    </message>
    <message>
        <source>监交人：</source>
        <translation>Supervisor:</translation>
    </message>
    <message>
        <source>可不填；不能是机要员本人</source>
        <translation>optional; cannot be the clerk</translation>
    </message>
    <message>
        <source>移交日期：</source>
        <translation>Handover date:</translation>
    </message>
    <message>
        <source>批准人和监交人不能是机要员本人（{clerk}）。完成后，清单上的 {n} 件载体全部标记为已移交，仍保留在台账中；清单从此不能改动，只能重新打印。</source>
        <translation>Neither the approver nor the supervisor can be the clerk ({clerk}). On completion the {n} carriers on the list are all marked handed over and stay in the ledger; the list can no longer be changed, only reprinted.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>移交给：</source>
        <translation>Hand over to:</translation>
    </message>
    <message>
        <source>接收单位(&amp;U)：</source>
        <translation>Receiving &amp;unit:</translation>
    </message>
    <message>
        <source>例如：市档案馆</source>
        <translation>e.g. the city archive</translation>
    </message>
    <message>
        <source>接收人(&amp;P)：</source>
        <translation>Receiving &amp;person:</translation>
    </message>
    <message>
        <source>接收单位的经手人</source>
        <translation>the receiving unit’s person</translation>
    </message>
    <message>
        <source>移交依据：</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>例如：移交通知文号（可不填）</source>
        <translation>e.g. the handover notice’s reference (optional)</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>……共 {n} 件</source>
        <translation>… {n} items in all</translation>
    </message>
    <message>
        <source>建立后扫描载体条码，或从台账选中后加入。</source>
        <translation>After creating it, scan carrier barcodes, or add carriers selected in the ledger.</translation>
    </message>
    <message>
        <source>载体：</source>
        <translation>Carriers:</translation>
    </message>
</context>
<context>
    <name>HandoverFeature</name>
    <message>
        <source>移交清单 {number}</source>
        <translation>Handover list {number}</translation>
    </message>
    <message>
        <source>请先在台账中选中要移交的载体。</source>
        <translation>First select in the ledger the carriers to hand over.</translation>
    </message>
    <message>
        <source>请先在台账中选中要变更密级或保密期限的载体。</source>
        <translation>First select in the ledger the carriers whose level or period changes.</translation>
    </message>
    <message>
        <source>已登记定密变更：{n} 份文件、{c} 件载体；原密级标志保留在历史中。</source>
        <translation>Classification change recorded: {n} documents, {c} carriers; the old marking is kept in the history.</translation>
    </message>
</context>
<context>
    <name>HandoverModel</name>
    <message>
        <source>移交单号</source>
        <translation>List no.</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>接收单位</source>
        <translation>Receiving unit</translation>
    </message>
    <message>
        <source>接收人</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>建单日期</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>移交日期</source>
        <translation>Handed over on</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>新建移交清单…</source>
        <translation>New handover list…</translation>
    </message>
    <message>
        <source>打印移交清单…</source>
        <translation>Print handover list…</translation>
    </message>
    <message>
        <source>完成移交…</source>
        <translation>Complete handover…</translation>
    </message>
    <message>
        <source>作废清单…</source>
        <translation>Cancel list…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>显示：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>全部清单</source>
        <translation>All lists</translation>
    </message>
    <message>
        <source>待移交</source>
        <translation>To hand over</translation>
    </message>
    <message>
        <source>已移交</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>清单明细</source>
        <translation>List details</translation>
    </message>
    <message>
        <source>扫描要移交的载体条码，逐件加入本清单；也可输入后按回车</source>
        <translation>Scan each carrier to hand over to add it to this list; or type it and press Enter</translation>
    </message>
    <message>
        <source>加入台账中选中的载体</source>
        <translation>Add the carriers selected in the ledger</translation>
    </message>
    <message>
        <source>移出选中的行…</source>
        <translation>Take selected lines off…</translation>
    </message>
    <message>
        <source>重新打印移交清单…</source>
        <translation>Reprint handover list…</translation>
    </message>
    <message>
        <source>清单明细：{number}（{state}）</source>
        <translation>List details: {number} ({state})</translation>
    </message>
    <message>
        <source>合计：</source>
        <translation>Totals: </translation>
    </message>
    <message>
        <source>已于 {day} 移交{unit}，接收人：{person}。批准人：{approver}（{ref}，{approved}）{supervisor}。已完成的清单只能重新打印，不能改动。</source>
        <translation>Handed over to {unit} on {day}, received by {person}. Approved by {approver} ({ref}, {approved}){supervisor}. A completed list can only be reprinted, not changed.</translation>
    </message>
    <message>
        <source>；监交人：{name}</source>
        <translation>; supervisor: {name}</translation>
    </message>
    <message>
        <source>已于 {at} 作废：{reason}。作废的清单不能改动。</source>
        <translation>Cancelled on {at}: {reason}. A cancelled list cannot be changed.</translation>
    </message>
    <message>
        <source>待移交：移交{unit}（{kind}），接收人{person}。逐件扫描载体加入；打印清单报领导审批，双方清点签字后点“完成移交”。</source>
        <translation>To hand over to {unit} ({kind}), received by {person}. Scan the carriers one by one; print the list for the leader’s approval; once both sides have counted and signed, click “Complete handover”.</translation>
    </message>
    <message>
        <source>请先选中一份待移交的清单（或新建一份），再扫描载体（扫到：{code}）。</source>
        <translation>First select an open handover list (or create one), then scan carriers (scanned: {code}).</translation>
    </message>
    <message>
        <source>移交清单 {number} {state}，不能再加入载体（扫到：{code}）。</source>
        <translation>Handover list {number} is {state}; no more carriers can be added (scanned: {code}).</translation>
    </message>
    <message>
        <source>已加入 {number}：{n} 件。</source>
        <translation>Added to {number}: {n} items.</translation>
    </message>
    <message>
        <source>请先在台账中选中要移交的载体。</source>
        <translation>First select in the ledger the carriers to hand over.</translation>
    </message>
    <message>
        <source>有 {n} 份待移交的清单：请先选中要加入的那一份。</source>
        <translation>There are {n} open handover lists: first select the one to add to.</translation>
    </message>
    <message>
        <source>请先在清单明细中选中要移出的行。</source>
        <translation>First select the lines to take off in the list details.</translation>
    </message>
    <message>
        <source>移出移交清单</source>
        <translation>Take off handover list</translation>
    </message>
    <message>
        <source>移出的载体：</source>
        <translation>Carriers to take off:</translation>
    </message>
    <message>
        <source>移出原因(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>移出(&amp;O)</source>
        <translation>Take &amp;off</translation>
    </message>
    <message>
        <source>例如：误列入、暂不移交</source>
        <translation>e.g. listed by mistake, not handed over yet</translation>
    </message>
    <message>
        <source>已从 {number} 移出 {n} 件。</source>
        <translation>Took {n} items off {number}.</translation>
    </message>
    <message>
        <source>已建立移交清单 {number}。现在可以逐件扫描要移交的载体。</source>
        <translation>Handover list {number} created. Now scan the carriers to hand over, one by one.</translation>
    </message>
    <message>
        <source>移交清单 {number} 上还没有载体。</source>
        <translation>Handover list {number} has no carriers yet.</translation>
    </message>
    <message>
        <source>移交清单 {number} 已完成：{totals}，全部标记为已移交。</source>
        <translation>Handover list {number} completed: {totals}, all marked handed over.</translation>
    </message>
    <message>
        <source>作废移交清单</source>
        <translation>Cancel handover list</translation>
    </message>
    <message>
        <source>移交清单：</source>
        <translation>Handover list:</translation>
    </message>
    <message>
        <source>{number}（{n} 件）</source>
        <translation>{number} ({n} items)</translation>
    </message>
    <message>
        <source>作废原因(&amp;R)：</source>
        <translation>&amp;Reason for cancelling:</translation>
    </message>
    <message>
        <source>作废(&amp;O)</source>
        <translation>Can&amp;cel list</translation>
    </message>
    <message>
        <source>作废后，清单上的载体不再列入移交，仍在库；清单记录保留。</source>
        <translation>Once cancelled, the carriers on the list are no longer to be handed over and stay in store; the list’s record is kept.</translation>
    </message>
    <message>
        <source>移交清单 {number} 已作废。</source>
        <translation>Handover list {number} cancelled.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>通过</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>失败</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>自检…</source>
        <translation>Self-test…</translation>
    </message>
    <message>
        <source>自检</source>
        <translation>Self-test</translation>
    </message>
    <message>
        <source>请等当前的操作完成后再自检。</source>
        <translation>Wait for the current operation to finish, then run the self-test.</translation>
    </message>
    <message>
        <source>正在自检（约半分钟）…</source>
        <translation>Running the self-test (about half a minute)…</translation>
    </message>
    <message>
        <source>自检通过</source>
        <translation>Self-test passed</translation>
    </message>
    <message>
        <source>本机的台账、标签、登记簿和审计功能都正常，全程没有联网。</source>
        <translation>The ledger, labels, registers and audit log work on this PC, and nothing used the network.</translation>
    </message>
    <message>
        <source>自检未通过</source>
        <translation>Self-test failed</translation>
    </message>
    <message>
        <source>请把以上内容告诉系统管理员。台账库没有受到影响。</source>
        <translation>Tell your system administrator what is shown above. Your vault was not touched.</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>冻结载体</source>
        <translation>Put carriers on hold</translation>
    </message>
    <message>
        <source>载体：</source>
        <translation>Carriers: </translation>
    </message>
    <message>
        <source>冻结原因(&amp;R)：</source>
        <translation>&amp;Reason for the hold:</translation>
    </message>
    <message>
        <source>例如：配合失泄密事件调查</source>
        <translation>e.g. needed for a leak investigation</translation>
    </message>
    <message>
        <source>冻结依据(&amp;F)：</source>
        <translation>Re&amp;ference:</translation>
    </message>
    <message>
        <source>调查通知、函件编号（如有）</source>
        <translation>Number of the investigation notice or letter, if any</translation>
    </message>
    <message>
        <source>冻结(&amp;O)</source>
        <translation>Put on h&amp;old</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>冻结期间，载体不能借阅、传阅、复制、归档、出卷、清退或销毁，直到解除冻结。</source>
        <translation>While on hold, a carrier cannot be lent, circulated, copied, filed, taken out of its volume, returned or destroyed until the hold is released.</translation>
    </message>
    <message>
        <source>……共 {n} 件</source>
        <translation>… {n} in all</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入台账</source>
        <translation>Import a ledger</translation>
    </message>
    <message>
        <source>从 Excel（.xlsx）或 CSV 文件导入已有的台账。先核对每列对应的项目，再试运行：试运行不改动台账，逐行列出将要登记的内容和每一处错误（行号和列）。</source>
        <translation>Import an existing ledger from an Excel (.xlsx) or CSV file. Check which field each column holds, then do a dry run: it changes nothing and lists, row by row, what will be registered and every error (row and column).</translation>
    </message>
    <message>
        <source>文件(&amp;F)：</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>选择文件(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>列与项目的对应(&amp;M)：</source>
        <translation>Column &amp;mapping:</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>对应项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>跳过有错误的行，导入其余各行（跳过的行记入导入记录）(&amp;K)</source>
        <translation>S&amp;kip rows with errors and import the rest (skipped rows are recorded)</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>试运行结果</source>
        <translation>Dry run result</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>条码</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>保密期限</source>
        <translation>Secrecy period</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>来文机关</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>产生机关</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>收文日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>定密日期</source>
        <translation>Date classified</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Copies printed</translation>
    </message>
    <message>
        <source>份号</source>
        <translation>Copy numbers</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>知悉范围</source>
        <translation>Need-to-know scope</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>试运行(&amp;D)</source>
        <translation>&amp;Dry run</translation>
    </message>
    <message>
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>打印新条码的标签(&amp;L)…</source>
        <translation>Print &amp;labels for the new barcodes…</translation>
    </message>
    <message>
        <source>Excel 工作簿</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>UTF-8（带 BOM）</source>
        <translation>UTF-8 (with BOM)</translation>
    </message>
    <message>
        <source>编码：{encoding}；表头在第 {row} 行；共 {rows} 行；SHA-256：{sha}</source>
        <translation>Encoding: {encoding}; header in row {row}; {rows} rows; SHA-256: {sha}</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>对应关系已改变，请重新试运行。</source>
        <translation>The mapping changed: do the dry run again.</translation>
    </message>
    <message>
        <source>正在试运行…</source>
        <translation>Dry run in progress…</translation>
    </message>
    <message>
        <source>登记 {number} {title}（{level}，份号 {copies}，{count} 件）</source>
        <translation>Register {number} {title} ({level}, copies {copies}, {count} carriers)</translation>
    </message>
    <message>
        <source>新编号</source>
        <translation>new number</translation>
    </message>
    <message>
        <source>；待补：{fields}</source>
        <translation>; to complete: {fields}</translation>
    </message>
    <message>
        <source>错误：</source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>试运行完成，台账未改动：可导入 {docs} 份文件、{carriers} 件载体（其中待补 {incomplete} 件）；有错误 {errors} 行。</source>
        <translation>Dry run done, the ledger is unchanged: {docs} documents, {carriers} carriers can be imported ({incomplete} to complete); {errors} rows have errors.</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>已导入 {count} 件载体（第 {batch} 批）。</source>
        <translation>Imported {count} carriers (batch {batch}).</translation>
    </message>
    <message>
        <source>跳过 {n} 行，已记入导入记录。</source>
        <translation>Skipped {n} rows; recorded with the import.</translation>
    </message>
    <message>
        <source>{n} 件载体用了新条码，请打印标签贴上。</source>
        <translation>{n} carriers got new barcodes: print their labels and stick them on.</translation>
    </message>
    <message>
        <source>选择要导入的台账</source>
        <translation>Choose the ledger to import</translation>
    </message>
    <message>
        <source>Excel 或 CSV 文件 (*.xlsx *.csv)</source>
        <translation>Excel or CSV file (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>归还不全</source>
        <translation>Incomplete return</translation>
    </message>
    <message>
        <source>丢失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>损坏</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>已处理</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>找回</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>查处结论</source>
        <translation>investigation finding</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>登记时间</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>载体现状</source>
        <translation>Carrier now</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Closure</translation>
    </message>
    <message>
        <source>未结案</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>（上报超时）</source>
        <translation> (reported late)</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>显示(&amp;S)：</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>结案(&amp;C)…</source>
        <translation>&amp;Close…</translation>
    </message>
    <message>
        <source>打印丢失报告(&amp;P)…</source>
        <translation>&amp;Print loss report…</translation>
    </message>
    <message>
        <source>未结案 {n} 件</source>
        <translation>{n} open</translation>
    </message>
    <message>
        <source>请先在列表中选中要结案的异常。</source>
        <translation>First select the incident to close in the list.</translation>
    </message>
    <message>
        <source>这条异常已于 {at} 结案。</source>
        <translation>This incident was closed at {at}.</translation>
    </message>
    <message>
        <source>请先在列表中选中一条丢失记录。</source>
        <translation>First select a loss in the list.</translation>
    </message>
    <message>
        <source>报告丢失</source>
        <translation>Report lost</translation>
    </message>
    <message>
        <source>何时、何地、怎样发现丢失，已做的查找</source>
        <translation>When, where and how the loss was discovered, and the search made so far</translation>
    </message>
    <message>
        <source>如：本单位保密委员会、上级保密行政管理部门</source>
        <translation>e.g. the unit&apos;s secrecy committee, the secrecy administration above</translation>
    </message>
    <message>
        <source>载体：</source>
        <translation>Carrier:</translation>
    </message>
    <message>
        <source>发现时间(&amp;T)：</source>
        <translation>Discovered a&amp;t:</translation>
    </message>
    <message>
        <source>发现人(&amp;W)：</source>
        <translation>Discovered by (&amp;W):</translation>
    </message>
    <message>
        <source>丢失经过(&amp;C)：</source>
        <translation>&amp;Circumstances:</translation>
    </message>
    <message>
        <source>上报时间(&amp;R)：</source>
        <translation>&amp;Reported upward at:</translation>
    </message>
    <message>
        <source>上报单位(&amp;U)：</source>
        <translation>Reported &amp;to:</translation>
    </message>
    <message>
        <source>上报文号(&amp;N)：</source>
        <translation>Report reference (&amp;N):</translation>
    </message>
    <message>
        <source>登记丢失(&amp;O)</source>
        <translation>Rec&amp;ord loss</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>上报时间早于发现时间，请核对。</source>
        <translation>The upward report is earlier than the discovery; please check.</translation>
    </message>
    <message>
        <source>上报晚于发现超过本单位规定的 {hours} 小时：仍予登记，丢失报告上将注明“上报超时”。</source>
        <translation>Reported more than the unit&apos;s {hours} hours after the discovery: it is still recorded, and the loss report will say &quot;reported late&quot;.</translation>
    </message>
    <message>
        <source>本单位规定发现后 {hours} 小时内上报。</source>
        <translation>The unit requires a report upward within {hours} hours of the discovery.</translation>
    </message>
    <message>
        <source>异常结案</source>
        <translation>Close incident</translation>
    </message>
    <message>
        <source>找回(&amp;F)</source>
        <translation>&amp;Found</translation>
    </message>
    <message>
        <source>查处结论(&amp;D)</source>
        <translation>Fin&amp;ding concluded</translation>
    </message>
    <message>
        <source>扫描找回的载体条码</source>
        <translation>Scan the barcode of the carrier found</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>异常：</source>
        <translation>Incident:</translation>
    </message>
    <message>
        <source>结果：</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>载体条码(&amp;B)：</source>
        <translation>Carrier &amp;barcode:</translation>
    </message>
    <message>
        <source>存放位置(&amp;L)：</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>处理结果(&amp;R)：</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>结论文号(&amp;N)：</source>
        <translation>Finding reference (&amp;N):</translation>
    </message>
    <message>
        <source>结案(&amp;O)</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <source>找回情况(&amp;R)：</source>
        <translation>How it was found (&amp;R):</translation>
    </message>
    <message>
        <source>查处结论(&amp;R)：</source>
        <translation>Finding (&amp;R):</translation>
    </message>
    <message>
        <source>请先完成或取消这个对话框，再扫描（扫到：{code}）。</source>
        <translation>Finish or cancel this dialog before scanning (scanned: {code}).</translation>
    </message>
    <message>
        <source>请先在台账中选中一件要报告丢失的载体。</source>
        <translation>First select the one carrier to report lost in the ledger.</translation>
    </message>
    <message>
        <source>已登记 {number} 丢失，异常未结案。</source>
        <translation>{number} recorded as lost; the incident is open.</translation>
    </message>
    <message>
        <source>上报超过本单位规定的 {hours} 小时，已在记录中注明。</source>
        <translation> The report upward was later than the unit&apos;s {hours} hours; the record says so.</translation>
    </message>
    <message>
        <source>异常已结案：{number}。</source>
        <translation>Incident closed: {number}.</translation>
    </message>
    <message>
        <source>涉密载体丢失报告</source>
        <translation>Loss report of a classified carrier</translation>
    </message>
    <message>
        <source>请先在台账中选中一件登记过丢失的载体。</source>
        <translation>First select a carrier that was reported lost in the ledger.</translation>
    </message>
    <message>
        <source>异常(&amp;I)</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <source>异常</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>报告丢失（选中的载体）…</source>
        <translation>Report lost (selected carrier)…</translation>
    </message>
    <message>
        <source>打印丢失报告（选中的载体）…</source>
        <translation>Print loss report (selected carrier)…</translation>
    </message>
    <message>
        <source>异常列表</source>
        <translation>Incident list</translation>
    </message>
</context>
<context>
    <name>IncomingDialog</name>
    <message>
        <source>不填则与来文机关相同</source>
        <translation>Empty: the same as the sender</translation>
    </message>
    <message>
        <source>仅在再次收到已登记的同一份文件时填写</source>
        <translation>Only when the same, already registered document is received again</translation>
    </message>
    <message>
        <source>再次收文原因</source>
        <translation>Reason for receiving it again</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>在位</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>缺失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>借出或传阅中</source>
        <translation>On loan or circulating</translation>
    </message>
    <message>
        <source>清查期间离开</source>
        <translation>Left during the check</translation>
    </message>
    <message>
        <source>账外或不符</source>
        <translation>Unexpected or mismatched</translation>
    </message>
    <message>
        <source>全部载体</source>
        <translation>All carriers</translation>
    </message>
    <message>
        <source>一个密级</source>
        <translation>One level</translation>
    </message>
    <message>
        <source>一个存放位置</source>
        <translation>One location</translation>
    </message>
    <message>
        <source>一个案卷</source>
        <translation>One volume</translation>
    </message>
    <message>
        <source>一个人员名下和持有的</source>
        <translation>One person&apos;s carriers and holdings</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>条码</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>清查开始时</source>
        <translation>At the start</translation>
    </message>
    <message>
        <source>现在</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>Reason: </translation>
    </message>
    <message>
        <source>记录在清查范围以外</source>
        <translation>recorded outside the scope</translation>
    </message>
    <message>
        <source>记录为借出或传阅中</source>
        <translation>recorded as on loan or circulating</translation>
    </message>
    <message>
        <source>记录为已离开本单位</source>
        <translation>recorded as having left the unit</translation>
    </message>
    <message>
        <source>记录为丢失</source>
        <translation>recorded as lost</translation>
    </message>
    <message>
        <source>台账中无此条码</source>
        <translation>barcode not in the ledger</translation>
    </message>
    <message>
        <source>清查期间变动</source>
        <translation>moved during the check</translation>
    </message>
    <message>
        <source>页数或附件不齐</source>
        <translation>pages or attachments incomplete</translation>
    </message>
    <message>
        <source>从未清查</source>
        <translation>never checked</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>每 {n} 个月</source>
        <translation>every {n} months</translation>
    </message>
    <message>
        <source>按期应做的清查</source>
        <translation>Scheduled checks due</translation>
    </message>
    <message>
        <source>周期</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>上次清查</source>
        <translation>Last check</translation>
    </message>
    <message>
        <source>应于</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>全部结果</source>
        <translation>All results</translation>
    </message>
    <message>
        <source>开始清查(&amp;B)</source>
        <translation>&amp;Begin check</translation>
    </message>
    <message>
        <source>条码(&amp;S)：</source>
        <translation>&amp;Scan:</translation>
    </message>
    <message>
        <source>扫描在位的载体</source>
        <translation>Scan each carrier that is present</translation>
    </message>
    <message>
        <source>页数齐全</source>
        <translation>Pages complete</translation>
    </message>
    <message>
        <source>附件齐全</source>
        <translation>Attachments complete</translation>
    </message>
    <message>
        <source>不齐全时写明缺少什么</source>
        <translation>If incomplete, state what is missing</translation>
    </message>
    <message>
        <source>确认所选载体(&amp;K)</source>
        <translation>Confirm selected carrier (&amp;K)</translation>
    </message>
    <message>
        <source>报告丢失(&amp;L)…</source>
        <translation>Report &amp;lost…</translation>
    </message>
    <message>
        <source>清查结论（结束清查时必填）</source>
        <translation>Conclusion of the check (required to close it)</translation>
    </message>
    <message>
        <source>结束清查(&amp;E)</source>
        <translation>&amp;End check</translation>
    </message>
    <message>
        <source>打印清查报告(&amp;P)…</source>
        <translation>&amp;Print check report…</translation>
    </message>
    <message>
        <source>没有进行中的清查。</source>
        <translation>No inventory check is open.</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>open</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>{number}（{scope}）{state}</source>
        <translation>{number} ({scope}) {state}</translation>
    </message>
    <message>
        <source>应在 {expected}&#x3000;已找到 {found}&#x3000;剩余 {left}&#x3000;账外或不符 {odd}</source>
        <translation>Expected {expected}   found {found}   left {left}   unexpected {odd}</translation>
    </message>
    <message>
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>案卷</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>清查已开始：应在载体的清单已冻结。</source>
        <translation>Check started: the list of expected carriers is frozen.</translation>
    </message>
    <message>
        <source>请先开始一次清查。</source>
        <translation>Start an inventory check first.</translation>
    </message>
    <message>
        <source>已扫描过：{what}</source>
        <translation>Already scanned: {what}</translation>
    </message>
    <message>
        <source>在位：{what}</source>
        <translation>Present: {what}</translation>
    </message>
    <message>
        <source>账外或不符：{what}</source>
        <translation>Unexpected or mismatched: {what}</translation>
    </message>
    <message>
        <source>请先在列表中选中一件在位的载体。</source>
        <translation>Select a present carrier in the list first.</translation>
    </message>
    <message>
        <source>已确认：{code}。</source>
        <translation>Confirmed: {code}.</translation>
    </message>
    <message>
        <source>请先在列表中选中一件缺失的载体。</source>
        <translation>Select a missing carrier in the list first.</translation>
    </message>
    <message>
        <source>已报告丢失：{code}，异常未结案。</source>
        <translation>Reported lost: {code}; the incident stays open.</translation>
    </message>
    <message>
        <source>清查已结束：缺失 {missing} 件，账外或不符 {odd} 件。</source>
        <translation>Check closed: {missing} missing, {odd} unexpected or mismatched.</translation>
    </message>
    <message>
        <source>还没有清查可以打印。</source>
        <translation>There is no inventory check to print yet.</translation>
    </message>
    <message>
        <source>涉密载体清查报告</source>
        <translation>Inventory Check Report</translation>
    </message>
    <message>
        <source>清查</source>
        <translation>Inventory</translation>
    </message>
</context>
<context>
    <name>LabelPrintDialog</name>
    <message>
        <source>打印条码标签</source>
        <translation>Print barcode labels</translation>
    </message>
    <message>
        <source>要打印标签的载体</source>
        <translation>Carriers to label</translation>
    </message>
    <message>
        <source>选中的载体(&amp;E)</source>
        <translation>S&amp;elected carriers</translation>
    </message>
    <message>
        <source>按编号范围(&amp;R)：</source>
        <translation>By number &amp;range:</translation>
    </message>
    <message>
        <source>起始编号，如 2026-收-0001</source>
        <translation>First number, e.g. 2026-收-0001</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>结束编号（含其各份）</source>
        <translation>Last number (with all its copies)</translation>
    </message>
    <message>
        <source>标签纸</source>
        <translation>Label sheet</translation>
    </message>
    <message>
        <source>模板(&amp;T)：</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>自定义…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>起始位置(&amp;S)：</source>
        <translation>&amp;Start at position:</translation>
    </message>
    <message>
        <source>部分用过的标签纸：从第几个位置开始打印（左到右、上到下数）</source>
        <translation>On a partly used sheet: the position to start printing at (counted left to right, top to bottom)</translation>
    </message>
    <message>
        <source>跳过位置(&amp;K)：</source>
        <translation>S&amp;kip positions:</translation>
    </message>
    <message>
        <source>损坏的位置，如 3, 5, 7-9（只用于第一张）</source>
        <translation>Damaged positions, e.g. 3, 5, 7-9 (first sheet only)</translation>
    </message>
    <message>
        <source>打印机与校准</source>
        <translation>Printer and calibration</translation>
    </message>
    <message>
        <source>打印机(&amp;P)：</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <source>校准偏移(&amp;O)：</source>
        <translation>Calibration &amp;offset:</translation>
    </message>
    <message>
        <source>向右</source>
        <translation>right</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>向下</source>
        <translation>down</translation>
    </message>
    <message>
        <source>先用普通纸打印对位测试页，叠在标签纸上对着光看：内容要往右、往下移就填正数，往左、往上移就填负数。每台打印机分别保存。</source>
        <translation>First print the alignment test page on plain paper and hold it over a label sheet against the light: enter positive numbers to move the content right or down, negative to move it left or up. Each printer keeps its own values.</translation>
    </message>
    <message>
        <source>打印对位测试页…</source>
        <translation>Print alignment test page…</translation>
    </message>
    <message>
        <source>可打印边距(&amp;M)：</source>
        <translation>Printable &amp;margin:</translation>
    </message>
    <message>
        <source>打印机印不到的纸边宽度：靠纸边的标签，内容缩小避开这一圈，条码高度不变。每台打印机分别保存。</source>
        <translation>The edge of the sheet this printer cannot reach: labels at the edge shrink their text to stay clear of it; the barcode keeps its height. Kept for each printer.</translation>
    </message>
    <message>
        <source>第一张标签纸（点击位置可标为跳过）</source>
        <translation>First label sheet (click a position to skip it)</translation>
    </message>
    <message>
        <source>灰色：已用掉&#x3000;红色：跳过&#x3000;蓝色：本次打印</source>
        <translation>Grey: used   Red: skipped   Blue: printed now</translation>
    </message>
    <message>
        <source>预览并打印…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>共 {n} 个</source>
        <translation>{n} in all</translation>
    </message>
    <message>
        <source>标签对位测试页</source>
        <translation>Label alignment test page</translation>
    </message>
    <message>
        <source>预览对位测试页…</source>
        <translation>Preview alignment test page…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{name}（自定义）</source>
        <translation>{name} (custom)</translation>
    </message>
    <message>
        <source>热敏单张标签 {w}×{h} mm</source>
        <translation>Thermal label {w}×{h} mm</translation>
    </message>
    <message>
        <source>A4 标签纸 {c}×{r}（每个 {w}×{h} mm）</source>
        <translation>A4 label sheet {c}×{r} ({w}×{h} mm each)</translation>
    </message>
    <message>
        <source>每张一个标签，{w}×{h} mm</source>
        <translation>One label per sheet, {w}×{h} mm</translation>
    </message>
    <message>
        <source>纸 {pw}×{ph} mm，{c} 列 × {r} 行 = {n} 个；左边距 {ml}、上边距 {mt}、间距 {gx} / {gy} mm</source>
        <translation>Paper {pw}×{ph} mm, {c} columns × {r} rows = {n} labels; left margin {ml}, top margin {mt}, gaps {gx} / {gy} mm</translation>
    </message>
    <message>
        <source>；热敏 {dpi} dpi</source>
        <translation>; thermal {dpi} dpi</translation>
    </message>
    <message>
        <source>系统默认打印机</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <source>请填写起始编号；只打印一项登记时，结束编号可以不填。</source>
        <translation>Enter the first number; to print a single registration, the last number may be left empty.</translation>
    </message>
    <message>
        <source>这个编号范围内没有载体。</source>
        <translation>There are no carriers in this number range.</translation>
    </message>
    <message>
        <source>一次最多打印 {n} 张标签，请缩小范围。</source>
        <translation>At most {n} labels can be printed at once; narrow the range.</translation>
    </message>
    <message>
        <source>共 {n} 张标签，需要 {sheets} 张标签纸。</source>
        <translation>{n} label(s), needing {sheets} sheet(s).</translation>
    </message>
    <message>
        <source>第一张标签纸的位置都已跳过：它会空白地走过打印机。</source>
        <translation> Every position of the first sheet is skipped: it goes through the printer blank.</translation>
    </message>
    <message>
        <source>第一张标签纸空白</source>
        <translation>First sheet blank</translation>
    </message>
    <message>
        <source>第一张标签纸的位置都已跳过，这张纸会空白地走过打印机，标签从第二张开始。仍要打印吗？</source>
        <translation>Every position of the first sheet is skipped: that sheet goes through the printer blank and the labels start on the second. Print anyway?</translation>
    </message>
    <message>
        <source> 等 {n} 个</source>
        <translation> and {n} in all</translation>
    </message>
    <message>
        <source>补打标签</source>
        <translation>Reprint labels</translation>
    </message>
    <message>
        <source>这些载体已不在本单位保管：{names}。
确实要为它们补打标签吗？补打的标签上注明“补打”和现在的状态，打印记入审计日志。</source>
        <translation>These carriers are no longer kept by the unit: {names}.
Reprint their labels? A reprinted label is marked as a reprint with their present status; the print is recorded in the audit log.</translation>
    </message>
    <message>
        <source>删除标签模板</source>
        <translation>Delete label template</translation>
    </message>
    <message>
        <source>删除自定义标签模板“{name}”？</source>
        <translation>Delete the custom label template “{name}”?</translation>
    </message>
</context>
<context>
    <name>LabelTemplateDialog</name>
    <message>
        <source>自定义标签模板</source>
        <translation>Custom label templates</translation>
    </message>
    <message>
        <source>照标签纸包装上的尺寸填写（单位：毫米）。位置从左上角起，左到右、上到下编号。</source>
        <translation>Enter the sizes printed on the label sheet&apos;s package (in millimetres). Positions are numbered from the top left, left to right, top to bottom.</translation>
    </message>
    <message>
        <source>名称(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>例如：机要室 A4 2×7</source>
        <translation>e.g. Secure room A4 2×7</translation>
    </message>
    <message>
        <source>纸张 宽 × 高：</source>
        <translation>Sheet width × height:</translation>
    </message>
    <message>
        <source>列数 × 行数：</source>
        <translation>Columns × rows:</translation>
    </message>
    <message>
        <source>标签 宽 × 高：</source>
        <translation>Label width × height:</translation>
    </message>
    <message>
        <source>左边距 / 上边距：</source>
        <translation>Left / top margin:</translation>
    </message>
    <message>
        <source>横向 / 纵向间距：</source>
        <translation>Horizontal / vertical gap:</translation>
    </message>
    <message>
        <source>热敏打印机分辨率：</source>
        <translation>Thermal printer resolution:</translation>
    </message>
    <message>
        <source>不是热敏打印机</source>
        <translation>Not a thermal printer</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>请为标签模板起一个名字。</source>
        <translation>Please give the label template a name.</translation>
    </message>
    <message>
        <source>“{name}”是内置模板的名字，请换一个。</source>
        <translation>“{name}” is the name of a built-in template; choose another.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>在库</source>
        <translation>In store</translation>
    </message>
    <message>
        <source>传阅中</source>
        <translation>Circulating</translation>
    </message>
    <message>
        <source>借出</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>已发出</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>已清退</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>已移交</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>已销毁</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>丢失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>U盘</source>
        <translation>USB drive</translation>
    </message>
    <message>
        <source>光盘</source>
        <translation>Optical disc</translation>
    </message>
    <message>
        <source>移动硬盘</source>
        <translation>Portable hard disk</translation>
    </message>
    <message>
        <source>其他介质</source>
        <translation>Other medium</translation>
    </message>
    <message>
        <source>其他物品</source>
        <translation>Other item</translation>
    </message>
    <message>
        <source>收文</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>发文</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>涉密介质</source>
        <translation>Classified media</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>列入传阅单</source>
        <translation>Put on circulation slip</translation>
    </message>
    <message>
        <source>传阅送出</source>
        <translation>Given out for reading</translation>
    </message>
    <message>
        <source>传阅收回</source>
        <translation>Collected back from reading</translation>
    </message>
    <message>
        <source>传阅结束</source>
        <translation>Circulation closed</translation>
    </message>
    <message>
        <source>借出</source>
        <comment>history event</comment>
        <translation>Lent</translation>
    </message>
    <message>
        <source>借阅归还</source>
        <translation>Loan returned</translation>
    </message>
    <message>
        <source>登记异常</source>
        <translation>Incident recorded</translation>
    </message>
    <message>
        <source>异常结案</source>
        <translation>Incident closed</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Filing</translation>
    </message>
    <message>
        <source>出卷</source>
        <translation>Taken out of volume</translation>
    </message>
    <message>
        <source>冻结</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>解除冻结</source>
        <translation>Hold lifted</translation>
    </message>
    <message>
        <source>列入清退单</source>
        <translation>Listed for return</translation>
    </message>
    <message>
        <source>移出清退单</source>
        <translation>Removed from return list</translation>
    </message>
    <message>
        <source>清退</source>
        <translation>Returned to issuer</translation>
    </message>
    <message>
        <source>列入销毁清单</source>
        <translation>Listed for destruction</translation>
    </message>
    <message>
        <source>移出销毁清单</source>
        <translation>Remove from destruction manifest</translation>
    </message>
    <message>
        <source>销毁</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>列入移交清单</source>
        <translation>Put on handover list</translation>
    </message>
    <message>
        <source>移出移交清单</source>
        <translation>Taken off handover list</translation>
    </message>
    <message>
        <source>移交</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>定密变更</source>
        <translation>Classification change</translation>
    </message>
    <message>
        <source>报告丢失</source>
        <translation>Report lost</translation>
    </message>
    <message>
        <source>丢失找回</source>
        <translation>Lost carrier found</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>导入作废</source>
        <translation>Import voided</translation>
    </message>
    <message>
        <source>补录</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>冻结</source>
        <comment>history field</comment>
        <translation>On hold</translation>
    </message>
    <message>
        <source>持有人</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>密级标志</source>
        <translation>Classification marking</translation>
    </message>
    <message>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>{who}，{post}，证件 {badge}</source>
        <translation>{who}, {post}, badge {badge}</translation>
    </message>
    <message>
        <source>请先办完或取消离岗登记（扫到：{code}）。</source>
        <translation>Finish or cancel the departure first (scanned: {code}).</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>密级★期限</source>
        <translation>Level★period</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>来文机关</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>持有人/位置</source>
        <translation>Holder / location</translation>
    </message>
    <message>
        <source>登记时间</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>（冻结）</source>
        <translation> (on hold)</translation>
    </message>
</context>
<context>
    <name>LevelChangeDialog</name>
    <message>
        <source>……共 {n} 件</source>
        <translation>… {n} items in all</translation>
    </message>
    <message>
        <source>载体：</source>
        <translation>Carriers:</translation>
    </message>
    <message>
        <source>变更针对文件本身：同一登记的各份及在本单位复制的件一并变更。</source>
        <translation>The change applies to the document itself: every copy of the same registration and the copies made here change with it.</translation>
    </message>
    <message>
        <source>变更事项(&amp;D)：</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>新的密级(&amp;L)：</source>
        <translation>New &amp;level:</translation>
    </message>
    <message>
        <source>保密期限不变</source>
        <translation>Period unchanged</translation>
    </message>
    <message>
        <source>新的保密期限(&amp;P)：</source>
        <translation>New &amp;period:</translation>
    </message>
    <message>
        <source>变更机关(&amp;A)：</source>
        <translation>Deciding &amp;authority:</translation>
    </message>
    <message>
        <source>作出变更或解密决定的定密机关</source>
        <translation>the classifying authority that decided the change or declassification</translation>
    </message>
    <message>
        <source>变更文号(&amp;R)：</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>变更日期：</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>变更后为仍在本单位的载体打印新标签</source>
        <translation>Afterwards print new labels for the carriers still here</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>绝密</source>
        <translation>Top secret</translation>
    </message>
    <message>
        <source>机密</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>秘密</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>内部</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>核心商密</source>
        <translation>Core commercial secret</translation>
    </message>
    <message>
        <source>普通商密</source>
        <translation>Commercial secret</translation>
    </message>
    <message>
        <source>非密</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <source>{n}年</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <source>{n}个月</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <source>长期</source>
        <translation>long-term</translation>
    </message>
    <message>
        <source>{number}&#x3000;{marking}&#x3000;{title}</source>
        <translation>{number}  {marking}  {title}</translation>
    </message>
    <message>
        <source>篇{n}</source>
        <translation>Part {n} §</translation>
    </message>
    <message>
        <source>第{n}条</source>
        <translation>Article {n}</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <source>借阅登记</source>
        <translation>Lend</translation>
    </message>
    <message>
        <source>领导审批（按纸质审批单填写）</source>
        <translation>Leader&apos;s approval (as on the paper approval form)</translation>
    </message>
    <message>
        <source>批准人(&amp;A)：</source>
        <translation>&amp;Approved by:</translation>
    </message>
    <message>
        <source>批准借阅的领导</source>
        <translation>The leader who approved the loan</translation>
    </message>
    <message>
        <source>审批单号(&amp;R)：</source>
        <translation>Approval &amp;reference:</translation>
    </message>
    <message>
        <source>纸质审批单的编号（如有）</source>
        <translation>Number of the paper approval form, if any</translation>
    </message>
    <message>
        <source>批准日期(&amp;D)：</source>
        <translation>Approval &amp;date:</translation>
    </message>
    <message>
        <source>借阅事由(&amp;U)：</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <source>例如：起草报告、核对数据</source>
        <translation>e.g. drafting a report, checking figures</translation>
    </message>
    <message>
        <source>阅读地点(&amp;L)：</source>
        <translation>Reading p&amp;lace:</translation>
    </message>
    <message>
        <source>应还时间：</source>
        <translation>Due back:</translation>
    </message>
    <message>
        <source>另定(&amp;T)：</source>
        <translation>Se&amp;t:</translation>
    </message>
    <message>
        <source>带出机要室（须另经领导批准；国家秘密载体不准带出）(&amp;B)</source>
        <translation>Ta&amp;ke out of the secure room (needs its own approval; state secrets may not leave)</translation>
    </message>
    <message>
        <source>带出批准人：</source>
        <translation>Take-out approved by:</translation>
    </message>
    <message>
        <source>带出审批单号：</source>
        <translation>Take-out approval reference:</translation>
    </message>
    <message>
        <source>带出批准日期：</source>
        <translation>Take-out approval date:</translation>
    </message>
    <message>
        <source>确认借出(&amp;O)</source>
        <translation>Lend n&amp;ow</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>借阅载体（{n} 件）：</source>
        <translation>Carriers to lend ({n}):</translation>
    </message>
    <message>
        <source>借阅人：{who}，{post}，{grade}，证件 {badge}</source>
        <translation>Borrower: {who}, {post}, {grade}, badge {badge}</translation>
    </message>
    <message>
        <source>默认 {due} 前归还</source>
        <translation>by default, back by {due}</translation>
    </message>
    <message>
        <source>带往何处</source>
        <translation>Where it is taken</translation>
    </message>
    <message>
        <source>机要室</source>
        <translation>Secure room</translation>
    </message>
    <message>
        <source>请先确认或取消这次借阅，再扫描下一件（扫到：{code}）。</source>
        <translation>Confirm or cancel this loan before scanning the next item (scanned: {code}).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>涉密载体台账</source>
        <translation>Classified Carrier Ledger</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>检索：标题、文号、来文机关中的任意字，或编号、条码</source>
        <translation>Search: any characters of title, document no. or sender, or a number or barcode</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>全部登记簿</source>
        <translation>All registers</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>取消(&amp;C)</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>停止生成；不会留下任何文件</source>
        <translation>Stop making it; no file is left behind</translation>
    </message>
    <message>
        <source>登记(&amp;R)</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>收文登记…</source>
        <translation>Incoming document…</translation>
    </message>
    <message>
        <source>发文登记…</source>
        <translation>Outgoing document…</translation>
    </message>
    <message>
        <source>涉密介质登记…</source>
        <translation>Classified medium…</translation>
    </message>
    <message>
        <source>台账(&amp;L)</source>
        <translation>&amp;Ledger</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>台账库(&amp;V)</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <source>立即锁定</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>已取消，没有生成任何文件。</source>
        <translation>Cancelled; no file was made.</translation>
    </message>
    <message>
        <source>台账：{path}</source>
        <translation>Ledger: {path}</translation>
    </message>
    <message>
        <source>已与本机凭据库绑定</source>
        <translation>Bound to this PC&apos;s credential store</translation>
    </message>
    <message>
        <source>未与本机绑定：仅凭口令即可打开</source>
        <translation>Not bound to this PC: the passphrase alone opens it</translation>
    </message>
    <message>
        <source>全部密级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>全部位置</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>已复制 {n} 行；{s} 秒后从剪贴板清除（设置）。</source>
        <translation>Copied {n} rows; cleared from the clipboard after {s} seconds (Settings).</translation>
    </message>
    <message>
        <source>正在检索…（Esc 取消）</source>
        <translation>Searching… (Esc to cancel)</translation>
    </message>
    <message>
        <source>没有找到条码为 {code} 的载体。请确认它已登记，或重新扫描。</source>
        <translation>No carrier has the barcode {code}. Check that it has been registered, or scan it again.</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>{m}:{s:02d} 后自动锁定</source>
        <translation>Locks in {m}:{s:02d}</translation>
    </message>
    <message>
        <source>警告：本机连接了网络（{names}）。涉密计算机必须断开一切网络！</source>
        <translation>Warning: this PC is connected to a network ({names}). A classified PC must be disconnected from every network!</translation>
    </message>
    <message>
        <source>警告：打印服务设置为另一台计算机 {host}，打印已停用。涉密计算机只能使用本机连接的打印机。</source>
        <translation>Warning: the print service is set to another computer, {host}; printing is disabled. A classified PC may only use printers attached to it.</translation>
    </message>
    <message>
        <source>网络：已连接</source>
        <translation>Network: connected</translation>
    </message>
    <message>
        <source>网络：未连接</source>
        <translation>Network: not connected</translation>
    </message>
</context>
<context>
    <name>ManifestCompleteDialog</name>
    <message>
        <source>完成销毁</source>
        <translation>Complete destruction</translation>
    </message>
    <message>
        <source>销毁清单：</source>
        <translation>Destruction manifest:</translation>
    </message>
    <message>
        <source>合计：</source>
        <translation>Totals: </translation>
    </message>
    <message>
        <source>领导审批（按纸质审批单填写）</source>
        <translation>Leader&apos;s approval (as on the paper approval form)</translation>
    </message>
    <message>
        <source>批准人(&amp;A)：</source>
        <translation>&amp;Approved by:</translation>
    </message>
    <message>
        <source>批准的主管领导，不能是机要员本人</source>
        <translation>The leader in charge who approved it, not the clerk</translation>
    </message>
    <message>
        <source>批准文号(&amp;R)：</source>
        <translation>Approval &amp;reference:</translation>
    </message>
    <message>
        <source>纸质审批单的编号</source>
        <translation>Number of the paper approval form</translation>
    </message>
    <message>
        <source>批准日期(&amp;D)：</source>
        <translation>Approval &amp;date:</translation>
    </message>
    <message>
        <source>监销（两人以上，不能是机要员本人）</source>
        <translation>Supervision (two or more people, not the clerk)</translation>
    </message>
    <message>
        <source>监销人(&amp;S)：</source>
        <translation>&amp;Supervisors:</translation>
    </message>
    <message>
        <source>第一名监销人</source>
        <translation>First supervisor</translation>
    </message>
    <message>
        <source>第二名监销人</source>
        <translation>Second supervisor</translation>
    </message>
    <message>
        <source>（可选）</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>销毁日期(&amp;E)：</source>
        <translation>Date d&amp;estroyed:</translation>
    </message>
    <message>
        <source>完成销毁(&amp;O)</source>
        <translation>C&amp;omplete destruction</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{number}：{day}，{place}，{method}</source>
        <translation>{number}: {day}, {place}, {method}</translation>
    </message>
    <message>
        <source>监销人不能是机要员本人（{clerk}）。完成后，清单上的 {n} 件载体全部标记为已销毁，清单从此不能改动，只能重新打印。</source>
        <translation>A supervisor cannot be the clerk ({clerk}). Once completed, all {n} carriers on the manifest are marked destroyed; the manifest can then only be reprinted, never changed.</translation>
    </message>
</context>
<context>
    <name>ManifestDialog</name>
    <message>
        <source>新建销毁清单</source>
        <translation>New destruction manifest</translation>
    </message>
    <message>
        <source>清单编号：</source>
        <translation>Manifest number:</translation>
    </message>
    <message>
        <source>销毁日期(&amp;D)：</source>
        <translation>&amp;Date of destruction:</translation>
    </message>
    <message>
        <source>销毁地点(&amp;P)：</source>
        <translation>Destruction &amp;place:</translation>
    </message>
    <message>
        <source>保密部门指定的销毁地点</source>
        <translation>The place designated by the secrecy office</translation>
    </message>
    <message>
        <source>销毁方式(&amp;M)：</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>载体：</source>
        <translation>Carriers: </translation>
    </message>
    <message>
        <source>建立清单(&amp;O)</source>
        <translation>&amp;Make manifest</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存时自动编号（如 {year}-销-0001）</source>
        <translation>Numbered automatically when saved (e.g. {year}-销-0001)</translation>
    </message>
    <message>
        <source>建立后扫描载体条码，或从台账选中后加入。</source>
        <translation>After making it, scan carrier barcodes, or add carriers selected in the ledger.</translation>
    </message>
    <message>
        <source>……共 {n} 件</source>
        <translation>… {n} in all</translation>
    </message>
</context>
<context>
    <name>ManifestLineModel</name>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>密级★期限</source>
        <translation>Level★period</translation>
    </message>
    <message>
        <source>份号</source>
        <translation>Copy no.</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>ManifestModel</name>
    <message>
        <source>清单编号</source>
        <translation>Manifest no.</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>销毁日期</source>
        <translation>Destruction date</translation>
    </message>
    <message>
        <source>销毁地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>销毁方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>监销人</source>
        <translation>Supervisors</translation>
    </message>
</context>
<context>
    <name>ManifestsPage</name>
    <message>
        <source>新建销毁清单…</source>
        <translation>New manifest…</translation>
    </message>
    <message>
        <source>打印销毁清单…</source>
        <translation>Print manifest…</translation>
    </message>
    <message>
        <source>完成销毁…</source>
        <translation>Complete destruction…</translation>
    </message>
    <message>
        <source>作废清单…</source>
        <translation>Cancel manifest…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>显示：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>全部清单</source>
        <translation>All manifests</translation>
    </message>
    <message>
        <source>待销毁</source>
        <translation>To be destroyed</translation>
    </message>
    <message>
        <source>已销毁</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>清单明细</source>
        <translation>Manifest lines</translation>
    </message>
    <message>
        <source>扫描要销毁的载体条码，逐件加入本清单；也可输入后按回车</source>
        <translation>Scan the barcode of each carrier to destroy to add it to this manifest, or type it and press Enter</translation>
    </message>
    <message>
        <source>加入台账中选中的载体</source>
        <translation>Add carriers selected in the ledger</translation>
    </message>
    <message>
        <source>移出选中的行…</source>
        <translation>Remove selected lines…</translation>
    </message>
    <message>
        <source>重新打印销毁清单…</source>
        <translation>Reprint manifest…</translation>
    </message>
    <message>
        <source>清单明细：{number}（{state}）</source>
        <translation>Manifest lines: {number} ({state})</translation>
    </message>
    <message>
        <source>合计：</source>
        <translation>Totals: </translation>
    </message>
    <message>
        <source>已于 {day} 在{place}以“{method}”方式销毁。批准人：{approver}（{ref}，{approved}）；监销人：{supervisors}。已完成的清单只能重新打印，不能改动。</source>
        <translation>Destroyed on {day} at {place} by “{method}”. Approved by {approver} ({ref}, {approved}); supervisors: {supervisors}. A completed manifest can only be reprinted, never changed.</translation>
    </message>
    <message>
        <source>已于 {at} 作废：{reason}。作废的清单不能改动。</source>
        <translation>Cancelled at {at}: {reason}. A cancelled manifest cannot be changed.</translation>
    </message>
    <message>
        <source>待销毁：计划 {day} 在{place}以“{method}”方式销毁。逐件扫描载体加入；打印清单报领导审批，监销销毁后点“完成销毁”。</source>
        <translation>To be destroyed on {day} at {place} by “{method}”. Scan the carriers one by one; print the manifest for the leader to approve, and after the supervised destruction click “Complete destruction…”.</translation>
    </message>
    <message>
        <source>请先选中一份待销毁的清单（或新建一份），再扫描载体（扫到：{code}）。</source>
        <translation>First select a manifest waiting for destruction (or make a new one), then scan the carriers (scanned: {code}).</translation>
    </message>
    <message>
        <source>销毁清单 {number} {state}，不能再加入载体（扫到：{code}）。</source>
        <translation>Destruction manifest {number} is {state}; no carriers can be added (scanned: {code}).</translation>
    </message>
    <message>
        <source>已加入 {number} 第 {n} 行：{line}</source>
        <translation>Added to {number} as line {n}: {line}</translation>
    </message>
    <message>
        <source>已加入 {number}：{n} 件。</source>
        <translation>Added to {number}: {n} carriers.</translation>
    </message>
    <message>
        <source>请先在台账中选中要销毁的载体。</source>
        <translation>First select the carriers to destroy in the ledger.</translation>
    </message>
    <message>
        <source>有 {n} 份待销毁的清单：请先选中要加入的那一份。</source>
        <translation>{n} manifests are waiting for destruction: first select the one to add to.</translation>
    </message>
    <message>
        <source>请先在清单明细中选中要移出的行。</source>
        <translation>First select the lines to remove in the manifest lines.</translation>
    </message>
    <message>
        <source>移出销毁清单</source>
        <translation>Remove from destruction manifest</translation>
    </message>
    <message>
        <source>移出的载体：</source>
        <translation>Carriers to remove:</translation>
    </message>
    <message>
        <source>移出原因(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>移出(&amp;O)</source>
        <translation>Rem&amp;ove</translation>
    </message>
    <message>
        <source>例如：误列入、尚需使用</source>
        <translation>e.g. listed by mistake, still needed</translation>
    </message>
    <message>
        <source>已从 {number} 移出 {n} 件。</source>
        <translation>{n} carrier(s) removed from {number}.</translation>
    </message>
    <message>
        <source>已建立销毁清单 {number}。现在可以逐件扫描要销毁的载体。</source>
        <translation>Destruction manifest {number} made. Now scan the carriers to destroy one by one.</translation>
    </message>
    <message>
        <source>销毁清单 {number} 上还没有载体。</source>
        <translation>Destruction manifest {number} has no carriers yet.</translation>
    </message>
    <message>
        <source>销毁清单 {number} 已完成：{totals}，全部标记为已销毁。</source>
        <translation>Destruction manifest {number} completed: {totals}, all marked destroyed.</translation>
    </message>
    <message>
        <source>作废销毁清单</source>
        <translation>Cancel destruction manifest</translation>
    </message>
    <message>
        <source>销毁清单：</source>
        <translation>Destruction manifest:</translation>
    </message>
    <message>
        <source>{number}（{n} 件）</source>
        <translation>{number} ({n} carriers)</translation>
    </message>
    <message>
        <source>作废原因(&amp;R)：</source>
        <translation>&amp;Reason for cancelling:</translation>
    </message>
    <message>
        <source>作废(&amp;O)</source>
        <translation>Cancel the &amp;list</translation>
    </message>
    <message>
        <source>作废后，清单上的载体不再列入销毁，仍在库；清单记录保留。</source>
        <translation>Once cancelled, its carriers are no longer listed for destruction and stay in store; the manifest is kept on record.</translation>
    </message>
    <message>
        <source>销毁清单 {number} 已作废。</source>
        <translation>Destruction manifest {number} cancelled.</translation>
    </message>
</context>
<context>
    <name>OutModel</name>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>载体编号</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>密级★期限</source>
        <translation>Level★period</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>持有人</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>送出/借出</source>
        <translation>Out since</translation>
    </message>
    <message>
        <source>应还时间</source>
        <translation>Due back</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>State</translation>
    </message>
    <message>
        <source>逾期 {d} 天</source>
        <translation>{d}d overdue</translation>
    </message>
    <message>
        <source>逾期 {h} 小时</source>
        <translation>{h}h overdue</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>今日应还</source>
        <translation>Due today</translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <source>更改口令</source>
        <translation>Change Passphrase</translation>
    </message>
    <message>
        <source>原口令(&amp;O)：</source>
        <translation>&amp;Old passphrase:</translation>
    </message>
    <message>
        <source>新口令(&amp;N)：</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>再输入一次(&amp;R)：</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>只改写密钥文件，台账内容不变。已有的备份仍用制作时的口令打开，改口令后请重新备份。</source>
        <translation>Only the key file is rewritten; the ledger itself is unchanged. Existing backups still open with the passphrase they were made with: make a new backup after the change.</translation>
    </message>
    <message>
        <source>两次输入的新口令不一致。</source>
        <translation>The two new passphrases differ.</translation>
    </message>
    <message>
        <source>新口令符合要求。</source>
        <translation>The new passphrase meets the requirements.</translation>
    </message>
</context>
<context>
    <name>Pending</name>
    <message>
        <source>份号</source>
        <translation>Copy no.</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>产生机关</source>
        <translation>Originating authority</translation>
    </message>
    <message>
        <source>来文机关</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>收文日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Copies printed</translation>
    </message>
    <message>
        <source>知悉范围</source>
        <translation>Authorized readers</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>待补项</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>待补登记的载体</source>
        <translation>Carriers to complete</translation>
    </message>
    <message>
        <source>补录(&amp;C)…</source>
        <translation>&amp;Complete…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>导入时缺少登记项目的载体：{n} 件。补齐之前不能借阅、传阅或复制。</source>
        <translation>Carriers imported with registration fields missing: {n}. Until completed they cannot be lent, circulated or copied.</translation>
    </message>
    <message>
        <source>请先选中一件载体。</source>
        <translation>Select a carrier first.</translation>
    </message>
    <message>
        <source>补录</source>
        <translation>Complete a carrier</translation>
    </message>
    <message>
        <source>载体：</source>
        <translation>Carrier:</translation>
    </message>
    <message>
        <source>{field}：</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>补录(&amp;O)</source>
        <translation>&amp;Complete</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>份号决定载体的编号，须通过更正登记补上，不在此补录。</source>
        <translation>The copy number determines the carrier&apos;s number: add it by correcting the registration, not here.</translation>
    </message>
    <message>
        <source>例如 12</source>
        <translation>e.g. 12</translation>
    </message>
    <message>
        <source>例如 30</source>
        <translation>e.g. 30</translation>
    </message>
    <message>
        <source>例如 2019-03-05</source>
        <translation>e.g. 2019-03-05</translation>
    </message>
    <message>
        <source>{number} 仍缺：{fields}。</source>
        <translation>{number} still lacks: {fields}.</translation>
    </message>
    <message>
        <source>{number} 已补齐。</source>
        <translation>{number} is complete.</translation>
    </message>
    <message>
        <source>待补登记…</source>
        <translation>Carriers to complete…</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>涉密等级</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>证件条码</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>持有件数</source>
        <translation>Holding</translation>
    </message>
    <message>
        <source>在岗</source>
        <translation>In post</translation>
    </message>
    <message>
        <source>已离岗（{date}）</source>
        <translation>Left ({date})</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>检索：姓名、部门、岗位，或扫描证件</source>
        <translation>Search: name, department, post, or scan a badge</translation>
    </message>
    <message>
        <source>在岗人员</source>
        <translation>People in post</translation>
    </message>
    <message>
        <source>已离岗人员</source>
        <translation>People who left</translation>
    </message>
    <message>
        <source>全部人员</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>新增人员…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>离岗手续…</source>
        <translation>Departure…</translation>
    </message>
    <message>
        <source>打印证件…</source>
        <translation>Print badges…</translation>
    </message>
    <message>
        <source>打印持有清单…</source>
        <translation>Print holdings list…</translation>
    </message>
    <message>
        <source>登记培训…</source>
        <translation>Record training…</translation>
    </message>
    <message>
        <source>调整涉密等级…</source>
        <translation>Change grade…</translation>
    </message>
    <message>
        <source>登记审查…</source>
        <translation>Record review…</translation>
    </message>
    <message>
        <source>持有的载体</source>
        <translation>Carriers held</translation>
    </message>
    <message>
        <source>没有登记证件 {badge} 的人员。</source>
        <translation>No person has the badge {badge}.</translation>
    </message>
    <message>
        <source>脱密期将满</source>
        <translation>Exit periods ending soon</translation>
    </message>
    <message>
        <source>教育培训未达要求</source>
        <translation>Training behind</translation>
    </message>
    <message>
        <source>脱密期将满（{days} 天内）：{n}</source>
        <translation>Exit periods ending within {days} days: {n}</translation>
    </message>
    <message>
        <source>教育培训未达要求：{n}</source>
        <translation>Training behind: {n}</translation>
    </message>
    <message>
        <source>{name} 持有的载体（{n} 件）</source>
        <translation>Carriers held by {name} ({n})</translation>
    </message>
    <message>
        <source>已登记 {who}，证件条码 {badge}。请打印证件交本人。</source>
        <translation>{who} registered with badge {badge}. Print the badge and hand it over.</translation>
    </message>
    <message>
        <source>已更正 {name} 的{field}。</source>
        <translation>{name}: {field} corrected.</translation>
    </message>
    <message>
        <source>{name} 已登记离岗，证件停止使用。</source>
        <translation>{name} is recorded as having left; the badge is no longer valid.</translation>
    </message>
    <message>
        <source>{name} 已办结离岗，证件停止使用。</source>
        <translation>{name} has left; the badge is no longer valid.</translation>
    </message>
    <message>
        <source>{name} 已办结离岗，证件停止使用；脱密期至 {ends}。</source>
        <translation>{name} has left; the badge is no longer valid; exit period until {ends}.</translation>
    </message>
    <message>
        <source>已登记培训“{topic}”，{n} 人参加。</source>
        <translation>Training &quot;{topic}&quot; recorded, {n} attending.</translation>
    </message>
    <message>
        <source>已调整 {name} 的涉密等级为{grade}。</source>
        <translation>Changed the grade of {name} to {grade}.</translation>
    </message>
    <message>
        <source>已登记 {name} 的审查：{result}。</source>
        <translation>Review of {name} recorded: {result}.</translation>
    </message>
    <message>
        <source>请先选中要打印证件的在岗人员。</source>
        <translation>First select the people in post to print badges for.</translation>
    </message>
    <message>
        <source>请先选中一名人员。</source>
        <translation>First select a person.</translation>
    </message>
    <message>
        <source>涉密人员</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>PersonCorrectionDialog</name>
    <message>
        <source>更正人员信息</source>
        <translation>Correct a person&apos;s details</translation>
    </message>
    <message>
        <source>更正项目(&amp;F)：</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <source>现在的值：</source>
        <translation>Current value:</translation>
    </message>
    <message>
        <source>更正为(&amp;V)：</source>
        <translation>New &amp;value:</translation>
    </message>
    <message>
        <source>更正理由(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>例如：登记时录入错误；岗位调整</source>
        <translation>e.g. typing error at registration; change of post</translation>
    </message>
    <message>
        <source>提议人(&amp;P)：</source>
        <translation>&amp;Proposed by:</translation>
    </message>
    <message>
        <source>涉密等级调整由谁提出，如 人事处</source>
        <translation>Who proposed the grade change, e.g. HR</translation>
    </message>
    <message>
        <source>批准领导(&amp;A)：</source>
        <translation>&amp;Approving leader:</translation>
    </message>
    <message>
        <source>批准调整的领导（不能是机要员本人）</source>
        <translation>The leader who approved it (not the clerk)</translation>
    </message>
    <message>
        <source>原来的值不会被删除：更正记入人员的经历。证件条码不能更改。</source>
        <translation>The old value is not deleted: the correction is kept in the person&apos;s history. The badge cannot be changed.</translation>
    </message>
    <message>
        <source>保存更正(&amp;S)</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{who}，证件 {badge}</source>
        <translation>{who}, badge {badge}</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>涉密等级</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>新值与现在的值相同，没有需要更正的内容。</source>
        <translation>The new value is the same as the current one: nothing to correct.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>新增涉密人员</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>部门(&amp;D)：</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>如：办公室、综合处</source>
        <translation>e.g. General Office</translation>
    </message>
    <message>
        <source>岗位(&amp;P)：</source>
        <translation>&amp;Post:</translation>
    </message>
    <message>
        <source>如：主任、科员</source>
        <translation>e.g. Director, Officer</translation>
    </message>
    <message>
        <source>涉密等级(&amp;G)：</source>
        <translation>&amp;Clearance:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>保存后生成证件条码（RY 开头），打印成证件标签，借阅和传阅时扫描它。</source>
        <translation>Saving creates a badge barcode (starting with RY). Print it as a badge label; it is scanned for every loan and circulation.</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>请选择涉密等级。</source>
        <translation>Please choose the clearance.</translation>
    </message>
</context>
<context>
    <name>PersonLeaveDialog</name>
    <message>
        <source>登记离岗</source>
        <translation>Record departure</translation>
    </message>
    <message>
        <source>离岗日期(&amp;D)：</source>
        <translation>&amp;Date left:</translation>
    </message>
    <message>
        <source>离岗原因(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>调离、离职、退休……</source>
        <translation>transfer, resignation, retirement…</translation>
    </message>
    <message>
        <source>离岗前，本人持有的涉密载体必须全部交回（篇三 二十五）。</source>
        <translation>Before leaving, every classified carrier the person holds must be handed back (Part 3, art. 25).</translation>
    </message>
    <message>
        <source>打印持有清单(&amp;H)…</source>
        <translation>Print &amp;holdings list…</translation>
    </message>
    <message>
        <source>登记离岗(&amp;O)</source>
        <translation>Rec&amp;ord departure</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PersonnelLists</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>离岗时等级</source>
        <translation>Grade on leaving</translation>
    </message>
    <message>
        <source>离岗方式</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>离岗日期</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>脱密期至</source>
        <translation>Exit period until</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>今天届满</source>
        <translation>Ends today</translation>
    </message>
    <message>
        <source>还有 {n} 天</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>（已延长）</source>
        <translation> (extended)</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>涉密等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>近一年培训</source>
        <translation>Training in 12 months</translation>
    </message>
    <message>
        <source>最近一次培训</source>
        <translation>Last training</translation>
    </message>
    <message>
        <source>从未参加</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>{n} 次</source>
        <translation>{n}</translation>
    </message>
</context>
<context>
    <name>PrintAudit</name>
    <message>
        <source>刚才打印或导出的文件（{pages} 页）没有记入审计日志：打印期间台账已锁定。</source>
        <translation>The document just printed or exported ({pages} pages) was not recorded in the audit log: the ledger locked while it was printing.</translation>
    </message>
    <message>
        <source>请解锁后在打印登记中补记这次打印。</source>
        <translation>Unlock and record this print in the print register by hand.</translation>
    </message>
    <message>
        <source>打印未记入审计日志</source>
        <translation>Print not recorded in the audit log</translation>
    </message>
</context>
<context>
    <name>PrintDestination</name>
    <message>
        <source>打印已停用：本机的打印服务设置为另一台计算机 {host}（来自 {source}），打印内容会经网络离开本机。涉密计算机只能使用本机连接的打印机：请删除该设置后重新启动本软件。</source>
        <translation>Printing is disabled: this PC&apos;s print service is set to another computer, {host} (from {source}), so printed content would leave this PC over a network. A classified PC may only use printers attached to it: remove that setting and restart this program.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>打印预览 — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation>{n} page(s)</translation>
    </message>
    <message>
        <source>缩小(&amp;-)</source>
        <translation>Zoom out (&amp;-)</translation>
    </message>
    <message>
        <source>放大(&amp;+)</source>
        <translation>Zoom in (&amp;+)</translation>
    </message>
    <message>
        <source>整页(&amp;F)</source>
        <translation>&amp;Fit page</translation>
    </message>
    <message>
        <source>适合宽度(&amp;W)</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <source>标志密级</source>
        <translation>Marking</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>不是打印到纸上</source>
        <translation>Not printing on paper</translation>
    </message>
    <message>
        <source>没有选择打印机：这份文件将被写入磁盘文件
{path}
而不是打印在纸上。

恢复码写入文件后，任何拿到该文件的人都能打开台账。恢复码只应打印在纸上并放进保密柜。

确实要写入文件吗？</source>
        <translation>No printer was chosen: this document would be written to the file
{path}
instead of being printed on paper.

Once the recovery code is in a file, anyone who gets the file can open the ledger. The recovery code should only be printed on paper and kept in the safe.

Write it to the file anyway?</translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>打印机没有响应，请检查后重试。</source>
        <translation>The printer is not responding. Check it and try again.</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>已保存为 {path}。此文件属于涉密载体：仅本人可读写，须按其密级登记、保管，不得拷入非涉密设备。</source>
        <translation>Saved as {path}. This file is a classified carrier: readable and writable by you only; register and keep it at its classification level, and never copy it to a non-classified device.</translation>
    </message>
    <message>
        <source>已保存 PDF：{path}（涉密载体，须登记、保管）</source>
        <translation>PDF saved: {path} (a classified carrier: register it and keep it accordingly)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>正在生成文档…</source>
        <translation>Making the document…</translation>
    </message>
</context>
<context>
    <name>PrintingActions</name>
    <message>
        <source>打印标签（选中的载体）…</source>
        <translation>Print labels (selected carriers)…</translation>
    </message>
    <message>
        <source>按编号范围打印标签…</source>
        <translation>Print labels by number range…</translation>
    </message>
    <message>
        <source>标签对位测试页…</source>
        <translation>Label alignment test page…</translation>
    </message>
    <message>
        <source>收文登记簿…</source>
        <translation>Incoming register…</translation>
    </message>
    <message>
        <source>发文登记簿…</source>
        <translation>Outgoing register…</translation>
    </message>
    <message>
        <source>涉密介质登记簿…</source>
        <translation>Classified media register…</translation>
    </message>
    <message>
        <source>传阅登记簿…</source>
        <translation>Circulation register…</translation>
    </message>
    <message>
        <source>借阅登记簿…</source>
        <translation>Loan register…</translation>
    </message>
    <message>
        <source>复制登记簿…</source>
        <translation>Copy register…</translation>
    </message>
    <message>
        <source>案卷目录…</source>
        <translation>Volume catalogue…</translation>
    </message>
    <message>
        <source>卷内目录…</source>
        <translation>Volume contents…</translation>
    </message>
    <message>
        <source>清退清单…</source>
        <translation>Return list…</translation>
    </message>
    <message>
        <source>涉密载体销毁清单…</source>
        <translation>Destruction manifest…</translation>
    </message>
    <message>
        <source>涉密载体移交清单…</source>
        <translation>Handover list of classified carriers…</translation>
    </message>
    <message>
        <source>密级变更登记簿…</source>
        <translation>Classification change register…</translation>
    </message>
    <message>
        <source>保密期限到期审核清单…</source>
        <translation>Secrecy Period Expiry Review List…</translation>
    </message>
    <message>
        <source>涉密载体管理情况报告…</source>
        <translation>Classified Carrier Management Report…</translation>
    </message>
    <message>
        <source>涉密人员名册…</source>
        <translation>Roster of classified personnel…</translation>
    </message>
    <message>
        <source>脱密期管理台账…</source>
        <translation>Exit-period register…</translation>
    </message>
    <message>
        <source>保密教育培训记录…</source>
        <translation>Secrecy training record…</translation>
    </message>
    <message>
        <source>单位名称放不下</source>
        <translation>Unit name does not fit</translation>
    </message>
    <message>
        <source>单位名称太长，标签上只能印出开头部分。请在“设置 › 本单位规则”中填写标签上的单位简称。</source>
        <translation>The unit&apos;s name is too long: the labels show only its beginning. Set a short name for labels in Settings › Unit rules.</translation>
    </message>
    <message>
        <source>条码标签</source>
        <translation>Barcode labels</translation>
    </message>
    <message>
        <source>正在生成标签…</source>
        <translation>Making the labels…</translation>
    </message>
    <message>
        <source>正在生成登记簿…</source>
        <translation>Making the register…</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>说明原因</source>
        <translation>Give the reason</translation>
    </message>
    <message>
        <source>载体：</source>
        <translation>Carriers: </translation>
    </message>
    <message>
        <source>原因(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>存放位置(&amp;L)：</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>确定(&amp;O)</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>不变</source>
        <translation>Unchanged</translation>
    </message>
</context>
<context>
    <name>RecoveryRenewalDialog</name>
    <message>
        <source>更换恢复码</source>
        <translation>Renew Recovery Code</translation>
    </message>
    <message>
        <source>更换后旧恢复码立即作废，不能再打开台账。此前制作的备份仍只能用旧恢复码（或当时的口令）打开；更换后请重新备份。</source>
        <translation>Once renewed, the old recovery code no longer opens the ledger. Backups made before still open only with the old code (or the passphrase of that time): make a new backup after renewing.</translation>
    </message>
    <message>
        <source>当前口令(&amp;P)：</source>
        <translation>Current &amp;passphrase:</translation>
    </message>
    <message>
        <source>生成新恢复码(&amp;G)</source>
        <translation>&amp;Generate New Recovery Code</translation>
    </message>
    <message>
        <source>新恢复码只显示这一次。请立即抄写或打印，放入保密柜。</source>
        <translation>The new recovery code is shown only this once. Write it down or print it now and keep it in the safe.</translation>
    </message>
    <message>
        <source>抄写后输入最后一组(&amp;L)：</source>
        <translation>After copying, type its &amp;last group:</translation>
    </message>
    <message>
        <source>请输入当前口令。</source>
        <translation>Please enter the current passphrase.</translation>
    </message>
    <message>
        <source>确认无误。请把新恢复码放进保密柜，销毁旧恢复码。</source>
        <translation>Confirmed. Put the new recovery code in the safe and destroy the old one.</translation>
    </message>
    <message>
        <source>与新恢复码的最后一组不一致。</source>
        <translation>This does not match the last group of the new recovery code.</translation>
    </message>
    <message>
        <source>抄写或打印新恢复码后，输入它的最后一组以确认。</source>
        <translation>After writing down or printing the new recovery code, type its last group to confirm.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>批准日期不可能早于 1949 年。</source>
        <translation>The approval date cannot be earlier than 1949.</translation>
    </message>
    <message>
        <source>批准日期不能晚于今天。</source>
        <translation>The approval date cannot be later than today.</translation>
    </message>
    <message>
        <source>请填写批准日期。</source>
        <translation>Please fill in the approval date.</translation>
    </message>
    <message>
        <source>备份不能放在台账所在的文件夹：请选择专用备份介质上的文件夹。</source>
        <translation>A backup cannot be kept in the ledger’s own folder: choose a folder on the dedicated backup medium.</translation>
    </message>
    <message>
        <source>保留的备份份数须在 1 到 100 之间。</source>
        <translation>The number of backups kept must be from 1 to 100.</translation>
    </message>
    <message>
        <source>条码 {code} 是一份文件，不是存储介质。</source>
        <translation>Barcode {code} is a document, not a storage medium.</translation>
    </message>
    <message>
        <source>介质条码 {code} 未在台账中登记。请先登记该备份介质，或不填条码。</source>
        <translation>Medium barcode {code} is not registered in the ledger. Register the backup medium first, or leave the barcode empty.</translation>
    </message>
    <message>
        <source>用恢复码打开的备份，恢复时须设置新口令。</source>
        <translation>A backup opened with the recovery code needs a new passphrase when it is restored.</translation>
    </message>
    <message>
        <source>请输入备份的口令或恢复码（二者选一）。</source>
        <translation>Enter the backup’s passphrase or recovery code (one of the two).</translation>
    </message>
    <message>
        <source>证件条码 {code} 的校验位不对，可能是输错或扫错了。</source>
        <translation>The check digit of badge barcode {code} is wrong; it may have been mistyped or misscanned.</translation>
    </message>
    <message>
        <source>{code} 不是人员证件条码（应为 {BADGE_PREFIX} 加 9 位数字）。</source>
        <translation>{code} is not a badge barcode (it should be {BADGE_PREFIX} followed by 9 digits).</translation>
    </message>
    <message>
        <source>{code} 是载体条码，这里要扫人员证件。</source>
        <translation>{code} is a carrier barcode; scan a person’s badge here.</translation>
    </message>
    <message>
        <source>没有登记证件 {badge} 的人员。</source>
        <translation>No person is registered with badge {badge}.</translation>
    </message>
    <message>
        <source>{people}已离岗，不再打印证件。</source>
        <translation>{people} have left; their badges are no longer printed.</translation>
    </message>
    <message>
        <source>请先选择要打印证件的人员。</source>
        <translation>Choose the people whose badges to print first.</translation>
    </message>
    <message>
        <source>一次最多打印 {max} 张证件，请分几次打印。</source>
        <translation>At most {max} badges can be printed at once; print them in several runs.</translation>
    </message>
    <message>
        <source>条码只能包含 4–40 个英文字母、数字或符号（不含空格和汉字）。</source>
        <translation>A barcode may only contain 4–40 Latin letters, digits or symbols (no spaces, no Chinese characters).</translation>
    </message>
    <message>
        <source>条码 {code} 的校验位不对，可能是输错或扫错了。</source>
        <translation>The check digit of barcode {code} is wrong; it may have been mistyped or misscanned.</translation>
    </message>
    <message>
        <source>{code} 的格式留给人员证件（{BADGE_PREFIX} 开头），不能用作载体条码。</source>
        <translation>{code} has the format reserved for badges (starting with {BADGE_PREFIX}); it cannot be a carrier barcode.</translation>
    </message>
    <message>
        <source>{carrier} {status}，不能{doing}。</source>
        <translation>{carrier} is {status}; it cannot be {doing}.</translation>
    </message>
    <message>
        <source>{carrier} 已列入{listed} {number}，移出该清单前不能{doing}。</source>
        <translation>{carrier} is on {listed} {number}; it cannot be {doing} until it is taken off that list.</translation>
    </message>
    <message>
        <source>{carrier} 已登记丢失，不能{doing}。</source>
        <translation>{carrier} has been reported missing; it cannot be {doing}.</translation>
    </message>
    <message>
        <source>{carrier} 已冻结，解除冻结前不能{doing}。</source>
        <translation>{carrier} is on hold; it cannot be {doing} until the hold is lifted.</translation>
    </message>
    <message>
        <source>{carrier} 有未结案的异常（{incident}），结案后才能{doing}。</source>
        <translation>{carrier} has an open incident ({incident}); it can be {doing} once the incident is closed.</translation>
    </message>
    <message>
        <source>传阅单 {number} 的传阅人都已阅过 {carrier}。</source>
        <translation>Every reader on circulation slip {number} has already read {carrier}.</translation>
    </message>
    <message>
        <source>{person}已阅过 {carrier}（传阅单 {number}）。</source>
        <translation>{person} has already read {carrier} (circulation slip {number}).</translation>
    </message>
    <message>
        <source>{carrier} 已于 {at} 退回，不在传阅中（重复扫描？）。</source>
        <translation>{carrier} was returned at {at} and is not circulating (scanned twice?).</translation>
    </message>
    <message>
        <source>传阅单 {number} 还有载体未退回：{names}。</source>
        <translation>Circulation slip {number} still has carriers out: {names}.</translation>
    </message>
    <message>
        <source>传阅单 {number} 已经结束。</source>
        <translation>Circulation slip {number} is already closed.</translation>
    </message>
    <message>
        <source>{carrier} 是借出，不是传阅，请按借阅归还。</source>
        <translation>{carrier} is on loan, not circulating; return it as a loan.</translation>
    </message>
    <message>
        <source>请扫描要传阅的载体。</source>
        <translation>Scan the carriers to circulate.</translation>
    </message>
    <message>
        <source>{carrier} 不在任何未结束的传阅单上，请先建立传阅单。</source>
        <translation>{carrier} is on no open circulation slip; open a slip first.</translation>
    </message>
    <message>
        <source>请扫描传阅人的证件。</source>
        <translation>Scan the readers’ badges.</translation>
    </message>
    <message>
        <source>没有传阅单 {number}。</source>
        <translation>There is no circulation slip {number}.</translation>
    </message>
    <message>
        <source>没有这张传阅单。</source>
        <translation>There is no such circulation slip.</translation>
    </message>
    <message>
        <source>{person}不在传阅单 {number} 的传阅人之列。</source>
        <translation>{person} is not among the readers of circulation slip {number}.</translation>
    </message>
    <message>
        <source>{carrier} 不在传阅中，无需退回。</source>
        <translation>{carrier} is not circulating; there is nothing to return.</translation>
    </message>
    <message>
        <source>{carrier} 现在不在库，不能传阅。</source>
        <translation>{carrier} is not in store now and cannot be circulated.</translation>
    </message>
    <message>
        <source>{carrier} 现在不在库，不能列入传阅单。</source>
        <translation>{carrier} is not in store now and cannot be put on a circulation slip.</translation>
    </message>
    <message>
        <source>{carrier} 已借出给{holder}，归还后才能传阅。</source>
        <translation>{carrier} is on loan to {holder}; it can be circulated after it is returned.</translation>
    </message>
    <message>
        <source>{carrier} 已在未结束的传阅单 {other} 上。</source>
        <translation>{carrier} is already on open circulation slip {other}.</translation>
    </message>
    <message>
        <source>请用 --slip 指定传阅单号。</source>
        <translation>Give the circulation slip number with --slip.</translation>
    </message>
    <message>
        <source>{refusals}</source>
        <translation>{refusals}</translation>
    </message>
    <message>
        <source>重复扫描：{carrier} 已于 {at} 送给{holder}。</source>
        <translation>Scanned twice: {carrier} was given to {holder} at {at}.</translation>
    </message>
    <message>
        <source>{carrier} 还在{holder}手中。阅后必须先退回机要员，不得横向传阅。</source>
        <translation>{carrier} is still with {holder}. After reading it must first come back to the clerk; it may not be passed sideways.</translation>
    </message>
    <message>
        <source>一张传阅单最多 {max} 件载体。</source>
        <translation>A circulation slip holds at most {max} carriers.</translation>
    </message>
    <message>
        <source>一张传阅单最多 {max} 名传阅人。</source>
        <translation>A circulation slip has at most {max} readers.</translation>
    </message>
    <message>
        <source>复制绝密级文件须经主管领导同意，并经制发机关批准：请填写制发机关的批准文号（篇四 (五)）。</source>
        <translation>Copying a top-secret document needs the leader’s consent and the originating authority’s approval: fill in the authority’s approval reference (Part 4 (5)).</translation>
    </message>
    <message>
        <source>复制份数必须是 1 到 {max} 之间的整数。</source>
        <translation>The number of copies must be a whole number from 1 to {max}.</translation>
    </message>
    <message>
        <source>本单位规定绝密级文件一律不得复制（篇三 十一、篇十二 五）。</source>
        <translation>This unit forbids copying top-secret documents (Part 3 Art. 11, Part 12 Art. 5).</translation>
    </message>
    <message>
        <source>份号范围“{part}”不对：应从小到大且大于 0。</source>
        <translation>Copy number range “{part}” is wrong: it should go from small to large and start above 0.</translation>
    </message>
    <message>
        <source>份号重复：{dupes}。</source>
        <translation>Copy numbers repeated: {dupes}.</translation>
    </message>
    <message>
        <source>请填写份号，例如“1”或“3-5”。</source>
        <translation>Please fill in copy numbers, e.g. “1” or “3-5”.</translation>
    </message>
    <message>
        <source>一次最多登记 {max} 份。</source>
        <translation>At most {max} copies can be registered at once.</translation>
    </message>
    <message>
        <source>份号“{part}”无法识别，请写成“3”或“3-5”。</source>
        <translation>Copy number “{part}” is not understood; write it as “3” or “3-5”.</translation>
    </message>
    <message>
        <source>已登记的份号 {over} 超出了新的份数 {total}。</source>
        <translation>Registered copy numbers {over} exceed the new number of copies {total}.</translation>
    </message>
    <message>
        <source>这一项不能更正。编号、条码和份号是载体的身份，不可更改。</source>
        <translation>This item cannot be corrected. Number, barcode and copy number are the carrier’s identity and never change.</translation>
    </message>
    <message>
        <source>{label}不能晚于现在。</source>
        <translation>{label} cannot be later than now.</translation>
    </message>
    <message>
        <source>{label}不可能早于 1949 年。</source>
        <translation>{label} cannot be earlier than 1949.</translation>
    </message>
    <message>
        <source>定密日期不能晚于收发时间。</source>
        <translation>The classification date cannot be later than the date received or sent.</translation>
    </message>
    <message>
        <source>定密日期不可能早于 1949 年。</source>
        <translation>The classification date cannot be earlier than 1949.</translation>
    </message>
    <message>
        <source>{label}应写成 2026-01-31 这样的日期。</source>
        <translation>{label} should be a date like 2026-01-31.</translation>
    </message>
    <message>
        <source>{label}不能晚于今天。</source>
        <translation>{label} cannot be later than today.</translation>
    </message>
    <message>
        <source>销毁日期不能早于批准日期：须经批准后销毁。</source>
        <translation>The destruction date cannot be earlier than the approval date: destruction needs approval first.</translation>
    </message>
    <message>
        <source>监销人不能是机要员本人（{actor}）。</source>
        <translation>A supervisor cannot be the clerk ({actor}).</translation>
    </message>
    <message>
        <source>销毁日期不能晚于今天：销毁完成后再办理。</source>
        <translation>The destruction date cannot be later than today: record it after the destruction.</translation>
    </message>
    <message>
        <source>销毁清单 {number} 已经完成销毁，只能重新打印，不能改动。</source>
        <translation>Destruction manifest {number} has been carried out; it can only be reprinted, not changed.</translation>
    </message>
    <message>
        <source>监销人重复：{dupes}。须是不同的人。</source>
        <translation>Supervisors repeated: {dupes}. They must be different people.</translation>
    </message>
    <message>
        <source>销毁清单 {number} 上还没有载体。</source>
        <translation>Destruction manifest {number} has no carriers yet.</translation>
    </message>
    <message>
        <source>销毁方式只能是：{methods}。</source>
        <translation>The destruction method can only be: {methods}.</translation>
    </message>
    <message>
        <source>没有这份销毁清单。</source>
        <translation>There is no such destruction manifest.</translation>
    </message>
    <message>
        <source>没有编号为 {number} 的销毁清单。</source>
        <translation>There is no destruction manifest numbered {number}.</translation>
    </message>
    <message>
        <source>{carrier} 不在销毁清单 {number} 上。</source>
        <translation>{carrier} is not on destruction manifest {number}.</translation>
    </message>
    <message>
        <source>{carrier} 是纸质文件，不能用“消磁/物理销毁”方式销毁；请列入粉碎、焚毁或送销的清单。</source>
        <translation>{carrier} is a paper document and cannot be destroyed by “degaussing/physical destruction”; put it on a shredding, burning or collection manifest.</translation>
    </message>
    <message>
        <source>重复扫描：{carrier} 已在本清单第 {line} 行。</source>
        <translation>Scanned twice: {carrier} is already on line {line} of this manifest.</translation>
    </message>
    <message>
        <source>销毁日期最多安排在一年之内。</source>
        <translation>Destruction can be planned at most one year ahead.</translation>
    </message>
    <message>
        <source>监销人最多 {max} 名。</source>
        <translation>At most {max} supervisors.</translation>
    </message>
    <message>
        <source>销毁须有两人以上监销：请填写至少两名监销人（篇三 二十二、篇十二 八）。</source>
        <translation>Destruction needs two or more supervisors: name at least two (Part 3 Art. 22, Part 12 Art. 8).</translation>
    </message>
    <message>
        <source>销毁清单 {number} 已经作废。</source>
        <translation>Destruction manifest {number} has been voided.</translation>
    </message>
    <message>
        <source>{carrier} 正在传阅（在{holder}手中），不能{doing}。</source>
        <translation>{carrier} is circulating (with {holder}); it cannot be {doing}.</translation>
    </message>
    <message>
        <source>重复：{carrier} 已在本次{doing}之中。</source>
        <translation>Repeated: {carrier} is already among the carriers being {doing}.</translation>
    </message>
    <message>
        <source>{carrier} 已列入{listed} {number}，不能{doing}。</source>
        <translation>{carrier} is on {listed} {number}; it cannot be {doing}.</translation>
    </message>
    <message>
        <source>请扫描或选择要{doing}的载体。</source>
        <translation>Scan or choose the carriers to be {doing}.</translation>
    </message>
    <message>
        <source>没有编号为 {ref} 的载体。</source>
        <translation>There is no carrier numbered {ref}.</translation>
    </message>
    <message>
        <source>{carrier} 已冻结（{reason}），解除冻结前不能{doing}。</source>
        <translation>{carrier} is on hold ({reason}); it cannot be {doing} until the hold is lifted.</translation>
    </message>
    <message>
        <source>{carrier} 已借给{holder}，尚未归还，不能{doing}。</source>
        <translation>{carrier} is on loan to {holder} and not returned; it cannot be {doing}.</translation>
    </message>
    <message>
        <source>{carrier} 现在{status}，不能{doing}。</source>
        <translation>{carrier} is now {status}; it cannot be {doing}.</translation>
    </message>
    <message>
        <source>一次最多{doing} {max} 件。</source>
        <translation>At most {max} carriers can be {doing} at once.</translation>
    </message>
    <message>
        <source>载体无法识别。</source>
        <translation>Carrier not recognised.</translation>
    </message>
    <message>
        <source>应还时间必须晚于现在。</source>
        <translation>The due time must be later than now.</translation>
    </message>
    <message>
        <source>应还时间最多在 {max} 天之内。</source>
        <translation>The due time can be at most {max} days away.</translation>
    </message>
    <message>
        <source>请填写{label}。</source>
        <translation>Please fill in {label}.</translation>
    </message>
    <message>
        <source>{carrier} 保密期限至 {end} 届满；本单位规定保密期限届满后才能销毁。</source>
        <translation>{carrier}: its secrecy period ends on {end}; this unit destroys carriers only after their secrecy period has ended.</translation>
    </message>
    <message>
        <source>批准人“{approver}”就是机要员本人（不计空格、全半角、括号和职务）：须由领导批准，机要员不能批准自己经办的事（篇四 (二)、(五)）。</source>
        <translation>The approver “{approver}” is the clerk (ignoring spaces, width, brackets and titles): a leader must approve; the clerk cannot approve her own work (Part 4 (2), (5)).</translation>
    </message>
    <message>
        <source>{at} 的完整检查发现台账有损坏，不能备份：备份会带上损坏的内容。请先在“检查台账”中查看问题，必要时从最近的备份恢复。</source>
        <translation>The full check of {at} found damage in the ledger; no backup can be made, as it would carry the damaged content. First review the problems in &quot;Check ledger&quot; and, if needed, restore from the latest backup.</translation>
    </message>
    <message>
        <source>{folder} 是文件，不是文件夹：请指定备份介质上的文件夹。</source>
        <translation>{folder} is a file, not a folder: name a folder on the backup medium.</translation>
    </message>
    <message>
        <source>这个备份介质已标识为 {known}，与填写的条码 {code} 不符。请核对介质，或清空条码。</source>
        <translation>This backup medium is identified as {known}, which does not match the barcode {code} entered. Check the medium, or clear the barcode.</translation>
    </message>
    <message>
        <source>{people}是外单位查阅人员，不发证件（篇十二 六）。</source>
        <translation>{people}: reader(s) from another unit are never given a badge (Part 12 item 6).</translation>
    </message>
    <message>
        <source>校验码“{code}”的格式不对：应为“序号-四位-四位”，如 1234-AB12-CD34。</source>
        <translation>The checkpoint code “{code}” is not in the right form: it is sequence-four-four, e.g. 1234-AB12-CD34.</translation>
    </message>
    <message>
        <source>请扫描要送阅的载体。</source>
        <translation>Scan the carriers to give out for reading.</translation>
    </message>
    <message>
        <source>一次最多送出 {max} 件。</source>
        <translation>At most {max} carriers can be given out at once.</translation>
    </message>
    <message>
        <source>{people}是外单位查阅人员，只能凭介绍信在档案室或机要室借阅，不列入传阅单（篇十二 六）。</source>
        <translation>{people}: reader(s) from another unit may read only on a loan, with a letter of introduction, in the archive room or the confidential office, never on a circulation slip (Part 12 item 6).</translation>
    </message>
    <message>
        <source>承诺书内容中的花括号不成对：每个填写项都须用一对花括号括起来。</source>
        <translation>The braces in the letter text do not pair up: each field must be enclosed in one pair of braces.</translation>
    </message>
    <message>
        <source>承诺书内容中有不认识的填写项 {fields}：只能使用 {known}。</source>
        <translation>The letter text names unknown fields {fields}; only these may be used: {known}.</translation>
    </message>
    <message>
        <source>承诺书内容与第 {version} 版相同，无须另存新版本。</source>
        <translation>The letter text is the same as version {version}; there is nothing to save.</translation>
    </message>
    <message>
        <source>{carrier} 是涉密介质。复制介质同样须经批准（篇一 6；篇三 十一）：请在复制时填写新介质的序列号；不能另行登记一个新介质来代替复制。</source>
        <translation>{carrier} is a classified medium. Copying a medium needs the same approvals (Part 1 §6; Part 3 §11): enter the new medium&apos;s serial number when copying; registering a new medium instead of copying is not allowed.</translation>
    </message>
    <message>
        <source>{carrier} 是涉密介质：每次复制一个新介质（各有自己的序列号）。</source>
        <translation>{carrier} is a classified medium: copy it onto one new medium at a time (each with its own serial number).</translation>
    </message>
    <message>
        <source>复制{level}级文件须经主管领导同意，并经原制发机关批准：请填写制发机关的批准文号（篇一 6）。</source>
        <translation>Copying a {level} document needs the leader’s consent and the originating authority’s approval: fill in the authority’s approval reference (Part 1 item 6).</translation>
    </message>
    <message>
        <source>{carrier} 是纸质文件，复制件没有序列号；序列号只用于复制介质。</source>
        <translation>{carrier} is a paper document; its copies have no serial number. A serial number is only for copying a medium.</translation>
    </message>
    <message>
        <source>密级和保密期限不能用“更正”修改：请在台账中选中该载体，用“定密变更…”登记定密机关的变更或解密决定（机关、文号、日期）；原密级标志会保留在历史中。</source>
        <translation>The level and the secrecy period cannot be corrected: select the carrier in the ledger and use “Classification change…” to record the authority’s decision to change or declassify (authority, reference, date); the old marking is kept in the history.</translation>
    </message>
    <message>
        <source>把知悉范围从“{before}”扩大为“{after}”须经领导批准（篇四 (十一)）：请填写批准人、批准文号和批准日期。</source>
        <translation>Widening the need-to-know scope from “{before}” to “{after}” needs a leader&apos;s approval (Part 4 (11)): enter the approver, the approval reference and the date.</translation>
    </message>
    <message>
        <source>还有 {n} 件应在今天下班前收回而未收回：请在备注中写明每一件在哪里、为什么没有收回。</source>
        <translation>{n} carrier(s) due back by tonight are not back: write in the note where each one is and why it is not back.</translation>
    </message>
    <message>
        <source>{person}的离岗手续已经开始办理，请在该手续中继续。</source>
        <translation>A departure of {person} is already under way; continue with it.</translation>
    </message>
    <message>
        <source>{person}的离岗手续已经办结。</source>
        <translation>The departure of {person} is already completed.</translation>
    </message>
    <message>
        <source>离岗类型只能是调离岗位、调动、辞职或退休。</source>
        <translation>The kind of departure must be leaving the post, transfer, resignation or retirement.</translation>
    </message>
    <message>
        <source>没有这项离岗手续。</source>
        <translation>There is no such departure.</translation>
    </message>
    <message>
        <source>{person}还有 {count} 件涉密载体未交回或未交接，全部清退后才能办结离岗（篇七 第十一条；篇三 二十五；篇六 第九条）：{held}。</source>
        <translation>{person} still has {count} classified carriers not returned or not handed over; the departure completes only when all are cleared (Part 7 Art. 11; Part 3 item 25; Part 6 Art. 9): {held}.</translation>
    </message>
    <message>
        <source>{carrier} 保密期限（{period}）没有确定的届满日期；本单位规定保密期限届满后才能销毁。</source>
        <translation>{carrier}: its secrecy period ({period}) has no fixed end date; this unit destroys carriers only after their secrecy period has ended.</translation>
    </message>
    <message>
        <source>{carrier} 已归档在案卷 {volume} 中，须先办理出卷才能{doing}。</source>
        <translation>{carrier} is filed in volume {volume}; take it out of the volume before it can be {doing}.</translation>
    </message>
    <message>
        <source>{carrier} 已归档在案卷中，须先办理出卷才能{doing}。</source>
        <translation>{carrier} is filed in a volume; take it out of the volume before it can be {doing}.</translation>
    </message>
    <message>
        <source>{carrier} 在未结束的传阅单 {number} 上，还要送其他传阅人阅；传阅单结束前不能{doing}（篇四 (十一)）。</source>
        <translation>{carrier} is on the unfinished circulation slip {number} and still goes to other readers; it cannot be put to {doing} until the slip is finished (Part 4 (11)).</translation>
    </message>
    <message>
        <source>传阅件须当天归还，最晚 {due}（本单位规定的归还时间，篇九 (四)）；不能定更晚的归还时间。</source>
        <translation>A circulated carrier comes back the same day, by {due} at the latest (the unit&apos;s due time, Part 9 (4)); a later due time is not allowed.</translation>
    </message>
    <message>
        <source>{person}不是涉密人员，没有脱密期。</source>
        <translation>{person} is not classified personnel and has no exit period.</translation>
    </message>
    <message>
        <source>脱密期只能延长：新的截止日期须晚于 {ends_on}（{person}）。</source>
        <translation>An exit period can only be extended: the new end date must be later than {ends_on} ({person}).</translation>
    </message>
    <message>
        <source>{name}：只能导出为 .xlsx 或 .csv 文件。</source>
        <translation>{name}: an export can only be an .xlsx or .csv file.</translation>
    </message>
    <message>
        <source>移交日期不能早于批准日期。</source>
        <translation>The handover date cannot be before the approval date.</translation>
    </message>
    <message>
        <source>接收人是接收单位的经手人，不能是机要员本人。</source>
        <translation>The receiver is the receiving unit’s person; it cannot be the clerk.</translation>
    </message>
    <message>
        <source>监交人不能是机要员本人（{actor}）。</source>
        <translation>The handover supervisor cannot be the clerk ({actor}).</translation>
    </message>
    <message>
        <source>移交日期不能晚于今天：移交完成后再办理。</source>
        <translation>The handover date cannot be after today: complete the list once the handover has happened.</translation>
    </message>
    <message>
        <source>移交清单 {number} 已经完成移交，只能重新打印，不能改动。</source>
        <translation>Handover list {number} is completed; it can only be reprinted, not changed.</translation>
    </message>
    <message>
        <source>移交清单 {number} 上还没有载体。</source>
        <translation>Handover list {number} has no carriers yet.</translation>
    </message>
    <message>
        <source>没有这份移交清单。</source>
        <translation>There is no such handover list.</translation>
    </message>
    <message>
        <source>没有单号为 {number} 的移交清单。</source>
        <translation>There is no handover list numbered {number}.</translation>
    </message>
    <message>
        <source>{carrier} 不在移交清单 {number} 上。</source>
        <translation>{carrier} is not on handover list {number}.</translation>
    </message>
    <message>
        <source>移交对象只能是：{kinds}。</source>
        <translation>The receiver can only be: {kinds}.</translation>
    </message>
    <message>
        <source>移交清单 {number} 已经作废。</source>
        <translation>Handover list {number} has been cancelled.</translation>
    </message>
    <message>
        <source>{carrier} 已经冻结。</source>
        <translation>{carrier} is already on hold.</translation>
    </message>
    <message>
        <source>{carrier} 已经冻结（{reason}）。</source>
        <translation>{carrier} is already on hold ({reason}).</translation>
    </message>
    <message>
        <source>{carrier} 没有冻结。</source>
        <translation>{carrier} is not on hold.</translation>
    </message>
    <message>
        <source>{carrier} {status}，不能冻结。</source>
        <translation>{carrier} is {status}; it cannot be put on hold.</translation>
    </message>
    <message>
        <source>条码有 {codes} 个，份号有 {copies} 份：每份一个条码，或不填条码。</source>
        <translation>There are {codes} barcodes for {copies} copies: give one barcode per copy, or none.</translation>
    </message>
    <message>
        <source>条码 {code} 在文件中重复（第 {first} 行已有）。</source>
        <translation>Barcode {code} appears twice in the file (already in row {first}).</translation>
    </message>
    <message>
        <source>没有第 {batch} 批导入。</source>
        <translation>There is no import batch {batch}.</translation>
    </message>
    <message>
        <source>第 {batch} 批导入已于 {at} 作废。</source>
        <translation>Import batch {batch} was voided on {at}.</translation>
    </message>
    <message>
        <source>请填写至少一项待补的内容。</source>
        <translation>Fill in at least one of the missing fields.</translation>
    </message>
    <message>
        <source>编号 {number} 的份号 {copies} 在文件中重复（第 {first} 行已有）。</source>
        <translation>Copy numbers {copies} of {number} appear twice in the file (already in row {first}).</translation>
    </message>
    <message>
        <source>{label}“{value}”不是数字。</source>
        <translation>{label} &quot;{value}&quot; is not a number.</translation>
    </message>
    <message>
        <source>日期“{value}”不存在。</source>
        <translation>The date &quot;{value}&quot; does not exist.</translation>
    </message>
    <message>
        <source>日期“{value}”无法识别，请写成 2026-3-5、2026/03/05、2026.3.5 或 2026年3月5日。</source>
        <translation>The date &quot;{value}&quot; cannot be read; write it as 2026-3-5, 2026/03/05 or 2026.3.5.</translation>
    </message>
    <message>
        <source>文号 {doc_no}（来文机关 {sender}）份号 {copies} 已登记为 {earlier}。</source>
        <translation>Document {doc_no} (from {sender}), copies {copies}, is already registered as {earlier}.</translation>
    </message>
    <message>
        <source>文号 {doc_no} 份号 {copies} 在文件中重复（第 {first} 行已有）。</source>
        <translation>Document {doc_no}, copies {copies}, appears twice in the file (already in row {first}).</translation>
    </message>
    <message>
        <source>{name} 既不是 UTF-8 也不是 GBK/GB18030 编码，无法读取。</source>
        <translation>{name} is neither UTF-8 nor GBK/GB18030 encoded and cannot be read.</translation>
    </message>
    <message>
        <source>{name} 不是 .xlsx 或 .csv 文件。</source>
        <translation>{name} is not an .xlsx or .csv file.</translation>
    </message>
    <message>
        <source>找不到文件 {name}。</source>
        <translation>File {name} not found.</translation>
    </message>
    <message>
        <source>有 {rows} 行有错误（第一处在第 {first} 行：{message}）。请在文件中改正后重新试运行，或选择跳过有错误的行。</source>
        <translation>{rows} rows have errors (the first in row {first}: {message}). Correct them in the file and run the dry run again, or choose to skip the rows with errors.</translation>
    </message>
    <message>
        <source>{carrier} 是导入的旧记录，尚缺（待补）：{fields}。补录后才能{doing}。</source>
        <translation>{carrier} is an imported old record and still lacks: {fields}. Fill them in before {doing}.</translation>
    </message>
    <message>
        <source>密级“{value}”不是台账中的密级。</source>
        <translation>&quot;{value}&quot; is not a classification level of this ledger.</translation>
    </message>
    <message>
        <source>请为以下项目指定列：{fields}。</source>
        <translation>Choose a column for: {fields}.</translation>
    </message>
    <message>
        <source>以下项目指定了不止一列：{fields}。</source>
        <translation>More than one column is chosen for: {fields}.</translation>
    </message>
    <message>
        <source>文件中没有可导入的行。</source>
        <translation>The file has no rows to import.</translation>
    </message>
    <message>
        <source>编号 {number} 与第 {first} 行相同，但文件内容不同。</source>
        <translation>Number {number} is the same as in row {first}, but the document differs.</translation>
    </message>
    <message>
        <source>编号 {number} 已在台账中。</source>
        <translation>Number {number} is already in the ledger.</translation>
    </message>
    <message>
        <source>密级标志“{marking}”与保密期限“{period}”不一致。</source>
        <translation>The marking &quot;{marking}&quot; and the secrecy period &quot;{period}&quot; disagree.</translation>
    </message>
    <message>
        <source>保密期限“{value}”无法识别，请写成“10年”“6个月”“长期”或日期。</source>
        <translation>The secrecy period &quot;{value}&quot; cannot be read; write it as years, months, long-term or a date.</translation>
    </message>
    <message>
        <source>{level}载体只能存放在保密柜中，“{location}”不是保密柜。</source>
        <translation>A {level} carrier can only be stored in a safe; &quot;{location}&quot; is not a safe.</translation>
    </message>
    <message>
        <source>状态“{status}”的载体不能导入：只导入在库的载体。</source>
        <translation>A carrier with status &quot;{status}&quot; cannot be imported: only carriers in store are imported.</translation>
    </message>
    <message>
        <source>文件超过 {max} 行，请分几次导入。</source>
        <translation>The file has more than {max} rows; import it in parts.</translation>
    </message>
    <message>
        <source>以下载体导入后已有流转，整批不能作废：{carriers}。</source>
        <translation>These carriers have moved since the import, so the batch cannot be voided: {carriers}.</translation>
    </message>
    <message>
        <source>{name} 不是可读取的 Excel（.xlsx）文件。</source>
        <translation>{name} is not a readable Excel (.xlsx) file.</translation>
    </message>
    <message>
        <source>这条异常已于 {at} 结案。</source>
        <translation>This incident was closed at {at}.</translation>
    </message>
    <message>
        <source>丢失只能以“找回”（扫描载体并放回存放位置）或“查处结论”结案。</source>
        <translation>A loss closes only as found (scan the carrier and put it in a location) or with the investigation&apos;s finding.</translation>
    </message>
    <message>
        <source>没有这条异常记录。</source>
        <translation>There is no such incident.</translation>
    </message>
    <message>
        <source>清查 {number} 已结束，不能再扫描、确认或结束。</source>
        <translation>Inventory check {number} is closed: nothing more can be scanned, confirmed or closed.</translation>
    </message>
    <message>
        <source>条码 {code} 在本次清查中还没有作为在位载体扫描，请先扫描。</source>
        <translation>Barcode {code} has not been scanned as present in this check; scan it first.</translation>
    </message>
    <message>
        <source>页数或附件不齐全时，请写明缺少什么。</source>
        <translation>When pages or attachments are incomplete, state what is missing.</translation>
    </message>
    <message>
        <source>没有这次清查。</source>
        <translation>There is no such inventory check.</translation>
    </message>
    <message>
        <source>清查范围（{scope}）内没有在管的载体，无需清查。</source>
        <translation>The scope ({scope}) holds no carrier in the unit&apos;s keeping; there is nothing to check.</translation>
    </message>
    <message>
        <source>清查 {number} 还没有结束：同一时间只进行一次清查。</source>
        <translation>Inventory check {number} is still open: only one check runs at a time.</translation>
    </message>
    <message>
        <source>请用 --check 指定清查的编号或序号。</source>
        <translation>Name the inventory check with --check (its number or id).</translation>
    </message>
    <message>
        <source>台账中没有“{person}”：既不是登记的人员，也没有登记在其名下或由其持有的载体。</source>
        <translation>&quot;{person}&quot; is not in the ledger: not a registered person, and no carrier is registered under or held by that name.</translation>
    </message>
    <message>
        <source>请选择清查范围。</source>
        <translation>Choose the scope of the check.</translation>
    </message>
    <message>
        <source>请填写要清查的{scope}。</source>
        <translation>Enter the {scope} to check.</translation>
    </message>
    <message>
        <source>没有案卷号为 {volume} 的案卷。</source>
        <translation>There is no volume numbered {volume}.</translation>
    </message>
    <message>
        <source>标签模板“{who}”：{label}应在 1 到 30 之间。</source>
        <translation>Label template “{who}”: {label} should be from 1 to 30.</translation>
    </message>
    <message>
        <source>标签模板“{who}”：打印机分辨率应在 100 到 1200 dpi 之间。</source>
        <translation>Label template “{who}”: the printer resolution should be from 100 to 1200 dpi.</translation>
    </message>
    <message>
        <source>请为标签模板起一个名字。</source>
        <translation>Give the label template a name.</translation>
    </message>
    <message>
        <source>标签模板“{who}”：{label}不能是负数。</source>
        <translation>Label template “{who}”: {label} cannot be negative.</translation>
    </message>
    <message>
        <source>没有名为“{name}”的标签模板。可用的有：{names}。</source>
        <translation>There is no label template named “{name}”. Available: {names}.</translation>
    </message>
    <message>
        <source>标签模板“{who}”：{label}必须大于 0 mm。</source>
        <translation>Label template “{who}”: {label} must be greater than 0 mm.</translation>
    </message>
    <message>
        <source>标签模板“{name}”的尺寸不是数字。</source>
        <translation>The sizes of label template “{name}” are not numbers.</translation>
    </message>
    <message>
        <source>标签模板“{name}”：标签太矮，放不下可扫描的条码。</source>
        <translation>Label template “{name}”: the label is too low for a scannable barcode.</translation>
    </message>
    <message>
        <source>标签模板“{who}”：标签 {label_w:g}×{label_h:g} mm 太小，至少需要 {min_w:g}×{min_h:g} mm 才能放下条码和密级标志。</source>
        <translation>Label template “{who}”: a {label_w:g}×{label_h:g} mm label is too small; it needs at least {min_w:g}×{min_h:g} mm for the barcode and the classification mark.</translation>
    </message>
    <message>
        <source>标签模板“{who}”：{rows} 行标签连同上边距和间距共高 {used_h:g} mm，超出了纸高 {page_h:g} mm。</source>
        <translation>Label template “{who}”: {rows} rows of labels with top margin and gaps are {used_h:g} mm high, more than the paper height {page_h:g} mm.</translation>
    </message>
    <message>
        <source>标签模板“{who}”：{cols} 列标签连同左边距和间距共宽 {used_w:g} mm，超出了纸宽 {page_w:g} mm。</source>
        <translation>Label template “{who}”: {cols} columns of labels with left margin and gaps are {used_w:g} mm wide, more than the paper width {page_w:g} mm.</translation>
    </message>
    <message>
        <source>标签模板的内容无法识别。</source>
        <translation>The contents of the label template are not understood.</translation>
    </message>
    <message>
        <source>条码“{code}”只能包含英文字母、数字和符号。</source>
        <translation>Barcode “{code}” may only contain Latin letters, digits and symbols.</translation>
    </message>
    <message>
        <source>条码“{code}”太长，这种标签放不下可扫描的条码；请换用更宽的标签。</source>
        <translation>Barcode “{code}” is too long: this label cannot hold a scannable barcode; use a wider label.</translation>
    </message>
    <message>
        <source>{carriers} 已不在本单位保管，补打标签须先确认；补打的标签注明“补打”。</source>
        <translation>{carriers} no longer kept by the unit: confirm before reprinting their labels; a reprinted label is marked as a reprint.</translation>
    </message>
    <message>
        <source>可打印边距应在 0 到 {max:g} mm 之间。</source>
        <translation>The printable margin must be between 0 and {max:g} mm.</translation>
    </message>
    <message>
        <source>请先选择要打印标签的载体。</source>
        <translation>Choose the carriers to print labels for first.</translation>
    </message>
    <message>
        <source>没有要打印的标签。</source>
        <translation>There are no labels to print.</translation>
    </message>
    <message>
        <source>校准偏移不能超过 ±{max:g} mm。</source>
        <translation>The calibration offset cannot exceed ±{max:g} mm.</translation>
    </message>
    <message>
        <source>校准偏移“{text}”无法识别，请写成“DX,DY”（毫米），例如“0.5,-1”。</source>
        <translation>Calibration offset “{text}” is not understood; write it as “DX,DY” (millimetres), e.g. “0.5,-1”.</translation>
    </message>
    <message>
        <source>编号 {range} 范围内没有载体。</source>
        <translation>There are no carriers in the number range {range}.</translation>
    </message>
    <message>
        <source>单张标签没有起始位置可选，请从 1 开始。</source>
        <translation>A single label has no start position to choose; start at 1.</translation>
    </message>
    <message>
        <source>要跳过的位置 {bad} 不在 1 到 {n} 之间。</source>
        <translation>Positions to skip {bad} are not from 1 to {n}.</translation>
    </message>
    <message>
        <source>要跳过的位置“{part}”不对：应从小到大且大于 0。</source>
        <translation>Position to skip “{part}” is wrong: it should go from small to large and start above 0.</translation>
    </message>
    <message>
        <source>要跳过的位置“{part}”无法识别，请写成“3, 5, 7-9”。</source>
        <translation>Position to skip “{part}” is not understood; write it like “3, 5, 7-9”.</translation>
    </message>
    <message>
        <source>起始位置应在 1 到 {n} 之间（这种标签纸每张 {n} 个）。</source>
        <translation>The start position should be from 1 to {n} (this label sheet has {n} per sheet).</translation>
    </message>
    <message>
        <source>一次最多打印 {max} 张标签，请缩小范围分几次打印。</source>
        <translation>At most {max} labels can be printed at once; narrow the range and print in several runs.</translation>
    </message>
    <message>
        <source>未知的密级：{code}。</source>
        <translation>Unknown classification level: {code}.</translation>
    </message>
    <message>
        <source>{number} 已解密（纳入非密管理），不能再变更密级或保密期限。</source>
        <translation>{number} is declassified (managed as unclassified); its level or period can no longer be changed.</translation>
    </message>
    <message>
        <source>变更日期不能早于 {number} 的定密日期（{date}）。</source>
        <translation>The decision date cannot be before {number} was classified ({date}).</translation>
    </message>
    <message>
        <source>变更日期不能晚于今天。</source>
        <translation>The decision date cannot be after today.</translation>
    </message>
    <message>
        <source>变更决定只能是：{decisions}。</source>
        <translation>The decision can only be: {decisions}.</translation>
    </message>
    <message>
        <source>请选择新的密级。</source>
        <translation>Please choose the new level.</translation>
    </message>
    <message>
        <source>请填写新的保密期限。</source>
        <translation>Please enter the new secrecy period.</translation>
    </message>
    <message>
        <source>{number} 现在就是{level}级，密级没有变化。</source>
        <translation>{number} is already {level}; the level does not change.</translation>
    </message>
    <message>
        <source>{number} 的密级标志现在就是“{marking}”，保密期限没有变化。</source>
        <translation>The marking of {number} is already “{marking}”; the period does not change.</translation>
    </message>
    <message>
        <source>解除密级请选择“解密”，并填写决定解密的机关、文号和日期。</source>
        <translation>To lift the classification choose “Declassify” and enter the deciding authority, reference and date.</translation>
    </message>
    <message>
        <source>{carrier} 已于 {at} 归还，没有借出（重复扫描？）。</source>
        <translation>{carrier} was returned at {at} and is not on loan (scanned twice?).</translation>
    </message>
    <message>
        <source>{carrier} 正在传阅，在{holder}手中。</source>
        <translation>{carrier} is circulating; {holder} has it.</translation>
    </message>
    <message>
        <source>{carrier} 是传阅，不是借出，请按传阅退回。</source>
        <translation>{carrier} is circulating, not on loan; return it as circulation.</translation>
    </message>
    <message>
        <source>{carrier} 的责任人{keeper}属于{owner}，{person}属于{department}。本单位规则不允许把涉密介质借给其他部门（篇十一 (二)4：专人专用）；确需借出，须先在“设置”中更改本单位规则。</source>
        <translation>The person responsible for {carrier}, {keeper}, belongs to {owner}; {person} belongs to {department}. The unit&apos;s rules do not allow lending classified media to another department (Part 11 (2)4: dedicated use). If it must be lent, change the unit rule in Settings first.</translation>
    </message>
    <message>
        <source>请扫描要借阅的载体。</source>
        <translation>Scan the carriers to lend.</translation>
    </message>
    <message>
        <source>{carrier} 是国家秘密（{level}），不准带出（篇一 7）。只能在机要室内阅读。</source>
        <translation>{carrier} is a state secret ({level}) and may not be taken out (Part 1 item 7). It can only be read in the office.</translation>
    </message>
    <message>
        <source>{carrier} 现在不在库，不能借阅。</source>
        <translation>{carrier} is not in store now and cannot be lent.</translation>
    </message>
    <message>
        <source>{carrier} 没有借出，无需归还。</source>
        <translation>{carrier} is not on loan; there is nothing to return.</translation>
    </message>
    <message>
        <source>{carrier} 已借给{holder}，尚未归还。</source>
        <translation>{carrier} is on loan to {holder} and not yet returned.</translation>
    </message>
    <message>
        <source>带出机要室须填写带往的地点。</source>
        <translation>Taking it out of the office needs the place it is taken to.</translation>
    </message>
    <message>
        <source>重复扫描：{carrier} 已在本次借阅中。</source>
        <translation>Scanned twice: {carrier} is already in this loan.</translation>
    </message>
    <message>
        <source>重复扫描：{carrier} 已于 {at} 借给{person}。</source>
        <translation>Scanned twice: {carrier} was lent to {person} at {at}.</translation>
    </message>
    <message>
        <source>一次最多借阅 {max} 件。</source>
        <translation>At most {max} carriers can be lent at once.</translation>
    </message>
    <message>
        <source>已经有名为“{name}”的存放位置。</source>
        <translation>There already is a storage location named “{name}”.</translation>
    </message>
    <message>
        <source>存放位置类型只能是保密柜、文件柜、机要室或其他。</source>
        <translation>A storage location can only be a safe, a filing cabinet, the office, or other.</translation>
    </message>
    <message>
        <source>没有名为“{location}”的存放位置。</source>
        <translation>There is no storage location named “{location}”.</translation>
    </message>
    <message>
        <source>没有名为“{location}”的存放位置，请先在设置中添加。</source>
        <translation>There is no storage location named “{location}”; add it in Settings first.</translation>
    </message>
    <message>
        <source>找回的载体须放回一个存放位置，请选择存放位置。</source>
        <translation>A carrier found must go back into a location: choose one.</translation>
    </message>
    <message>
        <source>请扫描找回的载体条码：找回须以载体在手为准。</source>
        <translation>Scan the barcode of the carrier found: found means it is in your hands.</translation>
    </message>
    <message>
        <source>扫到的是 {carrier}，不是丢失的 {lost}。</source>
        <translation>You scanned {carrier}, not the lost {lost}.</translation>
    </message>
    <message>
        <source>载体 {carrier} 没有登记过丢失。</source>
        <translation>Carrier {carrier} was never reported lost.</translation>
    </message>
    <message>
        <source>这条异常不是丢失，请用“结案”办理。</source>
        <translation>This incident is not a loss: close it with Close.</translation>
    </message>
    <message>
        <source>请用 --loss 指定异常编号，或丢失载体的条码或编号。</source>
        <translation>Name the incident number, or the lost carrier&apos;s barcode or number, with --loss.</translation>
    </message>
    <message>
        <source>上报时间不能早于发现时间。</source>
        <translation>The upward report cannot be earlier than the discovery.</translation>
    </message>
    <message>
        <source>{carrier} 已登记丢失。如已找回，请在“异常”页以“找回”结案（扫描载体并放回存放位置）。</source>
        <translation>{carrier} is recorded as lost. If it has been found, close the loss as found on the Incidents page (scan it and put it in a location).</translation>
    </message>
    <message>
        <source>序列号 {serial} 已登记为介质 {number} {title}（序列号 {existing}）。同一介质只登记一次（篇十一 (二)4）；如是另一件介质，请核对序列号。</source>
        <translation>Serial number {serial} is already registered as medium {number} {title} (serial {existing}). A medium is registered once (Part 11 (2)4); if this is another medium, check its serial number.</translation>
    </message>
    <message>
        <source>{label}必须是 1 到 {hi} 之间的整数。</source>
        <translation>{label} must be a whole number from 1 to {hi}.</translation>
    </message>
    <message>
        <source>{label}必须是 1 到 100000 之间的整数。</source>
        <translation>{label} must be a whole number from 1 to 100000.</translation>
    </message>
    <message>
        <source>编号 {number} 已被另一项登记使用。请在设置中检查各登记簿的编号格式，使它们互不相同。</source>
        <translation>Number {number} is already used by another registration. Check the registers’ number formats in Settings so that they differ.</translation>
    </message>
    <message>
        <source>编号格式中的“{{{name}:{spec}}}”不可用。流水号可写 {{seq}} 或 {{seq:04d}}。</source>
        <translation>“{{{name}:{spec}}}” cannot be used in the number format. The sequence can be written {{seq}} or {{seq:04d}}.</translation>
    </message>
    <message>
        <source>编号格式必须含有 {{seq}}，且只能使用 {{year}}、{{reg}}、{{seq}}。</source>
        <translation>The number format must contain {{seq}} and may only use {{year}}, {{reg}} and {{seq}}.</translation>
    </message>
    <message>
        <source>编号格式生成的编号过长或含有不可见字符。</source>
        <translation>The number format makes numbers that are too long or contain invisible characters.</translation>
    </message>
    <message>
        <source>编号格式“{fmt}”无法识别。可用：{{year}} {{reg}} {{seq:04d}}。</source>
        <translation>Number format “{fmt}” is not understood. Available: {{year}} {{reg}} {{seq:04d}}.</translation>
    </message>
    <message>
        <source>编号格式必须含有 {{year}}：流水号每年从 1 开始，没有年份会重号。</source>
        <translation>The number format must contain {{year}}: the sequence starts at 1 every year, so without the year numbers repeat.</translation>
    </message>
    <message>
        <source>不能写入 {path}：此文件是{what}，覆盖它会造成台账数据永久丢失。该文件未被改动；请另选文件名或位置。</source>
        <translation>Cannot write {path}: this file is {what}, and overwriting it would lose ledger data for good. The file was not changed; choose another name or place.</translation>
    </message>
    <message>
        <source>不能恢复到 {path}：此文件是{what}，不是台账文件。该文件未被改动；请指定台账文件的位置（如 ledger.mjdb）。</source>
        <translation>Cannot restore to {path}: this file is {what}, not a ledger file. The file was not changed; name where the ledger file goes (e.g. ledger.mjdb).</translation>
    </message>
    <message>
        <source>口令须包含小写字母、大写字母、数字、其他字符（符号、汉字等）四类中的至少 {min} 类，现只有 {count} 类。</source>
        <translation>The passphrase must contain at least {min} of the four kinds lower-case letters, upper-case letters, digits and other characters (symbols, Chinese characters…); it has only {count}.</translation>
    </message>
    <message>
        <source>这是常见口令或键盘排列（如 Password123、Qwerty12345），很容易被猜中（篇十一 (二)2）。请换一个不常见的口令。</source>
        <translation>This is a common password or keyboard pattern (like Password123, Qwerty12345) and easy to guess (Part 11 (2)2). Choose a passphrase that is not common.</translation>
    </message>
    <message>
        <source>口令不能包含您的姓名。</source>
        <translation>The passphrase cannot contain your name.</translation>
    </message>
    <message>
        <source>口令含有不可见的控制字符，请重新输入。</source>
        <translation>The passphrase contains an invisible control character; please type it again.</translation>
    </message>
    <message>
        <source>口令不能为空。</source>
        <translation>The passphrase cannot be empty.</translation>
    </message>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <source>请输入原口令。</source>
        <translation>Enter the old passphrase.</translation>
    </message>
    <message>
        <source>请输入口令。</source>
        <translation>Enter a passphrase.</translation>
    </message>
    <message>
        <source>新口令不能与原口令相同。</source>
        <translation>The new passphrase cannot be the same as the old one.</translation>
    </message>
    <message>
        <source>口令过长：最多 {max} 个字符，现有 {count} 个。</source>
        <translation>The passphrase is too long: at most {max} characters, now {count}.</translation>
    </message>
    <message>
        <source>口令太短：至少 {min} 个字符，现有 {count} 个。</source>
        <translation>The passphrase is too short: at least {min} characters, now {count}.</translation>
    </message>
    <message>
        <source>请填写解密条件。</source>
        <translation>Please fill in the declassification condition.</translation>
    </message>
    <message>
        <source>解密日期必须晚于定密日期。</source>
        <translation>The declassification date must be after the classification date.</translation>
    </message>
    <message>
        <source>解密日期必须晚于保密期限的起算日 {start}（未填定密日期，自收文日期起算）。</source>
        <translation>The declassification date must be after {start}, the day the secrecy period starts (no classification date: it runs from the date of receipt).</translation>
    </message>
    <message>
        <source>{level}级事项的解密日期不能晚于定密日期后{years}年。</source>
        <translation>The declassification date of a {level} matter cannot be more than {years} years after the classification date.</translation>
    </message>
    <message>
        <source>未填定密日期，保密期限自收文日期 {start} 起算：{level}级事项最长 {years} 年，解密日期不能晚于 {latest}（保密法 第十五条）。</source>
        <translation>No classification date, so the secrecy period runs from the date of receipt {start}: {level} matters are kept secret for at most {years} years, so the declassification date cannot be later than {latest} (Law on Guarding State Secrets, Art. 15).</translation>
    </message>
    <message>
        <source>请填写解密日期。</source>
        <translation>Please fill in the declassification date.</translation>
    </message>
    <message>
        <source>{level}级事项的保密期限一般不超过{years}年；更长的期限请选择“长期”。</source>
        <translation>The secrecy period of a {level} matter is normally no more than {years} years; for longer choose “long-term”.</translation>
    </message>
    <message>
        <source>保密期限必须是正整数。</source>
        <translation>The secrecy period must be a positive whole number.</translation>
    </message>
    <message>
        <source>保密期限最多 {max} 年；更长的期限请选择“长期”。</source>
        <translation>The secrecy period is at most {max} years; for longer choose “long-term”.</translation>
    </message>
    <message>
        <source>保密期限的写法不对，请重新选择。</source>
        <translation>The secrecy period is not written correctly; please choose it again.</translation>
    </message>
    <message>
        <source>{person}已于 {left_on} 登记离岗。</source>
        <translation>{person} was recorded as having left on {left_on}.</translation>
    </message>
    <message>
        <source>{department}已登记同名同岗位的在岗人员{name}，请勿重复登记。</source>
        <translation>{department} already has a serving person {name} with the same name and post; do not register them twice.</translation>
    </message>
    <message>
        <source>涉密等级只能是核心、重要、一般或非涉密。</source>
        <translation>The clearance grade can only be core, important, general or none.</translation>
    </message>
    <message>
        <source>{person}不能批准调整自己的涉密等级，须由领导批准（篇七 第六条）。</source>
        <translation>{person} cannot approve a change of their own clearance grade: a leader must approve it (Part 7 Art. 6).</translation>
    </message>
    <message>
        <source>{person}是{grade}涉密人员，只能知悉{top}级及以下；{carrier} 是{level}级。</source>
        <translation>{person} holds a {grade} clearance and may only know {top} and below; {carrier} is {level}.</translation>
    </message>
    <message>
        <source>{person}还持有 {count} 件涉密载体，须全部交回后才能办理离岗：{held}。</source>
        <translation>{person} still holds {count} classified carrier(s); all must be handed back before leaving: {held}.</translation>
    </message>
    <message>
        <source>这一项不能更正。证件条码是人员的身份，不可更改。</source>
        <translation>This item cannot be corrected. The badge barcode is the person’s identity and never changes.</translation>
    </message>
    <message>
        <source>{person}还是 {count} 件在管载体的责任人或经办人，须先交接（更正责任人）后才能办理离岗（篇七 第六条；篇三 二十五）：{held}。</source>
        <translation>{person} is still the responsible person or handler of {count} carrier(s) in the unit&apos;s keeping; hand them over (correct the responsible person) before recording the departure (Part 7 Art. 6; Part 3 Art. 25): {held}.</translation>
    </message>
    <message>
        <source>{person}已离岗（{left_on}），不能再阅或借涉密载体。</source>
        <translation>{person} has left ({left_on}) and may no longer read or borrow classified carriers.</translation>
    </message>
    <message>
        <source>离岗日期不对。</source>
        <translation>The date of leaving is not right.</translation>
    </message>
    <message>
        <source>有 {count} 人名为“{who}”，请用证件号：{people}</source>
        <translation>{count} people are named “{who}”; use a badge number: {people}</translation>
    </message>
    <message>
        <source>没有这个人员。</source>
        <translation>There is no such person.</translation>
    </message>
    <message>
        <source>没有名为“{who}”的人员。</source>
        <translation>There is no person named “{who}”.</translation>
    </message>
    <message>
        <source>{person}不是涉密人员，不能知悉{level}级载体 {carrier}。</source>
        <translation>{person} holds no clearance and may not know the {level} carrier {carrier}.</translation>
    </message>
    <message>
        <source>请用 --person 指定人员证件号或姓名。</source>
        <translation>Give the person’s badge number or name with --person.</translation>
    </message>
    <message>
        <source>{person}还持有或负责 {count} 件高于{grade}涉密人员可知悉级别的载体，须先交回或更换责任人才能调整为{grade}（篇七 第六条）：{held}。</source>
        <translation>{person} still holds or is responsible for {count} carrier(s) above what a {grade} grade may know; return them or change their responsible person before the grade becomes {grade} (Part 7 Art. 6): {held}.</translation>
    </message>
    <message>
        <source>{label}不能晚于今天，也不能早于 1949 年。</source>
        <translation>The {label} cannot be later than today or earlier than 1949.</translation>
    </message>
    <message>
        <source>外单位人员{person}只能在档案室或机要室查阅，不能带出（篇十二 六）。</source>
        <translation>{person} is from another unit and may read only in the archive room or the confidential office, never take it out (Part 12 item 6).</translation>
    </message>
    <message>
        <source>{person}不能审查自己（篇七 第七条）。</source>
        <translation>{person} cannot review themselves (Part 7 Art. 7).</translation>
    </message>
    <message>
        <source>登记日期的起点晚于终点。</source>
        <translation>The start of the registration dates is after the end.</translation>
    </message>
    <message>
        <source>{title}只能按日期和密级筛选。</source>
        <translation>{title} can only be filtered by date and level.</translation>
    </message>
    <message>
        <source>标志密级不能低于所列载体的最高密级：所列载体有{listed}，不能标为{marking}。</source>
        <translation>The marking cannot be lower than the highest level listed: the document lists {listed}, so it cannot be marked {marking}.</translation>
    </message>
    <message>
        <source>“{value}”不是密级。标志密级须是以下之一：{levels}。</source>
        <translation>“{value}” is not a classification level. The marking must be one of: {levels}.</translation>
    </message>
    <message>
        <source>这本台账还没有人员、传阅和借阅记录。</source>
        <translation>This ledger has no people, circulation or loan records yet.</translation>
    </message>
    <message>
        <source>这本台账还没有复制、归档、清退和销毁记录。</source>
        <translation>This ledger has no copying, filing, return or destruction records yet.</translation>
    </message>
    <message>
        <source>这本台账还没有清查记录。</source>
        <translation>This ledger has no inventory check records yet.</translation>
    </message>
    <message>
        <source>没有名为“{key}”的登记簿。</source>
        <translation>There is no register named “{key}”.</translation>
    </message>
    <message>
        <source>页数不能为负数。</source>
        <translation>The page count cannot be negative.</translation>
    </message>
    <message>
        <source>登记簿“{key}”还不能打印。</source>
        <translation>Register “{key}” cannot be printed yet.</translation>
    </message>
    <message>
        <source>表格的列太多或太宽，A4 横向放不下。</source>
        <translation>The table has too many or too wide columns to fit on landscape A4.</translation>
    </message>
    <message>
        <source>未知的载体类型：{e}。</source>
        <translation>Unknown carrier kind: {e}.</translation>
    </message>
    <message>
        <source>未知的状态：{value}。</source>
        <translation>Unknown status: {value}.</translation>
    </message>
    <message>
        <source>请填写编号范围的起止编号。</source>
        <translation>Please fill in the first and last numbers of the range.</translation>
    </message>
    <message>
        <source>找不到编号“{raw}”。编号范围请写成“起始编号~结束编号”。</source>
        <translation>Number “{raw}” not found. Write a number range as “first~last”.</translation>
    </message>
    <message>
        <source>请填写编号范围，例如“2026-收-0001~2026-收-0010”。</source>
        <translation>Please fill in a number range, e.g. “2026-0001~2026-0010”.</translation>
    </message>
    <message>
        <source>编号范围“{first} 至 {last}”的起始编号大于结束编号。</source>
        <translation>In number range “{first} to {last}” the first number is greater than the last.</translation>
    </message>
    <message>
        <source>编号太长了，请检查。</source>
        <translation>The number is too long; please check it.</translation>
    </message>
    <message>
        <source>编号范围“{raw}”无法识别：只能有一个起点和一个终点。</source>
        <translation>Number range “{raw}” is not understood: it can only have one start and one end.</translation>
    </message>
    <message>
        <source>恢复码有误：含有无效字符“{ch}”。恢复码只由数字 0–9 和字母（不含 I、L、O、U）组成，请对照打印的恢复码重新输入。</source>
        <translation>Recovery code wrong: it contains the invalid character “{ch}”. A recovery code has only digits 0–9 and letters (no I, L, O, U); compare it with the printed recovery code and type it again.</translation>
    </message>
    <message>
        <source>恢复码有误：校验不符，至少有一个字符输错了。请逐组对照打印的恢复码检查。</source>
        <translation>Recovery code wrong: the check does not match, at least one character is mistyped. Compare it group by group with the printed recovery code.</translation>
    </message>
    <message>
        <source>恢复码有误：应为 {CODE_CHARS} 个字符（6 组，每组 5 个），现为 {count} 个。请检查是否漏输或多输了一组。</source>
        <translation>Recovery code wrong: it should have {CODE_CHARS} characters (6 groups of 5), it has {count}. Check for a missing or extra group.</translation>
    </message>
    <message>
        <source>条码 {code} 已经登记给另一件载体。</source>
        <translation>Barcode {code} is already registered to another carrier.</translation>
    </message>
    <message>
        <source>发送方式只能是：{channels}。</source>
        <translation>The sending method can only be: {channels}.</translation>
    </message>
    <message>
        <source>份号 {over} 超出了份数 {total}。</source>
        <translation>Copy numbers {over} exceed the number of copies {total}.</translation>
    </message>
    <message>
        <source>份号重复。</source>
        <translation>Copy numbers repeated.</translation>
    </message>
    <message>
        <source>第 {line} 行的份号“{head}”不是数字。写法：份号:收件单位</source>
        <translation>The copy number “{head}” on line {line} is not a number. Write: copy number:recipient unit</translation>
    </message>
    <message>
        <source>送达人不能重复填写同一个人。</source>
        <translation>The same courier is named twice.</translation>
    </message>
    <message>
        <source>送达人合计过长：最多 400 个字。</source>
        <translation>The couriers together are too long: at most 400 characters.</translation>
    </message>
    <message>
        <source>这份文件已经登记过：来文机关“{sender}”的 {doc_no}，{earlier}。重复登记会产生并不存在的载体（篇三 八）。如确是再次收到同一份文件，请填写再次收文原因。</source>
        <translation>This document is already registered: {doc_no} from “{sender}”, {earlier}. Registering it again would create carriers that do not exist (Part 3 §8). If the same document really was received again, enter the reason for receiving it again.</translation>
    </message>
    <message>
        <source>条码 {code} 是本系统为载体自动生成的格式，不能作为介质自带的条码。</source>
        <translation>Barcode {code} has the format this system generates for carriers; it cannot be a medium’s own barcode.</translation>
    </message>
    <message>
        <source>“非密”只能经解密得到；登记时请选择文件标注的密级。</source>
        <translation>“Unclassified” is reached only by declassification; when registering, choose the level marked on the document.</translation>
    </message>
    <message>
        <source>请选择密级。</source>
        <translation>Please choose a classification level.</translation>
    </message>
    <message>
        <source>请选择介质类型：U盘、光盘、移动硬盘或其他介质。</source>
        <translation>Choose the kind of medium: USB drive, optical disc, portable hard disk or other medium.</translation>
    </message>
    <message>
        <source>请至少登记一份。</source>
        <translation>Register at least one copy.</translation>
    </message>
    <message>
        <source>收件单位合计过长：最多 {LONG} 个字，请分批登记。</source>
        <translation>The recipients together are too long: at most {LONG} characters; register in batches.</translation>
    </message>
    <message>
        <source>一次最多登记 1000 份。</source>
        <translation>At most 1000 copies can be registered at once.</translation>
    </message>
    <message>
        <source>绝密级文件必须由两人以上送达，请填写两名送达人。</source>
        <translation>Top-secret documents must be delivered by two or more people; name two couriers.</translation>
    </message>
    <message>
        <source>清点页数必须是 0 到 100000 之间的整数。</source>
        <translation>Pages counted must be a whole number from 0 to 100000.</translation>
    </message>
    <message>
        <source>清退单 {number} 已经确认清退，不能再改动。</source>
        <translation>Return list {number} has been confirmed and can no longer be changed.</translation>
    </message>
    <message>
        <source>没有这张清退单。</source>
        <translation>There is no such return list.</translation>
    </message>
    <message>
        <source>这些载体的来文机关不同（或没有登记），请填写退往机关。</source>
        <translation>These carriers came from different issuers (or none is registered); fill in the authority to return them to.</translation>
    </message>
    <message>
        <source>清退单 {number} 已经作废。</source>
        <translation>Return list {number} has been voided.</translation>
    </message>
    <message>
        <source>{code} 是人员证件，这里要扫载体条码。</source>
        <translation>{code} is a badge; scan a carrier’s barcode here.</translation>
    </message>
    <message>
        <source>请扫描载体条码。</source>
        <translation>Scan the carrier’s barcode.</translation>
    </message>
    <message>
        <source>没有条码为 {code} 的载体。</source>
        <translation>There is no carrier with barcode {code}.</translation>
    </message>
    <message>
        <source>{label} {c} 扫了两次。</source>
        <translation>{label} {c} was scanned twice.</translation>
    </message>
    <message>
        <source>{carrier} 没有登记知悉范围，不能传阅或借阅。请先更正“知悉范围”。</source>
        <translation>{carrier} has no registered authorized readers and cannot be circulated or lent. Correct “Authorized readers” first.</translation>
    </message>
    <message>
        <source>{person}（{who}）不在 {carrier} 的知悉范围（{scope}）内。扩大知悉范围须经领导批准，并先更正“知悉范围”。</source>
        <translation>{person} ({who}) is not among the authorized readers of {carrier} ({scope}). Widening them needs a leader’s approval; correct “Authorized readers” first.</translation>
    </message>
    <message>
        <source>{person}不在 {carrier} 的知悉范围（{scope}）内。扩大知悉范围须经领导批准，并先更正“知悉范围”。</source>
        <translation>{person} is not among the authorized readers of {carrier} ({scope}). Widening them needs a leader’s approval; correct “Authorized readers” first.</translation>
    </message>
    <message>
        <source>检索内容含有无效字符（{code}），请重新输入。</source>
        <translation>The search text contains an invalid character ({code}); please type it again.</translation>
    </message>
    <message>
        <source>检索内容过长：最多 {max} 个字，现有 {length} 个字。</source>
        <translation>The search text is too long: at most {max} characters, this one has {length}.</translation>
    </message>
    <message>
        <source>传阅单上的载体要按传阅送出，其他载体按借阅办理：请按 Esc 清除，再分开扫描。</source>
        <translation>Carriers on a circulation slip are given out for reading, the others are lent: press Esc to clear, then scan them separately.</translation>
    </message>
    <message>
        <source>请扫描借阅人的证件，再按回车。</source>
        <translation>Scan the borrower’s badge, then press Enter.</translation>
    </message>
    <message>
        <source>请扫描要借出或送阅的载体。</source>
        <translation>Scan the carriers to lend or give out for reading.</translation>
    </message>
    <message>
        <source>{person} 已于 {left_on} 离岗，不能再阅或借涉密载体。</source>
        <translation>{person} left on {left_on} and may no longer read or borrow classified carriers.</translation>
    </message>
    <message>
        <source>重复扫描：{number} 已在本次办理中。</source>
        <translation>Scanned twice: {number} is already in this round.</translation>
    </message>
    <message>
        <source>{carrier} 是{level}级，只能存放在保密柜（保险柜）里（篇六 第三条；篇四 (六)）；“{location}”是{kind}。请选一个保密柜。</source>
        <translation>{carrier} is {level}: it may be kept only in a safe (Part 6 Art. 3; Part 4 (6)); “{location}” is a {kind}. Choose a safe.</translation>
    </message>
    <message>
        <source>{carrier} 是{level}级，在库时只能存放在保密柜（保险柜）里（篇六 第三条；篇四 (六)）：请指定存放它的保密柜。</source>
        <translation>{carrier} is {level}: in store it may be kept only in a safe (Part 6 Art. 3; Part 4 (6)). Name the safe it is kept in.</translation>
    </message>
    <message>
        <source>管理情况报告须指定期间：起止日期（如 --from 2026-01-01 --to 2026-06-30）。</source>
        <translation>The management report needs its period: a first and a last day (e.g. --from 2026-01-01 --to 2026-06-30).</translation>
    </message>
    <message>
        <source>{label}含有不可见的控制字符（U+{codepoint:04X}），请重新输入。</source>
        <translation>{label} contains an invisible control character (U+{codepoint:04X}); please type it again.</translation>
    </message>
    <message>
        <source>{label}过长：最多 {limit} 个字，现有 {count} 个字。</source>
        <translation>{label} is too long: at most {limit} characters, now {count}.</translation>
    </message>
    <message>
        <source>{label}中的字符“{char}”（U+{codepoint:04X}）无法打印，请改用常用字或加以说明。</source>
        <translation>{label} contains the character “{char}” (U+{codepoint:04X}), which cannot be printed; use a common character instead or describe it.</translation>
    </message>
    <message>
        <source>{person}在 {held_on} 的“{topic}”培训已经登记过。</source>
        <translation>The training &quot;{topic}&quot; on {held_on} is already recorded for {person}.</translation>
    </message>
    <message>
        <source>培训学时须大于 0，且不超过 {max} 小时。</source>
        <translation>Training hours must be more than 0 and at most {max}.</translation>
    </message>
    <message>
        <source>请选择参加培训的人员。</source>
        <translation>Choose the people who attended the training.</translation>
    </message>
    <message>
        <source>“{label}”须是整数。</source>
        <translation>“{label}” must be a whole number.</translation>
    </message>
    <message>
        <source>“{label}”须在 {low} 到 {high}{suffix} 之间。</source>
        <translation>“{label}” must be from {low} to {high}{suffix}.</translation>
    </message>
    <message>
        <source>“{label}”须是 时:分 形式的时间，如 18:00。</source>
        <translation>“{label}” must be a time written hours:minutes, e.g. 18:00.</translation>
    </message>
    <message>
        <source>没有名为“{key}”的本单位规则。</source>
        <translation>There is no unit rule named “{key}”.</translation>
    </message>
    <message>
        <source>“{label}”只能是“是”或“否”。</source>
        <translation>“{label}” can only be yes or no.</translation>
    </message>
    <message>
        <source>{carrier} 已归档在案卷 {volume} 中。</source>
        <translation>{carrier} is already filed in volume {volume}.</translation>
    </message>
    <message>
        <source>{carrier} 已归档在另一案卷中。</source>
        <translation>{carrier} is already filed in another volume.</translation>
    </message>
    <message>
        <source>案卷 {volume} 是绝密专卷，只能归入绝密级载体；{carrier} 不是绝密级。</source>
        <translation>volume {volume} is a top-secret volume and takes only top-secret carriers; {carrier} is not top secret.</translation>
    </message>
    <message>
        <source>{carrier} 是绝密级，只能归入绝密专卷；案卷 {volume} 不是绝密专卷（篇三 七：绝密级密件必须单独立卷）。</source>
        <translation>{carrier} is top secret and can only go into a top-secret volume; volume {volume} is not one (Part 3 Art. 7: top-secret documents are filed in volumes of their own).</translation>
    </message>
    <message>
        <source>没有这个案卷。</source>
        <translation>There is no such volume.</translation>
    </message>
    <message>
        <source>批准人“{approver}”就是借阅人{person}本人：借阅须由领导批准，不能自己批准自己（篇四 (二)）。</source>
        <translation>The approver “{approver}” is the borrower {person}: a loan is approved by a leader, never by the borrower (Part 4 (2)).</translation>
    </message>
    <message>
        <source>{carrier} 没有归档在任何案卷中。</source>
        <translation>{carrier} is not filed in any volume.</translation>
    </message>
    <message>
        <source>{carrier} 现在不是已归档状态。</source>
        <translation>{carrier} is not in the filed state now.</translation>
    </message>
    <message>
        <source>案卷号 {number} 已经使用。</source>
        <translation>Volume number {number} is already in use.</translation>
    </message>
    <message>
        <source>保管期限只能是永久、长期或短期。</source>
        <translation>The retention period can only be permanent, long-term or short-term.</translation>
    </message>
    <message>
        <source>{carrier} 已冻结，解除冻结前不能出卷。</source>
        <translation>{carrier} is on hold; it cannot be taken out of the volume until the hold is lifted.</translation>
    </message>
    <message>
        <source>{carrier} 已借给{holder}，归还后才能出卷。</source>
        <translation>{carrier} is on loan to {holder}; it can be taken out of the volume after it is returned.</translation>
    </message>
    <message>
        <source>年度不对。</source>
        <translation>The year is not right.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{number}《{title}》</source>
        <translation>{number} “{title}”</translation>
    </message>
</context>
<context>
    <name>RefusalWord</name>
    <message>
        <source>一般</source>
        <translation>general</translation>
    </message>
    <message>
        <source>上报单位</source>
        <translation>reported to</translation>
    </message>
    <message>
        <source>上报文号</source>
        <translation>report reference</translation>
    </message>
    <message>
        <source>上报时间</source>
        <translation>upward report time</translation>
    </message>
    <message>
        <source>上边距</source>
        <translation>Top margin</translation>
    </message>
    <message>
        <source>专人送达</source>
        <translation>By hand (courier)</translation>
    </message>
    <message>
        <source>专用用途</source>
        <translation>Dedicated use</translation>
    </message>
    <message>
        <source>专用计算机</source>
        <translation>Dedicated computer</translation>
    </message>
    <message>
        <source>丢失</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>丢失经过</source>
        <translation>circumstances</translation>
    </message>
    <message>
        <source>产生机关</source>
        <translation>Originating body</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>person</translation>
    </message>
    <message>
        <source>介绍信编号</source>
        <translation>reference of the letter of introduction</translation>
    </message>
    <message>
        <source>份号</source>
        <translation>Copy numbers</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>传阅</source>
        <translation>circulated</translation>
    </message>
    <message>
        <source>传阅中</source>
        <translation>circulating</translation>
    </message>
    <message>
        <source>传阅件当天归还的时间</source>
        <translation>Circulated carriers are due back at</translation>
    </message>
    <message>
        <source>传阅登记簿</source>
        <translation>The circulation register</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <source>保密期限</source>
        <translation>secrecy period</translation>
    </message>
    <message>
        <source>保密期限届满（或已解密）后才能列入销毁清单</source>
        <translation>Destroy only after the secrecy period has ended (or after declassification)</translation>
    </message>
    <message>
        <source>保密柜</source>
        <translation>Safe</translation>
    </message>
    <message>
        <source>修改原因</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>借出</source>
        <translation>on loan</translation>
    </message>
    <message>
        <source>借阅</source>
        <translation>lent</translation>
    </message>
    <message>
        <source>借阅事由</source>
        <translation>Purpose of the loan</translation>
    </message>
    <message>
        <source>借阅件当天归还的时间</source>
        <translation>Loaned carriers are due back at</translation>
    </message>
    <message>
        <source>借阅或传阅</source>
        <translation>lent or circulated</translation>
    </message>
    <message>
        <source>借阅登记簿</source>
        <translation>The loan register</translation>
    </message>
    <message>
        <source>允许复制绝密级载体（须领导批准和制发机关批准）</source>
        <translation>Allow copying top-secret carriers (with the leader’s and the originating authority’s approval)</translation>
    </message>
    <message>
        <source>允许把涉密介质借给责任人所在部门以外的人员</source>
        <translation>Allow lending classified media to people outside the responsible person&apos;s department</translation>
    </message>
    <message>
        <source>允许经领导批准携带国家秘密载体外出</source>
        <translation>Allow taking state-secret carriers out with a leader’s approval</translation>
    </message>
    <message>
        <source>允许连续输错口令的次数</source>
        <translation>Wrong passphrases allowed in a row</translation>
    </message>
    <message>
        <source>全部载体</source>
        <translation>all carriers</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>其他单位</source>
        <translation>another unit</translation>
    </message>
    <message>
        <source>内部</source>
        <translation>internal</translation>
    </message>
    <message>
        <source>再次收文原因</source>
        <translation>Reason for receiving it again</translation>
    </message>
    <message>
        <source>冻结</source>
        <translation>put on hold</translation>
    </message>
    <message>
        <source>冻结依据</source>
        <translation>Basis for the hold</translation>
    </message>
    <message>
        <source>冻结原因</source>
        <translation>Reason for the hold</translation>
    </message>
    <message>
        <source>出卷</source>
        <translation>taken out of its volume</translation>
    </message>
    <message>
        <source>出卷事由</source>
        <translation>Reason for taking it out of the volume</translation>
    </message>
    <message>
        <source>分钟</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>列数</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>制发机关</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <source>制发机关批准文号</source>
        <translation>Issuing authority’s approval reference</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>卷内目录</source>
        <translation>The volume contents list</translation>
    </message>
    <message>
        <source>发文时间</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <source>发现丢失后须在多长时间内上报</source>
        <translation>Report a loss upward within this time of its discovery</translation>
    </message>
    <message>
        <source>发现人</source>
        <translation>discovered by</translation>
    </message>
    <message>
        <source>发现时间</source>
        <translation>discovery time</translation>
    </message>
    <message>
        <source>发送方式</source>
        <translation>Sending method</translation>
    </message>
    <message>
        <source>变更保密期限</source>
        <translation>Change period</translation>
    </message>
    <message>
        <source>变更密级</source>
        <translation>Change level</translation>
    </message>
    <message>
        <source>变更文号</source>
        <translation>decision reference</translation>
    </message>
    <message>
        <source>变更日期</source>
        <translation>decision date</translation>
    </message>
    <message>
        <source>变更机关</source>
        <translation>deciding authority</translation>
    </message>
    <message>
        <source>口令使用多久后提醒更换</source>
        <translation>Remind to change the passphrase after</translation>
    </message>
    <message>
        <source>台账备份</source>
        <translation>a ledger backup</translation>
    </message>
    <message>
        <source>台账备份或备份清单</source>
        <translation>a ledger backup or backup manifest</translation>
    </message>
    <message>
        <source>台账备份清单</source>
        <translation>a backup manifest</translation>
    </message>
    <message>
        <source>台账密钥文件</source>
        <translation>a ledger key file</translation>
    </message>
    <message>
        <source>台账文件（旁边有它的密钥文件）</source>
        <translation>a ledger file (its key file is beside it)</translation>
    </message>
    <message>
        <source>台账的备份快照</source>
        <translation>a ledger&apos;s backup snapshot</translation>
    </message>
    <message>
        <source>台账的密钥文件</source>
        <translation>a ledger&apos;s key file</translation>
    </message>
    <message>
        <source>台账的日志或临时文件</source>
        <translation>a ledger&apos;s journal or temporary file</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>在库</source>
        <translation>in store</translation>
    </message>
    <message>
        <source>培训内容</source>
        <translation>training topic</translation>
    </message>
    <message>
        <source>培训日期</source>
        <translation>training date</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>备份文件夹中的文件</source>
        <translation>a file in a backup folder</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>copied</translation>
    </message>
    <message>
        <source>复制事由</source>
        <translation>Purpose of the copy</translation>
    </message>
    <message>
        <source>复制机密级载体也须经原制发机关批准</source>
        <translation>Copying secret carriers also needs the originating authority’s approval</translation>
    </message>
    <message>
        <source>复制登记簿</source>
        <translation>The copy register</translation>
    </message>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Storage location</translation>
    </message>
    <message>
        <source>存放位置名称</source>
        <translation>Storage location name</translation>
    </message>
    <message>
        <source>定密变更</source>
        <translation>Classification change</translation>
    </message>
    <message>
        <source>定密日期</source>
        <translation>Classification date</translation>
    </message>
    <message>
        <source>审查人</source>
        <translation>reviewer</translation>
    </message>
    <message>
        <source>审查日期</source>
        <translation>review date</translation>
    </message>
    <message>
        <source>审核的部门负责人</source>
        <translation>reviewing head of department</translation>
    </message>
    <message>
        <source>容量</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>密级</source>
        <translation>classification level</translation>
    </message>
    <message>
        <source>密级变更登记簿</source>
        <translation>Classification change register</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>exporting</translation>
    </message>
    <message>
        <source>小时</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>左边距</source>
        <translation>Left margin</translation>
    </message>
    <message>
        <source>已发出</source>
        <translation>sent out</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>filed</translation>
    </message>
    <message>
        <source>已清退</source>
        <translation>returned to the issuer</translation>
    </message>
    <message>
        <source>已移交</source>
        <translation>handed over</translation>
    </message>
    <message>
        <source>已销毁</source>
        <translation>destroyed</translation>
    </message>
    <message>
        <source>带出批准人</source>
        <translation>Take-out approved by</translation>
    </message>
    <message>
        <source>带出批准文号</source>
        <translation>Take-out approval reference</translation>
    </message>
    <message>
        <source>带出批准日期</source>
        <translation>Take-out approval date</translation>
    </message>
    <message>
        <source>序列号</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>延长理由</source>
        <translation>reason for the extension</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>filed</translation>
    </message>
    <message>
        <source>归还说明</source>
        <translation>Return note</translation>
    </message>
    <message>
        <source>当前打开的台账文件</source>
        <translation>the open ledger file</translation>
    </message>
    <message>
        <source>当前打开的台账的密钥文件</source>
        <translation>the open ledger&apos;s key file</translation>
    </message>
    <message>
        <source>当前打开的台账的日志或临时文件</source>
        <translation>the open ledger&apos;s journal or temporary file</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>批准文号</source>
        <translation>Approval reference</translation>
    </message>
    <message>
        <source>批准日期</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <source>批准领导</source>
        <translation>Approving leader</translation>
    </message>
    <message>
        <source>找回情况</source>
        <translation>how it was found</translation>
    </message>
    <message>
        <source>承诺书内容</source>
        <translation>commitment letter text</translation>
    </message>
    <message>
        <source>报告丢失</source>
        <translation>Report lost</translation>
    </message>
    <message>
        <source>接收人</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>接收单位</source>
        <translation>receiving unit</translation>
    </message>
    <message>
        <source>提议人</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>收件单位</source>
        <translation>Recipient unit</translation>
    </message>
    <message>
        <source>收文日期</source>
        <translation>date received</translation>
    </message>
    <message>
        <source>收文时间</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>数据库文件</source>
        <translation>a database file</translation>
    </message>
    <message>
        <source>文件柜</source>
        <translation>Filing cabinet</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document reference</translation>
    </message>
    <message>
        <source>无操作多久后自动锁定</source>
        <translation>Lock after this long without input</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>date</translation>
    </message>
    <message>
        <source>普通商密</source>
        <translation>ordinary commercial secret</translation>
    </message>
    <message>
        <source>更正理由</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>机密</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>机要交通</source>
        <translation>Confidential courier service</translation>
    </message>
    <message>
        <source>机要员姓名</source>
        <translation>Clerk’s name</translation>
    </message>
    <message>
        <source>机要室</source>
        <translation>Secure room</translation>
    </message>
    <message>
        <source>机要通信</source>
        <translation>Confidential post</translation>
    </message>
    <message>
        <source>条码</source>
        <translation>barcode</translation>
    </message>
    <message>
        <source>来文机关</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>查处结论</source>
        <translation>investigation finding</translation>
    </message>
    <message>
        <source>查阅人所在单位</source>
        <translation>reader&apos;s unit</translation>
    </message>
    <message>
        <source>标签宽</source>
        <translation>Label width</translation>
    </message>
    <message>
        <source>标签高</source>
        <translation>Label height</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>title</translation>
    </message>
    <message>
        <source>标题或主要内容</source>
        <translation>Title or main content</translation>
    </message>
    <message>
        <source>核心</source>
        <translation>core</translation>
    </message>
    <message>
        <source>核心商密</source>
        <translation>core commercial secret</translation>
    </message>
    <message>
        <source>案卷</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>案卷号</source>
        <translation>Volume number</translation>
    </message>
    <message>
        <source>案卷目录</source>
        <translation>The volume catalogue</translation>
    </message>
    <message>
        <source>案卷题名</source>
        <translation>Volume title</translation>
    </message>
    <message>
        <source>档案部门</source>
        <translation>the archive</translation>
    </message>
    <message>
        <source>横向间距</source>
        <translation>Horizontal gap</translation>
    </message>
    <message>
        <source>次</source>
        <translation> times</translation>
    </message>
    <message>
        <source>消磁/物理销毁</source>
        <translation>degaussing/physical destruction</translation>
    </message>
    <message>
        <source>涉密等级</source>
        <translation>Clearance grade</translation>
    </message>
    <message>
        <source>涉密载体持有清单</source>
        <translation>The holdings list</translation>
    </message>
    <message>
        <source>涉密载体销毁清单</source>
        <translation>The destruction manifest register</translation>
    </message>
    <message>
        <source>清查结论</source>
        <translation>conclusion of the check</translation>
    </message>
    <message>
        <source>清退</source>
        <translation>returned to the issuer</translation>
    </message>
    <message>
        <source>清退依据</source>
        <translation>Basis for the return</translation>
    </message>
    <message>
        <source>清退单</source>
        <translation>return list</translation>
    </message>
    <message>
        <source>清退清单</source>
        <translation>The return register</translation>
    </message>
    <message>
        <source>焚毁</source>
        <translation>burning</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>status</translation>
    </message>
    <message>
        <source>登记簿的密级标志</source>
        <translation>the register&apos;s marking</translation>
    </message>
    <message>
        <source>监交人</source>
        <translation>handover supervisor</translation>
    </message>
    <message>
        <source>监销人</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>知悉范围</source>
        <translation>Authorized readers</translation>
    </message>
    <message>
        <source>离岗原因</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <source>离岗日期</source>
        <translation>leaving date</translation>
    </message>
    <message>
        <source>秘密</source>
        <translation>confidential</translation>
    </message>
    <message>
        <source>移交</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>移交依据</source>
        <translation>handover basis</translation>
    </message>
    <message>
        <source>移交日期</source>
        <translation>handover date</translation>
    </message>
    <message>
        <source>移交清单</source>
        <translation>handover list</translation>
    </message>
    <message>
        <source>移出</source>
        <translation>taken off the list</translation>
    </message>
    <message>
        <source>移出原因</source>
        <translation>Reason for removal</translation>
    </message>
    <message>
        <source>签发人</source>
        <translation>Signed off by</translation>
    </message>
    <message>
        <source>签订日期</source>
        <translation>date signed</translation>
    </message>
    <message>
        <source>粉碎</source>
        <translation>shredding</translation>
    </message>
    <message>
        <source>纵向间距</source>
        <translation>Vertical gap</translation>
    </message>
    <message>
        <source>纸宽</source>
        <translation>Paper width</translation>
    </message>
    <message>
        <source>纸高</source>
        <translation>Paper height</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>结束原因</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>结论文号</source>
        <translation>finding reference</translation>
    </message>
    <message>
        <source>绝密</source>
        <translation>top secret</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>number</translation>
    </message>
    <message>
        <source>脱密期截止日期</source>
        <translation>end of the exit period</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>解密</source>
        <translation>Declassify</translation>
    </message>
    <message>
        <source>解密条件</source>
        <translation>Declassification condition</translation>
    </message>
    <message>
        <source>解除冻结</source>
        <translation>released from hold</translation>
    </message>
    <message>
        <source>解除说明</source>
        <translation>Release note</translation>
    </message>
    <message>
        <source>证件</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>explanation</translation>
    </message>
    <message>
        <source>调整理由</source>
        <translation>reason for the change</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>载体</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>输错后锁定的时长</source>
        <translation>Lockout after too many wrong passphrases</translation>
    </message>
    <message>
        <source>退往机关</source>
        <translation>Authority returned to</translation>
    </message>
    <message>
        <source>送保密行政管理部门销毁</source>
        <translation>destruction by the secrecy administration</translation>
    </message>
    <message>
        <source>送达人</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>重要</source>
        <translation>important</translation>
    </message>
    <message>
        <source>销毁</source>
        <translation>destroyed</translation>
    </message>
    <message>
        <source>销毁地点</source>
        <translation>Place of destruction</translation>
    </message>
    <message>
        <source>销毁日期</source>
        <translation>Destruction date</translation>
    </message>
    <message>
        <source>销毁清单</source>
        <translation>destruction manifest</translation>
    </message>
    <message>
        <source>阅办意见</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>阅读地点</source>
        <translation>Reading place</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>非密</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <source>非涉密</source>
        <translation>non-classified</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>RegisterIncomingDialog</name>
    <message>
        <source>收文登记</source>
        <translation>Register incoming document</translation>
    </message>
    <message>
        <source>来文</source>
        <translation>Received document</translation>
    </message>
    <message>
        <source>收文时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>来文机关</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>送来文件的机关或单位</source>
        <translation>The body that delivered the document</translation>
    </message>
    <message>
        <source>产生机关</source>
        <translation>Originating authority</translation>
    </message>
    <message>
        <source>制发文件的机关；与来文机关相同可不填</source>
        <translation>The body that issued it; leave empty if it is the sender</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>如 国保发〔2026〕3号</source>
        <translation>as printed on the document, e.g. Guo Bao Fa [2026] No. 3</translation>
    </message>
    <message>
        <source>标题/主要内容</source>
        <translation>Title / main content</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>附件名称和数量；没有可不填</source>
        <translation>Names and number of attachments; leave empty if none</translation>
    </message>
    <message>
        <source>密级与份数</source>
        <translation>Level and copies</translation>
    </message>
    <message>
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>密级从本单位的密级目录中选择</source>
        <translation>Choose from your unit&apos;s list of levels</translation>
    </message>
    <message>
        <source>保密期限</source>
        <translation>Secrecy period</translation>
    </message>
    <message>
        <source>保密期限的写法；文件上没有标注时，按该密级的法定最长期限计算</source>
        <translation>How the secrecy period is stated; when the document shows none, the legal maximum for its level applies</translation>
    </message>
    <message>
        <source>未标注（按法定最长期限）</source>
        <translation>Not marked (legal maximum)</translation>
    </message>
    <message>
        <source>年</source>
        <translation>years</translation>
    </message>
    <message>
        <source>个月</source>
        <translation>months</translation>
    </message>
    <message>
        <source>长期</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <source>截至日期</source>
        <translation>Until a date</translation>
    </message>
    <message>
        <source>解密条件</source>
        <translation>Until a condition</translation>
    </message>
    <message>
        <source>解密条件，如“项目验收后”</source>
        <translation>Condition, e.g. “after project acceptance”</translation>
    </message>
    <message>
        <source>定密日期</source>
        <translation>Classified on</translation>
    </message>
    <message>
        <source>文件上标注了定密日期时勾选并填写</source>
        <translation>Tick and fill in when the document shows the date it was classified</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Copies printed</translation>
    </message>
    <message>
        <source>未注明</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>文件上印的总份数；未注明时留空</source>
        <translation>Total copies printed on the document; leave empty if not stated</translation>
    </message>
    <message>
        <source>份号</source>
        <translation>Copy numbers</translation>
    </message>
    <message>
        <source>收到的份号，如 3-5, 8</source>
        <translation>Copy numbers received, e.g. 3-5, 8</translation>
    </message>
    <message>
        <source>保管</source>
        <translation>Keeping</translation>
    </message>
    <message>
        <source>知悉范围</source>
        <translation>Authorized readers</translation>
    </message>
    <message>
        <source>可以阅知的人员或部门</source>
        <translation>People or departments allowed to read it</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>不填则为当前保密员</source>
        <translation>Leave empty for the current clerk</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>可写多行</source>
        <translation>Several lines allowed</translation>
    </message>
    <message>
        <source>打印标签(&amp;P)</source>
        <translation>&amp;Print labels</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>保存并继续登记(&amp;N)</source>
        <translation>Save and register &amp;next</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RegisterMediaDialog</name>
    <message>
        <source>涉密介质登记</source>
        <translation>Register classified medium</translation>
    </message>
    <message>
        <source>介质</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>介质类型</source>
        <translation>Kind of medium</translation>
    </message>
    <message>
        <source>U盘</source>
        <translation>USB drive</translation>
    </message>
    <message>
        <source>光盘</source>
        <translation>Optical disc</translation>
    </message>
    <message>
        <source>移动硬盘</source>
        <translation>Portable hard disk</translation>
    </message>
    <message>
        <source>其他介质</source>
        <translation>Other medium</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>如 保密办专用U盘</source>
        <translation>e.g. Security office USB drive</translation>
    </message>
    <message>
        <source>专用用途</source>
        <translation>Dedicated use</translation>
    </message>
    <message>
        <source>如 仅用于机要室与打印机之间传递文件</source>
        <translation>e.g. only for moving files between the secure room and the printer</translation>
    </message>
    <message>
        <source>序列号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>介质上的序列号或硬件编号</source>
        <translation>Serial or hardware number on the medium</translation>
    </message>
    <message>
        <source>容量</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>如 32 GB</source>
        <translation>e.g. 32 GB</translation>
    </message>
    <message>
        <source>已有条码</source>
        <translation>Existing barcode</translation>
    </message>
    <message>
        <source>介质上已贴有条码时扫入；没有则由系统生成</source>
        <translation>Scan it if the medium already has a barcode; otherwise one is generated</translation>
    </message>
    <message>
        <source>专用计算机</source>
        <translation>Dedicated computer</translation>
    </message>
    <message>
        <source>如 机要室涉密计算机（资产编号 BM-001）</source>
        <translation>e.g. secure-room classified PC (asset no. BM-001)</translation>
    </message>
    <message>
        <source>密级与保管</source>
        <translation>Level and keeping</translation>
    </message>
    <message>
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>密级从本单位的密级目录中选择</source>
        <translation>Choose from your unit&apos;s list of levels</translation>
    </message>
    <message>
        <source>保密期限</source>
        <translation>Secrecy period</translation>
    </message>
    <message>
        <source>保密期限的写法；文件上没有标注时，按该密级的法定最长期限计算</source>
        <translation>How the secrecy period is stated; when the document shows none, the legal maximum for its level applies</translation>
    </message>
    <message>
        <source>未标注（按法定最长期限）</source>
        <translation>Not marked (legal maximum)</translation>
    </message>
    <message>
        <source>年</source>
        <translation>years</translation>
    </message>
    <message>
        <source>个月</source>
        <translation>months</translation>
    </message>
    <message>
        <source>长期</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <source>截至日期</source>
        <translation>Until a date</translation>
    </message>
    <message>
        <source>解密条件</source>
        <translation>Until a condition</translation>
    </message>
    <message>
        <source>解密条件，如“项目验收后”</source>
        <translation>Condition, e.g. “after project acceptance”</translation>
    </message>
    <message>
        <source>定密日期</source>
        <translation>Classified on</translation>
    </message>
    <message>
        <source>文件上标注了定密日期时勾选并填写</source>
        <translation>Tick and fill in when the document shows the date it was classified</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>不填则为当前保密员</source>
        <translation>Leave empty for the current clerk</translation>
    </message>
    <message>
        <source>知悉范围</source>
        <translation>Need-to-know scope</translation>
    </message>
    <message>
        <source>谁可以使用，如 项目组成员、办公室主任</source>
        <translation>Who may use it, e.g. project team members, the office director</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>可写多行</source>
        <translation>Several lines allowed</translation>
    </message>
    <message>
        <source>打印标签(&amp;P)</source>
        <translation>&amp;Print labels</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>保存并继续登记(&amp;N)</source>
        <translation>Save and register &amp;next</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RegisterOutgoingDialog</name>
    <message>
        <source>发文登记</source>
        <translation>Register outgoing document</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>发文时间</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>如 某保〔2026〕12号</source>
        <translation>as printed on the document, e.g. Bao [2026] No. 12</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>产生机关</source>
        <translation>Originating authority</translation>
    </message>
    <message>
        <source>不填则为本单位</source>
        <translation>Leave empty for your unit</translation>
    </message>
    <message>
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>密级从本单位的密级目录中选择</source>
        <translation>Choose from your unit&apos;s list of levels</translation>
    </message>
    <message>
        <source>保密期限</source>
        <translation>Secrecy period</translation>
    </message>
    <message>
        <source>保密期限的写法；文件上没有标注时，按该密级的法定最长期限计算</source>
        <translation>How the secrecy period is stated; when the document shows none, the legal maximum for its level applies</translation>
    </message>
    <message>
        <source>未标注（按法定最长期限）</source>
        <translation>Not marked (legal maximum)</translation>
    </message>
    <message>
        <source>年</source>
        <translation>years</translation>
    </message>
    <message>
        <source>个月</source>
        <translation>months</translation>
    </message>
    <message>
        <source>长期</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <source>截至日期</source>
        <translation>Until a date</translation>
    </message>
    <message>
        <source>解密条件</source>
        <translation>Until a condition</translation>
    </message>
    <message>
        <source>解密条件，如“项目验收后”</source>
        <translation>Condition, e.g. “after project acceptance”</translation>
    </message>
    <message>
        <source>定密日期</source>
        <translation>Classified on</translation>
    </message>
    <message>
        <source>文件上标注了定密日期时勾选并填写</source>
        <translation>Tick and fill in when the document shows the date it was classified</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Copies printed</translation>
    </message>
    <message>
        <source>未注明</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>分送</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>分送份号与收件单位</source>
        <translation>Copies and recipients</translation>
    </message>
    <message>
        <source>每行一份：份号:收件单位
1:某某局
2:某某厅
3:（留存，不填单位）</source>
        <translation>One copy per line: copy number:recipient
1:Some Bureau
2:Some Department
3:(kept here, no recipient)</translation>
    </message>
    <message>
        <source>每行写一份的份号和收件单位，用冒号隔开；不写单位的份留存本单位</source>
        <translation>One line per copy: its number and recipient separated by a colon; a copy without a recipient is kept by your unit</translation>
    </message>
    <message>
        <source>发送方式</source>
        <translation>Dispatch by</translation>
    </message>
    <message>
        <source>机要通信</source>
        <translation>Confidential post</translation>
    </message>
    <message>
        <source>专人送达</source>
        <translation>By hand (courier)</translation>
    </message>
    <message>
        <source>机要交通</source>
        <translation>Confidential courier service</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>送达人</source>
        <translation>Couriers</translation>
    </message>
    <message>
        <source>送达人一</source>
        <translation>First courier</translation>
    </message>
    <message>
        <source>送达人二</source>
        <translation>Second courier</translation>
    </message>
    <message>
        <source>绝密级文件须由两人以上送达，两名送达人都要填写。</source>
        <translation>Top-secret documents must be delivered by at least two people; enter both couriers.</translation>
    </message>
    <message>
        <source>知悉范围</source>
        <translation>Authorized readers</translation>
    </message>
    <message>
        <source>可以阅知的人员或部门</source>
        <translation>People or departments allowed to read it</translation>
    </message>
    <message>
        <source>留存份存放位置</source>
        <translation>Location of kept copies</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>不填则为当前保密员</source>
        <translation>Leave empty for the current clerk</translation>
    </message>
    <message>
        <source>签发人</source>
        <translation>Signed off by</translation>
    </message>
    <message>
        <source>签发这份文件的领导</source>
        <translation>The leader who signed this document off</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>可写多行</source>
        <translation>Several lines allowed</translation>
    </message>
    <message>
        <source>打印标签(&amp;P)</source>
        <translation>&amp;Print labels</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>保存并继续登记(&amp;N)</source>
        <translation>Save and register &amp;next</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>（不指定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <source>已登记 {number}，共 {n} 件，条码已生成。</source>
        <translation>Registered {number}: {n} carrier(s); barcodes generated.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>选择一份备份并用口令或恢复码打开。恢复之前会先显示备份的内容，确认后才替换台账；被替换的台账保留在原处。</source>
        <translation>Choose a backup and open it with its passphrase or the recovery code. Its contents are shown before anything is replaced; the replaced ledger is kept where it was.</translation>
    </message>
    <message>
        <source>备份文件(&amp;F)：</source>
        <translation>Backup &amp;file:</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>口令(&amp;P)：</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>使用恢复码</source>
        <translation>Use the recovery code</translation>
    </message>
    <message>
        <source>打开并检查备份(&amp;O)</source>
        <translation>&amp;Open and Check the Backup</translation>
    </message>
    <message>
        <source>恢复后的口令(&amp;N)：</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>再输入一次(&amp;R)：</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>我已核对以上内容，用这份备份替换当前台账</source>
        <translation>I have checked the above: replace the current ledger with this backup</translation>
    </message>
    <message>
        <source>恢复(&amp;S)</source>
        <translation>Re&amp;store</translation>
    </message>
    <message>
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>载体数</source>
        <translation>Carriers</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a Backup File</translation>
    </message>
    <message>
        <source>Miji Desk 备份 (*.mjbk)</source>
        <translation>Miji Desk backups (*.mjbk)</translation>
    </message>
    <message>
        <source>恢复码(&amp;P)：</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <source>正在解锁备份…</source>
        <translation>Unlocking the backup…</translation>
    </message>
    <message>
        <source>正在读取备份…</source>
        <translation>Reading the backup…</translation>
    </message>
    <message>
        <source>正在校验备份内容…</source>
        <translation>Checking the backup&apos;s contents…</translation>
    </message>
    <message>
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>请选择备份文件，并输入制作备份时的口令或恢复码。</source>
        <translation>Please choose a backup file and enter the passphrase it was made with, or the recovery code.</translation>
    </message>
    <message>
        <source>用恢复码打开的备份：请为恢复后的台账设置新口令。</source>
        <translation>The backup was opened with the recovery code: please set a new passphrase for the restored ledger.</translation>
    </message>
    <message>
        <source>留空则沿用打开备份所用的口令；也可以设置新口令。</source>
        <translation>Leave empty to keep the passphrase that opened the backup, or set a new one.</translation>
    </message>
    <message>
        <source>我已核对以上内容，用这份备份替换当前台账（当前台账改名保留在原文件夹）</source>
        <translation>I have checked the above: replace the current ledger with this backup (the current ledger is kept, renamed, in the same folder)</translation>
    </message>
    <message>
        <source>我已核对以上内容，把这份备份恢复为本机的台账</source>
        <translation>I have checked the above: restore this backup as this computer&apos;s ledger</translation>
    </message>
    <message>
        <source>备份完好。请核对后确认恢复。</source>
        <translation>The backup is intact. Please check it, then confirm the restore.</translation>
    </message>
    <message>
        <source>注意：这份备份不是当前台账的备份。</source>
        <translation>Attention: this backup is not a backup of the current ledger.</translation>
    </message>
    <message>
        <source>备份的单位：{backup}；当前台账的单位：{current}。</source>
        <translation>Unit of the backup: {backup}; unit of the current ledger: {current}.</translation>
    </message>
    <message>
        <source>（未记载）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>备份的台账编号：{backup}；当前台账编号：{current}。</source>
        <translation>Ledger ID of the backup: {backup}; ID of the current ledger: {current}.</translation>
    </message>
    <message>
        <source>恢复后，本机打开的将是这份备份里的台账，当前台账改名保留。</source>
        <translation>After the restore this PC opens the ledger in this backup; the current ledger is kept under another name.</translation>
    </message>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>请设置恢复后的台账口令。</source>
        <translation>Please set the restored ledger&apos;s passphrase.</translation>
    </message>
    <message>
        <source>用另一本台账的备份替换</source>
        <translation>Replace with a backup of another ledger</translation>
    </message>
    <message>
        <source>确实要用这份备份替换当前台账吗？</source>
        <translation>Really replace the current ledger with this backup?</translation>
    </message>
    <message>
        <source>已恢复：{path}。</source>
        <translation>Restored: {path}.</translation>
    </message>
    <message>
        <source>原台账保留为 {name}。</source>
        <translation> The previous ledger was kept as {name}.</translation>
    </message>
    <message>
        <source>已取消，台账没有改动。</source>
        <translation>Cancelled; the ledger is unchanged.</translation>
    </message>
</context>
<context>
    <name>ReturnCheckDialog</name>
    <message>
        <source>归还清点</source>
        <translation>Return check</translation>
    </message>
    <message>
        <source>清点结果：</source>
        <translation>Check:</translation>
    </message>
    <message>
        <source>页面完整(&amp;P)</source>
        <translation>&amp;Pages complete</translation>
    </message>
    <message>
        <source>附件完整(&amp;A)</source>
        <translation>&amp;Attachments complete</translation>
    </message>
    <message>
        <source>清点页数(&amp;C)：</source>
        <translation>Pages &amp;counted:</translation>
    </message>
    <message>
        <source>未逐页清点</source>
        <translation>not counted page by page</translation>
    </message>
    <message>
        <source>情况说明(&amp;N)：</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>不全时写明缺少什么、怎么发现的</source>
        <translation>If incomplete: what is missing and how it was found</translation>
    </message>
    <message>
        <source>确认归还(&amp;O)</source>
        <translation>C&amp;onfirm return</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>借阅归还</source>
        <translation>Loan return</translation>
    </message>
    <message>
        <source>传阅退回</source>
        <translation>Circulation return</translation>
    </message>
    <message>
        <source>借阅人：{who}（{ref}）；{since} 借出，应于 {due} 前归还</source>
        <translation>Borrower: {who} ({ref}); lent {since}, due back by {due}</translation>
    </message>
    <message>
        <source>传阅人：{who}（传阅单 {ref}）；{since} 送出，应于 {due} 前退回</source>
        <translation>Reader: {who} (slip {ref}); handed out {since}, due back by {due}</translation>
    </message>
    <message>
        <source>。已逾期。</source>
        <translation>. Overdue.</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>登记页数：{pages}；附件：{attachments}</source>
        <translation>Registered pages: {pages}; attachments: {attachments}</translation>
    </message>
    <message>
        <source>确认退回(&amp;O)</source>
        <translation>C&amp;onfirm return</translation>
    </message>
    <message>
        <source>清点不全：载体照常收回，同时登记一条异常（写明缺少什么），查明后结案。</source>
        <translation>Not complete: the carrier is taken back and an incident is opened (say what is missing); close it once resolved.</translation>
    </message>
    <message>
        <source>请逐项清点：勾选“页面完整”或填写清点页数；有附件的，勾选“附件完整”。</source>
        <translation>Count each item: tick “Pages complete” or type the pages counted; where there are attachments, tick “Attachments complete”.</translation>
    </message>
    <message>
        <source>页数尚未清点：齐全请勾选“页面完整”，或填写清点页数；不全请在情况说明中写明。</source>
        <translation>The pages have not been counted: if all are there tick “Pages complete” or type the pages counted; if not, say what is missing in the note.</translation>
    </message>
    <message>
        <source>附件尚未清点：齐全请勾选“附件完整”；不全请在情况说明中写明缺少什么。</source>
        <translation>The attachments have not been counted: if all are there tick “Attachments complete”; if not, say in the note what is missing.</translation>
    </message>
    <message>
        <source>清点不全，请写明缺少什么、怎么发现的。</source>
        <translation>Not complete: please say what is missing and how it was found.</translation>
    </message>
    <message>
        <source>请先确认或取消这次归还，再扫描下一件（扫到：{code}）。</source>
        <translation>Confirm or cancel this return before scanning the next item (scanned: {code}).</translation>
    </message>
</context>
<context>
    <name>ReturnConfirmDialog</name>
    <message>
        <source>确认清退</source>
        <translation>Confirm return</translation>
    </message>
    <message>
        <source>清退单：</source>
        <translation>Return list:</translation>
    </message>
    <message>
        <source>接收人(&amp;H)：</source>
        <translation>Received &amp;by:</translation>
    </message>
    <message>
        <source>对方签收人的姓名</source>
        <translation>Name of the person who signed for them</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>确认已清退(&amp;O)</source>
        <translation>C&amp;onfirm returned</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{number}：退往 {recipient}，共 {n} 件</source>
        <translation>{number}: to {recipient}, {n} carriers</translation>
    </message>
    <message>
        <source>确认后，清单上的载体全部标记为已清退，记录永久保留；请确认对方已在清退清单上签收。</source>
        <translation>Once confirmed, every carrier on the list is marked returned and kept on record forever; make sure the recipient has signed the return list.</translation>
    </message>
</context>
<context>
    <name>ReturnListDialog</name>
    <message>
        <source>新建清退单</source>
        <translation>New return list</translation>
    </message>
    <message>
        <source>清退的载体：</source>
        <translation>Carriers to return:</translation>
    </message>
    <message>
        <source>加入同一文件的全部份及复制件(&amp;F)</source>
        <translation>Add &amp;all copies of the same document and copies made of them</translation>
    </message>
    <message>
        <source>移出选中的(&amp;M)</source>
        <translation>Re&amp;move selected</translation>
    </message>
    <message>
        <source>退往机关(&amp;R)：</source>
        <translation>&amp;Return to:</translation>
    </message>
    <message>
        <source>留空即载体的来文机关</source>
        <translation>Leave empty for the sender of the carriers</translation>
    </message>
    <message>
        <source>清退依据(&amp;B)：</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>清退通知的文号</source>
        <translation>Reference of the return notice</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>保存后打印清退清单(&amp;P)</source>
        <translation>&amp;Print the return list after saving</translation>
    </message>
    <message>
        <source>建立清退单(&amp;O)</source>
        <translation>&amp;Make return list</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请先选择或扫描一件载体。</source>
        <translation>First select or scan a carrier.</translation>
    </message>
    <message>
        <source>加入了 {n} 件。</source>
        <translation>{n} added.</translation>
    </message>
    <message>
        <source>没有更多的份数或复制件。</source>
        <translation>There are no more copies.</translation>
    </message>
    <message>
        <source>没有条码为 {code} 的载体。</source>
        <translation>No carrier has the barcode {code}.</translation>
    </message>
    <message>
        <source>{number} 已在清单上。</source>
        <translation>{number} is already on the list.</translation>
    </message>
</context>
<context>
    <name>ReturnListModel</name>
    <message>
        <source>清退单号</source>
        <translation>Return list no.</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>退往机关</source>
        <translation>Returned to</translation>
    </message>
    <message>
        <source>清退依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>建单时间</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>清退时间</source>
        <translation>Returned at</translation>
    </message>
    <message>
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>（作废：{reason}）</source>
        <translation>(cancelled: {reason})</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>新建清退单（台账中选中的载体）…</source>
        <translation>New return list (carriers selected in the ledger)…</translation>
    </message>
    <message>
        <source>打印清退清单…</source>
        <translation>Print return list…</translation>
    </message>
    <message>
        <source>确认清退…</source>
        <translation>Confirm return…</translation>
    </message>
    <message>
        <source>作废清退单…</source>
        <translation>Cancel return list…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>只看待清退的</source>
        <translation>Only lists to be returned</translation>
    </message>
    <message>
        <source>清退的载体</source>
        <translation>Carriers to return</translation>
    </message>
    <message>
        <source>清退的载体：{number}，退往 {recipient}，共 {n} 份 {pages} 页</source>
        <translation>Carriers to return: {number}, to {recipient}, {n} copies, {pages} pages</translation>
    </message>
    <message>
        <source>清退单 {number} 已确认：{n} 件已清退。</source>
        <translation>Return list {number} confirmed: {n} carriers returned.</translation>
    </message>
    <message>
        <source>作废清退单</source>
        <translation>Cancel return list</translation>
    </message>
    <message>
        <source>清退单：</source>
        <translation>Return list:</translation>
    </message>
    <message>
        <source>{number}（退往 {recipient}，{n} 件）</source>
        <translation>{number} (to {recipient}, {n} carriers)</translation>
    </message>
    <message>
        <source>作废原因(&amp;R)：</source>
        <translation>&amp;Reason for cancelling:</translation>
    </message>
    <message>
        <source>作废(&amp;O)</source>
        <translation>Cancel the &amp;list</translation>
    </message>
    <message>
        <source>作废后，清单上的载体仍在库，可以另行处理；清退单记录保留。</source>
        <translation>Once cancelled, its carriers stay in store and can be dealt with otherwise; the return list is kept on record.</translation>
    </message>
    <message>
        <source>清退单 {number} 已作废。</source>
        <translation>Return list {number} cancelled.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>登记审查</source>
        <translation>Record review</translation>
    </message>
    <message>
        <source>审查日期(&amp;D)：</source>
        <translation>Review &amp;date:</translation>
    </message>
    <message>
        <source>审查结论(&amp;R)：</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>审查人(&amp;V)：</source>
        <translation>Re&amp;viewer:</translation>
    </message>
    <message>
        <source>备注(&amp;N)：</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>涉密人员上岗前要经过审查，在岗期间定期复审（篇七 第七条）。</source>
        <translation>Classified personnel are reviewed before taking up the post and regularly while on post (Part 7, Article 7).</translation>
    </message>
    <message>
        <source>登记(&amp;O)</source>
        <translation>Record (&amp;O)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{who}，{post}，涉密等级：{grade}</source>
        <translation>{who}, {post}, grade: {grade}</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>未通过</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>条码(&amp;S)：</source>
        <translation>Bar&amp;code:</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>启动界面库</source>
        <translation>Start the window system</translation>
    </message>
    <message>
        <source>新建加密台账库</source>
        <translation>Create an encrypted vault</translation>
    </message>
    <message>
        <source>登记一份文件</source>
        <translation>Register a document</translation>
    </message>
    <message>
        <source>打印标签并读回条码</source>
        <translation>Print labels and read their barcodes back</translation>
    </message>
    <message>
        <source>生成登记簿页面</source>
        <translation>Render a register page</translation>
    </message>
    <message>
        <source>核对审计日志</source>
        <translation>Verify the audit log</translation>
    </message>
    <message>
        <source>全程未打开网络连接</source>
        <translation>No network connection opened</translation>
    </message>
    <message>
        <source>清理临时台账</source>
        <translation>Remove the throwaway vault</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <source>安全</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>扫码枪</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>打印与标签</source>
        <translation>Printing and labels</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>毫秒</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>毫米</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <source>秒</source>
        <translation>s</translation>
    </message>
    <message>
        <source>个字符</source>
        <translation>characters</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>简体中文</source>
        <translation>简体中文 (Simplified Chinese)</translation>
    </message>
    <message>
        <source>English（英文）</source>
        <translation>English</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>网络接口检查间隔</source>
        <translation>Check network interfaces every</translation>
    </message>
    <message>
        <source>口令最少长度</source>
        <translation>Minimum passphrase length</translation>
    </message>
    <message>
        <source>口令至少包含几类字符</source>
        <translation>Character classes a passphrase needs</translation>
    </message>
    <message>
        <source>扫码前缀（去掉）</source>
        <translation>Scanner prefix (removed)</translation>
    </message>
    <message>
        <source>扫码后缀（去掉）</source>
        <translation>Scanner suffix (removed)</translation>
    </message>
    <message>
        <source>扫码按键最大间隔</source>
        <translation>Longest gap between scanner keystrokes</translation>
    </message>
    <message>
        <source>条码最短长度</source>
        <translation>Shortest barcode</translation>
    </message>
    <message>
        <source>忽略重复扫码的时间</source>
        <translation>Ignore the same code again within</translation>
    </message>
    <message>
        <source>标签版式</source>
        <translation>Label layout</translation>
    </message>
    <message>
        <source>自定义标签模板</source>
        <translation>Custom label templates</translation>
    </message>
    <message>
        <source>各打印机的标签校准偏移</source>
        <translation>Label calibration offsets per printer</translation>
    </message>
    <message>
        <source>标签水平偏移</source>
        <translation>Label offset, horizontal</translation>
    </message>
    <message>
        <source>标签垂直偏移</source>
        <translation>Label offset, vertical</translation>
    </message>
    <message>
        <source>各打印机的可打印边距</source>
        <translation>Printable margin of each printer</translation>
    </message>
    <message>
        <source>标签纸的可打印边距</source>
        <translation>Printable margin of label sheets</translation>
    </message>
    <message>
        <source>登记簿本身的密级标志</source>
        <translation>Classification marking printed on registers</translation>
    </message>
    <message>
        <source>超过几天未备份时提醒</source>
        <translation>Remind when no backup for</translation>
    </message>
    <message>
        <source>保留备份份数</source>
        <translation>Backup generations to keep</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>本单位规则</source>
        <translation>Unit rules</translation>
    </message>
    <message>
        <source>本机偏好</source>
        <translation>This PC</translation>
    </message>
    <message>
        <source>口令、密钥和恢复码从不保存在设置中。</source>
        <translation>Passphrases, keys and recovery codes are never stored in the settings.</translation>
    </message>
    <message>
        <source>这些规则保存在台账库中，随备份带到其他计算机；每次修改都记入审计日志。</source>
        <translation>These rules are kept in the vault and travel with its backups to other PCs; every change is recorded in the audit log.</translation>
    </message>
    <message>
        <source>本单位规则保存在台账库中：请先解锁台账再修改。</source>
        <translation>The unit rules are kept in the vault: unlock the ledger to change them.</translation>
    </message>
    <message>
        <source>依据：{source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>如：保密委员会 2026 年第 3 次会议决定</source>
        <translation>e.g. decision of the security committee, meeting 3 of 2026</translation>
    </message>
    <message>
        <source>修改原因</source>
        <translation>Reason for the change</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>初始设置</source>
        <translation>First-time setup</translation>
    </message>
    <message>
        <source>单位与保密员</source>
        <translation>Unit and clerk</translation>
    </message>
    <message>
        <source>这些信息印在每一本登记簿和每一张单据上。</source>
        <translation>These appear on every register and every slip.</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>如 某某市保密局</source>
        <translation>e.g. City Secrecy Bureau</translation>
    </message>
    <message>
        <source>保密员姓名</source>
        <translation>Clerk&apos;s name</translation>
    </message>
    <message>
        <source>使用本机的保密员（机要员）</source>
        <translation>The clerk who uses this PC</translation>
    </message>
    <message>
        <source>本程序供一名保密员在一台不联网的涉密计算机上使用。</source>
        <translation>This program is for one clerk on one classified PC that is not connected to any network.</translation>
    </message>
    <message>
        <source>设置口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>每次打开台账都要输入口令。口令不保存在任何地方，忘记后只能用恢复码。</source>
        <translation>The passphrase is asked each time the ledger is opened. It is stored nowhere; if you forget it, only the recovery code can open the ledger.</translation>
    </message>
    <message>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <source>显示口令</source>
        <translation>Show passphrase</translation>
    </message>
    <message>
        <source>绑定本机</source>
        <translation>Bind to this PC</translation>
    </message>
    <message>
        <source>台账文件可以与这台计算机绑定，复制到别处也打不开。</source>
        <translation>The ledger can be bound to this PC so that a copy of it does not open anywhere else.</translation>
    </message>
    <message>
        <source>找到系统凭据库时，程序在其中存放一个随机的本机密钥，台账只有同时具备口令和这个密钥才能打开，把台账文件复制到别的计算机上无法打开。

没有系统凭据库时，台账只靠口令保护：任何人拿到台账文件和口令都能打开，请更加严格地保管台账文件和备份介质。

无论哪种情况，下一步生成的恢复码都能打开台账和所有备份。</source>
        <translation>When the system&apos;s credential store is available, the program keeps a random machine key in it. The ledger then opens only with both the passphrase and that key, so a copy of the ledger file does not open on another computer.

Without a credential store, the ledger is protected by the passphrase alone: anyone with the ledger file and the passphrase can open it. Guard the ledger file and the backup media all the more carefully.

Either way, the recovery code made in the next step opens the ledger and every backup.</translation>
    </message>
    <message>
        <source>恢复码</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>忘记口令或更换计算机时，用恢复码打开台账和备份。它只显示这一次。</source>
        <translation>If the passphrase is forgotten or the PC replaced, the recovery code opens the ledger and its backups. It is shown only this once.</translation>
    </message>
    <message>
        <source>请打印恢复码，签封后存放在保密柜中。不要拍照，不要存入任何计算机或手机。</source>
        <translation>Print the recovery code, seal it and keep it in the safe. Do not photograph it or store it on any computer or phone.</translation>
    </message>
    <message>
        <source>打印恢复码(&amp;P)</source>
        <translation>&amp;Print recovery code</translation>
    </message>
    <message>
        <source>为确认已经妥善保存，请输入恢复码的最后一组：</source>
        <translation>To confirm it is safely kept, type the last group of the recovery code:</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>登记的每一件载体都要记明存放在哪里。以后可以在设置中增减。</source>
        <translation>Every registered carrier records where it is kept. Locations can be added or removed later in the settings.</translation>
    </message>
    <message>
        <source>如 1号保密柜</source>
        <translation>e.g. Safe No. 1</translation>
    </message>
    <message>
        <source>添加(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>编号格式</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <source>每个登记簿的编号按这些格式生成，年度内流水递增。</source>
        <translation>Each register numbers its entries in this format, counting up within each year.</translation>
    </message>
    <message>
        <source>收文编号</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>发文编号</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>介质编号</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>可以使用：{year} 年度，{reg} 登记簿简称（收、发、介质），{seq:04d} 四位流水号。例如 {year}-{reg}-{seq:04d}。</source>
        <translation>You may use: {year} the year, {reg} the register&apos;s short name (收, 发, 介质), {seq:04d} a four-digit serial number. For example {year}-{reg}-{seq:04d}.</translation>
    </message>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>口令符合要求。请牢记，不要写在计算机旁。</source>
        <translation>The passphrase meets the policy. Memorize it; do not write it down near the computer.</translation>
    </message>
    <message>
        <source>已找到本机的系统凭据库（{name}）。</source>
        <translation>This PC&apos;s credential store was found ({name}).</translation>
    </message>
    <message>
        <source>台账将与这台计算机绑定：台账文件即使被复制到别的计算机，仅凭口令也打不开。更换计算机时，用恢复码或备份恢复。</source>
        <translation>The ledger will be bound to this PC: a copy of the ledger file will not open on another computer with the passphrase alone. When you change computers, restore with the recovery code or a backup.</translation>
    </message>
    <message>
        <source>没有找到可用的系统凭据库。</source>
        <translation>No usable system credential store was found.</translation>
    </message>
    <message>
        <source>台账仍然加密保存，但只靠口令保护：复制走的台账文件凭口令就能在别的计算机上打开。请务必使用强口令，并妥善保管台账文件。原因：{reason}</source>
        <translation>The ledger is still encrypted, but protected by the passphrase alone: a copied ledger file opens on another computer with the passphrase. Use a strong passphrase and guard the ledger file carefully. Reason: {reason}</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>请抄写或打印恢复码，然后输入它的最后一组以确认。</source>
        <translation>Copy out or print the recovery code, then type its last group to confirm.</translation>
    </message>
    <message>
        <source>确认无误。请把恢复码放进保密柜保管。</source>
        <translation>Confirmed. Keep the recovery code in the safe.</translation>
    </message>
    <message>
        <source>与恢复码的最后一组不一致。</source>
        <translation>This does not match the last group of the recovery code.</translation>
    </message>
    <message>
        <source>保密柜</source>
        <translation>Safe</translation>
    </message>
    <message>
        <source>文件柜</source>
        <translation>Filing cabinet</translation>
    </message>
    <message>
        <source>机要室</source>
        <translation>Secure room</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>“{name}”已在列表中。</source>
        <translation>“{name}” is already in the list.</translation>
    </message>
    <message>
        <source>例如：{n}</source>
        <translation>For example: {n}</translation>
    </message>
    <message>
        <source>无法创建台账</source>
        <translation>Could not create the ledger</translation>
    </message>
</context>
<context>
    <name>SheetMap</name>
    <message>
        <source>点击一个位置，把它标为跳过（已损坏或已用掉）；再点一次取消。</source>
        <translation>Click a position to mark it skipped (damaged or used); click again to undo.</translation>
    </message>
    <message>
        <source>（未选择标签纸）</source>
        <translation>(no label sheet chosen)</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>{number} 已在传阅单上。</source>
        <translation>{number} is already on the slip.</translation>
    </message>
    <message>
        <source>没有条码为 {code} 的载体。</source>
        <translation>No carrier has the barcode {code}.</translation>
    </message>
    <message>
        <source>{who}，{post}（{grade}）</source>
        <translation>{who}, {post} ({grade})</translation>
    </message>
    <message>
        <source>{who} 已在传阅人之中。</source>
        <translation>{who} is already a reader.</translation>
    </message>
    <message>
        <source>没有登记证件 {badge} 的人员。</source>
        <translation>No person has the badge {badge}.</translation>
    </message>
</context>
<context>
    <name>SlipModel</name>
    <message>
        <source>传阅单号</source>
        <translation>Slip</translation>
    </message>
    <message>
        <source>载体</source>
        <translation>Carriers</translation>
    </message>
    <message>
        <source>传阅人（顺序）</source>
        <translation>Readers (in order)</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>开单时间</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>阅办意见</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>已阅 {done}/{total}</source>
        <translation>{done}/{total} read</translation>
    </message>
    <message>
        <source>，在外 {n} 件</source>
        <translation>, {n} out</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>登记培训</source>
        <translation>Record training</translation>
    </message>
    <message>
        <source>培训日期(&amp;D)：</source>
        <translation>Training &amp;date:</translation>
    </message>
    <message>
        <source>培训内容(&amp;T)：</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>例如：保密法律法规学习</source>
        <translation>e.g. study of the secrecy laws and regulations</translation>
    </message>
    <message>
        <source>学时(&amp;H)：</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>参加人员(&amp;P)：</source>
        <translation>&amp;People attending:</translation>
    </message>
    <message>
        <source>每名在岗涉密人员每年至少参加一次保密教育培训（篇七 第九条；篇十二 三）。</source>
        <translation>Every classified person on post attends at least one secrecy training session a year (Part 7, Article 9; Part 12, 3).</translation>
    </message>
    <message>
        <source>登记(&amp;O)</source>
        <translation>Record (&amp;O)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{who}，{grade}</source>
        <translation>{who}, {grade}</translation>
    </message>
</context>
<context>
    <name>UnitRules</name>
    <message>
        <source>分钟</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <source>次</source>
        <translation>times</translation>
    </message>
    <message>
        <source>允许复制绝密级载体（须领导批准和制发机关批准）</source>
        <translation>Allow copying top-secret carriers (with the leader&apos;s and the originating authority&apos;s approval)</translation>
    </message>
    <message>
        <source>复制机密级载体也须经原制发机关批准</source>
        <translation>Copying secret carriers also needs the originating authority&apos;s approval</translation>
    </message>
    <message>
        <source>允许经领导批准携带国家秘密载体外出</source>
        <translation>Allow taking state-secret carriers out with a leader&apos;s approval</translation>
    </message>
    <message>
        <source>传阅件当天归还的时间</source>
        <translation>Circulated carriers are due back at</translation>
    </message>
    <message>
        <source>借阅件当天归还的时间</source>
        <translation>Loaned carriers are due back at</translation>
    </message>
    <message>
        <source>保密期限届满（或已解密）后才能列入销毁清单</source>
        <translation>Destroy only after the secrecy period has ended (or after declassification)</translation>
    </message>
    <message>
        <source>允许连续输错口令的次数</source>
        <translation>Wrong passphrases allowed in a row</translation>
    </message>
    <message>
        <source>输错后锁定的时长</source>
        <translation>Lockout after too many wrong passphrases</translation>
    </message>
    <message>
        <source>无操作多久后自动锁定</source>
        <translation>Lock after this long without input</translation>
    </message>
    <message>
        <source>发现丢失后须在多长时间内上报</source>
        <translation>Report a loss upward within this time of its discovery</translation>
    </message>
    <message>
        <source>小时</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>标签上的单位简称（不填则用单位全称）</source>
        <translation>Short unit name on labels (empty: the full name)</translation>
    </message>
    <message>
        <source>允许把涉密介质借给责任人所在部门以外的人员</source>
        <translation>Allow lending classified media to people outside the responsible person&apos;s department</translation>
    </message>
    <message>
        <source>口令使用多久后提醒更换</source>
        <translation>Remind to change the passphrase after</translation>
    </message>
    <message>
        <source>保密期限届满前多少天列入到期审核清单</source>
        <translation>List carriers for expiry review this many days before their period ends</translation>
    </message>
    <message>
        <source>绝密级载体清查周期</source>
        <translation>Inventory check interval for top secret carriers</translation>
    </message>
    <message>
        <source>个月</source>
        <translation>months</translation>
    </message>
    <message>
        <source>机密级、秘密级载体清查周期（季度 3，半年 6）</source>
        <translation>Inventory check interval for secret and confidential carriers (quarterly 3, half-yearly 6)</translation>
    </message>
    <message>
        <source>复制到剪贴板的台账内容多久后清除</source>
        <translation>Clear ledger text copied to the clipboard after</translation>
    </message>
    <message>
        <source>秒</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>超过多少天没有通过完整检查，备份标为“未经完整检查”</source>
        <translation>Days without a passed full check after which a backup is marked &quot;not fully checked&quot;</translation>
    </message>
    <message>
        <source>脱密期届满前多少天列入“脱密期将满”清单</source>
        <translation>Days before an exit period ends to list it under &quot;Exit periods ending soon&quot;</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>涉密载体台账</source>
        <translation>Classified Carrier Ledger</translation>
    </message>
    <message>
        <source>口令(&amp;P)</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>恢复码(&amp;R)</source>
        <translation>&amp;Recovery code</translation>
    </message>
    <message>
        <source>恢复码各组之间的短横线可以不输入</source>
        <translation>The dashes between groups may be left out</translation>
    </message>
    <message>
        <source>使用恢复码</source>
        <translation>Use recovery code</translation>
    </message>
</context>
<context>
    <name>UnlockWidget</name>
    <message>
        <source>正在打开台账…</source>
        <translation>Opening the ledger…</translation>
    </message>
    <message>
        <source>请输入恢复码。</source>
        <translation>Please enter the recovery code.</translation>
    </message>
    <message>
        <source>请输入口令。</source>
        <translation>Please enter the passphrase.</translation>
    </message>
    <message>
        <source>口令连续输错次数过多，已暂停解锁。请在 {} 之后再试。</source>
        <translation>Too many wrong attempts in a row; unlocking is paused. Try again after {}.</translation>
    </message>
    <message>
        <source>改用口令</source>
        <translation>Use passphrase instead</translation>
    </message>
    <message>
        <source>使用恢复码</source>
        <translation>Use recovery code</translation>
    </message>
    <message>
        <source>这是演示台账，口令是：{}</source>
        <translation>This is a demo ledger. Its passphrase is: {}</translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <source>备份文件已损坏：内容与写入时不一致（可能是介质故障或文件被改动）。请改用另一份备份，并保留此文件以便检查。</source>
        <translation>The backup file is damaged: its content differs from what was written (a media fault or an edited file). Use another backup, and keep this file for inspection.</translation>
    </message>
    <message>
        <source>备份内容与其清单不符（记录数或审计链校验点不一致），不能作为可靠的备份使用。请改用另一份备份，并保留此文件以便检查。</source>
        <translation>The backup’s content disagrees with its manifest (record counts or the audit chain checkpoint differ); it cannot be relied on. Use another backup, and keep this file for inspection.</translation>
    </message>
    <message>
        <source>备份文件不完整（被截断），可能复制时中断或介质已满。请改用另一份备份。</source>
        <translation>The backup file is incomplete (cut short): the copy may have been interrupted or the medium was full. Use another backup.</translation>
    </message>
    <message>
        <source>台账文件已损坏，无法打开。原文件未被改动；请从最近的备份恢复，并保留损坏的文件以便检查。</source>
        <translation>The ledger file is damaged and cannot be opened. The file was not changed; restore the latest backup, and keep the damaged file for inspection.</translation>
    </message>
    <message>
        <source>所选文件不是 Miji Desk 备份文件，请重新选择。</source>
        <translation>The chosen file is not a Miji Desk backup; please choose again.</translation>
    </message>
    <message>
        <source>所选文件不是 Miji Desk 台账，请检查文件位置后重新选择。</source>
        <translation>The chosen file is not a Miji Desk ledger; check where the file is and choose again.</translation>
    </message>
    <message>
        <source>此台账由更新版本的 Miji Desk 创建，请先升级本软件再打开。原文件未被改动。</source>
        <translation>This ledger was made by a newer version of Miji Desk; upgrade this software before opening it. The file was not changed.</translation>
    </message>
    <message>
        <source>无法打开台账。</source>
        <translation>The ledger cannot be opened.</translation>
    </message>
    <message>
        <source>口令或恢复码不正确，请重新输入。如果台账是从另一台计算机复制来的，请使用恢复码解锁。</source>
        <translation>The passphrase or recovery code is wrong; please enter it again. If the ledger was copied from another computer, unlock it with the recovery code.</translation>
    </message>
    <message>
        <source>备份文件头的公开清单与加密清单不一致。请改用另一份备份。</source>
        <translation>The public manifest in the backup’s header disagrees with the encrypted manifest. Use another backup.</translation>
    </message>
    <message>
        <source>备份文件的清单校验未通过：清单或文件头被改动过。请改用另一份备份，并保留此文件以便检查。</source>
        <translation>The backup’s manifest check failed: the manifest or the header was changed. Use another backup, and keep this file for inspection.</translation>
    </message>
    <message>
        <source>台账密钥文件已损坏（密钥派生参数不完整）。请从最近的备份恢复。</source>
        <translation>The ledger key file is damaged (key derivation parameters incomplete). Restore the latest backup.</translation>
    </message>
    <message>
        <source>密钥文件与当前打开的台账不匹配，恢复码未更换。</source>
        <translation>The key file does not match the ledger that is open; the recovery code was not renewed.</translation>
    </message>
    <message>
        <source>此台账与另一台计算机绑定，或本机凭据库中的本机密钥已丢失，仅凭口令无法打开。请使用恢复码解锁。</source>
        <translation>This ledger is bound to another computer, or this computer’s secret in the credential store is lost; the passphrase alone cannot open it. Unlock with the recovery code.</translation>
    </message>
    <message>
        <source>口令不正确，请重新输入。</source>
        <translation>Wrong passphrase; please enter it again.</translation>
    </message>
    <message>
        <source>恢复码不正确：它的格式无误，但不是这个台账当前的恢复码（可能是已作废的旧恢复码）。请核对恢复码所属的台账。</source>
        <translation>Wrong recovery code: it is well formed but is not this ledger’s current recovery code (perhaps an old, replaced one). Check which ledger the code belongs to.</translation>
    </message>
    <message>
        <source>口令不正确，请重新输入。如果台账是从另一台计算机复制来的，请使用恢复码解锁。</source>
        <translation>Wrong passphrase; please enter it again. If the ledger was copied from another computer, unlock it with the recovery code.</translation>
    </message>
    <message>
        <source>系统凭据库中本台账的本机密钥已损坏，仅凭口令无法打开。请使用恢复码解锁。</source>
        <translation>This computer’s secret for the ledger in the system credential store is damaged; the passphrase alone cannot open it. Unlock with the recovery code.</translation>
    </message>
    <message>
        <source>台账密钥文件与当前打开的台账不是同一本台账，未作任何改动。</source>
        <translation>The ledger key file does not belong to the ledger that is open; nothing was changed.</translation>
    </message>
    <message>
        <source>口令不正确：请输入当前台账的口令。</source>
        <translation>Wrong passphrase: enter the current ledger&apos;s passphrase.</translation>
    </message>
    <message>
        <source>原口令不正确，口令没有更改。</source>
        <translation>The old passphrase is wrong; the passphrase was not changed.</translation>
    </message>
    <message>
        <source>口令不正确，恢复码没有更换。</source>
        <translation>Wrong passphrase; the recovery code was not renewed.</translation>
    </message>
    <message>
        <source>台账文件与密钥文件不是同一本台账（可能被替换过）。</source>
        <translation>The ledger file and the key file are not of the same ledger (one may have been replaced).</translation>
    </message>
</context>
<context>
    <name>VerifyBackupDialog</name>
    <message>
        <source>校验备份</source>
        <translation>Verify Backup</translation>
    </message>
    <message>
        <source>不恢复、不改动任何文件，检查一份备份是否完好：文件校验值、两项完整性检查、审计链和记录数。</source>
        <translation>Checks a backup without restoring it or changing any file: file checksum, both integrity checks, the audit chain and the record counts.</translation>
    </message>
    <message>
        <source>备份文件(&amp;F)：</source>
        <translation>Backup &amp;file:</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>口令(&amp;P)：</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>使用恢复码</source>
        <translation>Use the recovery code</translation>
    </message>
    <message>
        <source>校验(&amp;V)</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>恢复码(&amp;P)：</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a Backup File</translation>
    </message>
    <message>
        <source>Miji Desk 备份 (*.mjbk)</source>
        <translation>Miji Desk backups (*.mjbk)</translation>
    </message>
    <message>
        <source>请选择备份文件，并输入制作备份时的口令或恢复码。</source>
        <translation>Please choose a backup file and enter the passphrase it was made with, or the recovery code.</translation>
    </message>
    <message>
        <source>正在解锁备份…</source>
        <translation>Unlocking the backup…</translation>
    </message>
    <message>
        <source>正在读取备份…</source>
        <translation>Reading the backup…</translation>
    </message>
    <message>
        <source>正在校验备份内容…</source>
        <translation>Checking the backup&apos;s contents…</translation>
    </message>
    <message>
        <source>备份完好。</source>
        <translation>The backup is intact.</translation>
    </message>
    <message>
        <source>备份未通过校验。</source>
        <translation>The backup failed verification.</translation>
    </message>
    <message>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>VerifyVaultDialog</name>
    <message>
        <source>核对台账</source>
        <translation>Verify the ledger</translation>
    </message>
    <message>
        <source>检查台账文件、审计链和台账结构，并逐行核对每条台账记录是否与写入它的审计记录相符。可输入以前打印的台账上的校验码（如 1234-AB12-CD34，每行一个），核对审计链是否仍经过它们。</source>
        <translation>Checks the ledger file, the audit chain and the ledger&apos;s structure, and compares every ledger row with the audit event that wrote it. Enter checkpoint codes from earlier printed registers (e.g. 1234-AB12-CD34, one per line) to check that the audit chain still passes through them.</translation>
    </message>
    <message>
        <source>纸质台账上的校验码(&amp;C)：</source>
        <translation>Checkpoint codes from paper (&amp;C):</translation>
    </message>
    <message>
        <source>开始核对(&amp;S)</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>正在检查台账文件…</source>
        <translation>Checking the ledger file…</translation>
    </message>
    <message>
        <source>正在检查审计链…</source>
        <translation>Checking the audit chain…</translation>
    </message>
    <message>
        <source>正在检查台账结构…</source>
        <translation>Checking the ledger&apos;s structure…</translation>
    </message>
    <message>
        <source>正在逐行核对台账与审计记录…</source>
        <translation>Comparing every ledger row with the audit log…</translation>
    </message>
    <message>
        <source>正在核对校验码…</source>
        <translation>Checking the checkpoint codes…</translation>
    </message>
    <message>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>相符：</source>
        <translation>Matches: </translation>
    </message>
    <message>
        <source>不符：</source>
        <translation>Does not match: </translation>
    </message>
    <message>
        <source>台账完好，每条记录都与审计记录相符。</source>
        <translation>The ledger is intact; every row matches the audit log.</translation>
    </message>
    <message>
        <source>发现问题，请保留此台账文件并报告保密管理部门。</source>
        <translation>Problems found. Keep this ledger file and report to the security office.</translation>
    </message>
    <message>
        <source>核对没有完成。</source>
        <translation>The check did not finish.</translation>
    </message>
</context>
<context>
    <name>VolumeDialog</name>
    <message>
        <source>新建案卷</source>
        <translation>New volume</translation>
    </message>
    <message>
        <source>案卷号(&amp;N)：</source>
        <translation>Volume &amp;number:</translation>
    </message>
    <message>
        <source>留空自动编号，如 2026-卷-0001</source>
        <translation>Leave empty to number it automatically, e.g. 2026-卷-0001</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>案卷题名(&amp;T)：</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>保管期限(&amp;K)：</source>
        <translation>Retention &amp;period:</translation>
    </message>
    <message>
        <source>存放位置(&amp;L)：</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>绝密专卷：只归入绝密级载体(&amp;J)</source>
        <translation>Top-&amp;secret volume: only top-secret carriers</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>建立案卷(&amp;O)</source>
        <translation>Make v&amp;olume</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>留空自动编号，如 {year}-卷-0001</source>
        <translation>Leave empty to number it automatically, e.g. {year}-卷-0001</translation>
    </message>
</context>
<context>
    <name>VolumeModel</name>
    <message>
        <source>案卷号</source>
        <translation>Volume no.</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>案卷题名</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>密级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>保管期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>（空卷）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>（绝密专卷）</source>
        <translation> (top-secret volume)</translation>
    </message>
    <message>
        <source>（密级不符，须调整）</source>
        <translation> (levels do not fit: adjust)</translation>
    </message>
</context>
<context>
    <name>VolumesPage</name>
    <message>
        <source>新建案卷…</source>
        <translation>New volume…</translation>
    </message>
    <message>
        <source>归档（台账中选中的载体）…</source>
        <translation>File (carriers selected in the ledger)…</translation>
    </message>
    <message>
        <source>出卷（选中的卷内载体）…</source>
        <translation>Take out (selected carriers in the volume)…</translation>
    </message>
    <message>
        <source>打印案卷目录…</source>
        <translation>Print volume catalogue…</translation>
    </message>
    <message>
        <source>打印卷内目录…</source>
        <translation>Print volume contents…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>扫描即归入选中的案卷</source>
        <translation>Scans go into the selected volume</translation>
    </message>
    <message>
        <source>卷内载体</source>
        <translation>Carriers in the volume</translation>
    </message>
    <message>
        <source>以下案卷中有载体的密级已变更，与案卷不符（绝密载体须单独立卷）：{numbers}。请将这些载体出卷后另行归档。</source>
        <translation>In these volumes a carrier’s level has changed and no longer fits the volume (top-secret carriers are filed separately): {numbers}. Take those carriers out and file them elsewhere.</translation>
    </message>
    <message>
        <source>卷内载体：{number}《{title}》，{n} 件 {pages} 页</source>
        <translation>Carriers in the volume: {number} “{title}”, {n} carriers, {pages} pages</translation>
    </message>
    <message>
        <source>已建立案卷 {number}。</source>
        <translation>Volume {number} made.</translation>
    </message>
    <message>
        <source>请先在“卷内载体”中选中要出卷的载体。</source>
        <translation>First select the carriers to take out under “Carriers in the volume”.</translation>
    </message>
    <message>
        <source>请先选中要打印卷内目录的案卷。</source>
        <translation>Select the volume whose contents to print first.</translation>
    </message>
    <message>
        <source>请先选中要归入的案卷，再扫描载体。</source>
        <translation>First select the volume to file into, then scan the carriers.</translation>
    </message>
    <message>
        <source>已归入 {volume}：{line}</source>
        <translation>Filed into {volume}: {line}</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
