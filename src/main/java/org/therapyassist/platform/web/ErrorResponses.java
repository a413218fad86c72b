package org.therapyassist.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Whatever fails before a controller is chosen (an unknown address, a wrong method or content type, a refused
 * upload, a request a filter turned away) still answers in the product's own voice: problem+json with a stable code
 * under /api, the NHS.UK error page elsewhere. It replaces Spring Boot's default error controller.
 */
@Controller
class ErrorResponses implements ErrorController {

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = statusAttribute instanceof Integer s
                ? s
                : response.getStatus() >= 400 ? response.getStatus() : 500;
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String m && !m.isBlank()
                && status == 400 ? m : null;
        String code = code(status);
        String detail = message != null ? message : detail(status);
        response.setStatus(status);
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            return new ModelAndView(problem(status, code, detail));
        }
        // A filter that refused the request (RequestSizeLimit) may have said more precisely what went wrong.
        ModelAndView page = new ModelAndView("error");
        page.addObject("errorTitle", said(request, "errorTitle", PageErrors.title(status)));
        page.addObject("errorMessage", said(request, "errorMessage", detail));
        page.addObject("errorCode", said(request, "errorCode", code));
        page.addObject("status", status);
        return page;
    }

    private static String said(HttpServletRequest request, String attribute, String otherwise) {
        return request.getAttribute(attribute) instanceof String s && !s.isBlank() ? s : otherwise;
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "request.invalid";
            case 401 -> "auth.required";
            case 403 -> "access.forbidden";
            case 404 -> "not-found";
            case 405 -> "request.method";
            case 406 -> "request.not-acceptable";
            case 413 -> "request.too-large";
            case 415 -> "request.media-type";
            default -> status >= 500 ? "internal" : "request.invalid";
        };
    }

    static String detail(int status) {
        return Messages.text(switch (status) {
            case 400 -> "platform.api.bad-request";
            case 403 -> "platform.api.forbidden";
            case 404 -> "platform.api.not-found";
            case 405 -> "platform.api.method";
            case 413 -> "platform.api.too-large";
            case 415 -> "platform.api.media-type";
            default -> status >= 500 ? "platform.api.internal" : "platform.api.refused";
        });
    }

    private static View problem(int status, String code, String detail) {
        return new View() {
            @Override
            public String getContentType() {
                return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                response.setStatus(status);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                HttpStatus known = HttpStatus.resolve(status);
                response.getWriter()
                        .write("{\"type\":\"https://therapyassist.example/problems/" + code + "\",\"title\":\""
                                + (known == null ? "Error" : known.getReasonPhrase()) + "\",\"status\":" + status
                                + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "'") + "\",\"code\":\""
                                + code + "\"}");
            }
        };
    }
}
