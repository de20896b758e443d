package io.hqd.ingest.read;

import java.util.List;
import java.util.Map;

import io.hqd.catalog.Indicator;

/**
 * What the reader knows besides the workbook: the catalog's elements (to recognise labels) and the
 * registry's names (to turn a reporter name into a code). Built once per run, shared by every file.
 */
public final class ReadContext {
    private final NameMatcher matcher;
    private final Map<String, String> reporterCodeByName;

    public ReadContext(List<Indicator> elements, Map<String, String> reporterCodeByName) {
        this.matcher = new NameMatcher(elements);
        this.reporterCodeByName = Map.copyOf(reporterCodeByName);
    }

    public NameMatcher matcher() {
        return matcher;
    }

    /** The registry code of a reporter named exactly so (after normalisation), or null. */
    public String reporterCode(String name) {
        return name == null ? null : reporterCodeByName.get(NumberText.normalize(name));
    }
}
