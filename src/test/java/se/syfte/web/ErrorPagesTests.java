package se.syfte.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.syfte.accounts.Account;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.Role;
import se.syfte.accounts.db.AccountRepository;
import se.syfte.accounts.web.TestAccounts;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.support.DatabaseTest;
import se.syfte.support.PlantedFailure;

/**
 * Issue #16: a browser got Spring's JSON or Whitelabel page for a 404, a 403 and a CSRF refusal.
 * Over real HTTP, for MockMvc does not follow an error to the error page.
 */
class ErrorPagesTests extends DatabaseTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "a password for the error pages";

    @LocalServerPort
    int port;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TeamRepository teams;

    @Autowired
    se.syfte.organisation.db.SalespersonRepository salespeople;

    Organisation organisation;

    @BeforeEach
    void anOrganisation() {
        organisation = organisations.create("errors-" + System.nanoTime(), "Fel AB");
        salespeople.insert(organisation.id(), teams.insert(organisation.id(), "Syd"), "Sara Syd", null);
    }

    @Test
    void aMissingPageIsAPageInTheReadersLanguageWithAWayBack() throws Exception {
        HttpClient browser = signedIn(Role.ADMIN);

        HttpResponse<String> english = browser.send(page("/no-such-page", "en"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> swedish =
                browser.send(page("/customers/999999999", "sv"), HttpResponse.BodyHandlers.ofString());

        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(english.body())
                .contains("<h1>Page not found</h1>", "href=\"/\"", "syfte.css")
                .doesNotContain("\"status\"");
        assertThat(swedish.statusCode()).isEqualTo(404);
        assertThat(swedish.body()).contains("<h1>Sidan finns inte</h1>", "Till översikten");
    }

    @Test
    void aPageTheRoleMayNotOpenSaysSoInsteadOfJson() throws Exception {
        HttpClient browser = signedIn(Role.MANAGER);

        HttpResponse<String> refused = browser.send(page("/admin/users", "en"), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("<h1>Not for your role</h1>").doesNotContain("expired");
    }

    @Test
    void aFormSentWithoutItsTokenIsAnExpiredFormWithALinkToLoadItAgain() throws Exception {
        HttpClient browser = signedIn(Role.ADMIN);
        HttpRequest stale = HttpRequest.newBuilder(uri("/account/password"))
                .header("Accept", "text/html")
                .header("Accept-Language", "sv")
                .header("Referer", "http://localhost:" + port + "/account")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("current=x&password=y&_csrf=stale"))
                .build();

        HttpResponse<String> refused = browser.send(stale, HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("<h1>Formuläret har gått ut</h1>", "href=\"/account\"");
    }

    @Test
    void aMethodAPageDoesNotTakeAndAMistypedAddressArePagesToo() throws Exception {
        HttpClient browser = signedIn(Role.ADMIN);

        Matcher token = CSRF.matcher(browser.send(page("/account", "en"), HttpResponse.BodyHandlers.ofString())
                .body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> posted = browser.send(
                HttpRequest.newBuilder(uri("/"))
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token.group(1))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> mistyped =
                browser.send(page("/customers/abc", "en"), HttpResponse.BodyHandlers.ofString());

        assertThat(posted.statusCode()).isEqualTo(405);
        assertThat(posted.body()).contains("<h1>Not done this way</h1>");
        assertThat(mistyped.statusCode()).isEqualTo(400);
        assertThat(mistyped.body()).contains("<h1>The request could not be read</h1>");
    }

    @Test
    void aFailureNothingHandledIsAPageInTheReadersLanguageThatTellsNoInternals() throws Exception {
        HttpClient browser = signedIn(Role.MANAGER);

        HttpResponse<String> english =
                browser.send(page(PlantedFailure.PAGE, "en"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> swedish =
                browser.send(page(PlantedFailure.PAGE, "sv"), HttpResponse.BodyHandlers.ofString());

        assertThat(english.statusCode()).isEqualTo(500);
        assertThat(english.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(english.body())
                .contains("<h1>Something went wrong</h1>", "href=\"/\"", "syfte.css")
                .doesNotContain("planted", "IllegalStateException", "Whitelabel", "\"status\"");
        assertThat(swedish.statusCode()).isEqualTo(500);
        assertThat(swedish.body())
                .contains("<h1>Något gick fel</h1>", "Till översikten")
                .doesNotContain("planted");
    }

    @Test
    void aFailureNothingHandledIsProblemDetailsForTheApiWithoutInternals() throws Exception {
        HttpClient browser = signedIn(Role.ADMIN);

        HttpResponse<String> failed =
                browser.send(page(PlantedFailure.API, "en"), HttpResponse.BodyHandlers.ofString());

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(failed.body()).contains("\"status\":500").doesNotContain("planted", "IllegalStateException");
    }

    @Test
    void theApiKeepsItsProblemDetails() throws Exception {
        HttpClient browser = signedIn(Role.ADMIN);

        HttpResponse<String> missing =
                browser.send(page("/api/v1/no-such-resource", "en"), HttpResponse.BodyHandlers.ofString());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(missing.body()).contains("\"status\":404");
    }

    @Test
    void theApiAnswersAWrongValueARoleRefusalAndAWrongMethodInProblemDetails() throws Exception {
        HttpClient manager = signedIn(Role.MANAGER);
        HttpClient salesperson = signedIn(Role.SALESPERSON);

        Map<Integer, HttpResponse<String>> answers = Map.of(
                400, manager.send(page("/api/v1/users/abc", "en"), HttpResponse.BodyHandlers.ofString()),
                403, salesperson.send(page("/api/v1/users", "en"), HttpResponse.BodyHandlers.ofString()),
                405, manager.send(page("/api/v1/imports", "en"), HttpResponse.BodyHandlers.ofString()));

        answers.forEach((status, answer) -> {
            assertThat(answer.statusCode()).isEqualTo(status);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).contains("\"status\":" + status).doesNotContain("<html");
        });
    }

    private HttpClient signedIn(Role role) throws Exception {
        Account account = TestAccounts.create(
                accounts,
                repository,
                organisation,
                role,
                role == Role.SALESPERSON ? "Sara Syd" : null,
                role == Role.MANAGER ? List.of("Syd") : List.of());
        repository.setPassword(organisation.id(), account.id(), passwords.encode(PASSWORD), false);
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = browser.send(page("/login", "en"), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = CSRF.matcher(form);
        assertThat(token.find()).isTrue();
        HttpResponse<String> signIn = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(account.email()) + "&password="
                                + encode(PASSWORD) + "&_csrf=" + encode(token.group(1))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return browser;
    }

    private HttpRequest page(String path, String language) {
        return HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/html,application/xhtml+xml")
                .header("Accept-Language", language)
                .GET()
                .build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
