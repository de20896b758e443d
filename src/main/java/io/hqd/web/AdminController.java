package io.hqd.web;

import static io.hqd.warehouse.schema.ops.Tables.AUDIT_EVENT;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts (admin) and the audit page (admin and city statisticians). */
@Controller
public class AdminController {
    private final WebDatabase db;
    private final Orgs orgs;
    private final Audit audit;
    private final Clock clock;

    public AdminController(WebDatabase db, Orgs orgs, Audit audit, Clock clock) {
        this.db = db;
        this.orgs = orgs;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/accounts")
    String accounts(Model model) {
        model.addAttribute("accounts", new Accounts(db.dsl()).all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("orgs", orgs);
        return "accounts";
    }

    @PostMapping("/admin/accounts")
    String add(@RequestParam String username, @RequestParam String displayName, @RequestParam String role,
               @RequestParam(required = false) String org, @RequestParam String password, RedirectAttributes flash) {
        try {
            Role r = Role.of(role);
            orgs.check(r, org == null ? null : org.strip());
            new Accounts(db.dsl()).add(username, displayName, r, org, password, LocalDateTime.now(clock));
            audit.record("新建账号", username, r.label() + (r.needsOrg() ? " " + org : ""));
            flash.addFlashAttribute("message", "已新建账号 " + username + "。");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/enabled")
    String enable(@RequestParam String username, @RequestParam boolean enabled) {
        new Accounts(db.dsl()).setEnabled(username, enabled);
        audit.record(enabled ? "启用账号" : "停用账号", username, null);
        return "redirect:/admin/accounts";
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String user, Model model) {
        var q = db.dsl().selectFrom(AUDIT_EVENT);
        var rows = (user == null || user.isBlank() ? q : q.where(AUDIT_EVENT.USERNAME.eq(user.strip())))
                .orderBy(AUDIT_EVENT.EVENT_ID.desc()).limit(500).fetch();
        model.addAttribute("events", rows);
        model.addAttribute("user", user == null ? "" : user);
        return "audit";
    }
}
