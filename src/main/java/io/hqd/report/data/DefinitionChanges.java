package io.hqd.report.data;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Says when a comparison spans a change of an indicator's definition (人员支出/业务支出 became 人员经费/医疗活动费用 in
 * 2020): a target judged from a baseline year before the change against a period after it compares two 口径.
 */
public final class DefinitionChanges {
    /** One version of an indicator's definition, valid from a year (null: from the start). */
    public record Version(String name, String version, Integer validFrom, String definition) {
    }

    private DefinitionChanges() {
    }

    /**
     * The note for a comparison from {@code fromYear} to {@code toYear}, if a version starts after {@code fromYear}
     * and no later than {@code toYear}.
     */
    public static Optional<String> crossing(List<Version> versions, int fromYear, int toYear) {
        List<Version> ordered = versions.stream()
                .sorted(Comparator.comparing((Version v) -> v.validFrom() == null ? Integer.MIN_VALUE : v.validFrom()))
                .toList();
        for (int i = 1; i < ordered.size(); i++) {
            Version before = ordered.get(i - 1);
            Version after = ordered.get(i);
            if (after.validFrom() != null && after.validFrom() > fromYear && after.validFrom() <= toYear) {
                return Optional.of("口径变化：自" + after.validFrom() + "年起按“" + after.name() + "”（" + after.version() + "："
                        + after.definition() + "）计算，此前为“" + before.name() + "”（" + before.version() + "："
                        + before.definition() + "）；" + fromYear + "年与" + toYear + "年的数值口径不同，比较时请注意。");
            }
        }
        return Optional.empty();
    }
}
