package nl.goedgesprek.people.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bytes of an upload as text: UTF-8 as it is, Windows-1252 said so, anything else refused. */
class ImportFileTests {

	private static final String NAMES = "naam;email\nRené Müller;rene@example.org\nZoë € Bakker;zoe@example.org\n";

	@Test
	void utf8IsReadAsItIsWithOrWithoutBom() {
		assertThat(ImportFile.read(NAMES.getBytes(StandardCharsets.UTF_8))).contains(new ImportFile(NAMES, false));
		byte[] bom = ("\uFEFF" + NAMES).getBytes(StandardCharsets.UTF_8);
		assertThat(ImportFile.read(bom)).hasValueSatisfying(file -> {
			assertThat(file.text()).endsWith(NAMES);
			assertThat(file.readAsWindows1252()).isFalse();
		});
	}

	@Test
	void bytesThatAreNoUtf8AreReadAsWindows1252AndSaidSo() {
		assertThat(ImportFile.read(NAMES.getBytes(Charset.forName("windows-1252"))))
			.contains(new ImportFile(NAMES, true));
		assertThat(ImportFile.read("Ren\u00e9".getBytes(StandardCharsets.ISO_8859_1))).contains(new ImportFile("René", true));
	}

	@Test
	void aFileNeitherCanReadIsRefusedRatherThanFilledWithReplacementCharacters() {
		assertThat(ImportFile.read(new byte[] { 'R', 'e', 'n', (byte) 0x81, 'e' })).isEmpty();
		assertThat(ImportFile.read(NAMES.getBytes(StandardCharsets.UTF_16))).isEmpty();
		assertThat(ImportFile.read(NAMES.getBytes(StandardCharsets.UTF_16LE))).isEmpty();
	}

}
