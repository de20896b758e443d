package io.hqd.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.FontUtil;

/**
 * The packs' fonts are read from files: a run leaves no temporary font copy behind even when it is killed, and only
 * hqd's own family is registered (the font jar's own registrations loaded every face four more times).
 */
class PackFontsTest {
    @TempDir
    Path dir;

    @Test
    void onlyHqdSansIsRegisteredWithANormalAndAMediumFace() {
        List<FontFamily> families = DefaultJasperReportsContext.getInstance().getExtensions(FontFamily.class);
        // the second is JasperReports' own 5.9 KB icon font, declared in its core jar
        assertThat(families).extracting(FontFamily::getName).containsExactly("HQD Sans", "JasperReports Icons");
        var info = FontUtil.getInstance(DefaultJasperReportsContext.getInstance()).getFontInfo("HQD Sans", Locale.CHINA);
        assertThat(info.getFontFamily().getNormalFace().getName()).isEqualTo("思源黑体正常");
        assertThat(info.getFontFamily().getBoldFace().getName()).isEqualTo("思源黑体中粗");
        assertThat(info.getFontFamily().getNormalFace().getTtf()).isEqualTo(PackFontsRegistryFactory.NORMAL);
    }

    @Test
    void aRunHoldingTheFontsHasNoTemporaryCopyOfThem() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                PackFontsChild.class.getName()).redirectErrorStream(true).start();
        List<String> said = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
             OutputStream in = child.getOutputStream()) {
            for (String line = out.readLine(); line != null && !line.equals("ready"); line = out.readLine()) {
                said.add(line);
            }
            // the child is alive and holds both faces: a kill now must not strand anything in its tmpdir
            try (var files = Files.list(tmp)) {
                // JasperReports' own icon font (5.9 KB) is still copied; a face of ours would be 9 MB
                assertThat(files.filter(p -> p.getFileName().toString().startsWith("+~JF")).mapToLong(PackFontsTest::size)
                        .sum()).isLessThan(64 * 1024);
            }
            in.write('\n');
        }
        assertThat(child.waitFor()).isZero();
        assertThat(said).contains("思源黑体正常 -1", "思源黑体中粗 -1");
    }

    @Test
    void theLauncherPutsTheFontFilesBesideTheRunsTemporaryFoldersElseTheyGoPerUserInTheTemporaryFolder() {
        String given = System.getProperty("hqd.fonts.dir");
        try {
            System.setProperty("hqd.fonts.dir", dir.resolve("fonts").toString());
            assertThat(PackFontsRegistryFactory.cacheDir()).isEqualTo(dir.resolve("fonts"));
            System.setProperty("hqd.fonts.dir", " ");
            assertThat(PackFontsRegistryFactory.cacheDir()).isEqualTo(
                    Path.of(System.getProperty("java.io.tmpdir"), "hqd-fonts-" + System.getProperty("user.name")));
        } finally {
            if (given == null) {
                System.clearProperty("hqd.fonts.dir");
            } else {
                System.setProperty("hqd.fonts.dir", given);
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFontInsideAJarIsWrittenOnceToAFixedFileAndReused() throws Exception {
        byte[] font = "not really a font, but bytes to copy".getBytes(StandardCharsets.UTF_8);
        Path jar = dir.resolve("fonts.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("f/字体.ttf"));
            zip.write(font);
        }
        URL url = URI.create("jar:" + jar.toUri() + "!/f/%E5%AD%97%E4%BD%93.ttf").toURL();
        Path cache = dir.resolve("cache");
        Path first = FontFileOnDisk.of(url, cache);
        long written = Files.getLastModifiedTime(first).toMillis();
        Path second = FontFileOnDisk.of(url, cache);
        assertThat(second).isEqualTo(first);
        assertThat(Files.readAllBytes(second)).isEqualTo(font);
        assertThat(Files.getLastModifiedTime(second).toMillis()).isEqualTo(written);
        try (var files = Files.list(cache)) {
            assertThat(files).containsExactly(first);   // no partial copy left beside it
        }
    }

    @Test
    void aFontInAClassesFolderIsUsedWhereItIs() throws Exception {
        Path file = Files.write(dir.resolve("a.ttf"), new byte[] {1, 2, 3});
        assertThat(FontFileOnDisk.of(file.toUri().toURL(), dir.resolve("cache"))).isEqualTo(file);
        assertThat(dir.resolve("cache")).doesNotExist();
    }
}
