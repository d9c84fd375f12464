package se.syfte.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.syfte.accounts.AccountService;
import se.syfte.accounts.LoginThrottle;
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
