/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * IDs that stay the same while what they name does: a family's is a hash of its smallest member person ID, a
 * related group's of its smallest family ID. Hashed, so that an ID shown to an analyst reveals no person ID.
 */
final class StableIds {

    private StableIds() {}

    static String family(String smallestPersonId) {
        return "F" + hash("family:" + smallestPersonId);
    }

    static String relatedGroup(String smallestFamilyId) {
        return "G" + hash("group:" + smallestFamilyId);
    }

    private static String hash(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
