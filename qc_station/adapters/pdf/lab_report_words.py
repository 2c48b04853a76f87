"""The words of the lab sampling report, in Chinese and English, kept without Qt.

They are the ones the station's screens use (``qc_station.ui.lab_words`` and its Chinese
translation); a test compares the two tables.
"""

from dataclasses import dataclass

from qc_station.domain.catalogue import RiskLevel
from qc_station.domain.risk import RiskFactor

LANGUAGES = ("zh_CN", "en")

# --- words ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Words:
    """The words of the report in one language, keyed by the codes the data carries."""

    status: dict[str, str]  # LabSampleStatus value -> words
    reason: dict[str, str]  # SelectionReason value -> words
    result: dict[str, str]  # "pass", "fail", "waiting"
    lot_status: dict[str, str]  # LotStatus value -> words
    level: dict[str, str]  # RiskLevel value -> words
    factor: dict[str, str]  # RiskFactor code -> template with %1 (a level) or %n (a count)
    factor_points: str  # "%1 (+%2)": a factor's words and its points
    item: dict[str, str]  # lab test item code -> its name
    labels: dict[str, str]  # the report's own fixed texts


_LAB_ZH = {
    "status": {
        "selected": "已抽中,待采样",
        "collected": "已采样,待寄送",
        "dispatched": "寄送中",
        "received": "检测中",
        "resulted": "已出结果",
        "closed": "已结案",
        "cancelled": "已取消",
    },
    "reason": {
        "new_high_risk_sku": "新品高风险首批",
        "last_result_failed": "上次检测不合格",
        "random": "随机抽样",
        "override": "主管指定",
    },
    "result": {"pass": "合格", "fail": "不合格", "waiting": "待出结果"},
    "lot_status": {"pending": "待定", "released": "已放行", "held": "暂扣", "rejected": "拒收"},
    "level": {"low": "低", "medium": "中", "high": "高"},
    "factor": {
        "category_risk": "品类风险%1",
        "sku_risk": "商品登记为%1风险",
        "lots_not_accepted": "商家有 %n 个批次未通过",
        "merchant_lab_failures": "商家有 %n 次检测不合格",
        "sku_last_lab_failed": "该商品上次检测不合格",
        "returns_with_product_defects": "%n 次客退发现商品缺陷",
        "new_sku": "新商品",
        "new_merchant": "新商家",
        "never_lab_tested": "从未送检",
        "lab_test_overdue": "上次送检在 %n 天前",
    },
    "item": {
        "aerobic_count": "菌落总数",
        "coliforms": "大肠菌群",
        "pathogens": "致病菌(沙门氏菌、金黄色葡萄球菌)",
        "moulds_yeasts": "霉菌和酵母",
        "lead": "铅 (Pb)",
        "mercury": "汞 (Hg)",
        "arsenic": "砷 (As)",
        "cadmium": "镉 (Cd)",
        "aflatoxin_m1": "黄曲霉毒素 M1",
        "melamine": "三聚氰胺",
        "protein": "蛋白质",
        "preservatives": "防腐剂",
        "banned_substances": "禁用物质",
        "formaldehyde": "甲醛含量",
        "ph_value": "pH 值",
        "azo_dyes": "可分解致癌芳香胺染料",
        "fibre_content": "纤维含量",
        "colour_fastness": "色牢度",
        "phthalates": "邻苯二甲酸酯",
        "migratable_elements": "可迁移元素",
        "small_parts": "小零件",
        "ccc_mark": "CCC 认证",
        "power_rating": "输入功率",
        "leakage_current": "泄漏电流",
        "electric_strength": "电气强度",
        "heating": "发热",
    },
}

_LAB_EN = {
    "status": {
        "selected": "Selected, to collect",
        "collected": "Collected, to send",
        "dispatched": "On its way to the lab",
        "received": "At the lab, testing",
        "resulted": "Result in",
        "closed": "Closed",
        "cancelled": "Cancelled",
    },
    "reason": {
        "new_high_risk_sku": "First lot of a new high-risk SKU",
        "last_result_failed": "The last lab result failed",
        "random": "Random draw",
        "override": "Chosen by a supervisor",
    },
    "result": {"pass": "Pass", "fail": "Fail", "waiting": "Waiting"},
    "lot_status": {
        "pending": "Pending",
        "released": "Released",
        "held": "Held",
        "rejected": "Rejected",
    },
    "level": {"low": "low", "medium": "medium", "high": "high"},
    "factor": {
        "category_risk": "Category risk %1",
        "sku_risk": "Listed as %1 risk",
        "lots_not_accepted": "%n lot(s) of the merchant not accepted",
        "merchant_lab_failures": "%n failed lab result(s) of the merchant",
        "sku_last_lab_failed": "The SKU's last lab result failed",
        "returns_with_product_defects": "%n return(s) with a product defect",
        "new_sku": "New SKU",
        "new_merchant": "New merchant",
        "never_lab_tested": "Never tested by a lab",
        "lab_test_overdue": "Last lab test %n day(s) ago",
    },
    "item": {
        "aerobic_count": "Aerobic plate count",
        "coliforms": "Coliforms",
        "pathogens": "Pathogens (Salmonella, S. aureus)",
        "moulds_yeasts": "Moulds and yeasts",
        "lead": "Lead (Pb)",
        "mercury": "Mercury (Hg)",
        "arsenic": "Arsenic (As)",
        "cadmium": "Cadmium (Cd)",
        "aflatoxin_m1": "Aflatoxin M1",
        "melamine": "Melamine",
        "protein": "Protein",
        "preservatives": "Preservatives",
        "banned_substances": "Banned substances",
        "formaldehyde": "Formaldehyde",
        "ph_value": "pH value",
        "azo_dyes": "Banned azo dyes",
        "fibre_content": "Fibre content",
        "colour_fastness": "Colour fastness",
        "phthalates": "Phthalates",
        "migratable_elements": "Migratable elements",
        "small_parts": "Small parts",
        "ccc_mark": "CCC certification",
        "power_rating": "Power rating",
        "leakage_current": "Leakage current",
        "electric_strength": "Electric strength",
        "heating": "Heating",
    },
}

_LABELS_ZH = {
    "title": "送检样品报告",
    "title_other": "Lab sampling report",
    "period": "期间",
    "period_value": "{start} 至 {end}(按抽样日期,站点当地时间)",
    "station": "站点",
    "generated": "生成时间",
    "generated_value": "{at}(状态以此时为准)",
    "summary": "概况",
    "samples": "样品",
    "samples_tile": "送检样品",
    "pass_tile": "合格",
    "fail_tile": "不合格",
    "waiting_tile": "待出结果",
    "holding_tile": "扣留批次的在检样品",
    "holding_sub": "涉及 {lots} 个批次",
    "median_tile": "抽样至出结果(中位数)",
    "median_value": "{days} 天",
    "median_sub": "{n} 个样品已出结果",
    "none": "—",
    "by_status": "按状态",
    "status": "状态",
    "count": "数量",
    "by_merchant": "不合格商家",
    "merchant": "商家",
    "failed": "不合格",
    "resulted": "已出结果",
    "no_failures": "本期无不合格样品",
    "table": "样品明细",
    "col_code": "样品编号",
    "col_sku": "商品 / 商家",
    "col_batch": "批号 / 批次",
    "col_reason": "抽样原因 / 风险",
    "col_custody": "流转",
    "col_lab": "检测机构 / 报告",
    "col_result": "状态 / 结果",
    "risk": "风险 {score} · {level}",
    "risk_unknown": "风险未记录",
    "note": "说明:{note}",
    "cancel": "取消原因:{reason}",
    "lot": "批次:{status}",
    "step_selected": "抽中",
    "step_collected": "采样",
    "step_dispatched": "寄出",
    "step_received": "收样",
    "step_resulted": "出结果",
    "step_closed": "结案",
    "step_cancelled": "取消",
    "failed_items": "{n} 项不合格",
    "failures": "不合格样品",
    "failure_meta": "商家 {merchant} · 批号 {batch} · GTIN {gtin}",
    "failure_lab": "{lab} · 报告编号 {report} {marks} · 出结果 {at}",
    "fate": "批次处置:{status}",
    "col_item": "检测项目",
    "col_requirement": "标准要求",
    "col_measured": "实测值",
    "col_method": "检测方法",
    "col_verdict": "判定",
    "empty": "本期间({start} 至 {end})未抽取送检样品。",
    "empty_other": "No samples were taken for the lab in this period.",
    "footer": "QC Station · 送检样品报告 · {start} 至 {end}",
    "page": "第 {page}/{pages} 页",
}

LABELS_EN = {
    "title": "Lab sampling report",
    "title_other": "送检样品报告",
    "period": "Period",
    "period_value": "{start} to {end} (by the day selected, site local time)",
    "station": "Station",
    "generated": "Generated",
    "generated_value": "{at} (statuses as of then)",
    "summary": "Summary",
    "samples": "Samples",
    "samples_tile": "Samples",
    "pass_tile": "Pass",
    "fail_tile": "Fail",
    "waiting_tile": "Waiting",
    "holding_tile": "Open, holding lots",
    "holding_sub": "{lots} lot(s) held",
    "median_tile": "Selection to result (median)",
    "median_value": "{days} d",
    "median_sub": "over {n} result(s)",
    "none": "—",
    "by_status": "By status",
    "status": "Status",
    "count": "Samples",
    "by_merchant": "Failures by merchant",
    "merchant": "Merchant",
    "failed": "Failed",
    "resulted": "Resulted",
    "no_failures": "No failures in the period",
    "table": "Samples",
    "col_code": "Sample",
    "col_sku": "SKU / merchant",
    "col_batch": "Batch / lot",
    "col_reason": "Reason / risk",
    "col_custody": "Custody",
    "col_lab": "Lab / report",
    "col_result": "Status / result",
    "risk": "Risk {score} · {level}",
    "risk_unknown": "Risk not recorded",
    "note": "Note: {note}",
    "cancel": "Cancelled: {reason}",
    "lot": "Lot: {status}",
    "step_selected": "selected",
    "step_collected": "collected",
    "step_dispatched": "sent",
    "step_received": "received",
    "step_resulted": "resulted",
    "step_closed": "closed",
    "step_cancelled": "cancelled",
    "failed_items": "{n} item(s) failed",
    "failures": "Failures",
    "failure_meta": "Merchant {merchant} · batch {batch} · GTIN {gtin}",
    "failure_lab": "{lab} · report {report} {marks} · resulted {at}",
    "fate": "Lot: {status}",
    "col_item": "Test item",
    "col_requirement": "Requirement",
    "col_measured": "Measured",
    "col_method": "Method",
    "col_verdict": "Verdict",
    "empty": "No samples were taken for the lab in this period ({start} to {end}).",
    "empty_other": "本期间未抽取送检样品。",
    "footer": "QC Station · lab sampling report · {start} to {end}",
    "page": "Page {page} of {pages}",
}

WORDS = {
    "zh_CN": Words(factor_points="%1(+%2)", labels=_LABELS_ZH, **_LAB_ZH),
    "en": Words(factor_points="%1 (+%2)", labels=LABELS_EN, **_LAB_EN),
}
"""The report's words; ``zh_CN`` puts the English column names under the Chinese ones."""

_LEVELS = (RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH)


def factor_text(words: Words, factor: RiskFactor) -> str:
    """One risk factor in words with its points, as the station's screens word it."""
    template = words.factor.get(factor.code, factor.code)
    level = words.level[_LEVELS[min(max(factor.value, 0), 2)].value]
    text = template.replace("%1", level).replace("%n", str(factor.value))
    return words.factor_points.replace("%1", text).replace("%2", str(factor.points))
