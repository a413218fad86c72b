package org.therapyassist.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to another page of the list on the current page, keeping its other query parameters; templates call it
 * through the pagination fragment ({@code ${@pageLinks.to(n)}}).
 */
@Component("pageLinks")
public class PageLinks {

    /** The current address with {@code page} set to the given page (and any {@code size} kept). */
    public String to(int page) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return to(request, page, null);
    }

    static String to(HttpServletRequest request, int page, Integer size) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("page") && !(size != null && name.equals("size"))) {
                query.queryParam(name, (Object[]) values);
            }
        });
        query.queryParam("page", page);
        if (size != null) {
            query.queryParam("size", size);
        }
        return request.getRequestURI() + "?" + query.encode().build().getQuery();
    }
}
