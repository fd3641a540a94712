package nl.goedgesprek.shell;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a metrics token configured, no header opens the metrics, not even an empty bearer. */
class OperationsAccessTests {

	private static final Supplier<Authentication> ANONYMOUS = () -> new AnonymousAuthenticationToken("key", "anonymousUser",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	@Test
	void noTokenConfiguredOpensNothing() {
		var rule = OperationsAccess.tokenOrAdministrator("", null);
		for (String header : new String[] { null, "", "Bearer", "Bearer ", "Bearer  ", "Bearer null" }) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
			if (header != null) {
				request.addHeader("Authorization", header);
			}
			assertThat(rule.authorize(ANONYMOUS, new RequestAuthorizationContext(request)).isGranted()).as(header).isFalse();
		}
	}

	@Test
	void theConfiguredTokenOpensTheMetrics() {
		var rule = OperationsAccess.tokenOrAdministrator("geheim-geheim-geheim", null);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
		request.addHeader("Authorization", "Bearer geheim-geheim-geheim");
		assertThat(rule.authorize(ANONYMOUS, new RequestAuthorizationContext(request)).isGranted()).isTrue();
	}

}
