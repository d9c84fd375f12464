package se.syfte.accounts.web;

import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.syfte.accounts.AccountScope;
import se.syfte.analytics.core.Scope;

/**
 * Gives a controller method's {@link Scope} parameter the signed-in caller's scope, so that features
 * whose pages need only "which organisation, which salespeople" do not depend on accounts.
 */
@Component
class CallerScopeResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final AccountScope scopes;

    CallerScopeResolver(AccountScope scopes) {
        this.scopes = scopes;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Scope.class);
    }

    @Override
    public Scope resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof SignedInUser user) {
            return scopes.of(user.account());
        }
        throw new IllegalStateException("a scope is resolved only for a signed-in caller");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }
}
