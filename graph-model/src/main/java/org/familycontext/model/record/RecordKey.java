/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.record;

import org.apache.commons.lang3.StringUtils;

/** Identifies a record across the whole graph: the source system's name and its own ID for the person. */
public record RecordKey(String source, String sourceId) {

    public RecordKey {
        if (StringUtils.isBlank(source) || StringUtils.isBlank(sourceId)) {
            throw new IllegalArgumentException("a record key needs both a source and a source ID");
        }
    }

    /** Parses {@code source:sourceId}; the ID may itself contain colons. */
    public static RecordKey parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("expected source:sourceId but got '" + text + "'");
        }
        return new RecordKey(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return source + ":" + sourceId;
    }
}
