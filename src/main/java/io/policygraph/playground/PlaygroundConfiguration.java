package io.policygraph.playground;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the playground's assets from {@code classpath:playground/assets/}: our own
 * script and style, and under {@code vendor/} GraphiQL, React and ReactDOM as Maven
 * copied them out of {@code playground/node_modules} at build time.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = PlaygroundProperties.ENABLED, matchIfMissing = true)
@EnableConfigurationProperties(PlaygroundProperties.class)
class PlaygroundConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(PlaygroundPage.PATH + "/assets/**")
			.addResourceLocations("classpath:/playground/assets/")
			.setCacheControl(CacheControl.noCache());
	}

	@Bean
	PlaygroundPage playgroundPage(ResourcePatternResolver resources, Environment environment) {
		return new PlaygroundPage(resources.getResource("classpath:playground/index.html"),
				environment.getProperty("spring.graphql.http.path", "/graphql"));
	}

	@Bean
	SavedExamples savedExamples(ResourcePatternResolver resources) {
		return new SavedExamples(resources);
	}

}
