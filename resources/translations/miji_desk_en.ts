<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
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
        <source>密级★期限</source>
        <translation>Level★period</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
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
</context>
<context>
    <name>AppController</name>
    <message>
        <source>（还可以再试 {n} 次）</source>
        <translation> ({n} attempt(s) left)</translation>
    </message>
    <message>
        <source>
台账文件：{path}。请联系管理员，用“从备份恢复”取回最近一次备份。</source>
        <translation>
Ledger file: {path}. Ask your administrator to use “Restore from backup” to recover the latest backup.</translation>
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
        <source>标题或主要内容</source>
        <translation>Title or main content</translation>
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
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>登记时间</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>{field}：由“{before}”改为“{after}”；理由：{reason}</source>
        <translation>{field}: changed from “{before}” to “{after}”; reason: {reason}</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>（冻结）</source>
        <translation> (on hold)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>涉密载体台账</source>
        <translation>Classified Carrier Ledger</translation>
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
        <source>没有找到条码为 {code} 的载体。请确认它已登记，或重新扫描。</source>
        <translation>No carrier has the barcode {code}. Check that it has been registered, or scan it again.</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>程序错误</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>发生了意外错误，操作没有完成，台账保持原样。
{error}</source>
        <translation>An unexpected error occurred. The action was not completed and the ledger is unchanged.
{error}</translation>
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
        <source>网络：已连接</source>
        <translation>Network: connected</translation>
    </message>
    <message>
        <source>网络：未连接</source>
        <translation>Network: not connected</translation>
    </message>
</context>
<context>
    <name>OutgoingDialog</name>
    <message>
        <source>第 {n} 行的份号“{head}”不是数字。写法：份号:收件单位</source>
        <translation>Line {n}: copy number “{head}” is not a number. Write: copy number:recipient</translation>
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
        <source>保存失败：{error}</source>
        <translation>Saving failed: {error}</translation>
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
        <translation>e.g. 国保发〔2026〕3号</translation>
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
        <translation>e.g. 某保〔2026〕12号</translation>
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
        <source>管理规则</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>分钟</source>
        <translation>min</translation>
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
        <source>次</source>
        <translation>times</translation>
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
        <source>无操作自动锁定</source>
        <translation>Lock after no input for</translation>
    </message>
    <message>
        <source>允许连续输错口令</source>
        <translation>Wrong passphrases allowed in a row</translation>
    </message>
    <message>
        <source>输错后锁定时长</source>
        <translation>Lockout after too many wrong passphrases</translation>
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
        <source>A4 标签纸 3×8</source>
        <translation>A4 label sheet 3×8</translation>
    </message>
    <message>
        <source>A4 标签纸 4×10</source>
        <translation>A4 label sheet 4×10</translation>
    </message>
    <message>
        <source>热敏标签 50×30 毫米</source>
        <translation>Thermal label 50×30 mm</translation>
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
        <source>登记簿本身的密级标志</source>
        <translation>Classification marking printed on registers</translation>
    </message>
    <message>
        <source>传阅归还期限</source>
        <translation>Circulated carriers are due back</translation>
    </message>
    <message>
        <source>当天下班前</source>
        <translation>By the end of the same day</translation>
    </message>
    <message>
        <source>次日下班前</source>
        <translation>By the end of the next day</translation>
    </message>
    <message>
        <source>允许复制绝密级载体（须领导批准和原定密机关批准）</source>
        <translation>Allow copying top-secret carriers (needs a leader&apos;s and the originating authority&apos;s approval)</translation>
    </message>
    <message>
        <source>允许携带国家秘密载体外出</source>
        <translation>Allow taking state-secret carriers out of the office</translation>
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
        <source>口令、密钥和恢复码从不保存在设置中。</source>
        <translation>Passphrases, keys and recovery codes are never stored in the settings.</translation>
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
        <source>例如：{n}</source>
        <translation>For example: {n}</translation>
    </message>
    <message>
        <source>无法创建台账</source>
        <translation>Could not create the ledger</translation>
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
</TS>
