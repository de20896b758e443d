package io.hqd.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;

import io.hqd.report.ReportRun;
import io.hqd.warehouse.Periods;

/** A run's parameters as the run page shows them: words and names, not parameter keys and codes. */
final class RunParametersText {
    /** One line of the run page: what it is and its value in words. */
    record Line(String label, String value) {
    }

    private RunParametersText() {
    }

    static List<Line> of(JobParameters p, Orgs orgs) {
        List<Line> lines = new ArrayList<>();
        String period = p.getString("period");
        if (period != null) {
            lines.add(new Line("报告期", periodWords(period)));
        }
        String scope = p.getString("scope");
        if (scope != null) {
            lines.add(new Line("范围", scopeWords(scope, orgs)));
        }
        String hospital = p.getString(ReportRun.HOSPITAL);
        if (hospital != null) {
            lines.add(new Line("医疗机构", orgs.name(hospital) + "（" + hospital + "）"));
        }
        String inbox = p.getString("inbox");
        if (inbox != null) {
            lines.add(new Line("收件箱", inbox));
        }
        String run = p.getString("run");
        if (run != null) {
            lines.add(new Line("运行编号", run));   // the key files, logs and `hqd runs` use
        }
        return lines;
    }

    static String scopeWords(String scope, Orgs orgs) {
        if (scope == null || scope.isBlank()) {
            return "";
        }
        if (scope.equals("all")) {
            return "全部";
        }
        String name = orgs.name(scope);
        return name.equals(scope) ? scope : name + "（" + scope + "）";
    }

    private static String periodWords(String code) {
        try {
            return Periods.parse(code).label();
        } catch (RuntimeException e) {
            return code;
        }
    }
}
