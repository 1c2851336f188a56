/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.involvement;

/** Open now, or in the past. "None found" is not a status of an involvement: it is the absence of one. */
public enum InvolvementStatus {
    CURRENT,
    HISTORIC
}
