/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.familycontext.api.graph.InvalidArgumentException;

/** A place in the audit trail, opaque to clients: an event's seq. Events never move, so cursors stay valid. */
final class AuditCursor {

    private static final String PREFIX = "audit:";

    private AuditCursor() {}

    static String of(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** The seq the cursor names; the next page holds the events before it. */
    static long seqOf(String cursor) {
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long seq = Long.parseLong(text.substring(PREFIX.length()));
                if (seq > 0) {
                    return seq;
                }
            }
        } catch (IllegalArgumentException notACursor) {
            // answered below
        }
        throw new InvalidArgumentException("after must be a cursor auditEvents gave (an edge's cursor or endCursor)");
    }
}
