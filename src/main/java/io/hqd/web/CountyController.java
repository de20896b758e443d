package io.hqd.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A county's review: its hospitals' submissions for a period, return one with a comment, approve the set. */
@Controller
@RequestMapping("/county")
public class CountyController {
    private final Pages pages;
    private final Review review;

    public CountyController(Pages pages, Review review) {
        this.pages = pages;
        this.review = review;
    }

    @GetMapping
    String county(@AuthenticationPrincipal SignedIn me, @RequestParam(required = false) String period, Model model) {
        String p = PagePeriod.orOpen(period, pages);
        List<Review.Row> rows = review.hospitals(List.of(me.orgCode()), p);
        model.addAttribute("period", p);
        model.addAttribute("rows", rows);
        model.addAttribute("approval", review.approval(me.orgCode(), p));
        model.addAttribute("open", rows.stream().filter(Review.Row::open).count());
        return "county";
    }

    @PostMapping("/return")
    String giveBack(@AuthenticationPrincipal SignedIn me, @RequestParam String submission, @RequestParam String comment,
                    @RequestParam String period, RedirectAttributes flash) {
        try {
            review.returnSubmission(me, submission, comment);
            flash.addFlashAttribute("message", "已退回，医疗机构会在报送记录中看到退回原因。");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        flash.addAttribute("period", period);
        return "redirect:/county";
    }

    @PostMapping("/approve")
    String approve(@AuthenticationPrincipal SignedIn me, @RequestParam String period, RedirectAttributes flash) {
        try {
            review.approve(me, period);
            flash.addFlashAttribute("message", "本区县 " + period + " 的报送已审批通过。");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        flash.addAttribute("period", period);
        return "redirect:/county";
    }
}
