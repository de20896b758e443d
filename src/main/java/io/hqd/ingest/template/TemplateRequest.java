package io.hqd.ingest.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.hqd.catalog.Indicator;
import io.hqd.warehouse.Periods;

/**
 * What one submission template is for: reporter, period, the elements asked for, last period's values,
 * and the health commission that issues the form (printed as its 制定机关; null when not known).
 */
public record TemplateRequest(ReporterType type, String reporterCode, String reporterName,
                              Periods period, List<Indicator> elements,
                              Map<String, BigDecimal> previousValues, List<MilestoneSheet.Item> milestones,
                              String issuer) {
    public TemplateRequest {
        elements = List.copyOf(elements);
        previousValues = previousValues == null ? Map.of() : Map.copyOf(previousValues);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** A template without qualitative commitments (no 规划任务 sheet). */
    public TemplateRequest(ReporterType type, String reporterCode, String reporterName, Periods period,
                           List<Indicator> elements, Map<String, BigDecimal> previousValues) {
        this(type, reporterCode, reporterName, period, elements, previousValues, List.of(), null);
    }

    /** Issued by an unnamed commission (the form prints a generic 制定机关). */
    public TemplateRequest(ReporterType type, String reporterCode, String reporterName, Periods period,
                           List<Indicator> elements, Map<String, BigDecimal> previousValues,
                           List<MilestoneSheet.Item> milestones) {
        this(type, reporterCode, reporterName, period, elements, previousValues, milestones, null);
    }

    public TemplateRequest withIssuer(String commission) {
        return new TemplateRequest(type, reporterCode, reporterName, period, elements, previousValues, milestones, commission);
    }

    /** Stable id written into the template, so a returned file names what it was issued for. */
    public String templateId() {
        return "HQD-" + type.name().charAt(0) + "-" + reporterCode + "-" + period.code() + "-" + SubmissionTemplate.VERSION;
    }
}
