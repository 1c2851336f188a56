/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins records into persons link by link, strongest first, and refuses a link that would put contradicting
 * records in one person: two NHS numbers that are not a typo of each other, or exact dates of birth more than
 * a year apart. A refused link goes to review instead of being chained silently.
 */
final class ConstrainedClusters {

    private final int[] parent;
    private final List<Set<String>> nhsNumbers = new ArrayList<>();
    private final int[] earliestYear;
    private final int[] latestYear;

    ConstrainedClusters(List<MatchRecord> records) {
        parent = new int[records.size()];
        earliestYear = new int[records.size()];
        latestYear = new int[records.size()];
        for (var record : records) {
            int i = record.index();
            parent[i] = i;
            nhsNumbers.add(record.nhsNumber() == null ? null : new HashSet<>(Set.of(record.nhsNumber())));
            var date = record.birthDate();
            int year = date != null && date.length() == 10 ? Integer.parseInt(date.substring(0, 4)) : 0;
            earliestYear[i] = year == 0 ? Integer.MAX_VALUE : year;
            latestYear[i] = year == 0 ? Integer.MIN_VALUE : year;
        }
    }

    int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the two records' persons; returns the contradiction that stops it, or null when joined. */
    String join(int a, int b) {
        int x = root(a);
        int y = root(b);
        if (x == y) {
            return null;
        }
        var nhsX = nhsNumbers.get(x);
        var nhsY = nhsNumbers.get(y);
        if (nhsX != null && nhsY != null && !compatible(nhsX, nhsY)) {
            return "different NHS numbers";
        }
        int earliest = Math.min(earliestYear[x], earliestYear[y]);
        int latest = Math.max(latestYear[x], latestYear[y]);
        if (earliest != Integer.MAX_VALUE && latest - earliest > 1) {
            return "dates of birth years apart";
        }
        parent[y] = x;
        earliestYear[x] = earliest;
        latestYear[x] = latest;
        if (nhsX == null) {
            nhsNumbers.set(x, nhsY);
        } else if (nhsY != null) {
            nhsX.addAll(nhsY);
        }
        nhsNumbers.set(y, null);
        return null;
    }

    private static boolean compatible(Set<String> x, Set<String> y) {
        for (var a : x) {
            for (var b : y) {
                if (a.equals(b)) {
                    return true;
                }
            }
        }
        return false;
    }
}
