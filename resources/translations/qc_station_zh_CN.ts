<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="201" />
        <source>Scanned %1</source>
        <translation>已扫描 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="215" />
        <source>Camera preview</source>
        <translation>摄像头画面</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="218" />
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="224" />
        <source>The station still works with a handheld scanner or typed codes.</source>
        <translation>仍可使用手持扫码枪或手动输入条码。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="226" />
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="227" />
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="228" />
        <source>No camera found.</source>
        <translation>未找到摄像头。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="229" />
        <source>The camera was lost. Reconnecting…</source>
        <translation>摄像头已断开，正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="230" />
        <source>The video has ended.</source>
        <translation>视频已播放完毕。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="231" />
        <source>The camera is off.</source>
        <translation>摄像头已关闭。</translation>
    </message>
</context>
<context>
    <name>ChecklistTableModel</name>
    <message>
        <location filename="../../qc_station/ui/models/checklist_table_model.py" line="83" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/checklist_table_model.py" line="83" />
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/checklist_table_model.py" line="83" />
        <source>Answer</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/checklist_table_model.py" line="83" />
        <source>Defect</source>
        <translation>缺陷</translation>
    </message>
</context>
<context>
    <name>DefectDialog</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/defect_dialog.py" line="58" />
        <source>Failed: %1</source>
        <translation>不合格：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/defect_dialog.py" line="61" />
        <source>Search defects</source>
        <translation>搜索缺陷</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/defect_dialog.py" line="72" />
        <source>Take a photo from the camera</source>
        <translation>用摄像头拍照</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/defect_dialog.py" line="91" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/defect_dialog.py" line="92" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/defect_dialog.py" line="123" />
        <source>The camera shows no picture.</source>
        <translation>摄像头没有画面。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/defect_dialog.py" line="126" />
        <source>Saving the photo…</source>
        <translation>正在保存照片…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/dialogs/defect_dialog.py" line="137" />
        <source>%n photo(s)</source>
        <translation>
            <numerusform>已拍 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/defect_dialog.py" line="141" />
        <source>The photo was not saved: %1</source>
        <translation>照片未保存：%1</translation>
    </message>
</context>
<context>
    <name>HistoryFlow</name>
    <message>
        <location filename="../../qc_station/ui/history_flow.py" line="116" />
        <source>Inspection</source>
        <translation>质检记录</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/history_flow.py" line="117" />
        <source>Could not open the inspection: %1</source>
        <translation>无法打开质检记录：%1</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../../qc_station/ui/screens/history_screen.py" line="81" />
        <source>Search GTIN, batch, order number or product</source>
        <translation>搜索条码、批次、单号或商品名</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/history_screen.py" line="84" />
        <source>All stages</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/history_screen.py" line="85" />
        <source>All verdicts</source>
        <translation>全部结论</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/history_screen.py" line="100" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/screens/history_screen.py" line="101" />
        <source>Last %n days</source>
        <translation>
            <numerusform>近 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/screens/history_screen.py" line="170" />
        <source>Newest %n shown; narrow the search for older ones</source>
        <translation>
            <numerusform>显示最新 %n 条；缩小搜索范围可查看更早记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/screens/history_screen.py" line="173" />
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n 条质检记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/history_screen.py" line="166" />
        <source>Could not load the history</source>
        <translation>无法读取质检记录</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="91" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="92" />
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="93" />
        <source>GTIN</source>
        <translation>商品条码</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="94" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="95" />
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="96" />
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="97" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="98" />
        <source>Defects</source>
        <translation>缺陷数</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="99" />
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="100" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>InspectionFlow</name>
    <message>
        <location filename="../../qc_station/ui/inspection_flow.py" line="105" />
        <source>Saved. Scan the next item.</source>
        <translation>已保存。请扫描下一件。</translation>
    </message>
</context>
<context>
    <name>InspectionScreen</name>
    <message>
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="98" />
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="101" />
        <source>Leave without saving</source>
        <translation>不保存并退出</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="145" />
        <source>no lot</source>
        <translation>无批次</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="146" />
        <source>Batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="233" />
        <source>%n check(s) still to answer</source>
        <translation>
            <numerusform>还有 %n 项未检查</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="256" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="267" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="274" />
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>InspectionViewDialog</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="111" />
        <source>Inspection %1 v%2</source>
        <translation>质检记录 %1 v%2</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="121" />
        <source>Amend…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="122" />
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="123" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="172" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="173" />
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="174" />
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="175" />
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="179" />
        <source>Buyer's reason</source>
        <translation>买家退货原因</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="181" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="182" />
        <source>Inspector / station</source>
        <translation>质检员 / 工位</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="183" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="184" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="185" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="186" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="187" />
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="192" />
        <source>Disposition</source>
        <translation>处置</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="198" />
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="199" />
        <source>Answer</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="200" />
        <source>Defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="201" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="202" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="203" />
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="247" />
        <source>%1 · GTIN %2</source>
        <translation>%1 · GTIN %2</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="252" />
        <source>no lot</source>
        <translation>无批次</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="254" />
        <source>%1 (production %2, expiry %3)</source>
        <translation>%1（生产日期 %2，到期日 %3）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="263" />
        <source>%1 at station %2</source>
        <translation>%1，工位 %2</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="278" />
        <source>supersedes v%1</source>
        <translation>取代 v%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="281" />
        <source>voided: %1</source>
        <translation>作废原因：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="283" />
        <source>amended: %1</source>
        <translation>更正原因：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="288" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="289" />
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="290" />
        <source>Cancelled (voids the previous version)</source>
        <translation>已作废（作废上一版本）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="294" />
        <source>superseded by a later version</source>
        <translation>已被新版本取代</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="299" />
        <source>No verdict: voided</source>
        <translation>无结论：已作废</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="319" />
        <source>A voiding cannot be amended or voided.</source>
        <translation>作废记录不能再更正或作废。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="321" />
        <source>A later version exists: open the newest one.</source>
        <translation>已有更新的版本，请打开最新版本。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="322" />
        <source>Only a submitted inspection can be amended or voided.</source>
        <translation>只有已提交的质检记录才能更正或作废。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="326" />
        <source>Amend inspection</source>
        <translation>更正质检记录</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="327" />
        <source>Why does this inspection need a new version?</source>
        <translation>为什么要更正这条质检记录（保存为新版本）？</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="328" />
        <source>Amend</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="334" />
        <source>Void inspection</source>
        <translation>作废质检记录</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="335" />
        <source>Why is this inspection void? A cancelled version will be saved.</source>
        <translation>为什么作废这条质检记录？系统将保存一个已作废的版本。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="336" />
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="361" />
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="367" />
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="50" />
        <source>QC Station — %1</source>
        <translation>质检工作站 — %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="51" />
        <source>Station %1</source>
        <translation>工位 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="70" />
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="70" />
        <source>Inspector: %1</source>
        <translation>质检员：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/main_window.py" line="78" />
        <source>%n record(s) waiting for central storage</source>
        <translation>
            <numerusform>%n 条记录待同步至中心库</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="81" />
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
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="67" />
        <source>The approved product, as listed</source>
        <translation>审核通过的样品（上架图）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="70" />
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="136" />
        <source>Scan or type a barcode, then Enter</source>
        <translation>扫描或输入条码后按回车</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="75" />
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="139" />
        <source>Register this product (supervisor)</source>
        <translation>登记此商品（主管）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="79" />
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="140" />
        <source>Production date on the label</source>
        <translation>标签上的生产日期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="80" />
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="141" />
        <source>Expiry date on the label</source>
        <translation>标签上的到期日</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="90" />
        <source>Ready. Scan a product.</source>
        <translation>就绪，请扫描商品。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="105" />
        <source>Changed my mind</source>
        <translation>不想要了</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="106" />
        <source>7-day no-reason return</source>
        <translation>七天无理由退货</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="107" />
        <source>Damaged packaging</source>
        <translation>包装破损</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="108" />
        <source>Wrong item sent</source>
        <translation>发错货</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="109" />
        <source>Quality problem</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="110" />
        <source>Close to expiry</source>
        <translation>临近保质期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="111" />
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="116" />
        <source>Receiving note / ASN number</source>
        <translation>收货单 / ASN 号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="117" />
        <source>Order or wave number</source>
        <translation>订单号或波次号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="118" />
        <source>Return order number</source>
        <translation>退货单号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="122" />
        <source>Buyer's stated reason</source>
        <translation>买家退货原因</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="174" />
        <source>Not a date: %1</source>
        <translation>不是有效日期：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="184" />
        <source>The barcode carries no dates to compare.</source>
        <translation>条码中没有可比对的日期。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="186" />
        <source>The label's dates match the barcode.</source>
        <translation>标签日期与条码一致。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="188" />
        <source>%1: label %2, barcode %3</source>
        <translation>%1：标签 %2，条码 %3</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="194" />
        <source>Label defect, dates differ: </source>
        <translation>标签缺陷，日期不符：</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="198" />
        <source>production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="199" />
        <source>expiry date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="234" />
        <source>Looking up %1 …</source>
        <translation>正在查询 %1 …</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="279" />
        <source>photo missing</source>
        <translation>照片缺失</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="293" />
        <source>Unknown product %1: it is not in the catalogue.</source>
        <translation>未知商品 %1：商品库中没有此条码。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="314" />
        <source>No batch in the code: enter the batch from the label.</source>
        <translation>条码中没有批次：请按标签填写批次号。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="315" />
        <source>Batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="317" />
        <source>made %1</source>
        <translation>生产日期 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="319" />
        <source>expires %1</source>
        <translation>到期 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="321" />
        <source>new lot registered</source>
        <translation>已新建批次</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="323" />
        <source>this station has no such lot</source>
        <translation>本站无此批次记录</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="70" />
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="71" />
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="72" />
        <source>Camera resolution</source>
        <translation>摄像头分辨率</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="73" />
        <source>Scanner prefix</source>
        <translation>扫码枪前缀</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="74" />
        <source>Station code</source>
        <translation>工位编号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="75" />
        <source>Site code</source>
        <translation>仓库编号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="76" />
        <source>Central server address</source>
        <translation>中心库服务器地址</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="77" />
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="78" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="79" />
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="80" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="217" />
        <source>Station settings</source>
        <translation>工作站设置</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="222" />
        <source>Path of a video file or an image folder</source>
        <translation>视频文件或图片文件夹的路径</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="225" />
        <source>Video file…</source>
        <translation>视频文件…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="227" />
        <source>Image folder…</source>
        <translation>图片文件夹…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="232" />
        <source>None; e.g. \x02 for STX</source>
        <translation>无；例如 STX 写作 \x02</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="235" />
        <source>Characters the handheld scanners send before each code. Write control characters as \x followed by two hex digits (STX is \x02) and a backslash as \\.</source>
        <translation>手持扫码枪在每个条码前发送的字符。控制字符写作 \x 加两位十六进制数（STX 为 \x02），反斜杠写作 \\。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="246" />
        <source>e.g. https://qc.example.com:8443; empty: this station works alone</source>
        <translation>例如 https://qc.example.com:8443；留空：本工位单机运行</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="249" />
        <source>Empty: the system's default printer</source>
        <translation>留空：使用系统默认打印机</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="251" />
        <source>Play a sound when a code is read</source>
        <translation>读到条码时发出提示音</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="255" />
        <source>e.g. Asia/Shanghai; empty: this computer's time zone</source>
        <translation>例如 Asia/Shanghai；留空：使用本机时区</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="277" />
        <source>No camera</source>
        <translation>不使用摄像头</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="279" />
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="282" />
        <source>Camera %1</source>
        <translation>摄像头 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="283" />
        <source>Video file or image folder</source>
        <translation>视频文件或图片文件夹</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="329" />
        <source>Camera and scanner</source>
        <translation>摄像头与扫码枪</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="346" />
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="353" />
        <source>Language and sound</source>
        <translation>语言与声音</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="369" />
        <source>Choose a video file</source>
        <translation>选择视频文件</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="373" />
        <source>Videos (%1)</source>
        <translation>视频 (%1)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="374" />
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="380" />
        <source>Choose a folder of images</source>
        <translation>选择图片文件夹</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="409" />
        <source>Choose a video file or an image folder.</source>
        <translation>请选择视频文件或图片文件夹。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="414" />
        <source>Write control characters as \x and two hex digits (\x02), and a backslash as \\.</source>
        <translation>控制字符写作 \x 加两位十六进制数（\x02），反斜杠写作 \\。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="420" />
        <source>Enter a code.</source>
        <translation>请输入编号。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="422" />
        <source>A code has no spaces.</source>
        <translation>编号中不能有空格。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="426" />
        <source>Enter http:// or https://, the server's name, and optionally :port and a path, e.g. https://qc.example.com:8443/sync</source>
        <translation>请输入 http:// 或 https:// 加服务器名称，可再加 :端口 和路径，例如 https://qc.example.com:8443/sync</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="432" />
        <source>Unknown time zone. Use an IANA name such as Asia/Shanghai, or leave it empty.</source>
        <translation>未知时区。请使用 IANA 名称（如 Asia/Shanghai），或留空。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="442" />
        <source>Correct the marked fields.</source>
        <translation>请更正标出的项目。</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <location filename="../../qc_station/ui/settings_flow.py" line="83" />
        <source>The settings could not be read (%1). Saving writes them anew.</source>
        <translation>无法读取设置（%1）。保存时将重新写入。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/settings_flow.py" line="110" />
        <source>The settings were not saved: %1</source>
        <translation>设置未保存：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/settings_flow.py" line="122" />
        <source>Restart QC Station to apply: %1.</source>
        <translation>重新启动质检工作站后生效：%1。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/settings_flow.py" line="122" />
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/sign_in_dialog.py" line="11" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sign_in_dialog.py" line="16" />
        <source>User</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sign_in_dialog.py" line="17" />
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sign_in_dialog.py" line="27" />
        <source>Enter your user name and PIN.</source>
        <translation>请输入账号和 PIN 码。</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="16" />
        <source>Outer packaging intact</source>
        <translation>外包装完好</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="17" />
        <source>Sealed, seal unbroken</source>
        <translation>封口完好</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="18" />
        <source>Clean and dry</source>
        <translation>清洁干燥</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="19" />
        <source>No leak, no crush</source>
        <translation>无渗漏、无压损</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="20" />
        <source>Label present</source>
        <translation>有标签</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="21" />
        <source>Label legible</source>
        <translation>标签清晰可读</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="22" />
        <source>Label matches the SKU and its listing</source>
        <translation>标签与商品及上架信息一致</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="23" />
        <source>Chinese label on imported goods</source>
        <translation>进口商品有中文标签</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="24" />
        <source>GB 7718 label elements complete</source>
        <translation>GB 7718 标签要素齐全</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="25" />
        <source>Cosmetics label elements complete</source>
        <translation>化妆品标签要素齐全</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="26" />
        <source>CCC mark present</source>
        <translation>有 CCC 认证标志</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="27" />
        <source>Fibre content labelled</source>
        <translation>标明纤维成分</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="28" />
        <source>Age grading and warnings on toys</source>
        <translation>玩具有适用年龄及警示</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="29" />
        <source>Shelf life within the policy</source>
        <translation>保质期符合规定</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="30" />
        <source>Powers on and works</source>
        <translation>通电正常工作</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="31" />
        <source>Accessories and manual complete</source>
        <translation>配件及说明书齐全</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="32" />
        <source>No loose small parts</source>
        <translation>无脱落小零件</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="33" />
        <source>Seams sound</source>
        <translation>缝线牢固</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="34" />
        <source>No odd odour or change</source>
        <translation>无异味、无变质</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="35" />
        <source>The item returned is the one sold</source>
        <translation>退回商品与售出一致</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="36" />
        <source>Unused, seal intact</source>
        <translation>未使用、封签完好</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="37" />
        <source>Complete with parts and packaging</source>
        <translation>配件包装齐全</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="45" />
        <source>Outer packaging</source>
        <translation>外包装</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="46" />
        <source>Labels and markings</source>
        <translation>标签标识</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="47" />
        <source>Shelf life</source>
        <translation>保质期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="48" />
        <source>Category checks</source>
        <translation>品类检查</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="49" />
        <source>Returned item</source>
        <translation>退货状态</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="57" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="58" />
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="59" />
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="60" />
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="68" />
        <source>Critical</source>
        <translation>致命</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="69" />
        <source>Major</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="70" />
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="145" />
        <source>Resell</source>
        <translation>直接二次销售</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="146" />
        <source>Repack and resell</source>
        <translation>重新包装后销售</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="147" />
        <source>Return to the merchant</source>
        <translation>退回商家</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="148" />
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
</context>
<context>
    <name>defects</name>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="78" />
        <source>Carton damaged or torn</source>
        <translation>外箱破损</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="79" />
        <source>Crushed or dented</source>
        <translation>压损变形</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="80" />
        <source>Not sealed or seal broken</source>
        <translation>未封口或封口破损</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="81" />
        <source>Leaking</source>
        <translation>渗漏</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="82" />
        <source>Dirty or stained</source>
        <translation>脏污</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="83" />
        <source>Wet or damp</source>
        <translation>受潮</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="84" />
        <source>Tape opened and re-taped</source>
        <translation>胶带被拆后重封</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="85" />
        <source>No label</source>
        <translation>无标签</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="86" />
        <source>Label illegible</source>
        <translation>标签模糊</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="87" />
        <source>Label does not match the SKU</source>
        <translation>标签与商品不符</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="88" />
        <source>Not the approved product (A/B version)</source>
        <translation>与审核样品不一致（AB 版）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="89" />
        <source>GB 7718 elements missing</source>
        <translation>缺少 GB 7718 标签要素</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="90" />
        <source>Printed date differs from the barcode</source>
        <translation>标签日期与条码不符</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="91" />
        <source>No CCC mark</source>
        <translation>无 CCC 标志</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="92" />
        <source>No Chinese label on imported goods</source>
        <translation>进口商品无中文标签</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="93" />
        <source>No fibre content label</source>
        <translation>无纤维成分标识</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="94" />
        <source>Fibre content wrong</source>
        <translation>纤维成分不符</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="95" />
        <source>Cosmetics label elements missing</source>
        <translation>缺少化妆品标签要素</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="96" />
        <source>Toy warnings or age grading missing</source>
        <translation>缺少玩具警示或适用年龄</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="97" />
        <source>False claim or fake mark on the label</source>
        <translation>标签虚假宣称或伪造标志</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="98" />
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="99" />
        <source>Too little shelf life left to receive</source>
        <translation>剩余保质期不足，禁收</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="100" />
        <source>Inside the no-sale window</source>
        <translation>处于禁售期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="101" />
        <source>Near expiry</source>
        <translation>临期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="102" />
        <source>No date to be found</source>
        <translation>找不到日期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="103" />
        <source>Does not work</source>
        <translation>功能故障</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="104" />
        <source>Odd odour, colour or texture</source>
        <translation>异味、变色或变质</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="105" />
        <source>Loose small parts</source>
        <translation>有脱落小零件</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="106" />
        <source>Seam defect</source>
        <translation>缝线缺陷</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="107" />
        <source>Accessory or manual missing</source>
        <translation>缺少配件或说明书</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="108" />
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="109" />
        <source>Hygiene seal broken</source>
        <translation>卫生封签破损</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="110" />
        <source>Parts missing</source>
        <translation>缺少部件</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="111" />
        <source>Not the item sold</source>
        <translation>非售出商品</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="112" />
        <source>Only the outer box is damaged</source>
        <translation>仅外箱损坏</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="15" />
        <source>Inbound</source>
        <translation>入仓</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="16" />
        <source>Outbound</source>
        <translation>出库</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="17" />
        <source>Return</source>
        <translation>客退</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="25" />
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="26" />
        <source>Medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="27" />
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="40" />
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="41" />
        <source>Accept</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="42" />
        <source>Reject</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="43" />
        <source>Hold</source>
        <translation>暂扣</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="174" />
        <source>Sign in first (scan an item to sign in).</source>
        <translation>请先登录（扫描商品时会提示登录）。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="185" />
        <source>Settings saved</source>
        <translation>设置已保存</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="248" />
        <source>The station database %1 is damaged or is not a QC Station database. It was not changed.

Close QC Station, then restore the newest backup (%2) or start with a new data folder (--data-dir).</source>
        <translation>工位数据库 %1 已损坏，或不是质检工作站的数据库。该文件未被改动。

请关闭质检工作站，然后恢复最新的备份（%2），或使用新的数据目录启动（--data-dir）。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="254" />
        <source>none found</source>
        <translation>未找到备份</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="264" />
        <source>QC Station cannot start</source>
        <translation>质检工作站无法启动</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="275" />
        <source>QC Station</source>
        <translation>质检工作站</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="276" />
        <source>QC Station is already running with the data folder %1.</source>
        <translation>质检工作站已在使用数据目录 %1 运行。</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="122" />
        <source>All checks passed</source>
        <translation>全部检查合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="123" />
        <source>Critical defect: %1</source>
        <translation>致命缺陷：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="124" />
        <source>Major defect: %1</source>
        <translation>严重缺陷：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="125" />
        <source>Minor defect: %1</source>
        <translation>轻微缺陷：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="126" />
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="127" />
        <source>Only %2 days of shelf life left: below the receiving limit</source>
        <translation>剩余保质期仅 %2 天：低于收货要求</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="130" />
        <source>%2 days left: inside the no-sale window</source>
        <translation>剩余 %2 天：处于禁售期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="133" />
        <source>%2 days left: near expiry</source>
        <translation>剩余 %2 天：临期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="134" />
        <source>No expiry date known for this lot</source>
        <translation>该批次无到期日信息</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="135" />
        <source>Hygiene seal broken: %1</source>
        <translation>卫生封签破损：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="136" />
        <source>Only the packaging is damaged</source>
        <translation>仅包装损坏</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="137" />
        <source>Cannot be resold: %1</source>
        <translation>不可二次销售：%1</translation>
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