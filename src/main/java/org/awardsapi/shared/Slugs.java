package org.awardsapi.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Slugs and folded search text. Both fold case and accents so that "Karla Sofía Gascón"
 * is found by "karla sofia gascon" and slugged as {@code karla-sofia-gascon}.
 */
public final class Slugs {

	private Slugs() {
	}

	/**
	 * Lower-case ASCII words of the text, accents removed, every other character a
	 * separator: {@code "Wallace & Gromit: Vengeance"} gives
	 * {@code "wallace gromit vengeance"}.
	 * @param text any text, may be {@code null}
	 * @return the folded words joined by single spaces, empty for {@code null}
	 */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD)
			.replace("ß", "ss")
			.replace("ø", "o")
			.replace("Ø", "O")
			.replace("æ", "ae")
			.replace("Æ", "AE")
			.replace("œ", "oe")
			.replace("Œ", "OE")
			.replace("ł", "l")
			.replace("Ł", "L")
			.replace("đ", "d")
			.replace("Đ", "D");
		String ascii = decomposed.replaceAll("\\p{M}+", "").replace("'", "").replace("’", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
	}

	/**
	 * The slug of a text: its folded words joined by hyphens.
	 * @param text the text
	 * @return the slug, such as {@code sean-baker}
	 */
	public static String slug(String text) {
		return fold(text).replace(' ', '-');
	}

	/**
	 * The folded words of a query, for matching each against folded search text.
	 * @param query what a user typed
	 * @return the words, none empty
	 */
	public static String[] words(String query) {
		String folded = fold(query);
		return folded.isEmpty() ? new String[0] : folded.split(" ");
	}

}
