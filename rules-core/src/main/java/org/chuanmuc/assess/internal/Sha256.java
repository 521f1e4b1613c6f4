package org.chuanmuc.assess.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, as the rule set's hash, the shipped decision tables and the compiled classes use it. */
final class Sha256 {
    private Sha256() {
    }

    /** @return a new SHA-256 digest, to feed piece by piece */
    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** @return the lower-case hex SHA-256 of the bytes */
    static String hex(byte[] content) {
        return hexOf(newDigest().digest(content));
    }

    /** @return the lower-case hex of what a digest was fed */
    static String hexOf(MessageDigest digest) {
        return hexOf(digest.digest());
    }

    private static String hexOf(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
