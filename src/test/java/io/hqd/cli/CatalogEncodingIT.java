package io.hqd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.catalog.CatalogLoader;
import io.hqd.run.HqdProcess;

/**
 * targets.csv saved by Excel on Chinese Windows (GB18030): real hqd processes name the file and the fix once,
 * exit with 3 (environment) and print no Java stack trace, whether the catalog is checked or a job loads it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogEncodingIT {
    @TempDir
    static Path dir;
    String home;

    @BeforeAll
    void aHomeWhoseTargetsWereSavedAsGb18030() throws Exception {
        home = dir.resolve("home").toString();
        assertThat(HqdProcess.run(dir, "init", "--home", home).code()).isZero();
        Path catalog = dir.resolve("home").resolve("catalog");
        CatalogLoader.copyBundledTo(catalog);
        Path targets = catalog.resolve("targets.csv");
        String text = Files.readString(targets, StandardCharsets.UTF_8);
        Files.write(targets, text.getBytes(Charset.forName("GB18030")));
    }

    private static void namedOnceWithTheFix(HqdProcess.Result r) {
        assertThat(r.code()).as(r.output()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(r.output()).contains("targets.csv", "不是 UTF-8", "GB18030", "CSV UTF-8")
                .doesNotContain("\tat ", "Exception", "Caused by");
        assertThat(r.output().lines().filter(l -> l.contains("targets.csv")).count()).as(r.output()).isEqualTo(1);
        assertThat(r.output().lines().count()).as(r.output()).isLessThan(10);
    }

    @Test
    void catalogCheckNamesTheFileAndTheFix() throws Exception {
        HqdProcess.Result r = HqdProcess.run(dir, "catalog", "check", "--home", home);
        namedOnceWithTheFix(r);
        assertThat(r.output()).contains("计划目录有 1 处错误");
    }

    @Test
    void aJobThatLoadsTheCatalogSaysTheSameWithoutAStackTrace() throws Exception {
        namedOnceWithTheFix(HqdProcess.run(dir, "evaluate", "--home", home, "--period", "2026Q3"));
    }
}
