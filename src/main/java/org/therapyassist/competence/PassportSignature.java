package org.therapyassist.competence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 signatures for competency passports, with keys as base64 text. The key id is derived from the public key,
 * so a file cannot pair a trusted key id with a different key. Pure: tested without Spring or a database.
 */
public final class PassportSignature {

    private static final String ALGORITHM = "Ed25519";

    public record Keys(String keyId, String publicKey, String privateKey) {
    }

    private PassportSignature() {
    }

    public static Keys newKeys() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            String publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
            return new Keys(keyIdOf(publicKey), publicKey,
                    Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 21 runtime", e);
        }
    }

    /** The first 16 bytes of the SHA-256 of the public key, in hex: short enough to read out over the phone. */
    public static String keyIdOf(String publicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(byte[] payload, String privateKey) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey))));
            signer.update(payload);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the passport", e);
        }
    }

    /** False for any malformed key or signature as well as for a signature that does not match. */
    public static boolean verify(byte[] payload, String signature, String publicKey) {
        if (payload == null || signature == null || publicKey == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey))));
            verifier.update(payload);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
