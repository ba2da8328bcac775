package org.awardsapi.web;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

import org.springframework.beans.PropertyEditorRegistrar;
import org.springframework.beans.PropertyEditorRegistry;

/**
 * A whole-number parameter ({@code year}, {@code page}, {@code size}, {@code minWins}) as
 * written in ASCII digits, with a minus sign at most, around spaces left out. Spring's
 * own reading ({@code NumberUtils.parseNumber}, which its binder falls back to even when
 * a converter refuses a value) also took {@code 0x7E8} and {@code #7E8} as hexadecimal
 * (2024), the digits of other scripts ({@code ２０２４}) as these and {@code 20 24} as
 * {@code 2024}: one answer under many URLs, and {@code year=#2024} an empty list for the
 * year 8228 where a 400 was due. Anything else is a 400 saying that a whole number is
 * wanted ({@link ApiProblems}); an empty value is as if not sent, as before.
 * <p>
 * Registered on every binder of Spring MVC ({@link ApiWebConfig}), for {@code Integer}
 * and {@code int}: a binder's own editors come before its conversion service.
 */
final class WholeNumbers extends PropertyEditorSupport implements PropertyEditorRegistrar {

	private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");

	@Override
	public void registerCustomEditors(PropertyEditorRegistry registry) {
		registry.registerCustomEditor(Integer.class, new WholeNumbers());
		registry.registerCustomEditor(int.class, new WholeNumbers());
	}

	@Override
	public void setAsText(String text) {
		String value = text.strip();
		if (value.isEmpty()) {
			setValue(null);
			return;
		}
		if (!WHOLE_NUMBER.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a whole number in ASCII digits: '" + text + "'");
		}
		setValue(Integer.valueOf(value));
	}

}
