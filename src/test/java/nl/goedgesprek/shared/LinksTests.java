package nl.goedgesprek.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one check for "go back to" addresses: a path on this site, never a way to another site. */
class LinksTests {

	@Test
	void aPathOnThisSiteIsLocal() {
		assertThat(Links.isLocalPath("/")).isTrue();
		assertThat(Links.isLocalPath("/people/12?q=a&page=2")).isTrue();
		assertThat(Links.isLocalPath("/conversations/4/preparation#theme-welzijn")).isTrue();
	}

	@Test
	void anythingABrowserCouldReadAsAnotherSiteIsNot() {
		for (String elsewhere : new String[] { null, "", "people", "//evil.example", "/\\evil.example",
				"https://evil.example/", "/ /evil.example", "\\\\evil.example", "/people\\..\\x" }) {
			assertThat(Links.isLocalPath(elsewhere)).as(String.valueOf(elsewhere)).isFalse();
		}
	}

}
