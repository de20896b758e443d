package io.hqd.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step (pom.xml, phase process-classes): compiles every {@code reports/*.jrxml} into a {@code .jasper}
 * beside it, so the installed product renders with a plain Java runtime and never needs the JDK's compiler.
 * Run by Maven only; {@link Templates} loads what it writes.
 */
public final class TemplateCompiler {
    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path dir = Path.of(args[0]);
        List<Path> sources;
        try (Stream<Path> files = Files.list(dir)) {
            sources = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
        if (sources.isEmpty()) {
            throw new IllegalStateException("no .jrxml templates in " + dir);
        }
        for (Path jrxml : sources) {
            Path jasper = jrxml.resolveSibling(jrxml.getFileName().toString().replace(".jrxml", ".jasper"));
            JasperCompileManager.compileReportToFile(jrxml.toString(), jasper.toString());
        }
        System.out.println("compiled " + sources.size() + " report templates in " + dir);
    }
}
