package io.hqd.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The pack's templates, compiled from {@code reports/*.jrxml} at build time ({@link TemplateCompiler}) and loaded
 * from the product's own jar, cached per JVM. Nothing is compiled at run time, so a plain Java runtime without
 * the JDK's compiler renders the packs. Only the jar's own {@code .jasper} files are ever loaded (never a file
 * from a home or an upload), with JasperReports 7.0.8, in which the .jasper deserialisation flaw of earlier versions is fixed (7.0.7).
 */
@Component
public class Templates {
    public static final String[] NAMES = {"cover", "conclusions", "summary", "counties", "hospitals", "hospital", "shares",
            "trends", "completeness", "changes", "notes", "milestones", "hospitalMilestones"};
    private static final Map<String, JasperReport> CACHE = new ConcurrentHashMap<>();

    public JasperReport get(String name) {
        return CACHE.computeIfAbsent(name, Templates::load);
    }

    /** Loads every template now, so a missing or broken template fails the step before any file is written. */
    public void loadAll() {
        java.util.Arrays.stream(NAMES).forEach(this::get);
    }

    private static JasperReport load(String name) {
        String path = "reports/" + name + ".jasper";
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("缺少已编译的报表模板 " + path + "（构建时由 " + name + ".jrxml 编译，请重新构建）");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (JRException | IOException | ClassCastException e) {
            throw new IllegalStateException("报表模板 " + path + " 无法读取：" + e.getMessage(), e);
        }
    }
}
