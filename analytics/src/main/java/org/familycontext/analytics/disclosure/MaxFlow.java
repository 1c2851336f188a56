/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Maximum flow (Dinic's algorithm) in a small network with whole-number capacities. */
final class MaxFlow {

    /** A capacity no flow here comes near: the flows are bounded by the finite capacities out of the source. */
    static final long UNBOUNDED = Long.MAX_VALUE / 4;

    private final List<List<Integer>> out;
    private int[] head = new int[16];
    private long[] capacity = new long[16];
    private int edges;

    MaxFlow(int nodes) {
        out = new ArrayList<>(nodes);
        for (int i = 0; i < nodes; i++) {
            out.add(new ArrayList<>());
        }
    }

    void add(int from, int to, long capacity) {
        if (edges + 2 > head.length) {
            head = Arrays.copyOf(head, head.length * 2);
            this.capacity = Arrays.copyOf(this.capacity, head.length);
        }
        // Edge e and its residual twin e ^ 1 sit side by side.
        head[edges] = to;
        this.capacity[edges] = capacity;
        out.get(from).add(edges++);
        head[edges] = from;
        this.capacity[edges] = 0;
        out.get(to).add(edges++);
    }

    long between(int source, int sink) {
        long total = 0;
        int[] level;
        while ((level = levels(source))[sink] >= 0) {
            var next = new int[out.size()];
            long pushed;
            while ((pushed = push(source, sink, UNBOUNDED, level, next)) > 0) {
                total += pushed;
            }
        }
        return total;
    }

    private int[] levels(int source) {
        var level = new int[out.size()];
        Arrays.fill(level, -1);
        level[source] = 0;
        var queue = new ArrayDeque<Integer>();
        queue.add(source);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int e : out.get(node)) {
                if (capacity[e] > 0 && level[head[e]] < 0) {
                    level[head[e]] = level[node] + 1;
                    queue.add(head[e]);
                }
            }
        }
        return level;
    }

    private long push(int node, int sink, long limit, int[] level, int[] next) {
        if (node == sink) {
            return limit;
        }
        var edgesOut = out.get(node);
        for (; next[node] < edgesOut.size(); next[node]++) {
            int e = edgesOut.get(next[node]);
            if (capacity[e] > 0 && level[head[e]] == level[node] + 1) {
                long got = push(head[e], sink, Math.min(limit, capacity[e]), level, next);
                if (got > 0) {
                    capacity[e] -= got;
                    capacity[e ^ 1] += got;
                    return got;
                }
            }
        }
        return 0;
    }
}
