/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.search;

import static org.familycontext.api.graph.Values.text;
import static org.familycontext.api.graph.Values.texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.familycontext.api.person.PersonView;
import org.familycontext.matching.MatchRecord;
import org.familycontext.matching.comparison.NameVariants;

/**
 * Ranks the persons a name search found by how their records match what was typed. Each typed word counts by
 * its best match in a record (a name as typed, another name the source knows, a nickname, a name that sounds the
 * same, a close spelling, the start of a name); a record scores the mean over the words, a person their best
 * record. A date of birth narrows the search (a person whose known dates of birth all differ is left out) and
 * adds one to the score of those born that day, so an exact name with a matching date of birth comes first.
 */
final class SearchRanking {

    private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);

    private final List<String> words;
    private final LocalDate dateOfBirth;
    private final NameVariants variants;

    SearchRanking(TypedName name, LocalDate dateOfBirth, NameVariants variants) {
        this.words = name.comparable();
        this.dateOfBirth = dateOfBirth;
        this.variants = variants;
    }

    /**
     * The person ranked from the records the search found for them; empty when none of the records matches any
     * typed word, or when a date of birth was typed and the person was born on another day.
     */
    Optional<RankedPerson> rank(PersonView person, List<Map<String, Object>> hits) {
        double bestScore = 0;
        Set<SearchMatch> bestMatches = EnumSet.noneOf(SearchMatch.class);
        var birthDateMatch = birthDateMatch(person.birthDate());
        for (var hit : hits) {
            var matches = EnumSet.noneOf(SearchMatch.class);
            double score = 0;
            var names = RecordNames.of(hit);
            for (var word : words) {
                var match = bestMatch(word, names);
                if (match != null) {
                    matches.add(match);
                    score += match.weight();
                }
            }
            score /= words.size();
            if (score > bestScore) {
                bestScore = score;
                bestMatches = matches;
            }
            birthDateMatch = birthDateMatch.orBetter(birthDateMatch(text(hit, "birthDate")));
        }
        if (bestScore == 0 || birthDateMatch == BirthDateMatch.DIFFERENT) {
            return Optional.empty();
        }
        var matchedOn = new ArrayList<>(bestMatches);
        if (birthDateMatch == BirthDateMatch.EXACT) {
            matchedOn.add(SearchMatch.DATE_OF_BIRTH);
        }
        return Optional.of(new RankedPerson(person, bestScore + birthDateMatch.bonus, List.copyOf(matchedOn)));
    }

    private SearchMatch bestMatch(String word, RecordNames names) {
        if (names.own().contains(word)) {
            return SearchMatch.NAME;
        }
        if (names.other().contains(word)) {
            return SearchMatch.OTHER_NAME;
        }
        if (names.forenames().stream().anyMatch(f -> variants.related(word, f))) {
            return SearchMatch.NICKNAME;
        }
        var sound = MatchRecord.nameSound(word);
        if (StringUtils.isNotEmpty(sound) && names.all().anyMatch(n -> sound.equals(MatchRecord.nameSound(n)))) {
            return SearchMatch.SOUNDS_LIKE;
        }
        int allowedEdits = word.length() >= 6 ? 2 : 1;
        if (names.all().anyMatch(n -> withinEdits(word, n, allowedEdits))) {
            return SearchMatch.SIMILAR_SPELLING;
        }
        if (word.length() >= 3 && names.all().anyMatch(n -> n.startsWith(word))) {
            return SearchMatch.START_OF_NAME;
        }
        return null;
    }

    private static boolean withinEdits(String a, String b, int edits) {
        int distance = TWO_EDITS.apply(a, b);
        return distance >= 0 && distance <= edits;
    }

    private BirthDateMatch birthDateMatch(String stored) {
        if (dateOfBirth == null || StringUtils.isBlank(stored)) {
            return BirthDateMatch.UNKNOWN;
        }
        var typed = dateOfBirth.toString();
        if (typed.equals(stored)) {
            return BirthDateMatch.EXACT;
        }
        // A source that holds only the year (or year and month) agrees with any day in it.
        return stored.length() < typed.length() && typed.startsWith(stored)
                ? BirthDateMatch.PARTIAL
                : BirthDateMatch.DIFFERENT;
    }

    /** How a person's dates of birth agree with the typed one, worst first; a person counts by their best. */
    private enum BirthDateMatch {
        DIFFERENT(0),
        UNKNOWN(0),
        PARTIAL(0.5),
        EXACT(1);

        private final double bonus;

        BirthDateMatch(double bonus) {
            this.bonus = bonus;
        }

        /**
         * The better of two. A date the person is not known by at all (UNKNOWN) does not excuse a different
         * one: a person with a known, different date of birth is left out.
         */
        BirthDateMatch orBetter(BirthDateMatch other) {
            if (this == UNKNOWN) {
                return other;
            }
            if (other == UNKNOWN) {
                return this;
            }
            return compareTo(other) >= 0 ? this : other;
        }
    }

    /** A record's names as upper-case words of letters: its own, the other names it knows, its forenames. */
    private record RecordNames(List<String> own, List<String> other, List<String> forenames) {

        static RecordNames of(Map<String, Object> hit) {
            var forenames = words(Stream.of(text(hit, "forename"), text(hit, "middleNames")));
            var own = new ArrayList<>(forenames);
            own.addAll(words(Stream.of(text(hit, "surname"))));
            var other = words(Stream.concat(texts(hit, "aliases").stream(), texts(hit, "previousSurnames").stream()));
            var allForenames = new ArrayList<>(forenames);
            allForenames.addAll(other);
            return new RecordNames(own, other, allForenames);
        }

        Stream<String> all() {
            return Stream.concat(own.stream(), other.stream());
        }

        private static List<String> words(Stream<String> names) {
            return names.filter(StringUtils::isNotBlank)
                    .map(n ->
                            StringUtils.stripAccents(n).toUpperCase(Locale.ROOT).replace("'", ""))
                    .flatMap(n -> Stream.of(n.split("[^A-Z]+")))
                    .filter(w -> !w.isEmpty())
                    .toList();
        }
    }
}
