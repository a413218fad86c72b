package org.therapyassist.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.therapyassist.platform.Page;

/**
 * The API's one way to send a page of a list: the items as the JSON array, {@code X-Total-Count} with the size of the
 * whole list and an RFC 8288 {@code Link} header with {@code first}, {@code prev}, {@code next} and {@code last}
 * (relative references that keep the request's other query parameters). No {@code rel="next"} means the last page.
 * A list whose size is not worked out (the patient timeline, merged from every part of the record) has neither
 * {@code X-Total-Count} nor {@code rel="last"}.
 */
public final class PagedResponses {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private PagedResponses() {
    }

    public static <T> ResponseEntity<List<T>> of(Page<T> page) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        List<String> links = new ArrayList<>();
        links.add(link(request, 0, page.size(), "first"));
        if (page.hasPrevious()) {
            links.add(link(request, Math.min(page.page() - 1, page.lastPage()), page.size(), "prev"));
        }
        if (page.hasMore()) {
            links.add(link(request, page.page() + 1, page.size(), "next"));
        }
        if (page.totalKnown()) {
            links.add(link(request, page.lastPage(), page.size(), "last"));
        }
        var response = ResponseEntity.ok().header("Link", String.join(", ", links));
        if (page.totalKnown()) {
            response.header(TOTAL_COUNT, Long.toString(page.total()));
        }
        return response.body(page.items());
    }

    private static String link(HttpServletRequest request, int page, int size, String rel) {
        return "<" + PageLinks.to(request, page, size) + ">; rel=\"" + rel + "\"";
    }
}
