package org.therapyassist.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.DomainException;
import org.therapyassist.platform.InputRules;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.UnsupportedMediaException;
import tools.jackson.core.JacksonException;

/**
 * Every API failure as RFC 9457 problem+json with a stable {@code code}; field errors as
 * {@code errors: [{field, message}]}. Nothing here ever answers 500 for bad input.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
        problem.setProperty("errors", e.fieldErrors().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(f -> field(f.getKey(), f.getValue())).toList());
        return respond(problem);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        HttpStatus status = switch (e) {
            case NotFoundException nf -> HttpStatus.NOT_FOUND;
            case ConflictException c -> HttpStatus.CONFLICT;
            case NotAllowedException na -> HttpStatus.FORBIDDEN;
            case RefusedException r -> HttpStatus.UNPROCESSABLE_CONTENT;
            case UnsupportedMediaException u -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = problem(status, e.code(), e.getMessage());
        e.details().forEach(problem::setProperty);
        return respond(problem);
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalid(BindException e) {
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(f -> field(f.getField(), f.getDefaultMessage()))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "request.invalid",
                Messages.text("platform.api.invalid"));
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> field(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "request.invalid",
                Messages.text("platform.api.invalid"));
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.BodyTooLargeException tooLarge) {
                return respond(problem(HttpStatus.CONTENT_TOO_LARGE, RequestSizeLimit.CODE,
                        tooLarge.detail()));
            }
        }
        // A value of the wrong kind (a date that is not a date, an unknown choice, a fraction for a whole number) is a
        // field error like any other; only a body that is not JSON of the expected shape at all is "unreadable".
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "request.invalid",
                    Messages.text("platform.api.invalid"));
            String field = jackson.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            problem.setProperty("errors", List.of(field(field, fieldMessage(jackson))));
            return respond(problem);
        }
        return respond(problem(HttpStatus.BAD_REQUEST, "request.unreadable",
                Messages.text("platform.api.unreadable")));
    }

    /** What was wrong with one value of a JSON body, in words: a fraction for a whole number, a date out of range. */
    private static String fieldMessage(JacksonException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.contains(InputRules.DATE_RANGE)) {
            return Messages.text("platform.api.date-range");
        }
        if (original.contains(InputRules.CONTROL_CHARACTERS)) {
            return Messages.text("platform.api.control-characters");
        }
        if (original.contains("Floating-point value") || original.contains("Cannot coerce Floating")) {
            return Messages.text("platform.api.whole-number");
        }
        return Messages.text("platform.api.not-valid");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        // An id in the address that is not an id names nothing: 404, as an unknown id does.
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return respond(problem(HttpStatus.NOT_FOUND, "not-found", Messages.text("platform.api.not-found")));
        }
        String message = e.getCause() != null && String.valueOf(e.getCause().getMessage())
                .contains(InputRules.DATE_RANGE)
                        ? Messages.text("platform.api.date-range")
                        : Messages.text("platform.api.format");
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "request.invalid",
                Messages.text("platform.api.parameter", e.getName(), message));
        problem.setProperty("errors", List.of(field(e.getName(), message)));
        return respond(problem);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException) {
            return respond(problem(HttpStatus.CONTENT_TOO_LARGE, "request.too-large",
                    Messages.text("platform.api.file-too-large")));
        }
        return respond(problem(HttpStatus.BAD_REQUEST, "request.invalid", Messages.text("platform.api.upload")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "request.invalid",
                Messages.text("platform.api.parameter", e.getParameterName(),
                        Messages.text("platform.api.required")));
        problem.setProperty("errors", List.of(field(e.getParameterName(), Messages.text("platform.api.required"))));
        return respond(problem);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return respond(problem(HttpStatus.METHOD_NOT_ALLOWED, "request.method", Messages.text("platform.api.method")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.media-type",
                Messages.text("platform.api.media-type")));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return respond(problem(HttpStatus.NOT_FOUND, "not-found", Messages.text("platform.api.not-found")));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.info("Refused a write that broke a database constraint: {}", e.getMostSpecificCause().getMessage());
        DatabaseRefusal refusal = DatabaseRefusal.of(e);
        return respond(problem(HttpStatus.valueOf(refusal.status()), refusal.code(), refusal.message()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return respond(problem(HttpStatus.FORBIDDEN, "access.forbidden", Messages.text("platform.api.forbidden")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                Messages.text("platform.api.internal")));
    }

    static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://therapyassist.example/problems/" + code));
        problem.setProperty("code", code);
        return problem;
    }

    private static Map<String, String> field(String field, String message) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("message", message);
        return m;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
