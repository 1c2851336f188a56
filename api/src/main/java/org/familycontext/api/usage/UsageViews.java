/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.usage;

import java.util.List;

/** The usage types as GraphQL shows them (see usage.graphqls). */
final class UsageViews {

    private UsageViews() {}

    record Usage(
            String from,
            String to,
            String team,
            List<String> teams,
            List<UsageCount> days,
            List<UsageCount> byDayAndTeam) {}

    /** What was done on one day, by one team (or, with a null team, by every team together). */
    record UsageCount(String day, String team, int signIns, int searches, int personViews) {

        UsageCount plus(UsageCount other) {
            return new UsageCount(
                    day, null, signIns + other.signIns, searches + other.searches, personViews + other.personViews);
        }
    }
}
