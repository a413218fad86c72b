package org.therapyassist.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.therapyassist.platform.InputRules;

/**
 * Query strings and form posts are decoded here, before sign-in and CSRF read them: a parameter that cannot be decoded
 * (a stray "%" escape) or that holds a control character (a NUL byte in a name or a value) is a 400 at once, instead
 * of an error deep in a controller. It runs after character encoding is set and before Spring Security.
 */
@Component
@Order(-105)
class RequestHygieneFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            // Uploads are parsed and size-checked by the multipart support, which answers 400 or 413 itself.
            chain.doFilter(request, response);
            return;
        }
        // Before sign-in and before Spring MVC sets the request's language: the cookie's or the browser's.
        Locale language = LanguageResolver.beforeSignIn(request);
        String problem;
        try {
            problem = problemWith(request.getParameterMap(), language);
        } catch (RuntimeException undecodable) {
            problem = Messages.text(language, "platform.api.undecodable");
        }
        if (problem != null) {
            refuse(request, response, problem);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String problemWith(Map<String, String[]> parameters, Locale language) {
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            if (InputRules.hasControlCharacters(p.getKey())) {
                return Messages.text(language, "platform.api.control-name");
            }
            for (String value : p.getValue()) {
                if (InputRules.hasControlCharacters(value)) {
                    return Messages.text(language, "platform.api.parameter", p.getKey(),
                            Messages.text(language, "platform.api.control-characters"));
                }
            }
        }
        return null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(400);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(
                    "{\"type\":\"https://therapyassist.example/problems/request.invalid\",\"title\":\"Bad Request\","
                            + "\"status\":400,\"detail\":\"" + detail.replace("\"", "'")
                            + "\",\"code\":\"request.invalid\"}");
            return;
        }
        response.sendError(400, detail);
    }
}
