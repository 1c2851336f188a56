/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.family;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.familycontext.generator.world.Practitioner;
import org.familycontext.model.involvement.Service;

/**
 * A service's work with a person, as it really happened. Each source writes it in its own codes: the facts
 * hold what the source needs (a DfE placement code, a school's name, the housing flags), keyed by the
 * constants below or by the detail label.
 */
public final class Involvement {

    private final Service service;
    private final String type;
    private final LocalDate start;
    private LocalDate end;
    private LocalDate lastContact;
    private String reason;
    private Practitioner practitioner;
    private final Map<String, String> facts = new LinkedHashMap<>();

    public Involvement(Service service, String type, LocalDate start, LocalDate end) {
        this.service = service;
        this.type = type;
        this.start = start;
        this.end = end;
    }

    public Service service() {
        return service;
    }

    /** The service's own kind of work: CIN, CP, LAC for children's social care; a tenancy; a registration. */
    public String type() {
        return type;
    }

    public LocalDate start() {
        return start;
    }

    /** Null while it goes on. */
    public LocalDate end() {
        return end;
    }

    public void end(LocalDate value) {
        this.end = value;
    }

    public boolean current() {
        return end == null;
    }

    public LocalDate lastContact() {
        return lastContact;
    }

    public Involvement lastContact(LocalDate value) {
        this.lastContact = value;
        return this;
    }

    public String reason() {
        return reason;
    }

    public Involvement reason(String value) {
        this.reason = value;
        return this;
    }

    public Practitioner practitioner() {
        return practitioner;
    }

    public Involvement practitioner(Practitioner value) {
        this.practitioner = value;
        return this;
    }

    public Involvement fact(String key, String value) {
        if (value != null) {
            facts.put(key, value);
        }
        return this;
    }

    /** Null when the fact is not known. */
    public String fact(String key) {
        return facts.get(key);
    }

    public Map<String, String> facts() {
        return facts;
    }
}
