package org.awardsapi.web;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.apache.coyote.Adapter;
import org.apache.coyote.Processor;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.AbstractEndpoint.Handler.SocketState;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's HTTP/1.1 protocol (NIO), with processors that forget an HTTP/0.9 request once
 * they have answered it. Tomcat answers a request line without a version (HTTP/0.9) with
 * the body alone, and Tomcat 11.0.22 (11.0.27 too) keeps its processor in that mode until
 * the next request line it can read: a processor reused for another connection answered a
 * request line it could not read (too long, a refused character) with a 400 that had no
 * status line and no headers ({@code ErrorBodiesTest}). Here every read of a connection
 * starts in HTTP/1.x mode, so Tomcat may reuse its processors: a processor is the buffers
 * and objects of an exchange (without reuse, about 50 KB more was allocated per request),
 * and a keep-alive connection that waits for its next request gives its processor back
 * each time (docs/decisions.md, "Errors").
 * <p>
 * The mode is a private field of {@link Http11Processor}, set from each request line and
 * never reset; it is found when this class loads, so a Tomcat without it stops the start
 * rather than serving the bug.
 */
public class Http09ResettingProtocol extends Http11NioProtocol {

	private static final VarHandle HTTP09;

	static {
		try {
			HTTP09 = MethodHandles.privateLookupIn(Http11Processor.class, MethodHandles.lookup())
				.findVarHandle(Http11Processor.class, "http09", boolean.class);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("This Tomcat's Http11Processor has no field http09 to reset", ex);
		}
	}

	@Override
	protected Processor createProcessor() {
		return new ResettingProcessor(this, getAdapter());
	}

	private static final class ResettingProcessor extends Http11Processor {

		ResettingProcessor(AbstractHttp11Protocol<?> protocol, Adapter adapter) {
			super(protocol, adapter);
		}

		/**
		 * Before Tomcat reads what came in: a request line read in this call sets the
		 * mode again, and one Tomcat cannot read is answered in HTTP/1.x.
		 */
		@Override
		public SocketState service(SocketWrapperBase<?> socketWrapper) throws IOException {
			HTTP09.set(this, false);
			return super.service(socketWrapper);
		}

	}

}
