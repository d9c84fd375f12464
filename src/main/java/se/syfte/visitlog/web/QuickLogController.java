package se.syfte.visitlog.web;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.syfte.accounts.Account;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.customers.CustomerService;
import se.syfte.organisation.OrganisationService;
import se.syfte.purposes.PurposeService;
import se.syfte.visitlog.InvalidVisitException;
import se.syfte.visitlog.VisitService;
import se.syfte.visits.StoredVisit;

/**
 * The quick visit log for a salesperson on a phone: the customer (the browser suggests as one
 * types), then one tap on the purpose saves the visit, dated today unless changed — a later day
 * plans it. Their planned visits are listed with one tap each to say how they went, and their
 * own recent visits for correction and deletion.
 */
@Controller
class QuickLogController {

    private static final int RECENT = 20;
    private static final int SUGGESTED_CUSTOMERS = 2000;
    /** A date further than this from today is asked about once: most likely a mistyped year. */
    private static final int FAR_DAYS = 90;

    private final VisitService visits;
    private final PurposeService purposes;
    private final CustomerService customers;
    private final OrganisationService organisations;

    QuickLogController(
            VisitService visits,
            PurposeService purposes,
            CustomerService customers,
            OrganisationService organisations) {
        this.visits = visits;
        this.purposes = purposes;
        this.customers = customers;
        this.organisations = organisations;
    }

    /** What the form holds; on a wrong field it is shown again as the person left it. */
    record LogForm(
            String customer,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Integer minutes,
            String channel,
            String note,
            Boolean dateConfirmed) {

        /** Days between today and the form's date when they are further apart than a slip of the finger. */
        java.util.OptionalLong farFrom(LocalDate today) {
            if (date == null || Boolean.TRUE.equals(dateConfirmed)) {
                return java.util.OptionalLong.empty();
            }
            long days = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(today, date));
            return days > FAR_DAYS ? java.util.OptionalLong.of(days) : java.util.OptionalLong.empty();
        }
    }

    @GetMapping("/log")
    String log(@AuthenticationPrincipal SignedInUser user, Model model) {
        return page(
                user.account(),
                model,
                new LogForm(null, today(user.account()), null, "ON_SITE", null, false),
                null,
                null);
    }

    @GetMapping("/log/{id}")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        StoredVisit stored = visits.get(user.account(), id);
        LogForm form = new LogForm(
                stored.customer(),
                stored.visit().date(),
                stored.visit().durationMinutes(),
                stored.visit().channel().name(),
                stored.visit().note(),
                false);
        return page(user.account(), model, form, stored, null);
    }

    @PostMapping("/log")
    String save(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam String purpose,
            LogForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(user.account(), model, form, null, unreadable(binding));
        }
        if (askAboutTheDate(user.account(), form, model)) {
            return page(user.account(), model, form, null, null);
        }
        try {
            StoredVisit stored = visits.create(user.account(), input(purpose, form));
            redirect.addFlashAttribute("saved", stored);
            return "redirect:/log";
        } catch (InvalidVisitException invalid) {
            return page(user.account(), model, form, null, invalid.fields());
        }
    }

    @PostMapping("/log/{id}")
    String correct(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam String purpose,
            LogForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        StoredVisit stored = visits.get(user.account(), id);
        if (binding.hasErrors()) {
            return page(user.account(), model, form, stored, unreadable(binding));
        }
        if (askAboutTheDate(user.account(), form, model)) {
            return page(user.account(), model, form, stored, null);
        }
        try {
            redirect.addFlashAttribute("saved", visits.update(user.account(), id, input(purpose, form)));
            return "redirect:/log";
        } catch (InvalidVisitException invalid) {
            return page(user.account(), model, form, stored, invalid.fields());
        }
    }

    /**
     * One tap on how a planned visit went, from the quick log or the start page, which the
     * browser is sent back to.
     */
    @PostMapping("/log/{id}/confirm")
    String confirm(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam String status,
            @RequestParam(required = false) String minutes,
            @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "/log") String back,
            RedirectAttributes redirect) {
        String page = back.equals("/") ? "/" : "/log";
        Integer duration = null;
        if (minutes != null && !minutes.isBlank()) {
            try {
                duration = Integer.valueOf(minutes.strip());
            } catch (NumberFormatException notANumber) {
                redirect.addFlashAttribute("confirmErrors", Map.of("durationMinutes", "cannot be read"));
                return "redirect:" + page;
            }
        }
        try {
            redirect.addFlashAttribute(
                    "confirmed",
                    visits.confirm(user.account(), id, new VisitService.Confirmation(status, duration, note)));
        } catch (InvalidVisitException invalid) {
            redirect.addFlashAttribute("confirmErrors", invalid.fields());
        }
        return "redirect:" + page;
    }

    @PostMapping("/log/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        visits.delete(user.account(), id);
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/log";
    }

    /** A date far from today is shown back with a question; the next tap on a purpose saves it. */
    private boolean askAboutTheDate(Account account, LogForm form, Model model) {
        java.util.OptionalLong days = form.farFrom(today(account));
        days.ifPresent(far -> model.addAttribute("dateQuestion", far));
        return days.isPresent();
    }

    /** Fields the browser sent that are not a date or a number where one belongs. */
    private static Map<String, String> unreadable(BindingResult binding) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        binding.getFieldErrors().forEach(error -> errors.put(error.getField(), "cannot be read"));
        return errors;
    }

    private VisitService.VisitInput input(String purpose, LogForm form) {
        return new VisitService.VisitInput(
                form.date(), null, null, form.customer(), purpose, form.minutes(), form.channel(), form.note(), null);
    }

    private String page(Account account, Model model, LogForm form, StoredVisit editing, Map<String, String> errors) {
        LocalDate today = today(account);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors == null ? Map.of() : errors);
        model.addAttribute("loggable", account.salespersonId() != null);
        model.addAttribute("purposes", purposes.all(account.orgId()));
        model.addAttribute("purposeNames", purposes.namesByCode(account.orgId(), LocaleContextHolder.getLocale()));
        model.addAttribute("plans", visits.plans(account));
        model.addAttribute("today", today);
        model.addAttribute(
                "customers",
                customers.names(account.orgId()).stream()
                        .limit(SUGGESTED_CUSTOMERS)
                        .toList());
        model.addAttribute(
                "recent",
                visits.list(account, today.minusMonths(3), today.plusDays(1)).stream()
                        .filter(visit -> account.salespersonId() != null
                                && visit.visit().salespersonId() == account.salespersonId())
                        .limit(RECENT)
                        .toList());
        return "log";
    }

    private LocalDate today(Account account) {
        return organisations.today(organisations.byId(account.orgId()));
    }
}
