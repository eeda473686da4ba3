package io.policygraph.support;

import java.util.List;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Adds the {@code @Controller} and {@code @Repository} beans of a
 * {@link GraphQlSliceTest}'s feature packages to its context, found by scanning, so that
 * a slice test names no controller class and survives controllers being split or renamed.
 * The packages are part of the context's cache key: tests of one feature share a context,
 * tests of different features do not.
 *
 * @param packages the feature packages, such as {@code io.policygraph.entity}
 */
record FeaturePackages(List<String> packages) implements ContextCustomizer {

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
		ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner((BeanDefinitionRegistry) context,
				false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		scanner.addIncludeFilter(new AnnotationTypeFilter(Repository.class));
		scanner.scan(packages.toArray(String[]::new));
	}

	/**
	 * Reads the packages of a test class's {@link GraphQlSliceTest}: its own package by
	 * default.
	 */
	static class Factory implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
				.get(GraphQlSliceTest.class)
				.synthesize(annotation -> annotation.isPresent())
				.map(slice -> new FeaturePackages(slice.packages().length > 0 ? List.of(slice.packages())
						: List.of(ClassUtils.getPackageName(testClass))))
				.orElse(null);
		}

	}

}
