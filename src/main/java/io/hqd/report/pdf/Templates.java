package io.hqd.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The pack's JRXML templates (classpath {@code reports/*.jrxml}), compiled once per JVM and cached.
 * Compiled .jasper files are never loaded: deserialising them is unsafe, and compiling takes a second.
 */
@Component
public class Templates {
    public static final String[] NAMES = {"cover", "conclusions", "summary", "counties", "hospitals", "hospital", "shares",
            "trends", "completeness", "changes", "notes", "milestones", "hospitalMilestones"};
    private static final Map<String, JasperReport> CACHE = new ConcurrentHashMap<>();

    public JasperReport get(String name) {
        return CACHE.computeIfAbsent(name, Templates::compile);
    }

    /** Compiles every template now, so a broken template fails the step before any file is written. */
    public void compileAll() {
        java.util.Arrays.stream(NAMES).parallel().forEach(this::get); // javac per template: use both cores
    }

    private static JasperReport compile(String name) {
        String path = "reports/" + name + ".jrxml";
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("缺少报表模板 " + path);
            }
            return JasperCompileManager.compileReport(in);
        } catch (JRException | IOException e) {
            throw new IllegalStateException("报表模板 " + path + " 编译失败：" + e.getMessage(), e);
        }
    }
}
