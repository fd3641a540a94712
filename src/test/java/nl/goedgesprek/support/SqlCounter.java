package nl.goedgesprek.support;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends (datasource-proxy around the data source), on the
 * thread that asks and on the dashboard's worker threads, so a test can say how many statements a page
 * costs. Work that listeners do later on their own threads (the read log, mail) is not counted: it
 * is not part of the page's time.
 */
public class SqlCounter {

	private final AtomicInteger count = new AtomicInteger();

	private final List<String> sent = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

	private volatile Predicate<Thread> counted = thread -> false;

	/** The statements {@code work} sent from this thread and the dashboard's parts. */
	public <T> int count(Callable<T> work) throws Exception {
		Thread caller = Thread.currentThread();
		count.set(0);
		sent.clear();
		counted = thread -> thread == caller || thread.getName().startsWith("insights-dashboard");
		try {
			work.call();
			return count.get();
		}
		finally {
			counted = thread -> false;
		}
	}

	/** The statements the last {@link #count} counted, in the order they were sent: to see where a page's go. */
	public List<String> statements() {
		synchronized (sent) {
			return List.copyOf(sent);
		}
	}

	DataSource wrap(DataSource dataSource) {
		return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new QueryExecutionListener() {

			@Override
			public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			}

			@Override
			public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
				if (counted.test(Thread.currentThread())) {
					count.incrementAndGet();
					queries.forEach(query -> sent.add(query.getQuery()));
				}
			}
		}).build();
	}

	/** Import into a {@code @SpringBootTest} to count its statements. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		static SqlCounter sqlCounter() {
			return new SqlCounter();
		}

		@Bean
		static BeanPostProcessor countedDataSource(org.springframework.beans.factory.ObjectProvider<SqlCounter> counter) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource && !name.equals("counted")
							? counter.getObject().wrap(dataSource) : bean;
				}
			};
		}

	}

}
