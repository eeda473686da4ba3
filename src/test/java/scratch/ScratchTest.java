package scratch;

import java.util.Map;
import org.junit.jupiter.api.Test;
import io.policygraph.importer.reading.*;
import io.policygraph.seed.SeedReader;

class ScratchTest {
	@Test
	void print() throws Exception {
		var seed = new SeedReader().read("file:graph-seed/");
		var g = new Gazetteer(seed);
		var v = Vocabulary.of(Map.of());
		var c = new Candidates("x", g, v.legalForms());
		var nf = new NameFinder(g, v, Divisions.bundled(java.util.Set.copyOf(v.shortPlaceNamesNeverRead())), c);
		var r = new EntryReader(g, v, nf);
		for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/tmp/scratch.txt"))) {
			String[] p = line.split("\t");
			System.out.println("TEXT " + p[2]);
			System.out.println("  mentions " + nf.find(p[2], "x", p[0].equals("2") ? p[1] : null));
			System.out.println("  reading " + r.read(Integer.parseInt(p[0]), p[1], java.util.List.of(), p[2], "x"));
		}
		System.out.println("CANDIDATES " + c.described());
	}
}
