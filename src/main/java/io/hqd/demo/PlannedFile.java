package io.hqd.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.hqd.catalog.Indicator;
import io.hqd.warehouse.Periods;

/**
 * One file the demo puts into the inbox: what it claims to be (reporter code and name as written in
 * it, period, elements and values), how it arrives (relative path, arrival time) and which defect,
 * if any, it carries.
 *
 * @param path     relative to the inbox, e.g. {@code H51180001/雅安市人民医院2026年第三季度报表.xlsx}
 * @param hospital true for a hospital's report, false for a county/city bureau's
 * @param content  WORKBOOK (a filled template), TEXT (not a workbook) or COPY (bytes of {@code copyOf})
 * @param role     for multi-file defects: 原文件 / 更正 / 副本; blank otherwise
 */
public record PlannedFile(String path, boolean hospital, String reporterCode, String trueReporterCode,
                          String reporterName, Periods period, List<Indicator> elements, Map<String, Object> values,
                          Instant arrival, Content content, String copyOf, DefectKind defect, String role, String detail) {

    public enum Content { WORKBOOK, TEXT, COPY }
}
