package se.syfte.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.syfte.accounts.Account;
import se.syfte.accounts.Role;
import se.syfte.accounts.db.AccountRepository;
import se.syfte.support.DatabaseTest;

/** An admin runs accounts from the browser and the API; a manager reads their teams' accounts. */
class UsersPageTests extends DatabaseTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcClient jdbc;

    TwoOrganisations world;

    @BeforeEach
    void world() {
        world = new TwoOrganisations(context);
    }

    @Test
    void anAdminMakesAManagerAndSeesItsOneTimePasswordOnlyOnce() throws Exception {
        String email = "greta-" + System.nanoTime() + "@a.example";
        MvcResult made = mvc.perform(post("/admin/users")
                        .with(user(TwoOrganisations.signedIn(world.admin)))
                        .with(csrf())
                        .header("Accept-Language", "sv")
                        .param("email", email)
                        .param("name", "Greta Lund")
                        .param("role", "MANAGER")
                        .param("teams", "North", "South"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        Account greta = accounts.credentials(email).orElseThrow().account();
        assertThat(greta.displayName()).isEqualTo("Greta Lund");
        assertThat(greta.role()).isEqualTo(Role.MANAGER);
        assertThat(greta.teamIds()).hasSize(2);
        assertThat(greta.mustChangePassword()).isTrue();
        assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/users/" + greta.id());

        String first = page("/users/" + greta.id(), world.admin, "sv", made);
        assertThat(first)
                .contains("Greta Lund", "chef", "North, South", "Kontot är skapat", "one-time-password")
                .contains("Aktivt, har ännu inte valt lösenord");
        assertThat(page("/users/" + greta.id(), world.admin, "sv", null)).doesNotContain("one-time-password");
        assertThat(page("/users", world.admin, "en", null)).contains("Greta Lund", email, "manager", "Make an account");
        assertThat(audit("USER_CREATED")).anyMatch(detail -> detail.startsWith(email));
    }

    @Test
    void aRefusedAccountKeepsTheFormAndSaysWhyInTheReadersLanguage() throws Exception {
        String email = "utan-team-" + System.nanoTime() + "@a.example";
        String page = mvc.perform(post("/admin/users")
                        .with(user(TwoOrganisations.signedIn(world.admin)))
                        .with(csrf())
                        .header("Accept-Language", "sv")
                        .param("email", email)
                        .param("name", "Utan Team")
                        .param("role", "MANAGER"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("En säljchefs konto anger de team hen leder: välj minst ett.")
                .contains("value=\"" + email + "\"", "value=\"Utan Team\"")
                .doesNotContain("--teams");
        assertThat(accounts.credentials(email)).isEmpty();
    }

    @Test
    void aFormWithoutARoleIsABadRequestAndStoresNothing() throws Exception {
        String email = "utan-roll-" + System.nanoTime() + "@a.example";
        mvc.perform(post("/admin/users")
                        .with(user(TwoOrganisations.signedIn(world.admin)))
                        .with(csrf())
                        .param("email", email))
                .andExpect(status().isBadRequest());
        assertThat(accounts.credentials(email)).isEmpty();
    }

    @Test
    void anAdminRenamesChangesDisablesAndReenablesAnAccountAndEachIsAudited() throws Exception {
        long anna = world.salesperson.id();
        mvc.perform(post("/admin/users/{id}", anna)
                        .with(user(TwoOrganisations.signedIn(world.admin)))
                        .with(csrf())
                        .param("name", "Anna Andersson")
                        .param("role", "SALESPERSON")
                        .param("salesperson", "Anna"))
                .andExpect(status().is3xxRedirection());
        Account renamed = accounts.find(world.a.id(), anna).orElseThrow();
        assertThat(renamed.displayName()).isEqualTo("Anna Andersson");
        assertThat(renamed.credentialsVersion())
                .as("a new name alone ends no session")
                .isEqualTo(world.salesperson.credentialsVersion());

        mvc.perform(post("/admin/users/{id}", anna)
                        .with(user(TwoOrganisations.signedIn(world.admin)))
                        .with(csrf())
                        .param("name", "Anna Andersson")
                        .param("role", "MANAGER")
                        .param("salesperson", "Anna")
                        .param("teams", "North"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.find(world.a.id(), anna).orElseThrow().role()).isEqualTo(Role.MANAGER);

        mvc.perform(post("/admin/users/{id}/enabled", anna)
                        .with(user(TwoOrganisations.signedIn(world.admin)))
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.find(world.a.id(), anna).orElseThrow().enabled()).isFalse();
        assertThat(page("/users", world.admin, "sv", null)).contains("Avstängt");

        mvc.perform(post("/admin/users/{id}/enabled", anna)
                        .with(user(TwoOrganisations.signedIn(world.admin)))
                        .with(csrf())
                        .param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.find(world.a.id(), anna).orElseThrow().enabled()).isTrue();

        assertThat(audit("USER_CHANGED"))
                .anyMatch(detail -> detail.contains("named Anna Andersson") && !detail.contains("session"))
                .anyMatch(detail -> detail.contains("salesperson → manager") && detail.contains("sessions ended"));
        assertThat(audit("USER_DISABLED")).hasSize(1);
        assertThat(audit("USER_ENABLED")).hasSize(1);
    }

    @Test
    void theOnlyAdminCannotDisableThemselvesAndThePageSaysWhy() throws Exception {
        Account another = accounts.findAll(world.a.id()).stream()
                .filter(account -> account.role() == Role.ADMIN && account.id() != world.admin.id())
                .findFirst()
                .orElse(null);
        assertThat(another).as("organisation A has one admin").isNull();

        MvcResult refused = mvc.perform(post("/admin/users/{id}", world.admin.id())
                        .with(user(TwoOrganisations.signedIn(world.admin)))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("role", "MANAGER")
                        .param("teams", "North"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(refused.getResponse().getContentAsString())
                .contains("is the organisation&#39;s only active admin; make another admin first.");
        assertThat(accounts.find(world.a.id(), world.admin.id()).orElseThrow().role())
                .isEqualTo(Role.ADMIN);
    }

    @Test
    void aManagerSeesTheirTeamsAccountsAndNoFormToChangeThem() throws Exception {
        Account cecilia = accounts.find(
                        world.a.id(),
                        context.getBean(se.syfte.accounts.AccountService.class)
                                .create(
                                        world.a,
                                        "cecilia-" + System.nanoTime() + "@a.example",
                                        Role.SALESPERSON,
                                        java.util.Optional.of("Cecilia"),
                                        List.of(),
                                        java.util.Optional.empty(),
                                        "test")
                                .account()
                                .id())
                .orElseThrow();

        String page = page("/users", world.manager, "en", null);
        assertThat(page)
                .contains(world.salesperson.email(), world.manager.email())
                .doesNotContain(cecilia.email(), world.admin.email(), "Make an account", "/admin/users");
        assertThat(page("/users/" + world.salesperson.id(), world.manager, "en", null))
                .contains(world.salesperson.email())
                .doesNotContain("Save the changes", "Disable the account");
        mvc.perform(get("/users/{id}", cecilia.id()).with(user(TwoOrganisations.signedIn(world.manager))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/{id}/enabled", world.salesperson.id())
                        .with(user(TwoOrganisations.signedIn(world.manager)))
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(status().isForbidden());
        assertThat(accounts.find(world.a.id(), world.salesperson.id())
                        .orElseThrow()
                        .enabled())
                .isTrue();
    }

    /** The page and the API read an account's terms alike: a blank name is no name, as on the form. */
    @Test
    void anAccountMadeOverTheApiWithABlankNameIsNamedAfterItsSalesperson() throws Exception {
        String email = "blank-" + System.nanoTime() + "@a.example";

        mvc.perform(post("/api/v1/users")
                        .with(user(TwoOrganisations.signedIn(world.admin)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email
                                + "\",\"name\":\"  \",\"role\":\"SALESPERSON\",\"salesperson\":\"Bo\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.account.name").value("Bo"));
        mvc.perform(post("/api/v1/users")
                        .with(user(TwoOrganisations.signedIn(world.admin)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\" \",\"role\":\"SALESPERSON\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theApiMakesAndChangesAccountsAndAnswersARefusalAsAProblem() throws Exception {
        String email = "api-" + System.nanoTime() + "@a.example";
        mvc.perform(post("/api/v1/users")
                        .with(user(TwoOrganisations.signedIn(world.admin)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"role\":\"SALESPERSON\",\"salesperson\":\"Bo\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.account.email").value(email))
                .andExpect(jsonPath("$.account.name").value("Bo"))
                .andExpect(jsonPath("$.account.salesperson").value("Bo"))
                .andExpect(jsonPath("$.oneTimePassword").isString());
        long bo = accounts.credentials(email).orElseThrow().account().id();

        mvc.perform(put("/api/v1/users/{id}", bo)
                        .with(user(TwoOrganisations.signedIn(world.admin)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"SALESPERSON\",\"salesperson\":\"Nobody\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("there is no salesperson 'Nobody' in " + world.a.code()));

        mvc.perform(get("/api/v1/users").with(user(TwoOrganisations.signedIn(world.manager))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.email == '" + email + "')]").exists())
                .andExpect(jsonPath("$[?(@.email == '" + world.admin.email() + "')]")
                        .doesNotExist());
    }

    private String page(String path, Account viewer, String language, MvcResult after) throws Exception {
        var request = get(path).with(user(TwoOrganisations.signedIn(viewer))).header("Accept-Language", language);
        if (after != null) {
            request.flashAttrs(after.getFlashMap());
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private List<String> audit(String action) {
        return jdbc.sql("SELECT detail FROM audit_event WHERE org_id = :org AND action = :action")
                .param("org", world.a.id())
                .param("action", action)
                .query(String.class)
                .list();
    }
}
