package io.policygraph.explorer;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The explorer's page at {@code /}. Its links to the bundles are relative
 * ({@code ./assets/...}), so it works under any context path.
 */
@Controller
class ExplorerController {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private static final String NOT_BUILT = "The explorer was not built into this jar: run the build without"
			+ " -Dexec.skip=true once (it runs npm ci and npm run build in explorer/).\n";

	private final ExplorerPage page;

	ExplorerController(ExplorerPage page) {
		this.page = page;
	}

	@GetMapping({ "/", "/index.html" })
	ResponseEntity<String> page() {
		return page.html()
			.map(html -> ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache()).body(html))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.contentType(MediaType.TEXT_PLAIN)
				.cacheControl(CacheControl.noStore())
				.body(NOT_BUILT));
	}

}
