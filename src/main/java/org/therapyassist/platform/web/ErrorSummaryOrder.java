package org.therapyassist.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * An error summary lists its messages in the order of the fields on the form, as the NHS.UK pattern asks, whatever
 * order the checks found them in (Bean Validation has none; "item10" sorts before "item2"). Only the finished page
 * knows
 * where each field is, so a form page sent back with errors is put in order here: each line moves to where its field
 * first appears (its id, or the first id of a date's day box). Only answers to form posts are read; nothing else
 * is held back.
 */
@Component
class ErrorSummaryOrder extends OncePerRequestFilter {

    private static final Pattern LIST = Pattern
            .compile("(<ul class=\"nhsuk-list nhsuk-error-summary__list\"[^>]*>)(.*?)(</ul>)", Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile("<li data-error-for=\"([^\"]*)\">.*?</li>", Pattern.DOTALL);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
            String type = held.getContentType();
            if (type != null && type.startsWith("text/html")) {
                byte[] body = held.getContentAsByteArray();
                String page = new String(body, StandardCharsets.UTF_8);
                String ordered = inFormOrder(page);
                if (!ordered.equals(page)) {
                    held.resetBuffer();
                    held.getOutputStream().write(ordered.getBytes(StandardCharsets.UTF_8));
                }
            }
        } finally {
            held.copyBodyToResponse();
        }
    }

    /** The page with each error summary's lines in the order their fields come after it. */
    static String inFormOrder(String page) {
        Matcher list = LIST.matcher(page);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        while (list.find()) {
            out.append(page, copied, list.start(2)).append(ordered(page, list.group(2), list.end()));
            copied = list.end(2);
        }
        if (copied == 0) {
            return page;
        }
        return out.append(page.substring(copied)).toString();
    }

    private static String ordered(String page, String items, int after) {
        record Line(String html, int position, int found) {
        }
        List<Line> lines = new ArrayList<>();
        Matcher item = ITEM.matcher(items);
        while (item.find()) {
            lines.add(new Line(item.group(), positionOf(page, item.group(1), after), lines.size()));
        }
        if (lines.size() < 2) {
            return items;
        }
        return lines.stream()
                .sorted(Comparator.comparingInt(Line::position).thenComparingInt(Line::found))
                .map(Line::html).reduce("", String::concat);
    }

    /** Where the field is on the page after the summary; past the end when it cannot be found. */
    private static int positionOf(String page, String field, int from) {
        int best = Integer.MAX_VALUE;
        for (String mark : List.of("id=\"" + field + "\"", "id=\"" + field + "-", "name=\"" + field + "\"")) {
            int at = page.indexOf(mark, from);
            if (at >= 0) {
                best = Math.min(best, at);
            }
        }
        return best;
    }
}
