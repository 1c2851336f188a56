/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.family;

import org.familycontext.generator.world.Address;

/** A household outside the family that a child may join: foster carers, a children's home. */
public record FixedHome(String householdId, Address address) {}
