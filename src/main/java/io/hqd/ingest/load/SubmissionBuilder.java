package io.hqd.ingest.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.hqd.ingest.Finding;
import io.hqd.ingest.Severity;
import io.hqd.ingest.read.ReadCell;
import io.hqd.ingest.read.ReadResult;
import io.hqd.ingest.template.ReporterType;
import io.hqd.ingest.validate.Submission;
import io.hqd.ingest.validate.ValidationContext;
import io.hqd.ingest.validate.Validator;

/**
 * Turns what was read from a file into validated submissions: one per reporter (several for a
 * county-consolidated table), each with its status, the values that load and its findings.
 */
final class SubmissionBuilder {
    static final Pattern HOSPITAL_CODE = Pattern.compile("H\\d{8}");
    static final Pattern REGION_CODE = Pattern.compile("\\d{6}");

    private final IngestReference ref;

    SubmissionBuilder(IngestReference ref) {
        this.ref = ref;
    }

    List<LoadedSubmission> build(Received r, ReadResult read, String folderCode, List<Finding> fileFindings) {
        Map<String, List<ReadCell>> byReporter = new LinkedHashMap<>();
        for (ReadCell c : read.cells()) {
            byReporter.computeIfAbsent(c.hospital() == null ? "" : c.hospital(), k -> new ArrayList<>()).add(c);
        }
        if (byReporter.isEmpty()) {
            byReporter.put("", List.of());
        }
        boolean consolidated = !byReporter.containsKey("") || byReporter.size() > 1;
        List<io.hqd.ingest.read.Evidence> fromName = IdentityCheck.fileName(r.originalName());
        List<LoadedSubmission> out = new ArrayList<>();
        for (Map.Entry<String, List<ReadCell>> e : byReporter.entrySet()) {
            String rowReporter = e.getKey().isEmpty() ? null : e.getKey();
            List<Finding> findings = new ArrayList<>();
            for (Finding f : read.findings()) {
                boolean fileLevel = f.sheet() == null && f.cell() == null;
                if (!fileLevel && (rowReporter == null ? f.hospital() == null : rowReporter.equals(f.hospital()))) {
                    findings.add(f);
                }
            }
            String reporter = rowReporter != null ? rowReporter : read.reporterCode();
            if (reporter == null && folderCode != null && !consolidated) {
                reporter = folderCode;
                findings.add(LoadRule.REPORTER_FROM_FOLDER.file(
                        "文件中没有写明单位代码，按所在文件夹「" + folderCode + "」认定报送单位"));
            }
            if (reporter != null && reporter.startsWith(ReadCell.UNRESOLVED)) {
                findings.add(Finding.file("reporter", Severity.ERROR, "「" + reporter.substring(1)
                        + "」不在机构名录中，无法确定机构代码，该行数据未入库。请在该行填写名录中的机构代码或全称").withHospital(reporter.substring(1)));
                reporter = null;
            }
            if (fileFindings.stream().noneMatch(Finding::blocksFile)) {
                findings.addAll(IdentityCheck.check(read, fromName, consolidated ? null : reporter, read.period(), ref::hasDataInForce));
            }
            String folder = consolidated ? null : folderCode;
            if (folder != null && reporter != null && !folder.equals(reporter) && ref.within(reporter, folder)) {
                folder = null; // forwarded by the bureau of the hospital's own county or city
            }
            out.add(one(r, read, reporter, folder, e.getValue(), findings, fileFindings,
                    consolidated && rowReporter != null ? r.sha256() + "/" + rowReporter : r.sha256()));
        }
        return out;
    }

    private LoadedSubmission one(Received r, ReadResult read, String reporter, String folderCode, List<ReadCell> cells,
                                 List<Finding> findings, List<Finding> fileFindings, String id) {
        ReporterType type = type(read, reporter);
        Submission s = new Submission(type, reporter, read.period(), cells, folderCode, read.reporterName());
        ValidationContext ctx = ref.validationContext(reporter);
        findings.addAll(Validator.validate(s, ctx));
        Set<String> blocked = new HashSet<>();
        boolean fileBlocked = fileFindings.stream().anyMatch(Finding::blocksFile);
        for (Finding f : findings) {
            if (f.isError() && f.element() != null) {
                blocked.add(f.element());
            }
            fileBlocked |= f.blocksFile();
        }
        List<ReadCell> values = fileBlocked ? List.of()
                : s.values().values().stream().filter(c -> !blocked.contains(c.element())).toList();
        Status status;
        if (fileBlocked) {
            status = Status.REJECTED;
        } else if (values.isEmpty()) {
            status = Status.REJECTED;
            findings.add(LoadRule.NO_VALUES.file("文件中没有可以入库的数值。请在「本期数值」列填写本期数字后重新报送"));
        } else {
            status = findings.stream().anyMatch(Finding::isError) ? Status.PARTIAL : Status.ACCEPTED;
        }
        ValidationContext.PeriodState p = read.period() == null ? null : ctx.periods().get(read.period());
        boolean late = p != null && r.receivedAt().toLocalDate().isAfter(p.dueDate());
        boolean afterLock = p != null && p.locked();
        return new LoadedSubmission(id, type, reporter, p == null ? null : read.period(), status, late, afterLock,
                read.templateVersion(), values, findings);
    }

    private ReporterType type(ReadResult read, String reporter) {
        if (read.reporterType() != null && read.cells().stream().allMatch(c -> c.hospital() == null)) {
            return ReporterType.fromDb(read.reporterType());
        }
        if (reporter == null) {
            return ReporterType.HOSPITAL;
        }
        if (ref.isRegion(reporter) || (!ref.isHospital(reporter) && REGION_CODE.matcher(reporter).matches())) {
            return ReporterType.REGION;
        }
        return ReporterType.HOSPITAL;
    }
}
