package io.hqd.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * After an admin's reset the person may do nothing but set a new password: every page and download sends them
 * to the password page until they have. Read from the account on each request, so the change takes effect at once.
 */
@Component
public class PasswordChangeGate implements HandlerInterceptor, WebMvcConfigurer {
    static final String PAGE = "/account/password";
    private final WebDatabase db;

    public PasswordChangeGate(WebDatabase db) {
        this.db = db;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns(PAGE, "/login", "/logout", "/css/**", "/error", "/actuator/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedIn me && new Accounts(db.dsl()).mustChangePassword(me.username())) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return false;
        }
        return true;
    }
}
