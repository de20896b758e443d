package io.hqd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hqd.catalog.CatalogLoader;
import io.hqd.demo.DemoRegistry;
import io.hqd.demo.DemoScope;
import io.hqd.home.HqdHome;
import io.hqd.registry.HospitalRegistry;

/** {@code hqd catalog check} against the home's hospital registry: a scope nobody matches is named by its line. */
class CatalogCheckRegistryTest {

    @TempDir
    Path dir;
    HqdHome home;

    @BeforeEach
    void homeWithRegistryAndCatalog() throws Exception {
        home = new HqdHome(dir).ensureLayout();
        Files.writeString(home.settings(), "");
        HospitalRegistry.write(home.hospitalRegistry(),
                DemoRegistry.build(CatalogLoader.loadBundled(), DemoScope.defaults(LocalDate.of(2026, 11, 29))));
        CatalogLoader.copyBundledTo(home.catalog());
    }

    private record Outcome(int code, String out) {
    }

    private Outcome check() {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code = HqdCommand.commandLine().execute("catalog", "check", "--home", dir.toString());
            return new Outcome(code, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void theShippedCatalogMatchesTheRegistry() {
        Outcome o = check();
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("已对照医院名录", "每个目标的适用范围都有医院");
    }

    @Test
    void aScopeMatchingNoHospitalIsRejectedWithItsLine() throws Exception {
        Path targets = home.catalog().resolve("targets.csv");
        var lines = Files.readAllLines(targets, StandardCharsets.UTF_8);
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("YA2022-07,")) {
                // 三级 公立 → 三级 妇幼 公立: 雅安 has no tier-3 maternal and child hospital.
                lines.set(i, lines.get(i).replace(",511800,三级,,,公立,", ",511800,三级,,妇幼,公立,"));
                line = i + 1;
            }
        }
        Files.write(targets, lines, StandardCharsets.UTF_8);
        Outcome o = check();
        assertThat(o.code()).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(o.out()).contains("第" + line + "行", "YA2022-07", "妇幼", "没有任何医院");
    }
}
