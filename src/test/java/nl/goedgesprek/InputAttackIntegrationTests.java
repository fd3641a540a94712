package nl.goedgesprek;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import nl.goedgesprek.support.DatabaseFingerprint;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Issue 11, class 6: no user input ends in a server error, a partial write or a silent cut. Walks the
 * application as five people of the demo organisation would (every page reachable by links from
 * their home page, and every form on those pages), then sends each form back with one field at a
 * time over-long, out of range, of the wrong kind, unknown or malformed, and each page's address
 * with malformed ids and parameters. Every controller endpoint found by reflection is tried too, so
 * an endpoint added later is covered without touching this test.
 * <p>
 * For each answer: never a 5xx; when the answer refuses the input (a 4xx, a problem message, a form
 * with errors), nothing was written; when it accepts an over-long text, the text was not cut.
 */
@SpringBootTest
// thousands of requests: Boot's print-on-failure writes every answer out in memory first
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ActiveProfiles("test")
@Import(DemoUsers.class)
@DirtiesContext
class InputAttackIntegrationTests {

	private static final String MARKER = "ATTACK";

	private static final String OVER_LONG = MARKER + "x".repeat(20_000);

	/** One value of each kind that a form or an address should refuse or handle. */
	private static final List<String> BAD_VALUES = List.of(OVER_LONG, "", "abc", "3.5", "-1", "0", "7", "2000000000",
			"99999999999999999999", "2026-13-45", "2000000000-01-01", "UNKNOWN_VALUE", "\u0000\t\r\n=cmd|'/c calc'!A1");

	/**
	 * For a field where a person writes free text (a text area, or a text box that holds no number or
	 * date): what is bad for text. Numbers and dates typed there are text like any other, and sending
	 * every bad value to every text field was most of the walk's time.
	 */
	private static final List<String> BAD_TEXTS = List.of(OVER_LONG, "", "UNKNOWN_VALUE", "\u0000\t\r\n=cmd|'/c calc'!A1");

	private static final List<String> BAD_IDS = List.of("abc", "-1", "0", "99999999999999999999", "2147483648", "1.5");

	private static final List<String> PEOPLE = List.of("sanne.devries", "pieter.jansen", "marleen.visser",
			"fatima.elamrani", "jeroen.bos");

	/** Steps that end a person's or a thing's life; tried last, so the rest is tried on live data. */
	private static final List<String> LAST = List.of("logout", "deactivate", "close", "cancel", "withdraw", "remove",
			"publish", "let-go", "start", "acknowledge", "share", "import");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final List<String> failures = new ArrayList<>();

	private final Set<Method> reached = new LinkedHashSet<>();

	private final Map<String, RequestPostProcessor> users = new LinkedHashMap<>();

	private DatabaseFingerprint fingerprint;

	/**
	 * The database as the last write left it, when no request was sent since: the next write's "before"
	 * (taking it again doubled the walk's time). Any other request forgets it, as a page may write too.
	 */
	private DatabaseFingerprint.State settled;

	/** A form found on a page, with the values the page filled in. */
	private record Form(String who, String page, HttpMethod method, String action, boolean htmx,
			Map<String, String> fields, Set<String> texts) {

		String key() {
			return who + " " + method + " " + action.replaceAll("\\d+", "N") + " " + new TreeSet<>(fields.keySet());
		}

	}

	@Test
	void noInputEndsInAServerErrorAPartialWriteOrASilentCut() throws Exception {
		PEOPLE.forEach(who -> users.put(who, user(demo.account(who))));
		fingerprint = new DatabaseFingerprint(jdbc);
		Map<String, Form> forms = new LinkedHashMap<>();
		Map<String, Set<String>> pages = new LinkedHashMap<>();
		long start = System.nanoTime();
		for (String who : PEOPLE) {
			pages.put(who, crawl(who, forms));
		}
		System.out.printf("Input attack: walked %d pages with %d forms in %d ms%n",
				pages.values().stream().mapToInt(Set::size).sum(), forms.size(), (System.nanoTime() - start) / 1_000_000);
		List<Form> ordered = forms.values().stream()
			.sorted((a, b) -> Boolean.compare(isLast(a.action()), isLast(b.action())))
			.toList();
		for (Form form : ordered) {
			attack(form);
		}
		System.out.printf("Input attack: forms sent back with bad values after %d ms%n", (System.nanoTime() - start) / 1_000_000);
		pages.forEach((who, visited) -> visited.forEach(page -> attackAddress(who, page)));
		System.out.printf("Input attack: addresses tried after %d ms%n", (System.nanoTime() - start) / 1_000_000);
		for (Map.Entry<RequestMappingInfo, HandlerMethod> endpoint : mappings.getHandlerMethods().entrySet()) {
			if (endpoint.getValue().getBeanType().getPackageName().startsWith("nl.goedgesprek")
					&& !reached.contains(endpoint.getValue().getMethod())) {
				attackByReflection(endpoint.getKey(), endpoint.getValue());
			}
		}
		System.out.printf("Input attack: endpoints no page led to tried after %d ms%n", (System.nanoTime() - start) / 1_000_000);
		Set<String> unreached = mappings.getHandlerMethods().values().stream()
			.filter(handler -> handler.getBeanType().getPackageName().startsWith("nl.goedgesprek"))
			.filter(handler -> !reached.contains(handler.getMethod()))
			.map(handler -> handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName())
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(unreached).as("endpoints the walk did not reach").isEmpty();
		assertThat(failures).as(failures.size() + " inputs were not handled well:\n" + String.join("\n", failures))
			.isEmpty();
	}

	private static boolean isLast(String action) {
		return LAST.stream().anyMatch(action::contains);
	}

	/** Every page a person reaches by links from their home page, collecting the forms on them. */
	private Set<String> crawl(String who, Map<String, Form> forms) throws Exception {
		Set<String> visited = new LinkedHashSet<>();
		Set<String> shapes = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/", "/me", "/settings"));
		while (!queue.isEmpty() && visited.size() < 400) {
			String page = queue.poll();
			// one page of each shape (the same address with other ids), to keep the walk short
			if (!visited.add(page) || !shapes.add(page.replaceAll("\\d+", "N").replaceAll("\\?.*", ""))) {
				continue;
			}
			MvcResult result = perform(who, request(HttpMethod.GET, page), page, "GET " + page);
			if (result == null || result.getResponse().getStatus() != 200
					|| !String.valueOf(result.getResponse().getContentType()).startsWith("text/html")) {
				continue;
			}
			Document html = Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost" + page);
			for (Element link : html.select("a[href], [hx-get]")) {
				String target = link.hasAttr("hx-get") ? link.attr("hx-get") : link.attr("href");
				String path = localPath(target, page);
				if (path != null && !path.contains("lang=") && !path.startsWith("/logout")) {
					queue.add(path);
				}
			}
			for (Element element : html.select("form, [hx-post]")) {
				Form form = form(who, page, element);
				if (form != null) {
					forms.putIfAbsent(form.key(), form);
				}
			}
		}
		return visited;
	}

	private static String localPath(String target, String page) {
		if (target == null || target.isBlank() || target.startsWith("#") || target.startsWith("mailto:")) {
			return null;
		}
		var uri = UriComponentsBuilder.fromUriString("http://localhost" + page).build().toUri().resolve(target);
		if (!"localhost".equals(uri.getHost())) {
			return null;
		}
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	private static Form form(String who, String page, Element element) {
		boolean htmx = element.hasAttr("hx-post") || element.hasAttr("hx-get");
		String action = element.hasAttr("hx-post") ? element.attr("hx-post")
				: element.hasAttr("hx-get") ? element.attr("hx-get") : element.attr("action");
		String method = element.hasAttr("hx-post") ? "POST" : element.hasAttr("hx-get") ? "GET" : element.attr("method");
		String path = localPath(action.isBlank() ? page : action, page);
		if (path == null || path.startsWith("/logout") || path.startsWith("/login")) {
			return null;
		}
		Map<String, String> fields = new LinkedHashMap<>();
		Set<String> texts = new java.util.HashSet<>();
		Element scope = element.tagName().equals("form") ? element : element.closest("form");
		if (scope != null) {
			for (Element field : scope.select("input[name], textarea[name], select[name]")) {
				String type = field.attr("type");
				if ((type.equals("checkbox") || type.equals("radio")) && fields.containsKey(field.attr("name"))) {
					continue;
				}
				String value = switch (field.tagName()) {
					case "textarea" -> field.text().isEmpty() ? "Een gewone tekst" : field.text();
					case "select" -> field.select("option[value]").stream().map(o -> o.attr("value"))
						.filter(v -> !v.isEmpty()).findFirst().orElse("");
					default -> field.hasAttr("value") ? field.attr("value") : type.equals("date") ? "2030-01-15" : "Tekst";
				};
				fields.put(field.attr("name"), value);
				if (field.tagName().equals("textarea") || Set.of("", "text", "search", "email").contains(type)
						&& field.tagName().equals("input") && !value.matches("[-0-9.:T]*")) {
					texts.add(field.attr("name"));
				}
			}
		}
		fields.remove("_csrf");
		return new Form(who, page, HttpMethod.valueOf(method.isBlank() ? "GET" : method.toUpperCase()), path, htmx,
				fields, texts);
	}

	/** The form sent back with each field in turn set to each bad value, and once with a malformed token. */
	private void attack(Form form) {
		for (String field : form.fields().keySet()) {
			for (String bad : form.texts().contains(field) ? BAD_TEXTS : BAD_VALUES) {
				Map<String, String> values = new LinkedHashMap<>(form.fields());
				values.put(field, bad);
				send(form, values, field + "=" + shorten(bad), true);
			}
		}
		Map<String, String> unknown = new LinkedHashMap<>(form.fields());
		unknown.put("unexpected", OVER_LONG);
		send(form, unknown, "an unknown field", true);
		if (form.method() == HttpMethod.POST) {
			Map<String, String> malformedToken = new LinkedHashMap<>(form.fields());
			malformedToken.put("_csrf", "%%%not-base64%%%");
			send(form, malformedToken, "a malformed _csrf", false);
		}
	}

	private void send(Form form, Map<String, String> values, String what, boolean validToken) {
		MockHttpServletRequestBuilder builder = request(form.method(), form.action());
		values.forEach(builder::param);
		if (validToken) {
			builder.with(csrf());
		}
		if (form.htmx()) {
			builder.header("HX-Request", "true");
		}
		builder.header("Referer", "http://localhost" + form.page());
		String description = form.method() + " " + form.action() + " by " + form.who() + " with " + what;
		boolean writes = form.method() != HttpMethod.GET;
		boolean overLong = values.containsValue(OVER_LONG);
		var before = writes ? (settled != null ? settled : fingerprint.take()) : null;
		long cutBefore = writes && overLong ? fingerprint.cutCopiesOf(MARKER, OVER_LONG.length()) : 0;
		MvcResult result = perform(form.who(), builder, form.page(), description);
		if (result == null || !writes) {
			return;
		}
		boolean refused = refused(result);
		var after = fingerprint.take();
		settled = after;
		if (refused && !before.equals(after)) {
			failures.add(description + ": refused (" + result.getResponse().getStatus() + ") but wrote "
					+ before.difference(after));
		}
		if (overLong && fingerprint.cutCopiesOf(MARKER, OVER_LONG.length()) > cutBefore) {
			failures.add(description + ": stored a shortened copy of the text without a word");
		}
	}

	/** The page's own address with each id and each parameter malformed in turn. */
	private void attackAddress(String who, String page) {
		var uri = UriComponentsBuilder.fromUriString(page).build();
		String path = uri.getPath();
		String[] segments = path.split("/");
		for (int i = 0; i < segments.length; i++) {
			if (segments[i].matches("\\d+")) {
				for (String bad : BAD_IDS) {
					String[] changed = segments.clone();
					changed[i] = bad;
					String address = String.join("/", changed);
					perform(who, request(HttpMethod.GET, address), page, "GET " + address + " by " + who);
				}
			}
		}
		for (String name : uri.getQueryParams().keySet()) {
			for (String bad : BAD_VALUES) {
				String address = UriComponentsBuilder.fromUriString(page).replaceQueryParam(name, bad).build().encode()
					.toUriString();
				perform(who, request(HttpMethod.GET, address), page, "GET " + page + " by " + who + " with " + name + "="
						+ shorten(bad));
			}
		}
	}

	/**
	 * An endpoint no page led to, tried from what reflection says of it: its path variables with an id
	 * and malformed, every request parameter bad in turn, for each person. So an endpoint added later
	 * is tried even before a page links to it.
	 */
	private void attackByReflection(RequestMappingInfo info, HandlerMethod handler) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		if (info.getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/scim/"))) {
			attackScim(info, methods);
			return;
		}
		List<String> names = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null && !Map.class.isAssignableFrom(parameter.getParameterType())) {
				String name = param.name().isEmpty() ? param.value() : param.name();
				names.add(name.isEmpty() ? parameterName(parameter) : name);
			}
		}
		for (String pattern : info.getPatternValues()) {
			for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods) {
				for (String who : PEOPLE) {
					for (String id : List.of("1", "abc")) {
						String address = pattern.replaceAll("\\{[^}]+}", id);
						for (String name : names.isEmpty() ? List.of("unexpected") : names) {
							for (String bad : List.of(OVER_LONG, "abc", "-1", "")) {
								MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(method.name()), address)
									.param(name, bad)
									.with(csrf());
								perform(who, builder, address, method + " " + address + " by " + who + " with " + name
										+ "=" + shorten(bad));
							}
						}
					}
				}
			}
		}
	}

	/**
	 * SCIM provisioning (/scim/v2) answers no person, only a bearer token: each endpoint is tried with a
	 * live token, with malformed ids, filters and paging, and with bodies that are not JSON, not a
	 * resource, or hold a value too long, of the wrong kind or naming nobody.
	 */
	private void attackScim(RequestMappingInfo info, Set<RequestMethod> methods) {
		String secret = "input-attack-" + java.util.UUID.randomUUID();
		jdbc.sql("insert into scim_token (name, token_hash, created_at) values ('attack', :hash, current_timestamp)")
			.param("hash", sha256(secret))
			.update();
		users.put("scim", request -> {
			request.addHeader("Authorization", "Bearer " + secret);
			return request;
		});
		String enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
		List<String> bodies = new ArrayList<>(List.of("{", "[]", "null", "\"text\"", "{}", "{\"Operations\": 7}",
				"{\"Operations\": [{\"op\": \"replace\", \"path\": \"active\", \"value\": \"perhaps\"}]}",
				"{\"Operations\": [{\"op\": \"jump\", \"path\": \"title\", \"value\": \"x\"}]}",
				"{\"Operations\": [{\"op\": \"remove\"}]}",
				"{\"Operations\": [{\"op\": \"replace\", \"value\": [1, 2]}]}",
				"{\"userName\": {\"a\": 1}, \"emails\": 5}"));
		for (String path : List.of("userName", "externalId", "displayName", "title", "name.formatted",
				"emails[type eq \\\"work\\\"].value", enterprise + ":department", enterprise + ":manager")) {
			for (String bad : List.of(OVER_LONG, "abc", "-1", "99999999999999999999", "")) {
				bodies.add("{\"Operations\": [{\"op\": \"Replace\", \"path\": \"" + path + "\", \"value\": \"" + bad + "\"}]}");
				bodies.add("{\"userName\": \"attack@example.org\", \"displayName\": \"Attack\", \"active\": false, \""
						+ (path.startsWith("urn") || path.startsWith("emails") ? "title" : path) + "\": \"" + bad
						+ "\", \"" + enterprise + "\": {\"manager\": {\"value\": \"" + bad + "\"}}}");
			}
		}
		for (String pattern : info.getPatternValues()) {
			for (RequestMethod method : methods) {
				for (String id : BAD_IDS.stream().collect(Collectors.toCollection(() -> new ArrayList<>(List.of("1"))))) {
					String address = pattern.replaceAll("\\{[^}]+}", id);
					if (method == RequestMethod.GET) {
						for (String name : List.of("filter", "startIndex", "count")) {
							for (String bad : BAD_VALUES) {
								perform("scim", request(HttpMethod.GET, address).param(name, bad), address,
										"GET " + address + " with " + name + "=" + shorten(bad));
							}
						}
						perform("scim", request(HttpMethod.GET, address).param("filter", "userName eq \"" + OVER_LONG + "\""),
								address, "GET " + address + " with an over-long filter value");
					}
					else {
						// every body with a live id; a malformed id with three kinds of body (not JSON, a patch, a
						// whole resource): every body with every id made this the walk's slowest part
						for (String body : id.equals("1") ? bodies : List.of(bodies.get(0), bodies.get(11), bodies.get(12))) {
							perform("scim", request(HttpMethod.valueOf(method.name()), address).contentType("application/scim+json")
								.content(body), address, method + " " + address + " with " + shorten(body));
						}
					}
				}
			}
		}
	}

	private static String sha256(String text) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static String parameterName(MethodParameter parameter) {
		parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
		return parameter.getParameterName();
	}

	private MvcResult perform(String who, MockHttpServletRequestBuilder builder, String page, String description) {
		settled = null;
		try {
			MvcResult result = mvc.perform(builder.with(users.get(who))).andReturn();
			if (result.getHandler() instanceof HandlerMethod handler) {
				reached.add(handler.getMethod());
			}
			if (result.getResponse().getStatus() >= 500) {
				failures.add(description + ": answered " + result.getResponse().getStatus()
						+ (result.getResolvedException() == null ? "" : " " + result.getResolvedException()));
			}
			else if (result.getResolvedException() instanceof org.springframework.dao.DataIntegrityViolationException refused) {
				failures.add(description + ": only the database refused it (a limit the form and the server should know): "
						+ shorten(String.valueOf(refused.getMostSpecificCause().getMessage())));
			}
			return result;
		}
		catch (Exception exception) {
			Throwable cause = exception;
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			failures.add(description + ": threw " + cause.getClass().getSimpleName() + ": "
					+ shorten(String.valueOf(cause.getMessage())));
			return null;
		}
	}

	/** The answer refuses: a 4xx, a problem message, or a form shown again with errors. */
	private static boolean refused(MvcResult result) throws RuntimeException {
		if (result.getResponse().getStatus() >= 400 || result.getFlashMap().get("problem") != null) {
			return true;
		}
		var view = result.getModelAndView();
		if (view == null) {
			return false;
		}
		return view.getModel().get("problem") != null || view.getModel().values().stream()
			.anyMatch(value -> value instanceof BindingResult binding && binding.hasErrors());
	}

	private static String shorten(String value) {
		String printable = value.replaceAll("\\p{Cntrl}", "?");
		return printable.length() > 40 ? printable.substring(0, 20) + "…(" + printable.length() + " characters)" : printable;
	}

}
