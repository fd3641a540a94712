package nl.goedgesprek.insights.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, gives every held conversation without a read-model row its row: conversations from before
 * this module existed, demo data, and anything whose event is still on its way (the listener then
 * simply writes the same row again).
 */
@Component
@Order(50)
class InsightsBackfill implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InsightsBackfill.class);

	private final ConversationFacts facts;

	InsightsBackfill(ConversationFacts facts) {
		this.facts = facts;
	}

	@Override
	public void run(ApplicationArguments args) {
		long start = System.nanoTime();
		int written = facts.fillMissing();
		if (written > 0) {
			log.info("Insights: wrote the read model for {} earlier conversations and added up the totals in {} s", written,
					(System.nanoTime() - start) / 1_000_000_000);
		}
	}

}
