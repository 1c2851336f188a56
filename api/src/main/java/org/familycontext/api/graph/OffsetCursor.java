/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A place in a list that is read afresh on every request, opaque to clients: the position of an item, behind a
 * prefix that names the list, so that a cursor of one list is refused by another.
 */
public final class OffsetCursor {

    private final String prefix;
    private final String listName;

    /** A cursor for the list named (e.g. "queue"), as {@code after} arguments refer to it in messages. */
    public OffsetCursor(String listName) {
        this.prefix = listName + ":";
        this.listName = listName;
    }

    public String of(int position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((prefix + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position after the cursor's item, where the next page starts; 0 without a cursor. */
    public int startAfter(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(prefix)) {
                int position = Integer.parseInt(text.substring(prefix.length()));
                if (position >= 0) {
                    return position + 1;
                }
            }
        } catch (IllegalArgumentException notACursor) {
            // answered below
        }
        throw new InvalidArgumentException(
                "after must be a cursor this " + listName + " gave (an edge's cursor or endCursor)");
    }
}
