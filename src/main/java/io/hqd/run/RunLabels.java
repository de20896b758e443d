package io.hqd.run;

import java.util.Map;

import org.springframework.batch.core.BatchStatus;

/** The words people see for run statuses and steps (the history keeps Spring Batch's status names). */
public final class RunLabels {
    private static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("backupWarehouse", "备份数据仓库"),
            Map.entry("checkReceipts", "核对回执"),
            Map.entry("ingest", "接收"),
            Map.entry("evaluate", "评价"),
            Map.entry("report", "报表"),
            Map.entry("refreshReference", "更新参考数据"),
            Map.entry("ingestFiles", "接收文件"),
            Map.entry("computeIndicators", "计算指标"),
            Map.entry("evaluateTargets", "评价目标"),
            Map.entry("warehouseTests", "数据校验"),
            Map.entry("renderCityPacks", "生成市级会议材料"),
            Map.entry("renderPacks", "生成县区和医院会议材料"),
            Map.entry("writeWorkbooks", "生成分析工作簿"),
            Map.entry("writeManifest", "生成分发清单"));
    private static final Map<String, String> JOBS = Map.of(
            "nightlyJob", "夜间任务", "ingestJob", "接收", "evaluateJob", "评价", "reportJob", "报表");

    private RunLabels() {
    }

    /**
     * The command that restarts a run of this job in this home, to copy as printed: the job named unless it is the
     * nightly one, and the home always (an admin reading the history of a cron run has no HQD_HOME set).
     */
    public static String restartCommand(String jobName, java.nio.file.Path home) {
        String h = home.toString();
        String quoted = h.matches("[\\w./@+:,-]+") ? h : "'" + h.replace("'", "'\\''") + "'";
        return "hqd restart" + ("nightlyJob".equals(jobName) ? "" : " --job " + jobName) + " --home " + quoted;
    }

    /** A history status (Spring Batch's name) of a run not yet ended. */
    public static boolean stillRunning(String status) {
        return "STARTED".equals(status) || "STARTING".equals(status);
    }

    public static String status(BatchStatus status) {
        return switch (status) {
            case COMPLETED -> "完成";
            case FAILED -> "失败";
            case STARTED, STARTING -> "运行中";
            case STOPPED, STOPPING -> "已停止";
            case ABANDONED -> "已放弃";
            case UNKNOWN -> "未知";
        };
    }

    /** A stored status name (ops.run.status) in words; older homes stored the words themselves. */
    public static String status(String stored) {
        try {
            return status(BatchStatus.valueOf(stored));
        } catch (IllegalArgumentException | NullPointerException e) {
            return stored == null ? "" : stored;
        }
    }

    /** Every step's words, for pages that look names up themselves. */
    public static Map<String, String> steps() {
        return STEPS;
    }

    public static String step(String name) {
        return STEPS.getOrDefault(name, name);
    }

    public static String job(String name) {
        return JOBS.getOrDefault(name, name);
    }
}
