package nl.goedgesprek.cards;

import java.util.List;
import java.util.Optional;

/**
 * Everything a participant fills in, theme by theme, in order. Appreciation, talking points and
 * agreements are always on the card and need no definition.
 */
public record CardContent(List<Theme> themes) {

	public CardContent {
		themes = List.copyOf(themes);
	}

	public Optional<Theme> theme(String key) {
		return themes.stream().filter(theme -> theme.key().equals(key)).findFirst();
	}

}
