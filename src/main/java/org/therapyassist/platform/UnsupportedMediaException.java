package org.therapyassist.platform;

import java.util.Map;

/** A request body in a form this address does not take (415), with what it does take in the message. */
public class UnsupportedMediaException extends DomainException {

    public UnsupportedMediaException(String message) {
        super("request.media-type", message, Map.of());
    }
}
