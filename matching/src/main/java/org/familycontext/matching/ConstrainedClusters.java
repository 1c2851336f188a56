/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins records into persons link by link, strongest first, and refuses a link that would put contradicting
 * records in one person: two NHS numbers that are not the same, exact dates of birth more than a year apart, or
 * two records a reviewer said are different people. A refused link goes to review instead of being chained
 * silently. Links a reviewer confirmed, and links already accepted before an incremental run, are joined first
 * with {@link #force}.
 */
final class ConstrainedClusters {

    private final int[] parent;
    private final List<Set<String>> nhsNumbers = new ArrayList<>();
    private final int[] earliestYear;
    private final int[] latestYear;
    /** For a cluster's root: the records a reviewer said are not this person (null when none). */
    private final List<Set<Integer>> rejected = new ArrayList<>();

    ConstrainedClusters(List<MatchRecord> records) {
        parent = new int[records.size()];
        earliestYear = new int[records.size()];
        latestYear = new int[records.size()];
        for (var record : records) {
            int i = record.index();
            parent[i] = i;
            nhsNumbers.add(record.nhsNumber() == null ? null : new HashSet<>(Set.of(record.nhsNumber())));
            rejected.add(null);
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

    /** Records that a reviewer said are two people: never in one person, whatever links join them. */
    void reject(int a, int b) {
        forbid(root(a), b);
        forbid(root(b), a);
    }

    private void forbid(int root, int record) {
        if (rejected.get(root) == null) {
            rejected.set(root, new HashSet<>());
        }
        rejected.get(root).add(record);
    }

    /** Joins without checking: a reviewer confirmed the link, or an earlier run accepted it. */
    void force(int a, int b) {
        int x = root(a);
        int y = root(b);
        if (x != y) {
            merge(x, y);
        }
    }

    /** Joins the two records' persons; returns the contradiction that stops it, or null when joined. */
    String join(int a, int b) {
        int x = root(a);
        int y = root(b);
        if (x == y) {
            return null;
        }
        if (rejectedBetween(x, y) || rejectedBetween(y, x)) {
            return "a reviewer said these are different people";
        }
        var nhsX = nhsNumbers.get(x);
        var nhsY = nhsNumbers.get(y);
        if (nhsX != null && nhsY != null && !overlap(nhsX, nhsY)) {
            return "different NHS numbers";
        }
        int earliest = Math.min(earliestYear[x], earliestYear[y]);
        int latest = Math.max(latestYear[x], latestYear[y]);
        if (earliest != Integer.MAX_VALUE && latest - earliest > 1) {
            return "dates of birth years apart";
        }
        merge(x, y);
        return null;
    }

    private boolean rejectedBetween(int root, int otherRoot) {
        var forbidden = rejected.get(root);
        if (forbidden == null) {
            return false;
        }
        for (int record : forbidden) {
            if (root(record) == otherRoot) {
                return true;
            }
        }
        return false;
    }

    private void merge(int x, int y) {
        parent[y] = x;
        earliestYear[x] = Math.min(earliestYear[x], earliestYear[y]);
        latestYear[x] = Math.max(latestYear[x], latestYear[y]);
        var nhsX = nhsNumbers.get(x);
        var nhsY = nhsNumbers.get(y);
        if (nhsX == null) {
            nhsNumbers.set(x, nhsY);
        } else if (nhsY != null) {
            nhsX.addAll(nhsY);
        }
        nhsNumbers.set(y, null);
        var rejectedY = rejected.get(y);
        if (rejectedY != null) {
            if (rejected.get(x) == null) {
                rejected.set(x, rejectedY);
            } else {
                rejected.get(x).addAll(rejectedY);
            }
            rejected.set(y, null);
        }
    }

    private static boolean overlap(Set<String> x, Set<String> y) {
        for (var a : x) {
            if (y.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
