/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.lang3.StringUtils;

/** One name a person is known by, with the sources that hold it (see person.graphqls). */
record PersonNameView(String name, NameKind kind, List<String> sources) {

    enum NameKind {
        RECORDED,
        ALIAS,
        PREVIOUS_SURNAME
    }

    /**
     * Every distinct name in the records: the names the sources hold, then aliases, then forenames with earlier
     * surnames; names that differ only in capitals or spacing are one. Within a kind, the name most sources hold
     * comes first.
     */
    static List<PersonNameView> of(List<SourceRecordView> records) {
        var byName = new LinkedHashMap<String, Builder>();
        for (var record : records) {
            add(byName, NameKind.RECORDED, join(record.forename(), record.middleNames(), record.surname()), record);
            record.aliases().forEach(alias -> add(byName, NameKind.ALIAS, alias, record));
            record.previousSurnames()
                    .forEach(previous ->
                            add(byName, NameKind.PREVIOUS_SURNAME, join(record.forename(), previous), record));
        }
        return byName.values().stream()
                .map(Builder::build)
                .sorted(Comparator.comparing(PersonNameView::kind)
                        .thenComparing(n -> -n.sources().size())
                        .thenComparing(PersonNameView::name))
                .toList();
    }

    private static void add(
            LinkedHashMap<String, Builder> byName, NameKind kind, String name, SourceRecordView record) {
        if (StringUtils.isBlank(name)) {
            return;
        }
        var shown = StringUtils.normalizeSpace(name);
        byName.computeIfAbsent(kind + "|" + shown.toUpperCase(Locale.ROOT), k -> new Builder(shown, kind))
                .sources
                .add(record.source());
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(StringUtils::isNotBlank).collect(Collectors.joining(" "));
    }

    private static final class Builder {
        private final String name;
        private final NameKind kind;
        private final TreeSet<String> sources = new TreeSet<>();

        Builder(String name, NameKind kind) {
            this.name = Objects.requireNonNull(name);
            this.kind = kind;
        }

        PersonNameView build() {
            return new PersonNameView(name, kind, new ArrayList<>(sources));
        }
    }
}
