/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.review;

import org.familycontext.api.graph.OffsetCursor;

/**
 * A place in the review queue, opaque to clients: the position of a pair. The queue is ranked afresh on every
 * request, so after a decision the pairs behind it move up by one; a reviewer working down the queue re-reads
 * the first page rather than following cursors across decisions.
 */
final class QueueCursor {

    private static final OffsetCursor CURSOR = new OffsetCursor("queue");

    private QueueCursor() {}

    static String of(int position) {
        return CURSOR.of(position);
    }

    /** The position after the cursor's pair, where the next page starts; 0 without a cursor. */
    static int startAfter(String cursor) {
        return CURSOR.startAfter(cursor);
    }
}
