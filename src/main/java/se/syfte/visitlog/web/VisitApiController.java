package se.syfte.visitlog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.analytics.core.Window;
import se.syfte.organisation.OrganisationService;
import se.syfte.visitlog.InvalidVisitException;
import se.syfte.visitlog.VisitNotFoundException;
import se.syfte.visitlog.VisitService;
import se.syfte.visits.StoredVisit;
import se.syfte.web.FieldProblems;

/**
 * Visits over the API, so that a CRM, a calendar integration or a phone app can post them: in
 * the caller's scope, validated field by field (RFC 9457 problem details naming each field). A
 * visit dated after today is planned, and confirmed held, cancelled or a no-show once its day
 * has come (SPEC §5). The list takes a period (the last 12 months by default) and, optionally, a
 * salesperson's id, a purpose code, a customer's name and a status.
 */
@RestController
@Tag(
        name = "Visits",
        description = "Logging, correcting, confirming and deleting visits, and listing them within the caller's scope")
class VisitApiController {

    private final VisitService visits;
    private final OrganisationService organisations;
    private final MessageSource messages;

    VisitApiController(VisitService visits, OrganisationService organisations, MessageSource messages) {
        this.visits = visits;
        this.organisations = organisations;
        this.messages = messages;
    }

    record VisitJson(
            long id,
            LocalDate date,
            LocalTime time,
            long salespersonId,
            String salesperson,
            String customer,
            String purpose,
            Integer durationMinutes,
            String channel,
            String note,
            String status,
            boolean planned) {

        static VisitJson of(StoredVisit stored) {
            return new VisitJson(
                    stored.id(),
                    stored.visit().date(),
                    stored.visit().time(),
                    stored.visit().salespersonId(),
                    stored.salesperson(),
                    stored.customer(),
                    stored.purposeCode(),
                    stored.visit().durationMinutes(),
                    stored.visit().channel().name(),
                    stored.visit().note(),
                    stored.visit().status().name(),
                    stored.visit().planned());
        }
    }

    /**
     * The filtered visits, newest first, at most {@code limit} (1,000) a page from {@code offset}; when
     * more follow, a {@code Link: <…>; rel="next"} header gives the next page.
     */
    @GetMapping("/api/v1/visits")
    @Operation(summary = "The visits in scope, filtered and paged in the database, newest first")
    ResponseEntity<List<VisitJson>> list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long salespersonId,
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String customer,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "" + VisitService.MAX_LISTED) int limit,
            jakarta.servlet.http.HttpServletRequest request) {
        Window window = Window.throughToday(
                from, to, organisations.today(organisations.byId(user.account().orgId())));
        VisitService.Page page = visits.page(
                user.account(), window.from(), window.to(), salespersonId, purpose, customer, status, offset, limit);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (page.more()) {
            String next = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromRequest(request)
                    .replaceQueryParam(
                            "offset", Math.max(0, offset) + page.visits().size())
                    .build()
                    .toUriString();
            answer.header(org.springframework.http.HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.body(page.visits().stream().map(VisitJson::of).toList());
    }

    @GetMapping("/api/v1/visits/{id}")
    @Operation(summary = "One visit in scope")
    VisitJson one(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return VisitJson.of(visits.get(user.account(), id));
    }

    @PostMapping("/api/v1/visits")
    @Operation(summary = "Logs a visit: a salesperson their own, an admin anyone's")
    ResponseEntity<VisitJson> create(
            @AuthenticationPrincipal SignedInUser user, @RequestBody VisitService.VisitInput input) {
        StoredVisit stored = visits.create(user.account(), input);
        return ResponseEntity.created(URI.create("/api/v1/visits/" + stored.id()))
                .body(VisitJson.of(stored));
    }

    @PutMapping("/api/v1/visits/{id}")
    @Operation(summary = "Corrects a visit")
    VisitJson update(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestBody VisitService.VisitInput input) {
        return VisitJson.of(visits.update(user.account(), id, input));
    }

    /** Says how a planned visit went: HELD (with its duration and note when given), CANCELLED or NO_SHOW. */
    @PostMapping("/api/v1/visits/{id}/confirm")
    @Operation(summary = "Says how a planned visit went: held, cancelled or no-show")
    VisitJson confirm(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestBody VisitService.Confirmation confirmation) {
        return VisitJson.of(visits.confirm(user.account(), id, confirmation));
    }

    @DeleteMapping("/api/v1/visits/{id}")
    @Operation(summary = "Deletes a visit")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        visits.delete(user.account(), id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidVisitException invalid) {
        Map<String, String> english = new java.util.LinkedHashMap<>();
        invalid.fields().forEach((field, key) -> english.put(field, messages.getMessage(key, null, Locale.ENGLISH)));
        return FieldProblems.of("the visit has wrong fields", english);
    }

    @ExceptionHandler
    ProblemDetail reversed(Window.Reversed reversed) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "from must come before to");
    }

    @ExceptionHandler
    ProblemDetail notFound(VisitNotFoundException notFound) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
    }
}
