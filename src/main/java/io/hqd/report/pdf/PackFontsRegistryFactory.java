package io.hqd.report.pdf;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRPropertiesMap;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;
import net.sf.jasperreports.extensions.ExtensionsRegistry;
import net.sf.jasperreports.extensions.ExtensionsRegistryFactory;

/**
 * The packs' font family "HQD Sans" over the Noto Sans SC (Source Han Sans) files: bold maps to the medium weight,
 * every text embeds as CID Identity-H. Declared in code rather than a font XML so that the faces are read from files
 * (see {@link DiskFontFace}); read on the first request, so commands that draw no report never touch them.
 */
public final class PackFontsRegistryFactory implements ExtensionsRegistryFactory {
    static final String FAMILY = "HQD Sans";
    static final String NORMAL = "com/github/xingfudeshi/fonts/思源黑体正常_0.ttf";
    static final String BOLD = "com/github/xingfudeshi/fonts/思源黑体中粗.ttf";

    @Override
    public ExtensionsRegistry createRegistry(String registryId, JRPropertiesMap properties) {
        return new ExtensionsRegistry() {
            private List<FontFamily> families;

            @Override
            @SuppressWarnings("unchecked")
            public synchronized <T> List<T> getExtensions(Class<T> type) {
                if (!FontFamily.class.equals(type)) {
                    return List.of();
                }
                if (families == null) {
                    families = List.of(family(DefaultJasperReportsContext.getInstance()));
                }
                return (List<T>) families;
            }
        };
    }

    private static FontFamily family(JasperReportsContext context) {
        SimpleFontFamily family = new SimpleFontFamily(context);
        family.setName(FAMILY);
        family.setNormalFace(new DiskFontFace(context, NORMAL, onDisk(NORMAL)));
        family.setBoldFace(new DiskFontFace(context, BOLD, onDisk(BOLD)));
        family.setPdfEncoding("Identity-H");
        family.setPdfEmbedded(true);
        return family;
    }

    private static Path onDisk(String classpathName) {
        URL url = PackFontsRegistryFactory.class.getClassLoader().getResource(classpathName);
        if (url == null) {
            throw new IllegalStateException("缺少报表字体：" + classpathName);
        }
        return FontFileOnDisk.of(url, cacheDir());
    }

    /**
     * {@code hqd.fonts.dir} when the launcher gives it (beside the runs' own temporary folders, which are cleared once
     * their process is gone, so the fonts outlive them); else per user in the temporary folder, so that one user's
     * folder in a shared /tmp does not lock out another.
     */
    static Path cacheDir() {
        String given = System.getProperty("hqd.fonts.dir");
        return given != null && !given.isBlank() ? Path.of(given)
                : Path.of(System.getProperty("java.io.tmpdir"), "hqd-fonts-" + System.getProperty("user.name"));
    }
}
