package se.syfte.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An account signed in with a one-time password can do nothing but change it: pages lead to the
 * account page, the API answers 403 saying so. Styles and scripts still load, so that the one
 * page it may see is styled.
 */
@Component
class PasswordChangeFirst implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws java.io.IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null
                && signedIn.getPrincipal() instanceof SignedInUser user
                && user.account().mustChangePassword()) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ApiErrors.write(
                        response,
                        HttpServletResponse.SC_FORBIDDEN,
                        "change the one-time password on the account page first");
            } else {
                response.sendRedirect(request.getContextPath() + "/account");
            }
            return false;
        }
        return true;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .excludePathPatterns(
                        "/account",
                        "/account/password",
                        "/login",
                        "/error",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico");
    }
}
