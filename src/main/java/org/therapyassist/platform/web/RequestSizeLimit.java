package org.therapyassist.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request body over the limit before anything reads it: 413 problem+json on the API, a plain 413 page
 * otherwise. A declared length over the limit is refused at once; a body of unknown length (chunked) is counted as it
 * is read and cut off at the limit. Runs before security, so an oversized body costs nobody a password check.
 * Form posts are parsed by the servlet container itself, so {@code server.tomcat.max-http-form-post-size} is set to
 * the same limit (application.yml).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestSizeLimit extends OncePerRequestFilter {

    static final String CODE = "request.too-large";

    private final long maxBody;
    private final long maxMultipart;
    private final JsonMapper json = JsonMapper.builder().build();

    RequestSizeLimit(BodyLimits limits, MultipartProperties multipart) {
        this.maxBody = limits.maxBody().toBytes();
        this.maxMultipart = multipart.getMaxRequestSize().toBytes() < 0
                ? Long.MAX_VALUE
                : multipart.getMaxRequestSize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase().startsWith("multipart/");
        // A CSV body is a file upload sent bare (the import APIs take one): the upload limit, not the JSON one.
        boolean csv = request.getContentType() != null
                && request.getContentType().toLowerCase().startsWith("text/csv");
        long limit = multipart || csv ? maxMultipart : maxBody;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, limit);
            return;
        }
        if (declared < 0 && isForm(request) && hasBody(request)) {
            // The container reads a form itself (to server.tomcat.max-http-form-post-size): parse it here, where a
            // body over the limit can still get the service's own 413 page.
            try {
                request.getParameterMap();
            } catch (InvalidParameterException e) {
                if (e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
                    refuse(request, response, limit);
                    return;
                }
                throw e;
            }
        }
        if (declared < 0 && !multipart && hasBody(request)) {
            LimitedRequest limited = new LimitedRequest(request, limit);
            try {
                chain.doFilter(limited, response);
            } catch (ServletException | IOException | RuntimeException e) {
                if (!limited.exceeded() || response.isCommitted()) {
                    throw e;
                }
                response.reset();
                refuse(request, response, limit);
            }
            if (limited.exceeded() && !response.isCommitted()) {
                response.reset();
                refuse(request, response, limit);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isForm(HttpServletRequest request) {
        return request.getContentType() != null
                && request.getContentType().toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        String detail = Messages.text("platform.api.body-too-large", describe(limit));
        // The rest of the body is not read; the connection closes after the answer.
        response.setHeader("Connection", "close");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            var problem = ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, CODE, detail);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", String.valueOf(problem.getType()));
            body.put("title", problem.getTitle());
            body.put("status", problem.getStatus());
            body.put("detail", problem.getDetail());
            body.put("code", CODE);
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsBytes(body));
            return;
        }
        // The error page reads these, as it does for PageErrors.
        request.setAttribute("errorTitle", Messages.text("platform.error.too-large.title"));
        request.setAttribute("errorMessage", Messages.text("platform.error.too-large.message", describe(limit)));
        request.setAttribute("errorCode", CODE);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 413);
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
    }

    static String describe(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
                ? bytes / (1024 * 1024) + " MB"
                : bytes >= 1024 && bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    /** A request whose body stream stops with {@link BodyTooLargeException} once it passes the limit. */
    static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private long read;
        private boolean exceeded;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        boolean exceeded() {
            return exceeded;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            Charset charset = getCharacterEncoding() == null
                    ? StandardCharsets.UTF_8
                    : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        private final class Counting extends ServletInputStream {

            private final ServletInputStream in;

            Counting(ServletInputStream in) {
                this.in = in;
            }

            private int count(int n) throws IOException {
                if (n > 0) {
                    read += n;
                    if (read > limit) {
                        exceeded = true;
                        throw new BodyTooLargeException(limit);
                    }
                }
                return n;
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return count(in.read(b, off, len));
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }

    /** The body went past the limit while it was being read. */
    static final class BodyTooLargeException extends IOException {

        private final long limit;

        BodyTooLargeException(long limit) {
            super("The request body is larger than " + describe(limit));
            this.limit = limit;
        }

        /** What the caller is told, in the request's language. */
        String detail() {
            return Messages.text("platform.api.body-read-too-large", describe(limit));
        }
    }
}
