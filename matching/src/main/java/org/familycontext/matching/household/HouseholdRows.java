/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.household;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/** The parameter rows the builder's statements write: households with their members, and inferred ties. */
final class HouseholdRows {

    static final String BASIS = "co-residence and age gap";

    private HouseholdRows() {}

    static Map<String, Object> of(FormedHousehold household) {
        var members = new ArrayList<Map<String, Object>>(household.stays().size());
        var content = new StringBuilder()
                .append(household.addressKey())
                .append('\n')
                .append(household.from())
                .append('\n')
                .append(household.to());
        for (var stay : household.stays()) {
            var member = new HashMap<String, Object>();
            member.put("person", stay.person());
            member.put("from", stay.fromText());
            member.put("to", stay.toText());
            members.add(member);
            content.append('\n')
                    .append(stay.person())
                    .append('|')
                    .append(stay.fromText())
                    .append('|')
                    .append(stay.toText());
        }
        var row = new HashMap<String, Object>();
        row.put("id", household.id());
        row.put("address", household.addressKey());
        row.put("from", household.from());
        row.put("to", household.to());
        row.put("members", members);
        row.put("hash", hash(content.toString()));
        return row;
    }

    static Map<String, Object> of(InferredTie tie) {
        var properties = new HashMap<String, Object>();
        properties.put("kind", tie.kind().stored());
        properties.put("confidence", tie.confidence());
        properties.put("basis", BASIS);
        properties.put("inferred", true);
        properties.put("source", "inferred");
        properties.put("ageGapYears", tie.ageGapYears());
        properties.put("overlapYears", tie.overlapYears());
        properties.put(
                "fromDate", tie.fromDate() == null ? null : tie.fromDate().toString());
        properties.put("toDate", tie.toDate() == null ? null : tie.toDate().toString());
        properties.put("households", tie.households());
        var content = new StringBuilder().append(tie.from()).append('\n').append(tie.to());
        properties.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                        e -> content.append('\n').append(e.getKey()).append('=').append(e.getValue()));
        var hash = hash(content.toString());
        properties.put("buildHash", hash);
        return Map.of("from", tie.from(), "to", tie.to(), "properties", properties, "hash", hash);
    }

    private static String hash(String content) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
