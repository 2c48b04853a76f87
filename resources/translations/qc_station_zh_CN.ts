<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="201"/>
        <source>Scanned %1</source>
        <translation>已扫描 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="215"/>
        <source>Camera preview</source>
        <translation>摄像头画面</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="218"/>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="224"/>
        <source>The station still works with a handheld scanner or typed codes.</source>
        <translation>仍可使用手持扫码枪或手动输入条码。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="226"/>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="227"/>
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="228"/>
        <source>No camera found.</source>
        <translation>未找到摄像头。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="229"/>
        <source>The camera was lost. Reconnecting…</source>
        <translation>摄像头已断开，正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="230"/>
        <source>The video has ended.</source>
        <translation>视频已播放完毕。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scanner/camera_view.py" line="231"/>
        <source>The camera is off.</source>
        <translation>摄像头已关闭。</translation>
    </message>
</context>
<context>
    <name>ChecklistTableModel</name>
    <message>
        <location filename="../../qc_station/ui/models/checklist_table_model.py" line="53"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/checklist_table_model.py" line="53"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/checklist_table_model.py" line="53"/>
        <source>Answer</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/checklist_table_model.py" line="53"/>
        <source>Defect</source>
        <translation>缺陷</translation>
    </message>
</context>
<context>
    <name>DefectDialog</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/defect_dialog.py" line="58"/>
        <source>Failed: %1</source>
        <translation>不合格：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/defect_dialog.py" line="61"/>
        <source>Search defects</source>
        <translation>搜索缺陷</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/defect_dialog.py" line="72"/>
        <source>Take a photo from the camera</source>
        <translation>用摄像头拍照</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/defect_dialog.py" line="91"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/defect_dialog.py" line="92"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/defect_dialog.py" line="123"/>
        <source>The camera shows no picture.</source>
        <translation>摄像头没有画面。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/defect_dialog.py" line="126"/>
        <source>Saving the photo…</source>
        <translation>正在保存照片…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/dialogs/defect_dialog.py" line="137"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>已拍 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/defect_dialog.py" line="141"/>
        <source>The photo was not saved: %1</source>
        <translation>照片未保存：%1</translation>
    </message>
</context>
<context>
    <name>HistoryFlow</name>
    <message>
        <location filename="../../qc_station/ui/history_flow.py" line="130"/>
        <source>Inspection</source>
        <translation>质检记录</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/history_flow.py" line="131"/>
        <source>Could not open the inspection: %1</source>
        <translation>无法打开质检记录：%1</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../../qc_station/ui/screens/history_screen.py" line="90"/>
        <source>Search GTIN, batch, order number or product</source>
        <translation>搜索条码、批次、单号或商品名</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/history_screen.py" line="91"/>
        <source>Lab samples (F6)</source>
        <translation>送检样品 (F6)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/history_screen.py" line="92"/>
        <source>Sampling plans…</source>
        <translation>抽样方案…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/history_screen.py" line="95"/>
        <source>All stages</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/history_screen.py" line="96"/>
        <source>All verdicts</source>
        <translation>全部结论</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/history_screen.py" line="111"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/screens/history_screen.py" line="112"/>
        <source>Last %n days</source>
        <translation>
            <numerusform>近 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/screens/history_screen.py" line="181"/>
        <source>Newest %n shown; narrow the search for older ones</source>
        <translation>
            <numerusform>显示最新 %n 条；缩小搜索范围可查看更早记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/screens/history_screen.py" line="184"/>
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n 条质检记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/history_screen.py" line="177"/>
        <source>Could not load the history</source>
        <translation>无法读取质检记录</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="55"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="56"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="57"/>
        <source>GTIN</source>
        <translation>商品条码</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="58"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="59"/>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="60"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="61"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="62"/>
        <source>Defects</source>
        <translation>缺陷数</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="63"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/history_table_model.py" line="64"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>InspectionFlow</name>
    <message>
        <location filename="../../qc_station/ui/inspection_flow.py" line="111"/>
        <source>Saved. Scan the next item.</source>
        <translation>已保存。请扫描下一件。</translation>
    </message>
</context>
<context>
    <name>InspectionScreen</name>
    <message>
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="148"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="149"/>
        <source>Leave without saving</source>
        <translation>不保存并退出</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="150"/>
        <source>Read label (Ctrl+L)</source>
        <translation>读标签 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="184"/>
        <source>no lot</source>
        <translation>无批次</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="185"/>
        <source>Batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="272"/>
        <source>%n check(s) still to answer</source>
        <translation>
            <numerusform>还有 %n 项未检查</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="295"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="306"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="313"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="328"/>
        <source>Reading the label…</source>
        <translation>正在识别标签…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/inspection_screen.py" line="356"/>
        <source>Label read and kept with the inspection.</source>
        <translation>标签已识别，随本次检验存档。</translation>
    </message>
</context>
<context>
    <name>InspectionViewDialog</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="114"/>
        <source>Inspection %1 v%2</source>
        <translation>质检记录 %1 v%2</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="124"/>
        <source>Amend…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="125"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="126"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="175"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="176"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="177"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="178"/>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="182"/>
        <source>Buyer&apos;s reason</source>
        <translation>买家退货原因</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="184"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="185"/>
        <source>Inspector / station</source>
        <translation>质检员 / 工位</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="186"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="187"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="188"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="189"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="190"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="195"/>
        <source>Disposition</source>
        <translation>处置</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="197"/>
        <source>Label read</source>
        <translation>标签识别</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="203"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="204"/>
        <source>Answer</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="205"/>
        <source>Defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="206"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="207"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="208"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="252"/>
        <source>%1 · GTIN %2</source>
        <translation>%1 · GTIN %2</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="257"/>
        <source>no lot</source>
        <translation>无批次</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="259"/>
        <source>%1 (production %2, expiry %3)</source>
        <translation>%1（生产日期 %2，到期日 %3）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="268"/>
        <source>%1 at station %2</source>
        <translation>%1，工位 %2</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="283"/>
        <source>supersedes v%1</source>
        <translation>取代 v%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="286"/>
        <source>voided: %1</source>
        <translation>作废原因：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="288"/>
        <source>amended: %1</source>
        <translation>更正原因：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="293"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="294"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="295"/>
        <source>Cancelled (voids the previous version)</source>
        <translation>已作废（作废上一版本）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="299"/>
        <source>superseded by a later version</source>
        <translation>已被新版本取代</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="304"/>
        <source>No verdict: voided</source>
        <translation>无结论：已作废</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="324"/>
        <source>A voiding cannot be amended or voided.</source>
        <translation>作废记录不能再更正或作废。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="326"/>
        <source>A later version exists: open the newest one.</source>
        <translation>已有更新的版本，请打开最新版本。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="327"/>
        <source>Only a submitted inspection can be amended or voided.</source>
        <translation>只有已提交的质检记录才能更正或作废。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="331"/>
        <source>Amend inspection</source>
        <translation>更正质检记录</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="332"/>
        <source>Why does this inspection need a new version?</source>
        <translation>为什么要更正这条质检记录（保存为新版本）？</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="333"/>
        <source>Amend</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="339"/>
        <source>Void inspection</source>
        <translation>作废质检记录</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="340"/>
        <source>Why is this inspection void? A cancelled version will be saved.</source>
        <translation>为什么作废这条质检记录？系统将保存一个已作废的版本。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="341"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="366"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/inspection_view_dialog.py" line="372"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
</context>
<context>
    <name>LabCollectDialog</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_collect_dialog.py" line="44"/>
        <source>Collect sample %1</source>
        <translation>采样 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_collect_dialog.py" line="47"/>
        <source>Sample %1</source>
        <translation>样品 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_collect_dialog.py" line="53"/>
        <source>Kept sealed at the station in case of a dispute</source>
        <translation>封存留在本站,以备复检争议</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_collect_dialog.py" line="56"/>
        <source>Scan or type the seal&apos;s number</source>
        <translation>扫描或输入封条号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_collect_dialog.py" line="65"/>
        <source>Record the collection</source>
        <translation>记录采样</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_collect_dialog.py" line="88"/>
        <source>Units for the lab</source>
        <translation>送检数量</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_collect_dialog.py" line="89"/>
        <source>Sealed backup units</source>
        <translation>封存留样数量</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_collect_dialog.py" line="91"/>
        <source>Seal number</source>
        <translation>封条号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_collect_dialog.py" line="109"/>
        <source>Fewer</source>
        <translation>减少</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_collect_dialog.py" line="109"/>
        <source>More</source>
        <translation>增加</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_collect_dialog.py" line="146"/>
        <source>Enter the units for the lab: from 1 to %1.</source>
        <translation>请输入送检数量:1 至 %1。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_collect_dialog.py" line="149"/>
        <source>Enter the backup units: from 0 to %1.</source>
        <translation>请输入留样数量:0 至 %1。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_collect_dialog.py" line="152"/>
        <source>Enter the seal number.</source>
        <translation>请输入封条号。</translation>
    </message>
</context>
<context>
    <name>LabDispatchDialog</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_dispatch_dialog.py" line="51"/>
        <source>Send sample %1 to the lab</source>
        <translation>寄送样品 %1 至检测机构</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_dispatch_dialog.py" line="54"/>
        <source>Sample %1</source>
        <translation>样品 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_dispatch_dialog.py" line="56"/>
        <source>The lab&apos;s name</source>
        <translation>检测机构名称</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_dispatch_dialog.py" line="57"/>
        <source>The courier&apos;s name</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_dispatch_dialog.py" line="59"/>
        <source>Scan or type the waybill number</source>
        <translation>扫描或输入运单号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_dispatch_dialog.py" line="67"/>
        <source>Record the dispatch</source>
        <translation>记录寄送</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_dispatch_dialog.py" line="105"/>
        <source>Lab</source>
        <translation>检测机构</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_dispatch_dialog.py" line="106"/>
        <source>Courier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_dispatch_dialog.py" line="107"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_dispatch_dialog.py" line="137"/>
        <source>Enter the lab&apos;s name.</source>
        <translation>请输入检测机构名称。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_dispatch_dialog.py" line="139"/>
        <source>Enter the courier.</source>
        <translation>请输入快递公司。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_dispatch_dialog.py" line="141"/>
        <source>Enter the tracking number.</source>
        <translation>请输入运单号。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_dispatch_dialog.py" line="143"/>
        <source>A tracking number has no spaces.</source>
        <translation>运单号中不能有空格。</translation>
    </message>
</context>
<context>
    <name>LabFlow</name>
    <message>
        <location filename="../../qc_station/ui/lab_flow.py" line="115"/>
        <source>Sign in first (scan an item to sign in).</source>
        <translation>请先登录(扫描一件商品即可登录)。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_flow.py" line="188"/>
        <source>Approve the lab result</source>
        <translation>确认检测结果</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_flow.py" line="189"/>
        <source>A supervisor confirms the result of sample %1.</source>
        <translation>由质检主管确认样品 %1 的检测结果。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_flow.py" line="211"/>
        <source>Cancel lab sample</source>
        <translation>取消送检样品</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_flow.py" line="212"/>
        <source>Sample %1 will not go to the lab. Why?</source>
        <translation>样品 %1 将不送检。原因是?</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_flow.py" line="222"/>
        <source>Keep the lot from the lab</source>
        <translation>本批次不送检</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_flow.py" line="224"/>
        <source>The lot of sample %1 was drawn for the lab. A supervisor may decide it does not go, with a reason; the draw stays on record.</source>
        <translation>样品 %1 所在批次已被抽中送检。质检主管可以填写原因决定不送检;抽样记录仍会保留。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_flow.py" line="272"/>
        <source>Tags sent to the label printer %1.</source>
        <translation>标签已发送到标签打印机 %1。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_flow.py" line="319"/>
        <source>Lab samples</source>
        <translation>送检样品</translation>
    </message>
</context>
<context>
    <name>LabReceiveDialog</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_receive_dialog.py" line="74"/>
        <source>Sample %1 received by the lab</source>
        <translation>检测机构已收到样品 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_receive_dialog.py" line="80"/>
        <source>Sample %1</source>
        <translation>样品 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_receive_dialog.py" line="83"/>
        <source>Sent on %1</source>
        <translation>寄出时间 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_receive_dialog.py" line="89"/>
        <source>The seal arrived intact</source>
        <translation>封条完好送达</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_receive_dialog.py" line="99"/>
        <source>Record the receipt</source>
        <translation>记录收样</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_receive_dialog.py" line="118"/>
        <source>Received by the lab</source>
        <translation>检测机构收样</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_receive_dialog.py" line="149"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_receive_dialog.py" line="150"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_receive_dialog.py" line="152"/>
        <source>Note (required)</source>
        <translation>备注(必填)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_receive_dialog.py" line="153"/>
        <source>How was the seal when the lab opened it?</source>
        <translation>检测机构拆封时封条情况如何?</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_receive_dialog.py" line="175"/>
        <source>The lab cannot have received it before it was sent (%1).</source>
        <translation>收样时间不能早于寄出时间(%1)。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_receive_dialog.py" line="178"/>
        <source>The lab cannot have received it later than now (%1).</source>
        <translation>收样时间不能晚于现在(%1)。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_receive_dialog.py" line="181"/>
        <source>The seal was not intact: describe it in the note.</source>
        <translation>封条不完好:请在备注中说明。</translation>
    </message>
</context>
<context>
    <name>LabResultDialog</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="83"/>
        <source>Lab result of sample %1</source>
        <translation>样品 %1 的检测结果</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="88"/>
        <source>Sample %1</source>
        <translation>样品 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="91"/>
        <source>As printed on the report</source>
        <translation>与报告上印的一致</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="93"/>
        <source>CMA mark</source>
        <translation>CMA 标志</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="94"/>
        <source>CNAS mark</source>
        <translation>CNAS 标志</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="99"/>
        <source>Add item</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="101"/>
        <source>Remove the selected item</source>
        <translation>删除所选项目</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="106"/>
        <source>Attach the lab&apos;s PDF…</source>
        <translation>附上检测报告 PDF…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="108"/>
        <source>Remove the PDF</source>
        <translation>移除 PDF</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="117"/>
        <source>Record the result</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="151"/>
        <source>Test item</source>
        <translation>检测项目</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="152"/>
        <source>Method</source>
        <translation>检测方法</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="153"/>
        <source>Requirement</source>
        <translation>标准要求</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="154"/>
        <source>Measured</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="155"/>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="194"/>
        <source>Report number</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="197"/>
        <source>Lab</source>
        <translation>检测机构</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="199"/>
        <source>Accreditation</source>
        <translation>资质</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="212"/>
        <source>Report PDF:</source>
        <translation>报告 PDF:</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="237"/>
        <source>Limit as printed</source>
        <translation>按报告填写限值</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="239"/>
        <source>Value as printed</source>
        <translation>按报告填写实测值</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="381"/>
        <source>Overall: no test items yet</source>
        <translation>总结论:尚无检测项目</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="388"/>
        <source>Overall: pass</source>
        <translation>总结论:合格</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="391"/>
        <source>Overall: FAIL (%n item(s))</source>
        <translation>
            <numerusform>总结论:不合格(%n 项)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="399"/>
        <source>Choose the lab&apos;s PDF report</source>
        <translation>选择检测报告 PDF</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="402"/>
        <source>PDF files (*.pdf *.PDF)</source>
        <translation>PDF 文件 (*.pdf *.PDF)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="402"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="413"/>
        <source>Choose the lab&apos;s report as a PDF file.</source>
        <translation>请选择 PDF 格式的检测报告。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="426"/>
        <source>none attached</source>
        <translation>未附</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="472"/>
        <source>Enter the report number.</source>
        <translation>请输入报告编号。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="474"/>
        <source>Enter the lab&apos;s name as printed on the report.</source>
        <translation>请按报告填写检测机构名称。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="476"/>
        <source>Tick the CMA or CNAS mark printed on the report.</source>
        <translation>请勾选报告上印有的 CMA 或 CNAS 标志。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="478"/>
        <source>Add the test items of the report.</source>
        <translation>请添加报告中的检测项目。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/lab_result_dialog.py" line="482"/>
        <source>Enter the measured value of %1.</source>
        <translation>请输入 %1 的检测结果。</translation>
    </message>
</context>
<context>
    <name>LabSampleTableModel</name>
    <message>
        <location filename="../../qc_station/ui/models/lab_sample_table_model.py" line="52"/>
        <source>Sample</source>
        <translation>样品编号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/lab_sample_table_model.py" line="53"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/lab_sample_table_model.py" line="54"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/lab_sample_table_model.py" line="55"/>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/lab_sample_table_model.py" line="56"/>
        <source>Batch</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/lab_sample_table_model.py" line="57"/>
        <source>Selected</source>
        <translation>抽样时间</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/lab_sample_table_model.py" line="58"/>
        <source>Why</source>
        <translation>抽样原因</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/lab_sample_table_model.py" line="59"/>
        <source>Lab</source>
        <translation>检测机构</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/lab_sample_table_model.py" line="60"/>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/models/lab_sample_table_model.py" line="61"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
</context>
<context>
    <name>LabScreen</name>
    <message>
        <location filename="../../qc_station/ui/screens/lab_screen.py" line="184"/>
        <source>← History (Esc)</source>
        <translation>← 质检记录 (Esc)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/lab_screen.py" line="185"/>
        <source>Samples to act on (not closed)</source>
        <translation>待处理样品(未结案)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/lab_screen.py" line="186"/>
        <source>All samples</source>
        <translation>全部样品</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/lab_screen.py" line="187"/>
        <source>Search sample code, product, batch or merchant</source>
        <translation>搜索样品编号、商品、批号或商家</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/lab_screen.py" line="189"/>
        <source>Collect…</source>
        <translation>采样…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/lab_screen.py" line="190"/>
        <source>Dispatch…</source>
        <translation>寄送…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/lab_screen.py" line="191"/>
        <source>Lab received…</source>
        <translation>机构已收样…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/lab_screen.py" line="192"/>
        <source>Enter result…</source>
        <translation>录入结果…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/lab_screen.py" line="193"/>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/lab_screen.py" line="194"/>
        <source>Cancel sample…</source>
        <translation>取消样品…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/lab_screen.py" line="195"/>
        <source>Not to the lab…</source>
        <translation>不送检…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/lab_screen.py" line="196"/>
        <source>Tag sheet (PDF)</source>
        <translation>样品标签 (PDF)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/lab_screen.py" line="197"/>
        <source>Print tags (label printer)</source>
        <translation>打印标签(标签机)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/lab_screen.py" line="198"/>
        <source>Open lab report</source>
        <translation>打开检测报告</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/lab_screen.py" line="282"/>
        <source>No lab sample selected.</source>
        <translation>未选择送检样品。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/screens/lab_screen.py" line="292"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n 个样品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/lab_screen.py" line="296"/>
        <source>Could not load the lab samples</source>
        <translation>无法加载送检样品</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_dialog.py" line="89"/>
        <source>Read label</source>
        <translation>读标签</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_dialog.py" line="90"/>
        <source>Photograph the inkjet code</source>
        <translation>拍摄喷码</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_dialog.py" line="91"/>
        <source>Accept (Enter)</source>
        <translation>确认 (Enter)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_dialog.py" line="92"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_dialog.py" line="114"/>
        <source>(no text)</source>
        <translation>（无文字）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_dialog.py" line="115"/>
        <source>Inkjet code read: %1</source>
        <translation>喷码识别结果：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_dialog.py" line="118"/>
        <source>The label says the date is in the inkjet code: photograph it.</source>
        <translation>标签注明日期见喷码：请拍摄喷码。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_dialog.py" line="130"/>
        <source>Reading the inkjet code…</source>
        <translation>正在识别喷码…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_dialog.py" line="144"/>
        <source>Expiry: not known from the label</source>
        <translation>到期日：标签上无法得知</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_dialog.py" line="146"/>
        <source>Good until: %1</source>
        <translation>保质到：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_dialog.py" line="148"/>
        <source>Proposed for the checklist:</source>
        <translation>建议的检查结果：</translation>
    </message>
</context>
<context>
    <name>LabelFieldsForm</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_fields_form.py" line="94"/>
        <source>Production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_fields_form.py" line="95"/>
        <source>Expiry printed</source>
        <translation>标注到期日</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_fields_form.py" line="96"/>
        <source>Shelf life</source>
        <translation>保质期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_fields_form.py" line="97"/>
        <source>Batch</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_fields_form.py" line="98"/>
        <source>SC licence</source>
        <translation>SC 许可证号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_fields_form.py" line="99"/>
        <source>Standard code</source>
        <translation>产品标准代号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_fields_form.py" line="100"/>
        <source>Net content</source>
        <translation>净含量</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_fields_form.py" line="104"/>
        <source>e.g. 2026-03-15</source>
        <translation>例如 2026-03-15</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_fields_form.py" line="105"/>
        <source>only if the label prints one</source>
        <translation>仅当标签印有到期日</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_fields_form.py" line="108"/>
        <source>GB 7718 elements on the label (tick = present)</source>
        <translation>标签上的 GB 7718 标示内容（勾选 = 有）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_fields_form.py" line="139"/>
        <source>Producer: not found: %1</source>
        <translation>生产者：未找到%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_fields_form.py" line="147"/>
        <source>production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_fields_form.py" line="148"/>
        <source>expiry date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_fields_form.py" line="152"/>
        <source>The SC licence is SC and 14 digits: %1</source>
        <translation>SC 许可证号应为 SC 加 14 位数字：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/label_fields_form.py" line="176"/>
        <source>Not a date (%1): %2</source>
        <translation>不是日期（%1）：%2</translation>
    </message>
</context>
<context>
    <name>LabelFlow</name>
    <message>
        <location filename="../../qc_station/ui/label_flow.py" line="56"/>
        <location filename="../../qc_station/ui/label_flow.py" line="110"/>
        <source>The camera shows no picture.</source>
        <translation>摄像头没有画面。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_flow.py" line="68"/>
        <source>Photo of the label</source>
        <translation>标签照片</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_flow.py" line="87"/>
        <source>The label was not read: %1</source>
        <translation>标签未能识别：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_flow.py" line="92"/>
        <source>No text found: hold the label flat in view.</source>
        <translation>未找到文字：请将标签平放在画面中。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_flow.py" line="94"/>
        <source>Check the fields, then accept.</source>
        <translation>请核对各项后确认。</translation>
    </message>
</context>
<context>
    <name>LotActionsFlow</name>
    <message>
        <location filename="../../qc_station/ui/lot_actions_flow.py" line="57"/>
        <source>Send this lot to the lab</source>
        <translation>本批次送检</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lot_actions_flow.py" line="59"/>
        <source>Lot %1 of %2 was not drawn for the lab. A supervisor may send it anyway, with a reason; the draw stays on record.</source>
        <translation>%2 的批次 %1 未被抽中送检。质检主管可以填写原因仍然送检;抽样记录仍会保留。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lot_actions_flow.py" line="66"/>
        <source>Lot %1 goes to the lab.</source>
        <translation>批次 %1 已安排送检。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lot_actions_flow.py" line="79"/>
        <source>Resume inspection</source>
        <translation>恢复检验</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lot_actions_flow.py" line="81"/>
        <source>Acceptance of %1 from this merchant was discontinued after 5 lots were not accepted on tightened inspection. Give the reference of the merchant&apos;s corrective action; inspection resumes on tightened.</source>
        <translation>该商家的 %1 在加严检验中累计 5 批不合格,已暂停接收。请填写商家整改措施的编号;恢复后按加严检验进行。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lot_actions_flow.py" line="87"/>
        <source>Inspection of %1 resumed.</source>
        <translation>%1 已恢复检验。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="58"/>
        <source>QC Station — %1</source>
        <translation>质检工作站 — %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="59"/>
        <source>Station %1</source>
        <translation>工位 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="80"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="80"/>
        <source>Inspector: %1</source>
        <translation>质检员：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="90"/>
        <source>Camera: starting</source>
        <translation>摄像头:启动中</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="91"/>
        <source>Camera: live</source>
        <translation>摄像头:工作中</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="92"/>
        <source>Camera: none</source>
        <translation>摄像头:无</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="93"/>
        <source>Camera: lost, reconnecting</source>
        <translation>摄像头:断开,重连中</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="94"/>
        <source>Camera: video ended</source>
        <translation>摄像头:视频已结束</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="95"/>
        <source>Camera: off</source>
        <translation>摄像头:已关闭</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="106"/>
        <source>Scanner: waiting for a scan</source>
        <translation>扫码枪:等待扫码</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="109"/>
        <source>Scanner: last scan %1</source>
        <translation>扫码枪:上次扫码 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/main_window.py" line="117"/>
        <source>%n record(s) waiting for central storage</source>
        <translation>
            <numerusform>%n 条记录待同步至中心库</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="120"/>
        <source>Everything synced to central storage</source>
        <translation>已全部同步至中心库</translation>
    </message>
</context>
<context>
    <name>PinApprovalDialog</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/pin_approval.py" line="51"/>
        <source>Enter the supervisor&apos;s user name.</source>
        <translation>请输入质检主管用户名。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/pin_approval.py" line="53"/>
        <source>Enter the supervisor&apos;s PIN.</source>
        <translation>请输入质检主管 PIN。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/pin_approval.py" line="62"/>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
</context>
<context>
    <name>RegisterSkuDialog</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="41"/>
        <source>Register a new product</source>
        <translation>登记新商品</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="52"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="56"/>
        <source>Imported goods</source>
        <translation>进口商品</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="64"/>
        <source>Ambient</source>
        <translation>常温</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="65"/>
        <source>Cool and dry</source>
        <translation>阴凉干燥</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="66"/>
        <source>Chilled (0–4 °C)</source>
        <translation>冷藏（0–4 °C）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="67"/>
        <source>Frozen (−18 °C)</source>
        <translation>冷冻（−18 °C）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="72"/>
        <source>GTIN</source>
        <translation>商品条码</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="73"/>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="74"/>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="75"/>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="76"/>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="77"/>
        <source>Shelf life (days)</source>
        <translation>保质期（天）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="78"/>
        <source>Storage</source>
        <translation>储存条件</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="80"/>
        <source>Supervisor</source>
        <translation>主管账号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="81"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="111"/>
        <source>Enter the product name.</source>
        <translation>请填写商品名称。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/register_sku_dialog.py" line="113"/>
        <source>A supervisor must approve with their PIN.</source>
        <translation>须由主管输入账号和 PIN 码批准。</translation>
    </message>
</context>
<context>
    <name>SamplingSettingsDialog</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="116"/>
        <source>Sampling plans per category</source>
        <translation>各品类抽样方案</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="121"/>
        <source>Reset the selected category to the default</source>
        <translation>将所选品类恢复为默认</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="125"/>
        <source>The supervisor&apos;s user name</source>
        <translation>质检主管用户名</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="127"/>
        <source>Their PIN</source>
        <translation>主管 PIN</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="136"/>
        <source>Save plans</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="165"/>
        <source>An AQL must be a column of the printed tables (%1 to %2), or zero tolerance (accept 0 nonconforming units).</source>
        <translation>AQL 必须是标准表中的一列(%1 至 %2),或零容忍(不允许任何不合格品)。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="170"/>
        <source>The inspection level and the AQL of each defect class set the sampling plan of a category&apos;s lots (ISO 2859-1 / GB/T 2828.1, single sampling).</source>
        <translation>检验水平和各缺陷类别的 AQL 决定该品类批次的抽样方案(ISO 2859-1 / GB/T 2828.1,一次抽样)。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="174"/>
        <source>Changes apply to lots whose sampling starts after saving; lots already started keep their plan.</source>
        <translation>修改只对保存后开始抽样的批次生效;已开始的批次保持原方案。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="179"/>
        <source>Reduced inspection is not offered: its table (2-C) is not in the source tables.</source>
        <translation>不提供放宽检验:来源表中没有其表 2-C。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="188"/>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="189"/>
        <source>Inspection level</source>
        <translation>检验水平</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="191"/>
        <source>%1 AQL</source>
        <translation>%1 AQL</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="234"/>
        <source>Supervisor</source>
        <translation>质检主管</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="237"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="275"/>
        <source>%1 (general)</source>
        <translation>%1(一般)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="276"/>
        <source>%1 (special)</source>
        <translation>%1(特殊)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="279"/>
        <source>Zero tolerance (Ac 0)</source>
        <translation>零容忍 (Ac 0)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="364"/>
        <source>Changed (default)</source>
        <translation>已修改(默认值)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="364"/>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="367"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sampling_settings_dialog.py" line="429"/>
        <source>No plan has been changed.</source>
        <translation>没有修改任何方案。</translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="169"/>
        <source>The approved product, as listed</source>
        <translation>审核通过的样品（上架图）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="168"/>
        <source>Scan or type a barcode, then Enter</source>
        <translation>扫描或输入条码后按回车</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="172"/>
        <source>Register this product (supervisor)</source>
        <translation>登记此商品（主管）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="177"/>
        <source>Production date on the label</source>
        <translation>标签上的生产日期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="178"/>
        <source>Expiry date on the label</source>
        <translation>标签上的到期日</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="122"/>
        <source>Ready. Scan a product.</source>
        <translation>就绪，请扫描商品。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="137"/>
        <source>Changed my mind</source>
        <translation>不想要了</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="138"/>
        <source>7-day no-reason return</source>
        <translation>七天无理由退货</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="139"/>
        <source>Damaged packaging</source>
        <translation>包装破损</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="140"/>
        <source>Wrong item sent</source>
        <translation>发错货</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="141"/>
        <source>Quality problem</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="142"/>
        <source>Close to expiry</source>
        <translation>临近保质期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="143"/>
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="148"/>
        <source>Receiving note / ASN number</source>
        <translation>收货单 / ASN 号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="149"/>
        <source>Order or wave number</source>
        <translation>订单号或波次号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="150"/>
        <source>Return order number</source>
        <translation>退货单号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="154"/>
        <source>Buyer&apos;s stated reason</source>
        <translation>买家退货原因</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="173"/>
        <source>Units received in this lot</source>
        <translation>本批到货数量</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="174"/>
        <source>Set lot size</source>
        <translation>确认批量</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="175"/>
        <source>Send to the lab… (supervisor)</source>
        <translation>送检…(主管)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="176"/>
        <source>Resume inspection… (supervisor)</source>
        <translation>恢复检验…(主管)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="210"/>
        <source>Not a date: %1</source>
        <translation>不是有效日期：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="220"/>
        <source>The barcode carries no dates to compare.</source>
        <translation>条码中没有可比对的日期。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="222"/>
        <source>The label&apos;s dates match the barcode.</source>
        <translation>标签日期与条码一致。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="224"/>
        <source>%1: label %2, barcode %3</source>
        <translation>%1：标签 %2，条码 %3</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="230"/>
        <source>Label defect, dates differ: </source>
        <translation>标签缺陷，日期不符：</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="234"/>
        <source>production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="235"/>
        <source>expiry date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="281"/>
        <source>Looking up %1 …</source>
        <translation>正在查询 %1 …</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="394"/>
        <source>photo missing</source>
        <translation>照片缺失</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="408"/>
        <source>Unknown product %1: it is not in the catalogue.</source>
        <translation>未知商品 %1：商品库中没有此条码。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="429"/>
        <source>No batch in the code: enter the batch from the label.</source>
        <translation>条码中没有批次：请按标签填写批次号。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="430"/>
        <source>Batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="432"/>
        <source>made %1</source>
        <translation>生产日期 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="434"/>
        <source>expires %1</source>
        <translation>到期 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="436"/>
        <source>new lot registered</source>
        <translation>已新建批次</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/screens/scan_panel.py" line="438"/>
        <source>this station has no such lot</source>
        <translation>本站无此批次记录</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="70"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="71"/>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="72"/>
        <source>Camera resolution</source>
        <translation>摄像头分辨率</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="73"/>
        <source>Scanner prefix</source>
        <translation>扫码枪前缀</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="74"/>
        <source>Station code</source>
        <translation>工位编号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="75"/>
        <source>Site code</source>
        <translation>仓库编号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="76"/>
        <source>Central server address</source>
        <translation>中心库服务器地址</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="77"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="78"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="79"/>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="80"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="217"/>
        <source>Station settings</source>
        <translation>工作站设置</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="222"/>
        <source>Path of a video file or an image folder</source>
        <translation>视频文件或图片文件夹的路径</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="225"/>
        <source>Video file…</source>
        <translation>视频文件…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="227"/>
        <source>Image folder…</source>
        <translation>图片文件夹…</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="232"/>
        <source>None; e.g. \x02 for STX</source>
        <translation>无；例如 STX 写作 \x02</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="235"/>
        <source>Characters the handheld scanners send before each code. Write control characters as \x followed by two hex digits (STX is \x02) and a backslash as \\.</source>
        <translation>手持扫码枪在每个条码前发送的字符。控制字符写作 \x 加两位十六进制数（STX 为 \x02），反斜杠写作 \\。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="246"/>
        <source>e.g. https://qc.example.com:8443; empty: this station works alone</source>
        <translation>例如 https://qc.example.com:8443；留空：本工位单机运行</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="249"/>
        <source>Empty: the system&apos;s default printer</source>
        <translation>留空：使用系统默认打印机</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="251"/>
        <source>Play a sound when a code is read</source>
        <translation>读到条码时发出提示音</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="255"/>
        <source>e.g. Asia/Shanghai; empty: this computer&apos;s time zone</source>
        <translation>例如 Asia/Shanghai；留空：使用本机时区</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="277"/>
        <source>No camera</source>
        <translation>不使用摄像头</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="279"/>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="282"/>
        <source>Camera %1</source>
        <translation>摄像头 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="283"/>
        <source>Video file or image folder</source>
        <translation>视频文件或图片文件夹</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="329"/>
        <source>Camera and scanner</source>
        <translation>摄像头与扫码枪</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="346"/>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="353"/>
        <source>Language and sound</source>
        <translation>语言与声音</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="369"/>
        <source>Choose a video file</source>
        <translation>选择视频文件</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="373"/>
        <source>Videos (%1)</source>
        <translation>视频 (%1)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="374"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="380"/>
        <source>Choose a folder of images</source>
        <translation>选择图片文件夹</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="409"/>
        <source>Choose a video file or an image folder.</source>
        <translation>请选择视频文件或图片文件夹。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="414"/>
        <source>Write control characters as \x and two hex digits (\x02), and a backslash as \\.</source>
        <translation>控制字符写作 \x 加两位十六进制数（\x02），反斜杠写作 \\。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="420"/>
        <source>Enter a code.</source>
        <translation>请输入编号。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="422"/>
        <source>A code has no spaces.</source>
        <translation>编号中不能有空格。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="426"/>
        <source>Enter http:// or https://, the server&apos;s name, and optionally :port and a path, e.g. https://qc.example.com:8443/sync</source>
        <translation>请输入 http:// 或 https:// 加服务器名称，可再加 :端口 和路径，例如 https://qc.example.com:8443/sync</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="432"/>
        <source>Unknown time zone. Use an IANA name such as Asia/Shanghai, or leave it empty.</source>
        <translation>未知时区。请使用 IANA 名称（如 Asia/Shanghai），或留空。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/settings_dialog.py" line="442"/>
        <source>Correct the marked fields.</source>
        <translation>请更正标出的项目。</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <location filename="../../qc_station/ui/settings_flow.py" line="83"/>
        <source>The settings could not be read (%1). Saving writes them anew.</source>
        <translation>无法读取设置（%1）。保存时将重新写入。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/settings_flow.py" line="110"/>
        <source>The settings were not saved: %1</source>
        <translation>设置未保存：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/settings_flow.py" line="122"/>
        <source>Restart QC Station to apply: %1.</source>
        <translation>重新启动质检工作站后生效：%1。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/settings_flow.py" line="122"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/sign_in_dialog.py" line="11"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sign_in_dialog.py" line="16"/>
        <source>User</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sign_in_dialog.py" line="17"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/sign_in_dialog.py" line="27"/>
        <source>Enter your user name and PIN.</source>
        <translation>请输入账号和 PIN 码。</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <location filename="../../qc_station/ui/dialogs/supervisor_dialog.py" line="55"/>
        <source>The supervisor&apos;s user name</source>
        <translation>质检主管用户名</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/supervisor_dialog.py" line="57"/>
        <source>Their PIN</source>
        <translation>主管 PIN</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/supervisor_dialog.py" line="59"/>
        <source>Why, in a few words (kept in the record)</source>
        <translation>简要说明原因(将记入记录)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/supervisor_dialog.py" line="68"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/supervisor_dialog.py" line="85"/>
        <source>Supervisor</source>
        <translation>质检主管</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/supervisor_dialog.py" line="86"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/supervisor_dialog.py" line="88"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/dialogs/supervisor_dialog.py" line="107"/>
        <source>Enter the reason.</source>
        <translation>请输入原因。</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="16"/>
        <source>Outer packaging intact</source>
        <translation>外包装完好</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="17"/>
        <source>Sealed, seal unbroken</source>
        <translation>封口完好</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="18"/>
        <source>Clean and dry</source>
        <translation>清洁干燥</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="19"/>
        <source>No leak, no crush</source>
        <translation>无渗漏、无压损</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="20"/>
        <source>Label present</source>
        <translation>有标签</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="21"/>
        <source>Label legible</source>
        <translation>标签清晰可读</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="22"/>
        <source>Label matches the SKU and its listing</source>
        <translation>标签与商品及上架信息一致</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="23"/>
        <source>Chinese label on imported goods</source>
        <translation>进口商品有中文标签</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="24"/>
        <source>GB 7718 label elements complete</source>
        <translation>GB 7718 标签要素齐全</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="25"/>
        <source>Cosmetics label elements complete</source>
        <translation>化妆品标签要素齐全</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="26"/>
        <source>CCC mark present</source>
        <translation>有 CCC 认证标志</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="27"/>
        <source>Fibre content labelled</source>
        <translation>标明纤维成分</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="28"/>
        <source>Age grading and warnings on toys</source>
        <translation>玩具有适用年龄及警示</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="29"/>
        <source>Shelf life within the policy</source>
        <translation>保质期符合规定</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="30"/>
        <source>Powers on and works</source>
        <translation>通电正常工作</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="31"/>
        <source>Accessories and manual complete</source>
        <translation>配件及说明书齐全</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="32"/>
        <source>No loose small parts</source>
        <translation>无脱落小零件</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="33"/>
        <source>Seams sound</source>
        <translation>缝线牢固</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="34"/>
        <source>No odd odour or change</source>
        <translation>无异味、无变质</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="35"/>
        <source>The item returned is the one sold</source>
        <translation>退回商品与售出一致</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="36"/>
        <source>Unused, seal intact</source>
        <translation>未使用、封签完好</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="37"/>
        <source>Complete with parts and packaging</source>
        <translation>配件包装齐全</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="45"/>
        <source>Outer packaging</source>
        <translation>外包装</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="46"/>
        <source>Labels and markings</source>
        <translation>标签标识</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="47"/>
        <source>Shelf life</source>
        <translation>保质期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="48"/>
        <source>Category checks</source>
        <translation>品类检查</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="49"/>
        <source>Returned item</source>
        <translation>退货状态</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="57"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="58"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="59"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="60"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="68"/>
        <source>Critical</source>
        <translation>致命</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="69"/>
        <source>Major</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="70"/>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="148"/>
        <source>Resell</source>
        <translation>直接二次销售</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="149"/>
        <source>Repack and resell</source>
        <translation>重新包装后销售</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="150"/>
        <source>Return to the merchant</source>
        <translation>退回商家</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="151"/>
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
</context>
<context>
    <name>defects</name>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="78"/>
        <source>Carton damaged or torn</source>
        <translation>外箱破损</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="79"/>
        <source>Crushed or dented</source>
        <translation>压损变形</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="80"/>
        <source>Not sealed or seal broken</source>
        <translation>未封口或封口破损</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="81"/>
        <source>Leaking</source>
        <translation>渗漏</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="82"/>
        <source>Dirty or stained</source>
        <translation>脏污</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="83"/>
        <source>Wet or damp</source>
        <translation>受潮</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="84"/>
        <source>Tape opened and re-taped</source>
        <translation>胶带被拆后重封</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="85"/>
        <source>No label</source>
        <translation>无标签</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="86"/>
        <source>Label illegible</source>
        <translation>标签模糊</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="87"/>
        <source>Label does not match the SKU</source>
        <translation>标签与商品不符</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="88"/>
        <source>Not the approved product (A/B version)</source>
        <translation>与审核样品不一致（AB 版）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="89"/>
        <source>GB 7718 elements missing</source>
        <translation>缺少 GB 7718 标签要素</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="90"/>
        <source>Shelf life on the label differs from the listing</source>
        <translation>标签保质期与商品资料不符</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="93"/>
        <source>Printed date differs from the barcode</source>
        <translation>标签日期与条码不符</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="94"/>
        <source>No CCC mark</source>
        <translation>无 CCC 标志</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="95"/>
        <source>No Chinese label on imported goods</source>
        <translation>进口商品无中文标签</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="96"/>
        <source>No fibre content label</source>
        <translation>无纤维成分标识</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="97"/>
        <source>Fibre content wrong</source>
        <translation>纤维成分不符</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="98"/>
        <source>Cosmetics label elements missing</source>
        <translation>缺少化妆品标签要素</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="99"/>
        <source>Toy warnings or age grading missing</source>
        <translation>缺少玩具警示或适用年龄</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="100"/>
        <source>False claim or fake mark on the label</source>
        <translation>标签虚假宣称或伪造标志</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="101"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="102"/>
        <source>Too little shelf life left to receive</source>
        <translation>剩余保质期不足，禁收</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="103"/>
        <source>Inside the no-sale window</source>
        <translation>处于禁售期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="104"/>
        <source>Near expiry</source>
        <translation>临期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="105"/>
        <source>No date to be found</source>
        <translation>找不到日期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="106"/>
        <source>Does not work</source>
        <translation>功能故障</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="107"/>
        <source>Odd odour, colour or texture</source>
        <translation>异味、变色或变质</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="108"/>
        <source>Loose small parts</source>
        <translation>有脱落小零件</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="109"/>
        <source>Seam defect</source>
        <translation>缝线缺陷</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="110"/>
        <source>Accessory or manual missing</source>
        <translation>缺少配件或说明书</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="111"/>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="112"/>
        <source>Hygiene seal broken</source>
        <translation>卫生封签破损</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="113"/>
        <source>Parts missing</source>
        <translation>缺少部件</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="114"/>
        <source>Not the item sold</source>
        <translation>非售出商品</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="115"/>
        <source>Only the outer box is damaged</source>
        <translation>仅外箱损坏</translation>
    </message>
</context>
<context>
    <name>lab</name>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="16"/>
        <source>Selected, to collect</source>
        <translation>已抽中,待采样</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="17"/>
        <source>Collected, to send</source>
        <translation>已采样,待寄送</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="18"/>
        <source>On its way to the lab</source>
        <translation>寄送中</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="19"/>
        <source>At the lab, testing</source>
        <translation>检测中</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="20"/>
        <source>Result in</source>
        <translation>已出结果</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="21"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="22"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="30"/>
        <source>First lot of a new high-risk SKU</source>
        <translation>新品高风险首批</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="33"/>
        <source>The last lab result failed</source>
        <translation>上次检测不合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="34"/>
        <source>Random draw</source>
        <translation>随机抽样</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="35"/>
        <source>Chosen by a supervisor</source>
        <translation>主管指定</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="38"/>
        <source>Not selected</source>
        <translation>未抽中</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="45"/>
        <source>Waiting</source>
        <translation>待出结果</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="46"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="46"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="52"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="53"/>
        <source>Released</source>
        <translation>已放行</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="54"/>
        <source>Held</source>
        <translation>暂扣</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="55"/>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="63"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="64"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="65"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="77"/>
        <source>Category risk %1</source>
        <translation>品类风险%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="80"/>
        <source>Listed as %1 risk</source>
        <translation>商品登记为%1风险</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="83"/>
        <source>%n lot(s) of the merchant not accepted</source>
        <translation>商家有 %n 个批次未通过</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="84"/>
        <source>%n failed lab result(s) of the merchant</source>
        <translation>商家有 %n 次检测不合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="87"/>
        <source>The SKU&apos;s last lab result failed</source>
        <translation>该商品上次检测不合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="88"/>
        <source>%n return(s) with a product defect</source>
        <translation>%n 次客退发现商品缺陷</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="91"/>
        <source>New SKU</source>
        <translation>新商品</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="92"/>
        <source>New merchant</source>
        <translation>新商家</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="93"/>
        <source>Never tested by a lab</source>
        <translation>从未送检</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="94"/>
        <source>Last lab test %n day(s) ago</source>
        <translation>上次送检在 %n 天前</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="97"/>
        <source>%1 (+%2)</source>
        <translation>%1(+%2)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="103"/>
        <source>Aerobic plate count</source>
        <translation>菌落总数</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="104"/>
        <source>Coliforms</source>
        <translation>大肠菌群</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="105"/>
        <source>Pathogens (Salmonella, S. aureus)</source>
        <translation>致病菌(沙门氏菌、金黄色葡萄球菌)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="106"/>
        <source>Moulds and yeasts</source>
        <translation>霉菌和酵母</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="107"/>
        <source>Lead (Pb)</source>
        <translation>铅 (Pb)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="108"/>
        <source>Mercury (Hg)</source>
        <translation>汞 (Hg)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="109"/>
        <source>Arsenic (As)</source>
        <translation>砷 (As)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="110"/>
        <source>Cadmium (Cd)</source>
        <translation>镉 (Cd)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="111"/>
        <source>Aflatoxin M1</source>
        <translation>黄曲霉毒素 M1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="112"/>
        <source>Melamine</source>
        <translation>三聚氰胺</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="113"/>
        <source>Protein</source>
        <translation>蛋白质</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="114"/>
        <source>Preservatives</source>
        <translation>防腐剂</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="115"/>
        <source>Banned substances</source>
        <translation>禁用物质</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="116"/>
        <source>Formaldehyde</source>
        <translation>甲醛含量</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="117"/>
        <source>pH value</source>
        <translation>pH 值</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="118"/>
        <source>Banned azo dyes</source>
        <translation>可分解致癌芳香胺染料</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="119"/>
        <source>Fibre content</source>
        <translation>纤维含量</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="120"/>
        <source>Colour fastness</source>
        <translation>色牢度</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="121"/>
        <source>Phthalates</source>
        <translation>邻苯二甲酸酯</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="122"/>
        <source>Migratable elements</source>
        <translation>可迁移元素</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="123"/>
        <source>Small parts</source>
        <translation>小零件</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="124"/>
        <source>CCC certification</source>
        <translation>CCC 认证</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="125"/>
        <source>Power rating</source>
        <translation>输入功率</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="126"/>
        <source>Leakage current</source>
        <translation>泄漏电流</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="127"/>
        <source>Electric strength</source>
        <translation>电气强度</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_words.py" line="128"/>
        <source>Heating</source>
        <translation>发热</translation>
    </message>
</context>
<context>
    <name>lab_detail</name>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="47"/>
        <source>Batch %1</source>
        <translation>批号 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="48"/>
        <source>Lot: %1</source>
        <translation>批次:%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="63"/>
        <source>Why</source>
        <translation>抽样原因</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="66"/>
        <source>Supervisor&apos;s reason</source>
        <translation>主管说明</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="71"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="72"/>
        <source>No stored decision (demo or older data)</source>
        <translation>无存档的抽样决定(演示或旧数据)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="75"/>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="100"/>
        <source>Selection</source>
        <translation>抽样决定</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="78"/>
        <source>%1 of 100, %2 risk</source>
        <translation>%1 分(满分 100),%2风险</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="82"/>
        <source>Risk score</source>
        <translation>风险分</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="84"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="86"/>
        <source>Because</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="88"/>
        <source>chance %1 %, drawn %2 (seed %3)</source>
        <translation>抽中概率 %1%,抽签值 %2(种子 %3)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="93"/>
        <source>Draw</source>
        <translation>抽签</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="97"/>
        <source>Overridden by</source>
        <translation>改判人</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="107"/>
        <source>Selected</source>
        <translation>抽样时间</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="113"/>
        <source>%1 for the lab, %2 sealed backup, seal %3</source>
        <translation>送检 %1,封存留样 %2,封条 %3</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="119"/>
        <source>Collected</source>
        <translation>采样</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="124"/>
        <source>Dispatched</source>
        <translation>寄送</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="128"/>
        <source>seal intact</source>
        <translation>封条完好</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="130"/>
        <source>SEAL BROKEN</source>
        <translation>封条破损</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="133"/>
        <source>Received by the lab</source>
        <translation>检测机构收样</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="136"/>
        <source>Result entered</source>
        <translation>结果录入</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="139"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="141"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="147"/>
        <source>Chain of custody</source>
        <translation>流转记录</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="155"/>
        <source>Lab report %1</source>
        <translation>检测报告 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="165"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="166"/>
        <source>Method</source>
        <translation>检测方法</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="167"/>
        <source>Requirement</source>
        <translation>标准要求</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="168"/>
        <source>Measured</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/lab_detail_html.py" line="169"/>
        <source>Result</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="20"/>
        <source>Ingredients list</source>
        <translation>配料表</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="21"/>
        <location filename="../../qc_station/ui/label_words.py" line="51"/>
        <source>Net content</source>
        <translation>净含量</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="22"/>
        <source>Producer, address and contact</source>
        <translation>生产者名称、地址和联系方式</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="23"/>
        <location filename="../../qc_station/ui/label_words.py" line="45"/>
        <location filename="../../qc_station/ui/label_words.py" line="76"/>
        <source>Production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="24"/>
        <location filename="../../qc_station/ui/label_words.py" line="47"/>
        <source>Shelf life</source>
        <translation>保质期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="25"/>
        <source>Storage conditions</source>
        <translation>贮存条件</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="26"/>
        <source>Food production licence (SC)</source>
        <translation>食品生产许可证编号 (SC)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="27"/>
        <location filename="../../qc_station/ui/label_words.py" line="50"/>
        <source>Product standard code</source>
        <translation>产品标准代号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="35"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="36"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="37"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="48"/>
        <source>Batch</source>
        <translation>批号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="49"/>
        <source>SC licence</source>
        <translation>SC 许可证号</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="52"/>
        <source>GB 7718 elements</source>
        <translation>GB 7718 标示内容</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="60"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="61"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="62"/>
        <source>contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="72"/>
        <location filename="../../qc_station/ui/label_words.py" line="114"/>
        <source>Not on the label: %1</source>
        <translation>标签缺少：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="74"/>
        <source>%1: label %2, barcode %3</source>
        <translation>%1：标签 %2，条码 %3</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="46"/>
        <location filename="../../qc_station/ui/label_words.py" line="78"/>
        <source>Expiry date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="84"/>
        <source>Shelf life: label %1 %2, listing %3 days</source>
        <translation>保质期：标签 %1%2，商品资料 %3 天</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="100"/>
        <source>made %1</source>
        <translation>生产 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="104"/>
        <source>shelf life %1</source>
        <translation>保质期 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="107"/>
        <source>good until %1</source>
        <translation>保质到 %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="117"/>
        <source>Corrected by the inspector: %1</source>
        <translation>质检员更正：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/label_words.py" line="122"/>
        <source>Read by %1, photo %2</source>
        <translation>识别：%1，照片 %2</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="15"/>
        <source>Inbound</source>
        <translation>入仓</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="16"/>
        <source>Outbound</source>
        <translation>出库</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="17"/>
        <source>Return</source>
        <translation>客退</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="25"/>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="26"/>
        <source>Medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="27"/>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="40"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="41"/>
        <source>Accept</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="42"/>
        <source>Reject</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/labels.py" line="43"/>
        <source>Hold</source>
        <translation>暂扣</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="207"/>
        <source>This lot goes to the lab: take sample %1 now (F6 opens the lab samples).</source>
        <translation>本批次需送检:请立即采样 %1(按 F6 打开送检样品)。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="219"/>
        <source>Save or discard the inspection first.</source>
        <translation>请先保存或放弃当前质检。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="291"/>
        <source>Sign in first (scan an item to sign in).</source>
        <translation>请先登录（扫描商品时会提示登录）。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="302"/>
        <source>Settings saved</source>
        <translation>设置已保存</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="310"/>
        <source>Sampling plans saved for %n category(ies).</source>
        <translation>已保存 %n 个品类的抽样方案。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="386"/>
        <source>The station database %1 is damaged or is not a QC Station database. It was not changed.

Close QC Station, then restore the newest backup (%2) or start with a new data folder (--data-dir).</source>
        <translation>工位数据库 %1 已损坏，或不是质检工作站的数据库。该文件未被改动。

请关闭质检工作站，然后恢复最新的备份（%2），或使用新的数据目录启动（--data-dir）。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="392"/>
        <source>none found</source>
        <translation>未找到备份</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="402"/>
        <source>QC Station cannot start</source>
        <translation>质检工作站无法启动</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="413"/>
        <source>QC Station</source>
        <translation>质检工作站</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="414"/>
        <source>QC Station is already running with the data folder %1.</source>
        <translation>质检工作站已在使用数据目录 %1 运行。</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="125"/>
        <source>All checks passed</source>
        <translation>全部检查合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="126"/>
        <source>Critical defect: %1</source>
        <translation>致命缺陷：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="127"/>
        <source>Major defect: %1</source>
        <translation>严重缺陷：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="128"/>
        <source>Minor defect: %1</source>
        <translation>轻微缺陷：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="129"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="130"/>
        <source>Only %2 days of shelf life left: below the receiving limit</source>
        <translation>剩余保质期仅 %2 天：低于收货要求</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="133"/>
        <source>%2 days left: inside the no-sale window</source>
        <translation>剩余 %2 天：处于禁售期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="136"/>
        <source>%2 days left: near expiry</source>
        <translation>剩余 %2 天：临期</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="137"/>
        <source>No expiry date known for this lot</source>
        <translation>该批次无到期日信息</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="138"/>
        <source>Hygiene seal broken: %1</source>
        <translation>卫生封签破损：%1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="139"/>
        <source>Only the packaging is damaged</source>
        <translation>仅包装损坏</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/check_words.py" line="140"/>
        <source>Cannot be resold: %1</source>
        <translation>不可二次销售：%1</translation>
    </message>
</context>
<context>
    <name>sampling</name>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="31"/>
        <source>tightened inspection</source>
        <translation>加严检验</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="32"/>
        <source>normal inspection</source>
        <translation>正常检验</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="38"/>
        <source>2 of 5 lots in a row not accepted</source>
        <translation>连续 5 批中有 2 批不合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="41"/>
        <source>5 lots in a row accepted</source>
        <translation>连续 5 批合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="42"/>
        <source>5 lots not accepted on tightened inspection</source>
        <translation>加严检验累计 5 批不合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="45"/>
        <source>resumed after corrective action</source>
        <translation>整改后恢复</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="53"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="54"/>
        <source>tightened</source>
        <translation>加严</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="55"/>
        <source>discontinued</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="63"/>
        <source>No change of inspection severity yet.</source>
        <translation>检验严格度尚未转换。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="65"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2:%3</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="79"/>
        <source>Inspection severity: %1 since %2 (%n change(s) so far)</source>
        <translation>检验严格度:%1(原因:%2;已转换 %n 次)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="92"/>
        <source>Sampling: level %1, %2 · lot %3 → sample %4</source>
        <translation>抽样:%1 级,%2 · 批量 %3 → 样本量 %4</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="99"/>
        <source>every unit</source>
        <translation>全数检验</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="104"/>
        <source>%1 %2 (AQL %3, Ac %4 Re %5)</source>
        <translation>%1 %2(AQL %3,Ac %4 Re %5)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="112"/>
        <source>Inspected %1 of %2</source>
        <translation>已检 %1/%2</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="127"/>
        <source>lot not accepted</source>
        <translation>批不合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="130"/>
        <source>lot accepted</source>
        <translation>批合格</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="140"/>
        <source>Risk score %1 (%2)</source>
        <translation>风险分 %1(%2)</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="152"/>
        <source>Enter the units received (receiving note) to get the sampling plan.</source>
        <translation>请输入到货数量(收货单)以确定抽样方案。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="157"/>
        <source>Acceptance discontinued for this merchant and product: lots are held until a supervisor resumes inspection.</source>
        <translation>该商家此商品已暂停接收:批次暂扣,直到主管恢复检验。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/sampling_words.py" line="166"/>
        <source>Lab sample %1: %2 (the lot is held)</source>
        <translation>送检样品 %1:%2(批次暂扣)</translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <location filename="../../qc_station/ui/scan_words.py" line="11"/>
        <source>The check digit is wrong</source>
        <translation>校验位错误</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scan_words.py" line="12"/>
        <source>A date in the code is impossible</source>
        <translation>条码中的日期不存在</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scan_words.py" line="13"/>
        <source>The code holds an unknown GS1 application identifier</source>
        <translation>条码含有未知的 GS1 应用标识符</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scan_words.py" line="14"/>
        <source>The code is cut short</source>
        <translation>条码内容不完整</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scan_words.py" line="15"/>
        <source>A field of the code is too long</source>
        <translation>条码中某字段过长</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scan_words.py" line="16"/>
        <source>This is not a product code</source>
        <translation>这不是商品条码</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scan_words.py" line="17"/>
        <source>The code carries no product number (GTIN)</source>
        <translation>条码中没有商品编码（GTIN）</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/scan_words.py" line="19"/>
        <source>The code was not accepted</source>
        <translation>条码未被接受</translation>
    </message>
</context>
</TS>
