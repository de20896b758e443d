package io.hqd.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The city statistician's page of corrections that arrived after a lock: approve with a reason, or return. */
@Controller
@RequestMapping("/city/corrections")
public class CorrectionsController {
    private final LateCorrections corrections;
    private final Orgs orgs;

    public CorrectionsController(LateCorrections corrections, Orgs orgs) {
        this.corrections = corrections;
        this.orgs = orgs;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedIn me, Model model) {
        model.addAttribute("corrections", corrections.list(CityController.regionsOf(me, orgs)));
        return "corrections";
    }

    @PostMapping("/approve")
    String approve(@AuthenticationPrincipal SignedIn me, @RequestParam String submission, @RequestParam String reason,
                   RedirectAttributes flash) {
        return decide(me, submission, reason, flash, corrections::approve,
                "已批准：这份更正自下一期会议材料起生效，材料的“与上期相比的变化”中会注明。");
    }

    @PostMapping("/return")
    String giveBack(@AuthenticationPrincipal SignedIn me, @RequestParam String submission, @RequestParam String reason,
                    RedirectAttributes flash) {
        return decide(me, submission, reason, flash, corrections::giveBack, "已退回：这份更正不计入，已锁定的数据不变。");
    }

    /** A decision on a late correction within the account's regions; a refusal is shown on the list page. */
    private interface Decision {
        void apply(java.util.List<String> regions, String submissionId, String reason, String by);
    }

    private String decide(SignedIn me, String submission, String reason, RedirectAttributes flash, Decision decision,
                          String done) {
        try {
            decision.apply(CityController.regionsOf(me, orgs), submission, reason, me.username());
            flash.addFlashAttribute("message", done);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/city/corrections";
    }
}
