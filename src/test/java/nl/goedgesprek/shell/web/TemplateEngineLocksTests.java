package nl.goedgesprek.shell.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.engine.AttributeNames;
import org.thymeleaf.engine.ElementNames;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thymeleaf's name repositories get non-fair locks, and pages render as before. Fails when Thymeleaf's
 * internals change so that {@link TemplateEngineLocks} no longer reaches them: then look whether
 * Thymeleaf made its locks non-fair itself (pull request 938) and remove the class.
 */
class TemplateEngineLocksTests {

	@Test
	void everyNameRepositoryGetsANonFairLock() {
		TemplateEngine engine = new org.thymeleaf.spring6.SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		List<Object> repositories = new ArrayList<>();
		repositories.addAll(repositories(AttributeNames.class, null));
		repositories.addAll(repositories(ElementNames.class, null));
		var configuration = engine.getConfiguration();
		repositories.addAll(repositories(configuration.getAttributeDefinitions().getClass(), configuration.getAttributeDefinitions()));
		repositories.addAll(repositories(configuration.getElementDefinitions().getClass(), configuration.getElementDefinitions()));
		assertThat(repositories).as("attribute and element names and definitions, per template mode").hasSizeGreaterThanOrEqualTo(16);
		assertThat(repositories).as("as Thymeleaf makes them").anyMatch(TemplateEngineLocks::fair);

		new TemplateEngineLocks(List.of(engine)).afterSingletonsInstantiated();

		assertThat(repositories).noneMatch(TemplateEngineLocks::fair);
		for (Object repository : repositories) {
			Object lock = TemplateEngineLocks.read(field(repository, "lock"), repository);
			assertThat(TemplateEngineLocks.read(field(repository, "readLock"), repository))
				.isSameAs(((ReentrantReadWriteLock) lock).readLock());
			assertThat(TemplateEngineLocks.read(field(repository, "writeLock"), repository))
				.isSameAs(((ReentrantReadWriteLock) lock).writeLock());
		}
		Context context = new Context();
		context.setVariable("name", "Sanne");
		assertThat(engine.process("<a th:attr=\"aria-label=${name},hx-get=${name}\" data-new-name=\"1\">x</a>", context))
			.isEqualTo("<a data-new-name=\"1\" aria-label=\"Sanne\" hx-get=\"Sanne\">x</a>");
	}

	private static List<Object> repositories(Class<?> owner, Object instance) {
		List<Object> found = new ArrayList<>();
		for (Field field : owner.getDeclaredFields()) {
			if (field.getType().getSimpleName().endsWith("Repository") && Modifier.isStatic(field.getModifiers()) == (instance == null)) {
				found.add(TemplateEngineLocks.read(field, instance));
			}
		}
		return found;
	}

	private static Field field(Object repository, String name) {
		try {
			return repository.getClass().getDeclaredField(name);
		}
		catch (NoSuchFieldException gone) {
			throw new AssertionError(gone);
		}
	}

}
