/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.family;

/**
 * Fact keys of children's social care involvements. Looked-after episodes carry the DfE SSDA903 codes, so
 * the case-management system and the 903 return tell the same story, each in its own layout.
 */
public final class CareCodes {

    /** CIN, CP or LAC for a child; FC for an approved foster carer. */
    public static final String CHILD_IN_NEED = "CIN";

    public static final String CHILD_PROTECTION = "CP";
    public static final String LOOKED_AFTER = "LAC";
    public static final String FOSTER_CARER = "FC";

    /** Category of need, N1 to N8. */
    public static final String CATEGORY = "CIN";
    /** Legal status: C1, C2, V2, L1 ... */
    public static final String LEGAL_STATUS = "LS";
    /** Placement type: U1 to U6, K2, P1, H5 ... */
    public static final String PLACEMENT = "PLACE";

    public static final String PROVIDER = "PLACE_PROVIDER";
    /** Reason for new episode: S, L, P, T, B, U. */
    public static final String REASON_NEW = "RNE";
    /** Reason episode ended: E11 ... X1; absent while open. */
    public static final String REASON_ENDED = "REC";

    public static final String REASON_PLACE_CHANGE = "REASON_PLACE_CHANGE";
    public static final String HOME_POSTCODE = "HOME_POST";
    public static final String PLACEMENT_POSTCODE = "PL_POST";
    /** Ofsted URN of the placement, XXXXXXX when it has none. */
    public static final String URN = "URN";

    private CareCodes() {}
}
