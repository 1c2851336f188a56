/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.record;

/**
 * The identifiers a record may carry. The first three have their own indexed property on a Record because
 * a search by any of them goes straight to the person; anything else is kept in {@code otherIdentifiers}.
 */
public enum IdentifierType {
    /** NHS number, ten digits. */
    NHS_NUMBER("nhsNumber"),
    /** Unique pupil number, thirteen characters, from the school census. */
    UPN("upn"),
    /** The case-management system's own person ID (Liquidlogic, Mosaic ...). */
    CASE_ID("caseId");

    private final String property;

    IdentifierType(String property) {
        this.property = property;
    }

    /** The Record property that holds this identifier. */
    public String property() {
        return property;
    }
}
