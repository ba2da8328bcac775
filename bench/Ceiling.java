import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;

/**
 * The ceiling of bench/http.sh: the Tomcat the app runs on, bare (one servlet, no Spring),
 * replaying answers the app gave, byte for byte, as fast as it can. Each answer is a folder
 * entry N (N.status, N.headers: "Name: value" lines, N.body) served at /N whatever the
 * request says. What the app adds to this is what its own code and Spring cost.
 * <p>
 * Run as a single source file by bench/http.sh, with the jars of Tomcat taken out of the
 * app's own jar: {@code java -cp <tomcat jars> bench/Ceiling.java port write-buffer-bytes dir}.
 */
public final class Ceiling {

	record Answer(int status, List<String[]> headers, byte[] body) {

		static Answer read(Path dir, int n) throws IOException {
			int status = Integer.parseInt(Files.readString(dir.resolve(n + ".status")).trim());
			List<String[]> headers = new ArrayList<>();
			for (String line : Files.readAllLines(dir.resolve(n + ".headers"))) {
				int colon = line.indexOf(':');
				if (colon > 0) {
					headers.add(new String[] { line.substring(0, colon).trim(), line.substring(colon + 1).trim() });
				}
			}
			return new Answer(status, headers, Files.readAllBytes(dir.resolve(n + ".body")));
		}

	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		Path dir = Path.of(args[2]);
		List<Answer> answers = new ArrayList<>();
		for (int n = 0; Files.exists(dir.resolve(n + ".status")); n++) {
			answers.add(Answer.read(dir, n));
		}
		Tomcat tomcat = new Tomcat();
		tomcat.setBaseDir(dir.resolve("tomcat").toString());
		tomcat.setHostname("127.0.0.1");
		tomcat.setPort(port);
		tomcat.getConnector().setProperty("address", "127.0.0.1");
		// The app's awards.http.write-buffer (web.TomcatWriteBuffer)
		tomcat.getConnector().setProperty("socket.appWriteBufSize", args[1]);
		Context context = tomcat.addContext("", null);
		Tomcat.addServlet(context, "replay", new HttpServlet() {

			@Override
			protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
				Answer answer = answers.get(Integer.parseInt(request.getRequestURI().substring(1)));
				response.setStatus(answer.status());
				for (String[] header : answer.headers()) {
					response.addHeader(header[0], header[1]);
				}
				if (answer.body().length > 0) {
					response.setContentLength(answer.body().length);
					response.getOutputStream().write(answer.body());
				}
			}

		});
		context.addServletMappingDecoded("/*", "replay");
		tomcat.start();
		tomcat.getServer().await();
	}

}
