/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.person;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import org.familycontext.model.record.RecordKey;

/**
 * Person IDs derived from the cluster's smallest record key: the same cluster gets the same ID on every run
 * and restart, so a bookmarked person page and an audit entry still point at the same person. The key is
 * hashed so that the ID reveals no source identifier.
 */
public final class PersonId {

    private PersonId() {}

    public static String of(Collection<RecordKey> cluster) {
        var anchor = cluster.stream()
                .min(Comparator.comparing(RecordKey::source).thenComparing(RecordKey::sourceId))
                .orElseThrow(() -> new IllegalArgumentException("a person needs at least one record"));
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(anchor.toString().getBytes(StandardCharsets.UTF_8));
            return "P" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
