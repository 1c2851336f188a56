/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.noise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The shipped nickname list ({@code resources/nicknames/names.csv}): Catherine may be written Kate. */
public final class Nicknames {

    private final Map<String, List<String>> byName = new HashMap<>();

    private Nicknames() {}

    public static Nicknames bundled() {
        var nicknames = new Nicknames();
        try (var in = Nicknames.class.getResourceAsStream("/nicknames/names.csv")) {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                var cells = line.split(",");
                if (cells.length == 3 && cells[1].equals("has_nickname") && cells[2].matches("[a-z]{2,}")) {
                    nicknames
                            .byName
                            .computeIfAbsent(cells[0], k -> new ArrayList<>())
                            .add(cells[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nicknames;
    }

    /** The nicknames of a forename (empty when it has none), capitalised like a name. */
    public List<String> of(String forename) {
        var list = byName.get(forename.toLowerCase(Locale.ROOT));
        if (list == null) {
            return List.of();
        }
        var out = new ArrayList<String>(list.size());
        for (var n : list) {
            out.add(Character.toUpperCase(n.charAt(0)) + n.substring(1));
        }
        return out;
    }

    /** True when {@code candidate} is on the list as a nickname of {@code forename}. */
    public boolean isNickname(String forename, String candidate) {
        var list = byName.get(forename.toLowerCase(Locale.ROOT));
        return list != null && list.contains(candidate.toLowerCase(Locale.ROOT));
    }
}
