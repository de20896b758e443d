package io.hqd.ingest.validate;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hqd.ingest.read.ReadCell;
import io.hqd.ingest.template.ReporterType;

/**
 * One reporter's figures for one period, as read, before validation. {@code folderCode} is the
 * inbox sub-folder the file sat in when that folder is named like a reporter code, else null;
 * {@code statedName} the reporter name the file wrote (kept to say which name was not recognised).
 */
public record Submission(ReporterType type, String reporterCode, String periodCode, List<ReadCell> cells,
                         String folderCode, String statedName) {

    public Submission(ReporterType type, String reporterCode, String periodCode, List<ReadCell> cells, String folderCode) {
        this(type, reporterCode, periodCode, cells, folderCode, null);
    }

    /** Readable values by element (first cell per element). */
    public Map<String, ReadCell> values() {
        Map<String, ReadCell> out = new LinkedHashMap<>();
        for (ReadCell c : cells) {
            if (c.value() != null) {
                out.putIfAbsent(c.element(), c);
            }
        }
        return out;
    }

    public BigDecimal value(String element) {
        ReadCell c = values().get(element);
        return c == null ? null : c.value();
    }
}
