package se.syfte.coaching.figures;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.Role;
import se.syfte.accounts.db.AccountRepository;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.accounts.web.TestAccounts;
import se.syfte.analytics.effort.db.EffortQuery;
import se.syfte.analytics.journeys.db.JourneyInputQuery;
import se.syfte.demo.DemoService;
import se.syfte.demo.DemoStories;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.reports.ReportContexts;
import se.syfte.support.DatabaseTest;

/** The coaching page works its figures out once: one cut, one walk of the journeys, one read of the effort. */
class CoachingPageWorkTests extends DatabaseTest {

    @MockitoSpyBean
    ReportContexts contexts;

    @MockitoSpyBean
    JourneyInputQuery journeys;

    @MockitoSpyBean
    EffortQuery effort;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoService demo;

    @Autowired
    OrganisationService organisations;

    @Autowired
    SalespersonRepository salespeople;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Test
    void theCoachingPageResolvesItsCutOnceAndWalksTheJourneysOnce() throws Exception {
        String code = "coaching-work-" + System.nanoTime();
        demo.create(code, 42, LocalDate.now(ZoneId.of("Europe/Stockholm")), true);
        Organisation organisation = organisations.require(code);
        SignedInUser admin =
                TestAccounts.signedIn(TestAccounts.create(accounts, repository, organisation, Role.ADMIN, null));
        long johan = salespeople.findAll(organisation.id()).stream()
                .filter(person -> person.name().equals(DemoStories.QUOTE_HEAVY_SALESPERSON))
                .findFirst()
                .orElseThrow()
                .id();
        clearInvocations(contexts, journeys, effort);

        mvc.perform(get("/coaching/" + johan).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(DemoStories.QUOTE_HEAVY_SALESPERSON)));

        verify(contexts, times(1)).resolve(any(), any(), any());
        verify(journeys, times(1)).walk(any(), any(), any());
        verify(effort, times(1)).run(any(), any());
    }
}
