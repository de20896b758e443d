package io.hqd.report.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analyst's way today, run on the same files: {@code resources/bench/pandas_baseline.py} (pandas +
 * openpyxl, every sheet of every workbook concatenated into one CSV), timed as a whole process.
 */
public final class PandasBaseline {
    private static final Pattern FIGURES = Pattern.compile(
            "files=(\\d+) failed=(\\d+) rows=(\\d+) read_seconds=([\\d.]+) read_cpu_seconds=([\\d.]+) write_seconds=([\\d.]+)");

    /** Whole process, the reading alone (comparable to hqd's ingest stage), files it could not read. */
    public record Result(double wholeSeconds, double wholeCpuSeconds, double readSeconds, double readCpuSeconds,
                         long peakRssBytes, int files, int failed, long rows) {
    }

    /** Debian's interpreter, where python3-pandas and python3-openpyxl install (a pyenv python3 may shadow it on PATH). */
    static final String PYTHON = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

    private PandasBaseline() {
    }

    /** Whether python3 with pandas and openpyxl is installed (Debian: python3-pandas python3-openpyxl). */
    public static boolean available(Path scratch) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(PYTHON, "-c", "import pandas, openpyxl").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    public static Result run(Path scratch, List<Path> files) throws IOException, InterruptedException {
        Path script = scratch.resolve("pandas_baseline.py");
        try (InputStream in = PandasBaseline.class.getResourceAsStream("/bench/pandas_baseline.py")) {
            Files.write(script, in.readAllBytes());
        }
        Path list = scratch.resolve("baseline-files.txt");
        Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        Path csv = scratch.resolve("baseline.csv");
        ChildRun.Result r = ChildRun.run(scratch, List.of(PYTHON, script.toString(), list.toString(), csv.toString()));
        Matcher m = FIGURES.matcher(r.output());
        if (r.exitCode() != 0 || !m.find()) {
            throw new IllegalStateException("pandas 基线脚本失败（退出码 " + r.exitCode() + "）：" + r.output());
        }
        Files.deleteIfExists(csv);
        return new Result(r.seconds(), r.cpuSeconds(), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)),
                r.peakRssBytes(), Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
    }
}
