package io.hqd.demo;

/**
 * The mistakes real submissions contain; the demo injects each of them into about one file in twenty. Among them,
 * the partial-data cases evaluation must mark: a rejected half of a ratio (TEXT_IN_NUMBER), a stock whose latest
 * quarter is missing (LATEST_QUARTER_UNREADABLE), a partly accepted correction (PARTLY_ACCEPTED_CORRECTION); the
 * incomplete comparison year is the demo's own first year, which starts in its third quarter.
 */
public enum DefectKind {
    TEXT_IN_NUMBER("数字栏填了文字", "该单元格被拒，需重报"),
    NUMERATOR_EXCEEDS_DENOMINATOR("分子大于分母", "校验不通过"),
    MISSING_REQUIRED("必填项缺失", "校验不通过"),
    WRONG_CODE("机构代码填错", "退回：代码不在名录中"),
    LATE("逾期报送", "接收但标记逾期"),
    DUPLICATE("重复文件（内容相同、文件名不同）", "识别为重复，不重复入库"),
    CORRECTED_RESUBMISSION("更正后重报", "更正文件取代原文件"),
    NOT_A_WORKBOOK("不是 Excel 工作簿", "退回：无法读取"),
    PARTLY_ACCEPTED_CORRECTION("更正文件有一格填错", "更正文件生效；被拒单元格沿用原文件数值并标注，直至有效更正"),
    LATEST_QUARTER_UNREADABLE("最新季度文件无法读取", "退回；存量指标不沿用上季度数值，按无数据计并标注暂定");

    private final String label;
    private final String expected;

    DefectKind(String label, String expected) {
        this.label = label;
        this.expected = expected;
    }

    /** What the defect is, in the words of the receipt reader. */
    public String label() { return label; }

    /** What hqd is expected to do with it. */
    public String expected() { return expected; }
}
