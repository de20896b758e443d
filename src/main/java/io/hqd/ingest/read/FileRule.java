package io.hqd.ingest.read;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;

/** Why a file as a whole is refused (or, for macros, loaded with a note), each with its stored rule id. */
public enum FileRule {
    TOO_LARGE("file_too_large", "文件过大", Severity.ERROR, "检查是否报错了文件；季度报表通常不到 1 MB"),
    NOT_A_WORKBOOK("file_not_workbook", "不是 Excel 工作簿", Severity.ERROR, "用 Excel 或 WPS 另存为 .xlsx 后重新报送"),
    ENCRYPTED("file_encrypted", "工作簿已加密", Severity.ERROR, "取消打开密码后重新报送"),
    ZIP_BOMB("file_zip_bomb", "疑似压缩炸弹", Severity.ERROR, "重新导出正常的 .xlsx 文件"),
    TOO_MANY_CELLS("file_dimensions", "工作表过大", Severity.ERROR, "删除多余的行列，只保留报表"),
    UNSAFE_XML("file_unsafe_xml", "含不允许的 XML 内容", Severity.ERROR, "用 Excel 重新另存为 .xlsx"),
    FORMAT_UNSUPPORTED("file_format_unsupported", "Excel 格式不受支持", Severity.ERROR,
            "在 Excel 中打开，用「另存为」选择「Excel 工作簿（.xlsx）」后重新报送"),
    CORRUPT("file_corrupt", "文件损坏", Severity.ERROR, "重新导出或另存为 .xlsx 后报送"),
    MACROS("file_macros", "含有宏", Severity.WARNING, "改用不含宏的 .xlsx 模板");

    public final String id;
    public final String label;
    public final Severity severity;
    public final String todo;

    FileRule(String id, String label, Severity severity, String todo) {
        this.id = id;
        this.label = label;
        this.severity = severity;
        this.todo = todo;
    }

    public Finding finding(String message) {
        return Finding.file(id, severity, message);
    }

    public RejectedFileException reject(String message) {
        return new RejectedFileException(finding(message));
    }

    public RejectedFileException reject(String message, Throwable cause) {
        return new RejectedFileException(finding(message), cause);
    }
}
