/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The hash of an audit event: SHA-256, in lower-case hex, over a canonical text of the event's fields (every one but
 * {@code hash}, {@code previousHash} included) in the fixed order of {@link #FIELDS}. docs/audit.md specifies the
 * text so that anyone can check the trail without this code.
 *
 * <p>The text is read from the stored properties as they are, whatever their type, so a property changed to
 * another type, removed or added to a list changes the hash.
 */
public final class AuditHash {

    /** The previousHash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    /** The fields the hash covers, in the order they are written. */
    public static final List<String> FIELDS = List.of(
            "seq",
            "at",
            "user",
            "roles",
            "team",
            "action",
            "actions",
            "purpose",
            "operationName",
            "query",
            "variables",
            "openedPersonIds",
            "personIds",
            "recordKeys",
            "outcome",
            "previousHash");

    private AuditHash() {}

    /** The hash of an event given as its stored properties (a {@code hash} among them is ignored). */
    public static String of(Map<String, Object> properties) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical(properties).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * One line per field, {@code name=value}: a value is {@code -} when absent, {@code s<bytes>:<text>} for text
     * (the length in UTF-8 bytes, so no text can pass for another), {@code i<digits>} for an integer, {@code
     * l<count>:} followed by the items for a list, {@code b}, {@code f} or {@code o<bytes>:<text>} for anything else.
     */
    static String canonical(Map<String, Object> properties) {
        var text = new StringBuilder(256);
        for (var field : FIELDS) {
            text.append(field).append('=');
            encode(properties.get(field), text);
            text.append('\n');
        }
        return text.toString();
    }

    private static void encode(Object value, StringBuilder text) {
        switch (value) {
            case null -> text.append('-');
            case String s -> counted('s', s, text);
            case Long n -> text.append('i').append(n);
            case Integer n -> text.append('i').append(n);
            case Boolean b -> text.append('b').append(b);
            case Double d -> text.append('f').append(d);
            case List<?> list -> {
                text.append('l').append(list.size()).append(':');
                list.forEach(item -> encode(item, text));
            }
            default -> counted('o', value.toString(), text);
        }
    }

    private static void counted(char tag, String s, StringBuilder text) {
        text.append(tag)
                .append(s.getBytes(StandardCharsets.UTF_8).length)
                .append(':')
                .append(s);
    }
}
