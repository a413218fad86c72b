package org.therapyassist.platform;

import java.util.Map;

/**
 * A business failure with a stable code (for example {@code delegation.not-competent}) that pages and API clients
 * can rely on. Subclasses say what kind of failure it is; the edge maps each kind to an HTTP status.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final transient Map<String, Object> details;
    private transient boolean audited;

    protected DomainException(String code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    /**
     * Marks that the refusal has been written to the audit trail, so the layers it passes through do not write it
     * again.
     */
    public void markAudited() {
        this.audited = true;
    }

    public boolean isAudited() {
        return audited;
    }
}
