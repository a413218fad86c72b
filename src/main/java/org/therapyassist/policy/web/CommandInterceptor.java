package org.therapyassist.policy.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.security.StaffPrincipal;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;

/**
 * Checks the declared command of every page form post and API write before the controller method runs (before the
 * body is even read). A write of ours that declares no command is refused: forgetting the declaration fails closed.
 */
@Configuration(proxyBeanMethods = false)
class CommandInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    static final String UNDECLARED = "policy.undeclared";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final CommandGuard guard;

    CommandInterceptor(CommandGuard guard) {
        this.guard = guard;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // Only the request as it arrived is a command: a forward to an error page (a refused form post is forwarded,
        // still a POST) was already checked, or refused, on its way in.
        if (request.getDispatcherType() != DispatcherType.REQUEST
                || !(handler instanceof HandlerMethod method) || !ours(method)) {
            return true;
        }
        Performs performs = method.getMethodAnnotation(Performs.class);
        if (performs == null) {
            if (WRITES.contains(request.getMethod())) {
                throw new NotAllowedException(UNDECLARED, Messages.text("policy.refusal.undeclared"));
            }
            return true;
        }
        guard.check(currentUser(), performs.value());
        return true;
    }

    private static boolean ours(HandlerMethod method) {
        return method.getBeanType().getName().startsWith("org.therapyassist.");
    }

    private static CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof StaffPrincipal principal ? principal.user() : null;
    }
}
