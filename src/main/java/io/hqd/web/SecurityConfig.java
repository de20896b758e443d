package io.hqd.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Login required for every page and download except the login page, the style sheet and the health check;
 * each area for its roles; CSRF tokens on every form (Spring Security's default, kept on).
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    @Bean
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/actuator/health", "/error").permitAll()
                        .requestMatchers("/hospital/**").hasRole("HOSPITAL")
                        .requestMatchers("/county/**").hasRole("COUNTY")
                        .requestMatchers("/city/**").hasAnyRole("CITY", "ADMIN")
                        .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/audit/**").hasAnyRole("ADMIN", "CITY")
                        .requestMatchers("/milestones/**").hasAnyRole("COUNTY", "CITY", "ADMIN", "VIEWER")
                        .requestMatchers(HttpMethod.POST, "/runs/**").hasAnyRole("CITY", "ADMIN")
                        .requestMatchers("/runs/**", "/reports/**").hasAnyRole("CITY", "ADMIN", "VIEWER", "COUNTY")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?error").permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Accounts.ENCODER;
    }

    @Bean
    UserDetailsService accounts(WebDatabase db) {
        return username -> {
            SignedIn a = new Accounts(db.dsl()).find(username);
            if (a == null) {
                throw new UsernameNotFoundException(username);
            }
            return a;
        };
    }

    /** Sign-ins and failed attempts go to the audit trail like every other action. */
    @Configuration
    static class SignInAudit {
        private final Audit audit;

        SignInAudit(Audit audit) {
            this.audit = audit;
        }

        @EventListener
        void success(AuthenticationSuccessEvent e) {
            audit.record(e.getAuthentication().getName(), "登录", null, null);
        }

        @EventListener
        void failure(AbstractAuthenticationFailureEvent e) {
            audit.record(String.valueOf(e.getAuthentication().getName()), "登录失败", null, null);
        }
    }
}
