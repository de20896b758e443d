package io.hqd.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.hqd.warehouse.Periods;

/** The login page, the start page of each role, and what every page shows in its header. */
@Controller
@ControllerAdvice
public class Pages {
    private final Orgs orgs;
    private final Clock clock;

    public Pages(Orgs orgs, Clock clock) {
        this.orgs = orgs;
        this.clock = clock;
    }

    @ModelAttribute
    void header(@AuthenticationPrincipal SignedIn me, Model model) {
        if (me != null) {
            model.addAttribute("me", me);
            model.addAttribute("orgName", orgs.name(me.orgCode()));
        }
    }

    /** The period being collected: the quarter that ended most recently (the nightly job's default too). */
    Periods openPeriod() {
        return Periods.latestComplete(LocalDate.now(clock));
    }

    /** A file over the multipart limit never reaches the controller: say so on the portal page. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(RedirectAttributes flash) {
        flash.addFlashAttribute("error", "文件太大：单个文件不能超过 20 MB。季度报表通常不到 1 MB，请检查是否选错了文件。");
        return "redirect:/hospital";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String start(@AuthenticationPrincipal SignedIn me) {
        return switch (me.role()) {
            case HOSPITAL -> "redirect:/hospital";
            case COUNTY -> "redirect:/county";
            case CITY -> "redirect:/city";
            case VIEWER -> "redirect:/reports";
            case ADMIN -> "redirect:/admin/accounts";
        };
    }
}
