package io.hqd.report.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;

/**
 * A font face whose AWT font is read from a file on disk (JasperReports would read it from a stream, which AWT
 * copies to a temporary file). The classpath name stays the face's ttf, from which the PDF export embeds it.
 */
final class DiskFontFace extends SimpleFontFace {
    private final Font font;

    DiskFontFace(JasperReportsContext context, String classpathName, Path file) {
        super(context);
        setTtf(classpathName, false);
        try {
            this.font = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取报表字体：" + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("报表字体文件已损坏：" + file, e);
        }
    }

    @Override
    public void loadFont() {
        // read in the constructor
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public String getName() {
        return font.getName();
    }
}
