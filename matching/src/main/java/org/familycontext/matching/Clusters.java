/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Connected components over accepted links (union-find with path halving and union by size). A resolved person
 * is one component: records joined directly or through a chain of accepted links.
 */
final class Clusters<T> {

    private final Map<T, Integer> index = new HashMap<>();
    private final List<T> items = new ArrayList<>();
    private int[] parent = new int[16];
    private int[] size = new int[16];

    void add(T item) {
        indexOf(item);
    }

    void join(T a, T b) {
        int ra = root(indexOf(a));
        int rb = root(indexOf(b));
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb]) {
            int swap = ra;
            ra = rb;
            rb = swap;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
    }

    /** Every component, each in the order its items were first added. */
    List<List<T>> components() {
        var byRoot = new HashMap<Integer, List<T>>();
        for (int i = 0; i < items.size(); i++) {
            byRoot.computeIfAbsent(root(i), r -> new ArrayList<>()).add(items.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }

    private int indexOf(T item) {
        return index.computeIfAbsent(item, k -> {
            int i = items.size();
            items.add(k);
            if (i == parent.length) {
                parent = java.util.Arrays.copyOf(parent, i * 2);
                size = java.util.Arrays.copyOf(size, i * 2);
            }
            parent[i] = i;
            size[i] = 1;
            return i;
        });
    }

    private int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
