package se.syfte.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.syfte.accounts.Account;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.Role;
import se.syfte.accounts.db.AccountRepository;
import se.syfte.accounts.web.TestAccounts;
import se.syfte.demo.DemoService;
import se.syfte.demo.DemoStories;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.support.Chromium;
import se.syfte.support.DatabaseTest;

/**
 * The app in a real browser: Debian's chromium, headless, driven through its chromedriver (no
 * browser or driver is downloaded). Each test leaves screenshots under target/screenshots/.
 */
class BrowserTests extends DatabaseTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TeamRepository teams;

    @Autowired
    SalespersonRepository salespeople;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    DemoService demo;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    se.syfte.visitlog.VisitService visits;

    @TempDir
    Path profile;

    private static final String SIGN_IN_PASSWORD = "a password for the browser";

    WebDriver browser;
    Organisation organisation;
    AccountService.NewAccount anna;

    @BeforeEach
    void annaAndABrowser() {
        organisation = organisations.create("browser-" + System.nanoTime(), "Browser AB");
        salespeople.insert(organisation.id(), teams.insert(organisation.id(), "Team Syd"), "Anna Åberg", null);
        anna = accounts.create(
                organisation,
                "anna-" + System.nanoTime() + "@browser.example",
                Role.SALESPERSON,
                Optional.of("Anna Åberg"),
                List.of(),
                Optional.empty(),
                "test");
    }

    private WebDriver open(String language, int width, int height, String... arguments) {
        browser = Chromium.open(profile, language, width, height, arguments);
        return browser;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSalespersonSignsInChoosesTheirPasswordAndLogsAVisitOnAPhone() throws IOException {
        WebDriver phone = open("en", 390, 844);

        phone.get("http://localhost:" + port + "/");
        assertThat(phone.getCurrentUrl()).endsWith("/login");
        screenshot("login");
        phone.findElement(By.id("username")).sendKeys(anna.account().email());
        phone.findElement(By.id("password")).sendKeys(anna.password());
        phone.findElement(By.cssSelector("form.stacked button")).click();

        waitFor(By.id("current"));
        assertThat(phone.getCurrentUrl()).endsWith("/account");
        phone.findElement(By.id("current")).sendKeys(anna.password());
        phone.findElement(By.id("password")).sendKeys("Annas eget lösenord");
        phone.findElement(By.cssSelector("form.stacked button")).click();
        assertThat(waitFor(By.cssSelector("[role=status]")).getText()).contains("password is changed");

        phone.get("http://localhost:" + port + "/log");
        assertThat(phone.findElement(By.id("date")).getAttribute("value"))
                .isEqualTo(
                        LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString());
        phone.findElement(By.id("customer")).sendKeys("Öland Bygg AB");
        phone.findElement(By.cssSelector("button[name=purpose][value=QUOTE]")).click();

        assertThat(waitFor(By.cssSelector("[role=status]")).getText()).startsWith("Saved: Öland Bygg AB");
        assertThat(phone.findElement(By.cssSelector("ul.recent li strong")).getText())
                .isEqualTo("Öland Bygg AB");
        assertThat(pageWidth(phone)).as("nothing wider than the phone").isLessThanOrEqualTo(390);
        screenshot("quick-log-phone");
    }

    @Test
    void aSwedishBrowserGetsSwedishPages() throws IOException {
        WebDriver desktop = open("sv", 1280, 900);

        desktop.get("http://localhost:" + port + "/login");

        assertThat(desktop.findElement(By.tagName("h1")).getText()).isEqualTo("Logga in i Syfte");
        assertThat(desktop.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        screenshot("login-sv");
    }

    @Test
    void aManagerOpensTheDashboardAndTheQuoteHeavySalespersonsCoachingPageShowsTheBottleneck() throws IOException {
        Organisation demoOrganisation = demoOrganisation();
        WebDriver desktop = open("en", 1280, 1000);
        signIn(
                desktop,
                TestAccounts.create(
                        accounts, repository, demoOrganisation, Role.MANAGER, null, teamNames(demoOrganisation)));

        assertThat(waitFor(By.cssSelector("figure[data-chart=funnel].drawn canvas"))
                        .isDisplayed())
                .isTrue();
        assertThat(desktop.findElements(By.cssSelector("figure.chart.drawn"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(desktop.findElement(By.cssSelector("#funnel td.marked")).getText())
                .contains("weakest step");
        screenshot("dashboard");
        ((org.openqa.selenium.JavascriptExecutor) desktop)
                .executeScript("document.getElementById('effort').scrollIntoView()");
        waitFor(By.cssSelector("figure[data-chart=pareto].drawn canvas"));
        screenshot("dashboard-effort");
        desktop.manage().window().setSize(new Dimension(390, 844));
        desktop.navigate().refresh();
        waitFor(By.cssSelector("figure[data-chart=funnel].drawn canvas"));
        assertThat(pageWidth(desktop)).as("nothing wider than the phone").isLessThanOrEqualTo(390);
        screenshot("dashboard-phone");
        desktop.manage().window().setSize(new Dimension(1280, 1000));

        desktop.findElement(By.linkText(DemoStories.QUOTE_HEAVY_SALESPERSON)).click();
        WebElement bottleneck = waitFor(By.cssSelector("#bottleneck .card"));
        assertThat(bottleneck.getText()).contains("Quote presentation → Contract negotiation");
        assertThat(waitFor(By.cssSelector("figure[data-chart=heatmap].drawn canvas"))
                        .isDisplayed())
                .isTrue();
        screenshot("coaching");

        desktop.findElement(By.cssSelector("#loops a[href^='/customers/']")).click();
        waitFor(By.cssSelector("figure[data-chart=timeline].drawn canvas"));
        assertThat(desktop.findElement(By.tagName("h1")).getText()).isEqualTo(DemoStories.LOOP_CUSTOMER);
        screenshot("customer");
    }

    /**
     * Issue: names reach pages, charts and scripts; each must arrive as text. Hostile names in a
     * customer, a purpose, a team, a salesperson and a note, on every page an admin and the
     * salesperson open: no element or script of theirs may appear (the CSP would stop a script
     * from running, not an element from being made, so no element proves the escaping).
     */
    @Test
    void hostileNamesAreTextOnEveryPage() throws IOException {
        String image = "<img src=x onerror=window.injected=1>";
        String script = "\"><script>window.injected=2</script>";
        long org = organisation.id();
        long team = teams.insert(org, script + " Team");
        salespeople.insert(org, team, image + " Bo", null);
        jdbc.sql("UPDATE purpose SET name_en = :name, name_sv = :name WHERE org_id = :org AND code = 'QUOTE'")
                .param("name", "{{7*7}} " + image)
                .param("org", org)
                .update();
        Account admin = TestAccounts.create(accounts, repository, organisation, Role.ADMIN, null);
        LocalDate day = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"))
                .withDayOfMonth(1)
                .minusMonths(2);
        for (String purpose : List.of("PRESENTATION", "QUOTE")) {
            visits.create(
                    admin,
                    new se.syfte.visitlog.VisitService.VisitInput(
                            day, null, anna.account().salespersonId(), image, purpose, 90, null, script, null));
        }
        long customer = jdbc.sql("SELECT id FROM customer WHERE org_id = :org")
                .param("org", org)
                .query(Long.class)
                .single();
        WebDriver desktop = open("en", 1280, 1000);
        // Without the Content-Security-Policy, so that only the escaping stands between a name and the page.
        ((org.openqa.selenium.chromium.HasCdp) desktop).executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
        signIn(desktop, admin);
        waitFor(By.cssSelector("main"));

        for (String page : List.of(
                "/",
                "/coaching/" + anna.account().salespersonId(),
                "/customers/" + customer,
                "/admin/settings",
                "/targets",
                "/import",
                "/admin/audit")) {
            desktop.get("http://localhost:" + port + page);
            waitFor(By.cssSelector("main"));
            Object injected = ((org.openqa.selenium.JavascriptExecutor) desktop).executeScript("""
                            var charts = document.querySelectorAll('figure.chart .canvas');
                            charts.forEach(function (box) {
                              var chart = window.echarts && echarts.getInstanceByDom(box);
                              if (chart) { chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 }); }
                            });
                            return [document.querySelectorAll('img[src="x"]').length,
                                    document.querySelectorAll('script:not([src])').length,
                                    String(window.injected)];
                            """);

            assertThat(injected).as(page).isEqualTo(List.of(0L, 0L, "undefined"));
            assertThat(inlineScriptsRun(desktop))
                    .as("the policy is off on " + page)
                    .isTrue();
        }
        desktop.get("http://localhost:" + port + "/customers/" + customer);
        assertThat(desktop.findElement(By.tagName("h1")).getText()).isEqualTo(image);
        assertThat(desktop.findElement(By.tagName("body")).getText()).doesNotContain("49 ");
    }

    /** Issue: the effort scatter's tooltip made a real element of a customer named as HTML. */
    @Test
    void aCustomerNamedAsHtmlIsShownAsTextInTheChartsTooltip() throws IOException {
        String hostile = "<img src=x onerror=window.injected=1>";
        Account admin = TestAccounts.create(accounts, repository, organisation, Role.ADMIN, null);
        visits.create(
                admin,
                new se.syfte.visitlog.VisitService.VisitInput(
                        LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"))
                                .withDayOfMonth(1)
                                .minusMonths(2),
                        null,
                        anna.account().salespersonId(),
                        hostile,
                        "RELATION",
                        90,
                        null,
                        null,
                        null));
        WebDriver desktop = open("en", 1280, 1000);
        signIn(desktop, admin);
        waitFor(By.cssSelector("main"));
        desktop.get("http://localhost:" + port + "/coaching/" + anna.account().salespersonId());
        waitFor(By.cssSelector("figure[data-chart=scatter].drawn canvas"));

        String tooltip = (String) ((org.openqa.selenium.JavascriptExecutor) desktop).executeScript("""
                        var box = document.querySelector('figure[data-chart=scatter] .canvas');
                        var chart = echarts.getInstanceByDom(box);
                        chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 });
                        chart.dispatchAction({ type: 'showTip', seriesIndex: 1, dataIndex: 0 });
                        return box.innerHTML;
                        """);

        assertThat(tooltip).contains("&lt;img src=x onerror=window.injected=1&gt;");
        assertThat(desktop.findElements(By.cssSelector("figure img"))).isEmpty();
    }

    /** Issue: chart axes read 10,000,000 and months Nov, Dec on Swedish pages. */
    @Test
    void aChartWritesNumbersAndMonthsTheWayThePagesReaderDoes() throws IOException {
        Organisation demoOrganisation = demoOrganisation();
        Account admin = TestAccounts.create(accounts, repository, demoOrganisation, Role.ADMIN, null);
        Map<String, List<String>> written = new java.util.LinkedHashMap<>();
        for (String language : List.of("sv", "en")) {
            WebDriver desktop = open(language, 1280, 1000);
            signIn(desktop, admin);
            // The language a page was last read in is remembered; each round asks for its own.
            desktop.get("http://localhost:" + port + "/?lang=" + language);
            waitFor(By.cssSelector("figure[data-chart=winrate].drawn canvas"));
            String axis = (String) ((org.openqa.selenium.JavascriptExecutor) desktop).executeScript("""
                            var chart = echarts.getInstanceByDom(document.querySelector('figure[data-chart=winrate] .canvas'));
                            return chart.getOption().yAxis[0].axisLabel.formatter(10000000);
                            """);
            String month = (String) ((org.openqa.selenium.JavascriptExecutor) desktop).executeScript("""
                            var chart = echarts.getInstanceByDom(document.querySelector('figure[data-chart=winrate] .canvas'));
                            return chart.getModel().getLocaleModel().get('time.monthAbbr')[10];
                            """);
            written.put(language, List.of(axis.replace('\u00a0', ' ').replace('\u202f', ' '), month));
            desktop.quit();
            browser = null;
        }

        assertThat(written.get("sv")).containsExactly("10 000 000", "nov.");
        assertThat(written.get("en")).containsExactly("10,000,000", "Nov");
    }

    /** Issue: the session cookie was always Secure, so a team serving on plain HTTP in the office could not stay signed in. */
    @Test
    void aTeamOnPlainHttpThroughAHostNameStaysSignedIn() throws IOException {
        Account admin = TestAccounts.create(accounts, repository, organisation, Role.ADMIN, null);
        repository.setPassword(admin.orgId(), admin.id(), passwords.encode(SIGN_IN_PASSWORD), false);
        WebDriver office = open("en", 1280, 1000, "--host-resolver-rules=MAP syfte-server 127.0.0.1");

        office.get("http://syfte-server:" + port + "/login");
        office.findElement(By.id("username")).sendKeys(admin.email());
        office.findElement(By.id("password")).sendKeys(SIGN_IN_PASSWORD);
        office.findElement(By.cssSelector("form.stacked button")).click();
        waitFor(By.cssSelector("main"));
        office.get("http://syfte-server:" + port + "/account");

        assertThat(office.getCurrentUrl()).endsWith("/account");
        assertThat(office.findElement(By.tagName("body")).getText()).contains(admin.email());
        assertThat(office.manage().getCookieNamed("JSESSIONID").isSecure()).isFalse();
    }

    @Test
    void anAdminReadsTheApiInSwaggerUiAndOpensTheSettingsAndTargets() throws IOException {
        WebDriver desktop = open("en", 1280, 900);
        signIn(desktop, TestAccounts.create(accounts, repository, organisation, Role.ADMIN, null));

        desktop.get("http://localhost:" + port + "/swagger-ui.html");

        assertThat(waitFor(By.cssSelector(".info .title")).getText()).startsWith("Syfte API");
        assertThat(desktop.findElements(By.cssSelector(".opblock-summary-path")))
                .extracting(WebElement::getText)
                .contains("/api/v1/visits", "/api/v1/imports");
        screenshot("swagger-ui");

        desktop.get("http://localhost:" + port + "/admin/settings");
        assertThat(desktop.findElements(By.cssSelector("#purposes tbody tr"))).hasSize(5);
        screenshot("settings");
        desktop.get("http://localhost:" + port + "/targets");
        assertThat(desktop.findElement(By.cssSelector("tbody.team-targets th[scope=row]"))
                        .getText())
                .isEqualTo("Team Syd");
        screenshot("targets");
    }

    @Test
    void theLanguageSwitchIsRememberedFromPageToPage() throws IOException {
        WebDriver desktop = open("en", 1280, 900);
        desktop.get("http://localhost:" + port + "/login");
        assertThat(desktop.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to Syfte");

        desktop.findElement(By.linkText("Svenska")).click();
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Logga in i Syfte");
        desktop.get("http://localhost:" + port + "/login");
        assertThat(desktop.findElement(By.tagName("h1")).getText()).isEqualTo("Logga in i Syfte");
        screenshot("language-switched");
    }

    @Test
    void anUploadWithOneBadRowShowsTheRowAndStoresNothing(@TempDir Path files) throws IOException {
        Account manager =
                TestAccounts.create(accounts, repository, organisation, Role.MANAGER, null, List.of("Team Syd"));
        Path csv = files.resolve("visits.csv");
        Files.writeString(
                csv,
                "Datum,Säljare,Kund,Syfte\n2026-11-02,Anna Åberg,Kund AB,QUOTE\n2026-11-03,Anna Åberg,Kund AB,Lunch\n");
        WebDriver desktop = open("en", 1280, 900);
        signIn(desktop, manager);

        desktop.get("http://localhost:" + port + "/import");
        desktop.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        desktop.findElement(By.cssSelector("main form button[type=submit]")).click();

        assertThat(waitFor(By.cssSelector("p.error[role=alert]")).getText()).contains("1");
        assertThat(desktop.findElement(By.xpath("//table[thead//th[contains(., 'Reason')]]//tbody/tr/td[4]"))
                        .getText())
                .isEqualTo("Lunch");
        assertThat(desktop.findElements(
                        By.xpath("//form[contains(@action, '/import/') and not(contains(@action, '/columns'))]")))
                .isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit WHERE org_id = :org")
                        .param("org", organisation.id())
                        .query(Long.class)
                        .single())
                .isZero();
        screenshot("import-bad-row");
    }

    /**
     * Every page on a 360 px phone, in Swedish and in English: nothing wider than the screen (a
     * wide table scrolls inside its own box), no purpose button whose name is cut. Screenshots of
     * each under target/screenshots/phone-LANG-PAGE.png.
     */
    @Test
    void everyPageFitsA360PixelPhoneInBothLanguages() throws IOException {
        Organisation demoOrganisation = demoOrganisation();
        Account admin = TestAccounts.create(accounts, repository, demoOrganisation, Role.ADMIN, null, List.of());
        Account salesperson = TestAccounts.create(
                accounts,
                repository,
                demoOrganisation,
                Role.SALESPERSON,
                DemoStories.QUOTE_HEAVY_SALESPERSON,
                List.of());
        long customer = jdbc.sql("SELECT MIN(id) FROM customer WHERE org_id = :org")
                .param("org", demoOrganisation.id())
                .query(Long.class)
                .single();
        Map<String, String> adminPages = new java.util.LinkedHashMap<>();
        adminPages.put("dashboard", "/");
        adminPages.put("dashboard-quarter", "/?period=quarter");
        adminPages.put("coaching", "/coaching/" + salesperson.salespersonId());
        adminPages.put("customer", "/customers/" + customer);
        adminPages.put("targets", "/targets");
        adminPages.put("import", "/import");
        adminPages.put("account", "/account");
        adminPages.put("settings", "/admin/settings");
        adminPages.put("users", "/users");
        adminPages.put("user", "/users/" + salesperson.id());
        adminPages.put("audit", "/admin/audit");
        adminPages.put("not-found", "/customers/0");
        Map<String, String> salespersonPages = new java.util.LinkedHashMap<>();
        salespersonPages.put("log", "/log");
        salespersonPages.put("own-dashboard", "/");
        salespersonPages.put("own-coaching", "/coaching/" + salesperson.salespersonId());

        List<String> tooWide = new java.util.ArrayList<>();
        for (String language : List.of("sv", "en")) {
            WebDriver phone = open(language, 360, 780);
            signIn(phone, salesperson);
            tooWide.addAll(measure(phone, language, salespersonPages));
            phone.get("http://localhost:" + port + "/log");
            for (WebElement button : phone.findElements(By.cssSelector(".purposes button"))) {
                Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) phone)
                        .executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth", button);
                if (overflow.intValue() > 0) {
                    tooWide.add(language + " /log: the button '" + button.getText() + "' is cut");
                }
            }
            phone.quit();
            phone = open(language, 360, 780);
            signIn(phone, admin);
            tooWide.addAll(measure(phone, language, adminPages));
            phone.quit();
            browser = null;
        }

        assertThat(tooWide).isEmpty();
    }

    /** Opens each page and names those wider than the window, with their width. */
    private List<String> measure(WebDriver phone, String language, Map<String, String> pages) throws IOException {
        List<String> tooWide = new java.util.ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            phone.get("http://localhost:" + port + page.getValue());
            new WebDriverWait(phone, Duration.ofSeconds(15))
                    .until(driver -> ((org.openqa.selenium.JavascriptExecutor) driver)
                            .executeScript("return document.readyState")
                            .equals("complete"));
            int width = pageWidth(phone);
            int window = ((Number)
                            ((org.openqa.selenium.JavascriptExecutor) phone).executeScript("return window.innerWidth"))
                    .intValue();
            if (width > window) {
                tooWide.add(
                        language + " " + page.getValue() + ": " + width + " px in a " + window + " px window, widest: "
                                + ((org.openqa.selenium.JavascriptExecutor) phone)
                                        .executeScript(
                                                "var widest = null; document.querySelectorAll('body *').forEach(function (e) {"
                                                        + " var r = e.getBoundingClientRect(); if (!e.closest('.scroll') && r.right > window.innerWidth + 1"
                                                        + " && (!widest || r.right > widest.r)) { widest = {r: r.right, e: e}; } });"
                                                        + " return widest ? widest.e.tagName + '.' + widest.e.className + ' ' + widest.r : '';"));
            }
            screenshot("phone-" + language + "-" + page.getKey());
        }
        return tooWide;
    }

    /** An inline handler runs only when no Content-Security-Policy holds it back. */
    private static boolean inlineScriptsRun(WebDriver browser) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.body.insertAdjacentHTML('beforeend',"
                        + " '<img src=\"data:,\" hidden onerror=\"window.policyOff = true\">')");
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(5))
                    .until(driver -> ((org.openqa.selenium.JavascriptExecutor) driver)
                            .executeScript("return window.policyOff === true")
                            .equals(Boolean.TRUE));
        } catch (TimeoutException e) {
            return false;
        }
    }

    private static int pageWidth(WebDriver browser) {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth"))
                .intValue();
    }

    private void signIn(WebDriver browser, Account account) {
        repository.setPassword(account.orgId(), account.id(), passwords.encode(SIGN_IN_PASSWORD), false);
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(account.email());
        browser.findElement(By.id("password")).sendKeys(SIGN_IN_PASSWORD);
        browser.findElement(By.cssSelector("form.stacked button")).click();
        // The next page only once the session is there: no page asked for before is remembered.
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    /** The demo organisation as of today, made once for the tests that read its planted stories. */
    private Organisation demoOrganisation() {
        String code = "browser-demo-" + System.nanoTime();
        demo.create(code, 42, LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")), true);
        return organisations.require(code);
    }

    private List<String> teamNames(Organisation demoOrganisation) {
        return teams.findAll(demoOrganisation.id()).stream()
                .map(se.syfte.organisation.Team::name)
                .toList();
    }

    /** A click that submits a form returns before the next page is there; wait for what it should show. */
    private WebElement waitFor(By locator) throws IOException {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException e) {
            screenshot("failed-" + System.nanoTime());
            throw new AssertionError(
                    "not shown within 15 s: " + locator + " on " + browser.getCurrentUrl() + "\n"
                            + browser.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
