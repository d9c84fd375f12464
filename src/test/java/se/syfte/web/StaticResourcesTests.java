package se.syfte.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.syfte.support.DatabaseTest;

/** Issue #16: /favicon.ico was a 404 on every page. */
class StaticResourcesTests extends DatabaseTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theFaviconIsServedToAnyoneAndNamedByThePages() throws Exception {
        mvc.perform(get("/favicon.ico"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/x-icon"));
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("<link rel=\"icon\" href=\"/favicon.ico\"")));
    }
}
