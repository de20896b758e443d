package io.hqd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The bundle's launcher run where there is no bundle (dist/bin/hqd in the source tree, no hqd.jar beside bin/) says in
 * one Chinese sentence what to run instead and exits 3 (environment unusable), never Java's English "Unable to access
 * jarfile".
 */
class LauncherOutsideBundleTest {

    @Test
    void theShippedLauncherInTheSourceTreeSaysWhereTheBundleComesFrom() throws Exception {
        assertThat(Path.of("dist/hqd.jar")).doesNotExist();
        Process p = new ProcessBuilder("bash", "dist/bin/hqd", "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(out).contains("没有 hqd.jar", "./hqd", "mvn package").doesNotContain("Error", "jarfile");
        assertThat(out.strip().lines()).hasSize(1);
        assertThat(Files.readString(Path.of("dist/bin/hqd.bat"))).as("the Windows launcher says the same")
                .contains("没有 hqd.jar", "exit /b 3");
    }
}
