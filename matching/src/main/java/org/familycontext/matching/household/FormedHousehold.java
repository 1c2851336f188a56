/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import java.util.List;

/**
 * A household as formed from co-residence: its members' stays at the address (a person who left and came back
 * while others stayed has two), and its period as text (from null when unknown, to null while someone still
 * lives there).
 */
record FormedHousehold(String id, String addressKey, String from, String to, List<Stay> stays) {

    long persons() {
        return stays.stream().map(Stay::person).distinct().count();
    }
}
