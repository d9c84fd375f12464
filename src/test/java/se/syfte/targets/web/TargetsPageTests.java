package se.syfte.targets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.Role;
import se.syfte.accounts.db.AccountRepository;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.accounts.web.TestAccounts;
import se.syfte.audit.AuditAction;
import se.syfte.audit.AuditLog;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.purposes.Purpose;
import se.syfte.purposes.db.PurposeRepository;
import se.syfte.support.DatabaseTest;

class TargetsPageTests extends DatabaseTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TeamRepository teams;

    @Autowired
    SalespersonRepository salespeople;

    @Autowired
    PurposeRepository purposes;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    Organisation organisation;
    SignedInUser manager;
    long anna;
    long quote;

    @BeforeEach
    void aManagerOfAnna() {
        organisation = organisations.create("targets-" + System.nanoTime(), "Targets AB");
        anna = salespeople.insert(organisation.id(), teams.insert(organisation.id(), "Team Syd"), "Anna Åberg", null);
        quote = purposes.findAll(organisation.id()).stream()
                .filter(purpose -> purpose.code().equals("QUOTE"))
                .map(Purpose::id)
                .findFirst()
                .orElseThrow();
        manager = TestAccounts.signedIn(
                TestAccounts.create(accounts, repository, organisation, Role.MANAGER, null, List.of("Team Syd")));
    }

    @Test
    void savedTargetsAreShownAgainAndCopiedIntoTheNextMonth() throws Exception {
        mvc.perform(post("/targets")
                        .param("month", "2026-11")
                        .param("t_" + anna + "_" + quote, "6")
                        .with(user(manager))
                        .with(csrf()))
                .andExpect(redirectedUrl("/targets?month=2026-11"));
        mvc.perform(post("/targets/copy")
                        .param("month", "2026-12")
                        .with(user(manager))
                        .with(csrf()))
                .andExpect(redirectedUrl("/targets?month=2026-12"));

        mvc.perform(get("/targets").param("month", "2026-12").with(user(manager)))
                .andExpect(status().isOk())
                .andExpect(xpath("//input[@name='t_" + anna + "_" + quote + "']/@value")
                        .string("6"));
        assertThat(targets()).isEqualTo(2);
        assertThat(audit.latest(organisation.id(), 5))
                .filteredOn(event -> event.action() == AuditAction.TARGET_CHANGED)
                .hasSize(2);
    }

    @Test
    void aTeamTargetIsStoredForTheTeamAndATeamOutsideTheScopeIsNotFound() throws Exception {
        long syd = salespeople.findAll(organisation.id()).get(0).teamId();
        long norr = teams.insert(organisation.id(), "Team Norr");
        salespeople.insert(organisation.id(), norr, "Nils Nord", null);

        mvc.perform(post("/targets")
                        .param("month", "2026-11")
                        .param("team_" + syd + "_" + quote, "9")
                        .with(user(manager))
                        .with(csrf()))
                .andExpect(redirectedUrl("/targets?month=2026-11"));

        mvc.perform(get("/targets").param("month", "2026-11").with(user(manager)))
                // Anna's row and Team Syd's, a cell per purpose, and nothing else to post.
                .andExpect(xpath("//input[@inputmode='numeric']")
                        .nodeCount(2 * purposes.findAll(organisation.id()).size()))
                .andExpect(xpath("//tbody[@class='team-targets']/tr/th[@scope='row']")
                        .string("Team Syd"))
                .andExpect(xpath("//input[@name='team_" + syd + "_" + quote + "']/@value")
                        .string("9"));
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM target WHERE org_id = :org AND team_id = :team AND salesperson_id IS NULL")
                        .param("org", organisation.id())
                        .param("team", syd)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(post("/targets")
                        .param("month", "2026-11")
                        .param("team_" + norr + "_" + quote, "9")
                        .with(user(manager))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTargetOfMinusOneShowsTheGridAgainAndStoresNothing() throws Exception {
        mvc.perform(post("/targets")
                        .param("month", "2026-11")
                        .param("t_" + anna + "_" + quote, "-1")
                        .with(user(manager))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(xpath("//div[@class='error']/p").exists())
                .andExpect(xpath("//input[@name='t_" + anna + "_" + quote + "']/@value")
                        .string("-1"));

        assertThat(targets()).isZero();
    }

    private long targets() {
        return jdbc.sql("SELECT COUNT(*) FROM target WHERE org_id = :org")
                .param("org", organisation.id())
                .query(Long.class)
                .single();
    }
}
