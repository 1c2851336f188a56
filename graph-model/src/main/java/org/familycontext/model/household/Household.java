/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.household;

import org.springframework.data.neo4j.core.schema.GeneratedValue;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * People sharing an address over a period: {@code (:Person)-[:MEMBER_OF {from, to}]->(:Household)-[:AT]->(:Address)}.
 * A household is derived from records' addresses and dates, not loaded from any one source.
 */
@Node("Household")
public record Household(@Id @GeneratedValue String elementId, String id, String from, String to) {}
