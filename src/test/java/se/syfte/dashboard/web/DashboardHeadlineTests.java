package se.syfte.dashboard.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.Role;
import se.syfte.accounts.db.AccountRepository;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.accounts.web.TestAccounts;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.support.DatabaseTest;
import se.syfte.support.TestClock;
import se.syfte.visitlog.VisitService;

/**
 * The headline of the dashboard: last month's order intake, deals and pipeline of the team beside
 * the month before, with the change and whether it is better or worse.
 */
class DashboardHeadlineTests extends DatabaseTest {

    @Autowired
    MockMvc mvc;

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
    VisitService visits;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    Organisation organisation;
    SignedInUser admin;
    LocalDate lastMonth;

    /** The clock is shared by every test of the context; a test that stops it has it run again. */
    @AfterEach
    void clockRunsAgain() {
        clock.run();
    }

    @BeforeEach
    void twoMonthsOfOrdersAndDeals() {
        organisation = organisations.create("headline-" + System.nanoTime(), "Headline AB");
        long anna = salespeople.insert(organisation.id(), teams.insert(organisation.id(), "Syd"), "Anna", null);
        admin = TestAccounts.signedIn(TestAccounts.create(accounts, repository, organisation, Role.ADMIN, null));
        lastMonth =
                LocalDate.now(ZoneId.of("Europe/Stockholm")).withDayOfMonth(1).minusMonths(1);
        LocalDate monthBefore = lastMonth.minusMonths(1);
        long customer = visits.create(
                        admin.account(),
                        new VisitService.VisitInput(
                                lastMonth.plusDays(2), null, anna, "Kund AB", "QUOTE", 60, null, null, null))
                .visit()
                .customerId();
        order(customer, anna, lastMonth.plusDays(3), "1000");
        order(customer, anna, monthBefore.plusDays(3), "400");
        deal(customer, anna, monthBefore, "WON", lastMonth.plusDays(5), "500");
        deal(customer, anna, monthBefore, "LOST", lastMonth.plusDays(6), "300");
        deal(customer, anna, monthBefore.minusMonths(1), "WON", monthBefore.plusDays(5), "200");
        // Open at the end of the month before, won since: in that month's pipeline, not in last month's.
        deal(customer, anna, monthBefore.plusDays(1), "WON", lastMonth.plusDays(10), "700");
        deal(customer, anna, lastMonth.plusDays(1), "OPEN", null, "900");
    }

    @Test
    void lastMonthsHeadlineStandsBesideTheMonthBeforeWithItsChange() throws Exception {
        ResultActions page = mvc.perform(get("/").param("period", "last-month").with(user(admin)))
                .andExpect(status().isOk());

        row(page, "orderIntake", "1,000 SEK", "400 SEK", "+600 SEK", "better");
        row(page, "wonValue", "1,200 SEK", "200 SEK", "+1,000 SEK", "better");
        row(page, "winRate", "67%", "100%", "-33 pp", "worse");
        row(page, "pipeline", "900 SEK", "1,500 SEK", "-600 SEK", "worse");
        row(page, "loops", "0", "0", "0", "");
        page.andExpect(xpath("//section[@id='headline']//tr[@data-figure='orderIntake']//a/@href")
                .string("#effort"));
    }

    /** Issue: the 12-month view showed only the latest month's attainment. */
    @Test
    void attainmentOverTwelveMonthsSumsTheTargetsOfItsMonths() throws Exception {
        for (LocalDate month : java.util.List.of(lastMonth, lastMonth.minusMonths(1))) {
            target("QUOTE", month, 2);
        }

        mvc.perform(get("/").param("period", "twelve-months").with(user(admin)))
                .andExpect(xpath("//section[@id='attainment']//tbody/tr[th='Anna']/td[1]/span")
                        .string("25%"))
                .andExpect(xpath("//section[@id='headline']//tr[@data-figure='attainment']/td[1]")
                        .string("1 / 4 (25%)"))
                .andExpect(xpath("//section[@id='headline']//tr[@data-figure='attainment-QUOTE']/td[1]")
                        .string("1 / 4 (25%)"));
    }

    /** Issue #13: on the 2nd of a month "this month" showed 0 % attained and 100 % on time sinks. */
    @Test
    void onTheSecondOfAMonthTheHeadlineSaysItIsTooEarlyToJudge() throws Exception {
        target("QUOTE", LocalDate.of(2025, 10, 1), 10);
        clock.stopAt(Instant.parse("2025-10-02T08:00:00Z"));
        visit(LocalDate.of(2025, 10, 1), "QUOTE");

        ResultActions page =
                mvc.perform(get("/").param("period", "month").with(user(admin))).andExpect(status().isOk());

        row(page, "attainment", "Too early to judge", "–", "–", "");
        row(page, "attainment-QUOTE", "Too early to judge", "–", "–", "");
        row(page, "timeSinkShare", "–", "–", "–", "");
    }

    /** Issue #13: held visits per purpose against targets, with the pace the working days so far call for. */
    @Test
    void midMonthEachTargetedPurposeShowsItsHeldVisitsAndPace() throws Exception {
        target("QUOTE", LocalDate.of(2025, 10, 1), 10);
        clock.stopAt(Instant.parse("2025-10-16T08:00:00Z"));
        visit(LocalDate.of(2025, 10, 6), "QUOTE");
        visit(LocalDate.of(2025, 10, 8), "QUOTE");
        visit(LocalDate.of(2025, 10, 9), "RELATION");

        ResultActions page =
                mvc.perform(get("/").param("period", "month").with(user(admin))).andExpect(status().isOk());

        // 12 of October's 23 working days have come: 10 × 12 / 23 = 5.2 visits due, 2 held.
        row(page, "attainment-QUOTE", "2 / 10 (20%), pace 38%", "–", "–", "");
        page.andExpect(xpath("//section[@id='headline']//tr[@data-figure='attainment-QUOTE']/th")
                        .string("Quote presentation"))
                .andExpect(xpath("count(//section[@id='headline']//tr[@data-figure='attainment-RELATION'])")
                        .number(0.0));
    }

    /** Issue #16: the language switch dropped the period and team (href="?lang=en"). */
    @Test
    void theLanguageSwitchKeepsThePagesPeriodAndTeam() throws Exception {
        long team = jdbc.sql("SELECT id FROM team WHERE org_id = :org")
                .param("org", organisation.id())
                .query(Long.class)
                .single();
        mvc.perform(get("/").param("period", "last-month")
                        .param("team", Long.toString(team))
                        .with(user(admin)))
                .andExpect(xpath("//nav//a[contains(@class,'language')]/@href")
                        .string("/?period=last-month&team=" + team + "&lang=sv"));
        mvc.perform(get("/").param("period", "quarter").param("lang", "en").with(user(admin)))
                .andExpect(xpath("//nav//a[contains(@class,'language')]/@href").string("/?period=quarter&lang=sv"));
    }

    private void row(ResultActions page, String figure, String now, String before, String change, String tone)
            throws Exception {
        String row = "//section[@id='headline']//tr[@data-figure='" + figure + "']";
        page.andExpect(xpath(row + "/td[1]").string(now))
                .andExpect(xpath(row + "/td[2]").string(before))
                .andExpect(xpath(row + "/td[3]").string(change))
                .andExpect(xpath(row + "/td[3]/@class").string(tone.isEmpty() ? "number" : "number " + tone));
    }

    private void target(String purpose, LocalDate month, int count) {
        jdbc.sql("INSERT INTO target (org_id, salesperson_id, purpose_id, period, period_start, target_count)"
                        + " SELECT :org, s.id, p.id, 'MONTH', :month, :count FROM salesperson s, purpose p"
                        + " WHERE s.org_id = :org AND p.org_id = :org AND p.code = :purpose")
                .param("org", organisation.id())
                .param("month", month)
                .param("count", count)
                .param("purpose", purpose)
                .update();
    }

    private void visit(LocalDate day, String purpose) {
        long anna = jdbc.sql("SELECT id FROM salesperson WHERE org_id = :org")
                .param("org", organisation.id())
                .query(Long.class)
                .single();
        visits.create(
                admin.account(),
                new VisitService.VisitInput(day, null, anna, "Kund AB", purpose, 60, null, null, null));
    }

    private void order(long customer, long salesperson, LocalDate day, String amount) {
        jdbc.sql("INSERT INTO orders (org_id, customer_id, salesperson_id, order_date, amount)"
                        + " VALUES (:org, :customer, :salesperson, :day, CAST(:amount AS DECIMAL(18, 2)))")
                .param("org", organisation.id())
                .param("customer", customer)
                .param("salesperson", salesperson)
                .param("day", day)
                .param("amount", amount)
                .update();
    }

    private void deal(long customer, long owner, LocalDate created, String status, LocalDate closed, String value) {
        jdbc.sql(
                        "INSERT INTO deal (org_id, customer_id, owner_id, created_date, status, close_date, value)"
                                + " VALUES (:org, :customer, :owner, :created, :status, CAST(:closed AS DATE), CAST(:value AS DECIMAL(18, 2)))")
                .param("org", organisation.id())
                .param("customer", customer)
                .param("owner", owner)
                .param("created", created)
                .param("status", status)
                .param("closed", closed == null ? null : closed.toString())
                .param("value", value)
                .update();
    }
}
