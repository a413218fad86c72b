package org.therapyassist.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.PageRequest;

/**
 * Reads {@code page} (from 0) and {@code size} into a {@link PageRequest}. Anything else than a whole number in
 * range is a 400 with a field error (problem+json on the API, the error page on pages), never a silent default.
 */
final class PageRequestResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(PageRequest.class);
    }

    @Override
    public PageRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        PageSize own = parameter.getParameterAnnotation(PageSize.class);
        Map<String, String> errors = new LinkedHashMap<>();
        int page = number(request.getParameter("page"), 0, "page", 0, PageRequest.MAX_PAGE, errors);
        int size = number(request.getParameter("size"), own == null ? PageRequest.DEFAULT_SIZE : own.value(), "size",
                1, PageRequest.MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PageRequest(page, size);
    }

    private static int number(String value, int fallback, String field, int min, int max, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.strip();
        // At most 7 digits: anything longer is out of range for both parameters, and never overflows.
        if (v.length() <= 7 && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        }
        errors.put(field, Messages.text("platform.api.page-range", min, max));
        return fallback;
    }
}
