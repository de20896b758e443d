package io.hqd.ingest.read;

import io.hqd.ingest.Severity;

/** What reading a workbook can find wrong, each with its stored rule id, Chinese name, severity and what to do. */
public enum ReadRule {
    NOT_A_NUMBER("read_not_a_number", "数值栏不是数字", Severity.ERROR, "只填写阿拉伯数字，不要写文字说明"),
    UNIT_MISMATCH("read_unit", "单位与指标不一致", Severity.ERROR, "按指标目录的单位填写数字，不带其他单位"),
    SEPARATOR("read_separator", "逗号用法不明确", Severity.ERROR, "填写不带逗号的数字，或每三位一个千分位逗号"),
    ESTIMATE("read_estimate", "估计数", Severity.ERROR, "填写统计得到的准确数字，不要写「约」「左右」"),
    ROUNDED_WAN("read_rounded_wan", "以万为单位的约数", Severity.ERROR, "填写原始数字，不要换算成「万」"),
    DATE_CELL("read_date_cell", "日期格式的数值", Severity.ERROR, "把单元格格式改为「常规」或「数值」后重新填写"),
    CELL_ERROR("read_cell_error", "单元格错误值", Severity.ERROR, "修正公式中的错误（如 #DIV/0!）后重新报送"),
    FORMULA_NO_CACHE("read_formula_no_cache", "公式没有计算结果", Severity.ERROR, "在 Excel 中打开文件、重新计算并保存后再报送"),
    PERCENT_FRACTION("read_percent_fraction", "百分比疑似填成小数", Severity.WARNING, "百分比填 0–100 的数（34.21% 填 34.21）；确属不足 1% 可由统计人员确认"),
    CONFLICT("read_conflict", "同一指标两处数值不同", Severity.ERROR, "同一指标只在一处填写，删去另一处后重新报送"),
    AMBIGUOUS_NAME("read_ambiguous_name", "指标名称对应多个指标", Severity.ERROR, "改用下发的模板，或在表中填写指标代码"),
    HIDDEN("read_hidden", "数值位于隐藏的行、列或工作表", Severity.WARNING, "确认隐藏处的数值确应报送"),
    UNKNOWN_ROW("read_unknown_row", "无法识别的指标行", Severity.WARNING, "使用指标目录中的指标名称，或改用下发的模板"),
    OLD_TEMPLATE("read_old_template", "使用旧版模板", Severity.WARNING, "下期改用新版模板"),
    SHEET_IGNORED("read_sheet_ignored", "未读取的工作表", Severity.WARNING, "确认该工作表（辅助表、说明或往期表）不含本期应报的数字"),
    WRONG_COLUMN("read_wrong_column", "数字填在了「上期数值」列", Severity.ERROR, "把本期数字填在「本期数值」列后重新报送"),
    NO_TABLE("read_no_table", "没有可识别的数据表", Severity.ERROR, "使用下发的模板填报"),
    NO_REPORTER("read_no_reporter", "没有写明报送单位", Severity.ERROR, "在「医疗机构代码」处填写名录中的机构代码"),
    NO_PERIOD("read_no_period", "没有写明报告期", Severity.ERROR, "在「报告期」处写明季度，例如 2026年第三季度"),
    MANY_REPORTERS("read_many_reporters", "报送单位不一致", Severity.ERROR, "一个文件只报一个单位，或每个工作表都写明本单位的机构代码"),
    MANY_PERIODS("read_many_periods", "报告期不一致", Severity.ERROR, "使用本期下发的模板，并使报告期、标题和文件名一致");

    public final String id;
    public final String label;
    public final Severity severity;
    public final String todo;

    ReadRule(String id, String label, Severity severity, String todo) {
        this.id = id;
        this.label = label;
        this.severity = severity;
        this.todo = todo;
    }

    public io.hqd.ingest.Finding file(String message) {
        return io.hqd.ingest.Finding.file(id, severity, message);
    }
}
