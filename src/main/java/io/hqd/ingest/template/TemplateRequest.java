package io.hqd.ingest.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.hqd.catalog.Indicator;
import io.hqd.warehouse.Periods;

/** What one submission template is for: reporter, period, the elements asked for and last period's values. */
public record TemplateRequest(ReporterType type, String reporterCode, String reporterName,
                              Periods period, List<Indicator> elements,
                              Map<String, BigDecimal> previousValues) {
    public TemplateRequest {
        elements = List.copyOf(elements);
        previousValues = previousValues == null ? Map.of() : Map.copyOf(previousValues);
    }

    /** Stable id written into the template, so a returned file names what it was issued for. */
    public String templateId() {
        return "HQD-" + type.name().charAt(0) + "-" + reporterCode + "-" + period.code() + "-" + SubmissionTemplate.VERSION;
    }
}
