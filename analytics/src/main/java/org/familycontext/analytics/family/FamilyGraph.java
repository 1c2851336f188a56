/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the builder knows of the graph, held compactly with persons by number: their ages, the recorded ties
 * between them, the household each lives in now, and the co-residence guesses of a possible parent. Filled from
 * streams ({@link FamilyGraphReader}) or by hand in tests.
 */
final class FamilyGraph {

    static final int UNKNOWN_AGE = -1;

    /** A current household as the builder uses it: its postcode, size, and who has it as their one home now. */
    record Home(String id, String postcode, int size) {}

    private final LocalDate asOf;
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private int[] ages = new int[1024];
    private final BitSet dead = new BitSet();
    private final BitSet childRecords = new BitSet();
    private final List<Tie> ties = new ArrayList<>();
    private final List<Home> homes = new ArrayList<>();
    private final Map<String, Integer> homeNumbers = new HashMap<>();
    private int[] home = new int[1024];
    private String[] homeFrom = new String[1024];
    private final Set<Long> possibleParents = new HashSet<>();
    private int[][] tiesOf;
    private int[][] homeMembers;

    FamilyGraph(LocalDate asOf) {
        this.asOf = asOf;
    }

    // ------------------------------------------------------------------ filling

    /**
     * @param birthDate ISO, possibly partial; null when unknown
     * @param childRecords whether a source that serves only children and young people holds a record of theirs
     */
    FamilyGraph person(String id, String birthDate, boolean isDead, boolean childRecords) {
        int n = ids.size();
        ids.add(id);
        numbers.put(id, n);
        if (n == ages.length) {
            ages = Arrays.copyOf(ages, n * 2);
            home = Arrays.copyOf(home, n * 2);
            homeFrom = Arrays.copyOf(homeFrom, n * 2);
        }
        ages[n] = age(birthDate);
        home[n] = -1;
        if (isDead) {
            dead.set(n);
        }
        if (childRecords) {
            this.childRecords.set(n);
        }
        return this;
    }

    /** A tie between two known persons; ties to persons not read are dropped. */
    FamilyGraph tie(String from, String to, TieType type, String kind, String toDate) {
        var a = numbers.get(from);
        var b = numbers.get(to);
        if (a != null && b != null && !a.equals(b)) {
            ties.add(new Tie(a, b, type, kind, DateReading.notEndedBy(toDate, asOf)));
            tiesOf = null;
        }
        return this;
    }

    /**
     * A person's current stay in a household. A person sources place in two homes now lives, for families, in the
     * one with more current members: most often it is one home under two keys (one source gives the property's UPRN,
     * another only its address), and the larger is where the rest of the family is. On equal sizes, the one moved
     * into last (the other is usually an address a source has not updated); then the smaller household ID.
     *
     * @param size how many persons currently stay there
     */
    FamilyGraph currentStay(String householdId, String postcode, int size, String person, String from) {
        var p = numbers.get(person);
        if (p == null) {
            return this;
        }
        int h = homeNumbers.computeIfAbsent(householdId, id -> {
            homes.add(new Home(id, postcode, size));
            return homes.size() - 1;
        });
        int current = home[p];
        if (current < 0 || rather(homes.get(h), from, homes.get(current), homeFrom[p])) {
            home[p] = h;
            homeFrom[p] = from;
        }
        homeMembers = null;
        return this;
    }

    private static boolean rather(Home one, String from, Home other, String otherFrom) {
        if (one.size() != other.size()) {
            return one.size() > other.size();
        }
        var mine = DateReading.earliest(from);
        var theirs = DateReading.earliest(otherFrom);
        if (mine.isPresent() != theirs.isPresent()) {
            return mine.isPresent();
        }
        if (mine.isPresent()) {
            int c = mine.get().compareTo(theirs.get());
            if (c != 0) {
                return c > 0;
            }
        }
        return one.id().compareTo(other.id()) < 0;
    }

    /** A co-residence guess that {@code adult} is a possible parent or carer of {@code child}. */
    FamilyGraph possibleParent(String adult, String child) {
        var a = numbers.get(adult);
        var c = numbers.get(child);
        if (a != null && c != null) {
            possibleParents.add(pair(a, c));
        }
        return this;
    }

    private static long pair(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private int age(String birthDate) {
        return DateReading.parse(birthDate).map(d -> d.ageOn(asOf)).orElse(UNKNOWN_AGE);
    }

    // ------------------------------------------------------------------ reading

    LocalDate asOf() {
        return asOf;
    }

    int size() {
        return ids.size();
    }

    String id(int person) {
        return ids.get(person);
    }

    Integer number(String id) {
        return numbers.get(id);
    }

    /** Age in whole years on the day of the build (the youngest a partial date allows), or {@link #UNKNOWN_AGE}. */
    int age(int person) {
        return ages[person];
    }

    boolean dead(int person) {
        return dead.get(person);
    }

    boolean childRecords(int person) {
        return childRecords.get(person);
    }

    List<Tie> ties() {
        return ties;
    }

    /** The numbers of the ties (in {@link #ties()}) at either end of which the person is. */
    int[] tiesOf(int person) {
        if (tiesOf == null) {
            int[] counts = new int[size()];
            for (var t : ties) {
                counts[t.from()]++;
                counts[t.to()]++;
            }
            tiesOf = new int[size()][];
            for (int i = 0; i < size(); i++) {
                tiesOf[i] = new int[counts[i]];
            }
            int[] filled = new int[size()];
            for (int i = 0; i < ties.size(); i++) {
                var t = ties.get(i);
                tiesOf[t.from()][filled[t.from()]++] = i;
                tiesOf[t.to()][filled[t.to()]++] = i;
            }
        }
        return tiesOf[person];
    }

    /** The household the person lives in now, by number in {@link #home(int)}, or -1. */
    int homeOf(int person) {
        return home[person];
    }

    Home home(int number) {
        return homes.get(number);
    }

    /** Who has this household as their one current home. */
    int[] homeMembers(int number) {
        if (homeMembers == null) {
            int[] counts = new int[homes.size()];
            for (int p = 0; p < size(); p++) {
                if (home[p] >= 0) {
                    counts[home[p]]++;
                }
            }
            homeMembers = new int[homes.size()][];
            for (int h = 0; h < homes.size(); h++) {
                homeMembers[h] = new int[counts[h]];
            }
            int[] filled = new int[homes.size()];
            for (int p = 0; p < size(); p++) {
                if (home[p] >= 0) {
                    homeMembers[home[p]][filled[home[p]]++] = p;
                }
            }
        }
        return homeMembers[number];
    }

    boolean possibleParent(int adult, int child) {
        return possibleParents.contains(pair(adult, child));
    }
}
