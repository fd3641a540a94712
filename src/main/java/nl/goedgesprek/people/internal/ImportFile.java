package nl.goedgesprek.people.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The text of an uploaded import file. UTF-8 (with or without a BOM) is read as it is. Bytes that are
 * not UTF-8 are what Excel on a Dutch Windows writes with "CSV (gescheiden door lijstscheidingsteken)":
 * Windows-1252, read as such and said so in the preview, so HR can check the names. Both decoders are
 * strict: a byte neither can read refuses the file instead of becoming a replacement character.
 */
public record ImportFile(String text, boolean readAsWindows1252) {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** @return empty if the bytes are no text in UTF-8 or Windows-1252 (for example UTF-16 or a spreadsheet) */
	public static Optional<ImportFile> read(byte[] bytes) {
		if (containsZeroByte(bytes)) {
			return Optional.empty();
		}
		Optional<String> utf8 = decode(bytes, StandardCharsets.UTF_8);
		if (utf8.isPresent()) {
			return Optional.of(new ImportFile(utf8.get(), false));
		}
		return decode(bytes, WINDOWS_1252).map(text -> new ImportFile(text, true));
	}

	private static Optional<String> decode(byte[] bytes, Charset charset) {
		try {
			return Optional.of(charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString());
		}
		catch (CharacterCodingException e) {
			return Optional.empty();
		}
	}

	/** Text files in UTF-8 or Windows-1252 have none; UTF-16 and binary files have many. */
	private static boolean containsZeroByte(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

}
