/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.graph;

import java.util.List;
import java.util.Map;

/** Reads Cypher map results (from {@code Neo4jClient}) into Java values without null checks at every call. */
public final class Values {

    private Values() {}

    public static String text(Map<String, Object> row, String key) {
        var value = row.get(key);
        return value == null ? null : value.toString();
    }

    public static Integer integer(Map<String, Object> row, String key) {
        return row.get(key) instanceof Number n ? n.intValue() : null;
    }

    public static Double decimal(Map<String, Object> row, String key) {
        return row.get(key) instanceof Number n ? n.doubleValue() : null;
    }

    public static boolean flag(Map<String, Object> row, String key) {
        return Boolean.TRUE.equals(row.get(key));
    }

    public static List<String> texts(Map<String, Object> row, String key) {
        return row.get(key) instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of();
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> maps(Map<String, Object> row, String key) {
        return row.get(key) instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }
}
