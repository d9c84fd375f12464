package se.syfte.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.syfte.analytics.core.Scope;

/**
 * What /v3/api-docs says about the API as a whole: its name, and that it takes a personal API
 * token (made on "Your account") as a bearer token, or the session of a signed-in browser.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static {
        // A controller's Scope is the caller's, resolved from the sign-in: no parameter a client sends.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Scope.class);
    }

    @Bean
    OpenAPI syfteApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Syfte API")
                        .version("v1")
                        .description("Visits, customers, salespeople, purposes, targets, imports and every report of"
                                + " 'syfte report', within the caller's scope. Errors are RFC 9457 problem details."))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token, syfte_…, made on Your account")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
