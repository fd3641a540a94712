package nl.goedgesprek.shell.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.engine.AttributeNames;
import org.thymeleaf.engine.ElementNames;

/**
 * Takes the queue out of Thymeleaf's name lookups under load.
 * <p>
 * Every attribute a page sets while it is rendered whose name is not one of HTML's own
 * ({@code aria-label}, {@code aria-invalid}, {@code hx-get}, {@code data-*}) is looked up in a
 * repository behind a <em>fair</em> read-write lock; so are element and attribute names. A fair lock
 * makes every reader queue behind any thread already waiting, and a queue, once it forms, lasts as
 * long as requests keep coming: each reader in it has to be woken and given a core in turn. In the
 * Monday-morning load test (500 people, 2 cores) 43 of 50 request threads were parked on one of these
 * locks at once, and pages with such attributes per row took 15-35 s at their slowest.
 * <p>
 * The lookups only ever add names, so readers need no fairness: at start, before the first request,
 * each of these repositories gets a non-fair lock of the same kind. Known upstream as thymeleaf pull
 * request 938 ("Use nonfair locks", open since 2023); remove this class when Thymeleaf makes that
 * change. {@code TemplateEngineLocksTests} fails when Thymeleaf's internals no longer match.
 */
@Component
class TemplateEngineLocks implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(TemplateEngineLocks.class);

	private final List<TemplateEngine> engines;

	/** Every template engine of the application (the pages' and the PDFs' are one; there may be none). */
	@org.springframework.beans.factory.annotation.Autowired
	TemplateEngineLocks(org.springframework.beans.factory.ObjectProvider<TemplateEngine> engines) {
		this(engines.orderedStream().toList());
	}

	TemplateEngineLocks(List<TemplateEngine> engines) {
		this.engines = engines;
	}

	/**
	 * A Java that refuses to change final fields (announced by JEP 500) or a Thymeleaf whose internals
	 * moved does not stop the application: it then runs with the fair locks and says so. The tests fail
	 * in that case, so it does not go unnoticed.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		try {
			int repositories = unfair(AttributeNames.class, null) + unfair(ElementNames.class, null);
			for (TemplateEngine engine : engines) {
				var configuration = engine.getConfiguration(); // builds the engine's definitions now, before any request
				repositories += unfair(configuration.getAttributeDefinitions().getClass(), configuration.getAttributeDefinitions());
				repositories += unfair(configuration.getElementDefinitions().getClass(), configuration.getElementDefinitions());
			}
			log.debug("Thymeleaf: {} name repositories have a non-fair lock", repositories);
		}
		catch (RuntimeException refused) {
			log.warn("Thymeleaf's name repositories keep their fair locks (see TemplateEngineLocks): {}", refused.toString());
		}
	}

	/**
	 * Gives every repository held in a field of {@code owner} (its static fields when {@code instance}
	 * is {@code null}) a non-fair lock, where it has a fair one.
	 * @return how many repositories it found
	 */
	static int unfair(Class<?> owner, Object instance) {
		int replaced = 0;
		for (Field field : owner.getDeclaredFields()) {
			if (!field.getType().getSimpleName().endsWith("Repository")
					|| Modifier.isStatic(field.getModifiers()) != (instance == null)) {
				continue;
			}
			Object repository = read(field, instance);
			if (repository != null) {
				unfairLock(repository);
				replaced++;
			}
		}
		if (replaced == 0) {
			throw new IllegalStateException("Thymeleaf's " + owner.getName() + " holds no name repository any more;"
					+ " see TemplateEngineLocks");
		}
		return replaced;
	}

	/** Whether {@code repository}'s lock is fair: for the test. */
	static boolean fair(Object repository) {
		try {
			Field lock = repository.getClass().getDeclaredField("lock");
			return ((ReentrantReadWriteLock) read(lock, repository)).isFair();
		}
		catch (NoSuchFieldException gone) {
			throw new IllegalStateException(gone);
		}
	}

	/**
	 * Replaces a fair lock only: the name repositories of {@link AttributeNames} and {@link ElementNames}
	 * are shared by every engine in the JVM, and a second engine (a test's second application context)
	 * must not swap a lock another engine may be holding.
	 */
	private static void unfairLock(Object repository) {
		if (!fair(repository)) {
			return;
		}
		try {
			ReentrantReadWriteLock unfair = new ReentrantReadWriteLock(false);
			write(repository.getClass().getDeclaredField("lock"), repository, unfair);
			write(repository.getClass().getDeclaredField("readLock"), repository, unfair.readLock());
			write(repository.getClass().getDeclaredField("writeLock"), repository, unfair.writeLock());
		}
		catch (NoSuchFieldException gone) {
			throw new IllegalStateException("Thymeleaf's " + repository.getClass().getName()
					+ " has no lock, readLock and writeLock any more; see TemplateEngineLocks", gone);
		}
	}

	static Object read(Field field, Object instance) {
		try {
			field.setAccessible(true);
			return field.get(instance);
		}
		catch (IllegalAccessException refused) {
			throw new IllegalStateException(refused);
		}
	}

	private static void write(Field field, Object instance, Object value) {
		if (!(ReadWriteLock.class.isAssignableFrom(field.getType()) || Lock.class.isAssignableFrom(field.getType()))) {
			throw new IllegalStateException(field + " is no lock any more; see TemplateEngineLocks");
		}
		try {
			field.setAccessible(true);
			field.set(instance, value);
		}
		catch (IllegalAccessException refused) {
			throw new IllegalStateException(refused);
		}
	}

}
