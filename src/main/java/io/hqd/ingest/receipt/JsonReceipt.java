package io.hqd.ingest.receipt;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hqd.ingest.Finding;
import io.hqd.ingest.load.FileOutcome;
import io.hqd.ingest.load.LoadedSubmission;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The machine-readable receipt: file, hash, reporter, period, status and every finding with its cell. */
final class JsonReceipt {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonReceipt() {
    }

    static void write(FileOutcome o, Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        List<LoadedSubmission> subs = o.submissions();
        LoadedSubmission first = subs.isEmpty() ? null : subs.get(0);
        root.put("file", o.received().originalName());
        root.put("sha256", o.received().sha256());
        root.put("received_at", o.received().receivedAt().toString());
        root.put("reporter", subs.size() == 1 && first.reporterCode() != null ? first.reporterCode() : null);
        root.put("period", first == null ? null : first.periodCode());
        root.put("status", o.status().dbValue());
        root.put("status_label", o.status().label);
        root.put("late", subs.stream().anyMatch(LoadedSubmission::late));
        root.put("after_lock", subs.stream().anyMatch(LoadedSubmission::afterLock));
        root.put("values_loaded", subs.stream().mapToInt(s -> s.values().size()).sum());
        List<Map<String, Object>> submissions = new ArrayList<>();
        for (LoadedSubmission s : subs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("submission_id", s.submissionId());
            m.put("reporter", s.reporterCode());
            m.put("period", s.periodCode());
            m.put("status", s.status().dbValue());
            m.put("values_loaded", s.values().size());
            submissions.add(m);
        }
        root.put("submissions", submissions);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : o.allFindings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sheet", f.sheet());
            m.put("cell", f.cell());
            m.put("rule", f.rule());
            m.put("severity", f.severity().dbValue());
            m.put("message", f.message());
            m.put("value", f.valueSeen());
            m.put("element", f.element());
            if (f.hospital() != null) {
                m.put("hospital", f.hospital());
            }
            findings.add(m);
        }
        root.put("findings", findings);
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.writeValue(out, root);
        }
    }
}
