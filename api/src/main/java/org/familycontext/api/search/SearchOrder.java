/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.search;

/** How search results are ordered (see search.graphqls). */
enum SearchOrder {
    BEST_MATCH,
    YOUNGEST_FIRST
}
