/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.family;

import java.time.LocalDate;
import org.familycontext.generator.world.Address;

/**
 * A spell of living in a household at an address.
 *
 * @param to the day they left, or null while they still live there
 */
public record Residence(String householdId, Address address, LocalDate from, LocalDate to) {}
