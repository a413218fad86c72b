package org.therapyassist.platform.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;
import org.therapyassist.platform.UnsupportedMediaException;
import org.therapyassist.platform.web.Messages;

/**
 * The file an import API receives: the multipart part {@code file} (as a browser sends it) or the whole body as
 * {@code text/csv} (as a system posts it). Anything else is a 415 problem saying what to send, after the policy check
 * (so that someone not allowed to import hears that first).
 */
public final class CsvUpload {

    public static final String MEDIA_TYPE = "text/csv";

    private CsvUpload() {
    }

    /** The bytes sent, or null for an empty upload (the import then refuses it as an empty file). */
    public static byte[] bytes(MultipartFile file, HttpServletRequest request) throws IOException {
        MediaType type = type(request.getContentType());
        if (type != null && MediaType.MULTIPART_FORM_DATA.includes(type)) {
            return bytes(file);
        }
        if (type != null && (MediaType.valueOf(MEDIA_TYPE).includes(type)
                || "application/csv".equals(type.getType() + "/" + type.getSubtype()))) {
            return request.getInputStream().readAllBytes();
        }
        throw new UnsupportedMediaException(Messages.text("platform.import.csv.media-type"));
    }

    /** The file chosen on a page: null when none was chosen or it is empty (the import refuses it as empty). */
    public static byte[] bytes(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : file.getBytes();
    }

    private static MediaType type(String header) {
        try {
            return header == null ? null : MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }
}
