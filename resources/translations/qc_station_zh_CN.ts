<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="197" />
        <source>Scanned %1</source>
        <translation>已扫描 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="211" />
        <source>Camera preview</source>
        <translation>摄像头画面</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="214" />
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="220" />
        <source>The station still works with a handheld scanner or typed codes.</source>
        <translation>仍可使用手持扫码枪或手动输入条码。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="222" />
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="223" />
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="224" />
        <source>No camera found.</source>
        <translation>未找到摄像头。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="225" />
        <source>The camera was lost. Reconnecting…</source>
        <translation>摄像头已断开，正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="226" />
        <source>The video has ended.</source>
        <translation>视频已播放完毕。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="227" />
        <source>The camera is off.</source>
        <translation>摄像头已关闭。</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../../qc_station/ui/screens/history_screen.py" line="63" />
        <source>Search GTIN, batch, order number or product</source>
        <translation>搜索条码、批次、单号或商品名</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/history_screen.py" line="67" />
        <source>All stages</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/history_screen.py" line="70" />
        <source>All verdicts</source>
        <translation>全部结论</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/history_screen.py" line="83" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/screens/history_screen.py" line="84" />
        <source>Last %n days</source>
        <translation>
            <numerusform>近 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/screens/history_screen.py" line="136" />
        <source>Newest %n shown; narrow the search for older ones</source>
        <translation>
            <numerusform>显示最新 %n 条；缩小搜索范围可查看更早记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/screens/history_screen.py" line="138" />
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n 条质检记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/history_screen.py" line="144" />
        <source>Could not load the history</source>
        <translation>无法读取质检记录</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="77" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="78" />
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="79" />
        <source>GTIN</source>
        <translation>商品条码</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="80" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="81" />
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="82" />
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="83" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="84" />
        <source>Defects</source>
        <translation>缺陷数</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="85" />
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="86" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="25" />
        <source>QC Station — %1</source>
        <translation>质检工作站 — %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="32" />
        <source>Station %1</source>
        <translation>工位 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/main_window.py" line="47" />
        <source>%n record(s) waiting for central storage</source>
        <translation>
            <numerusform>%n 条记录待同步至中心库</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="50" />
        <source>Everything synced to central storage</source>
        <translation>已全部同步至中心库</translation>
    </message>
</context>
<context>
    <name>RegisterSkuDialog</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="41" />
        <source>Register a new product</source>
        <translation>登记新商品</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="52" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="56" />
        <source>Imported goods</source>
        <translation>进口商品</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="64" />
        <source>Ambient</source>
        <translation>常温</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="65" />
        <source>Cool and dry</source>
        <translation>阴凉干燥</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="66" />
        <source>Chilled (0–4 °C)</source>
        <translation>冷藏（0–4 °C）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="67" />
        <source>Frozen (−18 °C)</source>
        <translation>冷冻（−18 °C）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="72" />
        <source>GTIN</source>
        <translation>商品条码</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="73" />
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="74" />
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="75" />
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="76" />
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="77" />
        <source>Shelf life (days)</source>
        <translation>保质期（天）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="78" />
        <source>Storage</source>
        <translation>储存条件</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="80" />
        <source>Supervisor</source>
        <translation>主管账号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="81" />
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="111" />
        <source>Enter the product name.</source>
        <translation>请填写商品名称。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="113" />
        <source>A supervisor must approve with their PIN.</source>
        <translation>须由主管输入账号和 PIN 码批准。</translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="55" />
        <source>Scan or type a barcode, then Enter</source>
        <translation>扫描或输入条码后按回车</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="60" />
        <source>Register this product (supervisor)</source>
        <translation>登记此商品（主管）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="64" />
        <source>Production date on the label</source>
        <translation>标签上的生产日期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="65" />
        <source>Expiry date on the label</source>
        <translation>标签上的到期日</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="69" />
        <source>Ready. Scan a product.</source>
        <translation>就绪，请扫描商品。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="103" />
        <source>Not a date: %1</source>
        <translation>不是有效日期：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="113" />
        <source>The barcode carries no dates to compare.</source>
        <translation>条码中没有可比对的日期。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="115" />
        <source>The label's dates match the barcode.</source>
        <translation>标签日期与条码一致。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="117" />
        <source>%1: label %2, barcode %3</source>
        <translation>%1：标签 %2，条码 %3</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="123" />
        <source>Label defect, dates differ: </source>
        <translation>标签缺陷，日期不符：</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="127" />
        <source>production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="128" />
        <source>expiry date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="156" />
        <source>Looking up %1 …</source>
        <translation>正在查询 %1 …</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="198" />
        <source>Unknown product %1: it is not in the catalogue.</source>
        <translation>未知商品 %1：商品库中没有此条码。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="215" />
        <source>No batch in the code: enter the batch from the label.</source>
        <translation>条码中没有批次：请按标签填写批次号。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="216" />
        <source>Batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="218" />
        <source>made %1</source>
        <translation>生产日期 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="220" />
        <source>expires %1</source>
        <translation>到期 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="222" />
        <source>new lot registered</source>
        <translation>已新建批次</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="224" />
        <source>this station has no such lot</source>
        <translation>本站无此批次记录</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="14" />
        <source>Inbound</source>
        <translation>入仓</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="15" />
        <source>Outbound</source>
        <translation>出库</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="16" />
        <source>Return</source>
        <translation>客退</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="24" />
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="25" />
        <source>Accept</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="26" />
        <source>Reject</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="27" />
        <source>Hold</source>
        <translation>暂扣</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="145" />
        <source>The station database %1 is damaged or is not a QC Station database. It was not changed.

Close QC Station, then restore the newest backup (%2) or start with a new data folder (--data-dir).</source>
        <translation>工位数据库 %1 已损坏，或不是质检工作站的数据库。该文件未被改动。

请关闭质检工作站，然后恢复最新的备份（%2），或使用新的数据目录启动（--data-dir）。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="151" />
        <source>none found</source>
        <translation>未找到备份</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="161" />
        <source>QC Station cannot start</source>
        <translation>质检工作站无法启动</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="172" />
        <source>QC Station</source>
        <translation>质检工作站</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="173" />
        <source>QC Station is already running with the data folder %1.</source>
        <translation>质检工作站已在使用数据目录 %1 运行。</translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <location filename="../../qc_station/ui/scan_words.py" line="11" />
        <source>The check digit is wrong</source>
        <translation>校验位错误</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scan_words.py" line="12" />
        <source>A date in the code is impossible</source>
        <translation>条码中的日期不存在</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scan_words.py" line="13" />
        <source>The code holds an unknown GS1 application identifier</source>
        <translation>条码含有未知的 GS1 应用标识符</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scan_words.py" line="14" />
        <source>The code is cut short</source>
        <translation>条码内容不完整</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scan_words.py" line="15" />
        <source>A field of the code is too long</source>
        <translation>条码中某字段过长</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scan_words.py" line="16" />
        <source>This is not a product code</source>
        <translation>这不是商品条码</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scan_words.py" line="17" />
        <source>The code carries no product number (GTIN)</source>
        <translation>条码中没有商品编码（GTIN）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scan_words.py" line="19" />
        <source>The code was not accepted</source>
        <translation>条码未被接受</translation>
    </message>
</context>
</TS>