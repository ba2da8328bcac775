package org.awardsapi.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

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
	 * The different folded words of a query, for matching each against folded search
	 * text: a word typed twice asks nothing more than once.
	 * @param query what a user typed
	 * @return the words in the order first typed, none empty, none twice
	 */
	public static String[] words(String query) {
		String folded = fold(query);
		return folded.isEmpty() ? new String[0] : Arrays.stream(folded.split(" ")).distinct().toArray(String[]::new);
	}

	/**
	 * Whether a query is made only of letters and digits that folding drops (Cyrillic,
	 * Greek, CJK): it has no folded words ({@link #words}), yet it asks for something,
	 * which no folded text holds.
	 * @param query what a user typed
	 * @return {@code true} for {@code "Сергей"} or {@code "黒澤"}, {@code false} for
	 * {@code "Guðnadóttir"}, {@code "%"} or blank
	 */
	public static boolean onlyUnfoldable(String query) {
		return query != null && words(query).length == 0 && query.codePoints().anyMatch(Character::isLetterOrDigit);
	}

	/**
	 * The shortest piece of a word that search finds through an index: a query word of
	 * fewer letters is looked for in the whole search text.
	 */
	public static final int MIN_INDEXED = 3;

	/**
	 * The first string after every string that starts with a word, in the order of
	 * characters' code points: the strings that start with {@code baker} are exactly
	 * those from {@code baker} (included) to {@code bakes} (excluded). A folded word's
	 * characters are {@code a-z} and {@code 0-9}, so its last is never the highest.
	 * @param word a folded word, not empty
	 * @return the word with its last character one higher
	 */
	static String after(String word) {
		return word.substring(0, word.length() - 1) + (char) (word.charAt(word.length() - 1) + 1);
	}

	/**
	 * The suffixes of every word of a folded search text, of {@link #MIN_INDEXED} letters
	 * or more: {@code "sean baker"} gives {@code sean, ean, baker, aker, ker}. A word
	 * contains a query word exactly when one of its suffixes starts with it, so a query
	 * word is found with {@code suffix >= 'word' and suffix < after('word')}
	 * ({@link #after}), a range of an index, instead of {@code like '%word%'} over every
	 * row.
	 * @param searchText the folded search text ({@link #fold(String)})
	 * @return its suffixes, each once
	 */
	public static Set<String> suffixes(String searchText) {
		Set<String> suffixes = new LinkedHashSet<>();
		for (String word : searchText.split(" ")) {
			for (int start = 0; start <= word.length() - MIN_INDEXED; start++) {
				suffixes.add(word.substring(start));
			}
		}
		return suffixes;
	}

}
