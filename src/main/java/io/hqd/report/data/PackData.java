package io.hqd.report.data;

import java.util.List;

/** Everything one region's meeting pack and workbook show, read once from the warehouse. */
public record PackData(PackRegion region, String periodCode, String periodLabel, String dataAsOf,
                       List<EvalFact> facts, List<SummaryRow> summary, List<CountyRow> counties,
                       List<HospitalRow> hospitals, List<ShareRow> shares, List<TrendSeries> trends,
                       List<CompletenessRow> completeness, String provisionalNote, List<NoteRow> notes,
                       Changes changes, List<io.hqd.evaluate.milestone.MilestoneRow> milestones) {

    public PackData {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** A pack without qualitative commitments. */
    public PackData(PackRegion region, String periodCode, String periodLabel, String dataAsOf, List<EvalFact> facts,
                    List<SummaryRow> summary, List<CountyRow> counties, List<HospitalRow> hospitals, List<ShareRow> shares,
                    List<TrendSeries> trends, List<CompletenessRow> completeness, String provisionalNote,
                    List<NoteRow> notes, Changes changes) {
        this(region, periodCode, periodLabel, dataAsOf, facts, summary, counties, hospitals, shares, trends, completeness,
                provisionalNote, notes, changes, List.of());
    }
}
