/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns what a user typed as a name into a Lucene query for the {@code record_names} full-text index. Only
 * letters survive, so nothing typed can change the query's structure; each word matches exactly (weighted up)
 * or within two edits, so "Thornbery" still finds Thornbury.
 */
final class NameQuery {

    private NameQuery() {}

    /** The Lucene query, or empty text when the input holds no letters. */
    static String of(String typed) {
        var folded = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^a-z]+"))
                .filter(word -> word.length() > 1)
                .limit(6)
                .map(word -> "(" + word + "^3 OR " + word + "~)")
                .collect(Collectors.joining(" "));
    }
}
