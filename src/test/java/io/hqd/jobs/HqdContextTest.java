package io.hqd.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;

/** The context of every command names its components instead of scanning for them: the list must miss none. */
class HqdContextTest {

    @Test
    void everyComponentOutsideTheWebSideIsImported() {
        var scanner = new ClassPathScanningCandidateComponentProvider(true);
        Set<String> components = scanner.findCandidateComponents("io.hqd").stream().map(b -> b.getBeanClassName())
                .filter(name -> !name.startsWith("io.hqd.web.") && !name.equals(HqdApplication.class.getName()))
                .collect(Collectors.toSet());
        Set<String> imported = Arrays.stream(HqdApplication.class.getAnnotation(Import.class).value())
                .map(Class::getName).collect(Collectors.toSet());

        assertThat(components).isNotEmpty();
        assertThat(imported).isEqualTo(components);
    }
}
