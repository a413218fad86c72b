package org.therapyassist.audit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;

/**
 * The anchor log: each checkpoint appended, as a line, to a file per organisation outside the database (flushed to
 * disk before the call returns). Deleting checkpoint rows, or emptying every audit table, leaves the newest line here
 * with nothing in the database to match it. Point the directory at storage the database's administrators cannot
 * rewrite (another host, a write-once share) for the strongest guarantee; with several nodes it must be shared.
 */
class AnchorLog {

    /** A checkpoint line is about 1.7 kB with 16 chains; the tail read holds the last few dozen. */
    private static final int TAIL_BYTES = 64 * 1024;

    private final Path directory;

    AnchorLog(Path directory) {
        this.directory = directory;
    }

    synchronized void append(Checkpoint checkpoint) {
        Path file = fileOf(checkpoint.organisationId());
        try {
            Files.createDirectories(directory);
            boolean created = !Files.exists(file);
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                if (created) {
                    CheckpointKey.ownerOnly(file);
                }
                out.write(ByteBuffer.wrap((checkpoint.line() + "\n").getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the audit anchor log " + file.toAbsolutePath(), e);
        }
    }

    /**
     * The newest checkpoint in the organisation's log: the highest number among the last lines, since two nodes may
     * append one after the other in either order. Empty when the organisation has no log yet.
     */
    Optional<Checkpoint> newest(UUID organisationId) {
        Path file = fileOf(organisationId);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length == 0) {
                return Optional.empty();
            }
            long from = Math.max(0, length - TAIL_BYTES);
            byte[] tail = new byte[(int) (length - from)];
            in.seek(from);
            in.readFully(tail);
            String[] lines = new String(tail, StandardCharsets.UTF_8).split("\n");
            Checkpoint newest = null;
            // The first line of a partial tail may start mid-line; parse refuses it.
            for (String line : lines) {
                Checkpoint c = Checkpoint.parse(line);
                if (c != null && c.organisationId().equals(organisationId)
                        && (newest == null || c.number() > newest.number())) {
                    newest = c;
                }
            }
            if (newest == null) {
                throw new Unreadable(file);
            }
            return Optional.of(newest);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit anchor log " + file.toAbsolutePath(), e);
        }
    }

    Path fileOf(UUID organisationId) {
        return directory.resolve(organisationId + ".log");
    }

    /** The log exists but holds no checkpoint line that can be read. */
    static final class Unreadable extends RuntimeException {
        Unreadable(Path file) {
            super("The audit anchor log " + file.toAbsolutePath() + " holds no readable checkpoint");
        }
    }
}
