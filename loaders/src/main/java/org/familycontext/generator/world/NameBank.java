/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.world;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.familycontext.generator.Dice;
import org.familycontext.model.record.Sex;

/** Forenames and surnames from the lists in {@code resources/generator}. */
public final class NameBank {

    private final Map<Heritage, Map<String, List<String>>> forenames = new EnumMap<>(Heritage.class);
    private final Map<Heritage, List<String>> surnames = new EnumMap<>(Heritage.class);

    private NameBank() {}

    public static NameBank bundled() {
        var bank = new NameBank();
        read(
                "/generator/forenames.csv",
                cells -> bank.forenames
                        .computeIfAbsent(Heritage.valueOf(cells[2]), h -> new java.util.TreeMap<>())
                        .computeIfAbsent(cells[1] + "/" + cells[3], k -> new ArrayList<>())
                        .add(cells[0]));
        read(
                "/generator/surnames.csv",
                cells -> bank.surnames
                        .computeIfAbsent(Heritage.valueOf(cells[1]), h -> new ArrayList<>())
                        .add(cells[0]));
        return bank;
    }

    private static void read(String resource, Consumer<String[]> row) {
        try (var in = NameBank.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    row.accept(line.split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A forename of the fashion of the person's birth year, where the list has eras. */
    public String forename(Heritage heritage, Sex sex, LocalDate born, Dice dice) {
        var byKey = forenames.get(heritage);
        var s = sex == Sex.FEMALE ? "F" : "M";
        var any = byKey.get(s + "/any");
        if (any != null) {
            return dice.pick(any);
        }
        int year = born.getYear();
        var era = year < 1965 ? "old" : year < 1995 ? "mid" : "new";
        // Names drift: a fifth of people get a name from the neighbouring era.
        if (dice.chance(0.2)) {
            era = switch (era) {
                case "old" -> "mid";
                case "new" -> "mid";
                default -> dice.pick("old", "new");
            };
        }
        return dice.pick(byKey.get(s + "/" + era));
    }

    public String surname(Heritage heritage, Dice dice) {
        return dice.pick(surnames.get(heritage));
    }
}
