package se.syfte.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.LoginThrottle;
import se.syfte.accounts.Role;
import se.syfte.audit.AuditAction;
import se.syfte.audit.AuditEvent;
import se.syfte.audit.AuditLog;
import se.syfte.support.DatabaseTest;

class WebDefencesTests extends DatabaseTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    AuditLog audit;

    @Autowired
    se.syfte.accounts.db.AccountRepository repository;

    @Autowired
    org.springframework.security.web.csrf.CsrfTokenRepository csrfTokens;

    @Autowired
    org.springframework.security.web.savedrequest.RequestCache requestCache;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Value("${syfte.security.max-sessions}")
    int maxSessions;

    TwoOrganisations world;

    @BeforeEach
    void world() {
        world = new TwoOrganisations(context);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        mvc.perform(post("/account/tokens").param("name", "CRM").with(user(TwoOrganisations.signedIn(world.admin))))
                .andExpect(status().isForbidden());

        assertThat(accounts.tokens(world.admin)).isEmpty();
    }

    /** Issue: a bogus Authorization header let a signed-in browser post forms without a CSRF token. */
    @Test
    void aBogusBearerHeaderDoesNotSpareASessionRequestItsCsrfCheck() throws Exception {
        for (String path : java.util.List.of("/account/tokens", "/api/v1/tokens")) {
            mvc.perform(post(path)
                            .param("name", "CRM")
                            .header("Authorization", "Bearer anything")
                            .with(user(TwoOrganisations.signedIn(world.admin))))
                    .andExpect(status().is(org.hamcrest.Matchers.either(org.hamcrest.Matchers.is(401))
                            .or(org.hamcrest.Matchers.is(403))));
        }

        assertThat(accounts.tokens(world.admin)).isEmpty();
    }

    /**
     * Issue: every anonymous request made an 8-hour session holding a copy of the request. Tested
     * on the two parts that made one, as the application runs them: MockMvc's csrf() swaps the
     * CSRF filter's token store for a session-backed one, so a request through the filters could
     * not tell (docs/benchmarks.md measures the heap of the running application instead).
     */
    @Test
    void anonymousRequestsMakeNoSession() {
        org.springframework.mock.web.MockHttpServletRequest request =
                new org.springframework.mock.web.MockHttpServletRequest("GET", "/?x=" + "a".repeat(7000));
        org.springframework.mock.web.MockHttpServletResponse response =
                new org.springframework.mock.web.MockHttpServletResponse();

        csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
        requestCache.saveRequest(request, response);

        assertThat(request.getSession(false)).isNull();
        assertThat(response.getCookie("XSRF-TOKEN")).isNotNull();
        assertThat(response.getCookie("XSRF-TOKEN").isHttpOnly()).isTrue();
    }

    @Test
    void signingInGivesANewSessionIdAndWritesTheAuditLog() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();

        MvcResult signedIn = mvc.perform(post("/login")
                        .session(before)
                        .param("username", world.manager.email())
                        .param("password", TwoOrganisations.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn();

        assertThat(signedIn.getRequest().getSession().getId()).isNotEqualTo(idBefore);
        assertThat(actions(world.a.id())).contains(AuditAction.LOGIN);
    }

    @Test
    void afterTenFailedSignInsEvenTheRightPasswordWaitsAndEachAttemptIsLogged() throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            signIn(world.salesperson.email(), "not the password").andExpect(redirectedUrl("/login?error"));
        }

        signIn(world.salesperson.email(), TwoOrganisations.PASSWORD).andExpect(redirectedUrl("/login?throttled"));
        signIn(world.manager.email(), TwoOrganisations.PASSWORD).andExpect(redirectedUrl("/"));
        assertThat(actions(world.a.id()))
                .filteredOn(action -> action == AuditAction.LOGIN_FAILED)
                .hasSize(LoginThrottle.MAX_FAILURES);
        assertThat(actions(world.a.id())).contains(AuditAction.LOGIN_THROTTLED);
    }

    @Test
    void anApiTokenWorksUntilRevokedAndIsThenRefusedWithProblemDetails() throws Exception {
        AccountService.NewToken token = accounts.createToken(world.manager, "CRM");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isOk());

        accounts.revokeToken(world.manager, token.id());

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isUnauthorized())
                .andExpect(
                        header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
        assertThat(actions(world.a.id())).contains(AuditAction.TOKEN_CREATED, AuditAction.TOKEN_REVOKED);
    }

    @Test
    void aRequestWithATokenNeedsNoCsrfTokenAndMakesNoSession() throws Exception {
        AccountService.NewToken token = accounts.createToken(world.admin, "CRM");

        MvcResult created = mvc.perform(post("/api/v1/tokens")
                        .header("Authorization", "Bearer " + token.token())
                        .contentType("application/json")
                        .content("{\"name\":\"calendar\"}"))
                .andExpect(status().isCreated())
                .andReturn();

        assertThat(created.getRequest().getSession(false)).isNull();
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndAreNeitherFramedNorCached() throws Exception {
        mvc.perform(get("/").with(user(TwoOrganisations.signedIn(world.admin))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    }

    @Test
    void anAccountWithAOneTimePasswordSeesOnlyThePasswordPageUntilItIsChanged() throws Exception {
        AccountService.NewAccount fresh = accounts.create(
                world.a,
                "new-" + System.nanoTime() + "@a.example",
                se.syfte.accounts.Role.ADMIN,
                java.util.Optional.empty(),
                List.of(),
                Optional.empty(),
                "test");
        MockHttpSession session = (MockHttpSession) signIn(fresh.account().email(), fresh.password())
                .andReturn()
                .getRequest()
                .getSession();

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account"));
        mvc.perform(post("/account/password")
                        .session(session)
                        .param("current", fresh.password())
                        .param("password", "my own long password")
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(actions(world.a.id())).contains(AuditAction.USER_CREATED, AuditAction.PASSWORD_CHANGED);
    }

    /** Issue: signed in with a one-time password, the API answered and minted a token that outlived it. */
    @Test
    void aOneTimePasswordSessionCanOnlyChangeItOnPagesAndInTheApi() throws Exception {
        AccountService.NewAccount fresh = newAdmin();
        MockHttpSession session = (MockHttpSession) signIn(fresh.account().email(), fresh.password())
                .andReturn()
                .getRequest()
                .getSession();

        mvc.perform(get("/api/v1/visits").session(session))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("one-time password")));
        mvc.perform(post("/api/v1/tokens")
                        .session(session)
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"name\":\"CRM\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/css/syfte.css").session(session)).andExpect(status().isOk());

        assertThat(accounts.tokens(fresh.account())).isEmpty();
    }

    /** Issue: after an admin reset, the user's sessions and API tokens kept answering. */
    @Test
    void anAdminResetEndsTheAccountsSessionsAndRevokesItsTokens() throws Exception {
        AccountService.NewAccount user = newAdmin();
        MockHttpSession session = chosenPasswordSession(user);
        AccountService.NewToken token = accounts.createToken(
                repository.find(user.account().orgId(), user.account().id()).orElseThrow(), "CRM");
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        accounts.resetPassword(world.admin, user.account().id());

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?signedOut"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isUnauthorized());
        assertThat(actions(world.a.id())).contains(AuditAction.PASSWORD_RESET);
    }

    /** A password change ends the account's other sessions, not the one that changed it. */
    @Test
    void aPasswordChangeEndsTheOtherSessionsOnly() throws Exception {
        AccountService.NewAccount user = newAdmin();
        MockHttpSession changing = chosenPasswordSession(user);
        MockHttpSession other = (MockHttpSession) signIn(user.account().email(), "the first chosen password")
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(get("/").session(other)).andExpect(status().isOk());

        mvc.perform(post("/account/password")
                        .session(changing)
                        .param("current", "the first chosen password")
                        .param("password", "the second chosen password")
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/").session(changing)).andExpect(status().isOk());
        mvc.perform(get("/").session(other)).andExpect(redirectedUrl("/login?signedOut"));
        mvc.perform(get("/api/v1/me").session(other)).andExpect(status().isUnauthorized());
    }

    /** An account has at most syfte.security.max-sessions sessions; one more ends its oldest. */
    @Test
    void signingInOnceMoreThanAllowedEndsTheOldestSessionOnly() throws Exception {
        AccountService.NewAccount user = newAdmin();
        List<MockHttpSession> sessions = new java.util.ArrayList<>(List.of(chosenPasswordSession(user)));
        mvc.perform(get("/").session(sessions.get(0))).andExpect(status().isOk());
        for (int i = 0; i < maxSessions; i++) {
            MockHttpSession next = (MockHttpSession) signIn(user.account().email(), "the first chosen password")
                    .andReturn()
                    .getRequest()
                    .getSession();
            mvc.perform(get("/").session(next)).andExpect(status().isOk());
            sessions.add(next);
        }

        mvc.perform(get("/").session(sessions.get(0))).andExpect(redirectedUrl("/login?signedOut"));
        for (MockHttpSession later : sessions.subList(1, sessions.size())) {
            mvc.perform(get("/").session(later)).andExpect(status().isOk());
        }
        assertThat(sessionRows(user.account())).isEqualTo(maxSessions);
    }

    @Test
    void signingOutEndsTheSessionInTheDatabase() throws Exception {
        AccountService.NewAccount user = newAdmin();
        MockHttpSession session = chosenPasswordSession(user);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(sessionRows(user.account())).isEqualTo(1);

        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));

        assertThat(sessionRows(user.account())).isZero();
    }

    /** What a session may see was fixed at sign-in: a new role ends it and the account's tokens. */
    @Test
    void aRoleChangeEndsTheAccountsSessionsAndRevokesItsTokens() throws Exception {
        AccountService.NewAccount user = newAdmin();
        MockHttpSession session = chosenPasswordSession(user);
        AccountService.NewToken token = accounts.createToken(
                repository.find(user.account().orgId(), user.account().id()).orElseThrow(), "CRM");
        mvc.perform(get("/admin/audit").session(session)).andExpect(status().isOk());

        accounts.change(
                world.a,
                user.account().email(),
                Role.MANAGER,
                Optional.empty(),
                List.of("North"),
                Optional.empty(),
                "test");

        mvc.perform(get("/admin/audit").session(session)).andExpect(redirectedUrl("/login?signedOut"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isUnauthorized());
        MockHttpSession again = (MockHttpSession) signIn(user.account().email(), "the first chosen password")
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(get("/admin/audit").session(again)).andExpect(status().isForbidden());
        assertThat(audit.latest(world.a.id(), 10))
                .anySatisfy(event -> assertThat(event.detail())
                        .startsWith(user.account().email() + ": admin → manager")
                        .endsWith("; 1 session ended and 1 API token revoked"));
    }

    @Test
    void aDisabledAccountCannotSignInAndItsSessionsAndTokensEnd() throws Exception {
        AccountService.NewAccount user = newAdmin();
        MockHttpSession session = chosenPasswordSession(user);
        AccountService.NewToken token = accounts.createToken(
                repository.find(user.account().orgId(), user.account().id()).orElseThrow(), "CRM");

        accounts.enable(world.a, user.account().email(), false, "test");

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?signedOut"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isUnauthorized());
        signIn(user.account().email(), "the first chosen password").andExpect(redirectedUrl("/login?error"));
        assertThat(actions(world.a.id())).contains(AuditAction.USER_DISABLED);

        accounts.enable(world.a, user.account().email(), true, "test");

        signIn(user.account().email(), "the first chosen password").andExpect(redirectedUrl("/"));
    }

    @Test
    void theOrganisationsOnlyAdminCanBeNeitherDisabledNorMadeAManager() {
        se.syfte.organisation.Organisation alone = context.getBean(se.syfte.organisation.OrganisationService.class)
                .create("alone-" + System.nanoTime(), "Alone AB");
        context.getBean(se.syfte.organisation.db.TeamRepository.class).insert(alone.id(), "Solo");
        AccountService.NewAccount only = accounts.create(
                alone,
                "only-" + System.nanoTime() + "@alone.example",
                Role.ADMIN,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                "test");

        assertThatThrownBy(() -> accounts.enable(alone, only.account().email(), false, "test"))
                .hasMessageContaining("only admin");
        assertThatThrownBy(() -> accounts.change(
                        alone,
                        only.account().email(),
                        Role.MANAGER,
                        Optional.empty(),
                        List.of("Solo"),
                        Optional.empty(),
                        "test"))
                .hasMessageContaining("only admin");
        assertThat(repository
                        .find(alone.id(), only.account().id())
                        .orElseThrow()
                        .enabled())
                .isTrue();
    }

    private long sessionRows(se.syfte.accounts.Account account) {
        return jdbc.sql("SELECT COUNT(*) FROM signed_in_session WHERE org_id = :org AND user_id = :id")
                .param("org", account.orgId())
                .param("id", account.id())
                .query(Long.class)
                .single();
    }

    private AccountService.NewAccount newAdmin() {
        return accounts.create(
                world.a,
                "new-" + System.nanoTime() + "@a.example",
                se.syfte.accounts.Role.ADMIN,
                java.util.Optional.empty(),
                List.of(),
                Optional.empty(),
                "test");
    }

    /** Signed in with the one-time password, which is then changed to "the first chosen password". */
    private MockHttpSession chosenPasswordSession(AccountService.NewAccount user) throws Exception {
        MockHttpSession session = (MockHttpSession) signIn(user.account().email(), user.password())
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(post("/account/password")
                        .session(session)
                        .param("current", user.password())
                        .param("password", "the first chosen password")
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"));
        return session;
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String email, String password) throws Exception {
        return mvc.perform(post("/login")
                .param("username", email)
                .param("password", password)
                .with(csrf()));
    }

    private List<AuditAction> actions(long org) {
        return audit.latest(org, 100).stream().map(AuditEvent::action).toList();
    }
}
