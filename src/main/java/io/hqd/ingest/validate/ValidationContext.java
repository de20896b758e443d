package io.hqd.ingest.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.hqd.catalog.Catalog;
import io.hqd.catalog.Indicator;
import io.hqd.ingest.template.ReporterType;
import io.hqd.ingest.template.SubmissionTemplate;
import io.hqd.warehouse.Periods;

/**
 * What rules check against: the catalog, the registry's reporters, the periods (due dates, locks),
 * the reporter's own history and the warnings statisticians have accepted.
 */
public record ValidationContext(Catalog catalog, Set<String> hospitals, Set<String> regions,
                                Map<String, PeriodState> periods, History history, Set<AcceptedKey> accepted,
                                Map<ElementsKey, Map<String, Indicator>> elementsSeen) {

    public ValidationContext(Catalog catalog, Set<String> hospitals, Set<String> regions,
                             Map<String, PeriodState> periods, History history, Set<AcceptedKey> accepted) {
        this(catalog, hospitals, regions, periods, history, accepted, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** Which elements a reporter type reports in a year: asked by every rule of every submission, so kept. */
    public record ElementsKey(ReporterType type, int year) {
    }

    public record PeriodState(String code, LocalDate dueDate, LocalDateTime lockedAt) {
        public boolean locked() {
            return lockedAt != null;
        }
    }

    /** Previous values of one reporter's element, newest first. */
    public interface History {
        List<BigDecimal> previous(String reporter, String element, String beforePeriod);
    }

    public record AcceptedKey(String reporter, String period, String element, String rule) {
    }

    /** The elements a reporter of this type reports in the submission's year, by code. */
    public Map<String, Indicator> elements(Submission s) {
        ElementsKey key = new ElementsKey(s.type() == null ? ReporterType.HOSPITAL : s.type(), Periods.parse(s.periodCode()).year());
        return elementsSeen.computeIfAbsent(key, k -> {
            Map<String, Indicator> out = new java.util.LinkedHashMap<>();
            for (Indicator i : SubmissionTemplate.elementsFor(catalog, k.type(), k.year())) {
                out.put(i.code(), i);
            }
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    public boolean isAccepted(String reporter, String period, String element, String rule) {
        return accepted.contains(new AcceptedKey(reporter, period, element, rule));
    }
}
