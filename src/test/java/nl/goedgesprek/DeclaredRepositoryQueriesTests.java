package nl.goedgesprek;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query a repository of ours adds to Spring Data's own methods declares its SQL with
 * {@code @Query}. A query derived from the method's name ({@code findByConversationIdAndAuthorId}) is
 * built again from its name on every call: on the generated organisation that took 7% of the
 * conversation and record pages' samples, more than running the statement. Declared SQL is parsed once,
 * and {@link TableOwnershipTests} reads it like all other SQL in the sources.
 */
class DeclaredRepositoryQueriesTests {

	@Test
	void everyQueryMethodOfOurRepositoriesDeclaresItsSql() throws Exception {
		var scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isInterface();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Repository.class));
		List<String> repositories = new ArrayList<>();
		List<String> derived = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("nl.goedgesprek")) {
			Class<?> repository = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			repositories.add(repository.getSimpleName());
			for (Method method : repository.getDeclaredMethods()) {
				if (!method.isDefault() && !method.isSynthetic() && !method.isAnnotationPresent(Query.class)) {
					derived.add(repository.getSimpleName() + "." + method.getName());
				}
			}
		}
		assertThat(repositories).as("the repositories found").contains("PreparationRepository", "EmployeeRepository");
		assertThat(derived).as("query methods without @Query").isEmpty();
	}

}
