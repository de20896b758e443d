package io.hqd.web;

import static io.hqd.warehouse.schema.ops.Tables.AUDIT_EVENT;

import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The audit trail: who did what, when and from where. Every action of the web side goes through here. */
@Component
public class Audit {
    private static final Logger log = LoggerFactory.getLogger(Audit.class);
    private final WebDatabase db;
    private final Clock clock;

    public Audit(WebDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records an action of the signed-in user. */
    public void record(String action, String target, String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        record(auth == null ? "匿名" : auth.getName(), action, target, detail);
    }

    public void record(String username, String action, String target, String detail) {
        String remote = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            remote = a.getRequest().getRemoteAddr();
        }
        db.dsl().insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.EVENT_AT, LocalDateTime.now(clock))
                .set(AUDIT_EVENT.USERNAME, username)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.TARGET, target)
                .set(AUDIT_EVENT.DETAIL, detail)
                .set(AUDIT_EVENT.REMOTE, remote)
                .execute();
        log.info("{}：{} {} {}", username, action, target == null ? "" : target, detail == null ? "" : detail);
    }
}
