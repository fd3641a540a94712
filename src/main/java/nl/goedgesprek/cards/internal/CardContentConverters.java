package nl.goedgesprek.cards.internal;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.stereotype.Component;

import nl.goedgesprek.cards.CardContent;
import tools.jackson.databind.json.JsonMapper;

/**
 * A card version's themes are one document, edited as a draft and frozen when published, so they are
 * stored as JSON text in one column rather than spread over rows nobody queries on their own.
 */
final class CardContentConverters {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CardContentConverters() {
	}

	@Component
	@WritingConverter
	static class CardContentToJson implements Converter<CardContent, String> {

		@Override
		public String convert(CardContent content) {
			return JSON.writeValueAsString(content);
		}

	}

	@Component
	@ReadingConverter
	static class JsonToCardContent implements Converter<String, CardContent> {

		@Override
		public CardContent convert(String json) {
			return JSON.readValue(json, CardContent.class);
		}

	}

}
