package nl.goedgesprek;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	/** Where the module diagrams are kept for newcomers; the README links them. */
	static final Path COMMITTED = Path.of("docs", "modules");

	private final ApplicationModules modules = ApplicationModules.of(GoedgesprekApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theModulesAreTheBusinessAreasWeBuilt() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("people", "shell");
	}

	/**
	 * The diagrams in {@code docs/modules} are the ones the code draws today. After a change of
	 * module dependencies, run this test with {@code -Dmodules.diagrams.update=true} and commit the
	 * files it writes.
	 */
	@Test
	void theCommittedModuleDiagramsAreCurrent() throws IOException {
		Path generated = Path.of("target", "spring-modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		List<Path> diagrams = diagrams(generated);
		assertThat(diagrams).isNotEmpty();
		if (Boolean.getBoolean("modules.diagrams.update")) {
			Files.createDirectories(COMMITTED);
			for (Path stale : diagrams(COMMITTED)) {
				Files.delete(COMMITTED.resolve(stale));
			}
			for (Path diagram : diagrams) {
				Files.copy(generated.resolve(diagram), COMMITTED.resolve(diagram));
			}
		}
		assertThat(diagrams(COMMITTED)).as("the diagrams in docs/modules (update: -Dmodules.diagrams.update=true)")
			.containsExactlyInAnyOrderElementsOf(diagrams);
		for (Path diagram : diagrams) {
			// the same lines: the Documenter lists modules in no fixed order
			assertThat(Files.readAllLines(COMMITTED.resolve(diagram)))
				.as(COMMITTED.resolve(diagram) + " differs from what the code draws (update: -Dmodules.diagrams.update=true)")
				.containsExactlyInAnyOrderElementsOf(Files.readAllLines(generated.resolve(diagram)));
		}
	}

	private static List<Path> diagrams(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.toString().endsWith(".puml")).map(Path::getFileName).sorted().toList();
		}
	}

}
