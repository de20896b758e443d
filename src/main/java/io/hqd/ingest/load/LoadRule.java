package io.hqd.ingest.load;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;

/** What deciding and storing a file can find, each with its stored rule id, Chinese name, severity and what to do. */
public enum LoadRule {
    IDENTITY_CONFLICT(IdentityCheck.CONFLICT, "标题或文件名与报告期不一致且会覆盖已接收数据", Severity.ERROR,
            "使用对应季度、对应单位的模板重新填报；确是更正时把标题和文件名改为一致"),
    IDENTITY_STALE(IdentityCheck.STALE, "标题或文件名与报告期不一致", Severity.WARNING, "核对这些数字属于哪个季度；不是时用对应模板重报"),
    REPORTER_FROM_FOLDER("reporter_from_folder", "按文件夹认定报送单位", Severity.WARNING, "在表内填写机构代码"),
    NO_VALUES("no_values", "没有可入库的数值", Severity.ERROR, "在「本期数值」列填写本期数字后重新报送"),
    STORE_FAILED("store_failed", "入库失败", Severity.ERROR, "无需操作，系统下次运行时重新处理");

    public final String id;
    public final String label;
    public final Severity severity;
    public final String todo;

    LoadRule(String id, String label, Severity severity, String todo) {
        this.id = id;
        this.label = label;
        this.severity = severity;
        this.todo = todo;
    }

    Finding file(String message) {
        return Finding.file(id, severity, message);
    }
}
