package se.syfte.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.syfte.accounts.AccountScope;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.analytics.core.AnalyticsSettings;
import se.syfte.analytics.core.Period;
import se.syfte.analytics.core.Window;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.reports.Figure;
import se.syfte.reports.ReportRequest;
import se.syfte.reports.ReportService;
import se.syfte.reports.UnknownNameException;
import se.syfte.reports.format.ReportFormat;
import se.syfte.reports.format.ReportWriter;

/**
 * Every report of {@code syfte report}, with the same names and parameters, as JSON (or CSV) for
 * the signed-in account's scope: a salesperson or team outside it is not found.
 */
@RestController
@Tag(name = "Reports", description = "Every report of syfte report, with the same names and parameters")
class ReportApiController {

    private final ReportService reports;
    private final AccountScope scopes;
    private final OrganisationService organisations;
    private final org.springframework.context.MessageSource messages;

    ReportApiController(
            ReportService reports,
            AccountScope scopes,
            OrganisationService organisations,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.reports = reports;
        this.scopes = scopes;
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/reports/{name}")
    @Operation(summary = "One report for the caller's scope, as JSON or CSV")
    ResponseEntity<byte[]> report(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String salesperson,
            @RequestParam(required = false) String team,
            @RequestParam(defaultValue = "month") String period,
            @RequestParam(required = false) Integer gap,
            @RequestParam(name = "loop-threshold", required = false) Integer loopThreshold,
            @RequestParam(name = "next-step-days", required = false) Integer nextStepDays,
            @RequestParam(defaultValue = "false") boolean list,
            @RequestParam(name = "as-of", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf,
            @RequestParam(defaultValue = "en") String lang,
            @RequestParam(defaultValue = "json") String format)
            throws IOException {
        Figure report = reports.figure(name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no report " + name));
        ReportFormat chosen = ReportFormat.JSON;
        if (format.equals("csv")) {
            chosen = ReportFormat.CSV;
        } else if (format.equals("xlsx")) {
            chosen = ReportFormat.XLSX;
        } else if (!format.equals("json")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format is json, csv or xlsx");
        }
        Organisation organisation = organisations.byId(user.account().orgId());
        ReportRequest request;
        try {
            Window window;
            try {
                window = Window.report(from, to, organisations.today(organisation));
            } catch (Window.Reversed reversed) {
                throw new IllegalArgumentException("from must come before to");
            }
            if (report.forOneSalesperson() && salesperson == null) {
                throw new IllegalArgumentException(
                        "the " + report.name() + " report is for one salesperson: give salesperson");
            }
            request = new ReportRequest(
                    window,
                    Optional.ofNullable(salesperson),
                    Optional.ofNullable(team),
                    Period.valueOf(period.toUpperCase(Locale.ROOT)),
                    new AnalyticsSettings(
                            gap != null ? gap : AnalyticsSettings.DEFAULT_GAP_DAYS,
                            loopThreshold != null ? loopThreshold : AnalyticsSettings.DEFAULT_LOOP_THRESHOLD,
                            nextStepDays),
                    Locale.forLanguageTag(lang.equals("sv") ? "sv" : "en"),
                    list,
                    asOf != null ? asOf : to != null ? to.minusDays(1) : null);
        } catch (IllegalArgumentException wrong) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, wrong.getMessage());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Locale language = Locale.forLanguageTag(lang.equals("sv") ? "sv" : "en");
        ReportWriter writer = ReportWriter.of(chosen, key -> messages.getMessage(key, null, null, language));
        try {
            writer.write(reports.run(organisation, scopes.of(user.account()), report.name(), request), out);
        } catch (UnknownNameException outsideScope) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, outsideScope.getMessage());
        }
        ResponseEntity.BodyBuilder answer =
                ResponseEntity.ok().contentType(MediaType.parseMediaType(writer.mediaType()));
        if (chosen != ReportFormat.JSON) {
            // A file a browser saves, named after the report, rather than text it shows.
            answer.header(
                    "Content-Disposition",
                    org.springframework.http.ContentDisposition.attachment()
                            .filename(report.name() + "." + chosen.name().toLowerCase(Locale.ROOT))
                            .build()
                            .toString());
        }
        return answer.body(out.toByteArray());
    }
}
