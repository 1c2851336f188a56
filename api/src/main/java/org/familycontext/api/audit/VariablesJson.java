/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import java.util.List;
import java.util.Map;

/** A request's variables as JSON text, in the order the client sent them, for the audit trail. */
final class VariablesJson {

    private VariablesJson() {}

    static String of(Map<String, Object> variables) {
        var json = new StringBuilder();
        write(variables == null ? Map.of() : variables, json);
        return json.toString();
    }

    private static void write(Object value, StringBuilder json) {
        switch (value) {
            case null -> json.append("null");
            case Map<?, ?> map -> {
                json.append('{');
                var first = true;
                for (var entry : map.entrySet()) {
                    if (!first) {
                        json.append(',');
                    }
                    first = false;
                    string(String.valueOf(entry.getKey()), json);
                    json.append(':');
                    write(entry.getValue(), json);
                }
                json.append('}');
            }
            case List<?> list -> {
                json.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        json.append(',');
                    }
                    write(list.get(i), json);
                }
                json.append(']');
            }
            case Number n -> json.append(n);
            case Boolean b -> json.append(b);
            default -> string(value.toString(), json);
        }
    }

    private static void string(String s, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
