package nl.goedgesprek.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A text with a character XML forbids still makes a PDF: the character is left out of the page. */
class PdfDocumentsTests {

	@Test
	void charactersXmlForbidsAreLeftOutAndEverythingElseStays() {
		String typed = "Goed\u0000 gesprek\u0007\t\r\n=cmd|'/c calc'!A1 é € 😀 \uD800x";
		assertThat(PdfDocuments.withoutCharactersXmlForbids("<p>" + typed + "</p>"))
			.isEqualTo("<p>Goed gesprek\t\r\n=cmd|'/c calc'!A1 é € 😀 x</p>");
	}

}
