package io.policygraph.benchmark;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * results.png (JFreeChart, drawn headless): the throughput of each system per query at
 * the most clients, one chart per scale, and when there are several scales PolicyGraph's
 * p50 per query per scale.
 */
final class Chart {

	private static final int WIDTH = 1200;

	private static final int HEIGHT = 480;

	private Chart() {
	}

	static void write(Report report, Path file) throws IOException {
		List<JFreeChart> charts = new ArrayList<>();
		int clients = report.config().maxClients();
		for (ScaleResult scale : report.scales()) {
			DefaultCategoryDataset throughput = new DefaultCategoryDataset();
			scale.measurements()
				.stream()
				.filter(m -> m.clients() == clients)
				.forEach(m -> throughput.addValue(m.throughput(), m.system(), m.query()));
			charts.add(ChartFactory.createBarChart("Throughput at " + clients + " clients, scale " + scale.scale(),
					"query", "requests/s", throughput, PlotOrientation.VERTICAL, true, false, false));
		}
		if (report.scales().size() > 1) {
			DefaultCategoryDataset p50 = new DefaultCategoryDataset();
			for (ScaleResult scale : report.scales()) {
				for (String query : report.config().queries()) {
					scale.measurement(Systems.POLICYGRAPH, query, 1)
						.ifPresent(m -> p50.addValue(m.p50(), "scale " + scale.scale(), query));
				}
			}
			charts.add(ChartFactory.createBarChart("PolicyGraph p50 at 1 client, per scale", "query", "ms", p50,
					PlotOrientation.VERTICAL, true, false, false));
		}
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT * charts.size(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
		for (int i = 0; i < charts.size(); i++) {
			charts.get(i).getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
			charts.get(i).draw(graphics, new java.awt.geom.Rectangle2D.Double(0, i * HEIGHT, WIDTH, HEIGHT));
		}
		graphics.dispose();
		ImageIO.write(image, "png", file.toFile());
	}

}
