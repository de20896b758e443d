package io.hqd.web;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Passwords: everyone changes their own (old, then new twice); an admin resets one to a temporary password. */
@Controller
public class PasswordController {
    private final WebDatabase db;
    private final Audit audit;
    private final Clock clock;

    public PasswordController(WebDatabase db, Audit audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(PasswordChangeGate.PAGE)
    String page(@AuthenticationPrincipal SignedIn me, Model model) {
        model.addAttribute("mustChange", new Accounts(db.dsl()).mustChangePassword(me.username()));
        return "password";
    }

    @PostMapping(PasswordChangeGate.PAGE)
    String change(@AuthenticationPrincipal SignedIn me, @RequestParam String oldPassword, @RequestParam String newPassword,
                  @RequestParam String repeated, RedirectAttributes flash) {
        try {
            new Accounts(db.dsl()).changeOwn(me.username(), oldPassword, newPassword, repeated, LocalDateTime.now(clock));
            audit.record("修改密码", me.username(), null);
            flash.addFlashAttribute("message", "密码已修改，下次登录请使用新密码。");
        } catch (IllegalArgumentException e) {
            audit.record("修改密码失败", me.username(), e.getMessage());
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + PasswordChangeGate.PAGE;
    }

    @PostMapping("/admin/accounts/password")
    String reset(@RequestParam String username, @RequestParam String password, RedirectAttributes flash) {
        try {
            new Accounts(db.dsl()).reset(username, password, LocalDateTime.now(clock));
            audit.record("重置密码", username, "临时密码，下次登录须修改");
            flash.addFlashAttribute("message", "已重置 " + username + " 的密码；该用户下次登录时必须先设置新密码。");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/accounts";
    }
}
