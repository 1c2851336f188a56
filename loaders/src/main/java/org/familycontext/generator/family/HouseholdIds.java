/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.family;

import java.util.function.Supplier;

/** Numbers households in the order they are formed, so IDs follow the run's seed and nothing else. */
public final class HouseholdIds implements Supplier<String> {

    private long next = 1;

    @Override
    public String get() {
        return String.format("H%08d", next++);
    }
}
