/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.disclosure;

/**
 * What a reader can work out about a withheld figure of an additive table from everything published beside it. The
 * reader is assumed to know every published figure exactly, that every line adds up to its total, and that a
 * withheld figure is a whole number of at least {@code lowest} (1, since a zero is never withheld unless zeros are
 * suppressed; then 0).
 *
 * <p>A table's figures are the flows of a circulation ({@link AdditiveTable}), so the tables the reader cannot rule
 * out are the feasible circulations with published figures fixed and withheld ones bounded below; the constraints are
 * totally unimodular, so a whole-number table exists whenever any does, and a maximum-flow test decides it exactly.
 */
final class Intruder {

    private final AdditiveTable table;
    private final long lowest;

    Intruder(AdditiveTable table, long lowest) {
        this.table = table;
        this.lowest = lowest;
    }

    /** Whether the published figures leave the withheld {@code entry} only its true value. */
    boolean canTellExactly(int entry, boolean[] withheld) {
        var value = table.value(entry);
        if (value - 1 >= lowest && possible(withheld, entry, lowest, value - 1)) {
            return false;
        }
        return !possible(withheld, entry, value + 1, MaxFlow.UNBOUNDED);
    }

    /** Whether some table consistent with the published figures has {@code entry} between {@code low} and {@code high}. */
    private boolean possible(boolean[] withheld, int entry, long low, long high) {
        int nodes = table.nodes();
        int source = nodes;
        int sink = nodes + 1;
        var flow = new MaxFlow(nodes + 2);
        var excess = new long[nodes];
        for (int e = 0; e < table.entries(); e++) {
            long lower;
            long upper;
            if (e == entry) {
                lower = low;
                upper = high;
            } else if (withheld[e]) {
                lower = lowest;
                upper = MaxFlow.UNBOUNDED;
            } else {
                lower = table.value(e);
                upper = table.value(e);
            }
            // A lower bound is taken as flow already sent: the residual problem must make up each node's balance.
            flow.add(table.from(e), table.to(e), upper == MaxFlow.UNBOUNDED ? MaxFlow.UNBOUNDED : upper - lower);
            excess[table.to(e)] += lower;
            excess[table.from(e)] -= lower;
        }
        long needed = 0;
        for (int node = 0; node < nodes; node++) {
            if (excess[node] > 0) {
                flow.add(source, node, excess[node]);
                needed += excess[node];
            } else if (excess[node] < 0) {
                flow.add(node, sink, -excess[node]);
            }
        }
        return flow.between(source, sink) == needed;
    }
}
