/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.review;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.familycontext.api.graph.InvalidArgumentException;

/**
 * A place in the review queue, opaque to clients: the position of a pair. The queue is ranked afresh on every
 * request, so after a decision the pairs behind it move up by one; a reviewer working down the queue re-reads
 * the first page rather than following cursors across decisions.
 */
final class QueueCursor {

    private static final String PREFIX = "queue:";

    private QueueCursor() {}

    static String of(int position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position after the cursor's pair, where the next page starts; 0 without a cursor. */
    static int startAfter(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int position = Integer.parseInt(text.substring(PREFIX.length()));
                if (position >= 0) {
                    return position + 1;
                }
            }
        } catch (IllegalArgumentException notACursor) {
            // answered below
        }
        throw new InvalidArgumentException("after must be a cursor this queue gave (an edge's cursor or endCursor)");
    }
}
