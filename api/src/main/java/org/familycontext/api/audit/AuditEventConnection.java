/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import java.util.List;

/** One page of audit events, newest first, as audit.graphqls shows it. */
record AuditEventConnection(List<Edge> edges, PageInfo pageInfo) {

    record Edge(String cursor, AuditEvent node) {}

    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}
}
