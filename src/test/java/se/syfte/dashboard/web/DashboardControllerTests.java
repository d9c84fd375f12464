package se.syfte.dashboard.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.Role;
import se.syfte.accounts.db.AccountRepository;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.accounts.web.TestAccounts;
import se.syfte.customers.db.CustomerRepository;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.purposes.Purpose;
import se.syfte.purposes.db.PurposeRepository;
import se.syfte.support.DatabaseTest;
import se.syfte.visits.Channel;
import se.syfte.visits.Visit;
import se.syfte.visits.VisitStatus;
import se.syfte.visits.db.VisitRepository;

/** The page at / shows the signed-in account's organisation, and within it only the salespeople it may see. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardControllerTests extends DatabaseTest {

    private static final String SALESPERSON = "Åsa Öberg " + System.nanoTime();
    private static final String IDLE_SALESPERSON = "Idle Ek " + System.nanoTime();

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TeamRepository teams;

    @Autowired
    SalespersonRepository salespeople;

    @Autowired
    CustomerRepository customers;

    @Autowired
    PurposeRepository purposes;

    @Autowired
    VisitRepository visits;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository accountRepository;

    SignedInUser admin;
    SignedInUser salesperson;

    @BeforeAll
    void visitsOfAnOrganisation() {
        Organisation organisation = organisations.create("dashboard-" + System.nanoTime(), "Dashboard AB");
        long org = organisation.id();
        long team = teams.insert(org, "Team " + System.nanoTime());
        long person = salespeople.insert(org, team, SALESPERSON, null);
        salespeople.insert(org, team, IDLE_SALESPERSON, null);
        long customer = customers.insert(org, "Kund AB", null, null, null);
        Map<String, Long> purpose =
                purposes.findAll(org).stream().collect(Collectors.toMap(Purpose::code, Purpose::id, (a, b) -> a));
        LocalDate inWindow =
                LocalDate.now(ZoneId.of("Europe/Stockholm")).withDayOfMonth(1).minusMonths(2);
        LocalDate afterWindow = LocalDate.now(ZoneId.of("Europe/Stockholm")).withDayOfMonth(1);
        List<Visit> rows = new ArrayList<>();
        Function<String, Visit> visitOn = code -> new Visit(
                inWindow,
                LocalTime.NOON,
                person,
                customer,
                purpose.get(code),
                60,
                Channel.ON_SITE,
                null,
                null,
                VisitStatus.HELD,
                false);
        rows.add(visitOn.apply("QUOTE"));
        rows.add(visitOn.apply("QUOTE"));
        rows.add(visitOn.apply("QUOTE"));
        rows.add(visitOn.apply("RELATION"));
        rows.add(new Visit(
                afterWindow,
                null,
                person,
                customer,
                purpose.get("QUOTE"),
                null,
                Channel.PHONE,
                null,
                null,
                VisitStatus.HELD,
                false));
        visits.insertAll(org, rows);
        admin = TestAccounts.signedIn(TestAccounts.create(accounts, accountRepository, organisation, Role.ADMIN, null));
        salesperson = TestAccounts.signedIn(
                TestAccounts.create(accounts, accountRepository, organisation, Role.SALESPERSON, SALESPERSON));
    }

    @Test
    void aSalespersonSeesOnlyTheirOwnRowAndTheirTeamsTotalsWithoutNames() throws Exception {
        mvc.perform(get("/").with(user(salesperson)))
                .andExpect(status().isOk())
                .andExpect(xpath("count(//section[@id='visits']//tbody/tr)").number(1.0))
                .andExpect(xpath("//section[@id='visits']//tbody/tr/th").string(SALESPERSON))
                .andExpect(xpath("//section[@id='visits']//tfoot/tr[@class='anonymous-team']/td[last()]")
                        .string("4"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(IDLE_SALESPERSON))));
    }

    @Test
    void noOneSignedInIsSentToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
    }

    @Test
    void listsVisitsPerPurposeForEachSalespersonInTheLastTwelveFullMonths() throws Exception {
        String row = "//section[@id='visits']//tbody/tr[th='" + SALESPERSON + "']";
        mvc.perform(get("/").with(user(admin)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(xpath("//section[@id='visits']//thead/tr/th[3]").string("Company presentation"))
                .andExpect(xpath("//section[@id='visits']//thead/tr/th[4]").string("Quote presentation"))
                .andExpect(xpath(row + "/td[2]").string("0"))
                .andExpect(xpath(row + "/td[3]").string("3"))
                .andExpect(xpath(row + "/td[5]").string("1"))
                .andExpect(xpath(row + "/td[last()]").string("4"));
    }

    @Test
    void listsSalespeopleWithoutVisitsToo() throws Exception {
        mvc.perform(get("/").with(user(admin)))
                .andExpect(xpath("//section[@id='visits']//tbody/tr[th='" + IDLE_SALESPERSON + "']/td[last()]")
                        .string("0"));
    }

    @Test
    void speaksSwedishToASwedishBrowser() throws Exception {
        mvc.perform(get("/").with(user(admin)).header("Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5"))
                .andExpect(status().isOk())
                .andExpect(xpath("/html/@lang").string("sv"))
                .andExpect(xpath("//section[@id='visits']//thead/tr/th[1]").string("Säljare"))
                .andExpect(xpath("//section[@id='visits']//thead/tr/th[4]").string("Offertpresentation"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Senaste 12 månaderna")))
                .andExpect(xpath("//p[@class='window']")
                        .string(org.hamcrest.Matchers.matchesPattern(
                                "\\s*1 [a-zé]{3,4}\\.? \\d{4} – \\d{1,2} [a-zé]{3,4}\\.? \\d{4}\\s*")));
    }

    @Test
    void speaksSwedishToABrowserThatAsksForSwedishWithoutACountry() throws Exception {
        mvc.perform(get("/").with(user(admin)).header("Accept-Language", "sv"))
                .andExpect(xpath("/html/@lang").string("sv"))
                .andExpect(xpath("//section[@id='visits']//thead/tr/th[1]").string("Säljare"));
    }

    @Test
    void speaksEnglishToABrowserThatAsksForNeitherLanguage() throws Exception {
        mvc.perform(get("/").with(user(admin)).header("Accept-Language", "de-DE"))
                .andExpect(xpath("/html/@lang").string("en"))
                .andExpect(xpath("//section[@id='visits']//thead/tr/th[1]").string("Salesperson"));
    }
}
