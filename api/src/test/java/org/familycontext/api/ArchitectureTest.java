/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;

/** Rules that keep the service in the shape docs/architecture.md describes. */
@AnalyzeClasses(packages = "org.familycontext", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The production artifact talks Bolt to any Neo4j; the GPL engine must never be needed by it. */
    @ArchTest
    static final ArchRule noDatabaseEngineInTheService = noClasses()
            .that()
            .resideInAPackage("org.familycontext.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.neo4j.dbms..",
                    "org.neo4j.kernel..",
                    "org.neo4j.graphdb..",
                    "org.neo4j.harness..",
                    "org.neo4j.configuration..");

    @ArchTest
    static final ArchRule packagedByFeatureNotByLayer = noClasses()
            .should()
            .resideInAnyPackage("..controller..", "..controllers..", "..service..", "..services..", "..repository..")
            .because("code is packaged by feature (person, family, search ...), see docs/architecture.md");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCircles =
            slices().matching("org.familycontext.api.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .should()
            .notBePublic()
            .because("a controller is reached through GraphQL, never called from another feature");

    @ArchTest
    static final ArchRule theGraphModelKnowsNothingOfTheServiceOrLoaders = noClasses()
            .that()
            .resideInAPackage("org.familycontext.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.familycontext.api..", "org.familycontext.loading..", "org.springframework.web..");
}
