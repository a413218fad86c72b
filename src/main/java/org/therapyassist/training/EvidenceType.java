package org.therapyassist.training;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The only kinds of evidence file accepted, recognised by their first bytes (magic numbers), never by what the
 * browser or the file name claims. The name's extension must agree with the bytes as well, so a PNG or a web page
 * renamed to .pdf is refused rather than stored under a misleading name.
 */
public enum EvidenceType {
    PDF("application/pdf", Set.of("pdf"), new byte[]{'%', 'P', 'D', 'F', '-'}), PNG("image/png", Set.of("png"),
            new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}), JPEG("image/jpeg", Set.of("jpg", "jpeg"),
                    new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String mediaType;
    private final Set<String> extensions;
    private final byte[] magic;

    EvidenceType(String mediaType, Set<String> extensions, byte[] magic) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type the bytes are, if it is one we accept. */
    public static Optional<EvidenceType> sniff(byte[] head) {
        return Arrays.stream(values()).filter(t -> t.matches(head)).findFirst();
    }

    public static Optional<EvidenceType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }

    /** Whether a file name's extension fits this type (a name without an extension fits, the bytes decide). */
    public boolean fitsName(String fileName) {
        String ext = extension(fileName);
        return ext.isEmpty() || extensions.contains(ext);
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return dot > slash && dot < fileName.length() - 1 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private boolean matches(byte[] head) {
        if (head == null || head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A file name safe to show and to offer back in Content-Disposition: no folders, no control characters, only
     * letters, digits, spaces and . _ ( ) -; at most 120 characters; "evidence" when nothing is left.
     */
    public static String sanitiseName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^A-Za-z0-9 ._()-]", "_").replaceAll("_+", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 120) {
            String ext = extension(name);
            name = name.substring(0, 119 - ext.length()) + (ext.isEmpty() ? "" : "." + ext);
        }
        return name.isBlank() ? "evidence" : name;
    }
}
