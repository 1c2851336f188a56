/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service over HTTP on a random port, against a real in-process Neo4j holding the demo council.
 * All tests with this annotation share one application context and one database. Who makes a request comes from
 * test headers ({@link TestAccessors}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@ContextConfiguration(initializers = DemoCouncilInNeo4j.class)
@Import(TestAccessors.class)
public @interface DemoCouncilGraphQlTest {}
