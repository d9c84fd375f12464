package se.syfte.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.syfte.accounts.Account;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.Role;
import se.syfte.accounts.db.AccountRepository;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.accounts.web.TestAccounts;
import se.syfte.analytics.journeys.JourneyOutcome;
import se.syfte.audit.AuditAction;
import se.syfte.deals.DealStatus;
import se.syfte.demo.DemoService;
import se.syfte.demo.DemoStories;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.purposes.PurposeKind;
import se.syfte.support.DatabaseTest;
import se.syfte.targets.TargetOwner;
import se.syfte.targets.TargetPeriod;
import se.syfte.visits.Channel;
import se.syfte.visits.VisitStatus;

/**
 * Every page of the demo organisation, as each role reads it in Swedish and in English: what a
 * person reads (text, the page title, and the attributes a screen reader or a tooltip says) holds
 * no code, no message key, no ISO timestamp, no number written the other language's way, and no
 * word of the other language. What the organisation stored itself (names, notes, deal titles) is
 * taken out first: a Swedish customer name is right on an English page. So is what a person types
 * as it stands (a command, a code to use in a file), set in {@code <code>}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageLanguageTests extends DatabaseTest {

    /** Attributes whose words a person reads or hears. */
    private static final List<String> READ_ATTRIBUTES =
            List.of("title", "aria-label", "placeholder", "alt", "data-confirm");

    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the",
            "and",
            "of",
            "with",
            "for",
            "from",
            "this",
            "that",
            "your",
            "you",
            "is",
            "are",
            "has",
            "have",
            "was",
            "not",
            "no",
            "yes",
            "all",
            "last",
            "next",
            "new",
            "since",
            "by",
            "or",
            "on",
            "at",
            "an",
            "visit",
            "visits",
            "customer",
            "customers",
            "salesperson",
            "salespeople",
            "hours",
            "hour",
            "month",
            "months",
            "week",
            "weeks",
            "day",
            "days",
            "quarter",
            "year",
            "none",
            "save",
            "delete",
            "show",
            "sign",
            "settings",
            "targets",
            "target",
            "step",
            "steps",
            "rate",
            "won",
            "lost",
            "page",
            "total",
            "share",
            "intake",
            "value",
            "held",
            "planned",
            "cancelled",
            "purpose",
            "purposes",
            "account",
            "accounts",
            "coaching",
            "dashboard",
            "journey",
            "journeys",
            "loops",
            "weakest",
            "overdue");

    private static final Set<String> SWEDISH_WORDS = Set.of(
            "och", "att", "med", "inte", "kund", "kunder", "inga", "ingen", "eller", "som", "vid", "spara", "visa",
            "vecka", "veckor", "timmar", "dag", "dagar", "mot", "sedan", "alla", "senaste", "nya", "ny", "av", "sida",
            "mål", "besök", "säljare", "månad", "år", "kvartal");

    /** The pages that are error pages on purpose, by reader and path; every other page is 200. */
    private static final Map<String, Integer> REFUSED =
            Map.of("admin /customers/0", 404, "admin /no-such-page", 404, "salesperson /admin/settings", 403);

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Pattern ISO_TIMESTAMP =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}|:\\d{2}\\.\\d{3,}");
    private static final Pattern MESSAGE_KEY = Pattern.compile("\\?\\?[\\w.-]+\\?\\?|#\\{[\\w.]+}");
    /** 10,000 is an English thousands separator; Swedish groups with a space. */
    private static final Pattern ENGLISH_GROUPING = Pattern.compile("(?<![\\d.,])\\d{1,3}(,\\d{3})+(?![\\d,])");
    /** 12,5 is a Swedish decimal comma. */
    private static final Pattern SWEDISH_DECIMAL = Pattern.compile("(?<![\\d.,])\\d+,\\d{1,2}(?![\\d,])");

    private static final Pattern SWEDISH_GROUPING =
            Pattern.compile("(?<![\\d.,])\\d{1,3}([\\u00a0\\u202f ]\\d{3})+(?![\\d])");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoService demo;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    JdbcClient jdbc;

    Organisation organisation;
    Map<String, SignedInUser> readers = new LinkedHashMap<>();
    Map<String, List<String>> pages = new LinkedHashMap<>();
    List<String> stored;
    Pattern codes;

    @BeforeAll
    void theDemoOrganisationWithOneAccountPerRole() {
        String code = "language-" + System.nanoTime();
        demo.create(code, 42, LocalDate.now(ZoneId.of("Europe/Stockholm")), true);
        organisation = organisations.require(code);
        long org = organisation.id();
        long johan = jdbc.sql("SELECT id FROM salesperson WHERE org_id = :org AND name = :name")
                .param("org", org)
                .param("name", DemoStories.QUOTE_HEAVY_SALESPERSON)
                .query(Long.class)
                .single();
        String johansTeam = jdbc.sql(
                        "SELECT t.name FROM team t JOIN salesperson s ON s.team_id = t.id WHERE s.id = :id")
                .param("id", johan)
                .query(String.class)
                .single();
        Account admin = TestAccounts.create(accounts, repository, organisation, Role.ADMIN, null);
        Account manager =
                TestAccounts.create(accounts, repository, organisation, Role.MANAGER, null, List.of(johansTeam));
        Account salesperson = TestAccounts.create(
                accounts, repository, organisation, Role.SALESPERSON, DemoStories.QUOTE_HEAVY_SALESPERSON);
        readers.put("admin", TestAccounts.signedIn(admin));
        readers.put("manager", TestAccounts.signedIn(manager));
        readers.put("salesperson", TestAccounts.signedIn(salesperson));

        long busiestCustomer = jdbc.sql("SELECT customer_id FROM visit WHERE org_id = :org AND salesperson_id = :johan"
                        + " GROUP BY customer_id ORDER BY COUNT(*) DESC, customer_id LIMIT 1")
                .param("org", org)
                .param("johan", johan)
                .query(Long.class)
                .single();
        long johansVisit = jdbc.sql("SELECT MAX(id) FROM visit WHERE org_id = :org AND salesperson_id = :johan")
                .param("org", org)
                .param("johan", johan)
                .query(Long.class)
                .single();
        long purpose = jdbc.sql("SELECT MIN(id) FROM purpose WHERE org_id = :org")
                .param("org", org)
                .query(Long.class)
                .single();
        pages.put(
                "admin",
                List.of(
                        "/",
                        "/?period=month",
                        "/?period=last-month",
                        "/?period=quarter",
                        "/?period=last-quarter",
                        "/coaching/" + johan,
                        "/customers/" + busiestCustomer,
                        "/targets",
                        "/import",
                        "/account",
                        "/admin/settings",
                        "/admin/settings/purposes/new",
                        "/admin/settings/purposes/" + purpose,
                        "/users",
                        "/users/" + salesperson.id(),
                        "/admin/audit",
                        "/customers/0",
                        "/no-such-page"));
        pages.put(
                "manager",
                List.of("/", "/coaching/" + johan, "/customers/" + busiestCustomer, "/targets", "/import", "/users"));
        pages.put(
                "salesperson",
                List.of(
                        "/",
                        "/log",
                        "/log/" + johansVisit,
                        "/coaching/" + johan,
                        "/customers/" + busiestCustomer,
                        "/account",
                        "/admin/settings"));

        stored = storedText(org);
        codes = knownCodes(org);
    }

    @Test
    void noPageShowsACodeAKeyATimestampOrTheOtherLanguage() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String role : readers.keySet()) {
            for (String path : pages.get(role)) {
                for (String language : List.of("sv", "en")) {
                    MvcResult page = mvc.perform(get(path)
                                    .header("Accept-Language", language)
                                    .header("Accept", "text/html")
                                    .with(user(readers.get(role))))
                            .andReturn();
                    String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
                    int status = page.getResponse().getStatus();
                    String where = role + " " + path + " (" + language + ", " + status + ")";
                    if (status != REFUSED.getOrDefault(role + " " + path, 200)) {
                        problems.add(where + ": not the status expected");
                    }
                    List<String> read = readText(Jsoup.parse(html), language, List.of());
                    problems.addAll(problemsIn(read, language).stream()
                            .map(problem -> where + ": " + problem)
                            .toList());
                }
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void refusedFormsAndImportsSayWhyInTheReadersLanguage() throws Exception {
        String file = "Datum,Säljare,Kund,Syfte,Status\n"
                + "2026-13-45,Johan Lindqvist,Norrviken AB,QUOTE,\n"
                + "2026-11-03,Johan Lindkvist,Norrviken AB,LUNCH,\n"
                + "2099-11-03,Johan Lindqvist,Norrviken AB,QUOTE,genomfört\n";
        // What the file and the form hold is the person's own, as what is stored is.
        List<String> typed = Stream.concat(Arrays.stream(file.split("[\n,]")), Stream.of("besok.csv", "2026-02-30"))
                .filter(value -> !value.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        List<String> problems = new ArrayList<>();
        for (String language : List.of("sv", "en")) {
            MvcResult imported = mvc.perform(multipart("/import")
                            .file(new MockMultipartFile(
                                    "file", "besok.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
                            .header("Accept-Language", language)
                            .with(user(readers.get("manager")))
                            .with(csrf()))
                    .andReturn();
            MvcResult logged = mvc.perform(post("/log")
                            .header("Accept-Language", language)
                            .with(user(readers.get("salesperson")))
                            .with(csrf())
                            .param("customer", "")
                            .param("date", "2026-02-30")
                            .param("minutes", "-10")
                            .param("purpose", "QUOTE"))
                    .andReturn();
            MvcResult emptyFile = mvc.perform(multipart("/import")
                            .file(new MockMultipartFile("file", "besok.csv", "text/csv", new byte[0]))
                            .header("Accept-Language", language)
                            .with(user(readers.get("manager")))
                            .with(csrf()))
                    .andReturn();
            for (MvcResult page : List.of(imported, logged, emptyFile)) {
                Document read = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
                String where = page.getRequest().getRequestURI() + " (" + language + ")";
                if (read.select(".error").isEmpty()) {
                    problems.add(where + ": no refusal shown");
                }
                problemsIn(readText(read, language, typed), language)
                        .forEach(problem -> problems.add(where + ": " + problem));
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        assertThat(problemsIn(List.of("→ WON"), "sv")).hasSize(1);
        assertThat(problemsIn(List.of("2026-12-02T04:49:37.092428Z"), "en")).isNotEmpty();
        assertThat(problemsIn(List.of("??dashboard.title_sv??"), "sv"))
                .anySatisfy(problem -> assertThat(problem).startsWith("message key"));
        assertThat(problemsIn(List.of("Minuter: is minutes from 0 to 1440"), "sv"))
                .hasSize(1);
        assertThat(problemsIn(List.of("Inga besök ännu"), "en")).hasSize(1);
        assertThat(problemsIn(List.of("10,000,000 kr"), "sv")).hasSize(1);
        assertThat(problemsIn(List.of("12,5 %"), "en")).hasSize(1);
        assertThat(problemsIn(List.of("Besök per syfte, 10\u00a0000 kr, 12,5 %"), "sv"))
                .isEmpty();
        assertThat(problemsIn(List.of("Visits per purpose, 10,000 SEK, 12.5%"), "en"))
                .isEmpty();
    }

    /** The words of a page a person reads, element by element, leaving out what is in another language on purpose. */
    private List<String> readText(Document page, String language, List<String> typed) {
        List<String> read = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            if (Set.of("script", "style", "noscript", "template", "code", "kbd").contains(element.normalName())
                    || inOtherLanguage(element, language)) {
                continue;
            }
            read.add(element.ownText());
            READ_ATTRIBUTES.stream().filter(element::hasAttr).map(element::attr).forEach(read::add);
            if (element.normalName().equals("input")
                    && Set.of("submit", "button").contains(element.attr("type"))) {
                read.add(element.attr("value"));
            }
        }
        return read.stream()
                .map(text -> without(without(text, typed), stored))
                .filter(text -> !text.isBlank())
                .toList();
    }

    private static boolean inOtherLanguage(Element element, String language) {
        for (Element at = element; at != null; at = at.parent()) {
            if (at.hasAttr("lang") && !at.normalName().equals("html")) {
                return !at.attr("lang").equals(language);
            }
        }
        return false;
    }

    private static String without(String text, List<String> data) {
        String left = text;
        for (String value : data) {
            left = left.replace(value, " ");
        }
        return left;
    }

    private List<String> problemsIn(List<String> texts, String language) {
        Set<String> otherWords = language.equals("sv") ? ENGLISH_WORDS : SWEDISH_WORDS;
        List<String> problems = new ArrayList<>();
        for (String text : texts) {
            String quoted = "'" + text.strip() + "'";
            if (codes != null) {
                found(codes, text).forEach(code -> problems.add("code " + code + " in " + quoted));
            }
            found(MESSAGE_KEY, text).forEach(key -> problems.add("message key " + key + " in " + quoted));
            found(ISO_TIMESTAMP, text).forEach(time -> problems.add("ISO timestamp " + time + " in " + quoted));
            Pattern foreignNumber = language.equals("sv") ? ENGLISH_GROUPING : SWEDISH_DECIMAL;
            found(foreignNumber, text).forEach(number -> problems.add("number " + number + " in " + quoted));
            if (language.equals("en")) {
                found(SWEDISH_GROUPING, text).forEach(number -> problems.add("number " + number + " in " + quoted));
            }
            List<String> foreign = found(WORD, text).stream()
                    .filter(word -> !word.equals(word.toUpperCase(Locale.ROOT)))
                    .filter(word -> otherWords.contains(word.toLowerCase(Locale.ROOT)))
                    .toList();
            if (!foreign.isEmpty()) {
                problems.add("words " + foreign + " in " + quoted);
            }
        }
        return problems;
    }

    private static List<String> found(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** What the organisation stored and a page shows as it is, longest first so that no part is left behind. */
    private List<String> storedText(long org) {
        String sql = String.join(
                " UNION ",
                "SELECT name AS text FROM organisation WHERE id = :org",
                "SELECT name FROM team WHERE org_id = :org",
                "SELECT name FROM salesperson WHERE org_id = :org",
                "SELECT email FROM salesperson WHERE org_id = :org",
                "SELECT email FROM app_user WHERE org_id = :org",
                "SELECT display_name FROM app_user WHERE org_id = :org",
                "SELECT name FROM customer WHERE org_id = :org",
                "SELECT segment FROM customer WHERE org_id = :org",
                "SELECT industry FROM customer WHERE org_id = :org",
                "SELECT note FROM visit WHERE org_id = :org",
                "SELECT title FROM deal WHERE org_id = :org",
                "SELECT stage FROM deal WHERE org_id = :org");
        return jdbc.sql(sql).param("org", org).query(String.class).list().stream()
                .filter(text -> text != null && !text.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** The codes the application stores and must say in words: purposes, outcomes, channels, statuses, roles, audit actions. */
    private Pattern knownCodes(long org) {
        Stream<String> purposes = jdbc
                .sql("SELECT code FROM purpose WHERE org_id = :org")
                .param("org", org)
                .query(String.class)
                .list()
                .stream();
        Stream<String> enums = Stream.of(
                        AuditAction.values(),
                        DealStatus.values(),
                        JourneyOutcome.values(),
                        Channel.values(),
                        VisitStatus.values(),
                        Role.values(),
                        TargetOwner.values(),
                        TargetPeriod.values(),
                        PurposeKind.values())
                .flatMap(Arrays::stream)
                .map(Enum::name);
        String alternatives =
                Stream.concat(purposes, enums).distinct().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\d_-])(" + alternatives + ")(?![\\p{L}\\d_-])");
    }
}
