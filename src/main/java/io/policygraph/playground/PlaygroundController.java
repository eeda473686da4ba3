package io.policygraph.playground;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
@ConditionalOnBooleanProperty(name = PlaygroundProperties.ENABLED, matchIfMissing = true)
class PlaygroundController {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final PlaygroundPage page;

	private final SavedExamples examples;

	PlaygroundController(PlaygroundPage page, SavedExamples examples) {
		this.page = page;
		this.examples = examples;
	}

	@GetMapping({ PlaygroundPage.PATH, PlaygroundPage.PATH + "/" })
	ResponseEntity<String> page(HttpServletRequest request) {
		return ResponseEntity.ok()
			.contentType(HTML)
			.cacheControl(CacheControl.noCache())
			.body(page.render(request.getContextPath()));
	}

	@GetMapping(PlaygroundPage.PATH + "/examples")
	@ResponseBody
	List<Example> examples() {
		return examples.all();
	}

}
