package nl.goedgesprek.conversations;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import nl.goedgesprek.conversations.internal.RecordShares;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;
import nl.goedgesprek.support.OnPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sharing a record twice at the same moment (a double click, two tabs) shares it once, without an
 * error for either, on PostgreSQL where the two requests really run side by side.
 */
@SpringBootTest(properties = "goedgesprek.demo.conversations=false")
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
@OnPostgres
class RecordSharingPostgresIntegrationTests {

	@Autowired
	DemoUsers demo;

	@Autowired
	ConversationSteps steps;

	@Autowired
	RecordShares shares;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sharingTwiceAtOnceSharesOnce() throws Exception {
		EmployeeId lotte = demo.id("lotte.bakker");
		ConversationId held = steps.held(lotte, demo.id("pieter.jansen"), ConversationSteps.EMPTY, id -> {
		});
		jdbc.sql("update employee set manager_id = :m where id = :e")
			.param("m", demo.id("ingrid.hoekstra").value())
			.param("e", lotte.value())
			.update();

		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			for (int round = 0; round < 5; round++) {
				jdbc.sql("delete from record_share").update();
				CountDownLatch start = new CountDownLatch(1);
				List<Future<?>> clicks = new ArrayList<>();
				for (int click = 0; click < 4; click++) {
					clicks.add(threads.submit(() -> {
						start.await();
						shares.share(lotte, held);
						return null;
					}));
				}
				start.countDown();
				for (Future<?> click : clicks) {
					click.get(30, TimeUnit.SECONDS); // rethrows what a click threw
				}
				assertThat(jdbc.sql("select count(*) from record_share").query(Integer.class).single()).isEqualTo(1);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}
