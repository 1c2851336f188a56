/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.util.List;

/**
 * What one good row of an extract becomes: any of a record, an address of it, an involvement and a family
 * tie, plus fields that were dropped as unusable while the row itself was kept.
 *
 * @param hash digest of everything the row maps, to tell an unchanged row from an updated one on reload
 */
record MappedRow(
        long line,
        RecordRow record,
        LivedAtRow address,
        InvolvementRow involvement,
        TieRow tie,
        List<Rejection> droppedFields,
        long hash) {}
