package org.therapyassist.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.DomainException;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.idempotency.FormTokenRefused;

/** Pages show a plain-English error page with the right status; forms handle their own field errors. */
@ControllerAdvice(annotations = Controller.class)
@org.springframework.core.annotation.Order(1)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        int status = switch (e) {
            case NotFoundException nf -> 404;
            case ConflictException c -> 409;
            case NotAllowedException na -> 403;
            // Bad input that no form shows beside a field (a page number out of range in the address).
            case InvalidInputException ii -> 400;
            default -> 422;
        };
        if (e instanceof InvalidInputException) {
            return show(400, title(400), Messages.text("platform.error.invalid.go-back", FormErrors.messageOf(e)),
                    e.code(), model, response);
        }
        // A record outside the caseload: offer the break-glass form, and come back here once a reason is given.
        if (BREAK_GLASS.equals(e.code()) && e.details().get("patientId") != null) {
            model.addAttribute("breakGlassPatientId", e.details().get("patientId"));
            model.addAttribute("returnTo", "GET".equals(request.getMethod())
                    ? request.getRequestURI()
                            + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                    : null);
        }
        return show(status, title(status), e.getMessage(), e.code(), model, response);
    }

    private static final String BREAK_GLASS = "access.break-glass-required";

    /** A form post without its one-time token: like a failed CSRF check, a plain page that says what to do. */
    @ExceptionHandler(FormTokenRefused.class)
    String formToken(FormTokenRefused e, Model model,
            HttpServletResponse response) {
        return show(403, Messages.text("platform.error.form-not-sent.title"), e.getMessage(), e.code(), model,
                response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, NoResourceFoundException.class})
    String notFound(Exception e, Model model, HttpServletResponse response) {
        // A form field that should hold an id or a number but does not is bad input, not a missing page.
        if (e instanceof MethodArgumentTypeMismatchException mismatch
                && !mismatch.getParameter()
                        .hasParameterAnnotation(PathVariable.class)) {
            return show(400, title(400), Messages.text("platform.error.go-back-previous"), "request.invalid", model,
                    response);
        }
        return show(404, title(404), Messages.text("platform.error.check-address"), "not-found", model,
                response);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    String integrity(DataIntegrityViolationException e, Model model,
            HttpServletResponse response) {
        log.info("Refused a page write that broke a database constraint: {}", e.getMostSpecificCause().getMessage());
        DatabaseRefusal refusal = DatabaseRefusal.of(e);
        return show(refusal.status(), title(refusal.status()),
                Messages.text("platform.error.nothing-saved", refusal.message()),
                refusal.code(),
                model, response);
    }

    @ExceptionHandler({ServletRequestBindingException.class,
            HttpRequestMethodNotSupportedException.class,
            HandlerMethodValidationException.class})
    String badRequest(Exception e, Model model, HttpServletResponse response) {
        return show(400, title(400), Messages.text("platform.error.go-back-previous"), "request.invalid", model,
                response);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        log.error("Unexpected failure on a page", e);
        return show(500, Messages.text("platform.error.internal.title"),
                Messages.text("platform.error.internal.message"), "internal", model, response);
    }

    static String show(int status, String title, String message, String code, Model model,
            HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("errorTitle", title);
        model.addAttribute("errorMessage", message);
        model.addAttribute("errorCode", code);
        return "error";
    }

    static String title(int status) {
        return Messages.text(switch (status) {
            case 404 -> "platform.error.not-found.title";
            case 403 -> "platform.error.forbidden.title";
            case 409 -> "platform.error.conflict.title";
            case 400 -> "platform.error.invalid.title";
            default -> "platform.error.refused.title";
        });
    }
}
