package io.policygraph.explorer;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the explorer's bundles from {@code classpath:explorer/assets/} at
 * {@code /assets/}. Vite puts a hash of their content in their names, so a browser may
 * keep them for a year; the page that names them ({@link ExplorerController}) is never
 * cached.
 */
@Configuration(proxyBeanMethods = false)
class ExplorerConfiguration implements WebMvcConfigurer {

	static final String ASSETS = "/assets/";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(ASSETS + "**")
			.addResourceLocations("classpath:/explorer" + ASSETS)
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
	}

	@Bean
	ExplorerPage explorerPage(ResourceLoader resources) {
		return new ExplorerPage(resources.getResource("classpath:explorer/index.html"));
	}

}
