/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.review;

import org.familycontext.launcher.connect.GraphConnection;

/** Opens the graph, turning "cannot reach or open it" into a message for the person at the command line. */
final class Connections {

    private Connections() {}

    static final class Unreachable extends RuntimeException {
        Unreachable(String message) {
            super(message);
        }
    }

    static GraphConnection.Open open(GraphConnection graph) {
        try {
            return graph.open();
        } catch (IllegalStateException e) {
            throw new Unreachable(e.getMessage());
        }
    }
}
