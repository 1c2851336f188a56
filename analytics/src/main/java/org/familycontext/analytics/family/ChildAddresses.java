/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/**
 * The area of a family none of whose members has a current household with a postcode (an address that names no
 * one home forms no household): the postcode district of its children's latest address. Asked only for those
 * families' children, in batches.
 */
final class ChildAddresses {

    private static final String READ = """
            UNWIND $ids AS id
            MATCH (:Person {id: id})<-[:PART_OF]-(:Record)-[l:LIVED_AT]->(a:Address)
            WHERE a.postcode IS NOT NULL AND coalesce(l.current, true)
            RETURN id, a.postcode AS postcode, l.fromDate AS fromDate, l.toDate AS toDate
            """;

    private ChildAddresses() {}

    /** Fills {@code area} of the families that have none yet; returns how many it filled. */
    static int fillAreas(Driver driver, FamilyGraph graph, FamilyUnits units, List<BuiltFamily> families) {
        var familyOfChild = new HashMap<String, BuiltFamily>();
        for (var family : families) {
            if (family.properties().get("area") != null) {
                continue;
            }
            for (int m : family.members()) {
                if (units.dependent(m)) {
                    familyOfChild.put(graph.id(m), family);
                }
            }
        }
        if (familyOfChild.isEmpty()) {
            return 0;
        }
        var latest = new HashMap<BuiltFamily, Address>();
        var ids = new ArrayList<>(familyOfChild.keySet());
        try (var session = driver.session(Batches.streamedRead())) {
            for (int from = 0; from < ids.size(); from += Batches.SIZE) {
                var batch = ids.subList(from, Math.min(ids.size(), from + Batches.SIZE));
                session.run(READ, Map.of("ids", batch)).forEachRemaining(row -> {
                    var district = FamilyFigures.district(row.get("postcode").asString());
                    if (district == null) {
                        return;
                    }
                    var address = new Address(
                            district,
                            row.get("toDate").isNull(),
                            DateReading.earliest(row.get("fromDate").asString(null))
                                    .orElse(null));
                    latest.merge(familyOfChild.get(row.get("id").asString()), address, Address::later);
                });
            }
        }
        latest.forEach((family, address) -> family.properties().put("area", address.district()));
        return latest.size();
    }

    /** An address as far as ordering goes: a current one beats an ended one, then the later move in. */
    private record Address(String district, boolean current, LocalDate from) {
        static Address later(Address x, Address y) {
            if (x.current != y.current) {
                return x.current ? x : y;
            }
            if (x.from == null || y.from == null) {
                return x.from == null ? (y.from == null ? smaller(x, y) : y) : x;
            }
            int c = x.from.compareTo(y.from);
            return c > 0 ? x : c < 0 ? y : smaller(x, y);
        }

        private static Address smaller(Address x, Address y) {
            return x.district.compareTo(y.district) <= 0 ? x : y;
        }
    }
}
