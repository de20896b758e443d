package io.hqd.ingest.read;

/**
 * One statement a file makes about whose figures it holds and for which quarter. {@code reporter} is the
 * registry code the statement resolves to (null when it names no known reporter), {@code period} the
 * quarter code (null when it states none), {@code text} what was actually written, {@code where} the
 * sheet!cell or the file name it came from.
 */
public record Evidence(Source source, String where, String text, String reporter, String period) {

    /** Structured sources are cells made to hold identity; soft ones are prose a clerk edits freely (or forgets to). */
    public enum Source {
        TEMPLATE("模板隐藏信息", true),
        CODE_CELL("机构代码单元格", true),
        NAME_CELL("单位名称单元格", true),
        PERIOD_CELL("报告期单元格", true),
        TITLE("标题", false),
        FILE_NAME("文件名", false);

        public final String label;
        public final boolean structured;

        Source(String label, boolean structured) {
            this.label = label;
            this.structured = structured;
        }
    }

    /** How the statement reads in a message: 「机构代码单元格 填报表!C2 写的是 H51040002」. */
    public String describe() {
        return source.label + (where == null ? "" : "（" + where + "）") + "写的是「" + text + "」";
    }
}
