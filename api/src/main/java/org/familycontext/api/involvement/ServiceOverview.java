/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.involvement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.familycontext.api.involvement.PersonInvolvementsView.ServiceView;
import org.familycontext.api.involvement.PersonInvolvementsView.SourceCheckView;
import org.familycontext.api.person.PersonView;
import org.familycontext.api.source.SourceCoverage;
import org.familycontext.model.involvement.InvolvementStatus;
import org.familycontext.model.involvement.Service;
import org.familycontext.model.source.Source;

/**
 * Puts a person's involvements against every loaded source of a service, so that the absence of a record says
 * something precise: each source is CURRENT or HISTORIC when it holds an involvement of the person, NOT_APPLICABLE
 * when its age rules rule the person out, else NONE_FOUND with what that means for the source (whom it holds,
 * where, since when, as of when).
 */
final class ServiceOverview {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private static final Comparator<SourceCheckView> BY_STATUS_THEN_NAME = Comparator.comparing(SourceCheckView::status)
            .thenComparing(s -> s.source().name());

    private ServiceOverview() {}

    static PersonInvolvementsView of(
            PersonView person, List<InvolvementView> involvements, List<Source> sources, LocalDate today) {
        var bySource = new LinkedHashMap<String, List<InvolvementView>>();
        involvements.forEach(i ->
                bySource.computeIfAbsent(i.source(), s -> new ArrayList<>()).add(i));
        var checks = new EnumMap<Service, List<SourceCheckView>>(Service.class);
        var known = new HashSet<String>();
        for (var source : sources) {
            known.add(source.name());
            var service = service(source.service());
            if (service.isEmpty()) {
                continue; // practitioner-recorded facts belong to no service
            }
            checks.computeIfAbsent(service.get(), s -> new ArrayList<>())
                    .add(check(person, source, bySource.getOrDefault(source.name(), List.of()), today));
        }
        // An involvement from a source with no Source node (loaded by an older version) is still shown.
        bySource.forEach((name, held) -> {
            if (!known.contains(name)) {
                var service = held.getFirst().service();
                var source = new Source(null, name, null, service.name(), null, null, null, null, null, null);
                checks.computeIfAbsent(service, s -> new ArrayList<>()).add(check(person, source, held, today));
            }
        });
        var services = new ArrayList<ServiceView>();
        checks.forEach((service, serviceChecks) -> {
            var sorted = serviceChecks.stream().sorted(BY_STATUS_THEN_NAME).toList();
            services.add(new ServiceView(service, sorted.getFirst().status(), sorted));
        });
        services.sort(Comparator.comparing(ServiceView::status).thenComparing(ServiceView::service));
        return new PersonInvolvementsView(person, services);
    }

    private static SourceCheckView check(
            PersonView person, Source source, List<InvolvementView> held, LocalDate today) {
        if (!held.isEmpty()) {
            var status = held.stream().anyMatch(i -> i.status() == InvolvementStatus.CURRENT)
                    ? CoverageStatus.CURRENT
                    : CoverageStatus.HISTORIC;
            return new SourceCheckView(source, status, held, null, null);
        }
        var notApplicable = AgeRule.whyNotApplicable(person.birthDate(), source, today);
        if (notApplicable.isPresent()) {
            return new SourceCheckView(source, CoverageStatus.NOT_APPLICABLE, held, null, notApplicable.get());
        }
        return new SourceCheckView(source, CoverageStatus.NONE_FOUND, held, noneFoundMeans(source, person), null);
    }

    /**
     * "No record in the police extract (Demoton Police safeguarding extract) for people aged 18 or over in the
     * Demoton policing area since 2020, data as of 1 November 2026 — this does not mean there was no contact
     * before 2020, elsewhere, or under details that were not matched to this person."
     */
    static String noneFoundMeans(Source source, PersonView person) {
        var text = new StringBuilder("No record in the ").append(source.name()).append(" extract");
        if (source.system() != null) {
            text.append(" (").append(source.system()).append(")");
        }
        text.append(" for ").append(SourceCoverage.agesCovered(source));
        if (source.areaCovered() != null) {
            text.append(" in ").append(source.areaCovered());
        }
        var since = SourceCoverage.coversFrom(source);
        since.ifPresent(from -> text.append(" since ").append(from.getYear()));
        SourceCoverage.takenOn(source)
                .ifPresent(taken -> text.append(", data as of ").append(DAY.format(taken)));
        text.append(" — this does not mean there was no contact ");
        since.ifPresent(from -> text.append("before ").append(from.getYear()).append(", "));
        text.append("elsewhere, or under details that were not matched to this person");
        if (person.birthDate() == null) {
            text.append(" (no date of birth is known, so the source's age rules could not be checked)");
        }
        return text.append('.').toString();
    }

    private static Optional<Service> service(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Service.valueOf(stored));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
