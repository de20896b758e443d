package io.hqd.ingest.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;
import io.hqd.ingest.read.Evidence;
import io.hqd.ingest.read.PeriodText;
import io.hqd.ingest.read.ReadResult;

/**
 * Weighs the soft statements (titles, the file name) against the reporter and period the structured
 * cells agreed on. A title or file name that disagrees is noted as stale; but when storing the file
 * under the structured reading would replace figures already accepted for that reporter and quarter,
 * the file is refused, naming both readings: a reused template must never overwrite another quarter.
 */
final class IdentityCheck {
    static final String STALE = "identity_stale_title";
    static final String CONFLICT = "identity_conflict";
    private static final Pattern CODE_IN_NAME = Pattern.compile("H\\d{8}", Pattern.CASE_INSENSITIVE);

    /** Whether accepted figures of this reporter and period are already in force. */
    interface InForce {
        boolean has(String reporter, String period);
    }

    private IdentityCheck() {
    }

    /** The file name's own statements: a quarter or a hospital code written in it. */
    static List<Evidence> fileName(String originalName) {
        String name = originalName.substring(originalName.lastIndexOf('/') + 1);
        List<Evidence> out = new ArrayList<>();
        String p = PeriodText.find(name);
        if (p != null) {
            out.add(new Evidence(Evidence.Source.FILE_NAME, null, name, null, p));
        }
        Matcher m = CODE_IN_NAME.matcher(name);
        while (m.find()) {
            out.add(new Evidence(Evidence.Source.FILE_NAME, null, name, m.group().toUpperCase(Locale.ROOT), null));
        }
        return out;
    }

    static List<Finding> check(ReadResult read, List<Evidence> fromName, String reporter, String period, InForce inForce) {
        List<Evidence> soft = new ArrayList<>(read.evidence().stream().filter(e -> !e.source().structured).toList());
        soft.addAll(fromName);
        List<Evidence> otherPeriod = soft.stream().filter(e -> e.period() != null && period != null && !e.period().equals(period)).toList();
        List<Evidence> otherReporter = soft.stream()
                .filter(e -> e.reporter() != null && reporter != null && !e.reporter().equals(reporter)).toList();
        if (otherPeriod.isEmpty() && otherReporter.isEmpty()) {
            return List.of();
        }
        List<String> said = new ArrayList<>();
        otherPeriod.forEach(e -> said.add(e.describe() + "（即 " + e.period() + "）"));
        otherReporter.forEach(e -> said.add(e.describe() + "（即 " + e.reporter() + "）"));
        String cells = "而报告期和机构代码单元格写的是 " + reporter + " 的 " + period;
        if (reporter != null && period != null && inForce.has(reporter, period)) {
            return List.of(LoadRule.IDENTITY_CONFLICT.file(String.join("；", said) + "，" + cells + "。" + reporter + " 的 "
                    + period + " 已有已接收的数据，按单元格入库会覆盖它们，因此整份文件未入库。如果这是其他季度或其他单位的数字，"
                    + "请使用对应的模板重新填报；如果确是 " + period + " 的更正，请把标题和文件名改为一致后重新报送"));
        }
        return List.of(LoadRule.IDENTITY_STALE.file(String.join("；", said) + "，" + cells + "。已按单元格的 "
                + period + " 入库；如果这些不是 " + period + " 的数字，请使用对应的模板重新报送"));
    }
}
