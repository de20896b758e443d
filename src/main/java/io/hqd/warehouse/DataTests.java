package io.hqd.warehouse;

import org.jooq.DSLContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The warehouse's declared data tests, in the style of dbt: each file under
 * {@code src/main/resources/warehouse/tests/} is one query that returns the rows breaking a rule,
 * with the rule stated in Chinese on its first line. No rows = the rule holds.
 */
public final class DataTests {
    private DataTests() {
    }

    public record Result(int testsRun, List<String> failures) {
    }

    public static Result run(DSLContext dsl) {
        List<String> failures = new ArrayList<>();
        Resource[] tests = tests();
        for (Resource test : tests) {
            String sql = read(test);
            int broken = dsl.fetch(sql).size();
            if (broken > 0) {
                failures.add(rule(sql) + "（" + test.getFilename() + "，" + broken + " 行不符合）");
            }
        }
        return new Result(tests.length, failures);
    }

    static Resource[] tests() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:warehouse/tests/*.sql");
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource r) {
        try (var in = r.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rule(String sql) {
        String first = sql.lines().findFirst().orElse("");
        return first.startsWith("--") ? first.substring(2).trim() : first;
    }
}
