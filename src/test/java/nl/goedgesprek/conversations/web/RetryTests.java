package nl.goedgesprek.conversations.web;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import nl.goedgesprek.shared.EditClash;

class RetryTests {

	@Test
	void aStepThatClashesIsDoneAgainUntilItGoesThrough() {
		AtomicInteger tries = new AtomicInteger();
		Retry.onConflict(() -> {
			if (tries.incrementAndGet() < 3) {
				throw new EditClash();
			}
		});
		assertThat(tries).hasValue(3);
	}

	@Test
	void afterThreeClashesTheUserIsTold() {
		AtomicInteger tries = new AtomicInteger();
		assertThatThrownBy(() -> Retry.onConflict(() -> {
			tries.incrementAndGet();
			throw new EditClash();
		})).isInstanceOf(EditClash.class);
		assertThat(tries).hasValue(3);
	}

	@Test
	void otherProblemsAreNotRetried() {
		AtomicInteger tries = new AtomicInteger();
		assertThatThrownBy(() -> Retry.onConflict(() -> {
			tries.incrementAndGet();
			throw new IllegalStateException("not a clash");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(tries).hasValue(1);
	}

}
