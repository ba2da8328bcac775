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
		StringBuilder latin = new StringBuilder(text.length());
		Normalizer.normalize(text, Normalizer.Form.NFKD).codePoints().forEach((c) -> {
			String letters = latin(c);
			if (letters != null) {
				latin.append(letters);
			}
			else {
				latin.appendCodePoint(c);
			}
		});
		String ascii = latin.toString().replaceAll("\\p{M}+", "").replace("'", "").replace("’", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
	}

	/**
	 * Latin letters that no decomposition takes to ASCII, and the letters they are
	 * written with in English: without them a letter of a name was a break in it, so
	 * "Hildur Guðnadóttir" folded to {@code hildur gu nadottir} and a search for
	 * "gudnadottir" did not find her.
	 * @param c a code point of the decomposed text
	 * @return the letters it is written with, or {@code null} for any other
	 */
	private static String latin(int c) {
		// fold() lower-cases after: a capital may give the small letters
		return switch (c) {
			case 'ß', 'ẞ' -> "ss";
			case 'ø', 'Ø' -> "o";
			case 'æ', 'Æ' -> "ae";
			case 'œ', 'Œ' -> "oe";
			case 'ł', 'Ł', 'ƚ' -> "l";
			case 'đ', 'Đ', 'ð', 'Ð', 'ɗ', 'ɖ' -> "d";
			case 'þ', 'Þ' -> "th";
			case 'ħ', 'Ħ' -> "h";
			case 'ı', 'ɨ' -> "i";
			case 'ŋ', 'Ŋ' -> "ng";
			case 'ŧ', 'Ŧ' -> "t";
			case 'ĸ', 'ƙ' -> "k";
			case 'ƒ' -> "f";
			case 'ƀ', 'Ɓ', 'ɓ' -> "b";
			case 'ƈ' -> "c";
			case 'ɲ' -> "n";
			case 'ƴ' -> "y";
			case 'ƶ', 'Ƶ', 'ȥ' -> "z";
			case 'ʉ' -> "u";
			default -> null;
		};
	}

	/**
	 * The longest sort key kept (the {@code sort_key} columns' length): a name folds into
	 * up to six times its length ({@code ㎯} is {@code rad∕s2}), and what follows the
	 * first thousand characters decides no order worth having.
	 */
	public static final int MAX_SORT_KEY = 1000;

	/**
	 * The sort key of a name or title: its folded text ({@link #fold}), at most
	 * {@link #MAX_SORT_KEY} characters of it.
	 * @param text the name or title
	 * @return the key {@code sort=name} and {@code sort=title} order by
	 */
	public static String sortKey(String text) {
		String folded = fold(text);
		return (folded.length() <= MAX_SORT_KEY) ? folded : folded.substring(0, MAX_SORT_KEY).strip();
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
				suffixes.add(indexed(word.substring(start)));
			}
		}
		return suffixes;
	}

	/**
	 * The longest suffix indexed: a suffix is kept to its first hundred characters, and a
	 * query word is looked up by as many ({@link #indexed}); a word that long is rare,
	 * and a key of the index stays far below what PostgreSQL's index takes (some 2,700
	 * bytes), whatever a name folds into.
	 */
	public static final int MAX_SUFFIX = 100;

	/**
	 * What of a suffix, or of a query word, the index holds.
	 * @param word a suffix or a query word
	 * @return its first {@link #MAX_SUFFIX} characters
	 */
	public static String indexed(String word) {
		return (word.length() <= MAX_SUFFIX) ? word : word.substring(0, MAX_SUFFIX);
	}

}
