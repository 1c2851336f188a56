/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Forenames that are the same name: Kate for Catherine, Bill for William, and Kate for Katie through
 * Catherine. From the shipped nickname list ({@code resources/nicknames/names.csv}) and its British supplement
 * ({@code british.csv}). Public for the API's name search, which looks for every variant of a typed forename.
 */
public final class NameVariants {

    private static final NameVariants BUNDLED = load();

    /** Each name with the formal names it is, or is a nickname of. */
    private final Map<String, Set<String>> formalNames = new HashMap<>();

    /** Each formal name with every name that is it or a nickname of it. */
    private final Map<String, Set<String>> namesOfFormal = new HashMap<>();

    private NameVariants() {}

    public static NameVariants bundled() {
        return BUNDLED;
    }

    /**
     * Every upper-case forename related to this one (see {@link #related}), itself included when it is in the
     * list, in alphabetical order; empty for a name the list does not know.
     */
    public Set<String> variantsOf(String name) {
        var variants = new TreeSet<String>();
        formalNames.getOrDefault(name, Set.of()).forEach(formal -> variants.addAll(namesOfFormal.get(formal)));
        return variants;
    }

    /** Whether two upper-case forenames are variants of one name. */
    public boolean related(String a, String b) {
        var ofA = formalNames.get(a);
        var ofB = formalNames.get(b);
        if (ofA == null || ofB == null) {
            return false;
        }
        for (var formal : ofA) {
            if (ofB.contains(formal)) {
                return true;
            }
        }
        return false;
    }

    private static NameVariants load() {
        var variants = new NameVariants();
        variants.read("/nicknames/names.csv");
        variants.read("/nicknames/british.csv");
        return variants;
    }

    private void read(String resource) {
        var variants = this;
        try (var in = NameVariants.class.getResourceAsStream(resource)) {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                var cells = line.split(",");
                if (cells.length == 3 && cells[1].equals("has_nickname")) {
                    var formal = cells[0].toUpperCase(Locale.ROOT);
                    var nickname = cells[2].toUpperCase(Locale.ROOT);
                    variants.formalNames
                            .computeIfAbsent(formal, k -> new HashSet<>())
                            .add(formal);
                    variants.formalNames
                            .computeIfAbsent(nickname, k -> new HashSet<>())
                            .add(formal);
                    variants.namesOfFormal
                            .computeIfAbsent(formal, k -> new HashSet<>())
                            .addAll(List.of(formal, nickname));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
