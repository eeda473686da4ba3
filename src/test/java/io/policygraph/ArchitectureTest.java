package io.policygraph;

import org.springframework.stereotype.Controller;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of the code's layout that the build keeps (ArchUnit, on the main classes
 * only): the packages below {@code io.policygraph} depend on each other without cycles,
 * so each can be read, tested and moved with what it depends on and nothing that depends
 * on it.
 */
@AnalyzeClasses(packages = "io.policygraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/**
	 * One slice per top-level package ({@code graph}, {@code web}, {@code importer} and
	 * below, ...).
	 */
	@ArchTest
	static final ArchRule packagesAreFreeOfCycles = slices().matching("io.policygraph.(*)..").should().beFreeOfCycles();

	/** Within the importer: {@code format}, {@code reading}, {@code seeding}. */
	@ArchTest
	static final ArchRule importerPackagesAreFreeOfCycles = slices().matching("io.policygraph.importer.(*)..")
		.should()
		.beFreeOfCycles();

	/**
	 * The application class starts everything (the service, or the {@code import}
	 * command) and is used by nothing: a package that needs it is handed it.
	 */
	@ArchTest
	static final ArchRule nothingDependsOnTheApplication = noClasses().that()
		.resideOutsideOfPackage("io.policygraph")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.policygraph");

	/**
	 * Controllers map schema fields to repository and service calls: the Cypher and the
	 * driver are the repositories' business.
	 */
	@ArchTest
	static final ArchRule controllersDoNotUseTheDriver = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.neo4j.driver..");

}
