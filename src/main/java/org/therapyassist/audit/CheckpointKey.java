package org.therapyassist.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Ed25519 key that signs audit checkpoints. It lives in a file outside the database (created on first start,
 * readable by the owner only), so someone who can rewrite the database cannot sign a checkpoint that matches.
 */
final class CheckpointKey {

    private static final Logger log = LoggerFactory.getLogger(CheckpointKey.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String id;

    CheckpointKey(KeyPair pair) {
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
        this.id = idOf(publicKey);
    }

    /** Loads the key from its file, creating a new key there on first start. */
    static CheckpointKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            warnIfOthersCanRead(file);
            return new CheckpointKey(read(file));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the audit checkpoint key from " + file.toAbsolutePath(), e);
        }
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is always present in the JDK", e);
        }
    }

    String id() {
        return id;
    }

    String sign(String payload) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign an audit checkpoint", e);
        }
    }

    /** Whether this key signed the payload; a signature that is not even well-formed is simply not ours. */
    boolean signed(String payload, String keyId, String signature) {
        if (!id.equals(keyId)) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(publicKey);
            s.update(payload.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static void create(Path file) throws IOException {
        Path dir = Objects.requireNonNull(file.toAbsolutePath().getParent(), "The key file needs a directory");
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            setPermissions(dir, OWNER_ONLY_DIRECTORY);
        }
        KeyPair pair = generate();
        Base64.Encoder enc = Base64.getEncoder();
        String text = String.join("\n", List.of(
                "# Therapy Assist audit checkpoint key (Ed25519). Keep it outside the database and its backups, and",
                "# back it up separately: without it no new checkpoint can be signed and old ones cannot be checked.",
                "private=" + enc.encodeToString(pair.getPrivate().getEncoded()),
                "public=" + enc.encodeToString(pair.getPublic().getEncoded()), ""));
        Path temp = Files.createTempFile(dir, ".audit-key", ".tmp");
        ownerOnly(temp);
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        try {
            // Atomic and never replacing: when two nodes start at once on a shared directory, the first key wins.
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Created the audit checkpoint key {} at {}", idOf(pair.getPublic()), file.toAbsolutePath());
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temp);
        }
    }

    private static KeyPair read(Path file) throws IOException, GeneralSecurityException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        KeyFactory kf = KeyFactory.getInstance("Ed25519");
        PrivateKey priv = kf
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(p.getProperty("private", ""))));
        PublicKey pub = kf
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(p.getProperty("public", ""))));
        return new KeyPair(pub, priv);
    }

    static void ownerOnly(Path path) {
        setPermissions(path, OWNER_ONLY);
    }

    private static void setPermissions(Path path, Set<PosixFilePermission> permissions) {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("Cannot set owner-only permissions on {}", path, e);
        }
    }

    private static void warnIfOthersCanRead(Path file) {
        try {
            if (!OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
                log.warn(
                        "The audit checkpoint key {} can be read by others than its owner; make it rw------- (chmod 600)",
                        file.toAbsolutePath());
            }
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("Cannot read the permissions of {}", file, e);
        }
    }

    private static String idOf(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is always present in the JDK", e);
        }
    }
}
