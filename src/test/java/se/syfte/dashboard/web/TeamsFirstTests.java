package se.syfte.dashboard.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.Role;
import se.syfte.accounts.db.AccountRepository;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.accounts.web.TestAccounts;
import se.syfte.dashboard.DashboardService;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.support.DatabaseTest;
import se.syfte.visitlog.VisitService;

/** An organisation with more salespeople than a page of rows shows: its grids lead with its teams. */
class TeamsFirstTests extends DatabaseTest {

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

    SignedInUser admin;
    long north;

    @BeforeEach
    void twoTeamsOfMoreSalespeopleThanFit() {
        Organisation organisation = organisations.create("teams-first-" + System.nanoTime(), "Många AB");
        north = teams.insert(organisation.id(), "Nord");
        long south = teams.insert(organisation.id(), "Syd");
        admin = TestAccounts.signedIn(TestAccounts.create(accounts, repository, organisation, Role.ADMIN, null));
        LocalDate day =
                LocalDate.now(ZoneId.of("Europe/Stockholm")).withDayOfMonth(1).minusMonths(2);
        for (int i = 0; i <= DashboardService.TEAMS_FIRST_ABOVE; i++) {
            long person =
                    salespeople.insert(organisation.id(), i % 2 == 0 ? north : south, "Säljare " + (100 + i), null);
            visits.create(
                    admin.account(),
                    new VisitService.VisitInput(day, null, person, "Kund " + i, "PRESENTATION", 60, null, null, null));
        }
    }

    @Test
    void theWholeOrganisationShowsOneRowPerTeamLeadingToTheTeamsOwnDashboard() throws Exception {
        mvc.perform(get("/").with(user(admin)))
                .andExpect(xpath("//section[@id='funnel']//tbody/tr/th/a").nodeCount(2))
                .andExpect(xpath("//section[@id='funnel']//tbody/tr[1]/th/a").string("Nord"))
                .andExpect(xpath("//section[@id='funnel']//tbody/tr[1]/th/a/@href")
                        .string(org.hamcrest.Matchers.endsWith("&team=" + north)))
                .andExpect(xpath("//section[@id='funnel']/p[@class='help'][1]")
                        .string(org.hamcrest.Matchers.startsWith("One row per team")))
                .andExpect(xpath("//section[@id='visits']//tbody/tr").nodeCount(2))
                .andExpect(xpath("//section[@id='visits']//tbody/tr[1]/td[1]").string("16"))
                .andExpect(xpath("//section[@id='visits']//tbody/tr[2]/th").string("Syd"));
    }

    @Test
    void aTeamsOwnDashboardShowsItsSalespeople() throws Exception {
        mvc.perform(get("/").param("team", Long.toString(north)).with(user(admin)))
                .andExpect(xpath("//section[@id='funnel']//tbody/tr").nodeCount(16))
                .andExpect(xpath("//section[@id='visits']//tbody/tr").nodeCount(16));
    }
}
