/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.familycontext.matching.MatchRecord;
import org.familycontext.matching.comparison.NameVariants;

/**
 * What a user typed as a name, as words of letters (an apostrophe inside a word kept: O'Brien), and the index
 * look-ups it leads to. Only letters and inner apostrophes survive, so nothing typed can change the structure of
 * a Lucene query.
 *
 * @param words lower-case words of at least two letters, at most {@value #MAX_WORDS}
 */
record TypedName(List<String> words) {

    static final int MAX_WORDS = 6;

    /** Nickname variants of one word looked up; Catherine has dozens, and each is one more index term. */
    private static final int MAX_VARIANTS = 30;

    /** Forename and surname sound pairs looked up in the name-sound index, each one index seek. */
    private static final int MAX_SOUND_PAIRS = 40;

    private static final Pattern WORD = Pattern.compile("[a-z]+(?:'[a-z]+)*");

    static TypedName of(String typed) {
        var folded = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('\u2019', '\'')
                .toLowerCase(Locale.ROOT);
        var words = new ArrayList<String>();
        var matcher = WORD.matcher(folded);
        while (matcher.find() && words.size() < MAX_WORDS) {
            if (matcher.group().length() > 1) {
                words.add(matcher.group());
            }
        }
        return new TypedName(List.copyOf(words));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words as the ranking compares them with stored names: upper case, letters only (O'BRIEN is OBRIEN). */
    List<String> comparable() {
        return words.stream().map(TypedName::comparable).toList();
    }

    static String comparable(String word) {
        return word.replace("'", "").toUpperCase(Locale.ROOT);
    }

    /**
     * The query for the {@code record_names} full-text index: each word exactly (weighted up), within one edit
     * (two for words of six letters or more), as the start of a longer name (three letters or more), and each
     * of its nickname variants (weighted up). Words are alternatives: a record matching more of them scores
     * higher, and one matching only the surname is still found.
     */
    String luceneQuery(NameVariants variants) {
        return words.stream()
                .map(word -> {
                    var terms = new ArrayList<String>();
                    terms.add(word + "^4");
                    terms.add(word + (word.length() >= 6 ? "~2" : "~1"));
                    if (word.length() >= 3) {
                        terms.add(word + "*");
                    }
                    variantsOf(word, variants).stream()
                            .map(v -> v.toLowerCase(Locale.ROOT))
                            .filter(v -> !v.equals(word))
                            .forEach(v -> terms.add(v + "^2"));
                    return "(" + String.join(" OR ", terms) + ")";
                })
                .collect(Collectors.joining(" "));
    }

    /**
     * (forename sound, surname sound) pairs for the name-sound index: the first word (or any of its nicknames)
     * as forename with the last word, or all the words after the first, as surname; and the other way round,
     * for "Smith John". Empty for a single word: the index leads with the forename, so a surname alone cannot use
     * it, and the full-text look-up covers a single word.
     */
    List<List<String>> soundPairs(NameVariants variants) {
        if (words.size() < 2) {
            return List.of();
        }
        var pairs = new LinkedHashSet<List<String>>();
        var first = words.getFirst();
        var last = words.getLast();
        var rest = String.join("", words.subList(1, words.size()));
        addPairs(pairs, forenameSounds(first, variants), List.of(last, rest));
        addPairs(pairs, forenameSounds(last, variants), List.of(first));
        return pairs.stream().limit(MAX_SOUND_PAIRS).toList();
    }

    private static Set<String> forenameSounds(String word, NameVariants variants) {
        var sounds = new LinkedHashSet<String>();
        sounds.add(MatchRecord.nameSound(word));
        variantsOf(word, variants).forEach(v -> sounds.add(MatchRecord.nameSound(v)));
        sounds.removeIf(s -> s == null || s.isEmpty());
        return sounds;
    }

    private static void addPairs(Set<List<String>> pairs, Set<String> forenameSounds, List<String> surnames) {
        var surnameSounds = surnames.stream()
                .map(MatchRecord::nameSound)
                .filter(Objects::nonNull)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        for (var forename : forenameSounds) {
            for (var surname : surnameSounds) {
                pairs.add(List.of(forename, surname));
            }
        }
    }

    private static List<String> variantsOf(String word, NameVariants variants) {
        return variants.variantsOf(comparable(word)).stream()
                .filter(v -> v.chars().allMatch(c -> c >= 'A' && c <= 'Z'))
                .limit(MAX_VARIANTS)
                .toList();
    }
}
