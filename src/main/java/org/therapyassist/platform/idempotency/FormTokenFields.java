package org.therapyassist.platform.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.support.RequestDataValueProcessor;
import org.therapyassist.platform.security.StaffPrincipal;

/**
 * Adds the one-time token and the page's address to every POST form a template writes with {@code th:action}, the
 * way Spring Security adds the CSRF token: the one {@link RequestDataValueProcessor} the views use is wrapped.
 */
@Configuration(proxyBeanMethods = false)
class FormTokenFields {

    private static final String METHOD = FormTokenFields.class.getName() + ".method";
    private static final String ACTION = FormTokenFields.class.getName() + ".action";

    @Bean
    static BeanPostProcessor formTokenFieldsOnEveryForm(ObjectProvider<FormTokens> tokens) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof RequestDataValueProcessor processor && "requestDataValueProcessor".equals(name)
                        ? new Processor(processor, tokens)
                        : bean;
            }
        };
    }

    record Processor(RequestDataValueProcessor delegate,
            ObjectProvider<FormTokens> tokens) implements RequestDataValueProcessor {

        @Override
        public String processAction(HttpServletRequest request, String action, String httpMethod) {
            request.setAttribute(METHOD, httpMethod);
            request.setAttribute(ACTION, action);
            return delegate.processAction(request, action, httpMethod);
        }

        @Override
        public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
            return delegate.processFormFieldValue(request, name, value, type);
        }

        @Override
        public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, String> others = delegate.getExtraHiddenFields(request);
            if (others != null) {
                fields.putAll(others);
            }
            Object method = request.getAttribute(METHOD);
            Object action = request.getAttribute(ACTION);
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (method instanceof String m && m.equalsIgnoreCase("post") && !signingInOrOut(action)
                    && auth != null && auth.getPrincipal() instanceof StaffPrincipal principal) {
                fields.put(FormTokens.FIELD, tokens.getObject().issue(principal.user()));
                fields.put(PageOfForm.FIELD, PageOfForm.shown(request));
            }
            return fields;
        }

        @Override
        public String processUrl(HttpServletRequest request, String url) {
            return delegate.processUrl(request, url);
        }

        private static boolean signingInOrOut(Object action) {
            return action instanceof String a && (a.endsWith("/login") || a.endsWith("/logout"));
        }
    }
}
