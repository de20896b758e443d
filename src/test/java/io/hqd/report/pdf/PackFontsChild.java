package io.hqd.report.pdf;

import java.awt.Font;
import java.util.Locale;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;

/** Loads the packs' fonts as a report run does, says so, and stays alive until its input closes. */
public final class PackFontsChild {
    private PackFontsChild() {
    }

    public static void main(String[] args) throws Exception {
        FontUtil fonts = FontUtil.getInstance(DefaultJasperReportsContext.getInstance());
        for (int style : new int[] {Font.PLAIN, Font.BOLD}) {
            Font font = fonts.getAwtFontFromBundles("HQD Sans", style, 9f, Locale.CHINA, false);
            System.out.println(font.getFontName() + " " + font.canDisplayUpTo("医院质量评价"));
        }
        System.out.println("ready");
        System.out.flush();
        System.in.read();
    }
}
