package io.hqd.ingest.read;

import java.util.List;
import java.util.Objects;

/** One sheet as read on its own, before the workbook reader decides whether it holds the report. */
record SheetRead(String name, boolean hidden, boolean template, TableSheetReader.Layout layout, boolean hasText,
                 Collector collector, List<Evidence> evidence) {

    boolean isTable() {
        return layout == TableSheetReader.Layout.TABLE || layout == TableSheetReader.Layout.TEMPLATE;
    }

    /** The quarter this sheet states: its 报告期 cell, else a quarter in its title; null when it states none or several. */
    String period() {
        List<String> labelled = evidence.stream().filter(e -> e.source() == Evidence.Source.PERIOD_CELL)
                .map(Evidence::period).distinct().toList();
        if (!labelled.isEmpty()) {
            return labelled.size() == 1 ? labelled.get(0) : null;
        }
        List<String> titled = evidence.stream().filter(e -> e.source() == Evidence.Source.TITLE && e.period() != null)
                .map(Evidence::period).distinct().toList();
        return titled.size() == 1 ? titled.get(0) : null;
    }

    /** The reporters this sheet's code and name cells resolve to (a name the registry does not know resolves to none). */
    List<String> reporters() {
        return evidence.stream().filter(e -> e.source().structured && e.reporter() != null)
                .map(Evidence::reporter).filter(Objects::nonNull).distinct().toList();
    }

    /** Whether this sheet's values already carry a hospital per row (a county's consolidated table). */
    boolean perRow() {
        return collector.rawCells().stream().anyMatch(c -> c.hospital() != null);
    }
}
