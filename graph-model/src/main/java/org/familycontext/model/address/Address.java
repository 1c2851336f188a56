/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.address;

import org.springframework.data.neo4j.core.schema.GeneratedValue;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A place people live. Records point at it with {@code (:Record)-[:LIVED_AT {from, to, source}]->(:Address)};
 * the dates sit on that relationship because each source knows a different period.
 *
 * @param key see {@link AddressKey}: the UPRN when known, otherwise the normalised lines and postcode
 * @param uprn Unique Property Reference Number, the national address identifier, when a source holds it
 * @param lines normalised address lines joined with ", "
 */
@Node("Address")
public record Address(@Id @GeneratedValue String elementId, String key, String uprn, String lines, String postcode) {}
