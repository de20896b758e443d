package io.hqd.ingest.receipt;

import java.util.Map;

/**
 * Every check's stored id in words a clerk reads, with what to do about it. Receipts print these,
 * never the ids; an id not listed here (a check added later) prints as 其他检查 with the id beside it.
 */
public final class RuleNames {
    /** The rule's name and the action that clears it. */
    public record Rule(String name, String todo) {
    }

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("read_not_a_number", new Rule("不是数字", "改为纯数字（不带单位、文字或空格）")),
            Map.entry("read_unit", new Rule("单位不符", "按表头单位换算后填写（如元换算为万元）")),
            Map.entry("read_separator", new Rule("数字写法有误", "去掉千分位以外的分隔符、全角符号或多余小数点")),
            Map.entry("read_date_cell", new Rule("填成了日期", "单元格格式改为“常规”，重新填写数字")),
            Map.entry("read_cell_error", new Rule("公式出错", "修正公式（#DIV/0!、#REF! 等）或直接填写数值")),
            Map.entry("read_formula_no_cache", new Rule("公式没有计算结果", "在 Excel 中打开并保存一次，或直接填写数值")),
            Map.entry("read_conflict", new Rule("同一指标填了不同数值", "只保留一个正确数值")),
            Map.entry("read_ambiguous_name", new Rule("指标名称无法确定", "使用模板中的指标代码或名称")),
            Map.entry("read_hidden", new Rule("隐藏的行列或工作表", "取消隐藏并核实其中的数值")),
            Map.entry("read_unknown_row", new Rule("无法识别的行", "核实该行是否属于本表；不属于请删除")),
            Map.entry("read_old_template", new Rule("使用了旧版模板", "下期请使用新下发的模板")),
            Map.entry("read_no_table", new Rule("找不到填报表", "使用下发的模板，不要改动表头")),
            Map.entry("read_no_reporter", new Rule("缺少单位代码", "在表头填写医疗机构代码或区划代码")),
            Map.entry("read_no_period", new Rule("缺少报告期", "在表头填写报告期（如 2026年第三季度）")),
            Map.entry("read_many_reporters", new Rule("一个文件含多家单位", "每家单位单独报送一个文件，或使用区县汇总模板")),
            Map.entry("read_many_periods", new Rule("一个文件含多个报告期", "每个报告期单独报送")),
            Map.entry("file_too_large", new Rule("文件过大", "删除无关的工作表、图片后重新报送")),
            Map.entry("file_not_workbook", new Rule("不是 Excel 文件", "用 Excel 另存为 .xlsx 后重新报送")),
            Map.entry("file_encrypted", new Rule("文件设有密码", "取消打开密码后重新报送")),
            Map.entry("file_zip_bomb", new Rule("文件结构异常", "用 Excel 另存为新的 .xlsx 后重新报送")),
            Map.entry("file_dimensions", new Rule("表格范围过大", "删除表格末尾的空行空列后重新报送")),
            Map.entry("file_unsafe_xml", new Rule("文件含不安全内容", "用 Excel 另存为新的 .xlsx 后重新报送")),
            Map.entry("file_corrupt", new Rule("文件已损坏", "用 Excel 打开检查，另存后重新报送")),
            Map.entry("file_macros", new Rule("文件含宏", "宏不会被执行，回执中已去除；下期请使用不含宏的 .xlsx")),
            Map.entry("required", new Rule("必填项未填", "填写该指标的本期数值；确无此项请与统计人员联系")),
            Map.entry("range", new Rule("数值超出范围", "核实数值和单位，按允许范围填写")),
            Map.entry("element_level", new Rule("指标不属于本类单位", "删除该行，或改用本单位的模板")),
            Map.entry("reporter", new Rule("单位代码有误", "核对并填写正确的单位代码")),
            Map.entry("reporter_folder", new Rule("单位与报送文件夹不一致", "把文件放入本单位代码的文件夹，或改正表内单位代码")),
            Map.entry("reporter_from_folder", new Rule("单位由文件夹确定", "在表头填写本单位代码")),
            Map.entry("period", new Rule("报告期有误", "核对并填写正确的报告期")),
            Map.entry("identity", new Rule("数值之间不相符", "核对相关指标（如分项之和应等于合计）")),
            Map.entry("jump", new Rule("与上期相比变化过大", "核实数值；确实如此请向统计人员说明原因")),
            Map.entry("no_values", new Rule("没有可入库的数值", "在“本期数值”列填写数据后重新报送")),
            Map.entry("store_failed", new Rule("入库失败", "无需修改文件，请联系统计人员")));

    private RuleNames() {
    }

    public static Rule of(String id) {
        Rule r = id == null ? null : RULES.get(id);
        return r != null ? r : new Rule("其他检查（" + id + "）", "按说明修改");
    }

    public static String name(String id) {
        return of(id).name();
    }
}
