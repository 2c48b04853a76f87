<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
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
        <location filename="../../qc_station/ui/main_window.py" line="24" />
        <source>QC Station — %1</source>
        <translation>质检工作站 — %1</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="26" />
        <source>Station %1</source>
        <translation>工位 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qc_station/ui/main_window.py" line="41" />
        <source>%n record(s) waiting for central storage</source>
        <translation>
            <numerusform>%n 条记录待同步至中心库</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/main_window.py" line="44" />
        <source>Everything synced to central storage</source>
        <translation>已全部同步至中心库</translation>
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
        <location filename="../../qc_station/ui/launch.py" line="91" />
        <source>The station database %1 is damaged or is not a QC Station database. It was not changed.

Close QC Station, then restore the newest backup (%2) or start with a new data folder (--data-dir).</source>
        <translation>工位数据库 %1 已损坏，或不是质检工作站的数据库。该文件未被改动。

请关闭质检工作站，然后恢复最新的备份（%2），或使用新的数据目录启动（--data-dir）。</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="97" />
        <source>none found</source>
        <translation>未找到备份</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="105" />
        <source>QC Station cannot start</source>
        <translation>质检工作站无法启动</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="115" />
        <source>QC Station</source>
        <translation>质检工作站</translation>
    </message>
    <message>
        <location filename="../../qc_station/ui/launch.py" line="116" />
        <source>QC Station is already running with the data folder %1.</source>
        <translation>质检工作站已在使用数据目录 %1 运行。</translation>
    </message>
</context>
</TS>