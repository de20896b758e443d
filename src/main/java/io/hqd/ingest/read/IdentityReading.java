package io.hqd.ingest.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.hqd.ingest.Finding;

/**
 * Whose figures and which quarter, from what the workbook states. Structured statements (the template's
 * hidden identity, the code, name and 报告期 cells) must agree: when they disagree the file is refused and
 * the message quotes each reading as it was written. A title is used only when no cell states the fact;
 * a title that disagrees is left for the loader to judge (a stale title, or figures of another quarter).
 */
final class IdentityReading {

    record Result(String reporter, String period, List<Finding> refusals) {
    }

    private IdentityReading() {
    }

    static Result read(List<Evidence> evidence, boolean perSheetReporters) {
        List<Finding> refusals = new ArrayList<>();
        String reporter = perSheetReporters ? null
                : decide(evidence, Evidence::reporter, ReadRule.MANY_REPORTERS, "报送单位", refusals);
        String period = decide(evidence, Evidence::period, ReadRule.MANY_PERIODS, "报告期", refusals);
        return new Result(reporter, period, refusals);
    }

    private static String decide(List<Evidence> evidence, Function<Evidence, String> fact, ReadRule rule, String what,
                                 List<Finding> refusals) {
        Map<String, List<Evidence>> structured = group(evidence, fact, true);
        Map<String, List<Evidence>> soft = group(evidence, fact, false);
        Map<String, List<Evidence>> used = structured.isEmpty() ? soft : structured;
        if (used.size() > 1) {
            List<String> readings = new ArrayList<>();
            used.forEach((value, said) -> readings.add(said.get(0).describe()
                    + (said.get(0).text().equals(value) ? "" : "（即 " + value + "）")));
            refusals.add(rule.file("文件对" + what + "的说法不一致：" + String.join("；", readings)
                    + "。无法确定以哪个为准，整份文件未入库。" + (what.equals("报送单位")
                    ? "请使用本单位的模板填报，或把机构代码、单位名称改为一致后重新报送"
                    : "请使用该季度下发的模板填报，或把报告期改为一致后重新报送")));
            return null;
        }
        return used.isEmpty() ? null : used.keySet().iterator().next();
    }

    private static Map<String, List<Evidence>> group(List<Evidence> evidence, Function<Evidence, String> fact, boolean structured) {
        Map<String, List<Evidence>> out = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            String v = fact.apply(e);
            if (v != null && e.source().structured == structured && e.source() != Evidence.Source.FILE_NAME) {
                out.computeIfAbsent(v, k -> new ArrayList<>()).add(e);
            }
        }
        return out;
    }
}
