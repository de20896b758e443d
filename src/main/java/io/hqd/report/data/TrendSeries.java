package io.hqd.report.data;

import java.util.List;

/** One key indicator of the pack's region over recent quarters, beside the targets' values and path. */
public record TrendSeries(IndicatorMeta indicator, List<String> periods, List<Double> values,
                          List<Reference> references) {

    /** A target line: constant target value, or the progress path where the evaluation gave one per quarter. */
    public record Reference(String label, List<Double> values) {
    }
}
