package io.hqd.web;

/** What a statistician can start from the browser, and the job each one runs. */
public enum RunKind {
    FULL("nightlyJob", "完整运行：接收收件箱新文件、评价、生成报表"),
    REPORTS("reportJob", "仅重新生成报表（基于最近一次评价结果）"),
    HOSPITAL("reportJob", "仅重新生成一家医院的报表（本院报告及所在区县的会议材料）");

    private final String job;
    private final String label;

    RunKind(String job, String label) {
        this.job = job;
        this.label = label;
    }

    public String job() { return job; }
    public String label() { return label; }
}
