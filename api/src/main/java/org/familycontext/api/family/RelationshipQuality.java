/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.family;

/**
 * How a relationship between two people is, as a practitioner records it from what the family tells them
 * (stored as {@code RELATIONSHIP_QUALITY} between the two persons' records, source {@code practitioner-recorded}).
 * No extract holds this: it is what a family group conference coordinator asks about ("who is she close to, who
 * has she fallen out with").
 */
public enum RelationshipQuality {
    CLOSE,
    SUPPORTIVE,
    DISTANT,
    CONFLICT,
    CUT_OFF,
    UNKNOWN;

    /** The relationship type that holds a recorded quality; never a family tie, so no walk over ties crosses it. */
    public static final String RELATIONSHIP_TYPE = "RELATIONSHIP_QUALITY";
}
