package nl.goedgesprek.privacy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.privacy.internal.ReadLog;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the read log costs a page view: counts the statements prepared during the manager's views of
 * the conversation page (logged) and the employee's own preparation page (not logged), and prints
 * timings of loops against the login page as a floor. Asserts only that no statement of the view
 * touches the read log and that one flush is one batch; the timings are printed, not asserted.
 */
@SpringBootTest(properties = "spring.application.name=readlogcost")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class, ReadLogCostIntegrationTests.Counting.class })
class ReadLogCostIntegrationTests {

	static final AtomicLong STATEMENTS = new AtomicLong();

	/** Statements that touch the read log. */
	static final AtomicLong READ_LOG = new AtomicLong();

	@TestConfiguration
	static class Counting {

		@Bean
		static BeanPostProcessor countStatements() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof DataSource source)) {
						return bean;
					}
					return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
							(proxy, method, args) -> {
								Object result = method.invoke(source, args);
								return result instanceof Connection connection ? counted(connection) : result;
							});
				}
			};
		}

		static Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> {
						if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
							STATEMENTS.incrementAndGet();
							if (args != null && args.length > 0 && String.valueOf(args[0]).contains("read_log")) {
								READ_LOG.incrementAndGet();
							}
						}
						return method.invoke(connection, args);
					});
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationSteps steps;

	@Autowired
	ReadLog readLog;

	@Test
	void aLoggedPageViewPreparesNoExtraStatement() throws Exception {
		ConversationId held = steps.held(demo.id("sanne.devries"), demo.id("pieter.jansen"), ConversationSteps.EMPTY,
				id -> {
				});
		String talk = "/conversations/" + held.value() + "/talk";
		for (int i = 0; i < 30; i++) { // warm up: a slow first view would let the writer thread flush mid-count
			view(talk, "pieter.jansen");
			view(talk, "sanne.devries");
			view("/login", null);
		}
		readLog.flush();
		READ_LOG.set(0);
		long managerStatements = statementsOf(talk, "pieter.jansen");
		long readLogDuringView = READ_LOG.get();
		long employeeStatements = statementsOf(talk, "sanne.devries");
		STATEMENTS.set(0);
		readLog.flush();
		long flushStatements = STATEMENTS.get();
		System.out.printf("read log: statements per talk page view, manager %d, employee %d (both logged), of which on the read log %d; "
				+ "one flush of the queued lines: %d statement(s)%n", managerStatements, employeeStatements,
				readLogDuringView, flushStatements);
		// The timing is a benchmark, not a check: it runs with -Dreadlog.bench.loops=200 (and prints),
		// so the suite spends no time on figures a noisy machine makes meaningless.
		int loops = Integer.getInteger("readlog.bench.loops", 0);
		if (loops > 0) {
			printTimes(talk, loops);
		}
		// the request itself only queues: no statement of the view touches the read log
		assertThat(readLogDuringView).isZero();
		assertThat(flushStatements).isEqualTo(1);
	}

	private void printTimes(String talk, int loops) throws Exception {
		for (int i = 0; i < 30; i++) {
			view(talk, "pieter.jansen");
			view("/login", null);
		}
		long login = time("/login", null, loops);
		long logged = time(talk, "pieter.jansen", loops);
		long flushStart = System.nanoTime();
		readLog.flush();
		long flush = System.nanoTime() - flushStart;
		System.out.printf("read log: %d views each: /login %.2f ms/view, talk page (logged) %.2f ms/view, ratio %.1f; "
				+ "writing the %d queued lines: %.2f ms in all%n", loops, login / 1e6 / loops, logged / 1e6 / loops,
				(double) logged / login, loops, flush / 1e6);
	}

	private long statementsOf(String path, String who) throws Exception {
		STATEMENTS.set(0);
		view(path, who);
		return STATEMENTS.get();
	}

	private long time(String path, String who, int loops) throws Exception {
		long start = System.nanoTime();
		for (int i = 0; i < loops; i++) {
			view(path, who);
		}
		return System.nanoTime() - start;
	}

	private void view(String path, String who) throws Exception {
		var request = get(path);
		if (who != null) {
			request = request.with(demo.as(who));
		}
		mvc.perform(request).andExpect(status().isOk());
	}

}
