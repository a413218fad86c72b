package org.therapyassist.platform.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.security.StaffPrincipal;
import org.therapyassist.platform.web.Messages;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Idempotency-Key header on API writes (POST, PUT, PATCH under {@code /api/v1/}). With a key, the request is
 * claimed under the person's key, then run in one transaction with storing its answer: the answer leaves only after
 * both committed, so a client never holds an answer for work that was rolled back, and a retry after a lost answer
 * gets that same answer (with {@code Idempotency-Replayed: true}) instead of a second record. The same key for another
 * request is 422; a retry while the first is still running is 409. API requests without the header pass straight
 * through; posts to the outbox ({@link IdempotencyRules#OUTBOX}, the pages' script sending what was kept on a phone
 * without signal) must carry one.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotency-Replayed";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final List<String> WRITES = List.of("POST", "PUT", "PATCH");

    private final IdempotencyStore store;
    private final PlatformTransactionManager transactions;
    private final IdempotencyProperties properties;
    private final JsonMapper json;
    private final LocaleResolver languages;

    IdempotencyFilter(IdempotencyStore store, PlatformTransactionManager transactions, IdempotencyProperties properties,
            JsonMapper json, LocaleResolver languages) {
        this.store = store;
        this.transactions = transactions;
        this.properties = properties;
        this.json = json;
        this.languages = languages;
    }

    /** A detail in the caller's language: this runs before Spring MVC sets the request's language. */
    private String text(HttpServletRequest request, String key, Object... args) {
        return Messages.text(languages.resolveLocale(request), key, args);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || !(isApi(request) && request.getHeader(HEADER) != null
                || isOutbox(request));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/");
    }

    private static boolean isOutbox(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + IdempotencyRules.OUTBOX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUser user = currentUser();
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getHeader(HEADER) == null) {
            // Only the outbox comes here without a key: what it sends may be a retry, so a key is required there.
            Problems.write(json, response, 400, "idempotency.key-required",
                    text(request, "platform.idempotency.key-required"));
            return;
        }
        List<String> values = Collections.list(request.getHeaders(HEADER));
        Optional<String> key = values.size() == 1 ? IdempotencyRules.key(values.getFirst()) : Optional.empty();
        if (key.isEmpty()) {
            Problems.write(json, response, 400, "idempotency.key-invalid",
                    text(request, "platform.idempotency.key-invalid", IdempotencyRules.MAX_KEY_LENGTH));
            return;
        }
        HttpServletRequest readable = request;
        byte[] body;
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (type.startsWith("multipart/")) {
            body = partsOf(request);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            body = parametersOf(request);
        } else {
            body = read(request.getInputStream(), properties.maxBody().toBytes());
            if (body == null) {
                Problems.write(json, response, 413, "request.too-large",
                        text(request, "platform.idempotency.too-large", properties.maxBody().toKilobytes()));
                return;
            }
            readable = new CachedBodyRequest(request, body);
        }
        IdempotencyStore.Scope scope = new IdempotencyStore.Scope(user.organisationId(), user.staffId(), key.get());
        String fingerprint = IdempotencyRules.fingerprint(request.getMethod(), request.getRequestURI(),
                request.getQueryString(), body);
        switch (store.claim(scope, fingerprint)) {
            case IdempotencyStore.Replay replay -> replay(replay.answer(), response);
            case IdempotencyStore.Reused reused -> Problems.write(json, response, 422, "idempotency.key-reused",
                    text(request, "platform.idempotency.key-reused"));
            case IdempotencyStore.InFlight inFlight -> {
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                Problems.write(json, response, 409, "idempotency.in-flight",
                        text(request, "platform.idempotency.in-flight"));
            }
            case IdempotencyStore.Claimed claimed -> run(readable, response, chain, scope, claimed);
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            IdempotencyStore.Scope scope, IdempotencyStore.Claimed claimed) throws IOException, ServletException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        // The services' transactions join this one, so the work and its stored answer commit or roll back together.
        TransactionStatus tx = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            chain.doFilter(request, buffered);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            transactions.rollback(tx);
            store.release(scope, claimed.claim());
            throw e;
        }
        int status = buffered.getStatus();
        IdempotencyStore.Answer answer = new IdempotencyStore.Answer(status, buffered.getContentType(),
                buffered.getHeader(HttpHeaders.LOCATION), buffered.getContentAsByteArray());
        if (status < 400) {
            try {
                if (!store.complete(scope, claimed.claim(), answer)) {
                    transactions.rollback(tx);
                    buffered.resetBuffer();
                    buffered.setHeader(HttpHeaders.LOCATION, null);
                    Problems.write(json, buffered, 409, "idempotency.in-flight",
                            text(request, "platform.idempotency.taken-over"));
                    buffered.copyBodyToResponse();
                    return;
                }
                transactions.commit(tx);
            } catch (RuntimeException e) {
                if (!tx.isCompleted()) {
                    transactions.rollback(tx);
                }
                store.release(scope, claimed.claim());
                log.error("The work for an Idempotency-Key could not be committed", e);
                buffered.resetBuffer();
                buffered.setHeader(HttpHeaders.LOCATION, null);
                Problems.write(json, buffered, 500, "internal", text(request, "platform.api.internal"));
                buffered.copyBodyToResponse();
                return;
            }
        } else {
            transactions.rollback(tx);
            if (IdempotencyRules.keepsAnswer(status)) {
                store.completeAlone(scope, claimed.claim(), answer);
            } else {
                store.release(scope, claimed.claim());
            }
        }
        buffered.copyBodyToResponse();
    }

    private static void replay(IdempotencyStore.Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        response.setHeader(REPLAYED, "true");
        byte[] body = answer.body() == null ? new byte[0] : answer.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The body, or null when it is longer than {@code max} bytes. */
    private static byte[] read(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int n;
        while ((n = in.read(chunk)) != -1) {
            out.write(chunk, 0, n);
            if (out.size() > max) {
                return null;
            }
        }
        return out.toByteArray();
    }

    /** Multipart bodies are read by the container (and kept by it), so the parts are fingerprinted instead. */
    private static byte[] partsOf(HttpServletRequest request) throws IOException, ServletException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : request.getParts()) {
            out.write((part.getName() + "\u0000" + part.getSubmittedFileName() + "\u0000" + part.getSize() + "\u0000")
                    .getBytes(StandardCharsets.UTF_8));
            try (InputStream in = part.getInputStream()) {
                in.transferTo(out);
            }
        }
        return out.toByteArray();
    }

    private static byte[] parametersOf(HttpServletRequest request) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String[]> p : new TreeMap<>(request.getParameterMap()).entrySet()) {
            out.append(p.getKey()).append('\u0000').append(String.join("\u0001", p.getValue())).append('\u0000');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof StaffPrincipal principal ? principal.user() : null;
    }
}
