package org.therapyassist.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** A {@code FormPost<T>} parameter: the request's fields, bound to {@code T} when the handler first asks. */
final class FormPostResolver implements HandlerMethodArgumentResolver {

    private final Validator validator;

    FormPostResolver(Validator validator) {
        this.validator = validator;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(FormPost.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Class<?> type = ResolvableType.forMethodParameter(parameter).getGeneric(0).resolve();
        if (type == null || !type.isRecord()) {
            throw new IllegalStateException("FormPost needs a record type: " + parameter);
        }
        HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
        if (servlet == null) {
            throw new IllegalStateException("FormPost binds only servlet requests: " + parameter);
        }
        return create(type.asSubclass(Record.class), FormValues.of(servlet.getParameterMap()));
    }

    private <T extends Record> FormPost<T> create(Class<T> type, FormValues values) {
        return new FormPost<>(type, values, validator);
    }
}
