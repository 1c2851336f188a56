/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.involvement;

/** What a source says about a person, most telling first (see involvement.graphqls). */
enum CoverageStatus {
    CURRENT,
    HISTORIC,
    NONE_FOUND,
    NOT_APPLICABLE
}
