package org.awardsapi.security;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;

import io.github.bucket4j.TimeMeter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.awardsapi.web.HeldAnswerGate;
import org.awardsapi.web.ProblemTypes;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Reads are public: {@code GET}, {@code HEAD} and {@code OPTIONS} of the
 * API, the static page, the OpenAPI description, Swagger UI, and Actuator's health and
 * info. Everything else (every {@code POST}, {@code PUT}, {@code PATCH} and
 * {@code DELETE}, imports included, and any other Actuator endpoint) needs a user with
 * the role {@value Editors#EDITOR}, signed in with HTTP Basic on every request. Any other
 * method ({@code TRACE}, {@code FOO}) is let through to Spring MVC outside Actuator,
 * where no handler takes it: a {@code 405} naming the resource's methods.
 * <p>
 * Stateless: no session, no cookie, so no CSRF token either. CSRF abuses credentials a
 * browser attaches by itself: there is no cookie to attach, and the one hole left (Basic
 * credentials a browser remembers from its login dialog, sent with a cross-site form) is
 * closed by refusing cross-site {@code POST}s that skip the CORS preflight
 * ({@link CrossSiteSimpleWrite}).
 * <p>
 * All of this runs in the servlet filter chain, before Spring MVC reads a request body: a
 * refused write is answered {@code 401}/{@code 403} whatever its body.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RateLimitProperties.class)
@Import(Editors.class)
class WebSecurity {

	/**
	 * The methods that change data: anything else outside Actuator is public (the reads,
	 * and {@code TRACE} and every method no handler takes, which Spring MVC answers with
	 * a {@code 405}).
	 */
	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	@Bean
	RateLimiter rateLimiter(RateLimitProperties properties, ObjectProvider<TimeMeter> time) {
		return new RateLimiter(properties, time.getIfAvailable(() -> TimeMeter.SYSTEM_MILLISECONDS));
	}

	/**
	 * These filters' part in an answer the response cache holds ({@link AnonymousReads}).
	 * @param rateLimiter the rate limiter
	 * @return the gate
	 */
	@Bean
	HeldAnswerGate anonymousReads(RateLimiter rateLimiter) {
		return new AnonymousReads(rateLimiter);
	}

	/**
	 * No observations of Spring Security's own (of the filter chain, and of each
	 * authentication and authorization): with Actuator's observation registry they
	 * wrapped every filter of the chain in an observation, on every request, for metrics
	 * and traces that nothing here reads. Requests are still observed as a whole
	 * ({@code http.server.requests}). docs/decisions.md, "Security".
	 * @return the settings
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Spring Security's strict firewall, checking every header of a request as it comes
	 * in rather than when some code first reads it: a header it refuses (a control
	 * character in a value) is then a {@code 400} problem, like a URL it refuses, and
	 * never an exception in the middle of a controller or of an error answer. Checked
	 * once, the headers are then read as they are: the strict firewall would check a
	 * header again, with its patterns, each time a filter read it.
	 * <p>
	 * The characters it lets through are its own defaults (any assigned character but a
	 * control character; in a header value, the tab too), tested by a loop over the
	 * characters instead of its regular expressions: about 5 % less CPU for a request
	 * carrying a browser's headers (docs/benchmarks.md, item 24).
	 * @return the firewall
	 */
	@Bean
	HttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall() {

			@Override
			public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
				FirewalledRequest firewalled = super.getFirewalledRequest(request);
				for (String name : Collections.list(firewalled.getHeaderNames())) {
					Collections.list(firewalled.getHeaders(name));
				}
				return new HeadersChecked(firewalled, request);
			}

		};
		firewall.setAllowedHeaderNames((name) -> assignedAndNotControl(name, false));
		firewall.setAllowedHeaderValues((value) -> assignedAndNotControl(value, true));
		firewall.setAllowedParameterNames((name) -> assignedAndNotControl(name, false));
		// Any method reaches Spring MVC, whose handlers each name theirs: one that a
		// resource does not take (TRACE, PROPFIND, FOO) is a 405 naming the ones it does
		// (web.ApiProblems, web.TraceRequests), not a 400 calling the request malformed.
		// The rules below give the writes to editors whatever else comes.
		firewall.setUnsafeAllowAnyHttpMethod(true);
		return firewall;
	}

	/**
	 * What the strict firewall's patterns {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}
	 * and, with {@code tab}, {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*} match.
	 */
	static boolean assignedAndNotControl(String text, boolean tab) {
		int i = 0;
		while (i < text.length()) {
			int c = text.codePointAt(i);
			if (c < 0x20 || c >= 0x7f) { // outside printable ASCII, which is all allowed
				int type = Character.getType(c);
				if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tab && c == '\t'))) {
					return false;
				}
			}
			i += Character.charCount(c);
		}
		return true;
	}

	/**
	 * A request the firewall has passed, whose headers were all checked as it came in:
	 * they are read from the request as it was, everything else from the firewall's.
	 */
	static final class HeadersChecked extends FirewalledRequest {

		private final FirewalledRequest firewalled;

		private final HttpServletRequest checked;

		HeadersChecked(FirewalledRequest firewalled, HttpServletRequest checked) {
			super(firewalled);
			this.firewalled = firewalled;
			this.checked = checked;
		}

		@Override
		public String getHeader(String name) {
			return this.checked.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return this.checked.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return this.checked.getHeaderNames();
		}

		@Override
		public long getDateHeader(String name) {
			return this.checked.getDateHeader(name);
		}

		@Override
		public int getIntHeader(String name) {
			return this.checked.getIntHeader(name);
		}

		@Override
		public void reset() {
			this.firewalled.reset();
		}

	}

	/**
	 * A request the firewall refuses (a URL with {@code /../} or an encoded {@code ;}, a
	 * header with a control character) is a {@code 400} problem, written at once.
	 * @return the handler
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, ex) -> Problems.write(
				ProblemTypes.problem(HttpStatus.BAD_REQUEST,
						"The request was refused: its URL or a header is malformed or not allowed."),
				request, response);
	}

	/**
	 * HTTP Basic on every request and nothing else: no session, no form, no logout, no
	 * saved request, problems for 401 and 403.
	 */
	private static HttpSecurity basicOnly(HttpSecurity http, RateLimiter rateLimiter) {
		ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(rateLimiter);
		return http
			.httpBasic((basic) -> basic.realmName(ProblemAuthenticationEntryPoint.REALM)
				.authenticationEntryPoint(entryPoint))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(new ProblemAccessDeniedHandler()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable);
	}

	/**
	 * The H2 console of the {@code dev} profile ({@code spring.h2.console.enabled=true}):
	 * editors only, framed by itself, with the inline scripts it is made of. It keeps its
	 * own session token, so no CSRF protection is added.
	 */
	@Bean
	@Order(1)
	@ConditionalOnBooleanProperty("spring.h2.console.enabled")
	SecurityFilterChain h2ConsoleSecurity(HttpSecurity http, RateLimiter rateLimiter,
			@Value("${spring.h2.console.path:/h2-console}") String path) {
		return basicOnly(http.securityMatcher(path + "/**"), rateLimiter)
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(Editors.EDITOR))
			.headers((headers) -> headers.frameOptions((frame) -> frame.sameOrigin())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http, RateLimiter rateLimiter) {
		return basicOnly(http, rateLimiter).authorizeHttpRequests(WebSecurity::rules)
			// CORS is answered before this chain, for every path (ApiCorsFilter).
			// Spring Security's own CORS filter looked each request's handler up
			// in every handler mapping (HandlerMappingIntrospector) to find no
			// rules there: 17 % of a cached answer's time (docs/benchmarks.md).
			.cors(AbstractHttpConfigurer::disable)
			.headers((headers) -> headers.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				// Caching is the API's to decide (ETag, Cache-Control on reads).
				.cacheControl((cache) -> cache.disable())
				.addHeaderWriter(new ContentSecurityPolicy()))
			.addFilterAfter(new RateLimitFilter(rateLimiter), BasicAuthenticationFilter.class)
			.build();
	}

	private static void rules(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		String[] probes = { "/actuator/health", "/actuator/health/**", "/actuator/info" };
		RequestMatcher actuator = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");
		// An error page or a forward renders a request that was authorized already.
		requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
		requests.requestMatchers(new CrossSiteSimpleWrite()).denyAll();
		// A read outside Actuator, nearly every request: one match of its path, not the
		// five of the Actuator rules below (docs/benchmarks.md, item 19). With the reads
		// go the methods no handler takes (TRACE, FOO): Spring MVC's 405, for anyone.
		requests.requestMatchers((request) -> !WRITES.contains(request.getMethod()) && !actuator.matches(request))
			.permitAll();
		requests.requestMatchers(HttpMethod.GET, probes).permitAll();
		requests.requestMatchers(HttpMethod.HEAD, probes).permitAll();
		// The rest of Actuator (its root included) and every write
		requests.anyRequest().hasRole(Editors.EDITOR);
	}

}
