package io.hqd.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.hqd.home.HqdHome;
import io.hqd.jobs.HqdApplication;

/**
 * The context of {@code hqd serve}: hqd's own context (warehouse, jobs, catalog) plus Spring MVC, Spring
 * Security, Thymeleaf and Actuator, in one process that owns the warehouse. No other command starts it.
 */
@Configuration
@EnableAutoConfiguration
@Import(HqdApplication.class)
@ComponentScan(basePackageClasses = WebApplication.class)
public class WebApplication {

    /** Defaults a home's hqd.properties (or the command line) may override. */
    static Map<String, Object> defaults(HqdHome home) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("hqd.home", home.root().toString());
        p.put("spring.config.import", "optional:file:" + home.settings());
        p.put("server.address", "127.0.0.1");
        p.put("server.port", "8080");
        p.put("server.servlet.session.timeout", "30m");
        p.put("server.servlet.session.cookie.http-only", "true");
        p.put("server.servlet.session.cookie.same-site", "strict");
        p.put("server.error.include-stacktrace", "never");
        p.put("server.error.whitelabel.enabled", "false");
        p.put("spring.servlet.multipart.max-file-size", "20MB");
        p.put("spring.servlet.multipart.max-request-size", "21MB");
        p.put("spring.thymeleaf.cache", "true");
        p.put("spring.main.banner-mode", "off");
        p.put("management.endpoints.web.exposure.include", "health,metrics");
        p.put("management.endpoint.health.show-details", "when-authorized");
        p.put("management.endpoint.health.roles", "ADMIN");
        p.put("logging.level.root", "WARN");
        p.put("logging.level.io.hqd", "INFO");
        p.put("logging.pattern.console", "%d{HH:mm:ss} %-5level %msg%n");
        p.put("hqd.time-zone", "Asia/Shanghai");
        return p;
    }

    /** Starts the server on a home; {@code overrides} win over the home's settings (tests pick a free port). */
    public static ConfigurableApplicationContext start(HqdHome home, Map<String, Object> overrides) {
        home.ensureLayout();
        Map<String, Object> props = defaults(home);
        SpringApplicationBuilder b = new SpringApplicationBuilder(WebApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(props);
        // Command-line style arguments take precedence over hqd.properties, defaults do not.
        String[] args = overrides.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return b.run(args);
    }
}
