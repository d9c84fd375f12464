package se.syfte.settings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.Role;
import se.syfte.accounts.db.AccountRepository;
import se.syfte.accounts.web.SignedInUser;
import se.syfte.accounts.web.TestAccounts;
import se.syfte.audit.AuditAction;
import se.syfte.audit.AuditLog;
import se.syfte.organisation.FollowThrough;
import se.syfte.organisation.Organisation;
import se.syfte.organisation.OrganisationService;
import se.syfte.organisation.Salesperson;
import se.syfte.organisation.db.SalespersonRepository;
import se.syfte.organisation.db.TeamRepository;
import se.syfte.purposes.Purpose;
import se.syfte.purposes.PurposeKind;
import se.syfte.purposes.db.PurposeRepository;
import se.syfte.support.DatabaseTest;
import se.syfte.visitlog.VisitService;

class SettingsPageTests extends DatabaseTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PurposeRepository purposes;

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
    AuditLog audit;

    @Autowired
    org.springframework.context.ApplicationContext context;

    Organisation organisation;
    SignedInUser admin;

    @BeforeEach
    void anAdmin() {
        organisation = TestAccounts.anna(context, "settings").organisation();
        admin = TestAccounts.signedIn(TestAccounts.create(accounts, repository, organisation, Role.ADMIN, null));
    }

    @Test
    void anAdminAddsAPurposeWithItsKeywordRules() throws Exception {
        mvc.perform(addPurpose("LUNCH", "CARE", "").param("keywords", "Frukost\nfika, frukost"))
                .andExpect(redirectedUrl("/admin/settings"));

        Purpose lunch = purpose("LUNCH");
        assertThat(lunch.kind()).isEqualTo(PurposeKind.CARE);
        assertThat(lunch.defaultMinutes()).isEqualTo(45);
        assertThat(purposes.keywords(organisation.id(), lunch.id())).containsExactly("fika", "frukost");
        assertThat(audit.latest(organisation.id(), 1).get(0).action()).isEqualTo(AuditAction.SETTINGS_CHANGED);
        mvc.perform(get("/admin/settings").with(user(admin)))
                .andExpect(xpath("//section[@id='purposes']//tr[td[1]='LUNCH']/td[@class='keywords']")
                        .string("fika, frukost"));
    }

    @Test
    void aKeywordRuleOfAnotherPurposeOrACarePurposeWithAStepShowsTheFormAgainAndStoresNothing() throws Exception {
        mvc.perform(addPurpose("LUNCH", "CARE", "3").param("keywords", "offert"))
                .andExpect(status().isOk())
                .andExpect(xpath("//div[@role='alert']//li").nodeCount(2))
                .andExpect(xpath("//input[@name='nameSv']/@value").string("Lunchmöte"));

        assertThat(purposes.findAll(organisation.id()))
                .extracting(Purpose::code)
                .doesNotContain("LUNCH");
    }

    @Test
    void changingTheStepOfAPurposeWithVisitsWarnsFirstAndStoresOnlyWhenConfirmed() throws Exception {
        Purpose quote = purpose("QUOTE");
        visits.create(
                repository.find(organisation.id(), admin.account().id()).orElseThrow(),
                new VisitService.VisitInput(
                        LocalDate.of(2026, 11, 2), null, anna().id(), "Kund AB", "QUOTE", 60, null, null, null));

        mvc.perform(changeQuote(quote, quote.nameEn(), "4"))
                .andExpect(status().isOk())
                .andExpect(xpath("//div[contains(@class,'warning')]/p[1]")
                        .string("This changes figures already shown, for the visit with this purpose:"))
                .andExpect(xpath("//input[@name='confirmed']/@value").string("true"));
        assertThat(purpose("QUOTE").step()).isEqualTo(quote.step());

        mvc.perform(changeQuote(quote, quote.nameEn(), "4").param("confirmed", "true"))
                .andExpect(redirectedUrl("/admin/settings"));
        assertThat(purpose("QUOTE").step()).isEqualTo(4);
    }

    @Test
    void renamingAPurposeChangesNoFigureAndIsStoredAtOnce() throws Exception {
        Purpose quote = purpose("QUOTE");

        mvc.perform(changeQuote(quote, "Quote meeting", quote.step().toString()))
                .andExpect(redirectedUrl("/admin/settings"));

        assertThat(purpose("QUOTE").nameEn()).isEqualTo("Quote meeting");
    }

    @Test
    void teamsAreAddedAndRenamedAndATakenNameIsRefused() throws Exception {
        mvc.perform(post("/admin/settings/teams")
                        .param("name", "Team Norr")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/settings"));
        long norr = teams.findAll(organisation.id()).stream()
                .filter(team -> team.name().equals("Team Norr"))
                .findFirst()
                .orElseThrow()
                .id();

        mvc.perform(post("/admin/settings/teams/{id}", norr)
                        .param("name", "team syd")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(xpath("//p[@role='alert']").string("Another team has that name."));
        mvc.perform(post("/admin/settings/teams/{id}", norr)
                        .param("name", "Team Mitt")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/settings"));

        assertThat(teams.findAll(organisation.id()))
                .extracting(se.syfte.organisation.Team::name)
                .containsExactlyInAnyOrder("Team Syd", "Team Mitt");
    }

    @Test
    void theNextStepDaysAndCadencePerTierAreSetAndAnImpossibleNumberIsRefused() throws Exception {
        mvc.perform(get("/admin/settings").with(user(admin)))
                .andExpect(xpath("//input[@name='nextStepDays']/@value").string("30"))
                .andExpect(xpath("//input[@name='cadenceC']/@value").string("120"));

        mvc.perform(followThrough("21", "14", "45", "0"))
                .andExpect(status().isOk())
                .andExpect(xpath("//p[@role='alert']").string("Give whole days from 1 to 3650."));
        mvc.perform(followThrough("21", "14", "45", "90")).andExpect(redirectedUrl("/admin/settings"));

        OrganisationService organisations = context.getBean(OrganisationService.class);
        assertThat(organisations.byId(organisation.id()).followThrough()).isEqualTo(new FollowThrough(21, 14, 45, 90));
        assertThat(audit.latest(organisation.id(), 5))
                .anyMatch(event -> event.detail().equals("next step within 21 days, cadence A 14, B 45, C 90 days"));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder followThrough(
            String nextStepDays, String a, String b, String c) {
        return post("/admin/settings/follow-through")
                .param("nextStepDays", nextStepDays)
                .param("cadenceA", a)
                .param("cadenceB", b)
                .param("cadenceC", c)
                .header("Accept-Language", "en")
                .with(user(admin))
                .with(csrf());
    }

    @Test
    void aSalespersonIsAddedMovedToAnotherTeamAndAWrongEmailIsRefused() throws Exception {
        long norr = teams.insert(organisation.id(), "Team Norr");
        mvc.perform(post("/admin/settings/salespeople")
                        .param("name", "Bo Berg")
                        .param("email", "bo@example")
                        .param("team", String.valueOf(anna().teamId()))
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(xpath("//p[@role='alert']").string("That is not an e-mail address."));
        mvc.perform(post("/admin/settings/salespeople")
                        .param("name", "Bo Berg")
                        .param("email", "bo@example.se")
                        .param("team", String.valueOf(anna().teamId()))
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/settings"));

        mvc.perform(post("/admin/settings/salespeople/{id}", anna().id())
                        .param("name", "Anna Åberg")
                        .param("team", String.valueOf(norr))
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/settings"));

        List<Salesperson> people = salespeople.findAll(organisation.id());
        assertThat(people).extracting(Salesperson::name).containsExactly("Anna Åberg", "Bo Berg");
        assertThat(anna().teamId()).isEqualTo(norr);
    }

    private MockHttpServletRequestBuilder addPurpose(String code, String kind, String step) {
        return post("/admin/settings/purposes")
                .param("code", code)
                .param("nameSv", "Lunchmöte")
                .param("nameEn", "Lunch meeting")
                .param("kind", kind)
                .param("step", step)
                .param("defaultMinutes", "45")
                .with(user(admin))
                .with(csrf());
    }

    private MockHttpServletRequestBuilder changeQuote(Purpose quote, String nameEn, String step) {
        return post("/admin/settings/purposes/{id}", quote.id())
                .param("nameSv", quote.nameSv())
                .param("nameEn", nameEn)
                .param("kind", "FUNNEL")
                .param("step", step)
                .param("defaultMinutes", String.valueOf(quote.defaultMinutes()))
                .with(user(admin))
                .with(csrf());
    }

    private Purpose purpose(String code) {
        return purposes.findAll(organisation.id()).stream()
                .filter(purpose -> purpose.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private Salesperson anna() {
        return salespeople.findAll(organisation.id()).stream()
                .filter(person -> person.name().equals("Anna Åberg"))
                .findFirst()
                .orElseThrow();
    }
}
