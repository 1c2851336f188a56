/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader who tries to recover counts from a published co-occurrence matrix of three services by brute force: every
 * cohort of the published size (how many families have each of the eight combinations of the three services) is
 * tried, and those that agree with every published count are kept. For each count the matrix stands for or implies
 * (families with both of two services, with one but not the other, with neither, without a service, with exactly one
 * combination of the three) it gives the values the reader cannot rule out. Independent of the library's rules.
 */
final class FamilyReader {

    private static final int SERVICES = 3;
    private static final List<String> NAMES = names();

    private FamilyReader() {}

    private static List<String> names() {
        var names = new ArrayList<String>();
        names.add("families");
        for (int i = 0; i < SERVICES; i++) {
            names.add("with " + i);
            names.add("without " + i);
        }
        for (int i = 0; i < SERVICES; i++) {
            for (int j = i + 1; j < SERVICES; j++) {
                names.add("both " + i + j);
                names.add("only " + i + " not " + j);
                names.add("only " + j + " not " + i);
                names.add("neither " + i + j);
            }
        }
        for (int mask = 0; mask < 1 << SERVICES; mask++) {
            names.add("exactly " + mask);
        }
        return List.copyOf(names);
    }

    /** Every count of a cohort given as families per combination ({@code atoms[mask]}, bit i = has service i). */
    static Map<String, Long> counts(long[] atoms) {
        var values = values(atoms);
        var counts = new LinkedHashMap<String, Long>();
        for (int k = 0; k < NAMES.size(); k++) {
            counts.put(NAMES.get(k), values[k]);
        }
        return counts;
    }

    private static long[] values(long[] atoms) {
        long families = 0;
        var with = new long[SERVICES];
        var both = new long[SERVICES][SERVICES];
        for (int mask = 0; mask < atoms.length; mask++) {
            families += atoms[mask];
            for (int i = 0; i < SERVICES; i++) {
                if ((mask & 1 << i) != 0) {
                    with[i] += atoms[mask];
                    for (int j = i + 1; j < SERVICES; j++) {
                        if ((mask & 1 << j) != 0) {
                            both[i][j] += atoms[mask];
                        }
                    }
                }
            }
        }
        var values = new long[NAMES.size()];
        int k = 0;
        values[k++] = families;
        for (int i = 0; i < SERVICES; i++) {
            values[k++] = with[i];
            values[k++] = families - with[i];
        }
        for (int i = 0; i < SERVICES; i++) {
            for (int j = i + 1; j < SERVICES; j++) {
                values[k++] = both[i][j];
                values[k++] = with[i] - both[i][j];
                values[k++] = with[j] - both[i][j];
                values[k++] = families - with[i] - with[j] + both[i][j];
            }
        }
        for (long atom : atoms) {
            values[k++] = atom;
        }
        return values;
    }

    /** The matrix of services A, B and C of the cohort. */
    static CountTable.CoOccurrence matrix(long[] atoms) {
        var counts = counts(atoms);
        var rows = new ArrayList<List<Long>>();
        for (int i = 0; i < SERVICES; i++) {
            var row = new ArrayList<Long>();
            for (int j = 0; j < SERVICES; j++) {
                row.add(i == j ? counts.get("with " + i) : counts.get("both " + Math.min(i, j) + Math.max(i, j)));
            }
            rows.add(row);
        }
        return new CountTable.CoOccurrence("service", List.of("A", "B", "C"), counts.get("families"), rows);
    }

    /** Each count's lowest and highest value over the cohorts consistent with the published matrix. */
    static Map<String, long[]> ranges(SuppressedTable.CoOccurrence published, long cap) {
        var fixed = new long[NAMES.size()];
        Arrays.fill(fixed, -1);
        fix(fixed, "families", published.families());
        for (int i = 0; i < SERVICES; i++) {
            fix(fixed, "with " + i, published.count(i, i));
            for (int j = i + 1; j < SERVICES; j++) {
                fix(fixed, "both " + i + j, published.count(i, j));
            }
        }
        var low = new long[NAMES.size()];
        var high = new long[NAMES.size()];
        Arrays.fill(low, Long.MAX_VALUE);
        Arrays.fill(high, Long.MIN_VALUE);
        long families = fixed[0];
        for (long size = families >= 0 ? families : 0; size <= (families >= 0 ? families : cap); size++) {
            compositions(new long[1 << SERVICES], 0, size, fixed, low, high);
        }
        var ranges = new LinkedHashMap<String, long[]>();
        for (int k = 0; k < NAMES.size(); k++) {
            ranges.put(NAMES.get(k), new long[] {low[k], high[k]});
        }
        return ranges;
    }

    private static void fix(long[] fixed, String name, Figure figure) {
        if (figure instanceof Figure.Count count) {
            fixed[NAMES.indexOf(name)] = count.value();
        }
    }

    private static void compositions(long[] atoms, int index, long left, long[] fixed, long[] low, long[] high) {
        if (index == atoms.length - 1) {
            atoms[index] = left;
            var values = values(atoms);
            for (int k = 0; k < values.length; k++) {
                if (fixed[k] >= 0 && fixed[k] != values[k]) {
                    return;
                }
            }
            for (int k = 0; k < values.length; k++) {
                low[k] = Math.min(low[k], values[k]);
                high[k] = Math.max(high[k], values[k]);
            }
            return;
        }
        for (long v = 0; v <= left; v++) {
            atoms[index] = v;
            compositions(atoms, index + 1, left - v, fixed, low, high);
        }
    }
}
