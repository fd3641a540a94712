package nl.goedgesprek.shell;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import nl.goedgesprek.support.ConversationSteps;
import nl.goedgesprek.support.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The static files are served under their own folders only, so the resource chain never looks up a
 * page's links (see {@link StaticResources}): the files and the WebJar still come, the chain still
 * writes the WebJar's link, and a link to a page is left alone without a lookup.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ DemoUsers.class, ConversationSteps.class })
class StaticResourcesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Test
	void servesEveryStaticFolderAndTheWebJar() throws Exception {
		mvc.perform(get("/css/goedgesprek.css")).andExpect(status().isOk());
		mvc.perform(get("/js/autosave.js")).andExpect(status().isOk());
		mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk());
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

	@Test
	void patternsComeFromTheFoldersUnderStatic() {
		assertThat(StaticResources.patterns()).contains("/css/**", "/js/**", "/img/**").doesNotContain("/**");
	}

	@Test
	void noCatchAllPatternSoPageLinksAreNeverLookedUp() {
		assertThat(resourceUrls.getHandlerMap()).doesNotContainKey("/**").containsKey("/webjars/**");
		assertThat(resourceUrls.getForLookupPath("/conversations/42")).isNull();
		assertThat(resourceUrls.getForLookupPath("/webjars/htmx.org/dist/htmx.min.js")).contains("/webjars/htmx.org/");
	}

	@Test
	void aPageStillLinksItsStylesheetAndScripts() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*/css/goedgesprek-[0-9a-f]{32}\\.css.*")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*/js/autosave-[0-9a-f]{32}\\.js.*")))
			.andExpect(content().string(containsString("/webjars/htmx.org/")));
	}

	/**
	 * A file under the address with its content's hash is kept for a year; the same file under its
	 * plain name must be checked again, since that name stays when the file changes.
	 */
	@Test
	void aFileUnderItsHashIsKeptForAYearAndUnderItsPlainNameChecked() throws Exception {
		String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher css = java.util.regex.Pattern.compile("/css/goedgesprek-[0-9a-f]{32}\\.css").matcher(page);
		java.util.regex.Matcher htmx = java.util.regex.Pattern.compile("/webjars/htmx.org/[^\"]*-[0-9a-f]{32}\\.js").matcher(page);
		assertThat(css.find()).as("the style sheet's link with its hash").isTrue();
		assertThat(htmx.find()).as("htmx's link with its hash").isTrue();
		for (String hashed : java.util.List.of(css.group(), htmx.group())) {
			mvc.perform(get(hashed))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
					.string("Cache-Control", "max-age=31536000, public, immutable"));
		}
		mvc.perform(get("/css/goedgesprek.css"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Cache-Control", "no-cache"));
	}

	@Test
	void anUnknownAddressIsANotFoundPage() throws Exception {
		mvc.perform(get("/no-such-page").with(demo.as("sanne.devries"))).andExpect(status().isNotFound());
		mvc.perform(get("/css/no-such-file.css")).andExpect(status().isNotFound());
	}

}
