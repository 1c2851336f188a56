/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.familycontext.api.graph.InvalidArgumentException;

/**
 * A place in one search's results, opaque to clients: the position of a result and a fingerprint of the search
 * (the typed name, date of birth, identifier and order), so that a cursor from another search is refused rather
 * than silently skipping into unrelated results. A search is ranked afresh for every page; the ranking is
 * deterministic, so pages follow on while the data does not change.
 */
record SearchCursor(String fingerprint) {

    private static final String PREFIX = "people:";

    static SearchCursor forSearch(String... criteria) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var criterion : criteria) {
                digest.update((criterion == null ? "\0" : criterion).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return new SearchCursor(HexFormat.of().formatHex(digest.digest(), 0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    String at(int position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + position + ":" + fingerprint).getBytes(StandardCharsets.UTF_8));
    }

    /** The position after the cursor's result, where the next page starts; 0 without a cursor. */
    int startAfter(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            var parts = text.split(":");
            if (parts.length == 3 && (parts[0] + ":").equals(PREFIX) && parts[2].equals(fingerprint)) {
                int position = Integer.parseInt(parts[1]);
                if (position >= 0) {
                    return position + 1;
                }
            }
        } catch (IllegalArgumentException notACursor) {
            // answered below
        }
        throw new InvalidArgumentException(
                "after must be a cursor this same search gave (an edge's cursor or pageInfo.endCursor)");
    }
}
