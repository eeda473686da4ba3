package io.policygraph.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * A stateless API: no sessions, no cookies (so no CSRF), no login page. Curators present
 * an API key; everything else is public unless {@code policygraph.security.private-reads}
 * is set. Browser apps of other origins may call {@code /graphql} if
 * {@code spring.graphql.cors.allowed-origins} names them (none by default).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	@Bean
	ApiKeys apiKeys(SecurityProperties properties) {
		return new ApiKeys(properties);
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, ApiKeys keys, SecurityProperties properties) throws Exception {
		// CORS as configured by spring.graphql.cors.* for the GraphQL path, before any
		// authentication,
		// so that a browser's preflight passes even with private reads
		http.cors(Customizer.withDefaults())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new Unauthorized()))
			.addFilterBefore(new ApiKeyFilter(keys, properties), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers("/actuator/health/**", "/actuator/health").permitAll();
				if (properties.privateReads()) {
					requests.requestMatchers("/graphql/**", "/graphql").authenticated();
				}
				requests.anyRequest().permitAll();
			});
		return http.build();
	}

}
