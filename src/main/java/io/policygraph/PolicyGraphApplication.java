package io.policygraph;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import io.policygraph.importer.ImportCommand;
import io.policygraph.synthetic.BulkLoadCommand;
import io.policygraph.synthetic.GenerateCommand;

@SpringBootApplication
public class PolicyGraphApplication {

	/**
	 * Runs the service; {@code import <report.txt> ...} runs the report importer instead,
	 * {@code generate ...} the synthetic seed generator and
	 * {@code bulk-load <folder> ...} the bulk loader.
	 */
	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("import")) {
			System.exit(ImportCommand.run(PolicyGraphApplication.class, Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length > 0 && args[0].equals("generate")) {
			System.exit(GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length > 0 && args[0].equals("bulk-load")) {
			System.exit(BulkLoadCommand.run(PolicyGraphApplication.class, Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(PolicyGraphApplication.class, args);
	}

}
