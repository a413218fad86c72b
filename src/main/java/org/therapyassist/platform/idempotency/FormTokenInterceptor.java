package org.therapyassist.platform.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.security.StaffPrincipal;
import org.therapyassist.platform.web.Messages;

/**
 * Every page form post must carry a one-time token ({@link FormTokens}), used once. A post whose token was already
 * used goes where the first one went, with "This was already saved", and does nothing; one that arrives while the
 * first is still running waits for it. A post that saved nothing (the form came back with errors) frees its token.
 * The outbox's posts carry an Idempotency-Key instead ({@link IdempotencyFilter}).
 */
@Configuration(proxyBeanMethods = false)
class FormTokenInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    /** The banner when a form comes back that was already saved: a message key. */
    static final String ALREADY_SAVED = "platform.form.already-saved";
    private static final String CLAIMED = FormTokenInterceptor.class.getName() + ".claimed";
    private static final String REFUSED = FormTokenInterceptor.class.getName() + ".refused";
    private static final int WAIT_STEPS = 25;
    private static final long WAIT_STEP_MILLIS = 200;

    private final FormTokens tokens;

    FormTokenInterceptor(FormTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!isPageFormPost(request, handler)) {
            return true;
        }
        CurrentUser user = currentUser();
        if (user == null) {
            return true;
        }
        FormTokens.Valid token = switch (tokens.check(user, request.getParameter(FormTokens.FIELD))) {
            case FormTokens.Refused refused -> throw new FormTokenRefused(refused.problem());
            case FormTokens.Accepted accepted -> accepted.token();
        };
        switch (tokens.claim(token, user)) {
            case FormTokens.Claimed claimed -> {
                request.setAttribute(CLAIMED, token.id());
                return true;
            }
            case FormTokens.AlreadyDone done -> {
                alreadySaved(request, response, done.outcome());
                return false;
            }
            case FormTokens.InFlight inFlight -> {
                Optional<String> outcome = waitFor(token.id());
                if (outcome.isEmpty()) {
                    throw new ConflictException("form.in-flight", Messages.text("platform.form.in-flight"));
                }
                alreadySaved(request, response, outcome.get());
                return false;
            }
        }
    }

    /**
     * Tells the next page that this form was saved, so the browser forgets what it kept of it (app.js). A redirect that
     * carries a refusal ({@code problem}) saved nothing: the form may be sent again and what was typed is kept.
     */
    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (request.getAttribute(CLAIMED) == null || mav == null || !isRedirect(mav)) {
            return;
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        if (flash.containsKey("problem")) {
            request.setAttribute(REFUSED, Boolean.TRUE);
            return;
        }
        String page = PageOfForm.posted(request);
        if (page != null) {
            flash.put("formSaved", page);
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        String id = (String) request.getAttribute(CLAIMED);
        if (id == null) {
            return;
        }
        String location = response.getHeader("Location");
        int status = response.getStatus();
        boolean saved = ex == null && status >= 300 && status < 400 && request.getAttribute(REFUSED) == null;
        String outcome = saved ? localPath(request, location) : null;
        if (outcome != null) {
            tokens.complete(id, outcome);
        } else {
            tokens.release(id);
        }
    }

    private Optional<String> waitFor(String id) {
        for (int i = 0; i < WAIT_STEPS; i++) {
            Optional<String> outcome = tokens.outcomeOf(id);
            if (outcome.isPresent()) {
                return outcome;
            }
            try {
                Thread.sleep(WAIT_STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    private static void alreadySaved(HttpServletRequest request, HttpServletResponse response, String outcome)
            throws IOException {
        String target = request.getContextPath() + outcome;
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("banner", Messages.text(ALREADY_SAVED));
        String page = PageOfForm.posted(request);
        if (page != null) {
            flash.put("formSaved", page);
        }
        RequestContextUtils.saveOutputFlashMap(target, request, response);
        response.sendRedirect(target);
    }

    private static boolean isRedirect(ModelAndView mav) {
        String name = mav.getViewName();
        return mav.getView() instanceof RedirectView || (name != null && name.startsWith("redirect:"));
    }

    /** The path (with query and fragment) of a redirect within this application, or null. */
    static String localPath(HttpServletRequest request, String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(location);
            if (uri.getRawPath() == null
                    || (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName()))) {
                return null;
            }
            String path = uri.getRawPath();
            if (!path.startsWith("/")) {
                return null;
            }
            if (!request.getContextPath().isEmpty() && path.startsWith(request.getContextPath())) {
                path = path.substring(request.getContextPath().length());
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isPageFormPost(HttpServletRequest request, Object handler) {
        return "POST".equals(request.getMethod())
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && !request.getRequestURI().startsWith(request.getContextPath() + IdempotencyRules.OUTBOX)
                && handler instanceof HandlerMethod method
                && method.getBeanType().getName().startsWith("org.therapyassist.");
    }

    private static CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof StaffPrincipal principal ? principal.user() : null;
    }
}
