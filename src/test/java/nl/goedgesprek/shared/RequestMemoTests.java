package nl.goedgesprek.shared;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/** A page request reads a thing once; a request that may write, and work outside a request, read every time. */
class RequestMemoTests {

	private final AtomicInteger reads = new AtomicInteger();

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	private int read() {
		return reads.incrementAndGet();
	}

	private void during(String method) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(method, "/")));
	}

	@Test
	void withinOnePageRequestTheFirstAnswerHoldsPerKindAndId() {
		during("GET");
		assertThat(RequestMemo.remember("person", 1, this::read)).isEqualTo(1);
		assertThat(RequestMemo.remember("person", 1, this::read)).isEqualTo(1);
		assertThat(RequestMemo.remember("person", 2, this::read)).as("another id").isEqualTo(2);
		assertThat(RequestMemo.remember("team", 1, this::read)).as("another kind, the same id").isEqualTo(3);
		during("GET");
		assertThat(RequestMemo.remember("person", 1, this::read)).as("the next request reads again").isEqualTo(4);
	}

	@Test
	void anEmptyAnswerIsKeptToo() {
		during("HEAD");
		assertThat(RequestMemo.<Object>remember("person", 9, () -> null)).isNull();
		assertThat(RequestMemo.remember("person", 9, this::read)).isNull();
		assertThat(reads).hasValue(0);
	}

	@Test
	void aRequestThatMayWriteAndWorkOutsideARequestReadEveryTime() {
		during("POST");
		RequestMemo.remember("person", 1, this::read);
		assertThat(RequestMemo.remember("person", 1, this::read)).isEqualTo(2);
		RequestContextHolder.resetRequestAttributes();
		assertThat(RequestMemo.remember("person", 1, this::read)).isEqualTo(3);
	}

}
