package org.therapyassist.training;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where evidence files (certificates) are kept and how large one may be. The directory must be outside anything the
 * web server serves; files are only ever read back through the access-checked download.
 */
@ConfigurationProperties("therapy-assist.evidence")
public record EvidenceProperties(Path directory, DataSize maxSize) {

    public EvidenceProperties {
        if (directory == null) {
            directory = Path.of("data", "evidence");
        }
        if (maxSize == null) {
            maxSize = DataSize.ofMegabytes(5);
        }
    }
}
